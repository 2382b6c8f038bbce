// dyad/events.h: the event coder: who did what to whom, coded in CAMEO.
//
//   auto coder = dyad::EventCoder::Load(data_dir, report_problem);
//   dyad::Analysis analysis;
//   pipeline->Analyze(article, &analysis);          // tokens, tags, actors
//   std::vector<dyad::Event> events;
//   (*coder)->Code(article, analysis, &events);
//
// The CAMEO codebook is read from data/cameo/codebook.txt and the verb and
// phrase patterns from data/events/*.txt (docs/verbs.md). Load() once;
// Code() is const and thread-safe.
#ifndef DYAD_EVENTS_H_
#define DYAD_EVENTS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dyad/actors.h"
#include "dyad/article.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"

namespace dyad {

// One line of the CAMEO codebook.
struct CameoCode {
  std::string code;   // "042"
  std::string label;  // "Make a visit"
  double goldstein = 0;
  int quad_class = 0;        // 1 verbal cooperation .. 4 material conflict
  std::string plover;        // PLOVER event type, or empty
  std::string plover_mode;   // PLOVER mode, or empty
};

// How sure the text is that the act happened.
enum class Modality : uint8_t {
  kAsserted,      // told as fact
  kHedged,        // may, might, reportedly, allegedly
  kIntended,      // plans to, intends to, is expected to, will
  kHypothetical,  // would, could, if ...
};
std::string_view ModalityName(Modality m);

enum class DatePrecision : uint8_t {
  kDay,      // the text names the day ("on Sunday", "on April 13", "yesterday")
  kMonth,    // "in April", "last month"
  kYear,     // "in 2018", "last year"
  kArticle,  // no date in the text: the publication date
};
std::string_view DatePrecisionName(DatePrecision p);

struct EventActor {
  std::string code;
  std::string country;
  std::string role;
  uint32_t begin = 0;  // byte span of the mention (for a pronoun: the pronoun)
  uint32_t end = 0;
};

struct Event {
  uint32_t sentence = 0;
  EventActor source;
  EventActor target;
  const CameoCode* cameo = nullptr;  // owned by the coder
  bool negated = false;
  Modality modality = Modality::kAsserted;
  bool historical = false;
  std::optional<Date> date;
  DatePrecision date_precision = DatePrecision::kArticle;
  uint32_t verb_begin = 0;  // byte span of the word the pattern is anchored on
  uint32_t verb_end = 0;
  Origin pattern;           // the dictionary line of the pattern that matched
  std::string_view pattern_text;
  // Where it happened, when the sentence names a place and the coder was
  // given a gazetteer (EventCoderOptions::places); docs/places.md.
  std::optional<PlaceMention> location;
};

// Why a candidate was not coded, for `dyad explain`.
struct Rejection {
  uint32_t sentence = 0;
  uint32_t verb_begin = 0;
  uint32_t verb_end = 0;
  Origin pattern;
  std::string reason;
};

// Codes standing for a source or target that the text does not name
// (TABARI's DEFAULT command). Empty codes: none. With `prior`, the default
// source is used whenever no actor stands before the verb; with `after`,
// the default target whenever none follows it. Otherwise the actors are
// first looked for on the other side of the verb, as TABARI does.
struct DefaultActors {
  std::string source;
  std::string target;
  bool prior = false;
  bool after = false;
  // PETRARCH's null target: a verb whose pattern matched and whose source
  // was found but no target is coded with this code as its target ("a
  // senior official said on Saturday", ---GOV/---/023). Empty: such a verb
  // is not coded. It is tried last, after every search for a target, and
  // changes no other search.
  std::string null_target;
  // PETRARCH: a verb whose subject is several actors ("Gondor and
  // Osgiliath renewed ties") and that has no target codes each of them with
  // each other as target. Tried before the null target.
  bool pair_subjects = false;
  // PETRARCH: a passive verb with no actor after "by" ("The Philippines was
  // criticized over its dispute with Eriador") is coded as an active one:
  // its subject is the source, the actor after it the target.
  bool passive_as_active = false;
  // TABARI's compound noun and adjective phrases: with `listed_joins`, a
  // conjunction joins words rather than clauses, for TABARI's patterns
  // (`source first`), only between two of these nouns, with adjectives of
  // the list before the second ("sheep and evil goats"), or between two of
  // these adjectives ("awful and evil"), as TABARI reads it; without it, by
  // the words' tags. Lower case, sorted; a word with -s or -es is listed by
  // its stem.
  bool listed_joins = false;
  std::vector<std::string> joining_nouns, joining_adjectives;
  bool empty() const { return source.empty() && target.empty(); }
};

// True when the lower-case word `w` is in `sorted` (as joining_nouns and
// joining_adjectives are kept) as written or by its stem before a regular
// -s or -es.
bool ListedWord(const std::vector<std::string>& sorted, std::string_view w);

struct EventCoderOptions {
  // Read data/events/*.txt (the built-in patterns).
  bool builtin_patterns = true;
  // More pattern files, (name, text) in dyad's format (docs/verbs.md),
  // read after the built-in ones: a converted legacy dictionary, say.
  std::vector<std::pair<std::string, std::string>> extra_pattern_texts;
  // The gazetteer that gives events their place (Event::location); none:
  // events get no place. Shared: the coder keeps it alive.
  std::shared_ptr<const Gazetteer> places;
  // dyad's own coding conventions on top of the patterns (a planned meeting
  // or visit coded 036). Off for legacy dictionaries used alone, whose codes
  // need not be CAMEO's.
  bool conventions = true;
  // Default actors for every article Code() codes (CodeWithDefaults() takes
  // its own).
  DefaultActors defaults;
};

class EventCoder {
 public:
  virtual ~EventCoder() = default;

  // Reads the codebook and every *.txt under `data_dir`/events/. Bad lines
  // go to `problems` and are skipped; a missing codebook is NotFound.
  static absl::StatusOr<std::unique_ptr<EventCoder>> Load(const std::string& data_dir,
                                                          const ProblemSink& problems,
                                                          const EventCoderOptions& options = {});

  // Appends the events of an analysed article, in text order. With
  // `rejections`, also says why each candidate that matched a pattern was
  // not coded.
  virtual void Code(const Article& article, const Analysis& analysis, std::vector<Event>* out,
                    std::vector<Rejection>* rejections = nullptr) const = 0;

  // The same with the given default actors instead of the options' (a
  // validation suite changes them between records).
  virtual void CodeWithDefaults(const Article& article, const Analysis& analysis, const DefaultActors& defaults,
                                std::vector<Event>* out, std::vector<Rejection>* rejections = nullptr) const = 0;

  // The codebook entry of a code, or null.
  virtual const CameoCode* Find(std::string_view code) const = 0;

  virtual size_t pattern_count() const = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_H_
