// Converts legacy dictionaries into dyad's own formats (docs/legacy.md):
//
//   actors   ARNOR [ARN]                 country ARN arnor | role -
//            ALBRIGHT [USAGOV 991201-010114] [---]
//                                        person albright
//                                          code USAGOV 1999-12-01..2001-01-14
//   agents   FOREIGN_MINISTER_ [~GOVFRM] role GOVFRM
//                                          noun foreign minister
//   verbs    ARRIVE [032:033]            event 032 | paired 033
//                                          verb arrive~ | target after
//            - SAID * TO ATTEND [082]    event 082
//                                          verb said~ ** <agree~> ** to~ ** attend~ | target after | rank N
//            (TABARI's words are matched as written: `word~` a stem, `word+`
//            with regular endings, `=word` alone)
//
// Every converted line ends with "# FILE:LINE" of the legacy line it came
// from; Converted::line_origins keeps the same mapping for Resolve().
#include <algorithm>
#include <filesystem>
#include <map>

#include "dyad/document.h"
#include "legacy/common.h"
#include "util/strings.h"

namespace dyad::legacy {
namespace {

std::string BaseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// A converted text and the legacy origin of each of its lines. Pattern
// files take the origin as a comment at the end of the line; actor files,
// whose lines take no trailing comments, on a comment line before a block.
struct TextOut {
  std::string name;
  std::string text;
  std::vector<std::string> origins;
  bool trailing_comments = true;

