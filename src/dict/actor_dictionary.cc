// Loads the actor dictionary (docs/dictionaries.md) into ActorData.
//
// The text format, in short:
//
//   # comment
//   country PRK North Korea          <- a block header at the left margin
//     name DPRK                      <- indented lines belong to the block
//     adjective North Korean
//     capital Pyongyang
//     name the North | context Korea Korean Pyongyang Seoul DPRK
//   person Kim Jong-Un
//     short Kim
//     code PRKGOV 2011-12-17..
//     else PRKELI
//   role MIL
//     noun troops
//   description COP                  <- descriptions without a country
//     noun police
//     noun the riot police           <- "the" written: needed in the text
//
// Names are tokenized with the same tokenizer as articles, so a name
// matches text word for word. A bad line is reported and skipped.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/actor_data.h"
#include "dyad/actors.h"
#include "dyad/document.h"
#include "match/actor_matcher.h"
#include "match/name_words.h"
#include "util/strings.h"

namespace dyad::dict {
namespace {

bool IsCode(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

// A dictionary word is matched case-insensitively when written all in
// lower-case ASCII; any capital or non-ASCII byte makes it exact.
bool IsFoldedWord(std::string_view w) {
  for (unsigned char c : w)
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) return false;
  return true;
}

std::vector<std::string_view> Words(std::string_view s) {
  return util::Split(s, ' ', true);
}

// True when an option set restricts where a name counts (a role option
// alone does not).
bool HasConditions(const NameOptions& o) {
  return !o.context.empty() || !o.unless_next.empty() || !o.unless_prev.empty() ||
         o.unless_next_name || o.unless_prev_name;
}

class Loader {
 public:
  Loader(ActorData* data, const ProblemSink& problems) : data_(data), problems_(problems) {
    data_->node_refs.emplace_back();  // the root
  }

  void LoadText(const std::string& file_name, std::string_view text) {
    data_->files.push_back(file_name);
    file_ = data_->files.back();
    current_entry_ = -1;
    description_role_.clear();
    uint32_t line_no = 0;
    for (std::string_view line : util::Split(text, '\n')) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      LoadLine(line, line_no);
    }
  }

  void Finish() {
    auto& stats = data_->stats;
    for (const Entry& e : data_->entries) {
      switch (e.kind) {
        case ActorKind::kCountry: ++stats.countries; break;
        case ActorKind::kOrg: ++stats.organizations; break;
        case ActorKind::kPerson: ++stats.people; break;
        case ActorKind::kRole: ++stats.roles; break;
      }
    }
    stats.names = data_->refs.size();
    stats.descriptions = data_->descriptions.size();
    data_->node_accepts.resize(data_->node_refs.size());
    for (size_t n = 0; n < data_->node_refs.size(); ++n) data_->node_accepts[n] = !data_->node_refs[n].empty();
    for (NameRef& r : data_->refs) r.kind = data_->entries[r.entry].kind;
    for (NameOptions& o : data_->options) {
      o.context_ids = ContextIds(o.context);
      o.against_ids = ContextIds(o.against);
    }
    for (const std::string& w : not_given_) data_->given_names.erase(w);
    for (const std::string& w : data_->given_names) ActorData::FilterAdd(data_->given_filter, w);
    data_->root_children.assign(next_word_, 0);
    for (const auto& [key, child] : data_->edges)
      if ((key >> 32) == 0) data_->root_children[static_cast<uint32_t>(key)] = child;
  }

 private:
  void Report(uint32_t line, std::string reason) {
    ++data_->stats.problems;
    if (problems_) problems_(Problem{std::string(file_), line, std::move(reason)});
  }

  void LoadLine(std::string_view raw, uint32_t line_no) {
    std::string_view line = util::StripRight(raw);
    std::string_view body = util::StripLeft(line);
    if (body.empty() || body[0] == '#') return;
    const bool indented = body.size() != line.size();
    const size_t space = body.find(' ');
    const std::string_view keyword = body.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view() : util::StripLeft(body.substr(space));
    if (!indented) {
      Header(keyword, rest, line_no);
    } else if (!description_role_.empty()) {
      DescriptionItem(keyword, rest, line_no);
    } else if (current_entry_ < 0) {
      Report(line_no, util::Cat("indented line outside a block: \"", body, "\""));
    } else {
      Item(keyword, rest, line_no);
    }
  }

