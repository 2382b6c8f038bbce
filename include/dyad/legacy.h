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

// TABARI's coding settings: set by the .options file, changed by the option
// records of a validation file (`{ OPTION: SET: CODE BY SENTENCE }`), each
// for the records after it. The TABARI manual describes the commands.
struct LegacySettings {
  enum class CodeBy : uint8_t {
    kClause,    // the first event of each clause (TABARI's default)
    kSentence,  // the first event of the sentence
    kAll,       // every event
  };
  CodeBy code_by = CodeBy::kClause;
  // SET: MINIMUM WORDS: a sentence of fewer words (a comma counts as one)
  // is not coded; 0: no minimum. TABARI's default, 8, applies to its
  // validation suite only (RunSuite).
  int minimum_words = 0;
  // SET: TIME SHIFT: the <TIME> phrases of the .verbs file apply (those
  // coded ### or +++ stop the sentence from being coded).
  bool time_shift = false;
  // SET: CONVERT AGENTS: an agent with no actor is an actor of its own,
  // coded ~AGENT.
  bool convert_agents = false;
  std::string lone_agent = "~";  // what goes before the code of such an agent
  // PETRARCH: an agent gives its code to the actors of its phrase ("soldiers
  // from Gondor" GONMIL, "the ambassadors of X, Y and Z"). On for PETRARCH
  // dictionaries; its lone agents (---GOV) only in the validation runner,
  // since they would double the events of real news with actors of no
  // country.
  bool combine_agents = false;
  // TABARI: an agent placed before the code (HUMAN_RIGHTS_ACTIVISTS [NGM~])
  // puts its code before that of the actor right after it or after "in" or
  // "of" ("activists in Arnor" NGMARN); an agent the actor names did not
  // take joins the actor right before it ("West German world government"
  // GMWGOVWGO) or after "in" or "of"; an agent code the actor's code holds
  // on a 3-letter boundary is not added again; and "former" right before the
  // actor or the agent makes the agent's code ELI ("former Gondor
  // prosecutors" GONELI). On for TABARI dictionaries.
  bool tabari_agents = false;
  // PETRARCH: a verb whose object is a clause with an event of its own
  // ("Ethiopia indicated it should have acted against Libya") is coded by
  // that event only: an event whose target stands after the verb of
  // another event of its sentence, itself after its own verb, is dropped.
  // On for PETRARCH dictionaries.
  bool nested_events = false;
  // PETRARCH's reading of its parse trees' verb phrases (ApplyLegacyRules):
  // no verb inside the verb phrase of a coded verb is coded ("Arnor
  // restored ties with Gondor after crowds burned down its embassy" is the
  // restoring only); the source is the first actor between the verb and the
  // comma before it, none when the subject stands before that comma; and an
  // event with the null target (DefaultActors::null_target) takes the first
  // actor of its verb phrase as target, or is dropped when its verb has no
  // object ("an official said today"). A verb phrase runs to a semicolon, a
  // colon, or a comma or conjunction that opens a clause with a finite verb
  // of its own (", an Ithilen official said"). On in the validation runner
  // for PETRARCH suites: on real news the verbs of reported speech would
  // hide the events they report.
  bool verb_phrases = false;
  // COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 128 BMAX = 0, and
  // COMMA: OFF. A phrase set off by commas (not those of "X, Y and Z") is
  // left out of coding when its length in words is within the limits: MIN
  // to MAX inside the sentence, EMIN to EMAX at its end, BMIN to BMAX at its
  // start. Events whose verb, source or target lies in it are dropped.
  struct Comma {
    bool on = false;  // on, with TABARI's limits, for TABARI dictionaries
    int min = 2, max = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;
  };
  Comma comma;
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER, and DEFAULT: OFF.
  DefaultActors defaults;
  // COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR: a sentence is too complex to code
  // (none of its events is kept) when it holds n or more verbs, n or more
  // conjunctions that join no compound ("X and Y", "bombs and rockets",
  // "black and white"), or no actor before its first verb. 0 and false turn
  // a limit off; each COMPLEX command replaces the limits before it. Its
  // other conditions are not emulated.
  struct Complex {
    int verbs = 0;
    int conjunctions = 0;
    bool no_actor_prior = false;
    bool on() const { return verbs > 0 || conjunctions > 0 || no_actor_prior; }
  };
  Complex complex;
  // FORWARD: a pronoun that starts a record, before any actor, stands for
  // the first actor of the record before it when that record is the
  // sentence before in the same story (read from the record ID through the
  // sequence format: ^ blank, * any character, N story, S sentence).
  std::string forward;  // the sequence format; empty: no forwarding
  // PETRARCH's new_actor_length: a noun phrase of at most this many words
  // that holds no actor, as the subject of a verb or its object (right after
  // it or after one preposition), is an actor of its own, coded by its words
  // in capitals within quotation marks ("INJURY TOLL"). 0: none (PETRARCH's
  // default); set by the <Config> records of its validation suite.
  int new_actor_length = 0;
};