  void Add(std::string_view content, std::string_view origin) {
    text.append(content);
    if (!origin.empty() && trailing_comments) {
      const size_t width = content.size() < 64 ? 64 - content.size() : 1;
      text.append(width, ' ');
      util::Append(&text, "# ", origin);
    }
    text.push_back('\n');
    origins.emplace_back(origin);
  }
  // A comment line naming a legacy line (actor files).
  void Note(std::string_view origin) { Add(util::Cat("# ", origin), origin); }
};

// The words of a legacy phrase, lower case, split on blanks and underscores.
struct Words {
  std::vector<std::string> words;
  bool last_exact = false;  // the last word ends with _ (no stem)
  bool no_endings = false;  // the phrase ends with = (no regular endings)
};

Words SplitPhrase(std::string_view phrase) {
  Words out;
  std::string text(util::Strip(phrase));
  if (!text.empty() && text.back() == '=') {
    out.no_endings = true;
    text.pop_back();
  }
  out.last_exact = !text.empty() && text.back() == '_';
  std::string word;
  for (char c : text) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!word.empty()) out.words.push_back(Lower(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.words.push_back(Lower(word));
  return out;
}

std::string Join(const std::vector<std::string>& words, std::string_view sep = " ") {
  std::string out;
  for (const std::string& w : words) util::Append(&out, out.empty() ? "" : sep, w);
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Plural(const std::string& w) {
  if (w.empty()) return w;
  const char last = w.back();
  if (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  if (last == 's' || last == 'x' || last == 'z' || (w.size() > 1 && (w.substr(w.size() - 2) == "ch" || w.substr(w.size() - 2) == "sh")))
    return w + "es";
  return w + "s";
}

// Endings a TABARI actor stem ("ARGENTIN", "ERIADOR") stands for: TABARI
// matches any word that starts with the stem; dyad matches whole words, so
// the usual name, adjective and demonym endings are written out.
constexpr std::string_view kStemEndings[] = {"",  "s",  "n",   "ns", "an", "ans", "ian", "ians",
                                             "i", "is", "ese", "a",  "ia", "e",   "ine", "y"};

// The dyad names a legacy actor or agent phrase stands for.
std::vector<std::string> NameVariants(const Words& w, Format format, bool is_actor) {
  std::vector<std::string> out;
  if (w.words.empty()) return out;
  std::vector<std::string> words = w.words;
  const std::string last = words.back();
  std::vector<std::string> endings;
  if (format == Format::kTabari && !w.no_endings) {
    if (!w.last_exact && is_actor) {
      for (std::string_view e : kStemEndings) endings.push_back(last + std::string(e));
    } else {
      endings = {last, Plural(last)};
    }
  } else {
    endings = {last};
  }
  for (const std::string& e : endings) {
    words.back() = e;
    std::string name = Join(words);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

std::string DateText(int key) {
  if (key <= 0 || key >= 99999999) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", key / 10000, key / 100 % 100, key % 100);
  return buffer;
}

bool IsCountryCode(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool IsActorCode(std::string_view code) { return code.size() >= 3 && code.size() <= 15 && IsPlainCode(code); }

// One element of a parsed legacy pattern.
struct PToken {
  enum Kind { kWord, kVerb, kSource, kTarget, kCompound, kSkip } kind = kWord;
  // For words: alternatives, each a sequence of words.
  std::vector<std::vector<std::string>> alts;
  bool joined = false;  // joined to the token before by "_" (must follow it directly)
  bool exact = false;   // followed by "_": the word as written, no endings
  bool synset = false;  // a synset's members (joined loosely: "_" next to one is not enforced)
  bool strict = false;  // joined and enforced: written `_word` in dyad's pattern
};

class Converter {
 public:
  Converter(const Dictionary& dict, const ConvertOptions& options, const ProblemSink& problems,
            Converted* out)
      : dict_(dict), options_(options), problems_(problems), out_(out) {}

  void Run() {
    FlattenSynsets();
    ConvertActors();
    ConvertVerbs();
    ConvertDiscards();
    ConvertSettings();
    Tally("TABARI <NOUN>/<ADJECTIVE> words (the tagger decides parts of speech; they only make "
          "compound noun and adjective phrases: clauses, COMPLEX limits)",
          dict_.nouns.size() + dict_.adjectives.size(), false);
    Tally("TABARI <TIME> shifts (dates come from dyad's own reading)", dict_.time_shifts.size(), false);
    Tally("PETRARCH-2 ~ transformations", dict_.transformations.size(), false);
    Tally("Phoenix issue lines (dyad has no issue field)", dict_.issues.size(), false);
    size_t kept_options = 0;  // options dyad does not emulate
    for (const Kept& k : dict_.options) {
      LegacySettings scratch;
      kept_options += !ApplyOption(k.text, &scratch);
    }
    Tally("TABARI options other than LABEL, CODE BY, MINIMUM WORDS, TIME SHIFT, CONVERT AGENTS, DEFAULT, "
          "COMMA, COMPLEX and FORWARD",
          kept_options, false);
    for (const auto& [reason, n] : tally_) out_->tally.emplace_back(reason, n);
  }

 private:
  Format FormatOf(Where w) const {
    return w.file < dict_.file_formats.size() ? dict_.file_formats[w.file] : dict_.format;
  }

  std::string Origin(Where w) const {
    if (w.file >= dict_.files.size()) return "";
    return util::Cat(BaseName(dict_.files[w.file]), ":", w.line);
  }

  // A construct that is left out or approximated, with its legacy line.
  void Unsupported(Where w, std::string_view kind, std::string_view detail) {
    ++tally_[std::string(kind)];
    std::string reason = util::Cat("unsupported: ", kind, detail.empty() ? "" : ": ", detail);
    out_->unconverted.push_back(util::Cat(dict_.Describe(w), ": ", reason));
    if (problems_) problems_(Problem{w.file < dict_.files.size() ? dict_.files[w.file] : "", w.line, reason});
  }
  void Tally(std::string_view kind, size_t n, bool) {
    if (n > 0) tally_[std::string(kind)] += n;
  }

  TextOut* TextFor(std::vector<TextOut>* texts, std::map<uint32_t, size_t>* index, uint32_t file,
                   std::string_view folder) {
    auto it = index->find(file);
    if (it != index->end()) return &(*texts)[it->second];
    TextOut t;
    t.trailing_comments = folder != "actors";
    std::string base = BaseName(dict_.files[file]);
    std::string stem = base;  // "CAMEO.2.0.txt" stays, "demo.verbs" becomes "demo.verbs.txt"
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".txt") == 0) stem.resize(stem.size() - 4);
    t.name = util::Cat(options_.prefix, folder, "/", stem, ".txt");
    for (const TextOut& other : *texts)
      if (other.name == t.name) t.name = util::Cat(options_.prefix, folder, "/", stem, "-", file, ".txt");
    t.Add(util::Cat("# Converted by dyad from ", base, " (", FormatName(dict_.format),
                    " format); each line names its legacy line."),
          "");
    texts->push_back(std::move(t));
    (*index)[file] = texts->size() - 1;
    return &texts->back();
  }

  // ---- Actors and agents ----

  void ConvertActors() {
    for (const Actor& actor : dict_.actors) ConvertActor(actor);
    // Agents, one role block per code and file.
    std::map<std::pair<uint32_t, std::string>, std::vector<const Agent*>> roles;
    std::vector<std::pair<uint32_t, std::string>> order;
    for (const Agent& agent : dict_.agents) {
      if (agent.prefix) {
        Unsupported(agent.where, "agent codes placed before the actor's (CODE~)", agent.code + "~");
        // PETRARCH puts it before the code of the actor right after it
        // ("MSF Arnor" NGOARN), TABARI also before that of an actor after
        // "in" or "of"; ConvertAgents() does so when it combines agents.
        if (IsPlainCode(agent.code)) {
          Words w = SplitPhrase(agent.phrase.text);
          std::vector<std::vector<std::string>> forms;
          if (FormatOf(agent.where) == Format::kTabari) {
            // TABARI's words as written: the phrase and its regular endings.
            for (const std::string& name : NameVariants(w, Format::kTabari, /*is_actor=*/false)) {
              forms.emplace_back();
              for (std::string_view word : util::Split(name, ' ', true)) forms.back().emplace_back(word);
            }
          } else if (!w.words.empty()) {
            forms.push_back(w.words);
            if (agent.plurals_given) {
              for (const std::string& p : agent.plurals) forms.push_back(SplitPhrase(p).words);
            } else {
              forms.push_back(w.words);
              forms.back().back() = Plural(forms.back().back());
            }
          }
          for (const auto& form : forms) {
            Converted::AgentPhrase phrase;
            for (const std::string& word : form)
              for (std::string& token : TokenWords(Lower(word))) phrase.words.push_back(std::move(token));
            phrase.code = agent.code;
            phrase.prefix = true;
            if (!phrase.words.empty()) out_->agent_phrases.push_back(std::move(phrase));
          }
        }
        continue;
      }
      if (!IsActorCode(agent.code)) {
        Unsupported(agent.where, "agent codes shorter than 3 characters", agent.code);
        continue;
      }
      auto key = std::make_pair(agent.where.file, agent.code);
      if (!roles.count(key)) order.push_back(key);
      roles[key].push_back(&agent);
    }
    for (const auto& key : order) {
      TextOut* t = TextFor(&actor_texts_, &actor_index_, key.first, "actors");
      const auto& agents = roles[key];
      t->Note(Origin(agents.front()->where));
      t->Add(util::Cat("role ", key.second), Origin(agents.front()->where));
      std::vector<std::string> seen;
      for (const Agent* agent : agents) {
        Words w = SplitPhrase(agent->phrase.text);
        if (w.words.empty()) continue;
        std::vector<std::string> names;
        if (FormatOf(agent->where) == Format::kTabari) {
          names = NameVariants(w, Format::kTabari, /*is_actor=*/false);
        } else {
          names.push_back(Join(w.words));
          if (agent->plurals_given) {
            for (const std::string& p : agent->plurals) names.push_back(Join(SplitPhrase(p).words));
          } else {
            std::vector<std::string> plural = w.words;
            plural.back() = Plural(plural.back());
            names.push_back(Join(plural));
          }
        }
        for (const std::string& name : names) {
          if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
          if (!WritableName(name)) {
            Unsupported(agent->where, "phrases with a | or without a word", agent->phrase.text);
            continue;
          }
          seen.push_back(name);
          t->Add(util::Cat("  noun ", name), Origin(agent->where));
          ++out_->agents;
          Converted::AgentPhrase phrase;
          for (std::string_view word : util::Split(name, ' ', true))
            for (std::string& token : TokenWords(Lower(word))) phrase.words.push_back(std::move(token));
          phrase.code = key.second;
          if (!phrase.words.empty()) out_->agent_phrases.push_back(std::move(phrase));
        }
      }
      t->Add("", "");
    }
  }

  void ConvertActor(const Actor& actor) {
    // Sort out the codes: the default, the dated ones, the special ones.
    const DatedCode* fallback = nullptr;
    std::vector<DatedCode> dated;
    for (const DatedCode& c : actor.codes) {
      DatedCode code = c;
      if (code.code.find('/') != std::string::npos) {
        // Undated, it is expanded by ApplyLegacyRules (compound_codes).
        if (c.dated) Unsupported(c.where, "dated compound actor codes (A/B); the first code is kept", code.code);
        code.code.resize(code.code.find('/'));
      }
      if (!code.dated) {
        if (fallback == nullptr) fallback = &c;
        continue;
      }
      if (IsSpecialCode(code.code)) {
        Unsupported(c.where, "date-restricted null, discard or complex codes", code.code);
        continue;
      }
      dated.push_back(std::move(code));
    }
    std::string default_code = fallback != nullptr ? fallback->code : "";
    if (default_code.find('/') != std::string::npos) default_code.resize(default_code.find('/'));
    if (default_code == "###" || default_code == "+++") {
      for (const Phrase& name : actor.names) {
        const size_t before = out_->discards.size();
        AddDiscard(name.text, false, default_code == "+++", name.where);
        if (!dated.empty() && out_->discards.size() > before) out_->discards.back().dated = true;
      }
      default_code.clear();
      if (dated.empty()) return;
    }
    if (default_code == "---") {
      if (dated.empty()) {
        Unsupported(actor.where, "null-coded actor phrases (they block nothing in dyad)", actor.names[0].text);
        return;
      }
      default_code.clear();
    }
    if (dated.empty() && default_code.empty()) return;  // reported by the reader
    for (const DatedCode& c : dated) {
      if (!IsActorCode(c.code)) {
        Unsupported(c.where, "actor codes shorter than 3 or longer than 15 characters", c.code);
        return;
      }
    }
    if (!default_code.empty() && !IsActorCode(default_code)) {
      Unsupported(actor.where, "actor codes shorter than 3 or longer than 15 characters", default_code);
      return;
    }
    // The names.
    std::vector<std::pair<std::string, Where>> names;
    for (const Phrase& phrase : actor.names) {
      for (std::string& n : NameVariants(SplitPhrase(phrase.text), FormatOf(phrase.where), /*is_actor=*/true)) {
        bool seen = false;
        for (const auto& [old, where] : names) seen |= old == n;
        if (!WritableName(n)) {
          Unsupported(phrase.where, "phrases with a | or without a word", phrase.text);
          break;
        }
        if (!seen && !n.empty()) names.emplace_back(std::move(n), phrase.where);
      }
    }
    if (names.empty()) return;
    TextOut* t = TextFor(&actor_texts_, &actor_index_, actor.where.file, "actors");
    const bool country = dated.empty() && IsCountryCode(default_code);
    const std::string option = country ? " | role -" : "";
    t->Note(Origin(actor.where));
    const size_t first_line = t->origins.size() + 1;
    if (country) {
      t->Add(util::Cat("country ", default_code, " ", names[0].first, option), Origin(names[0].second));
    } else if (!default_code.empty()) {
      t->Add(util::Cat("org ", default_code, " ", names[0].first), Origin(names[0].second));
    } else {
      t->Add(util::Cat("person ", names[0].first), Origin(names[0].second));
    }
    for (size_t i = 1; i < names.size(); ++i)
      t->Add(util::Cat("  name ", names[i].first, option), Origin(names[i].second));
    for (const DatedCode& c : dated)
      t->Add(util::Cat("  code ", c.code, " ", DateText(c.from), "..", DateText(c.to)), Origin(c.where));
    ++out_->actors;
    // Names with blanks between their words may have other words between
    // them in TABARI's reading, and in PETRARCH's inside one noun phrase.
    if (FormatOf(actor.where) != Format::kDyad) {
      for (const Phrase& phrase : actor.names) {
        Converted::SpacedName spaced;
        bool blank = false;
        for (std::string_view chunk : util::Split(util::Strip(phrase.text), ' ', true)) {
          bool first = true;
          for (std::string_view piece : util::Split(chunk, '_')) {
            if (piece.empty()) continue;
            for (std::string& w : TokenWords(Lower(piece))) {
              spaced.joined.push_back(!first);
              blank |= first && !spaced.words.empty();
              spaced.words.push_back(std::move(w));
              first = false;
            }
          }
        }
        if (!blank || spaced.words.size() < 2) continue;
        spaced.code = default_code;
        spaced.noun_phrase = FormatOf(actor.where) != Format::kTabari;
        for (const DatedCode& c : actor.codes)  // null-coded ranges too: no actor then
          if (c.dated) spaced.dated.push_back({c.from, c.to, c.code.substr(0, c.code.find('/'))});
        out_->spaced_names.push_back(std::move(spaced));
      }
    }
    // A coded compound (TABARI's [FRO/BIL/SAM]): its names are written
    // with the first code, and ApplyLegacyRules codes each member.
    if (fallback != nullptr && fallback->code.find('/') != std::string::npos && dated.empty()) {
      std::vector<std::string> members;
      for (std::string_view part : util::Split(fallback->code, '/'))
        if (IsActorCode(part)) members.emplace_back(part);
      if (members.size() > 1)
        for (size_t line = first_line; line <= t->origins.size(); ++line)
          out_->compound_codes.emplace_back(util::Cat(t->name, ":", line), members);
    }
  }

  // ---- Verbs ----

  void FlattenSynsets() {
    for (const Synset& s : dict_.synsets) {
      std::vector<std::vector<std::string>> members;
      for (const Phrase& m : s.members) {
        for (std::vector<std::string>& words : ExpandPhraseWords(m.text, 0, m.where)) {
          PToken probe;
          probe.alts = {words};
          if (!WritableWords({probe})) {
            Unsupported(m.where, "synset members dyad's pattern syntax cannot hold ($ * < / | #)", m.text);
            continue;
          }
          members.push_back(std::move(words));
        }
      }
      synsets_[s.name] = std::move(members);
    }
  }

  // The word sequences a synset member ("AUSTRIAN FLORIN", "&TIETYPES_EVENTS") stands for.
  // A word of a synset member joined to the word before it by "_" starts
  // with kJoined ("&TIETYPES_MEMOS": military, kJoined+"memos").
  static constexpr char kJoined = '\x01';
  // A word of a synset member followed by "_" ("KRONER_", "JAVANESE_YEN")
  // ends with kExact: TABARI matches it whole, not as a stem.
  static constexpr char kExact = '\x02';

  std::vector<std::vector<std::string>> ExpandPhraseWords(const std::string& text, int depth, Where where) {
    std::vector<std::vector<std::string>> out{{}};
    // Words with whether "_" joins each to the one before.
    struct Word {
      std::string text;
      bool joined;  // to the word before, by "_"
      bool exact;   // followed by "_"
    };
    std::vector<Word> words;
    for (std::string_view chunk : util::Split(util::Strip(text), ' ', true)) {
      bool first = true;
      const std::vector<std::string_view> pieces = util::Split(chunk, '_');
      for (size_t j = 0; j < pieces.size(); ++j) {
        std::string_view piece = pieces[j];
        if (piece.empty() || piece == "=") continue;
        if (piece.back() == '=') piece.remove_suffix(1);
        words.push_back(Word{Lower(piece), !first, j + 1 < pieces.size()});
        first = false;
      }
    }
    for (const auto& [word, joined, exact] : words) {
      std::vector<std::vector<std::string>> choices;
      if (word[0] == '&') {
        auto it = synsets_.find(Upper(word));
        if (it == synsets_.end() || depth > 3) {
          Unsupported(where, "undefined synsets", Upper(word));
          return {};
        }
        choices = it->second;
      } else {
        choices = {TokenWords(word)};
        if (exact && !choices[0].empty()) choices[0].back().push_back(kExact);
      }
      if (joined)
        for (auto& choice : choices)
          if (!choice.empty() && choice[0][0] != kJoined) choice[0].insert(choice[0].begin(), kJoined);
      std::vector<std::vector<std::string>> next;
      for (const auto& prefix : out) {
        for (const auto& choice : choices) {
          if (next.size() >= kMaxVariants) break;
          std::vector<std::string> v = prefix;
          v.insert(v.end(), choice.begin(), choice.end());
          next.push_back(std::move(v));
        }
      }
      out = std::move(next);
    }
    return out;
  }

  // A legacy word as dyad's tokenizer splits text ("didn't" -> did n't).
  std::vector<std::string> TokenWords(std::string_view word) {
    doc_.Clear();
    Tokenize(word, &doc_);
    std::vector<std::string> out;
    for (const Token& t : doc_.tokens) out.emplace_back(t.lower);
    return out;
  }

  // "{ A | B }" alternatives, expanded into whole pattern strings.
  std::vector<std::string> ExpandBraces(const std::string& text) {
    std::vector<std::string> out;
    std::vector<std::string> work{text};
    while (!work.empty() && out.size() < kMaxVariants) {
      std::string s = std::move(work.back());
      work.pop_back();
      const size_t open = s.find('{');
      const size_t close = open == std::string::npos ? std::string::npos : s.find('}', open);
      if (close == std::string::npos || s.substr(open, close - open).find('|') == std::string::npos) {
        out.push_back(std::move(s));
        continue;
      }
      for (std::string_view alt : util::Split(std::string_view(s).substr(open + 1, close - open - 1), '|')) {
        std::string v = s.substr(0, open) + std::string(util::Strip(alt)) + s.substr(close + 1);
        work.push_back(std::move(v));
      }
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

  // Parses one pattern string into tokens; false (reported) when unusable.
  bool ParsePattern(const std::string& text, Where where, std::vector<PToken>* out) {
    std::string s;
    for (char c : text) {
      // PETRARCH-2 phrase groups: (PREP NOUN ...) and {MODIFIER HEAD}.
      if (c == '(' || c == ')' || c == '{' || c == '}') {
        s.push_back(' ');
        continue;
      }
      s.push_back(c);
    }
    for (std::string_view chunk : util::Split(s, ' ', true)) {
      bool first = true;
      const std::vector<std::string_view> pieces = util::Split(chunk, '_');
      for (size_t j = 0; j < pieces.size(); ++j) {
        std::string_view piece = pieces[j];
        // "REAL~_PLEASANT": any ending on REAL, PLEASANT right after it.
        const bool open_ending = !piece.empty() && piece.back() == '~';
        if (open_ending) piece.remove_suffix(1);
        if (piece.empty()) continue;
        PToken t;
        t.joined = !first;
        t.exact = j + 1 < pieces.size() && !open_ending;  // "RESOLUTION_", "NEW_RELATIONS": no endings
        first = false;
        if (piece == "*") t.kind = PToken::kVerb;
        else if (piece == "$") t.kind = PToken::kSource;
        else if (piece == "+") t.kind = PToken::kTarget;
        else if (piece == "%") t.kind = PToken::kCompound;
        else if (piece == "^") t.kind = PToken::kSkip;
        else if (piece[0] == '&') {
          std::string name = Upper(piece);
          if (name.size() > 1 && name.back() == '_') name.pop_back();
          auto it = synsets_.find(name);
          if (it == synsets_.end()) {
            Unsupported(where, "undefined synsets", name);
            return false;
          }
          t.alts = it->second;
          t.synset = true;
          if (t.alts.empty()) return false;
        } else {
          std::vector<std::string> words = TokenWords(piece);
          if (words.empty()) continue;
          t.alts.push_back(std::move(words));
        }
        if (t.synset) t.exact = false;
        // "_" is enforced; TABARI does not enforce it after a synset
        // ("&NEGATION_EVER"), PETRARCH does.
        t.strict = t.joined && !out->empty() && (!out->back().synset || FormatOf(where) != Format::kTabari);
        out->push_back(std::move(t));
      }
    }
    int verbs = 0;
    for (const PToken& t : *out) verbs += t.kind == PToken::kVerb;
    if (verbs != 1) {
      Unsupported(where, "patterns with more or less than one verb marker *", text);
      return false;
    }
    return true;
  }

  // The anchors of a verb form: {before words, anchor words, after words}.
  struct Shape {
    std::vector<std::string> before;
    std::vector<std::string> anchors;
    std::vector<std::string> after;
    std::string code;  // the form's own code, or empty
    Where where;
  };

  // Reads one verb form ("BREAK_", "+CLEAR_UP", "KLM_NOP_+RST", "APPRECIATE POSITION").
  Shape FormShape(const std::string& text, Where where) {
    Shape shape;
    shape.where = where;
    const bool tabari = FormatOf(where) == Format::kTabari;
    const bool spaced = util::Strip(text).find(' ') != std::string::npos;  // words need not be adjacent
    Words w = SplitPhrase(text);
    if (w.words.empty()) return shape;
    size_t verb_at = 0;
    for (size_t i = 0; i < w.words.size(); ++i) {
      if (w.words[i][0] == '+') {
        verb_at = i;
        w.words[i].erase(0, 1);
      }
    }
    for (const std::string& word : w.words) {
      PToken probe;
      probe.alts = {{word}};
      if (word.empty() || !WritableWords({probe}) || word.find_first_of("&+%^{}()[]") != std::string::npos) {
        Unsupported(where, "verb forms dyad's pattern syntax cannot hold (left out)", text);
        return shape;
      }
    }
    for (size_t i = 0; i < w.words.size(); ++i) {
      if (i == verb_at) continue;
      auto& side = i < verb_at ? shape.before : shape.after;
      if (spaced && i > verb_at) side.push_back("**");
      side.push_back(w.words[i]);
      if (spaced && i < verb_at) side.push_back("**");
    }
    const std::string& verb = w.words[verb_at];
    if (!tabari) {
      shape.anchors = {verb};
      return shape;
    }
    // TABARI matches its verbs' words as written: WORD= the word alone,
    // WORD_ the word with or without a regular ending (-s, -es, -ed, -en,
    // -ing), a word joined to the next by "_" as written, and a stem (no
    // "_" after it) the start of any word. dyad's `=word`, `word+` and
    // `word~` anchors say the same.
    const bool last = verb_at + 1 == w.words.size();
    if (last ? w.no_endings : !spaced) shape.anchors = {"=" + verb};
    else if (last && w.last_exact) shape.anchors = {verb + "+"};
    else shape.anchors = {verb + "~"};
    return shape;
  }

  // The event block header for a legacy code, or "" (reported) when none.
  std::string BlockFor(std::string code, Where where) {
    code.erase(std::remove(code.begin(), code.end(), '?'), code.end());  // subordinate: ApplyLegacyRules
    code.erase(std::remove(code.begin(), code.end(), '!'), code.end());  // dominant: ApplyLegacyRules
    if (code == "###" || code == "+++") {
      Unsupported(where, "discard or complex codes on verbs (read as no event)", code);
      return "event none";
    }
    if (code == "---" || code.empty()) return "event none";
    std::string forward = code, reverse;
    if (const size_t colon = code.find(':'); colon != std::string::npos) {
      forward = code.substr(0, colon);
      reverse = code.substr(colon + 1);
    }
    auto real = [](const std::string& c) { return !c.empty() && !IsSpecialCode(c); };
    if (real(forward)) Declare(forward);
    if (real(reverse)) Declare(reverse);
    if (real(forward) && real(reverse))
      return forward == reverse ? util::Cat("event ", forward, " | symmetric")
                                : util::Cat("event ", forward, " | paired ", reverse);
    if (real(forward)) return util::Cat("event ", forward);
    if (real(reverse)) return util::Cat("event ", reverse, " | reversed");
    return "event none";
  }

  void Declare(const std::string& code) {
    if (declared_.count(code)) return;
    if (options_.known_code && options_.known_code(code)) {
      declared_[code] = "";
      return;
    }
    std::string label = util::Cat("legacy code ", code);
    for (const auto& [c, text] : dict_.labels)
      if (c == code) label = text;
    // The label is free text on a header line: no option bar, no comment.
    for (char& ch : label)
      if (ch == '|' || ch == '#' || ch == '\t' || ch == '\r') ch = ' ';
    label = Squeeze(label);
    declared_[code] = label.empty() ? code : label;
  }

  void ConvertVerbs() {
    // Patterns grouped by block header, per legacy file.
    struct Out {
      std::string line;
      Where where;
      bool subordinate = false;  // TABARI's [CODE?]: only when nothing else is coded
      bool dominant = false;     // TABARI's [CODE!]: the only event of its sentence
    };
    struct File {
      std::vector<std::string> headers;
      std::map<std::string, std::vector<Out>> lines;
    };
    std::map<uint32_t, File> files;
    std::vector<uint32_t> order;
    for (const Verb& verb : dict_.verbs) {
      std::vector<Shape> shapes;
      for (const VerbForm& form : verb.forms) {
        Shape s = FormShape(form.text, form.where);
        if (s.anchors.empty()) continue;
        s.code = form.code;
        for (const std::string& irregular : form.irregular) {
          Shape extra = FormShape(irregular, form.where);
          if (extra.anchors.empty()) continue;
          extra.code = form.code;
          if (extra.before.empty() && extra.after.empty() && s.before.empty() && s.after.empty()) {
            for (std::string& a : extra.anchors)
              if (std::find(s.anchors.begin(), s.anchors.end(), a) == s.anchors.end()) s.anchors.push_back(a);
          } else {
            shapes.push_back(std::move(extra));
          }
        }
        shapes.push_back(std::move(s));
      }
      if (shapes.empty()) continue;
      // TABARI's verb words for the COMPLEX limits: the one-word forms of
      // a verb that codes something. A null-coded verb is no verb there,
      // even with patterns ("On accord Gondor repelled Mordor" has an actor
      // before its first verb), nor is a phrase that does not match.
      if (FormatOf(verb.where) == Format::kTabari) {
        for (const Shape& s : shapes) {
          const std::string& code = s.code.empty() ? verb.code : s.code;
          if (code.empty() || code == "---" || !s.before.empty() || !s.after.empty()) continue;
          for (const std::string& a : s.anchors) out_->verb_words.push_back(a);
        }
      }
      // Single-word forms with the same code share one anchor list.
      std::vector<Shape> merged;
      for (Shape& s : shapes) {
        bool joined = false;
        if (s.before.empty() && s.after.empty()) {
          for (Shape& m : merged) {
            if (m.before.empty() && m.after.empty() && m.code == s.code) {
              for (std::string& a : s.anchors)
                if (std::find(m.anchors.begin(), m.anchors.end(), a) == m.anchors.end()) m.anchors.push_back(a);
              joined = true;
              break;
            }
          }
        }
        if (!joined) merged.push_back(std::move(s));
      }
      const uint32_t file = verb.where.file;
      if (!files.count(file)) order.push_back(file);
      File& f = files[file];
      auto add = [&](const std::string& header, std::string line, Where where, const std::string& code) {
        if (!f.lines.count(header)) f.headers.push_back(header);
        f.lines[header].push_back(Out{std::move(line), where, code.find('?') != std::string::npos,
                                           code.find('!') != std::string::npos});
      };
      // The bare verb: its own code, else the block's.
      for (const Shape& s : merged) {
        const std::string& code = s.code.empty() ? verb.code : s.code;
        add(BlockFor(code, s.where), PatternText(s, {}, 0), s.where, code);
      }
      // The patterns, for every form of the block.
      for (size_t index = 0; index < verb.patterns.size(); ++index) {
        const VerbPattern& p = verb.patterns[index];
        // PETRARCH does not act on complex codes on patterns: the other
        // patterns of the verb decide ("restore fxll diplomatic ties" is
        // coded by "* DIPLOMATIC").
        if (FormatOf(p.where) != Format::kTabari && Squeeze(p.code) == "+++") {
          Unsupported(p.where, "complex codes [+++] on PETRARCH patterns (left out, as PETRARCH does)", p.code);
          continue;
        }
        const std::string header = BlockFor(p.code, p.where);
        const bool tabari = FormatOf(p.where) == Format::kTabari;
        // TABARI's length: the letters and digits written, synset names not
        // counted. A pattern with alternatives is weighed by what it
        // matched, so each alternative by its own text (TABARI tries the
        // longer patterns before it accepts the match of an alternative).
        auto length = [](std::string_view text) {
          int n = 1;
          bool in_synset = false;
          for (char c : text) {
            const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (c == '&') in_synset = true;
            else if (!alnum) in_synset = false;
            else if (!in_synset) ++n;
          }
          return n;
        };
        std::vector<std::vector<PToken>> variants;
        std::vector<int> ranks;  // per variant
        for (const std::string& text : ExpandBraces(p.text)) {
          std::vector<PToken> tokens;
          if (!ParsePattern(text, p.where, &tokens)) continue;
          ExpandMultiWord(tokens, &variants);
          ranks.resize(variants.size(), length(tabari ? std::string_view(text) : std::string_view(p.text)));
        }
        if (variants.size() >= kMaxVariants)
          Unsupported(p.where, "patterns with more than 256 alternatives (the first 256 are kept)", p.text);
        // PETRARCH reads a compound after the verb as its target, the
        // subject being the source ("Eriador agrees with the Philippines
        // and France": ERI/PHL, ERI/FRA); before the verb it pairs up.
        if (FormatOf(p.where) != Format::kTabari) {
          for (auto& tokens : variants) {
            bool after_verb = false;
            for (PToken& t : tokens) {
              if (t.kind == PToken::kVerb) after_verb = true;
              else if (after_verb && t.kind == PToken::kCompound) t.kind = PToken::kTarget;
            }
            // PETRARCH's ^ skips a noun phrase, actor or not: unless an
            // actor slot follows it ("TABASKI ^ $", where it skips the
            // actor before the source), the gaps around it let any words
            // stand there ("WARN THEIR ^ ABOUT +").
            std::vector<PToken> kept;
            for (size_t k = 0; k < tokens.size(); ++k) {
              const bool slot_next = k + 1 < tokens.size() && (tokens[k + 1].kind == PToken::kSource ||
                                                               tokens[k + 1].kind == PToken::kTarget ||
                                                               tokens[k + 1].kind == PToken::kCompound);
              if (tokens[k].kind != PToken::kSkip || slot_next) kept.push_back(std::move(tokens[k]));
            }
            tokens = std::move(kept);
          }
        }
        bool reported_word = false;
        for (size_t v = 0; v < variants.size(); ++v) {
          const std::vector<PToken>& tokens = variants[v];
          int rank = ranks[v];
          // TABARI: of two patterns of the same length, the one written
          // first wins (PETRARCH prefers the longer match).
          if (tabari) rank = rank * 100 + 99 - static_cast<int>(std::min<size_t>(index, 99));
          int compound = 0, slots = 0;
          for (const PToken& t : tokens) {
            compound += t.kind == PToken::kCompound;
            slots += t.kind == PToken::kSource || t.kind == PToken::kTarget;
          }
          if (compound > 1 || (compound == 1 && slots > 0)) {
            Unsupported(p.where, "compound-actor markers % with other slots (pattern left out)", p.text);
            break;
          }
          if (!WritableWords(tokens)) {
            if (!reported_word)
              Unsupported(p.where, "pattern words dyad's syntax cannot hold ($ * < / | #) (left out)", p.text);
            reported_word = true;
            continue;
          }
          for (const Shape& s : merged) add(header, PatternText(s, tokens, rank), p.where, p.code);
        }
      }
    }
    for (uint32_t file : order) {
      TextOut* t = TextFor(&pattern_texts_, &pattern_index_, file, "events");
      if (FormatOf(Where{file, 0}) == Format::kTabari) out_->one_verb_per_clause.push_back(t->name);
      File& f = files[file];
      // Codes the codebook lacks are declared first.
      for (const auto& [code, label] : declared_) {
        if (label.empty() || declared_in_.count(code)) continue;
        declared_in_[code] = true;
        t->Add(util::Cat("code ", code, " ", label), "");
      }
      for (const std::string& header : f.headers) {
        t->Add("", "");
        t->Add(header, "");
        for (const Out& o : f.lines[header]) {
          t->Add(util::Cat("  ", o.line), Origin(o.where));
          if (o.subordinate) out_->subordinate.push_back(util::Cat(t->name, ":", t->origins.size()));
          if (o.dominant) out_->dominant.push_back(util::Cat(t->name, ":", t->origins.size()));
          ++out_->patterns;
        }
      }
    }
  }

  // Turns word alternatives of several words into separate variants.
  void ExpandMultiWord(const std::vector<PToken>& tokens, std::vector<std::vector<PToken>>* out) {
    std::vector<std::vector<PToken>> work{{}};
    for (const PToken& t : tokens) {
      bool multi = false;
      for (const auto& alt : t.alts) multi |= alt.size() != 1 || (!alt[0].empty() && alt[0][0] == kJoined);
      std::vector<std::vector<PToken>> next;
      for (const auto& prefix : work) {
        if (!multi) {
          next.push_back(prefix);
          next.back().push_back(t);
          continue;
        }
        for (const auto& alt : t.alts) {
          if (next.size() + out->size() >= kMaxVariants) break;
          std::vector<PToken> v = prefix;
          bool first = true;
          for (const std::string& written : alt) {
            const bool marked = !written.empty() && written[0] == kJoined;
            const std::string word = marked ? written.substr(1) : written;
            PToken one;
            one.alts = {{word}};
            one.joined = first ? t.joined : true;
            one.strict = first ? t.strict : marked;
            one.exact = t.exact;
            first = false;
            v.push_back(std::move(one));
          }
          next.push_back(std::move(v));
        }
      }
      work = std::move(next);
    }
    for (auto& v : work)
      if (out->size() < kMaxVariants) out->push_back(std::move(v));
  }

  // False when a name would read as actor-file syntax (an option bar) or
  // holds no visible character.
  bool WritableName(const std::string& name) {
    return name.find('|') == std::string::npos && !TokenWords(name).empty();
  }

  // False when a word would read as pattern syntax.
  static bool WritableWords(const std::vector<PToken>& tokens) {
    for (const PToken& t : tokens) {
      for (const auto& alt : t.alts) {
        for (const std::string& w : alt) {
          if (w.empty() || w[0] == '$' || w[0] == '*' || w[0] == '<' ||
              w.find_first_of("/|#") != std::string::npos)
            return false;
        }
      }
    }
    return true;
  }

  // A pattern element as dyad writes it. With `stems` (TABARI), a word not
  // followed by "_" is a stem, matched at the start of any word (`word~`).
  // With `as_written` (PETRARCH, which "only works with complete words"), a
  // word is matched as written, not by its lemma: "- * RESOLUTION" does not
  // match "resolutions"; a synset's members keep their plurals.
  static std::string Element(const PToken& t, bool stems = false, bool as_written = false) {
    switch (t.kind) {
      case PToken::kSource: return "$S";
      case PToken::kTarget: return "$T";
      case PToken::kSkip: return "$_";
      case PToken::kCompound: return "$P";
      case PToken::kVerb: return "*";
      case PToken::kWord: break;
    }
    std::vector<std::string> words;
    for (const auto& alt : t.alts) {
      if (alt.empty()) continue;
      std::string w = alt[0];
      const bool whole = !w.empty() && w.back() == kExact;
      if (whole) w.pop_back();
      if (stems && !t.exact && !whole) w += "~";
      if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(std::move(w));
    }
    return util::Cat(t.exact || (as_written && !t.synset) ? "=" : "", Join(words, "/"));
  }

  // The dyad pattern line for a verb shape and legacy pattern tokens.
  std::string PatternText(const Shape& shape, const std::vector<PToken>& tokens, int rank) {
    std::vector<std::string> before, after;
    for (const std::string& w : shape.before) before.push_back(w);
    // Legacy tokens before the verb come before the form's own words.
    std::vector<std::string> form_before = std::move(before);
    before.clear();
    size_t verb_at = tokens.size();
    for (size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].kind == PToken::kVerb) verb_at = i;
    bool has_target = false, has_source = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i == verb_at) continue;
      has_target |= tokens[i].kind == PToken::kTarget || tokens[i].kind == PToken::kCompound;
      has_source |= tokens[i].kind == PToken::kSource || tokens[i].kind == PToken::kCompound;
      auto& side = i < verb_at ? before : after;
      // A gap unless the token is joined to the one before it (for the
      // tokens before the verb: to the one after it).
      const bool joined = i < verb_at ? tokens[i + 1].joined : tokens[i].joined;
      // A word joined to the word before it (not the verb before it in
      // a word before the verb) follows it directly: `_word`.
      const bool directly = tokens[i].kind == PToken::kWord && tokens[i].strict && i > 0 &&
                            !(i < verb_at && tokens[i - 1].kind == PToken::kVerb);
      const std::string element =
          util::Cat(directly ? "_" : "", Element(tokens[i], FormatOf(shape.where) == Format::kTabari,
                                                 FormatOf(shape.where) != Format::kTabari));
      if (i < verb_at) {
        side.push_back(element);
        if (!joined) side.push_back("**");
      } else {
        if (!joined) side.push_back("**");
        side.push_back(element);
      }
    }
    before.insert(before.end(), form_before.begin(), form_before.end());
    std::string line = "verb ";
    for (const std::string& w : before) util::Append(&line, w, " ");
    std::string anchor = Join(shape.anchors, "/");
    if (!before.empty()) anchor = util::Cat("<", anchor, ">");
    line += anchor;
    for (const std::string& w : shape.after) util::Append(&line, " ", w);
    for (const std::string& w : after) util::Append(&line, " ", w);
    if (!has_target) line += " | target after";
    if (FormatOf(shape.where) == Format::kTabari) line += " | source first";
    if (rank > 0) util::Append(&line, " | rank ", rank);
    return line;
  }

  // ---- Discards ----

  void AddDiscard(const std::string& text, bool story, bool complex, Where where) {
    Converted::DiscardPhrase d;
    for (const std::string& w : SplitPhrase(text).words)
      for (std::string& t : TokenWords(w)) d.words.push_back(std::move(t));
    if (d.words.empty()) return;
    d.story = story;
    d.origin = Origin(where);
    if (complex) ++tally_["complex codes [+++] (read as a discard of the sentence)"];
    out_->discards.push_back(std::move(d));
  }

  void ConvertDiscards() {
    for (const Discard& d : dict_.discards) AddDiscard(d.text, d.story, d.complex, d.where);
  }

  // ---- Settings ----

  // TABARI's defaults (comma-delimited phrases left out, time phrases on
  // when the .verbs file has them), then the .options commands in file
  // order. TABARI's minimum of 8 words is left to the validation runner:
  // coding a text, a short sentence is coded.
  void ConvertSettings() {
    bool tabari = false, petrarch = false;
    for (Format f : dict_.file_formats) {
      tabari |= f == Format::kTabari;
      petrarch |= f == Format::kPetrarch1 || f == Format::kPetrarch2;
    }
    LegacySettings& settings = out_->settings;
    if (petrarch && !tabari) {
      // PETRARCH combines an agent with the actors of its phrase, and codes
      // one no actor takes with the null code "---" before its own
      // ("---GOV"; the validation runner turns that on).
      settings.combine_agents = true;
      settings.lone_agent = "---";
      settings.nested_events = true;
    }
    if (!tabari) return;
    settings.comma.on = true;
    settings.tabari_agents = true;
    for (const Kept& k : dict_.time_shifts) {
      const Bracketed b = SplitBrackets(k.text);
      if (b.phrase.empty() || b.phrase.front() == '-' || b.blocks.size() != 1) continue;
      const std::string code = Squeeze(b.blocks[0]);
      if (code != "###" && code != "+++") continue;
      Converted::DiscardPhrase d;
      for (const std::string& w : SplitPhrase(b.phrase).words)
        for (std::string& t : TokenWords(w)) d.words.push_back(std::move(t));
      if (d.words.empty()) continue;
      d.origin = Origin(k.where);
      out_->time_discards.push_back(std::move(d));
    }
    settings.time_shift = !dict_.time_shifts.empty();
    for (const Kept& k : dict_.options) ApplyOption(k.text, &settings);
  }

 public:
  void Finish() {
    for (const auto& text : dict_.dyad_actor_texts) out_->actor_texts.push_back(text);
    for (const auto& text : dict_.dyad_pattern_texts) out_->pattern_texts.push_back(text);
    std::sort(out_->subordinate.begin(), out_->subordinate.end());
    for (auto [list, words] : {std::pair{&dict_.nouns, &out_->nouns}, std::pair{&dict_.adjectives, &out_->adjectives}}) {
      for (const Phrase& p : *list) {
        Words w = SplitPhrase(p.text);
        if (!w.words.empty()) words->push_back(w.words.back());
      }
    }
    for (auto* list : {&out_->verb_words, &out_->nouns, &out_->adjectives}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    // TABARI reads its compound noun and adjective phrases by these lists.
    if (out_->settings.tabari_agents) {
      out_->settings.defaults.listed_joins = true;
      out_->settings.defaults.joining_nouns = out_->nouns;
      out_->settings.defaults.joining_adjectives = out_->adjectives;
    }
    std::sort(out_->dominant.begin(), out_->dominant.end());
    std::sort(out_->compound_codes.begin(), out_->compound_codes.end());
    // Longest first among those with the same first word.
    std::stable_sort(out_->spaced_names.begin(), out_->spaced_names.end(),
                     [](const Converted::SpacedName& a, const Converted::SpacedName& b) {
                       if (a.words[0] != b.words[0]) return a.words[0] < b.words[0];
                       return a.words.size() > b.words.size();
                     });
    std::stable_sort(out_->agent_phrases.begin(), out_->agent_phrases.end(),
                     [](const Converted::AgentPhrase& a, const Converted::AgentPhrase& b) {
                       if (a.words[0] != b.words[0]) return a.words[0] < b.words[0];
                       return a.words.size() > b.words.size();
                     });
    std::stable_sort(out_->discards.begin(), out_->discards.end(),
                     [](const Converted::DiscardPhrase& a, const Converted::DiscardPhrase& b) {
                       return a.words[0] < b.words[0];
                     });
    std::stable_sort(out_->time_discards.begin(), out_->time_discards.end(),
                     [](const Converted::DiscardPhrase& a, const Converted::DiscardPhrase& b) {
                       return a.words[0] < b.words[0];
                     });
    for (TextOut& t : actor_texts_) {
      out_->actor_texts.emplace_back(t.name, t.text);
      out_->line_origins.emplace_back(t.name, std::move(t.origins));
    }
    for (TextOut& t : pattern_texts_) {
      out_->pattern_texts.emplace_back(t.name, t.text);
      out_->line_origins.emplace_back(t.name, std::move(t.origins));
    }
  }

 private:
  static constexpr size_t kMaxVariants = 256;

  const Dictionary& dict_;
  const ConvertOptions& options_;
  const ProblemSink& problems_;
  Converted* out_;
  std::map<std::string, size_t> tally_;
  std::map<std::string, std::vector<std::vector<std::string>>> synsets_;
  std::map<std::string, std::string> declared_;  // code -> label ("" when known)
  std::map<std::string, bool> declared_in_;
  std::vector<TextOut> actor_texts_, pattern_texts_;
  std::map<uint32_t, size_t> actor_index_, pattern_index_;
  Document doc_;
};

}  // namespace

Converted Convert(const Dictionary& dict, const ConvertOptions& options, const ProblemSink& problems) {
  Converted out;
  Converter converter(dict, options, problems, &out);
  converter.Run();
  converter.Finish();
  return out;
}

std::string Converted::Resolve(const dyad::Origin& origin) const {
  for (const auto& [name, origins] : line_origins) {
    if (name != origin.file) continue;
    if (origin.line == 0 || origin.line > origins.size()) return "";
    return origins[origin.line - 1];
  }
  return "";
}

namespace {

// For each token of sentence `s`: 2 where an actor starts, 1 inside one.
std::vector<uint8_t> ActorMarks(const Analysis& analysis, size_t s) {
  const Sentence& sentence = analysis.doc.sentences[s];
  const uint32_t b = sentence.token_begin, e = sentence.token_end;
  std::vector<uint8_t> actor(e - b, 0);
  for (const ActorMention& m : analysis.actors) {
    if (m.sentence != s) continue;
    for (uint32_t t = std::max(m.token_begin, b); t < std::min(m.token_end, e); ++t)
      actor[t - b] = std::max<uint8_t>(actor[t - b], t == m.token_begin ? 2 : 1);
  }
  return actor;
}

// True when the conjunction at token t of the sentence [b, e) (actor marks
// as ActorMarks gives them) joins a compound rather than clauses: actors
// ("Ithilen and the Gondor", "X, Y, and Z"), listed nouns ("sheep and evil
// goats") or listed adjectives ("black and white").
bool JoinsCompound(const Converted& converted, const Document& doc, const std::vector<uint8_t>& actor, uint32_t b,
                   uint32_t e, uint32_t t) {
  if (t == b || t + 1 >= e) return false;
  uint32_t l = t - 1;  // "X, Y, and Z"
  if (doc.tokens[l].norm == "," && l > b) --l;
  const std::string_view left = doc.tokens[l].lower;
  uint32_t q = t + 1;
  auto determiner = [](std::string_view w) { return w == "the" || w == "a" || w == "an"; };
  while (q + 1 < e && (determiner(doc.tokens[q].lower) ||
                       (actor[q - b] == 0 && ListedWord(converted.adjectives, doc.tokens[q].lower))))
    ++q;
  if (actor[l - b] != 0 && actor[q - b] == 2) return true;
  if (ListedWord(converted.nouns, left) && ListedWord(converted.nouns, doc.tokens[q].lower)) return true;
  return ListedWord(converted.adjectives, left) && ListedWord(converted.adjectives, doc.tokens[t + 1].lower);
}

// TABARI codes the first verb of a clause (with `by_sentence`, of the
// sentence) that yields an event, and no other.
void OneVerbPerClause(const Converted& converted, const Analysis& analysis, bool by_sentence,
                      std::vector<Event>* events) {
  const Document& doc = analysis.doc;
  auto governed = [&](const Event& e) {
    return std::find(converted.one_verb_per_clause.begin(), converted.one_verb_per_clause.end(),
                     e.pattern.file) != converted.one_verb_per_clause.end();
  };
  // A conjunction that joins a compound (actors, listed nouns or
  // adjectives) does not start a clause; "but" joins none.
  auto clause_of = [&](const Event& e) {
    if (by_sentence || e.sentence >= doc.sentences.size()) return 0;
    const Sentence& s = doc.sentences[e.sentence];
    const std::vector<uint8_t> actor = ActorMarks(analysis, e.sentence);
    int clause = 0;
    for (uint32_t t = s.token_begin; t < s.token_end && doc.tokens[t].begin < e.verb_begin; ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.norm == ";" || tok.norm == ":") {
        ++clause;
      } else if (tok.lower == "but" || ((tok.lower == "and" || tok.lower == "or") &&
                                         !JoinsCompound(converted, doc, actor, s.token_begin, s.token_end, t))) {
        ++clause;
      }
    }
    return clause;
  };
  // The first coded verb (smallest verb_begin) of each (sentence, clause).
  std::vector<std::pair<std::pair<uint32_t, int>, uint32_t>> first;
  for (const Event& e : *events) {
    if (!governed(e)) continue;
    const auto key = std::make_pair(e.sentence, clause_of(e));
    bool found = false;
    for (auto& [k, begin] : first) {
      if (k != key) continue;
      begin = std::min(begin, e.verb_begin);
      found = true;
    }
    if (!found) first.emplace_back(key, e.verb_begin);
  }
  events->erase(std::remove_if(events->begin(), events->end(),
                               [&](const Event& e) {
                                 if (!governed(e)) return false;
                                 const auto key = std::make_pair(e.sentence, clause_of(e));
                                 for (const auto& item : first)
                                   if (item.first == key) return e.verb_begin != item.second;
                                 return false;
                               }),
                events->end());
}

bool Has(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// True when TABARI reads the word `w` (lower case, as written) as one of
// `verbs` (Converted::verb_words: "=word" as written, "word+" with a
// regular ending, "word~" a stem). `glued`: an apostrophe follows without a
// blank ("donate's"), which makes another word of it, still a stem's.
bool IsVerbWord(const std::vector<std::string>& verbs, std::string_view w, bool glued) {
  auto has = [&](const std::string& key) { return std::binary_search(verbs.begin(), verbs.end(), key); };
  for (size_t n = 1; n <= w.size(); ++n)
    if (has(util::Cat(w.substr(0, n), "~"))) return true;
  if (glued) return false;
  if (has(util::Cat("=", w)) || has(util::Cat(w, "+"))) return true;
  for (std::string_view ending : {"s", "es", "ed", "en", "ing"}) {
    if (w.size() <= ending.size() + 1 || w.substr(w.size() - ending.size()) != ending) continue;
    const std::string_view stem = w.substr(0, w.size() - ending.size());
    if (has(util::Cat(stem, "+")) || ((ending[0] == 'e' || ending[0] == 'i') && has(util::Cat(stem, "e+"))))
      return true;
  }
  return false;
}

// TABARI's COMPLEX limits for sentence `s`: true when it holds too many
// verbs or conjunctions, or no actor before its first verb. A verb is a
// word of one of TABARI's verbs that no actor covers and that TABARI does
// not read as a noun (after "the", "a", "an", or capitalized inside the
// sentence). A conjunction (and, but, or, nor) counts unless it joins a
// compound: actors ("Ithilen and the Gondor", "X, Y and Z"), listed nouns
// ("sheep and evil goats") or listed adjectives ("black and white").
bool TooComplex(const Converted& converted, const LegacySettings::Complex& limits, const Analysis& analysis,
                size_t s) {
  const Document& doc = analysis.doc;
  const Sentence& sentence = doc.sentences[s];
  const uint32_t b = sentence.token_begin, e = sentence.token_end;
  if (e <= b) return false;
  const std::vector<uint8_t> actor = ActorMarks(analysis, s);
  auto is_verb = [&](uint32_t t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord || actor[t - b] != 0) return false;
    if (tok.Has(kCapitalized) && !tok.Has(kSentenceStart)) return false;
    if (t > b) {
      const std::string_view before = doc.tokens[t - 1].lower;
      if (before == "the" || before == "a" || before == "an") return false;
    }
    const bool glued = t + 1 < e && doc.tokens[t + 1].begin == tok.end && !doc.tokens[t + 1].norm.empty() &&
                       doc.tokens[t + 1].norm[0] == '\'';
    return IsVerbWord(converted.verb_words, tok.lower, glued);
  };
  auto joins = [&](uint32_t t) { return JoinsCompound(converted, doc, actor, b, e, t); };
  int verbs = 0, conjunctions = 0;
  bool actor_prior = false, seen_verb = false;
  for (uint32_t t = b; t < e; ++t) {
    if (!seen_verb && actor[t - b] == 2) actor_prior = true;
    if (is_verb(t)) {
      if (!seen_verb && limits.no_actor_prior && !actor_prior) return true;
      seen_verb = true;
      ++verbs;
    } else if (Has({"and", "but", "or", "nor"}, doc.tokens[t].lower) && !joins(t)) {
      ++conjunctions;
    }
  }
  return (limits.verbs > 0 && verbs >= limits.verbs) || (limits.conjunctions > 0 && conjunctions >= limits.conjunctions);
}

// The number of words of a sentence as TABARI counts them: words and
// numbers set off by blanks (so "Gondor's" is one) and commas.
size_t WordCount(const Document& doc, const Sentence& sentence) {
  size_t n = 0;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.norm == ",") {
      ++n;
    } else if (tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber) {
      n += t == sentence.token_begin || doc.tokens[t - 1].end < tok.begin ||
           (doc.tokens[t - 1].kind != TokenKind::kWord && doc.tokens[t - 1].kind != TokenKind::kNumber);
    }
  }
  return n;
}

// The number of words in tokens [from, to) as TABARI counts them (commas
// aside).
size_t WordsIn(const Document& doc, uint32_t from, uint32_t to) {
  size_t n = 0;
  for (uint32_t t = from; t < to; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
    n += t == from || doc.tokens[t - 1].end < tok.begin ||
         (doc.tokens[t - 1].kind != TokenKind::kWord && doc.tokens[t - 1].kind != TokenKind::kNumber);
  }
  return n;
}

// The byte ranges of the phrases set off by commas that TABARI leaves out
// (LegacySettings::comma).
std::vector<std::pair<uint32_t, uint32_t>> CommaPhrases(const LegacySettings::Comma& limits,
                                                         const Analysis& analysis) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  if (!limits.on) return out;
  const Document& doc = analysis.doc;
  std::vector<int8_t> starts(doc.tokens.size() + 2, 0), ends(doc.tokens.size() + 2, 0);
  std::vector<uint32_t> end_of(doc.tokens.size() + 2, 0);  // token_end of the actor starting there
  for (const ActorMention& m : analysis.actors) {
    starts[m.token_begin] = 1;
    ends[m.token_end] = 1;
    end_of[m.token_begin] = m.token_end;
  }
  for (const Sentence& sentence : doc.sentences) {
    std::vector<uint32_t> commas;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (doc.tokens[t].norm != ",") continue;
      // "complete, full diplomatic ties": a comma between adjectives is
      // inside a noun phrase, which sets nothing off.
      if (t > sentence.token_begin && t + 1 < sentence.token_end && doc.tokens[t - 1].tag == Tag::kJJ &&
          doc.tokens[t + 1].tag == Tag::kJJ)
        continue;
      // "X, Y and Z": a comma between two actors joins them.
      uint32_t next = t + 1;
      const bool conjunction = next < sentence.token_end && doc.tokens[next].lower == "and";
      if (conjunction) ++next;
      if (ends[t] && next < sentence.token_end && starts[next]) continue;
      // "X, the awful Y, and good Z": a determiner and adjectives before
      // an actor that the list goes on after, or that ends it after "and".
      if (next < sentence.token_end && doc.tokens[next].lower == "the") ++next;
      for (int adjectives = 0; adjectives < 3 && next < sentence.token_end && doc.tokens[next].tag == Tag::kJJ &&
                               !starts[next];
           ++adjectives)
        ++next;
      if (ends[t] && next < sentence.token_end && starts[next] &&
          (conjunction || (end_of[next] < sentence.token_end && (doc.tokens[end_of[next]].norm == "," ||
                                                                 doc.tokens[end_of[next]].lower == "and"))))
        continue;
      commas.push_back(t);
    }
    if (commas.empty()) continue;
    auto within = [](size_t n, int lo, int hi) { return static_cast<int>(n) >= lo && static_cast<int>(n) <= hi; };
    auto drop = [&](uint32_t from, uint32_t to) {
      if (from < to) out.emplace_back(doc.tokens[from].begin, doc.tokens[to - 1].end);
    };
    size_t k = 0;  // the comma that may open the next phrase
    if (within(WordsIn(doc, sentence.token_begin, commas.front()), limits.bmin, limits.bmax)) {
      drop(sentence.token_begin, commas.front() + 1);
      k = 1;
    }
    // A phrase left out takes both its commas: the one that closes it
    // opens no other.
    while (k + 1 < commas.size()) {
      if (within(WordsIn(doc, commas[k] + 1, commas[k + 1]), limits.min, limits.max)) {
        drop(commas[k], commas[k + 1] + 1);
        k += 2;
      } else {
        ++k;
      }
    }
    if (k + 1 == commas.size() &&
        within(WordsIn(doc, commas.back() + 1, sentence.token_end), limits.emin, limits.emax))
      drop(commas.back(), sentence.token_end);
  }
  return out;
}

// True when a clause of its own starts at token q: a subject, if any (words
// of a noun phrase), then a finite verb ("an Ithilen official said", "signed
// a treaty" after "and"). A clause whose verb a comma follows right away
// (", it seems,") is set in the phrase around it and starts none.
bool StartsOwnClause(const Document& doc, const Sentence& sentence, uint32_t q) {
  for (uint32_t k = q; k < sentence.token_end && k < q + 8; ++k) {
    const Tag tag = doc.tokens[k].tag;
    if (tag == Tag::kVBD || tag == Tag::kVBZ || tag == Tag::kVBP || tag == Tag::kMD)
      return k + 1 >= sentence.token_end || doc.tokens[k + 1].norm != ",";
    const bool nominal = tag == Tag::kDT || tag == Tag::kPDT || tag == Tag::kPRP || tag == Tag::kPRPS ||
                         tag == Tag::kJJ || tag == Tag::kJJR || tag == Tag::kJJS || tag == Tag::kNN ||
                         tag == Tag::kNNS || tag == Tag::kNNP || tag == Tag::kNNPS || tag == Tag::kCD ||
                         tag == Tag::kPOS ||
                         // "a visibly angry official", "the crowds of
                         // Eriador": not as the first word
                         (k > q && (tag == Tag::kRB || tag == Tag::kVBN || doc.tokens[k].lower == "of"));
    if (!nominal) return false;
  }
  return false;
}

// The end (a token) of the verb phrase of the verb at token v, as
// PETRARCH's parse trees give it: the rest of the clause, with its objects,
// the clauses set under it ("after crowds burned down its embassy") and the
// phrases set off by commas inside it, up to a semicolon, a colon, or a
// comma or conjunction that opens a clause of its own.
uint32_t VerbPhraseEnd(const Document& doc, const Sentence& sentence, uint32_t v) {
  for (uint32_t q = v + 1; q < sentence.token_end; ++q) {
    const Token& t = doc.tokens[q];
    if (t.norm == ";" || t.norm == ":") return q;
    if ((t.norm == "," || Has({"and", "but", "or", "nor"}, t.lower)) && StartsOwnClause(doc, sentence, q + 1))
      return q;
  }
  return sentence.token_end;
}

// The token an event's verb starts at, or the sentence's end.
uint32_t VerbToken(const Document& doc, const Sentence& sentence, const Event& e) {
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t)
    if (doc.tokens[t].begin == e.verb_begin) return t;
  return sentence.token_end;
}

