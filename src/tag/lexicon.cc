// The lexicon's loaders. The formats, all plain text, one entry a line,
// `#` starting a comment line or (after a space) a trailing comment:
//
// Word lists (closed-class.txt, news-words.txt, capitalized.txt):
//
//   talks   NNS VBZ          # the tags the word can take, most likely first
//   left    VBD VBN JJ NN RB
//   saw     VBD=see NN VB    # TAG=lemma gives the lemma of that reading
//   American JJ NNP          # a capital: keeps its tags when capitalized
//
// Without `=lemma` a reading's lemma comes from earlier sources (the
// irregular verb table, WordNet) or, failing those, from the suffix rules
// of morphology.h; nouns and verbs only, others use the word itself.
//
// The irregular verb table (irregular-verbs.txt):
//
//   base   past        participle
//   go     went        gone
//   burn   burned|burnt burned|burnt
//
// Suffix rules for words the lexicon lacks (suffixes.txt):
//
//   -tion  NN            # longest matching suffix wins
//   -ed    VBN VBD JJ
//
// WordNet's files are described in its wndb(5) and senseidx(5) pages; only
// the lemma, synset count and synset offsets of index.* lines, the pairs of
// *.exc and the counts of cntlist.rev are used.
#include "tag/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

#include "tag/morphology.h"
#include "util/strings.h"

namespace dyad::tag {
namespace {

constexpr size_t kMaxKeySize = 255;
constexpr uint32_t kMaxEntries = (1u << 24) - 2;
constexpr uint16_t kMaxCount = 7000;

uint64_t HashWord(std::string_view s) { return util::HashBytes(s); }

// Calls fn(line, line_number) for each line of `text` (without the
// newline) until fn returns false.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const void* nl = std::memchr(text.data(), '\n', text.size());
    const size_t len = nl == nullptr ? text.size() : static_cast<const char*>(nl) - text.data();
    std::string_view line = text.substr(0, len);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    text.remove_prefix(nl == nullptr ? len : len + 1);
    if (!fn(line, line_number)) return;
  }
}

// Splits on spaces and tabs into at most N fields; returns the count.
template <size_t N>
size_t SplitFields(std::string_view line, std::array<std::string_view, N>* fields) {
  size_t count = 0;
  size_t i = 0;
  while (i < line.size() && count < N) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    (*fields)[count++] = line.substr(start, i - start);
  }
  return count;
}

// The next field of `*rest` (separated by spaces), removed from it.
std::string_view NextField(std::string_view* rest) {
  size_t i = 0;
  while (i < rest->size() && (*rest)[i] == ' ') ++i;
  size_t j = i;
  while (j < rest->size() && (*rest)[j] != ' ' && (*rest)[j] != '\n') ++j;
  const std::string_view field = rest->substr(i, j - i);
  rest->remove_prefix(j);
  return field;
}

// The line without a comment: a `#` at its start or after a space or tab.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return util::Strip(line.substr(0, i));
    }
  }
  return util::Strip(line);
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool ParseUint(std::string_view s, int base, uint64_t* out) {
  if (s.empty() || s.size() > 12) return false;
  uint64_t value = 0;
  for (char c : s) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return false;
    }
    value = value * base + digit;
  }
  *out = value;
  return true;
}

bool IsVerbTag(Tag tag) { return tag >= Tag::kVB && tag <= Tag::kVBZ; }
bool IsNounTag(Tag tag) { return tag >= Tag::kNN && tag <= Tag::kNNPS; }
bool HasLemmaOfItsOwn(Tag tag) {
  return IsVerbTag(tag) || IsNounTag(tag) || tag == Tag::kJJR || tag == Tag::kJJS ||
         tag == Tag::kRBR || tag == Tag::kRBS;
}

// WordNet's parts of speech, as indexes into a weights_ row.
enum WordNetPos { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3, kNoPos = 4 };

int PosOfTag(Tag tag) {
  switch (tag) {
    case Tag::kNN: case Tag::kNNS: case Tag::kNNP: case Tag::kNNPS:
      return kNoun;
    case Tag::kVB: case Tag::kVBD: case Tag::kVBG: case Tag::kVBN: case Tag::kVBP: case Tag::kVBZ:
      return kVerb;
    case Tag::kJJ: case Tag::kJJR: case Tag::kJJS:
      return kAdj;
    case Tag::kRB: case Tag::kRBR: case Tag::kRBS:
      return kAdv;
    default:
      return kNoPos;
  }
}