  void Header(std::string_view keyword, std::string_view rest, uint32_t line_no) {
    current_entry_ = -1;
    description_role_.clear();
    if (keyword == "description") {
      if (!IsCode(rest, 3, 15)) {
        Report(line_no, util::Cat("description wants one role code of 3 to 15 capital letters or digits: \"",
                                  rest, "\""));
        return;
      }
      description_role_ = std::string(rest);
      return;
    }
    // Options after `|` apply to the header's own name.
    std::string_view option_text;
    if (size_t bar = rest.find('|'); bar != std::string_view::npos) {
      option_text = rest.substr(bar + 1);
      rest = util::StripRight(rest.substr(0, bar));
    }
    Entry entry;
    entry.origin = Origin{file_, line_no};
    std::string_view code, name;
    if (keyword == "country" || keyword == "org" || keyword == "role") {
      const size_t space = rest.find(' ');
      code = rest.substr(0, space);
      name = space == std::string_view::npos ? std::string_view() : util::StripLeft(rest.substr(space));
    } else if (keyword == "person") {
      name = rest;
    } else {
      Report(line_no, util::Cat("unknown block \"", keyword,
                                   "\" (want country, org, person, role or description)"));
      return;
    }
    if (keyword == "country") {
      entry.kind = ActorKind::kCountry;
      if (!IsCode(code, 3, 3) || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        Report(line_no, util::Cat("country code must be three capital letters: \"", code, "\""));
        return;
      }
      data_->country_codes.insert(std::string(code));
    } else if (keyword == "org") {
      entry.kind = ActorKind::kOrg;
      if (!IsCode(code, 3, 15)) {
        Report(line_no, util::Cat("bad actor code \"", code, "\""));
        return;
      }
    } else if (keyword == "role") {
      entry.kind = ActorKind::kRole;
      if (!IsCode(code, 3, 15)) {
        Report(line_no, util::Cat("role code must be 3 to 15 capital letters or digits: \"", code, "\""));
        return;
      }
      if (!option_text.empty()) {
        Report(line_no, "a role header takes no options");
        return;
      }
      name = code;
    } else {
      entry.kind = ActorKind::kPerson;
    }
    if (name.empty()) {
      Report(line_no, util::Cat("block \"", keyword, "\" needs a name"));
      return;
    }
    int32_t options = -1;
    if (!option_text.empty()) {
      NameOptions parsed;
      if (!ParseOptions(option_text, &parsed, line_no)) return;
      data_->options.push_back(std::move(parsed));
      options = static_cast<int32_t>(data_->options.size() - 1);
    }
    entry.code = std::string(code);
    entry.name = std::string(name);
    data_->entries.push_back(std::move(entry));
    current_entry_ = static_cast<int32_t>(data_->entries.size() - 1);
    if (keyword != "role") AddName(name, NameKind::kName, options, line_no);
  }