// Applies one option command ("SET: CODE BY SENTENCE", "DEFAULT: OFF") to
// *settings. False when the command is not one dyad emulates (it is then
// ignored: LABEL, OUTPUT, COMPLEX and others).
bool ApplyOption(std::string_view command, LegacySettings* settings);

// Applies one PETRARCH configuration option (a PETR_config.ini option, or a
// <Config option="NAME" value="VALUE"> of its unit tests) to *settings:
// require_dyad (false: an event with no target actor is coded with the null
// target "---", DefaultActors::null_target) and the comma_min ... comma_bmax
// limits of the phrases set off by commas that are left out, and
// new_actor_length (LegacySettings::new_actor_length). False for other
// options and unreadable values (then ignored).
bool ApplyPetrarchOption(std::string_view name, std::string_view value, LegacySettings* settings);

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
    // An actor with dated codes and a default discard (ONODOHER [ONO
    // <911226] [###]): where the actor names match, a dated code held on the
    // article's date and the phrase discards nothing.
    bool dated = false;
    std::string origin;  // legacy FILE:LINE
  };
  std::vector<DiscardPhrase> discards;
  // TABARI <TIME> phrases coded ### (discard) or +++ (too complex), applied
  // like discards when LegacySettings::time_shift is on.
  std::vector<DiscardPhrase> time_discards;
  // The agent phrases (lower-case words, singular and plural) with their
  // codes, for LegacySettings::convert_agents; sorted by first word, the
  // longest first.
  struct AgentPhrase {
    std::vector<std::string> words;
    std::string code;  // without the ~
    bool prefix = false;  // PETRARCH's NGO~: the code goes before the actor's
  };
  std::vector<AgentPhrase> agent_phrases;
  // TABARI actor phrases whose words are set apart by blanks ("ITHILEN
  // TELEVISION", "PRINCE DOL_AMROTH"): TABARI lets other words stand
  // between such words ("Ithilen state-run television", "the Prince of
  // Dol_Amroth"), dyad's names do not. MatchSpacedNames() adds them.
  struct SpacedName {
    std::vector<std::string> words;  // lower case, as the tokenizer splits them
    std::vector<bool> joined;        // joined to the word before by "_"
    std::string code;                // the undated code, or ""
    struct Dated {
      int from = 0, to = 99999999;
      std::string code;
    };
    std::vector<Dated> dated;
    // PETRARCH's: matched inside a noun phrase, so only adjectives and
    // nouns stand between the words ("Ithilen state-run television").
    bool noun_phrase = false;
  };
  std::vector<SpacedName> spaced_names;  // sorted by first word, the longest first
  // The settings of the .options files read (TABARI defaults otherwise).
  LegacySettings settings;
  // "NAME:LINE" of the converted pattern lines whose code is subordinate, sorted.
  std::vector<std::string> subordinate;
  // The same for dominant codes (TABARI's [031!]): with CODE ALL, when one
  // yields an event, the other events of its sentence are dropped.
  std::vector<std::string> dominant;
  // "NAME:LINE" of the converted actor lines of a coded compound (TABARI's
  // [FRO/BIL/SAM], written with its first code) and the compound's codes,
  // sorted: ApplyLegacyRules codes each member.
  std::vector<std::pair<std::string, std::vector<std::string>>> compound_codes;
  // TABARI's verb words, for the COMPLEX limits: each root and form of a
  // verb that has a code or patterns, lower case and marked as the
  // converted anchors are ("=ban" as written, "depart+" with regular
  // endings, "accept~" a stem); sorted.
  std::vector<std::string> verb_words;
  // TABARI's <NOUN> and <ADJECTIVE> words (the last word of each phrase,
  // lower case), which make compound noun and adjective phrases; sorted.
  std::vector<std::string> nouns, adjectives;
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
// does not join two actors), with converted.settings: the CODE BY rule,
// dominant codes, the minimum sentence length, <TIME> discards, the
// comma-delimited phrases TABARI leaves out (before the first verb of each
// clause is chosen) and the COMPLEX limits; with settings.nested_events
// (PETRARCH), an event whose target stands inside the clause of a later
// event of its sentence; with settings.verb_phrases, the events PETRARCH's
// verb phrases rule out (LegacySettings::verb_phrases), after the
// comma-delimited phrases. Returns the number of events removed.
size_t ApplyLegacyRules(const Converted& converted, const Analysis& analysis,
                     std::vector<Event>* events);
