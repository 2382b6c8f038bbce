// Loads the CAMEO codebook (data/cameo/codebook.txt: code, Goldstein, quad
// class, PLOVER type, PLOVER mode, label; tab-separated) and the event
// patterns (data/events/*.txt, docs/verbs.md):
//
//   event 042
//     verb visit $T                  # Zhao Leji visited Pyongyang.
//     noun visit of $S to $T         # The visit of Zhao Leji to Pyongyang ...
//   event 046 | symmetric
//   event 042 | reverse 043      (each match also codes target -> source as 043)
//     verb hold talks with $T        # Iran held talks with the IAEA.
//   words @harsh                   (a word list, written @harsh in later patterns)
//     unacceptable outrageous sinister
//
// A bad line is reported as FILE:LINE: reason and skipped.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "event/event_data.h"

namespace dyad::event {

absl::Status LoadCodebook(const std::string& path, std::string_view name, EventData* data,
                          const ProblemSink& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(util::Cat("cannot read the CAMEO codebook: ", path));
  data->files.emplace_back(name);
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view body = util::StripRight(line);
    if (util::Strip(body).empty() || util::StripLeft(body)[0] == '#') continue;
    std::vector<std::string_view> fields = util::Split(body, '\t');
    auto report = [&](std::string reason) {
      if (problems) problems(Problem{std::string(name), line_no, std::move(reason)});
    };
    if (fields.size() != 6) {
      report(util::Cat("want 6 tab-separated fields, found ", fields.size()));
      continue;
    }
    CameoCode c;
    c.code = std::string(fields[0]);
    const std::string goldstein(fields[1]);
    char* end = nullptr;
    c.goldstein = std::strtod(goldstein.c_str(), &end);
    if (end == goldstein.c_str() || c.goldstein < -10 || c.goldstein > 10) {
      report(util::Cat("bad Goldstein value \"", fields[1], "\""));
      continue;
    }
    if (fields[2].size() != 1 || fields[2][0] < '1' || fields[2][0] > '4') {
      report(util::Cat("bad quad class \"", fields[2], "\""));
      continue;
    }
    c.quad_class = fields[2][0] - '0';
    c.plover = std::string(fields[3]);
    c.plover_mode = std::string(fields[4]);
    c.label = std::string(fields[5]);
    data->codebook.push_back(std::move(c));
    data->codes[data->codebook.back().code] = &data->codebook.back();
  }
  return absl::OkStatus();
}

namespace {

class PatternLoader {
 public:
  PatternLoader(EventData* data, const ProblemSink& problems) : data_(data), problems_(problems) {}

  void LoadText(const std::string& name, std::string_view text) {
    data_->files.push_back(name);
    file_ = data_->files.back();
    block_ = -1;
    list_ = nullptr;
    uint32_t line_no = 0;
    for (std::string_view raw : util::Split(text, '\n')) {
      ++line_no;
      std::string_view line = raw;
      if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
      line = util::StripRight(line);
      const std::string_view body = util::StripLeft(line);
      if (body.empty()) continue;
      if (body.size() == line.size()) {
        Header(body, line_no);
      } else if (list_ != nullptr) {
        ListLine(body);
      } else if (block_ < 0) {
        Report(line_no, util::Cat("pattern outside an event block: \"", body, "\""));
      } else {
        PatternLine(body, line_no);
      }
    }
  }

 private:
  void Report(uint32_t line, std::string reason) {
    if (problems_) problems_(Problem{std::string(file_), line, std::move(reason)});
  }