bool IsComparative(Tag tag) {
  return tag == Tag::kJJR || tag == Tag::kJJS || tag == Tag::kRBR || tag == Tag::kRBS;
}

// Breaks weight ties: the smaller wins.
int TiePriority(Tag tag) {
  switch (tag) {
    case Tag::kNN: return 0;
    case Tag::kNNS: return 1;
    case Tag::kVBD: return 2;
    case Tag::kVBN: return 3;
    case Tag::kVB: return 4;
    case Tag::kVBP: return 5;
    case Tag::kVBZ: return 6;
    case Tag::kVBG: return 7;
    case Tag::kJJ: return 8;
    default: return 9 + static_cast<int>(tag);
  }
}

std::string LineError(const std::string& path, size_t line, std::string_view reason,
                      std::string_view text) {
  return util::Cat(path, ":", line, ": ", reason, ": \"", text, "\"");
}

// Whether, in the data.* line at byte `offset` (a synset: offset lex_filenum
// ss_type w_cnt word lex_id [word lex_id...] ...), the word spelled like
// `lemma` (ignoring case) starts with a capital. Reads only the words.
bool FirstSenseCapitalized(std::string_view data, uint64_t offset, std::string_view lemma) {
  if (offset >= data.size()) return false;
  std::string_view rest = data.substr(offset, std::min<size_t>(data.size() - offset, 4096));
  NextField(&rest);
  NextField(&rest);
  NextField(&rest);
  uint64_t word_count = 0;
  if (!ParseUint(NextField(&rest), 16, &word_count)) return false;
  for (uint64_t w = 0; w < word_count && !rest.empty(); ++w) {
    std::string_view word = NextField(&rest);
    NextField(&rest);  // lex_id
    // Adjectives may carry a marker such as "(a)" or "(p)".
    const size_t paren = word.find('(');
    if (paren != std::string_view::npos) word = word.substr(0, paren);
    if (word.size() != lemma.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) {
      char c = word[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == lemma[i];
    }
    if (same) return word[0] >= 'A' && word[0] <= 'Z';
  }
  return false;
}

}  // namespace

Lexicon::Lexicon() {
  entries_.Reserve(1 << 18);
  weights_.Reserve(1 << 18);
  pool_.Reserve(1 << 21);
  Rehash(1 << 19);
}

size_t Lexicon::size() const {
  size_t n = 0;
  for (size_t i = 0; i < entries_.size(); ++i) n += entries_[i].count > 0 ? 1 : 0;
  return n;
}

uint32_t Lexicon::CachedFindIndex(std::string_view word) const {
  // Words of up to 11 bytes (nearly every token of news text) go through a
  // per-thread cache of four-way sets, one 64-byte cache line a set, 16,384
  // words in 256 KiB: the words news repeats stay in it, and looking one up
  // touches a single line. The most recently used way of a set comes first.
  // The cache belongs to one lexicon at a time and is emptied when another
  // lexicon uses it on the same thread.
  constexpr size_t kCachedSize = 11;
  if (cache_id_ == 0 || word.empty() || word.size() > kCachedSize) return FindIndex(word);
  struct Slot {
    uint32_t index;
    char key[1 + kCachedSize];  // the size, then the text padded with zero bytes
  };
  static_assert(sizeof(Slot) == 16);
  constexpr size_t kWays = 4;
  constexpr size_t kSets = 4096;
  struct alignas(64) Set {
    Slot way[kWays];
  };
  struct Cache {
    uint64_t owner = 0;
    Set sets[kSets];
  };
  static thread_local Cache cache;
  if (cache.owner != cache_id_) {
    std::memset(static_cast<void*>(cache.sets), 0, sizeof cache.sets);
    cache.owner = cache_id_;
  }
  char key[1 + kCachedSize] = {};
  key[0] = static_cast<char>(word.size());
  std::memcpy(key + 1, word.data(), word.size());
  const uint64_t h = HashWord(word);
  Set& set = cache.sets[(h >> 20) & (kSets - 1)];
  for (size_t w = 0; w < kWays; ++w) {
    if (std::memcmp(set.way[w].key, key, sizeof key) != 0) continue;
    const Slot hit = set.way[w];
    if (w != 0) {
      std::memmove(&set.way[1], &set.way[0], w * sizeof(Slot));
      set.way[0] = hit;
    }
    return hit.index;
  }
  const uint32_t index = FindIndexHashed(word, h);
  std::memmove(&set.way[1], &set.way[0], (kWays - 1) * sizeof(Slot));
  set.way[0].index = index;
  std::memcpy(set.way[0].key, key, sizeof key);
  return index;
}

