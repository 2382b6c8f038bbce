// The validation suites of TABARI (annotated .text records) and PETRARCH
// (XML unit-test records), read into SuiteRecords, and the runner that codes
// each record's raw text and compares the events with the expected ones.
//
// TABARI:    950101  DEMO-01                  date (YYMMDD) and id
//            Arnor is about to restore ...    text
//            /* ... \n{ ARN / GON / 064 } */   expected events in a comment
// PETRARCH:  <Sentence date="19950101" id="DEMO-01" category="DEMO" ...>
//            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">
//            <Text> ... </Text> <Parse> ... </Parse> </Sentence>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "legacy/common.h"
#include "util/strings.h"

namespace dyad::legacy {
namespace fs = std::filesystem;
namespace {

std::optional<Date> DateOf(std::string_view digits) {
  std::string error;
  const int key = ParseLegacyDate(digits, &error);
  if (key == 0) return std::nullopt;
  return Date{key / 10000, key / 100 % 100, key % 100};
}

std::string Collapse(std::string_view text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      blank = !out.empty();
      continue;
    }
    if (blank) out.push_back(' ');
    blank = false;
    out.push_back(c);
  }
  return out;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Reads the expectations in a TABARI comment block.
void ReadExpectations(std::string_view comment, SuiteRecord* record, const ProblemSink& problems,
                      const std::string& file) {
  size_t pos = 0;
  bool any = false;
  while ((pos = comment.find('{', pos)) != std::string_view::npos) {
    const bool stop = pos > 0 && comment[pos - 1] == '-';
    size_t close = comment.find('}', pos);
    std::string_view inside =
        comment.substr(pos + 1, close == std::string_view::npos ? comment.npos : close - pos - 1);
    pos = close == std::string_view::npos ? comment.size() : close + 1;
    if (stop) {
      record->only_listed = true;
      any = true;
      break;
    }
    if (const size_t at = Upper(inside).find("OPTION:"); at != std::string::npos) {
      record->option_record = true;
      record->note = Collapse(inside);
      record->options.push_back(Collapse(inside.substr(at + 7)));
      any = true;
      continue;
    }
    std::string squeezed;
    for (char c : inside)
      if (c != ' ' && c != '\t') squeezed.push_back(c);
    if (squeezed.empty()) continue;  // "{}" in prose
    if (squeezed == "---" || squeezed == "###" || squeezed == "+++") {
      record->expect_none = true;
      record->note = squeezed == "---" ? "no event" : squeezed == "###" ? "discarded" : "too complex";
      any = true;
      continue;
    }
    std::vector<std::string_view> parts = util::Split(inside, '/');
    if (parts.size() != 3) {
      if (problems)
        problems(Problem{file, record->line, util::Cat(record->id, ": unreadable expectation {", inside, "}")});
      continue;
    }
    record->expected.push_back(ExpectedEvent{std::string(util::Strip(parts[0])), std::string(util::Strip(parts[1])),
                                             std::string(util::Strip(parts[2]))});
    any = true;
  }
  if (!any && problems) problems(Problem{file, record->line, util::Cat(record->id, ": no expectation")});
}

absl::StatusOr<Suite> ReadTabariSuite(const std::string& path, std::string_view text,
                                      const ProblemSink& problems) {
  Suite suite;
  suite.file = path;
  suite.tabari = true;
  std::vector<std::string_view> lines = util::Split(text, '\n');
  // Problems are held until the standard part is known, so that records
  // outside it are not reported.
  std::vector<std::pair<std::string, Problem>> held;
  const ProblemSink hold = [&](const Problem& p) {
    held.emplace_back(suite.records.empty() ? "" : suite.records.back().id, p);
  };
  SuiteRecord* record = nullptr;
  enum class State { kBetween, kText, kComment } state = State::kBetween;
  std::string body, comment;
  auto finish = [&] {
    if (record == nullptr) return;
    record->text = Collapse(body);
    ReadExpectations(comment, record, hold, path);
    record = nullptr;
    body.clear();
    comment.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    {
      // A record header starts a record even when the comment before it
      // was never closed (TABARI reads records by their headers).
      std::vector<std::string_view> words = util::Split(util::Strip(line), ' ', true);
      if (words.size() >= 2 && words[0].size() > 6 && words[0][6] == '\t') {
        words.insert(words.begin() + 1, words[0].substr(7));
        words[0] = words[0].substr(0, 6);
      }
      if (line.size() >= 6 && words.size() >= 2 && words[0].size() == 6 && IsDigits(words[0]) &&
          line.substr(0, 6) == words[0]) {
        finish();
        suite.records.emplace_back();
        record = &suite.records.back();
        record->id = std::string(util::Strip(words[1]));
        record->date = DateOf(words[0]);
        record->line = static_cast<uint32_t>(i + 1);
        state = State::kText;
        continue;
      }
    }
    if (state == State::kBetween || record == nullptr) continue;
    if (state == State::kText) {
      const size_t open = line.find("/*");
      if (open == std::string_view::npos) {
        util::Append(&body, line, "\n");
        continue;
      }
      util::Append(&body, line.substr(0, open), "\n");
      line = line.substr(open + 2);
      state = State::kComment;
    }
    const size_t close = line.find("*/");
    comment.append(line.substr(0, close));
    comment.push_back('\n');
    if (close != std::string_view::npos) state = State::kBetween;
  }
  finish();
  // The standard part: from START-00 through FINAL-01, when present.
  auto start = std::find_if(suite.records.begin(), suite.records.end(),
                            [](const SuiteRecord& r) { return r.id == "START-00"; });
  auto final = std::find_if(suite.records.begin(), suite.records.end(),
                            [](const SuiteRecord& r) { return r.id == "FINAL-01"; });
  if (start != suite.records.end() && final != suite.records.end() && start < final) {
    suite.records.erase(final + 1, suite.records.end());
    suite.records.erase(suite.records.begin(), start);
  }
  if (problems) {
    for (const auto& item : held) {
      const std::string& id = item.first;
      const bool kept = std::any_of(suite.records.begin(), suite.records.end(),
                                    [&](const SuiteRecord& r) { return r.id == id; });
      if (kept) problems(item.second);
    }
  }
  // The dictionaries: the .project file beside it that names this text file.
  std::error_code ec;
  const fs::path dir = fs::path(path).parent_path();
  const std::string base = fs::path(path).filename().string();
  std::vector<fs::path> projects;
  for (const auto& item : fs::directory_iterator(dir.empty() ? fs::path(".") : dir, ec))
    if (item.path().extension() == ".project") projects.push_back(item.path());
  std::sort(projects.begin(), projects.end());
  for (const fs::path& project : projects) {
    std::ifstream in(project, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    const std::string text = contents.str();  // the views below point into it
    for (std::string_view l : util::Split(text, '\n')) {
      l = util::Strip(l);
      if (Lower(l).rfind("<textfile>", 0) == 0 && util::Strip(l.substr(10)) == base) {
        suite.dictionaries.push_back(project.string());
        break;
      }
    }
    if (!suite.dictionaries.empty()) break;
  }
  return suite;
}

// Attributes of an XML start tag: name="value" or name='value', blanks allowed around =.
std::vector<std::pair<std::string, std::string>> Attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t pos = tag.find_first_of(" \t\n");
  while (pos != std::string_view::npos && pos < tag.size()) {
    const size_t eq = tag.find('=', pos);
    if (eq == std::string_view::npos) break;
    const std::string name(util::Strip(tag.substr(pos, eq - pos)));
    size_t q = eq + 1;
    while (q < tag.size() && (tag[q] == ' ' || tag[q] == '\t')) ++q;
    if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) break;
    const char quote = tag[q];
    const size_t end = tag.find(quote, q + 1);
    if (end == std::string_view::npos) break;
    out.emplace_back(name, std::string(tag.substr(q + 1, end - q - 1)));
    pos = end + 1;
  }
  return out;
}