  void Header(std::string_view body, uint32_t line_no) {
    block_ = -1;
    list_ = nullptr;
    std::string_view options;
    if (const size_t bar = body.find('|'); bar != std::string_view::npos) {
      options = util::Strip(body.substr(bar + 1));
      body = util::StripRight(body.substr(0, bar));
    }
    std::vector<std::string_view> words = util::Split(body, ' ', true);
    if (words.size() >= 2 && words[0] == "code" && options.empty()) {
      DeclareCode(words, line_no);
      return;
    }
    if (words.size() >= 1 && words[0] == "words") {
      WordsHeader(words, options, line_no);
      return;
    }
    if (words.size() != 2 || words[0] != "event") {
      Report(line_no, util::Cat("want \"event CODE\": \"", body, "\""));
      return;
    }
    Block block;
    if (words[1] != "none") {
      block.code = FindCode(words[1], line_no);
      if (block.code == nullptr) return;
    }
    for (std::string_view option : util::Split(options, '|', true)) {
      std::vector<std::string_view> parts = util::Split(option, ' ', true);
      if (parts.size() == 1 && parts[0] == "symmetric") {
        block.symmetric = true;
      } else if (parts.size() == 1 && parts[0] == "reversed" && block.code != nullptr) {
        block.reversed = true;
      } else if (parts.size() == 2 && (parts[0] == "paired" || parts[0] == "reverse") && block.code != nullptr) {
        block.paired = FindCode(parts[1], line_no);
        if (block.paired == nullptr) return;
      } else {
        Report(line_no, util::Cat("unknown option \"", util::Strip(option),
                                  "\" (want symmetric, reverse CODE, paired CODE or reversed)"));
        return;
      }
    }
    data_->blocks.push_back(block);
    block_ = static_cast<int32_t>(data_->blocks.size() - 1);
  }

  // `words @NAME`: the indented lines below it list words (blank- or
  // slash-separated) that a pattern written after it may name as @NAME,
  // alone or among alternatives ("call $T * @harsh").
  void WordsHeader(const std::vector<std::string_view>& words, std::string_view options, uint32_t line_no) {
    if (words.size() != 2 || words[1].size() < 2 || words[1][0] != '@' || !options.empty()) {
      Report(line_no, "want \"words @NAME\"");
      return;
    }
    list_ = &lists_[std::string(words[1].substr(1))];
  }

  void ListLine(std::string_view body) {
    for (std::string_view part : util::Split(body, ' ', true))
      for (std::string_view w : util::Split(part, '/', true)) list_->push_back(Lower(w));
  }

  const CameoCode* FindCode(std::string_view code, uint32_t line_no) {
    auto it = data_->codes.find(code);
    if (it == data_->codes.end()) {
      Report(line_no, util::Cat("unknown CAMEO code \"", code, "\""));
      return nullptr;
    }
    return it->second;
  }

  // `code CODE LABEL`: an event code that the codebook lacks (a legacy
  // dictionary's own scheme). A code the codebook has keeps its entry.
  void DeclareCode(const std::vector<std::string_view>& words, uint32_t line_no) {
    const std::string_view code = words[1];
    for (char c : code) {
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        Report(line_no, util::Cat("declared code must be capital letters and digits: \"", code, "\""));
        return;
      }
    }
    if (data_->codes.contains(code)) return;
    CameoCode c;
    c.code = std::string(code);
    for (size_t i = 2; i < words.size(); ++i) util::Append(&c.label, i > 2 ? " " : "", words[i]);
    if (c.label.empty()) c.label = c.code;
    data_->codebook.push_back(std::move(c));
    data_->codes[data_->codebook.back().code] = &data_->codebook.back();
  }