uint32_t Lexicon::FindIndex(std::string_view word) const {
  if (word.size() > kMaxKeySize || slots_.size() == 0) return kNoEntry;
  return FindIndexHashed(word, HashWord(word));
}

uint32_t Lexicon::FindIndexHashed(std::string_view word, uint64_t h) const {
  if (word.size() > kMaxKeySize || slots_.size() == 0) return kNoEntry;
  const uint32_t tag = static_cast<uint32_t>(h >> 56);
  const size_t mask = slots_.size() - 1;
  for (size_t pos = h & mask;; pos = (pos + 1) & mask) {
    const uint32_t slot = slots_[pos];
    if (slot == 0) return kNoEntry;
    if ((slot >> 24) != tag) continue;
    const uint32_t index = (slot & 0xFFFFFFu) - 1;
    if (KeyOf(index) == word) return index;
  }
}

void Lexicon::Rehash(size_t slot_count) {
  PodArray<uint32_t> fresh;
  if (!fresh.Reserve(slot_count)) return;
  fresh.Resize(slot_count);
  const size_t mask = slot_count - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const uint64_t h = HashWord(KeyOf(static_cast<uint32_t>(i)));
    size_t pos = h & mask;
    while (fresh[pos] != 0) pos = (pos + 1) & mask;
    fresh[pos] = (static_cast<uint32_t>(h >> 56) << 24) | static_cast<uint32_t>(i + 1);
  }
  slots_.Swap(fresh);
}

uint32_t Lexicon::Insert(std::string_view word) {
  if (word.empty() || word.size() > kMaxKeySize) return kNoEntry;
  if (const uint32_t found = FindIndex(word); found != kNoEntry) return found;
  if (entries_.size() >= kMaxEntries) return kNoEntry;
  if ((entries_.size() + 1) * 10 > slots_.size() * 6) Rehash(slots_.size() * 2);
  const size_t offset = pool_.Grow(word.size());
  const size_t index = entries_.Grow(1);
  if (offset == static_cast<size_t>(-1) || index == static_cast<size_t>(-1)) return kNoEntry;
  if (weights_.Grow(1) != index) return kNoEntry;
  std::memcpy(pool_.data() + offset, word.data(), word.size());
  LexEntry& e = entries_[index];
  e.key_offset = static_cast<uint32_t>(offset);
  e.key_size = static_cast<uint8_t>(word.size());
  e.lemma_a = kNoEntry;
  e.lemma_b = kNoEntry;
  const uint64_t h = HashWord(word);
  const size_t mask = slots_.size() - 1;
  size_t pos = h & mask;
  while (slots_[pos] != 0) pos = (pos + 1) & mask;
  slots_[pos] = (static_cast<uint32_t>(h >> 56) << 24) | static_cast<uint32_t>(index + 1);
  return static_cast<uint32_t>(index);
}

int Lexicon::ReadingWeight(const LexEntry& e, int reading, uint32_t self) const {
  const int select = (e.lemma_select >> (2 * reading)) & 3;
  const uint32_t lemma = select == 0 ? self : select == 1 ? e.lemma_a : e.lemma_b;
  const int pos = PosOfTag(e.tags[reading]);
  if (pos == kNoPos || lemma == kNoEntry) return 0;
  const int weight = weights_[lemma][pos];
  return IsComparative(e.tags[reading]) ? weight / 4 : weight;
}

void Lexicon::AddReading(std::string_view word, Tag tag, uint32_t lemma, uint8_t flags) {
  const uint32_t index = Insert(word);
  if (index != kNoEntry) AddReadingAt(index, tag, lemma, flags);
}