  void Item(std::string_view keyword, std::string_view rest, uint32_t line_no) {
    Entry& entry = data_->entries[current_entry_];
    std::string_view text = rest;
    std::string_view option_text;
    if (size_t bar = rest.find('|'); bar != std::string_view::npos) {
      text = util::StripRight(rest.substr(0, bar));
      option_text = rest.substr(bar + 1);
    }
    auto wrong_block = [&] {
      Report(line_no, util::Cat("\"", keyword, "\" does not belong in a ",
                                   ActorKindName(entry.kind), " block"));
    };
    if (keyword == "code" || keyword == "else") {
      if (!option_text.empty()) {
        Report(line_no, util::Cat("\"", keyword, "\" takes no options"));
        return;
      }
      if (entry.kind != ActorKind::kPerson && entry.kind != ActorKind::kOrg) return wrong_block();
      CodeLine(entry, keyword, text, line_no);
      return;
    }
    NameKind how;
    if (keyword == "name") {
      if (entry.kind == ActorKind::kRole) return wrong_block();
      how = NameKind::kName;
    } else if (keyword == "adjective" || keyword == "capital" || keyword == "seat") {
      if (entry.kind != ActorKind::kCountry) return wrong_block();
      how = keyword == "adjective" ? NameKind::kAdjective
            : keyword == "capital" ? NameKind::kCapital
                                   : NameKind::kSeat;
    } else if (keyword == "short") {
      if (entry.kind != ActorKind::kPerson) return wrong_block();
      how = NameKind::kShort;
    } else if (keyword == "noun") {
      if (entry.kind != ActorKind::kRole) return wrong_block();
      how = NameKind::kRoleNoun;
    } else {
      Report(line_no, util::Cat("unknown keyword \"", keyword, "\""));
      return;
    }
    if (text.empty()) {
      Report(line_no, util::Cat("\"", keyword, "\" needs a text"));
      return;
    }
    int32_t options = -1;
    if (!option_text.empty()) {
      NameOptions parsed;
      if (!ParseOptions(option_text, &parsed, line_no)) return;
      data_->options.push_back(std::move(parsed));
      options = static_cast<int32_t>(data_->options.size() - 1);
    }
    if (how == NameKind::kSeat && (options < 0 || data_->options[options].role.empty())) {
      Report(line_no, "\"seat\" needs a role option: seat NAME | role R");
      return;
    }
    AddName(text, how, options, line_no);
  }

  // `noun TEXT` in a description block: TEXT in lower case, "the" first
  // when the text must have it.
  void DescriptionItem(std::string_view keyword, std::string_view rest, uint32_t line_no) {
    if (keyword != "noun") {
      Report(line_no, util::Cat("\"", keyword, "\" does not belong in a description block (want noun)"));
      return;
    }
    ActorDescription d;
    if (const size_t bar = rest.find('|'); bar != std::string_view::npos) {
      const std::string_view option = util::Strip(rest.substr(bar + 1));
      if (option == "crowd") {
        d.on_scene = 2;
      } else if (option == "scene") {
        d.on_scene = 1;
      } else {
        Report(line_no, util::Cat("a description takes no option but crowd or scene: \"", option, "\""));
        return;
      }
      rest = util::Strip(rest.substr(0, bar));
    }
    doc_.Clear();
    Tokenize(rest, &doc_);
    d.role = description_role_;
    d.origin = Origin{file_, line_no};
    for (const Token& t : doc_.tokens) {
      if (!IsFoldedWord(t.norm)) {
        Report(line_no, util::Cat("a description is written in lower case: \"", rest, "\""));
        return;
      }
      if (d.words.empty() && !d.needs_the && t.norm == "the") {
        d.needs_the = true;
        continue;
      }
      d.words.emplace_back(t.norm);
    }
    if (d.words.empty()) {
      Report(line_no, util::Cat("description has no words besides \"the\": \"", rest, "\""));
      return;
    }
    for (const ActorDescription& old : data_->descriptions)
      if (old.words == d.words) {
        Report(line_no, util::Cat("description \"", rest, "\" is already listed (line ", old.origin.line, ")"));
        return;
      }
    data_->descriptions.push_back(std::move(d));
  }

  bool ParseOptions(std::string_view text, NameOptions* out, uint32_t line_no) {
    for (std::string_view part : util::Split(text, '|')) {
      std::vector<std::string_view> words = Words(part);
      if (words.empty()) continue;
      std::string_view name = words[0];
      words.erase(words.begin());
      if (words.empty()) {
        Report(line_no, util::Cat("option \"", name, "\" needs words"));
        return false;
      }
      std::vector<std::string>* list = nullptr;
      bool* name_flag = nullptr;
      if (name == "context") {
        list = &out->context;
      } else if (name == "against") {
        list = &out->against;
      } else if (name == "unless-next") {
        list = &out->unless_next;
        name_flag = &out->unless_next_name;
      } else if (name == "unless-prev") {
        list = &out->unless_prev;
        name_flag = &out->unless_prev_name;
      } else if (name == "role") {
        // "-": the name alone is coded with its entry's code and no role.
        if (words.size() != 1 || (words[0] != "-" && !IsCode(words[0], 3, 15))) {
          Report(line_no, util::Cat("option role wants one role code or -: \"", part, "\""));
          return false;
        }
        out->role = std::string(words[0]);
        continue;
      } else {
        Report(line_no, util::Cat("unknown option \"", name, "\""));
        return false;
      }
      for (std::string_view w : words) {
        if (name_flag != nullptr && w == "Name") {
          *name_flag = true;
        } else {
          list->emplace_back(w);
        }
      }
    }
    if (!out->against.empty() && out->context.empty()) {
      Report(line_no, "option \"against\" needs \"context\" too");
      return false;
    }
    return true;
  }