// PETRARCH looks for no verb inside the verb phrase of a verb it has coded:
// drops the events whose verb stands in the verb phrase of the verb of
// another event kept before it ("Arnor restored ties with Gondor after
// crowds burned down its embassy" is the restoring only).
void DropInnerVerbs(const Analysis& analysis, std::vector<Event>* events) {
  const Document& doc = analysis.doc;
  std::vector<uint32_t> verb(events->size()), end(events->size());
  std::vector<size_t> order(events->size());
  for (size_t a = 0; a < events->size(); ++a) {
    const Event& e = (*events)[a];
    order[a] = a;
    if (e.sentence >= doc.sentences.size()) {
      verb[a] = end[a] = 0;
      continue;
    }
    const Sentence& sentence = doc.sentences[e.sentence];
    verb[a] = VerbToken(doc, sentence, e);
    end[a] = verb[a] < sentence.token_end ? VerbPhraseEnd(doc, sentence, verb[a]) : verb[a];
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Event &ex = (*events)[x], &ey = (*events)[y];
    return ex.sentence != ey.sentence ? ex.sentence < ey.sentence : verb[x] < verb[y];
  });
  std::vector<bool> dropped(events->size(), false);
  for (size_t i = 0; i < order.size(); ++i) {
    const size_t a = order[i];
    for (size_t j = 0; j < i && !dropped[a]; ++j) {
      const size_t b = order[j];
      dropped[a] = !dropped[b] && (*events)[b].sentence == (*events)[a].sentence && verb[b] < verb[a] &&
                   verb[a] < end[b];
    }
  }
  size_t kept = 0;
  for (size_t a = 0; a < events->size(); ++a) {
    if (dropped[a]) continue;
    if (kept != a) (*events)[kept] = std::move((*events)[a]);
    ++kept;
  }
  events->resize(kept);
}