std::string Attribute(const std::vector<std::pair<std::string, std::string>>& attributes, std::string_view name) {
  for (const auto& [n, v] : attributes)
    if (n == name) return v;
  return "";
}

bool HasAttribute(const std::vector<std::pair<std::string, std::string>>& attributes, std::string_view name) {
  for (const auto& a : attributes)
    if (a.first == name) return true;
  return false;
}

std::string Unescape(std::string_view s) {
  std::string out(s);
  const std::pair<std::string_view, std::string_view> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : entities) {
    size_t at = 0;
    while ((at = out.find(from, at)) != std::string::npos) {
      out.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return out;
}

absl::StatusOr<Suite> ReadPetrarchSuite(const std::string& path, std::string_view text,
                                        const ProblemSink& problems) {
  Suite suite;
  suite.file = path;
  auto line_of = [&](size_t offset) {
    return static_cast<uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n') + 1);
  };
  SuiteRecord* record = nullptr;
  // <Config> settings seen since the last record, for the next one.
  std::vector<std::pair<std::string, std::string>> config;
  size_t pos = 0;
  while ((pos = text.find('<', pos)) != std::string_view::npos) {
    if (text.substr(pos, 4) == "<!--") {
      const size_t end = text.find("-->", pos);
      pos = end == std::string_view::npos ? text.size() : end + 3;
      continue;
    }
    const size_t close = text.find('>', pos);
    if (close == std::string_view::npos) break;
    const std::string_view tag = text.substr(pos + 1, close - pos - 1);
    const size_t name_end = tag.find_first_of(" \t\n/");
    const std::string_view name = tag.substr(0, name_end);
    const size_t start = pos;
    pos = close + 1;
    if (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" || name == "Discardfile") {
      const size_t end = text.find('<', pos);
      const std::string file(util::Strip(text.substr(pos, end - pos)));
      if (!file.empty()) suite.dictionaries.push_back(file);
    } else if (name == "Config") {
      const auto attributes = Attributes(tag);
      config.emplace_back(Attribute(attributes, "option"), Attribute(attributes, "value"));
    } else if (name == "Sentence") {
      const auto attributes = Attributes(tag);
      suite.records.emplace_back();
      record = &suite.records.back();
      record->config = std::move(config);
      config.clear();
      record->id = Attribute(attributes, "id");
      record->category = Attribute(attributes, "category");
      record->date = DateOf(Attribute(attributes, "date"));
      record->line = line_of(start);
      if (Attribute(attributes, "sentence") == "false") record->note = "not coded by PETRARCH (sentence=\"false\")";
      if (!record->date && problems)
        problems(Problem{path, record->line, util::Cat(record->id, ": no readable date")});
    } else if (name == "EventCoding" && record != nullptr) {
      const auto attributes = Attributes(tag);
      if (HasAttribute(attributes, "noevents")) {
        record->expect_none = true;
      } else if (HasAttribute(attributes, "error")) {
        const std::string error = Attribute(attributes, "error");
        record->expect_none = true;
        record->note = util::Cat("error ", error);
        if (error == "bad_input_parse") {
          record->not_applicable = true;
          record->note = "tests a malformed parse tree, which dyad does not read";
        }
      } else {
        record->expected.push_back(ExpectedEvent{Attribute(attributes, "sourcecode"),
                                                 Attribute(attributes, "targetcode"),
                                                 Attribute(attributes, "eventcode")});
      }
    } else if (name == "Text" && record != nullptr) {
      const size_t end = text.find("</Text>", pos);
      record->text = Unescape(Collapse(text.substr(pos, end == std::string_view::npos ? text.npos : end - pos)));
      pos = end == std::string_view::npos ? text.size() : end + 7;
    } else if (name == "Parse") {
      const size_t end = text.find("</Parse>", pos);
      pos = end == std::string_view::npos ? text.size() : end + 8;
    } else if (name == "/Sentence") {
      if (record != nullptr && record->expected.empty() && !record->expect_none && problems)
        problems(Problem{path, record->line, util::Cat(record->id, ": no expectation")});
      record = nullptr;
    }
  }
  // The dictionaries sit beside the file or in dictionaries/ beside it.
  const fs::path dir = fs::path(path).parent_path();
  std::error_code ec;
  for (std::string& file : suite.dictionaries) {
    for (const fs::path& candidate : {dir / file, dir / "dictionaries" / file}) {
      if (fs::is_regular_file(candidate, ec)) {
        file = candidate.string();
        break;
      }
    }
  }
  return suite;
}

std::string Key(const ExpectedEvent& e) { return util::Cat(e.source, "/", e.target, "/", e.code); }

}  // namespace

