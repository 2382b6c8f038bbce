// WordTable: a map from words to 32-bit values, built once at load time
// and then read for every token of every article.
//
//   dyad::util::WordTable ids;
//   ids.Insert("kremlin", 7);
//   uint32_t id = ids.Find(token.lower);   // WordTable::kMissing when absent
//
// Why not a general hash map: a lookup per token is the hot path of actor
// matching, and the tables are larger than the processor's caches, so what
// a lookup costs is the cache lines it touches. A general map touches
// three (its control bytes, its slot, the key's heap buffer); here a word of
// up to 27 bytes sits inside its 32-byte slot, so a lookup touches one line,
// rarely two. Longer words (rare in news text) live in an ordinary map.
#ifndef DYAD_UTIL_WORD_TABLE_H_
#define DYAD_UTIL_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "util/strings.h"

namespace dyad::util {

class WordTable {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;
  // Longest word stored inside a slot.
  static constexpr size_t kInlineSize = 27;

  WordTable() { slots_.resize(kInitialSlots); }

  // The value of `word`, or kMissing. The empty word is never present.
  // Always inlined: it runs for every token of every article.
  [[gnu::always_inline]] inline uint32_t Find(std::string_view word) const {
    const size_t n = word.size();
    if (n == 0) return kMissing;
    if (n > kInlineSize) {
      auto it = long_words_.find(word);
      return it == long_words_.end() ? kMissing : it->second;
    }
    const size_t mask = slots_.size() - 1;
    for (size_t pos = HashBytes(word) & mask;; pos = (pos + 1) & mask) {
      const Slot& slot = slots_[pos];
      if (slot.size == 0) return kMissing;
      if (slot.size == n && std::memcmp(slot.text, word.data(), n) == 0) return slot.value;
    }
  }

  // Sets the value of `word` (a non-empty word), replacing an earlier one.
  void Insert(std::string_view word, uint32_t value) {
    if (word.empty()) return;
    if (word.size() > kInlineSize) {
      long_words_[word] = value;
      return;
    }
    if (Slot* slot = SlotOf(word); slot->size != 0) {
      slot->value = value;
      return;
    }
    if ((inline_count_ + 1) * 2 > slots_.size()) Grow();
    Slot* slot = SlotOf(word);
    slot->value = value;
    slot->size = static_cast<uint8_t>(word.size());
    std::memcpy(slot->text, word.data(), word.size());
    ++inline_count_;
  }

  size_t size() const { return inline_count_ + long_words_.size(); }

 private:
  struct alignas(32) Slot {
    uint32_t value = kMissing;
    uint8_t size = 0;  // 0: empty
    char text[kInlineSize];
  };
  static_assert(sizeof(Slot) == 32);
  static constexpr size_t kInitialSlots = 64;

  // The slot holding `word`, or the empty slot where it would go.
  Slot* SlotOf(std::string_view word) {
    const size_t mask = slots_.size() - 1;
    for (size_t pos = HashBytes(word) & mask;; pos = (pos + 1) & mask) {
      Slot& slot = slots_[pos];
      if (slot.size == 0) return &slot;
      if (slot.size == word.size() && std::memcmp(slot.text, word.data(), word.size()) == 0) return &slot;
    }
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.size == 0) continue;
      *SlotOf(std::string_view(s.text, s.size)) = s;
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t inline_count_ = 0;
  StringMap<uint32_t> long_words_;
};

}  // namespace dyad::util

#endif  // DYAD_UTIL_WORD_TABLE_H_