// PETRARCH looks for a verb's source between the verb and the comma before
// it (its parse tree keeps no comma inside a noun phrase, and one between
// adjectives or actors of a list is such a comma), and takes the first actor
// there, however deep in the subject it stands ("Osgiliath centre of a row
// between Mithrandir the Grey condemned Eriador" is Osgiliath's). An event
// whose source stands before that comma ("On the embassies of Arnor, he
// condemned Eriador") has none and is dropped; one whose source follows
// another actor of the stretch after a preposition takes that actor,
// unless a conjunction stands between that actor and the verb (a compound,
// "Osgiliath's envoys and officials of Gondor", whose members all stay
// sources). Passive sources (after the verb) stay as they are.
void ReadSourcesInClause(const LegacySettings& settings, const Analysis& analysis, std::vector<Event>* events) {
  const Document& doc = analysis.doc;
  std::vector<int32_t> starting(doc.tokens.size() + 1, -1), ending(doc.tokens.size() + 1, -1);
  for (size_t k = 0; k < analysis.actors.size(); ++k) {
    const ActorMention& m = analysis.actors[k];
    if (m.end <= m.begin) continue;
    if (starting[m.token_begin] < 0) starting[m.token_begin] = static_cast<int32_t>(k);
    ending[m.token_end] = static_cast<int32_t>(k);
  }
  auto token_at = [&](const Sentence& sentence, uint32_t byte) {
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t)
      if (doc.tokens[t].begin <= byte && byte < doc.tokens[t].end) return t;
    return sentence.token_end;
  };
  // A comma inside a noun phrase: between adjectives, or after an actor
  // that another actor follows (after "and", "the" and adjectives).
  auto inner_comma = [&](const Sentence& sentence, uint32_t t) {
    if (t == sentence.token_begin || t + 1 >= sentence.token_end) return false;
    if (doc.tokens[t - 1].tag == Tag::kJJ && doc.tokens[t + 1].tag == Tag::kJJ) return true;
    if (ending[t] < 0) return false;
    uint32_t next = t + 1;
    while (next < sentence.token_end && starting[next] < 0 &&
           (Has({"and", "the"}, doc.tokens[next].lower) || doc.tokens[next].tag == Tag::kJJ))
      ++next;
    return next < sentence.token_end && starting[next] >= 0;
  };
  // The commas of a phrase the COMMA rule left out go with it ("Arnor's
  // envoy, in remarks made on Sunday, condemned Eriador").
  const auto phrases = CommaPhrases(settings.comma, analysis);
  auto left_out = [&](uint32_t t) {
    for (const auto& [from, to] : phrases)
      if (doc.tokens[t].begin >= from && doc.tokens[t].begin < to) return true;
    return false;
  };
  size_t kept = 0;
  for (size_t a = 0; a < events->size(); ++a) {
    Event& e = (*events)[a];
    bool keep = true;
    if (e.sentence < doc.sentences.size() && e.source.end > e.source.begin && e.source.end <= e.verb_begin) {
      const Sentence& sentence = doc.sentences[e.sentence];
      const uint32_t v = VerbToken(doc, sentence, e);
      const uint32_t s = token_at(sentence, e.source.begin);
      uint32_t start = sentence.token_begin;
      for (uint32_t q = sentence.token_begin; q < v && q < sentence.token_end; ++q) {
        const std::string_view w = doc.tokens[q].norm;
        if (w == ";" || w == ":" || (w == "," && !inner_comma(sentence, q) && !left_out(q))) start = q + 1;
      }
      if (s < start) {
        keep = false;
      } else {
        // The first actor of the stretch, if a preposition stands between
        // it and the source.
        // An agent no actor took ("lawmakers", ---LEG) is none.
        for (uint32_t q = start; q < s; ++q) {
          if (starting[q] < 0 || analysis.actors[static_cast<size_t>(starting[q])].code.rfind("---", 0) == 0)
            continue;
          const ActorMention& first = analysis.actors[static_cast<size_t>(starting[q])];
          bool preposition = false, conjunction = false;
          for (uint32_t k = first.token_end; k < v; ++k) {
            preposition |= k < s && doc.tokens[k].tag == Tag::kIN;
            conjunction |= doc.tokens[k].tag == Tag::kCC;
          }
          if (preposition && !conjunction && first.code != e.target.code)
            e.source = EventActor{first.code, first.country, first.role, first.begin, first.end};
          break;
        }
      }
    }
    if (!keep) continue;
    if (kept != a) (*events)[kept] = std::move((*events)[a]);
    ++kept;
  }
  events->resize(kept);
}