absl::StatusOr<Suite> ReadSuite(const std::string& path, const ProblemSink& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(util::Cat("cannot read ", path));
  std::ostringstream contents;
  contents << in.rdbuf();
  const std::string text = contents.str();
  if (text.find("<Sentence") != std::string::npos) return ReadPetrarchSuite(path, text, problems);
  return ReadTabariSuite(path, text, problems);
}

bool Matches(const SuiteRecord& record, const std::vector<ExpectedEvent>& found) {
  std::vector<std::string> want, got;
  for (const ExpectedEvent& e : record.expected) want.push_back(Key(e));
  for (const ExpectedEvent& e : found) got.push_back(Key(e));
  std::sort(want.begin(), want.end());
  want.erase(std::unique(want.begin(), want.end()), want.end());
  std::sort(got.begin(), got.end());
  got.erase(std::unique(got.begin(), got.end()), got.end());
  if (record.only_listed) return std::includes(got.begin(), got.end(), want.begin(), want.end());
  if (record.expect_none && want.empty()) return got.empty();
  return want == got;
}

namespace {

// The story and sentence numbers of a record ID read through a FORWARD
// sequence format ("^^*****NNN*SSS": ^ a blank before the ID, * any
// character, N the story, S the sentence); false when the ID does not fit.
bool Sequence(std::string_view format, std::string_view id, std::string* story, int* sentence) {
  while (!format.empty() && format.front() == '^') format.remove_prefix(1);
  story->clear();
  std::string digits;
  for (size_t k = 0; k < format.size(); ++k) {
    if (k >= id.size()) return false;
    if (format[k] == 'N') story->push_back(id[k]);
    if (format[k] == 'S') digits.push_back(id[k]);
  }
  *sentence = IsDigits(digits) ? std::stoi(digits) : 0;
  return !story->empty() && !digits.empty();
}

bool IsPronoun(std::string_view w) {
  for (std::string_view p : {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})
    if (w == p) return true;
  return false;
}

// A pronoun that starts the first sentence, before any actor, stands for
// `code` (TABARI's FORWARD). The mention has an empty byte span at the
// pronoun: it names no one in the text.
void Forward(const std::string& code, Analysis* analysis) {
  const Document& doc = analysis->doc;
  if (doc.sentences.empty()) return;
  const Sentence& sentence = doc.sentences[0];
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    for (const ActorMention& m : analysis->actors)
      if (m.token_begin <= t) return;
    if (!IsPronoun(doc.tokens[t].lower)) continue;
    ActorMention m;
    m.sentence = 0;
    m.token_begin = t;
    m.token_end = t + 1;
    m.begin = m.end = doc.tokens[t].begin;
    m.code = code;
    analysis->actors.insert(analysis->actors.begin(), std::move(m));
    return;
  }
}