void Lexicon::AddReadingAt(uint32_t index, Tag tag, uint32_t lemma, uint8_t flags) {
  LexEntry& e = entries_[index];
  e.flags |= flags;
  auto set_select = [&](int reading, int select) {
    e.lemma_select = static_cast<uint16_t>((e.lemma_select & ~(3u << (2 * reading))) |
                                           (static_cast<unsigned>(select) << (2 * reading)));
  };
  // Which lemma slot `lemma` uses, taking a free one if needed; -1 if none.
  auto select_for = [&]() -> int {
    if (lemma == index || lemma == kNoEntry) return 0;
    if (lemma == e.lemma_a) return 1;
    if (lemma == e.lemma_b) return 2;
    const uint32_t used = e.lemma_select;
    bool a_used = false, b_used = false;
    for (int i = 0; i < e.count; ++i) {
      const int s = (used >> (2 * i)) & 3;
      a_used |= s == 1;
      b_used |= s == 2;
    }
    if (!a_used) {
      e.lemma_a = lemma;
      return 1;
    }
    if (!b_used) {
      e.lemma_b = lemma;
      return 2;
    }
    return -1;
  };
  const int pos = PosOfTag(tag);
  const int weight = pos == kNoPos || lemma == kNoEntry ? 0 : weights_[lemma][pos];
  for (int i = 0; i < e.count; ++i) {
    if (e.tags[i] != tag) continue;
    // The same tag from another base ("hoping" from hope and hop): the more
    // frequent base gives the lemma.
    if (weight > ReadingWeight(e, i, index)) {
      const int select = select_for();
      if (select >= 0) set_select(i, select);
    }
    return;
  }
  int slot = e.count;
  if (slot == kMaxReadings) {
    slot = 0;
    for (int i = 1; i < kMaxReadings; ++i) {
      if (ReadingWeight(e, i, index) < ReadingWeight(e, slot, index)) slot = i;
    }
    if (ReadingWeight(e, slot, index) >= weight) return;
    set_select(slot, 0);
  }
  const int select = select_for();
  if (select < 0) return;
  e.tags[slot] = tag;
  set_select(slot, select);
  if (slot == e.count) ++e.count;
}

void Lexicon::AddVerbForms(std::string_view base, uint32_t base_index) {
  std::string form;
  AddReadingAt(base_index, Tag::kVB, base_index);
  AddReadingAt(base_index, Tag::kVBP, base_index);
  AppendThirdPerson(base, &form);
  AddReading(form, Tag::kVBZ, base_index);
  form.clear();
  AppendPresentParticiple(base, &form);
  AddReading(form, Tag::kVBG, base_index);
}

absl::Status Lexicon::LoadWordList(const std::string& path, uint8_t flags) {
  MappedFile file;
  if (absl::Status s = file.Open(path); !s.ok()) return s;
  absl::Status status;
  ForEachLine(file.text(), [&](std::string_view raw, size_t line_number) {
    const std::string_view line = StripComment(raw);
    if (line.empty()) return true;
    std::array<std::string_view, kMaxReadings + 2> fields;
    const size_t n = SplitFields(line, &fields);
    if (n < 2) {
      status = absl::InvalidArgumentError(LineError(path, line_number, "a word needs at least one tag", line));
      return false;
    }
    if (n > kMaxReadings + 1) {
      status = absl::InvalidArgumentError(
          LineError(path, line_number, util::Cat("more than ", kMaxReadings, " tags"), line));
      return false;
    }
    if (fields[0].size() > kMaxKeySize) {
      status = absl::InvalidArgumentError(LineError(path, line_number, "word too long", fields[0]));
      return false;
    }
    const std::string lower = ToLower(fields[0]);
    uint8_t entry_flags = flags | kHandListed;
    if (HasUpper(fields[0])) entry_flags |= kKeepCapitalized;
    const uint32_t index = Insert(lower);
    if (index == kNoEntry) {
      status = absl::ResourceExhaustedError(util::Cat(path, ":", line_number, ": lexicon full"));
      return false;
    }
    std::array<Tag, kMaxReadings> tags{};
    std::array<uint32_t, kMaxReadings> lemmas{};
    for (size_t f = 1; f < n; ++f) {
      std::string_view tag_text = fields[f];
      std::string_view lemma_text;
      if (const size_t eq = tag_text.find('='); eq != std::string_view::npos) {
        lemma_text = tag_text.substr(eq + 1);
        tag_text = tag_text.substr(0, eq);
        if (lemma_text.empty() || lemma_text.size() > kMaxKeySize) {
          status = absl::InvalidArgumentError(LineError(path, line_number, "bad lemma after '='", fields[f]));
          return false;
        }
      }
      const Tag tag = TagFromName(tag_text);
      if (tag == Tag::kNone) {
        status = absl::InvalidArgumentError(LineError(path, line_number, "unknown tag", tag_text));
        return false;
      }
      for (size_t g = 1; g < f; ++g) {
        if (tags[g - 1] == tag) {
          status = absl::InvalidArgumentError(LineError(path, line_number, "tag given twice", tag_text));
          return false;
        }
      }
      tags[f - 1] = tag;
      // The lemma: given here, else known from earlier sources, else by rule.
      uint32_t lemma = index;
      const LexEntry& previous = entries_[index];
      int known = -1;
      for (int r = 0; r < previous.count; ++r) {
        if (previous.tags[r] == tag) known = r;
      }
      if (!lemma_text.empty()) {
        lemma = Insert(ToLower(lemma_text));
      } else if (known >= 0) {
        const int select = (previous.lemma_select >> (2 * known)) & 3;
        lemma = select == 0 ? index : select == 1 ? previous.lemma_a : previous.lemma_b;
      } else if (HasLemmaOfItsOwn(tag)) {
        std::string scratch(lower.size() + 1, '\0');
        const std::string guess(Lemma(lower, tag, scratch.data()));
        lemma = Insert(guess);
      }
      lemmas[f - 1] = lemma == kNoEntry ? index : lemma;
    }
    LexEntry& e = entries_[index];
    const uint8_t kept = e.flags & (kProperNoun | kProperAdjective);
    e.count = 0;
    e.lemma_select = 0;
    e.lemma_a = kNoEntry;
    e.lemma_b = kNoEntry;
    for (size_t f = 1; f < n; ++f) AddReadingAt(index, tags[f - 1], lemmas[f - 1]);
    entries_[index].flags = static_cast<uint8_t>(entry_flags | kept);
    return true;
  });
  return status;
}