  void PatternLine(std::string_view body, uint32_t line_no) {
    std::string_view options;
    if (const size_t bar = body.find('|'); bar != std::string_view::npos) {
      options = util::Strip(body.substr(bar + 1));
      body = util::StripRight(body.substr(0, bar));
    }
    std::vector<std::string_view> words = util::Split(body, ' ', true);
    if (words.size() < 2 || (words[0] != "verb" && words[0] != "noun")) {
      Report(line_no, util::Cat("want \"verb ...\" or \"noun ...\": \"", body, "\""));
      return;
    }
    Pattern p;
    p.noun = words[0] == "noun";
    p.block = static_cast<uint32_t>(block_);
    p.origin = Origin{file_, line_no};
    p.text = std::string(body);
    // The anchor is the first word, or the word written <so> after others.
    size_t anchor_at = 1;
    for (size_t i = 1; i < words.size(); ++i) {
      if (words[i].size() > 2 && words[i].front() == '<' && words[i].back() == '>') {
        anchor_at = i;
        words[i] = words[i].substr(1, words[i].size() - 2);
        break;
      }
    }
    const std::string_view anchor = words[anchor_at];
    if (anchor[0] == '$' || anchor[0] == '*') {
      Report(line_no, anchor_at == 1 ? "a pattern must start with a word" : "the anchor <...> must be a word");
      return;
    }
    bool has_target = false;
    for (size_t i = 1; i < words.size(); ++i) {
      if (i == anchor_at) continue;
      Element e;
      const std::string_view w = words[i];
      if (w == "$T") {
        e.kind = Element::kTarget;
        has_target = true;
        if (i == anchor_at + 1) p.target_first = true;
      } else if (w == "$S") {
        e.kind = Element::kSource;
        p.has_source = true;
      } else if (w == "$_") {
        e.kind = Element::kSkip;
      } else if (w == "$P" && !p.partners && !has_target && !p.has_source) {
        e.kind = Element::kPartners;
        p.partners = p.has_source = has_target = true;
      } else if (w == "*") {
        e.kind = Element::kStar;
      } else if (w == "**") {
        e.kind = Element::kGap;
      } else if (w[0] == '$') {
        Report(line_no, util::Cat("unknown slot \"", w, "\" (want $S, $T, $_ or one $P alone)"));
        return;
      } else if (w[0] == '<') {
        Report(line_no, util::Cat("a pattern has one anchor <...>: \"", w, "\""));
        return;
      } else {
        std::string_view word = w;
        if (word.size() > 1 && word[0] == '_') {
          e.joined = true;
          word.remove_prefix(1);
        }
        if (word.size() > 1 && word[0] == '=') {
          e.exact = true;
          word.remove_prefix(1);
        }
        for (std::string_view alt : util::Split(word, '/', true)) {
          std::string a = Lower(alt);
          if (a.size() > 1 && a[0] == '@') {  // a word list
            auto it = lists_.find(std::string_view(a).substr(1));
            if (it == lists_.end()) {
              Report(line_no, util::Cat("unknown word list \"", a, "\" (want words ", a, " above it)"));
              return;
            }
            e.words.insert(e.words.end(), it->second.begin(), it->second.end());
          } else if (a.size() > 1 && a.back() == '~') {  // a stem
            a.pop_back();
            e.stems.push_back(std::move(a));
          } else {
            e.words.push_back(std::move(a));
          }
        }
      }
      if (i < anchor_at) {
        p.before.insert(p.before.begin(), std::move(e));
      } else {
        p.rest.push_back(std::move(e));
      }
    }
    if (p.partners) {
      for (const auto* elements : {&p.before, &p.rest}) {
        for (const Element& e : *elements) {
          if (e.kind == Element::kSource || e.kind == Element::kTarget) {
            Report(line_no, "$P is a pattern's only slot (no $S or $T with it)");
            return;
          }
        }
      }
    }
    for (std::string_view option : util::Split(options, '|', true)) {
      std::vector<std::string_view> parts = util::Split(option, ' ', true);
      int rank = 0;
      if (parts.size() == 2 && parts[0] == "target" && parts[1] == "after" && !has_target) {
        p.target_after = true;
      } else if (parts.size() == 2 && parts[0] == "target" && parts[1] == "attacker" && !has_target &&
                 !p.has_source && !p.partners) {
        p.target_attacker = true;
      } else if (parts.size() == 2 && parts[0] == "target" && parts[1] == "sides" && !has_target && !p.partners) {
        p.target_sides = true;
      } else if (parts.size() == 2 && parts[0] == "target" && parts[1] == "anti" && !has_target && !p.partners) {
        p.target_anti = true;
      } else if (parts.size() == 2 && parts[0] == "target" && parts[1] == "crowd" && !has_target && !p.partners) {
        p.target_crowd = true;
      } else if (parts.size() == 2 && parts[0] == "target" && parts[1] == "subject" && !has_target &&
                 !p.has_source && !p.partners && !p.noun && p.before.empty()) {
        p.target_subject = true;
      } else if (parts.size() == 2 && parts[0] == "source" && parts[1] == "first") {
        p.source_first = true;
      } else if (parts.size() == 3 && parts[0] == "by" && parts[1] == "state") {
        // A role code (COP, JUD, GOV), on a verb pattern whose passive
        // is derived ($T right after the verb, no $S), or on a noun
        // pattern with $T and no $S ("the arrest of $T").
        if ((p.noun ? !has_target : !p.target_first && !p.target_subject) || p.has_source ||
            parts[2].size() != 3 ||
            !std::all_of(parts[2].begin(), parts[2].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
          Report(line_no, "\"by state ROLE\" needs a verb pattern with $T right after the verb or \"target "
                          "subject\" before it (or a noun pattern with $T), no $S, and a role code such as COP");
          return;
        }
        p.state_role = std::string(parts[2]);
      } else if (parts.size() == 2 && parts[0] == "rank" &&
                 std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), rank).ec == std::errc() &&
                 rank >= 0 && rank <= 10000) {
        p.rank = rank;
      } else {
        Report(line_no, util::Cat("unknown pattern option \"", util::Strip(option),
                                  "\" (want target after, target attacker, target sides, target anti, target crowd, "
                                  "target subject, source first, by state ROLE or rank N)"));
        return;
      }
    }
    if (!has_target && !p.target_after && !p.target_attacker && !p.target_sides && !p.target_anti && !p.target_crowd &&
        !p.target_subject && data_->blocks[p.block].code != nullptr) {
      Report(line_no, "a pattern needs a target ($T)");
      return;
    }
    const uint32_t index = static_cast<uint32_t>(data_->patterns.size());
    data_->patterns.push_back(std::move(p));
    for (std::string_view alt : util::Split(anchor, '/', true)) {
      // `=word`, `word+` and `word~` are matched on the word as written.
      std::string a = Lower(alt);
      auto* map = &data_->by_anchor;
      if (a.size() > 1 && a[0] == '=') {
        map = &data_->by_written;
        a.erase(0, 1);
      } else if (a.size() > 1 && a.back() == '+') {
        map = &data_->by_ending;
        a.pop_back();
      } else if (a.size() > 1 && a.back() == '~') {
        map = &data_->by_stem;
        a.pop_back();
      }
      (*map)[a].push_back(index);
    }
  }

  static std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }

  EventData* data_;
  const ProblemSink& problems_;
  std::string_view file_;
  int32_t block_ = -1;
  util::StringMap<std::vector<std::string>> lists_;  // `words @NAME` lists, by name
  std::vector<std::string>* list_ = nullptr;        // the list being read, or null
};

}  // namespace

