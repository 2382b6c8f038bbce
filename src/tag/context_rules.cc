// The context rule file, one definition or rule a line; `#` starts a
// comment (at the start of a line or after a space):
//
//   @adjective = JJ JJR JJS           # a tag group, usable wherever tags are
//   $be = be is are was were been being am 's 're 'm   # a word group
//   VB VBP > NN  prev=DT|PRP$|@adjective              # a rule
//
// A rule is `FROM... > TO CONDITION...`: FROM tags (or @groups), the new
// tag (`TO!` lets it pick a tag the word's entry lacks), and conditions
// that must all hold, each `key=values` or `key!=values` with `|` between
// alternatives:
//
//   prev prev2 next next2    the tag one or two tokens before or after
//   prev~ next~              the same, skipping adverbs (RB RBR RBS)
//   can nextcan              the token's (the next token's) possible tags
//   word prevword nextword prev2word next2word prevword~ nextword~
//                            the lower-case word there ($groups allowed)
//   start cap known verb     yes or no: first word of the sentence;
//                            capitalized; in the lexicon; a finite verb
//                            (VBD VBZ VBP MD) earlier in the same clause
//
// The tag `^` stands for "no token" (the sentence boundary). Two groups
// have a meaning of their own: @clause-break and $clause-break are the
// tags and words that end a clause for the `verb` condition (a word in
// $clause-break ends it even when it is a verb: "said" starts a new one).
#include "tag/context_rules.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dyad::tag {
namespace {

constexpr TagMask kAdverbs = TagBit(Tag::kRB) | TagBit(Tag::kRBR) | TagBit(Tag::kRBS);
constexpr TagMask kFiniteVerbs =
    TagBit(Tag::kVBD) | TagBit(Tag::kVBZ) | TagBit(Tag::kVBP) | TagBit(Tag::kMD);
constexpr int kMaxSkip = 3;

std::string LineError(const std::string& path, size_t line, std::string_view reason,
                      std::string_view text) {
  return util::Cat(path, ":", line, ": ", reason, ": \"", text, "\"");
}

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return util::Strip(line.substr(0, i));
    }
  }
  return util::Strip(line);
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

}  // namespace

absl::Status ContextRules::Load(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return absl::NotFoundError(util::Cat(path, ": cannot open: ", std::strerror(errno)));
  }
  std::string text;
  char buffer[8192];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, got);
  std::fclose(f);
  size_t line_number = 0;
  for (std::string_view line : util::Split(text, '\n')) {
    ++line_number;
    line = StripComment(line);
    if (line.empty()) continue;
    if (absl::Status s = ParseLine(line, path, line_number); !s.ok()) return s;
  }
  if (auto it = tag_groups_.find(std::string_view("@clause-break")); it != tag_groups_.end()) {
    clause_break_tags_ = it->second;
  }
  if (auto it = word_groups_.find(std::string_view("$clause-break")); it != word_groups_.end()) {
    clause_break_words_ = it->second;
  }
  // One lookup a token then answers every word condition of a sentence.
  for (int set = 0; set < static_cast<int>(word_sets_.size()) && set < kMaskedSets; ++set)
    for (std::string_view w : word_sets_[set]) word_masks_[w] |= uint64_t{1} << set;
  return absl::OkStatus();
}

absl::Status ContextRules::ParseTags(std::string_view text, TagMask* mask) const {
  *mask = 0;
  for (std::string_view item : util::Split(text, '|')) {
    if (item == "^") {
      *mask |= TagBit(Tag::kNone);
      continue;
    }
    if (const Tag tag = TagFromName(item); tag != Tag::kNone) {
      *mask |= TagBit(tag);
      continue;
    }
    if (auto it = tag_groups_.find(item); it != tag_groups_.end()) {
      *mask |= it->second;
      continue;
    }
    return absl::InvalidArgumentError(util::Cat("unknown tag or tag group \"", item, "\""));
  }
  return absl::OkStatus();
}

int ContextRules::ParseWords(std::string_view text) {
  util::ViewSet set;
  for (std::string_view item : util::Split(text, '|', true)) {
    if (item.size() > 1 && item[0] == '$') {
      if (auto it = word_groups_.find(item); it != word_groups_.end()) {
        for (std::string_view w : word_sets_[it->second]) set.insert(w);
        continue;
      }
      return -1;
    }
    strings_.emplace_back(item);
    std::string& s = strings_.back();
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    set.insert(s);
  }
  word_sets_.push_back(std::move(set));
  return static_cast<int>(word_sets_.size()) - 1;
}

