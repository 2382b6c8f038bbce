// The compiled event dictionaries: the CAMEO codebook and the patterns of
// data/events/*.txt (docs/verbs.md). Shared by the loader and the coder.
#ifndef DYAD_EVENT_EVENT_DATA_H_
#define DYAD_EVENT_EVENT_DATA_H_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/events.h"
#include "util/strings.h"

namespace dyad::event {

struct Element {
  enum Kind : uint8_t {
    kWord,    // one of `words` (matched against lemma or lower form)
    kSource,  // $S: an actor
    kTarget,  // $T: an actor
    kStar,    // up to three tokens of any kind, besides skippable ones (determiners, adjectives, ...)
    kGap,     // **: any number of tokens within the clause
    kSkip,    // $_: an actor that is neither source nor target
    kPartners,  // $P: two or more actors ("X and Y"), paired with each other
  };
  Kind kind = kWord;
  std::vector<std::string> words;
  std::vector<uint32_t> ids;  // the words' ids in EventData::word_ids, for fast matching
  bool joined = false;  // `_word`: directly after the element written before it
  bool exact = false;   // `=word`: the word as written, not its lemma
  // Alternatives written `word~` (TABARI's stems): any word that starts
  // with one of them, as written.
  std::vector<std::string> stems;
  bool Stem(std::string_view lower) const {
    for (const std::string& s : stems)
      if (lower.substr(0, s.size()) == s) return true;
    return false;
  }
};

struct Pattern {
  bool noun = false;            // anchored on a noun (else a verb)
  std::vector<Element> rest;    // the elements after the anchor word
  uint32_t block = 0;           // index in EventData::blocks
  Origin origin;
  std::string text;             // the pattern as written
  bool has_source = false;      // $S appears
  bool target_first = false;    // $T directly follows the anchor (passive-able)
  // Elements written before the anchor (`<anchor>` form), nearest first.
  std::vector<Element> before;
  bool target_after = false;    // `| target after`: no $T; the next actor is the target
  bool target_attacker = false;  // `| target attacker`: no $T; the target is who last used force on the source
  bool target_sides = false;     // `| target sides`: no $T; the targets are the two sides of the latest conflict
  bool target_crowd = false;     // `| target crowd`: no $T; the target is the crowd of the protest matched
  bool target_anti = false;      // `| target anti`: no $T; the target is named by an "anti-" word ("anti-American")
  bool target_subject = false;   // `| target subject`: no $T; the verb's subject suffered the act ("faces charges")
  bool source_first = false;    // `| source first`: the clause's first actor is the source
  // `| by state ROLE`: an act only a state does (arrest, charge, deport):
  // told in the passive with no agent, its source is the state where it
  // happened, in that role ("were arrested in Cairo": EGYCOP); so is a
  // noun's told as news with no doer ("the arrest of X on Monday ...").
  std::string state_role;
  bool partners = false;        // $P appears: every ordered pair of its actors
  int rank = 0;                 // `| rank N`: higher ranks are tried first
};

struct Block {
  const CameoCode* code = nullptr;  // null for `event none`
  bool symmetric = false;
  const CameoCode* paired = nullptr;  // `| paired CODE` (or `reverse CODE`): the other side's event
  bool reversed = false;              // `| reversed`: coded from target to source
};

// A description of an actor without its country ("the government",
// "security forces"), from data/actors/descriptions.txt.
struct Description {
  std::vector<std::string> rest;  // the words after the first, lower case
  std::string role;
  bool needs_the = false;
  int on_scene = 0;  // ActorDescription::on_scene
};

struct EventData {
  bool conventions = true;  // EventCoderOptions::conventions
  std::deque<std::string> files;
  std::deque<CameoCode> codebook;  // the codebook, then codes declared by `code` lines
  util::StringMap<const CameoCode*> codes;
  std::vector<Block> blocks;
  std::vector<Pattern> patterns;
  util::StringMap<std::vector<uint32_t>> by_anchor;  // anchor lemma -> patterns
  // Anchors matched on the word as written, not its lemma (the forms of
  // TABARI's words, docs/verbs.md): `=word` the word itself (by_written),
  // `word+` the word or the word with a regular ending -s, -es, -ed, -en or
  // -ing (by_ending), `word~` any word that starts with it (by_stem).
  util::StringMap<std::vector<uint32_t>> by_written, by_ending, by_stem;
  util::StringMap<uint32_t> word_ids;  // every word of a pattern element -> id (from 1)
  // Descriptions by their first word, the longest first.
  util::StringMap<std::vector<Description>> descriptions;
};

// Reads the codebook into data->codebook and data->codes.
absl::Status LoadCodebook(const std::string& path, std::string_view name, EventData* data,
                          const ProblemSink& problems);
// Compiles pattern files (name, text) in order; needs the codebook first.
void LoadPatternTexts(const std::vector<std::pair<std::string, std::string>>& files, EventData* data,
                      const ProblemSink& problems);
// Adds descriptions (an actor dictionary's) to data->descriptions.
void AddDescriptions(const std::vector<ActorDescription>& descriptions, EventData* data);
// Every *.txt of `dir`, sorted; a missing folder gives no patterns.
absl::Status LoadPatternDir(const std::string& dir, EventData* data, const ProblemSink& problems);

}  // namespace dyad::event

#endif  // DYAD_EVENT_EVENT_DATA_H_
