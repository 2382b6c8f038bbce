// dyad/actors.h: the actor dictionary and the matcher that finds political
// actors (countries, capitals, demonyms, people in office, organisations,
// role phrases) in a tagged document.
//
//   auto dict = dyad::ActorDictionary::Load("data/actors", report_problem);
//   if (!dict.ok()) return dict.status();
//   std::vector<dyad::ActorMention> mentions;
//   (*dict)->Match(doc, article.date, &mentions);
//   for (const auto& m : mentions) Print(m.code, doc.text.substr(m.begin, m.end - m.begin));
//
// The dictionary format is documented in docs/dictionaries.md. Load() once;
// Match() is const and thread-safe.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dyad/article.h"
#include "dyad/document.h"

namespace dyad {

// A place in a dictionary file: file name relative to the dictionary
// folder's parent ("actors/countries.txt") and 1-based line.
struct Origin {
  std::string_view file;
  uint32_t line = 0;
};

// What sort of dictionary entry an actor came from.
enum class ActorKind : uint8_t {
  kCountry,  // a country, by name, adjective, capital or seat
  kOrg,      // an organisation, party, armed group, agency
  kPerson,   // a named person, coded by office on the article's date
  kRole,     // a role phrase tied to a country ("Chinese officials")
};
std::string_view ActorKindName(ActorKind kind);

// One actor found in a sentence.
struct ActorMention {
  uint32_t sentence = 0;     // index in Document::sentences
  uint32_t token_begin = 0;  // token range in Document::tokens
  uint32_t token_end = 0;
  uint32_t begin = 0;  // byte span in the article text
  uint32_t end = 0;
  std::string code;     // CAMEO actor code: CHNGOV, PRKMIL, IGOUNO
  std::string country;  // ISO alpha-3, or empty for an actor with no country
  std::string role;     // GOV, MIL, REB, ... or empty (IGO, NGO codes)
  ActorKind kind = ActorKind::kCountry;
  std::string_view entry;  // the entry's display name: "China", "Xi Jinping"
  Origin origin;           // the dictionary line of the name that matched
  Origin role_origin;      // the role word's line (line 0 when none)
  // Set when this mention is a short form ("Kim") resolved to a person
  // named in full earlier in the article.
  bool resolved_short = false;
  // Set when the name is in no dictionary but was learned in this article
  // from the actor written with it ("Sudanese Foreign Minister Lam Akol",
  // "Lam Akol, the Sudanese foreign minister,", "Reporters Without Borders
  // (RWB)"), or refers back to such a name ("Akol", "Mr Akol", "RWB").
  // `entry` is then the name as first written in the article's text.
  bool learned = false;
  // Set for a name no dictionary holds, written right after a political
  // title and no country ("Senator John Smith", "Lord Levy", "Gen. X"), and
  // for later mentions of it: `role` is the title's, `country` and `code`
  // are empty. The event coder gives it a country as it gives descriptions
  // theirs (docs/dictionaries.md); with none it is no actor. Also set, with
  // no role, for a person's name that no dictionary holds and no office or
  // country is written with ("Peter Kamau said"): the article's home
  // country is theirs.
  bool needs_country = false;
};

// Sizes of a loaded dictionary.
struct ActorDictionaryStats {
  size_t countries = 0;
  size_t organizations = 0;
  size_t people = 0;
  size_t roles = 0;
  size_t names = 0;     // matchable phrases, all kinds
  size_t descriptions = 0;  // phrases of `description` blocks
  size_t problems = 0;  // lines skipped
};

// A description that names an actor without its country ("the government",
// "police", "rebels"), from a `description` block. It is no actor mention:
// the event coder gives it the country of the article or of the same
// institution named before (docs/dictionaries.md).
struct ActorDescription {
  std::vector<std::string> words;  // lower case, without a leading "the"
  std::string role;                // CAMEO role code: GOV, COP, MIL, ...
  bool needs_the = false;          // written with "the": counts only after "the"
  // People on a scene, whose country the event's place may give: 2 for
  // crowds (`| crowd`: protesters, marchers), 1 for others (`| scene`:
  // police, civilians), 0 for institutions, which only the article's
  // country or an earlier mention gives.
  int on_scene = 0;
  Origin origin;
};

class ActorDictionary {
 public:
  virtual ~ActorDictionary() = default;

  // Loads every *.txt file in `dir` (sorted by name). Each bad line is
  // reported to `problems` as FILE:LINE: reason and skipped. Returns
  // NotFound when `dir` does not exist or holds no .txt file. `extra`
  // (name, text) files in the same format are read after them, so that
  // their entries add to the folder's (a converted legacy dictionary, say).
  static absl::StatusOr<std::unique_ptr<ActorDictionary>> Load(
      const std::string& dir, const ProblemSink& problems,
      const std::vector<std::pair<std::string, std::string>>& extra = {});

  // Builds a dictionary from in-memory files: (name, contents) pairs, in
  // the order given. For tests and for tools that generate dictionaries.
  static absl::StatusOr<std::unique_ptr<ActorDictionary>> FromTexts(
      const std::vector<std::pair<std::string, std::string>>& files,
      const ProblemSink& problems);

  // Appends the actors found in `doc` (tokenized and, for best results,
  // tagged), in text order, without overlaps. `date` is the article's
  // publication date; it selects the office each person held. With no
  // date, a person gets their most recent office.
  virtual void Match(const Document& doc, std::optional<Date> date,
                     std::vector<ActorMention>* out) const = 0;

  virtual ActorDictionaryStats Stats() const = 0;

  // True when `code` is a country code of the dictionary ("PRK").
  virtual bool IsCountry(std::string_view code) const = 0;

  // The descriptions of the dictionary's `description` blocks, in file
  // order.
  virtual const std::vector<ActorDescription>& Descriptions() const = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