absl::Status ContextRules::ParseLine(std::string_view line, const std::string& path,
                                     size_t line_number) {
  const std::vector<std::string_view> fields = Fields(line);
  auto error = [&](std::string_view reason, std::string_view text) {
    return absl::InvalidArgumentError(LineError(path, line_number, reason, text));
  };
  // Group definitions.
  if (fields.size() >= 2 && fields[1] == "=" && fields[0].size() > 1 &&
      (fields[0][0] == '@' || fields[0][0] == '$')) {
    if (fields.size() < 3) return error("a group needs at least one member", line);
    if (fields[0][0] == '@') {
      TagMask mask = 0;
      for (size_t i = 2; i < fields.size(); ++i) {
        TagMask one = 0;
        if (absl::Status s = ParseTags(fields[i], &one); !s.ok()) {
          return error(util::FromAbsl(s.message()), fields[i]);
        }
        mask |= one;
      }
      tag_groups_[std::string(fields[0])] = mask;
    } else {
      std::string joined;
      for (size_t i = 2; i < fields.size(); ++i) util::Append(&joined, i > 2 ? "|" : "", fields[i]);
      const int set = ParseWords(joined);
      if (set < 0) return error("unknown word group", line);
      word_groups_[std::string(fields[0])] = set;
    }
    return absl::OkStatus();
  }

  // A rule.
  size_t arrow = 0;
  while (arrow < fields.size() && fields[arrow] != ">") ++arrow;
  if (arrow == 0 || arrow + 1 >= fields.size()) {
    return error("expected FROM... > TO CONDITION... or a @group/$group definition", line);
  }
  Rule rule;
  rule.line = static_cast<int>(line_number);
  for (size_t i = 0; i < arrow; ++i) {
    TagMask mask = 0;
    if (absl::Status s = ParseTags(fields[i], &mask); !s.ok()) {
      return error(util::FromAbsl(s.message()), fields[i]);
    }
    rule.from |= mask;
  }
  std::string_view to = fields[arrow + 1];
  if (!to.empty() && to.back() == '!') {
    rule.force = true;
    to.remove_suffix(1);
  }
  rule.to = TagFromName(to);
  if (rule.to == Tag::kNone) return error("unknown target tag", to);
  for (size_t i = arrow + 2; i < fields.size(); ++i) {
    const std::string_view item = fields[i];
    const size_t eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 >= item.size()) {
      return error("expected key=values or key!=values", item);
    }
    if (rule.condition_count == rule.conditions.size()) return error("too many conditions", line);
    Condition c;
    std::string_view key = item.substr(0, eq);
    const std::string_view values = item.substr(eq + 1);
    if (key.back() == '!') {
      c.negate = true;
      key.remove_suffix(1);
    }
    struct KeyName {
      std::string_view name;
      Key key;
      int kind;  // 0 tags, 1 words, 2 yes/no
    };
    static constexpr KeyName kKeys[] = {
        {"prev", Key::kPrev, 0},          {"prev2", Key::kPrev2, 0},
        {"next", Key::kNext, 0},          {"next2", Key::kNext2, 0},
        {"prev~", Key::kPrevSkip, 0},     {"next~", Key::kNextSkip, 0},
        {"nextcan", Key::kNextCan, 0},    {"can", Key::kCan, 0},
        {"word", Key::kWord, 1},          {"prevword", Key::kPrevWord, 1},
        {"nextword", Key::kNextWord, 1},  {"prev2word", Key::kPrev2Word, 1},
        {"next2word", Key::kNext2Word, 1}, {"prevword~", Key::kPrevWordSkip, 1},
        {"nextword~", Key::kNextWordSkip, 1},
        {"start", Key::kStart, 2},        {"cap", Key::kCap, 2},
        {"verb", Key::kVerb, 2},          {"known", Key::kKnown, 2},
    };
    int kind = -1;
    for (const KeyName& k : kKeys) {
      if (k.name == key) {
        c.key = k.key;
        kind = k.kind;
        break;
      }
    }
    if (kind < 0) return error("unknown condition key", key);
    if (kind == 0) {
      if (absl::Status s = ParseTags(values, &c.tags); !s.ok()) {
        return error(util::FromAbsl(s.message()), item);
      }
    } else if (kind == 1) {
      c.word_set = ParseWords(values);
      if (c.word_set < 0) return error("unknown word group", item);
    } else {
      if (values != "yes" && values != "no") return error("expected yes or no", item);
      c.flag = values == "yes";
    }
    rule.conditions[rule.condition_count++] = c;
  }
  if (rules_.size() >= 65535) return error("too many rules", line);
  const uint16_t id = static_cast<uint16_t>(rules_.size());
  rules_.push_back(rule);
  for (int t = 0; t < 64; ++t) {
    if ((rule.from & (TagMask{1} << t)) == 0) continue;
    by_tag_[t].push_back(id);
    reachable_[t] |= rule.force ? ~TagMask{0} : TagBit(rule.to);
  }
  return absl::OkStatus();
}