// True when the words [from, to) hold an object noun phrase as PETRARCH's
// parse trees give one: a noun or pronoun, but not a bare time phrase
// ("said today", "called late Sunday"), which the parser marks as a time
// and PETRARCH does not read as a noun phrase; after a preposition ("said
// on Saturday") the time is an object.
bool HasObject(const Document& doc, uint32_t from, uint32_t to) {
  auto timely = [](std::string_view w) {
    return Has({"today", "yesterday", "tomorrow", "tonight", "now", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday"},
               w);
  };
  for (uint32_t q = from; q < to; ++q) {
    const Token& t = doc.tokens[q];
    const bool noun = t.tag == Tag::kNN || t.tag == Tag::kNNS || t.tag == Tag::kNNP || t.tag == Tag::kNNPS ||
                      t.tag == Tag::kPRP || t.tag == Tag::kCD;
    if (!noun) continue;
    if (!timely(t.lower)) return true;
    uint32_t k = q;
    while (k > from && (doc.tokens[k - 1].tag == Tag::kJJ || doc.tokens[k - 1].tag == Tag::kDT)) --k;
    if (k > from && doc.tokens[k - 1].tag == Tag::kIN) return true;
  }
  return false;
}

// PETRARCH's null target (DefaultActors::null_target) stands for an object
// of the verb that names no actor; its target search reads the whole verb
// phrase (VerbPhraseEnd), subordinate clauses and phrases set off by commas
// included. An event with the null target takes the first actor of its
// verb phrase that is not its source ("restore ties with Rohan, five years
// after Eriador crowds ..." is ARN/ERI), and one whose verb has no
// object at all ("an Arnor official said today") is dropped.
void ReadNullTargets(const LegacySettings& settings, const Analysis& analysis, std::vector<Event>* events) {
  const std::string& null = settings.defaults.null_target;
  if (null.empty()) return;
  const Document& doc = analysis.doc;
  size_t kept = 0;
  for (size_t a = 0; a < events->size(); ++a) {
    Event& e = (*events)[a];
    bool keep = true;
    if (e.target.code == null && e.target.begin == e.verb_begin && e.sentence < doc.sentences.size()) {
      const Sentence& sentence = doc.sentences[e.sentence];
      const uint32_t v = VerbToken(doc, sentence, e);
      const uint32_t end = v < sentence.token_end ? VerbPhraseEnd(doc, sentence, v) : v;
      const ActorMention* object = nullptr;
      for (const ActorMention& m : analysis.actors)
        if (m.end > m.begin && m.token_begin > v && m.token_begin < end && m.code != e.source.code &&
            (object == nullptr || m.token_begin < object->token_begin))
          object = &m;
      if (object != nullptr)
        e.target = EventActor{object->code, object->country, object->role, object->begin, object->end};
      else
        keep = v < sentence.token_end && HasObject(doc, v + 1, end);
    }
    if (!keep) continue;
    if (kept != a) (*events)[kept] = std::move((*events)[a]);
    ++kept;
  }
  events->resize(kept);
}

// The members of the coded compound an event actor was found as (TABARI's
// [FRO/BIL/SAM]), with the role the mention added, or none.
std::vector<std::string> Members(const Converted& converted, const Analysis& analysis, const EventActor& a) {
  for (const ActorMention& m : analysis.actors) {
    if (m.begin != a.begin || m.end != a.end || m.code != a.code) continue;
    const std::string key = util::Cat(m.origin.file, ":", m.origin.line);
    auto it = std::lower_bound(converted.compound_codes.begin(), converted.compound_codes.end(), key,
                               [](const auto& item, const std::string& k) { return item.first < k; });
    if (it == converted.compound_codes.end() || it->first != key) return {};
    const std::string& first = it->second.front();
    if (a.code.compare(0, first.size(), first) != 0) return {};
    const std::string role = a.code.substr(first.size());
    std::vector<std::string> out;
    for (const std::string& member : it->second) out.push_back(member + role);
    return out;
  }
  return {};
}

// Codes each member of a coded compound actor, paired with each member of
// the other side (no actor with itself).
void ExpandCompounds(const Converted& converted, const Analysis& analysis, std::vector<Event>* events) {
  std::vector<Event> out;
  bool any = false;
  for (const Event& e : *events) {
    std::vector<std::string> sources = Members(converted, analysis, e.source);
    std::vector<std::string> targets = Members(converted, analysis, e.target);
    if (sources.empty() && targets.empty()) {
      out.push_back(e);
      continue;
    }
    any = true;
    if (sources.empty()) sources.push_back(e.source.code);
    if (targets.empty()) targets.push_back(e.target.code);
    for (const std::string& s : sources)
      for (const std::string& t : targets) {
        if (s == t) continue;
        Event copy = e;
        copy.source.code = s;
        copy.target.code = t;
        out.push_back(std::move(copy));
      }
  }
  if (any) *events = std::move(out);
}

// Marks the sentences that hold one of `phrases` (sorted by first word);
// returns true when one of them is a story-level phrase.
bool MarkPhrases(const std::vector<Converted::DiscardPhrase>& phrases, const Analysis& analysis,
                 std::vector<bool>* dropped) {
  const Document& doc = analysis.doc;
  // True when an actor mention covers token t (a dated code held there).
  auto named = [&](uint32_t t) {
    for (const ActorMention& m : analysis.actors)
      if (m.end > m.begin && m.token_begin <= t && t < m.token_end) return true;
    return false;
  };
  bool story = false;
  for (size_t s = 0; s < doc.sentences.size() && !story; ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t i = sentence.token_begin; i < sentence.token_end && !(*dropped)[s]; ++i) {
      const std::string_view first = doc.tokens[i].lower;
      auto from = std::lower_bound(phrases.begin(), phrases.end(), first,
                                   [](const Converted::DiscardPhrase& d, std::string_view w) {
                                     return std::string_view(d.words[0]) < w;
                                   });
      for (auto it = from; it != phrases.end() && it->words[0] == first; ++it) {
        const Converted::DiscardPhrase& d = *it;
        if (i + d.words.size() > sentence.token_end) continue;
        bool match = true;
        for (size_t k = 0; k < d.words.size() && match; ++k) match = doc.tokens[i + k].lower == d.words[k];
        if (!match || (d.dated && named(i))) continue;
        (*dropped)[s] = true;
        story |= d.story;
        break;
      }
    }
  }
  return story;
}

}  // namespace