  void CodeLine(Entry& entry, std::string_view keyword, std::string_view text, uint32_t line_no) {
    std::vector<std::string_view> words = Words(text);
    if (keyword == "else") {
      if (words.size() != 1 || !IsCode(words[0], 3, 15)) {
        Report(line_no, util::Cat("else wants one actor code: \"", text, "\""));
        return;
      }
      entry.else_code = std::string(words[0]);
      return;
    }
    if (words.size() != 2 || !IsCode(words[0], 3, 15)) {
      Report(line_no, util::Cat("code wants CODE FROM..TO: \"", text, "\""));
      return;
    }
    const size_t dots = words[1].find("..");
    if (dots == std::string_view::npos) {
      Report(line_no, util::Cat("date range wants FROM..TO: \"", words[1], "\""));
      return;
    }
    CodeRange range;
    range.code = std::string(words[0]);
    const std::string_view from = words[1].substr(0, dots);
    const std::string_view to = words[1].substr(dots + 2);
    if (!from.empty()) {
      auto d = ParseDate(from);
      if (!d.ok()) {
        Report(line_no, std::string(d.status().message()));
        return;
      }
      range.from = d->Key();
    }
    if (!to.empty()) {
      auto d = ParseDate(to);
      if (!d.ok()) {
        Report(line_no, std::string(d.status().message()));
        return;
      }
      range.to = d->Key();
    }
    if (range.from > range.to) {
      Report(line_no, util::Cat("date range ends before it starts: \"", words[1], "\""));
      return;
    }
    entry.ranges.push_back(std::move(range));
  }

  std::vector<uint32_t> ContextIds(const std::vector<std::string>& words) {
    std::vector<uint32_t> ids;
    for (const std::string& w : words) {
      uint32_t id = data_->context_words.Find(w);
      if (id == util::WordTable::kMissing) {
        id = static_cast<uint32_t>(data_->context_words.size());
        data_->context_words.Insert(w, id);
        ActorData::FilterAdd(data_->context_filter, w);
      }
      ids.push_back(id);
    }
    return ids;
  }

  uint32_t WordId(std::string_view word) {
    const bool folded = IsFoldedWord(word);
    auto& map = folded ? data_->folded_words : data_->exact_words;
    ActorData::FilterAdd(folded ? data_->folded_filter : data_->exact_filter, word);
    uint32_t id = map.Find(word);
    if (id == util::WordTable::kMissing) {
      id = next_word_++;
      map.Insert(word, id);
    }
    return id;
  }