absl::Status Lexicon::LoadIrregularVerbs(const std::string& path) {
  MappedFile file;
  if (absl::Status s = file.Open(path); !s.ok()) return s;
  absl::Status status;
  ForEachLine(file.text(), [&](std::string_view raw, size_t line_number) {
    const std::string_view line = StripComment(raw);
    if (line.empty()) return true;
    std::array<std::string_view, 5> fields;
    const size_t n = SplitFields(line, &fields);
    if (n != 3 && n != 4) {
      status = absl::InvalidArgumentError(LineError(
          path, line_number, "expected base, past and participle (and optionally the -ing form)", line));
      return false;
    }
    const std::string base = ToLower(fields[0]);
    const uint32_t base_index = Insert(base);
    if (base_index == kNoEntry) {
      status = absl::InvalidArgumentError(LineError(path, line_number, "bad base form", fields[0]));
      return false;
    }
    AddVerbForms(base, base_index);
    irregular_bases_.push_back(base_index);
    if (n == 4) AddReading(ToLower(fields[3]), Tag::kVBG, base_index);
    for (std::string_view past : util::Split(fields[1], '|', true)) {
      AddReading(ToLower(past), Tag::kVBD, base_index);
    }
    for (std::string_view participle : util::Split(fields[2], '|', true)) {
      AddReading(ToLower(participle), Tag::kVBN, base_index);
    }
    return true;
  });
  std::sort(irregular_bases_.begin(), irregular_bases_.end());
  return status;
}

