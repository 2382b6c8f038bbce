// The tagger's lexicon: each known word with the tags it can take, most
// likely first, and the lemma of each reading.
//
//   Lexicon lexicon;
//   absl::Status s = lexicon.LoadIrregularVerbs("data/tag/irregular-verbs.txt");
//   if (s.ok()) s = lexicon.LoadWordNet("/usr/share/wordnet");       // optional
//   if (s.ok()) s = lexicon.LoadWordList("data/tag/closed-class.txt", kClosedClass);
//   if (s.ok()) lexicon.Finish();
//   const LexEntry* e = lexicon.Find("talks");   // NNS, then VBZ
//
// Load order matters: a word list replaces what earlier sources said about
// each word it lists (the hand-written order wins), so word lists come
// last; the irregular verb table comes before WordNet. Finish() must be
// called once after the last load and before the lexicon is used to tag.
// After Finish() the lexicon is immutable and safe to share between
// threads; views it returns live as long as the lexicon.
//
// The file formats are documented in docs/tagging.md and at the top of
// lexicon.cc.
#ifndef DYAD_TAG_LEXICON_H_
#define DYAD_TAG_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dyad/document.h"
#include "tag/pod_array.h"

namespace dyad::tag {

// Most readings one word keeps ("set": VBN VBD VB VBP NN JJ).
inline constexpr int kMaxReadings = 6;

// A bit per tag, for quick membership tests: TagBit(Tag::kNN) | ...
using TagMask = uint64_t;
inline constexpr TagMask TagBit(Tag tag) { return TagMask{1} << static_cast<int>(tag); }

// Entry flags.
enum LexFlag : uint8_t {
  kClosedClass = 1 << 0,      // a function word: keeps its tags when capitalized
  kKeepCapitalized = 1 << 1,  // listed with a capital ("American"): keeps its tags when capitalized
  kProperNoun = 1 << 2,       // WordNet's first noun sense is a name ("china", "russia")
  kProperAdjective = 1 << 3,  // WordNet's first adjective sense is capitalized ("american")
  kHandListed = 1 << 4,       // the tags and their order come from a word list
};

// One word of the lexicon. 32 bytes; lemmas are other entries. Everything
// tagging a token needs is here, so a token costs one cache line.
struct LexEntry {
  uint32_t key_offset;
  uint8_t key_size;
  uint8_t count;  // number of readings; 0 for an entry that only serves as a lemma
  uint8_t flags;
  uint8_t spare;
  std::array<Tag, kMaxReadings> tags;  // most likely first
  uint16_t lemma_select;  // 2 bits per reading: 0 = the word, 1 = lemma_a, 2 = lemma_b
  uint32_t lemma_a;       // entry indexes
  uint32_t lemma_b;
  // The context rules' word sets this word is in, a bit each (set by the
  // tagger through SetWordSets; see ContextRules::WordMask).
  uint64_t word_sets;

  Tag first() const { return tags[0]; }
  bool Has(Tag tag) const {
    for (int i = 0; i < count; ++i) {
      if (tags[i] == tag) return true;
    }
    return false;
  }
  TagMask mask() const {
    TagMask m = 0;
    for (int i = 0; i < count; ++i) m |= TagBit(tags[i]);
    return m;
  }
  bool HasFlag(LexFlag flag) const { return (flags & flag) != 0; }
};

// A suffix rule for words the lexicon lacks: "-tion" -> NN.
struct SuffixRule {
  std::string suffix;
  std::array<Tag, 3> tags{};  // most likely first; kNone pads
};

class Lexicon {
 public:
  Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Reads a word list: lines `word TAG[=lemma] ...`. A word list replaces
  // any earlier readings of the words it lists; `flags` (kClosedClass, ...)
  // are set on each of its entries. Returns NotFound when the file cannot
  // be read and InvalidArgument "FILE:LINE: reason: \"text\"" on the first
  // bad line (the lines before it are kept).
  absl::Status LoadWordList(const std::string& path, uint8_t flags);

  // Reads the irregular verb table: lines `base past participle [ing]`,
  // alternatives joined by `|`. Adds the base's forms and remembers the
  // base so that LoadWordNet does not invent a regular past for it. Call
  // before LoadWordNet. Errors as for LoadWordList.
  absl::Status LoadIrregularVerbs(const std::string& path);

  // Reads WordNet's index.{noun,verb,adj,adv}, exception lists, sense
  // counts (cntlist.rev) and the first synset of each noun and adjective
  // (data.noun, data.adj), and adds every single-word lemma with its
  // regular and irregular inflections. Returns NotFound when `dir` has no
  // index.noun; a missing optional file is skipped. Lines it cannot use
  // are skipped: WordNet is trusted, not checked.
  absl::Status LoadWordNet(const std::string& dir);