  void AddName(std::string_view text, NameKind how, int32_t options, uint32_t line_no) {
    doc_.Clear();
    Tokenize(text, &doc_);
    std::vector<uint32_t> words;
    for (const Token& t : doc_.tokens) words.push_back(WordId(t.norm));
    if (words.empty()) {
      Report(line_no, util::Cat("name has no words: \"", text, "\""));
      return;
    }
    AddPath(words, how, options, line_no);
    if (how == NameKind::kName && data_->entries[current_entry_].kind == ActorKind::kPerson)
      AddParticleForms(words, line_no);
    NoteGivenName(how);
    // An acronym of four letters or more is also written with one capital
    // ("MONUC" as "Monuc", "UNIFIL" as "Unifil"); shorter ones are too often
    // words or first names ("Ira").
    if (how == NameKind::kName && data_->entries[current_entry_].kind == ActorKind::kOrg && words.size() == 1) {
      const std::string_view w = doc_.tokens[0].norm;
      const bool acronym = w.size() >= 4 && w.size() <= 8 &&
                           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (acronym) {
        std::string one_capital(w);
        for (size_t k = 1; k < one_capital.size(); ++k) one_capital[k] = static_cast<char>(one_capital[k] - 'A' + 'a');
        // Not when so written it is a word, a name or a place ("Pace",
        // "Sana", "Arena").
        static constexpr std::string_view kWords[] = {"Arena", "Biff", "Cope", "Fact", "Ican", "Kanu", "Mend",
                                                      "Mois",  "Morena", "Narc", "Pace", "Sana", "Saps"};
        if (std::find(std::begin(kWords), std::end(kWords), one_capital) == std::end(kWords))
          AddPath({WordId(one_capital)}, how, options, line_no);
      }
    }
    // "the Kremlin" also matches "Kremlin"; a name with conditions keeps
    // its article ("the North" alone means nothing).
    const bool conditional =
        options >= 0 && HasConditions(data_->options[static_cast<size_t>(options)]);
    if (words.size() > 1 && !conditional && doc_.tokens[0].lower == "the" &&
        how != NameKind::kRoleNoun) {
      words.erase(words.begin());
      AddPath(words, how, options, line_no);
    }
  }

  // The first word of a person's name of two words or more is a given
  // name ("Kenji" of "Kenji Sato"); the first word of any other name
  // ("Jordan", "Christian Democratic Union") never is. Reads doc_.
  void NoteGivenName(NameKind how) {
    const Token& first = doc_.tokens[0];
    if (data_->entries[current_entry_].kind != ActorKind::kPerson || how != NameKind::kName) {
      if (first.Has(kCapitalized)) not_given_.insert(std::string(first.norm));
      return;
    }
    if (doc_.tokens.size() < 2 || first.kind != TokenKind::kWord || !first.Has(kCapitalized) ||
        first.Has(kAllCaps) || first.Has(kAbbreviation) || first.norm.size() < 3 ||
        first.norm.find_first_of(".-'") != std::string_view::npos)
      return;
    if (match::IsTitle(first.lower) || match::IsTitlePart(first.lower) || match::IsNameParticle(first.lower) ||
        match::IsCalendarWord(first.lower) || match::IsInstitutionWord(first.lower) ||
        match::IsPersonNoun(first.lower))
      return;
    data_->given_names.insert(std::string(first.norm));
  }

  // A person's family name with its particle is a short form of them:
  // "al-Sadr" (and "Al-Sadr", at a sentence start) for "Muqtada al-Sadr",
  // "bin Laden" for "Osama bin Laden", "de Villepin" for "Dominique de
  // Villepin". `words` are the word ids of the name's tokens in doc_.
  void AddParticleForms(const std::vector<uint32_t>& words, uint32_t line_no) {
    const size_t n = doc_.tokens.size();
    if (n < 2 || words.size() != n) return;
    const Token& last = doc_.tokens[n - 1];
    if (const std::string_view stem = match::ParticleStem(last.norm); !stem.empty()) {
      AddPath({words[n - 1]}, NameKind::kShort, -1, line_no);
      if (last.norm[0] >= 'a' && last.norm[0] <= 'z') {
        std::string upper(last.norm);
        upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
        AddPath({WordId(upper)}, NameKind::kShort, -1, line_no);
      }
      return;
    }
    const Token& particle = doc_.tokens[n - 2];
    if (n >= 3 && last.Has(kCapitalized) && particle.norm == particle.lower && match::IsNameParticle(particle.lower))
      AddPath({words[n - 2], words[n - 1]}, NameKind::kShort, -1, line_no);
  }

