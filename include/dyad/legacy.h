// dyad/legacy.h: the field's older dictionaries (TABARI, PETRARCH-1,
// PETRARCH-2 and the Phoenix set) read, checked and converted into dyad's own
// formats, and their validation suites read and scored.
//
//   auto dict = dyad::legacy::ReadDictionaries({"peers/tabari/Validate.project"},
//                                              dyad::legacy::Format::kAuto, report);
//   if (!dict.ok()) return dict.status();
//   dyad::legacy::Converted converted = dyad::legacy::Convert(*dict, {});
//   dyad::PipelineOptions options;
//   options.extra_actor_texts = converted.actor_texts;        // dyad's format
//   dyad::EventCoderOptions coder_options;
//   coder_options.extra_pattern_texts = converted.pattern_texts;
//
// Reading never stops at a bad line: each one (and each quirk that was
// repaired, and each construct dyad cannot express) goes to the problem sink
// as FILE:LINE: reason, and the rest is read. The formats and how each
// construct is converted are described in docs/legacy.md.
#ifndef DYAD_LEGACY_H_
#define DYAD_LEGACY_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dyad/actors.h"
#include "dyad/article.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"

namespace dyad::legacy {

// The dictionary families dyad reads.
enum class Format : uint8_t {
  kAuto,       // decided from file names and contents
  kTabari,     // .actors, .agents, .verbs, .options, .project
  kPetrarch1,  // PETRARCH actors/agents/discards/issues, PETRARCH-1 verb patterns
  kPetrarch2,  // the same with the PETRARCH-2 verb dictionary (CAMEO.2.0.txt)
  kPhoenix,    // the Phoenix actor, agent, discard and issue files only (no verbs)
  kDyad,       // a folder in dyad's own format (actors/*.txt, events/*.txt)
};
std::string_view FormatName(Format format);
// "auto", "tabari", "petrarch1", "petrarch2", "phoenix", "dyad"; nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);

// A place in a legacy file: index into Dictionary::files and 1-based line.
struct Where {
  uint32_t file = 0;
  uint32_t line = 0;
};

// A code, possibly valid only between two dates (YYYYMMDD keys, both ends
// included). Special codes: "---" null, "###" discard, "+++" complex.
struct DatedCode {
  std::string code;
  int from = 0;
  int to = 99999999;
  bool dated = false;
  Where where;
};

// A phrase as written ("AL_GORE", "MINAS_TIRITH", "GROUP OF 77").
struct Phrase {
  std::string text;
  Where where;
};

// One actor: a primary phrase, its synonyms, and its codes.
struct Actor {
  std::vector<Phrase> names;     // names[0] is the primary phrase
  std::vector<DatedCode> codes;  // in file order
  Where where;
};

// One agent: a common noun combined with an actor's code.
struct Agent {
  Phrase phrase;
  std::vector<std::string> plurals;  // written in {...}
  bool plurals_given = false;        // {...} present (possibly empty: no plural)
  std::string code;                  // without the ~
  bool prefix = false;               // NGO~: the code goes before the actor's
  Where where;
};

// A verb pattern line: "- SAID + MUST * POLICY [100]".
struct VerbPattern {
  std::string text;  // between "-" and "[": "SAID + MUST * POLICY"
  std::string code;  // "100", "032:033", ":173", "---"
  Where where;
};

// One word of a verb block (a TABARI root, a PETRARCH verb line).
struct VerbForm {
  std::string text;                    // "BREAK_", "+CLEAR_UP", "KLM_NOP_+RST"
  std::string code;                    // its own code, or empty for the block's
  std::vector<std::string> irregular;  // forms in {...}
  Where where;
};

// A TABARI verb root with its patterns, or a PETRARCH verb block.
struct Verb {
  std::string name;  // the root, or the PETRARCH block name
  std::string code;  // the root's or block's code ("---" when none)
  std::vector<VerbForm> forms;
  std::vector<VerbPattern> patterns;
  Where where;
};

// A synonym set: &NAME with +member lines.
struct Synset {
  std::string name;  // with the &, without a trailing _
  bool no_plurals = false;
  std::vector<Phrase> members;
  Where where;
};

// A phrase that discards a sentence (or, with `story`, the whole article).
struct Discard {
  std::string text;
  bool story = false;
  bool complex = false;  // TABARI's [+++]: too complex to code
  Where where;
};

// A line that is read and kept but has no dyad equivalent (time shifts,
// transformations, issues, options).
struct Kept {
  std::string text;
  Where where;
};

// A legacy dictionary set, as read.
struct Dictionary {
  Format format = Format::kAuto;
  std::vector<std::string> files;  // display names (paths as given)
  std::vector<Format> file_formats;  // the syntax each file was read in
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Verb> verbs;
  std::vector<Synset> synsets;
  std::vector<Phrase> nouns;       // TABARI <NOUN>
  std::vector<Phrase> adjectives;  // TABARI <ADJECTIVE>
  std::vector<Discard> discards;
  std::vector<Kept> issues;           // Phoenix issue lines
  std::vector<Kept> time_shifts;      // TABARI <TIME>
  std::vector<Kept> transformations;  // PETRARCH-2 ~ lines
  std::vector<Kept> options;          // TABARI .options commands
  std::vector<std::pair<std::string, std::string>> labels;  // LABEL: code=text
  // Folders already in dyad's format (kDyad): their actors/*.txt and
  // events/*.txt as (name, text), passed through by Convert().
  std::vector<std::pair<std::string, std::string>> dyad_actor_texts;
  std::vector<std::pair<std::string, std::string>> dyad_pattern_texts;
  size_t problems = 0;                          // lines reported