// Text in capitals only, as TABARI reads it: in lower case, with the first
// letter of each sentence a capital. Other text is returned unchanged.
std::string FoldCapitals(const std::string& text) {
  size_t letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return text;
    letters += c >= 'A' && c <= 'Z';
  }
  if (letters < 2) return text;
  std::string out = text;
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      if (!start) c = static_cast<char>(c - 'A' + 'a');
      start = false;
    } else if (c == '.' || c == '!' || c == '?') {
      start = true;
    }
  }
  return out;
}

// The legacy dictionaries write the blank between the words of a name as
// "_", and both suites' texts do so too ("the Prince of Dol_Amroth" names
// DOL_AMROTH): TABARI reads an "_" between letters as a blank, PETRARCH's
// parse keeps the joined words one token and matches it against the
// dictionary's words. dyad reads them as the words: the blank takes the
// place of the "_", so spans stay where they are. (Hyphens stay: the
// converted dictionaries keep theirs, "BARAD-DUR", and dyad's tokenizer
// reads both alike.)
std::string UnderscoresAsBlanks(std::string text) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  for (size_t k = 1; k + 1 < text.size(); ++k)
    if (text[k] == '_' && letter(text[k - 1]) && letter(text[k + 1])) text[k] = ' ';
  return text;
}

}  // namespace