size_t DropCommaPhraseActors(const LegacySettings& settings, Analysis* analysis) {
  const auto phrases = CommaPhrases(settings.comma, *analysis);
  if (phrases.empty()) return 0;
  auto& actors = analysis->actors;
  const size_t before = actors.size();
  actors.erase(std::remove_if(actors.begin(), actors.end(),
                              [&](const ActorMention& m) {
                                if (m.end <= m.begin) return false;  // stands for no text
                                for (const auto& [from, to] : phrases)
                                  if (m.begin >= from && m.begin < to) return true;
                                return false;
                              }),
               actors.end());
  return before - actors.size();
}

size_t ApplyLegacyRules(const Converted& converted, const Analysis& analysis, std::vector<Event>* events) {
  return ApplyLegacyRules(converted, converted.settings, analysis, events);
}

// True when the verb at byte `begin` follows "to" (an infinitive).
bool Infinitive(const Document& doc, uint32_t begin) {
  for (size_t t = 1; t < doc.tokens.size(); ++t)
    if (doc.tokens[t].begin == begin) return doc.tokens[t - 1].lower == "to";
  return false;
}

size_t ApplyLegacyRules(const Converted& converted, const LegacySettings& settings, const Analysis& analysis,
                        std::vector<Event>* events) {
  if (events->empty()) return 0;
  if (!converted.compound_codes.empty()) ExpandCompounds(converted, analysis, events);
  const size_t start = events->size();
  // Subordinate events go when their sentence has another event.
  // When every event is coded, a dominant one is the only one of its
  // sentence (otherwise the first event of the clause wins anyway).
  if (!converted.dominant.empty() && settings.code_by == LegacySettings::CodeBy::kAll) {
    auto dominant = [&](const Event& e) {
      return std::binary_search(converted.dominant.begin(), converted.dominant.end(),
                                util::Cat(e.pattern.file, ":", e.pattern.line));
    };
    std::vector<bool> has_dominant;
    for (const Event& e : *events) {
      if (e.sentence >= has_dominant.size()) has_dominant.resize(e.sentence + 1, false);
      if (dominant(e)) has_dominant[e.sentence] = true;
    }
    events->erase(std::remove_if(events->begin(), events->end(),
                                 [&](const Event& e) { return has_dominant[e.sentence] && !dominant(e); }),
                  events->end());
  }
  if (!converted.subordinate.empty()) {
    auto subordinate = [&](const Event& e) {
      return std::binary_search(converted.subordinate.begin(), converted.subordinate.end(),
                                util::Cat(e.pattern.file, ":", e.pattern.line));
    };
    std::vector<bool> has_other;
    for (const Event& e : *events) {
      if (e.sentence >= has_other.size()) has_other.resize(e.sentence + 1, false);
      if (!subordinate(e)) has_other[e.sentence] = true;
    }
    events->erase(std::remove_if(events->begin(), events->end(),
                                 [&](const Event& e) { return has_other[e.sentence] && subordinate(e); }),
                  events->end());
  }
  // PETRARCH: a verb whose target was found inside the clause of a later
  // verb that has an event of its own gives way to that event.
  if (settings.nested_events) {
    std::vector<bool> nesting(events->size(), false);
    for (size_t a = 0; a < events->size(); ++a) {
      const Event& outer = (*events)[a];
      if (outer.target.end <= outer.target.begin) continue;
      for (size_t b = 0; b < events->size(); ++b) {
        const Event& inner = (*events)[b];
        if (inner.sentence != outer.sentence || inner.verb_begin <= outer.verb_end ||
            inner.verb_begin >= outer.target.begin)
          continue;
        // "abandoned efforts to stop an anti- Gondor parade": an
        // infinitive has no subject of its own; the verb it complements
        // codes the event, with the infinitive's target.
        if (Infinitive(analysis.doc, inner.verb_begin) && inner.source.code == outer.source.code) nesting[b] = true;
        else nesting[a] = true;
      }
    }
    size_t kept = 0;
    for (size_t a = 0; a < events->size(); ++a) {
      if (nesting[a]) continue;
      if (kept != a) (*events)[kept] = std::move((*events)[a]);
      ++kept;
    }
    events->resize(kept);
  }
  // Events in a phrase set off by commas that TABARI leaves out.
  if (const auto phrases = CommaPhrases(settings.comma, analysis); !phrases.empty()) {
    auto inside = [&](uint32_t at) {
      for (const auto& [from, to] : phrases)
        if (at >= from && at < to) return true;
      return false;
    };
    events->erase(std::remove_if(events->begin(), events->end(),
                                 [&](const Event& e) {
                                   return inside(e.verb_begin) ||
                                          (e.source.end > e.source.begin && inside(e.source.begin)) ||
                                          (e.target.end > e.target.begin && inside(e.target.begin));
                                 }),
                  events->end());
  }
  // PETRARCH leaves the phrases out of its parse tree before it looks for
  // verbs, and then none inside the verb phrase of a coded one.
  if (settings.verb_phrases) {
    DropInnerVerbs(analysis, events);
    ReadSourcesInClause(settings, analysis, events);
    ReadNullTargets(settings, analysis, events);
  }
  // Then the first verb of each clause, among those outside such phrases
  // (TABARI leaves the phrases out before it reads the clauses).
  if (!converted.one_verb_per_clause.empty() && settings.code_by != LegacySettings::CodeBy::kAll)
    OneVerbPerClause(converted, analysis, settings.code_by == LegacySettings::CodeBy::kSentence, events);
  const Document& doc = analysis.doc;
  std::vector<bool> dropped(doc.sentences.size(), false);
  if (settings.minimum_words > 0)
    for (size_t s = 0; s < doc.sentences.size(); ++s)
      dropped[s] = WordCount(doc, doc.sentences[s]) < static_cast<size_t>(settings.minimum_words);
  if (settings.complex.on())
    for (size_t s = 0; s < doc.sentences.size(); ++s)
      if (!dropped[s]) dropped[s] = TooComplex(converted, settings.complex, analysis, s);
  bool story = MarkPhrases(converted.discards, analysis, &dropped);
  if (settings.time_shift) story |= MarkPhrases(converted.time_discards, analysis, &dropped);
  events->erase(std::remove_if(events->begin(), events->end(),
                               [&](const Event& e) {
                                 return story || (e.sentence < dropped.size() && dropped[e.sentence]);
                               }),
                events->end());
  return start - events->size();
}

}  // namespace dyad::legacy