void LoadPatternTexts(const std::vector<std::pair<std::string, std::string>>& files, EventData* data,
                      const ProblemSink& problems) {
  PatternLoader loader(data, problems);
  for (const auto& [name, text] : files) loader.LoadText(name, text);
}

absl::Status LoadPatternDir(const std::string& dir, EventData* data, const ProblemSink& problems) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> paths;
  if (fs::is_directory(dir, ec))
    for (const auto& item : fs::directory_iterator(dir, ec))
      if (item.path().extension() == ".txt") paths.push_back(item.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.emplace_back("events/" + path.filename().string(), text.str());
  }
  LoadPatternTexts(files, data, problems);
  return absl::OkStatus();
}

void AddDescriptions(const std::vector<ActorDescription>& descriptions, EventData* data) {
  for (const ActorDescription& d : descriptions) {
    Description added;
    added.rest.assign(d.words.begin() + 1, d.words.end());
    added.role = d.role;
    added.needs_the = d.needs_the;
    added.on_scene = d.on_scene;
    data->descriptions[d.words[0]].push_back(std::move(added));
  }
  for (auto& [first, list] : data->descriptions)
    std::stable_sort(list.begin(), list.end(),
                     [](const Description& a, const Description& b) { return a.rest.size() > b.rest.size(); });
}

}  // namespace dyad::event