  std::string Describe(Where w) const;  // "FILE:LINE"
};

// What kind of file a legacy dictionary file is.
enum class FileKind : uint8_t {
  kActors, kAgents, kVerbs, kOptions, kDiscards, kIssues, kProject, kConfig, kUnknown,
};
std::string_view FileKindName(FileKind kind);

// Reads one file's contents into *dict. `format` must not be kAuto or kDyad
// (use ReadDictionaries for detection); for kPetrarch1, kPetrarch2 and
// kPhoenix, actor, agent, discard and issue files share one syntax. Every bad
// line, repaired quirk and unsupported construct is reported to `problems`
// as `name`:LINE: reason and counted in dict->problems.
void ReadText(Format format, FileKind kind, const std::string& name, std::string_view text,
              Dictionary* dict, const ProblemSink& problems);

// Reads legacy dictionaries from `paths`: folders, single dictionary files,
// TABARI .project files and PETRARCH config files (which name the files to
// read). A folder is read through the config file it holds (or its sibling
// config/ folder holds) when there is one, else every dictionary file in it.
// `format` kAuto decides per path. NotFound when a path does not exist or
// holds no dictionary file; problems inside files never fail the call.
absl::StatusOr<Dictionary> ReadDictionaries(const std::vector<std::string>& paths, Format format,
                                            const ProblemSink& problems);

// The format ReadDictionaries would use for `path`.
Format DetectFormat(const std::string& path);

// Dictionaries converted into dyad's formats (docs/dictionaries.md,
// docs/verbs.md), as (name, text) pairs for PipelineOptions::extra_actor_texts
// and EventCoderOptions::extra_pattern_texts. Every converted line ends with
// a comment naming its legacy FILE:LINE, and Resolve() maps an Origin in the
// converted texts back to it.
struct Converted {
  std::vector<std::pair<std::string, std::string>> actor_texts;
  std::vector<std::pair<std::string, std::string>> pattern_texts;
  // Lines that were not converted, "FILE:LINE: reason" (also reported).
  std::vector<std::string> unconverted;
  // How many times each kind of construct was left out or approximated.
  std::vector<std::pair<std::string, size_t>> tally;
  // The discard phrases, applied to coded events by ApplyLegacyRules();
  // sorted by their first word.
  struct DiscardPhrase {
    std::vector<std::string> words;  // lower case, as the tokenizer splits them
    bool story = false;
    std::string origin;  // legacy FILE:LINE
  };
  std::vector<DiscardPhrase> discards;
  // "NAME:LINE" of the converted pattern lines whose code is subordinate, sorted.
  std::vector<std::string> subordinate;
  // Names of the converted pattern texts that code one verb per clause, as
  // TABARI does (the first verb of a clause that yields an event).
  std::vector<std::string> one_verb_per_clause;
  size_t actors = 0, agents = 0, patterns = 0;  // converted lines written