// The same with the given settings instead of converted.settings: the
// clause rule follows settings.code_by, sentences shorter than
// settings.minimum_words lose their events, and so do those with a <TIME>
// discard when settings.time_shift is on.
size_t ApplyLegacyRules(const Converted& converted, const LegacySettings& settings, const Analysis& analysis,
                        std::vector<Event>* events);

// Adds an actor mention for each of converted.spaced_names found with other
// words between its words (at most three, no punctuation), in place of the
// shorter mentions inside it. Returns the number added.
size_t MatchSpacedNames(const Converted& converted, std::optional<Date> date, Analysis* analysis);

// Removes the actor mentions that start inside the phrases set off by commas
// that TABARI leaves out (settings.comma), so that no source or target is
// looked for there, as TABARI removes the phrases before it codes. Returns
// the number removed.
size_t DropCommaPhraseActors(const LegacySettings& settings, Analysis* analysis);

// With settings.convert_agents, adds an actor mention coded ~AGENT for each
// agent phrase of `converted` that no actor covers. With
// settings.combine_agents, first gives the agents' codes to the actors of
// their phrases (an agent placed before the code, PETRARCH's NGO~, to the
// actor right after it); with settings.tabari_agents, combines them as
// TABARI does (see there). Returns the number added.
size_t ConvertAgents(const Converted& converted, const LegacySettings& settings, Analysis* analysis);

// With settings.new_actor_length, adds an actor mention for each noun phrase
// next to a verb that no actor covers and is short enough (see
// LegacySettings::new_actor_length): the conjuncts of the words before the
// verb ("Eriador's death and injury toll" gives "INJURY TOLL"), and the noun
// phrase after it or after a preposition right after it, with its "of"
// phrases ("left for the Ministry of Magic"). A possessive ending is no word
// of the code. Returns the number added.
size_t AddNounPhraseActors(const LegacySettings& settings, Analysis* analysis);

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
  std::vector<std::string> options;  // the option commands of an option record, in order
  // PETRARCH <Config option="NAME" value="VALUE"> settings written before
  // this record (since the record before): they apply from it on.
  std::vector<std::pair<std::string, std::string>> config;
  std::string note;             // why not applicable, or what is special
  uint32_t line = 0;            // where the record starts
};

struct Suite {
  std::string file;
  std::vector<SuiteRecord> records;
  // The dictionaries the suite names, as paths (resolved next to the file).
  std::vector<std::string> dictionaries;
  bool tabari = false;  // a TABARI annotated text (else PETRARCH XML)
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