absl::Status Lexicon::LoadWordNet(const std::string& dir) {
  MappedFile index_noun;
  if (absl::Status s = index_noun.Open(dir + "/index.noun"); !s.ok()) return s;

  // 1. Sense counts from the tagged corpus, summed per lemma and part of
  // speech, kept in weights_ by lemma entry.
  if (MappedFile cntlist; cntlist.Open(dir + "/cntlist.rev").ok()) {
    ForEachLine(cntlist.text(), [&](std::string_view line, size_t) {
      const size_t percent = line.find('%');
      if (percent == std::string_view::npos || percent == 0 || percent + 1 >= line.size()) return true;
      const std::string_view lemma = line.substr(0, percent);
      if (lemma.find('_') != std::string_view::npos) return true;
      const char ss_type = line[percent + 1];
      const int pos = ss_type == '1' ? kNoun : ss_type == '2' ? kVerb : ss_type == '4' ? kAdv : kAdj;
      const size_t last_space = line.rfind(' ');
      uint64_t count = 0;
      if (last_space == std::string_view::npos || !ParseUint(line.substr(last_space + 1), 10, &count)) {
        return true;
      }
      const uint32_t index = Insert(lemma);
      if (index == kNoEntry) return true;
      uint16_t& w = weights_[index][pos];
      w = static_cast<uint16_t>(std::min<uint64_t>(w + count, kMaxCount));
      return true;
    });
  }

  // 2. Exception lists: irregular forms and the bases that have them.
  std::array<MappedFile, 4> exc_files;
  struct Exception {
    std::string_view form;
    std::string_view base;
  };
  std::array<std::vector<Exception>, 4> exceptions;
  util::ViewSet verb_bases_with_past, verb_bases_with_ing, adj_bases_with_forms;
  static constexpr const char* kExcFiles[4] = {"noun.exc", "verb.exc", "adj.exc", "adv.exc"};
  for (int pos = 0; pos < 4; ++pos) {
    if (!exc_files[pos].Open(dir + "/" + kExcFiles[pos]).ok()) continue;
    ForEachLine(exc_files[pos].text(), [&](std::string_view line, size_t) {
      std::array<std::string_view, 2> fields;
      if (SplitFields(line, &fields) != 2) return true;
      if (fields[0].find('_') != std::string_view::npos || fields[1].find('_') != std::string_view::npos) {
        return true;
      }
      exceptions[pos].push_back({fields[0], fields[1]});
      if (pos == kVerb) {
        // A listed -ing form, or a past that only respells the regular one
        // ("stopped", "admitted", "panicked"), replaces the rule's form;
        // other irregular pasts ("wrought") come beside it ("worked").
        if (EndsWith(fields[0], "ing")) {
          verb_bases_with_ing.insert(fields[1]);
        } else if (EndsWith(fields[0], "ed") && fields[0].substr(0, fields[1].size()) == fields[1]) {
          verb_bases_with_past.insert(fields[1]);
        }
      } else if (pos == kAdj) {
        adj_bases_with_forms.insert(fields[1]);
      }
      return true;
    });
  }
  auto is_irregular = [&](uint32_t index) {
    return std::binary_search(irregular_bases_.begin(), irregular_bases_.end(), index);
  };

  // 3. The index files: every single-word lemma and its regular forms.
  MappedFile data_noun, data_adj;
  const bool have_data_noun = data_noun.Open(dir + "/data.noun").ok();
  const bool have_data_adj = data_adj.Open(dir + "/data.adj").ok();
  static constexpr const char* kIndexFiles[4] = {"index.noun", "index.verb", "index.adj", "index.adv"};
  std::string form;
  for (int pos = 0; pos < 4; ++pos) {
    MappedFile other;
    if (pos != kNoun && !other.Open(dir + "/" + kIndexFiles[pos]).ok()) continue;
    const std::string_view text = pos == kNoun ? index_noun.text() : other.text();
    ForEachLine(text, [&](std::string_view line, size_t) {
      if (line.empty() || line[0] == ' ') return true;  // the licence header
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      std::string_view rest = line;
      const std::string_view lemma = NextField(&rest);
      if (lemma.find('_') != std::string_view::npos) return true;
      NextField(&rest);
      uint64_t synsets = 0, pointers = 0;
      if (!ParseUint(NextField(&rest), 10, &synsets) || !ParseUint(NextField(&rest), 10, &pointers)) {
        return true;
      }
      const uint32_t index = Insert(lemma);
      if (index == kNoEntry) return true;
      const uint16_t tagged_count = weights_[index][pos];
      weights_[index][pos] = static_cast<uint16_t>(std::min<uint16_t>(tagged_count, kMaxCount) * 8 +
                                                           std::min<uint64_t>(synsets, 7) + 1);
      // The first synset offset follows the pointer symbols and two counts.
      uint64_t first_offset = 0;
      bool have_offset = false;
      if (pos == kNoun || pos == kAdj) {
        for (uint64_t skip = 0; skip < pointers + 2 && !rest.empty(); ++skip) NextField(&rest);
        have_offset = ParseUint(NextField(&rest), 10, &first_offset);
      }
      switch (pos) {
        case kNoun: {
          uint8_t flags = 0;
          if (have_data_noun && have_offset && FirstSenseCapitalized(data_noun.text(), first_offset, lemma)) {
            flags = kProperNoun;
          }
          AddReadingAt(index, Tag::kNN, index, flags);
          form.clear();
          AppendRegularPlural(lemma, &form);
          AddReading(form, Tag::kNNS, index, flags);
          break;
        }
        case kVerb: {
          AddReadingAt(index, Tag::kVB, index);
          AddReadingAt(index, Tag::kVBP, index);
          form.clear();
          AppendThirdPerson(lemma, &form);
          AddReading(form, Tag::kVBZ, index);
          if (!verb_bases_with_ing.contains(lemma)) {
            form.clear();
            AppendPresentParticiple(lemma, &form);
            AddReading(form, Tag::kVBG, index);
          }
          if (!verb_bases_with_past.contains(lemma) && !is_irregular(index)) {
            form.clear();
            AppendRegularPast(lemma, &form);
            AddReading(form, Tag::kVBD, index);
            AddReading(form, Tag::kVBN, index);
          }
          break;
        }
        case kAdj: {
          uint8_t flags = 0;
          if (have_data_adj && have_offset && FirstSenseCapitalized(data_adj.text(), first_offset, lemma)) {
            flags = kProperAdjective;
          }
          AddReadingAt(index, Tag::kJJ, index, flags);
          // Comparatives by rule only for adjectives seen in the tagged
          // corpus: rare ones make false readings ("matter" from "mat").
          if (tagged_count > 0 && !adj_bases_with_forms.contains(lemma) && TakesComparative(lemma)) {
            form.clear();
            AppendComparative(lemma, "er", &form);
            AddReading(form, Tag::kJJR, index);
            form.clear();
            AppendComparative(lemma, "est", &form);
            AddReading(form, Tag::kJJS, index);
          }
          break;
        }
        case kAdv:
          AddReadingAt(index, Tag::kRB, index);
          break;
      }
      return true;
    });
  }

  // 4. Irregular forms, weighted like their base.
  for (int pos = 0; pos < 4; ++pos) {
    for (const Exception& x : exceptions[pos]) {
      const uint32_t base = Insert(x.base);
      if (base == kNoEntry) continue;
      switch (pos) {
        case kNoun:
          AddReading(x.form, Tag::kNNS, base);
          break;
        case kVerb: {
          // WordNet lists the British doubled l ("travelled", "labelled");
          // the American single l ("traveled", "labeled") is read as well.
          std::string american;
          const bool doubled_l = x.base.size() > 2 && x.base.back() == 'l' && x.base[x.base.size() - 2] != 'l' &&
                                 x.form.size() == x.base.size() + (EndsWith(x.form, "ing") ? 4 : 3) &&
                                 x.form.substr(0, x.base.size()) == x.base && x.form[x.base.size()] == 'l';
          if (doubled_l) {
            american.assign(x.base);
            american.append(x.form.substr(x.base.size() + 1));
          }
          if (EndsWith(x.form, "ing")) {
            AddReading(x.form, Tag::kVBG, base);
            if (doubled_l) AddReading(american, Tag::kVBG, base);
          } else if (x.form.back() == 's' && x.base.back() != 's') {
            AddReading(x.form, Tag::kVBZ, base);
          } else if (!is_irregular(base)) {
            AddReading(x.form, Tag::kVBD, base);
            AddReading(x.form, Tag::kVBN, base);
            if (doubled_l) {
              AddReading(american, Tag::kVBD, base);
              AddReading(american, Tag::kVBN, base);
            }
          }
          break;
        }
        case kAdj:
        case kAdv: {
          const bool superlative = EndsWith(x.form, "est");
          const bool comparative = EndsWith(x.form, "er");
          if (superlative) AddReading(x.form, pos == kAdj ? Tag::kJJS : Tag::kRBS, base);
          if (comparative) AddReading(x.form, pos == kAdj ? Tag::kJJR : Tag::kRBR, base);
          break;
        }
      }
    }
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadSuffixes(const std::string& path) {
  MappedFile file;
  if (absl::Status s = file.Open(path); !s.ok()) return s;
  absl::Status status;
  ForEachLine(file.text(), [&](std::string_view raw, size_t line_number) {
    const std::string_view line = StripComment(raw);
    if (line.empty()) return true;
    std::array<std::string_view, 5> fields;
    const size_t n = SplitFields(line, &fields);
    if (n < 2 || n > 4) {
      status = absl::InvalidArgumentError(
          LineError(path, line_number, "expected -suffix and one to three tags", line));
      return false;
    }
    if (fields[0].size() < 2 || fields[0][0] != '-') {
      status = absl::InvalidArgumentError(LineError(path, line_number, "a suffix starts with '-'", fields[0]));
      return false;
    }
    SuffixRule rule;
    rule.suffix = ToLower(fields[0].substr(1));
    for (size_t f = 1; f < n; ++f) {
      rule.tags[f - 1] = TagFromName(fields[f]);
      if (rule.tags[f - 1] == Tag::kNone) {
        status = absl::InvalidArgumentError(LineError(path, line_number, "unknown tag", fields[f]));
        return false;
      }
    }
    suffixes_.push_back(std::move(rule));
    return true;
  });
  // Longest first, so the first match is the longest.
  std::stable_sort(suffixes_.begin(), suffixes_.end(), [](const SuffixRule& a, const SuffixRule& b) {
    return a.suffix.size() > b.suffix.size();
  });
  return status;
}

void Lexicon::Finish() {
  static std::atomic<uint64_t> next_cache_id{1};
  cache_id_ = next_cache_id.fetch_add(1);
  for (size_t index = 0; index < entries_.size(); ++index) {
    LexEntry& e = entries_[index];
    if (e.count < 2 || e.HasFlag(kHandListed)) continue;
    const uint32_t self = static_cast<uint32_t>(index);
    // WordNet lists some plurals as lemmas of their own ("talks", "troops",
    // "arms"); where the singular is a common enough noun, the word is its
    // plural (NNS), not a singular noun.
    int nn = -1, nns = -1;
    for (int i = 0; i < e.count; ++i) {
      if (e.tags[i] == Tag::kNN && ((e.lemma_select >> (2 * i)) & 3) == 0) nn = i;
      if (e.tags[i] == Tag::kNNS && ((e.lemma_select >> (2 * i)) & 3) != 0) nns = i;
    }
    if (nn >= 0 && nns >= 0) {
      const int select = (e.lemma_select >> (2 * nns)) & 3;
      const uint32_t singular_index = select == 1 ? e.lemma_a : e.lemma_b;
      const LexEntry& singular = entries_[singular_index];
      if (singular.key_size >= 3 && weights_[singular_index][kNoun] * 2 >= weights_[self][kNoun]) {
        for (int i = nn; i + 1 < e.count; ++i) {
          e.tags[i] = e.tags[i + 1];
          const unsigned next = (e.lemma_select >> (2 * (i + 1))) & 3;
          e.lemma_select = static_cast<uint16_t>((e.lemma_select & ~(3u << (2 * i))) | (next << (2 * i)));
        }
        --e.count;
        e.lemma_select = static_cast<uint16_t>(e.lemma_select & ((1u << (2 * e.count)) - 1));
      }
    }
    // Insertion sort of at most six readings by weight, then tie priority.
    for (int i = 1; i < e.count; ++i) {
      for (int j = i; j > 0; --j) {
        const int wj = ReadingWeight(e, j, self);
        const int wk = ReadingWeight(e, j - 1, self);
        const bool better = wj > wk || (wj == wk && TiePriority(e.tags[j]) < TiePriority(e.tags[j - 1]));
        if (!better) break;
        std::swap(e.tags[j], e.tags[j - 1]);
        const unsigned a = (e.lemma_select >> (2 * j)) & 3;
        const unsigned b = (e.lemma_select >> (2 * (j - 1))) & 3;
        unsigned select = e.lemma_select & ~((3u << (2 * j)) | (3u << (2 * (j - 1))));
        select |= (a << (2 * (j - 1))) | (b << (2 * j));
        e.lemma_select = static_cast<uint16_t>(select);
      }
    }
  }
  // The weights have done their work.
  PodArray<std::array<uint16_t, 4>> none;
  weights_.Swap(none);
}

const SuffixRule* Lexicon::MatchSuffix(std::string_view word) const {
  for (const SuffixRule& rule : suffixes_) {
    if (rule.suffix.size() < word.size() && EndsWith(word, rule.suffix)) return &rule;
  }
  return nullptr;
}

std::string_view Lexicon::Lemma(std::string_view word, Tag tag, char* scratch) const {
  if (const LexEntry* e = Find(word)) {
    if (std::string_view lemma = LemmaFor(*e, tag, word); !lemma.empty()) return lemma;
  }
  const LemmaCandidates guesses = RuleLemmas(word, tag);
  if (guesses.size() == 0) return word;
  const bool verb = IsVerbTag(tag);
  const bool noun = IsNounTag(tag);
  for (int i = 0; i < guesses.size(); ++i) {
    const std::string_view text = guesses[i].Text(scratch);
    const uint32_t index = CachedFindIndex(text);
    if (index == kNoEntry) continue;
    const LexEntry& e = entries_[index];
    const bool fits = verb ? e.Has(Tag::kVB) : noun ? (e.Has(Tag::kNN) || e.Has(Tag::kNNP))
                                                   : (e.Has(Tag::kJJ) || e.Has(Tag::kRB));
    if (fits) return KeyOf(index);
  }
  return guesses[0].Text(scratch);
}

}  // namespace dyad::tag