  // The legacy "FILE:LINE" of a line of a converted text, or "" when the
  // origin is not in a converted text.
  std::string Resolve(const Origin& origin) const;

  // Per converted text name, the legacy FILE:LINE of each line (index line-1).
  std::vector<std::pair<std::string, std::vector<std::string>>> line_origins;
};

struct ConvertOptions {
  // True for event codes the coder knows (the CAMEO codebook); other codes
  // are declared in the converted pattern text (`code CODE LABEL`). Null:
  // every code is declared.
  std::function<bool(std::string_view)> known_code;
  // Name prefix of the converted texts: "<prefix>actors/...", "<prefix>events/...".
  std::string prefix = "legacy/";
};

// Converts a read dictionary. Constructs dyad cannot express are listed in
// `unconverted` and reported to `problems`.
Converted Convert(const Dictionary& dict, const ConvertOptions& options,
                  const ProblemSink& problems = nullptr);

// Applies what the converted patterns cannot say on their own: removes the
// events of sentences that contain a discard phrase (every event of an
// article that contains a story-level one), the events of subordinate
// patterns (TABARI's [023?]) in a sentence that has other events, and, for
// TABARI dictionaries, the events of every verb but the first coded one of
// each clause (clauses end at a semicolon, a colon, or a conjunction that
// does not join two actors). Returns the number of events removed.
size_t ApplyLegacyRules(const Converted& converted, const Analysis& analysis,
                     std::vector<Event>* events);

// ---- Validation suites ----

// One expected event.
struct ExpectedEvent {
  std::string source, target, code;
};

// One record of a validation suite.
struct SuiteRecord {
  std::string id;
  std::string category;  // PETRARCH category; empty for TABARI
  std::optional<Date> date;
  std::string text;
  std::vector<ExpectedEvent> expected;
  bool expect_none = false;     // {---}, noevents, discards, errors
  bool only_listed = false;     // TABARI -{...}: further events are not checked
  bool option_record = false;   // TABARI { OPTION: ... }: changes settings, not coded
  bool not_applicable = false;  // expects what dyad does not read (PETRARCH parse errors)
  std::string note;             // why not applicable, or what is special
  uint32_t line = 0;            // where the record starts
};

struct Suite {
  std::string file;
  std::vector<SuiteRecord> records;
  // The dictionaries the suite names, as paths (resolved next to the file).
  std::vector<std::string> dictionaries;
};

// Reads a TABARI annotated text file (only its standard part, from START-00
// through FINAL-01, when it has those records) or a PETRARCH XML unit-test
// file. The dictionaries are found from the TABARI .project file beside it
// that names it, or from the XML's <Environment>.
absl::StatusOr<Suite> ReadSuite(const std::string& path, const ProblemSink& problems);

// The outcome of one record.
struct RecordResult {
  const SuiteRecord* record = nullptr;
  bool passed = false;
  bool skipped = false;  // option or not-applicable record
  std::vector<ExpectedEvent> found;
};

// Compares the events found for a record with its expectation: the same
// set of (source, target, code) triples (duplicates ignored), or for
// only_listed records every listed event among those found.
bool Matches(const SuiteRecord& record, const std::vector<ExpectedEvent>& found);

// Codes each record's raw text with `pipeline` and `coder` (dated by the
// record's date, discards of `converted` applied when given) and compares
// every coded event, whatever its negation and modality flags (legacy coders
// have none: their patterns decide), with the expectation. Option and
// not-applicable records are skipped.
std::vector<RecordResult> RunSuite(const Suite& suite, const Pipeline& pipeline, const EventCoder& coder,
                                   const Converted* converted);

}  // namespace dyad::legacy

#endif  // DYAD_LEGACY_H_