  // Reads the suffix rules for unknown words: lines `-suffix TAG [TAG...]`.
  absl::Status LoadSuffixes(const std::string& path);

  // Makes sure `word` has an entry (without readings, when it is new), so
  // that CachedFindIndex gives it an index that tables kept beside the
  // lexicon can use. Before Finish().
  void AddWord(std::string_view word) { Insert(word); }

  // Orders each entry's readings by weight and freezes the lexicon.
  void Finish();

  // Records the context rules' word sets of the entry at `index`, for
  // WordSetsAt. After Finish(), while the lexicon is still private to its
  // owner.
  void SetWordSets(uint32_t index, uint64_t sets) { entries_[index].word_sets = sets; }
  // The word sets of the entry at `index`; 0 for kNoEntry.
  uint64_t WordSetsAt(uint32_t index) const { return index == kNoEntry ? 0 : entries_[index].word_sets; }

  // Number of entries, readings or not: entry indexes are below it.
  size_t entry_count() const { return entries_.size(); }
  // CachedFindIndex's answer for a word that has no entry.
  static constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

  // The entry at `index` (from CachedFindIndex), or null for kNoEntry and
  // for entries without readings.
  const LexEntry* EntryAt(uint32_t index) const {
    return index == kNoEntry || entries_[index].count == 0 ? nullptr : &entries_[index];
  }

  // The entry of a lower-case word, or null.
  const LexEntry* Find(std::string_view word) const {
    const uint32_t index = CachedFindIndex(word);
    return index == kNoEntry || entries_[index].count == 0 ? nullptr : &entries_[index];
  }

  // FindIndex through a small per-thread cache of recently used short
  // words: news text repeats a few thousand words, and the cache keeps
  // their lookups out of the large hash table. Only after Finish().
  uint32_t CachedFindIndex(std::string_view word) const;

  // The lemma of reading `reading` of `e`, whose text is `word`.
  std::string_view LemmaOf(const LexEntry& e, int reading, std::string_view word) const {
    const int select = (e.lemma_select >> (2 * reading)) & 3;
    return select == 0 ? word : KeyOf(select == 1 ? e.lemma_a : e.lemma_b);
  }
  // The lemma of `word` (the text of `e`) read as `tag`; empty when `e`
  // has no such reading.
  std::string_view LemmaFor(const LexEntry& e, Tag tag, std::string_view word) const {
    for (int i = 0; i < e.count; ++i) {
      if (e.tags[i] == tag) return LemmaOf(e, i, word);
    }
    return {};
  }

  // The longest suffix rule matching `word`, or null.
  const SuffixRule* MatchSuffix(std::string_view word) const;

  // The best lemma for `word` read as `tag`: the entry's lemma when the
  // entry has that reading, else a rule guess (morphology.h) checked
  // against the known base forms. The view points into the lexicon, into
  // `word`, or (when a guess adds a letter) into `scratch`, which must hold
  // word.size() + 1 bytes.
  std::string_view Lemma(std::string_view word, Tag tag, char* scratch) const;

  // Number of words with at least one reading.
  size_t size() const;

 private:
  std::string_view KeyOf(uint32_t index) const {
    const LexEntry& e = entries_[index];
    return std::string_view(pool_.data() + e.key_offset, e.key_size);
  }
  uint32_t FindIndex(std::string_view word) const;
  uint32_t FindIndexHashed(std::string_view word, uint64_t hash) const;
  // The entry of `word`, created (without readings) when missing; kNoEntry
  // for words too long to store.
  uint32_t Insert(std::string_view word);
  void Rehash(size_t slot_count);
  // Adds one reading of `word` whose lemma is entry `lemma`; the reading's
  // weight comes from the lemma's weight for the tag's part of speech.
  void AddReading(std::string_view word, Tag tag, uint32_t lemma, uint8_t flags = 0);
  void AddReadingAt(uint32_t index, Tag tag, uint32_t lemma, uint8_t flags = 0);
  void AddVerbForms(std::string_view base, uint32_t base_index);
  int ReadingWeight(const LexEntry& e, int reading, uint32_t self) const;

  PodArray<LexEntry> entries_;
  // Sense counts per WordNet part of speech (n v a r), by entry: they order
  // the readings in Finish(), which then frees them.
  PodArray<std::array<uint16_t, 4>> weights_;
  PodArray<uint32_t> slots_;  // open addressing: 8 hash bits, 24 bits of entry index + 1
  uint64_t cache_id_ = 0;     // set by Finish(): tells this lexicon's cached lookups apart
  PodArray<char> pool_;       // the text of every key
  std::vector<uint32_t> irregular_bases_;  // sorted entry indexes
  std::vector<SuffixRule> suffixes_;  // longest first
};

}  // namespace dyad::tag

#endif  // DYAD_TAG_LEXICON_H_