std::vector<RecordResult> RunSuite(const Suite& suite, const Pipeline& pipeline, const EventCoder& coder,
                                   const Converted* converted) {
  std::vector<RecordResult> results;
  Analysis analysis;
  std::vector<Event> events;
  // The settings change with the option records, for the records after them.
  LegacySettings settings = converted != nullptr ? converted->settings : LegacySettings{};
  // TABARI codes no sentence of fewer than 8 words unless told otherwise;
  // its suite relies on it.
  if (suite.tabari && settings.minimum_words == 0) settings.minimum_words = 8;
  // PETRARCH codes an agent no actor takes as an actor of its own (---GOV);
  // its suite relies on it.
  if (!suite.tabari && settings.combine_agents) settings.convert_agents = true;
  // PETRARCH's own defaults (PETR_config.ini): comma-delimited phrases of 2
  // to 8 words inside or at the end of a sentence are left out, and every
  // event needs a target (require_dyad). The suite's <Config> records
  // change them.
  if (!suite.tabari && settings.combine_agents) {
    settings.comma = LegacySettings::Comma{true, 2, 8, 2, 8, 0, 0};
    settings.defaults.null_target.clear();
    settings.defaults.pair_subjects = true;
    settings.defaults.passive_as_active = true;
  }
  // FORWARD: the story, sentence and first actor of the record before.
  std::string last_story, forwarded;
  int last_sentence = -1;
  for (const SuiteRecord& record : suite.records) {
    RecordResult r;
    r.record = &record;
    for (const auto& [name, value] : record.config) ApplyPetrarchOption(name, value, &settings);
    if (record.option_record || record.not_applicable) {
      for (const std::string& option : record.options) ApplyOption(option, &settings);
      r.skipped = true;
      results.push_back(std::move(r));
      continue;
    }
    Article article;
    article.id = record.id;
    article.date = record.date;
    // TABARI reads text in capitals only as ordinary text; dyad's tagger
    // needs the case of ordinary text.
    article.text = FoldCapitals(record.text);
    article.text = UnderscoresAsBlanks(std::move(article.text));
    pipeline.Analyze(article, &analysis);
    if (converted != nullptr) {
      MatchSpacedNames(*converted, article.date, &analysis);
      ConvertAgents(*converted, settings, &analysis);
      AddNounPhraseActors(settings, &analysis);
      DropCommaPhraseActors(settings, &analysis);
    }
    std::string story;
    int sentence = 0;
    const bool sequenced = !settings.forward.empty() && Sequence(settings.forward, record.id, &story, &sentence);
    if (sequenced && story == last_story && sentence == last_sentence + 1 && !forwarded.empty())
      Forward(forwarded, &analysis);
    last_story = sequenced ? story : "";
    last_sentence = sequenced ? sentence : -1;
    forwarded.clear();
    for (const ActorMention& m : analysis.actors)
      if (m.end > m.begin) {
        forwarded = m.country.empty() ? m.code : m.country;
        break;
      }
    events.clear();
    coder.CodeWithDefaults(article, analysis, settings.defaults, &events);
    if (converted != nullptr) ApplyLegacyRules(*converted, settings, analysis, &events);
    // Legacy coders have no negation or modality flags: their patterns
    // decide. Every coded event counts.
    for (const Event& e : events) r.found.push_back(ExpectedEvent{e.source.code, e.target.code, e.cameo->code});
    r.passed = Matches(record, r.found);
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace dyad::legacy