  void AddPath(const std::vector<uint32_t>& words, NameKind how, int32_t options,
               uint32_t line_no) {
    uint32_t node = 0;
    for (uint32_t w : words) {
      const uint64_t key = (uint64_t{node} << 32) | w;
      auto it = data_->edges.find(key);
      if (it == data_->edges.end()) {
        const uint32_t child = static_cast<uint32_t>(data_->node_refs.size());
        data_->node_refs.emplace_back();
        it = data_->edges.emplace(key, child).first;
      }
      node = it->second;
    }
    NameRef ref;
    ref.entry = static_cast<uint32_t>(current_entry_);
    ref.how = how;
    ref.options = options;
    ref.origin = Origin{file_, line_no};
    // The same name twice for one entry is kept once; written again with
    // conditions (the header's `country GEO Georgia`, then `name Georgia |
    // context ...`), the conditions hold for it.
    for (uint32_t r : data_->node_refs[node]) {
      NameRef& old = data_->refs[r];
      if (old.entry != ref.entry || old.how != ref.how) continue;
      if (old.options == ref.options) return;
      if (old.options < 0 && ref.options >= 0) {
        old.options = ref.options;
        old.origin = ref.origin;
        return;
      }
      if (ref.options < 0) return;
    }
    data_->refs.push_back(ref);
    data_->node_refs[node].push_back(static_cast<uint32_t>(data_->refs.size() - 1));
  }

  ActorData* data_;
  const ProblemSink& problems_;
  std::string_view file_;
  int32_t current_entry_ = -1;
  std::string description_role_;  // the role of the description block being read, or empty
  uint32_t next_word_ = 1;
  util::StringSet not_given_;  // first words of names other than people's
  Document doc_;
};

}  // namespace

std::string_view CodeOn(const Entry& entry, int date_key) {
  if (entry.kind == ActorKind::kCountry) return entry.code;
  if (date_key == 0) {
    // No date: the most recent office, else the default.
    const CodeRange* best = nullptr;
    for (const CodeRange& r : entry.ranges)
      if (best == nullptr || r.from > best->from) best = &r;
    if (best != nullptr) return best->code;
  } else {
    for (const CodeRange& r : entry.ranges)
      if (r.from <= date_key && date_key <= r.to) return r.code;
  }
  if (!entry.else_code.empty()) return entry.else_code;
  return entry.kind == ActorKind::kOrg ? std::string_view(entry.code) : std::string_view();
}

void SplitCode(const ActorData& data, std::string_view code, std::string* country,
               std::string* role) {
  if (code.size() >= 3 && data.country_codes.contains(code.substr(0, 3))) {
    country->assign(code.substr(0, 3));
    role->assign(code.substr(3, 3));
  } else {
    country->clear();
    role->clear();
  }
}

}  // namespace dyad::dict

namespace dyad {

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kOrg: return "org";
    case ActorKind::kPerson: return "person";
    case ActorKind::kRole: return "role";
  }
  return "?";
}

absl::StatusOr<std::unique_ptr<ActorDictionary>> ActorDictionary::FromTexts(
    const std::vector<std::pair<std::string, std::string>>& files,
    const ProblemSink& problems) {
  auto data = std::make_unique<dict::ActorData>();
  dict::Loader loader(data.get(), problems);
  for (const auto& [name, text] : files) loader.LoadText(name, text);
  loader.Finish();
  return match::MakeActorMatcher(std::move(data));
}

absl::StatusOr<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(
    const std::string& dir, const ProblemSink& problems,
    const std::vector<std::pair<std::string, std::string>>& extra) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return absl::NotFoundError(util::Cat("no actor dictionary folder: ", dir));
  std::vector<fs::path> paths;
  for (const auto& item : fs::directory_iterator(dir, ec))
    if (item.path().extension() == ".txt") paths.push_back(item.path());
  if (ec) return absl::NotFoundError(util::Cat(dir, ": ", ec.message()));
  if (paths.empty()) return absl::NotFoundError(util::Cat("no .txt files in ", dir));
  std::sort(paths.begin(), paths.end());
  const std::string folder = fs::path(dir).lexically_normal().filename().empty()
                                 ? fs::path(dir).lexically_normal().parent_path().filename().string()
                                 : fs::path(dir).lexically_normal().filename().string();
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::NotFoundError(util::Cat("cannot read ", path.string()));
    std::ostringstream contents;
    contents << in.rdbuf();
    files.emplace_back(folder + "/" + path.filename().string(), contents.str());
  }
  files.insert(files.end(), extra.begin(), extra.end());
  return FromTexts(files, problems);
}

}  // namespace dyad