bool ContextRules::Holds(const Condition& c, int index, const std::string_view* words,
                         const uint64_t* masks, const TokenState* states, int count,
                         bool verb_before) const {
  auto tag_at = [&](int i) -> TagMask {
    return i < 0 || i >= count ? TagBit(Tag::kNone) : TagBit(states[i].tag);
  };
  auto skip = [&](int i, int step) -> int {
    for (int n = 0; n < kMaxSkip && i >= 0 && i < count && (TagBit(states[i].tag) & kAdverbs) != 0; ++n) {
      i += step;
    }
    return i;
  };
  auto word_in = [&](int i) -> bool {
    if (i < 0 || i >= count) return false;
    if (c.word_set < kMaskedSets) return ((masks[i] >> c.word_set) & 1) != 0;
    return word_sets_[c.word_set].contains(words[i]);
  };
  bool result = false;
  switch (c.key) {
    case Key::kPrev: result = (tag_at(index - 1) & c.tags) != 0; break;
    case Key::kPrev2: result = (tag_at(index - 2) & c.tags) != 0; break;
    case Key::kNext: result = (tag_at(index + 1) & c.tags) != 0; break;
    case Key::kNext2: result = (tag_at(index + 2) & c.tags) != 0; break;
    case Key::kPrevSkip: result = (tag_at(skip(index - 1, -1)) & c.tags) != 0; break;
    case Key::kNextSkip: result = (tag_at(skip(index + 1, 1)) & c.tags) != 0; break;
    case Key::kNextCan:
      result = index + 1 < count ? (states[index + 1].candidates & c.tags) != 0
                                 : (c.tags & TagBit(Tag::kNone)) != 0;
      break;
    case Key::kCan: result = (states[index].candidates & c.tags) != 0; break;
    case Key::kWord: result = word_in(index); break;
    case Key::kPrevWord: result = word_in(index - 1); break;
    case Key::kNextWord: result = word_in(index + 1); break;
    case Key::kPrev2Word: result = word_in(index - 2); break;
    case Key::kNext2Word: result = word_in(index + 2); break;
    case Key::kPrevWordSkip: result = word_in(skip(index - 1, -1)); break;
    case Key::kNextWordSkip: result = word_in(skip(index + 1, 1)); break;
    case Key::kStart: result = ((states[index].traits & kTraitStart) != 0) == c.flag; break;
    case Key::kCap: result = ((states[index].traits & kTraitCap) != 0) == c.flag; break;
    case Key::kKnown: result = ((states[index].traits & kTraitKnown) != 0) == c.flag; break;
    case Key::kVerb: result = verb_before == c.flag; break;
  }
  return result != c.negate;
}

void ContextRules::Apply(const std::string_view* words, TokenState* states, int count,
                         const uint64_t* given_masks) const {
  thread_local std::vector<uint64_t> own_masks;
  const uint64_t* masks = given_masks;
  if (masks == nullptr) {
    own_masks.resize(count);
    for (int i = 0; i < count; ++i) own_masks[i] = WordMask(words[i]);
    masks = own_masks.data();
  }
  const uint64_t clause_break_bit =
      clause_break_words_ >= 0 && clause_break_words_ < kMaskedSets ? uint64_t{1} << clause_break_words_ : 0;
  bool verb_before = false;
  for (int i = 0; i < count; ++i) {
    TokenState& s = states[i];
    const std::vector<uint16_t>& rules = by_tag_[static_cast<int>(s.tag)];
    const bool any = (s.candidates & reachable_[static_cast<int>(s.tag)]) != 0;
    for (size_t r = 0; any && r < rules.size(); ++r) {
      const Rule& rule = rules_[rules[r]];
      if (!rule.force && (s.candidates & TagBit(rule.to)) == 0) continue;
      bool all = true;
      for (int c = 0; c < rule.condition_count && all; ++c) {
        all = Holds(rule.conditions[c], i, words, masks, states, count, verb_before);
      }
      if (all) {
        s.tag = rule.to;
        break;
      }
    }
    // Words that open a clause ("that", "said") end the one before them,
    // even when they are verbs themselves.
    const TagMask bit = TagBit(s.tag);
    if ((bit & clause_break_tags_) != 0 ||
        (masks[i] & clause_break_bit) != 0 ||
        (clause_break_words_ >= kMaskedSets && word_sets_[clause_break_words_].contains(words[i]))) {
      verb_before = false;
    } else if ((bit & kFiniteVerbs) != 0) {
      verb_before = true;
    }
  }
}

}  // namespace dyad::tag
