#include "tag/chunker.h"

#include <string_view>

#include "tag/lexicon.h"

namespace dyad::tag {
namespace {

constexpr TagMask Bits(std::initializer_list<Tag> tags) {
  TagMask mask = 0;
  for (Tag t : tags) mask |= TagBit(t);
  return mask;
}

constexpr TagMask kNouns = Bits({Tag::kNN, Tag::kNNS, Tag::kNNP, Tag::kNNPS});
constexpr TagMask kAdjectives = Bits({Tag::kJJ, Tag::kJJR, Tag::kJJS});
constexpr TagMask kAdverbs = Bits({Tag::kRB, Tag::kRBR, Tag::kRBS});
constexpr TagMask kVerbs =
    Bits({Tag::kMD, Tag::kVB, Tag::kVBD, Tag::kVBG, Tag::kVBN, Tag::kVBP, Tag::kVBZ});
// Tokens that can modify a noun inside a noun group.
constexpr TagMask kModifiers = kAdjectives | kNouns | Bits({Tag::kCD, Tag::kVBN, Tag::kVBG, Tag::kDollar, Tag::kHash});
constexpr TagMask kDeterminers = Bits({Tag::kDT, Tag::kPRPS, Tag::kWPS});
// Tokens that make a noun group on their own.
constexpr TagMask kPronouns = Bits({Tag::kPRP, Tag::kEX, Tag::kWP, Tag::kWDT});

bool IsSubordinator(std::string_view word) {
  return word == "that" || word == "whether" || word == "if" || word == "because" || word == "although" ||
         word == "though" || word == "while" || word == "unless" || word == "whereas" || word == "once";
}

class SentenceChunker {
 public:
  SentenceChunker(const std::vector<Token>& tokens, uint32_t begin, uint32_t end, std::vector<Chunk>* out)
      : tokens_(tokens), begin_(begin), end_(end), out_(out) {}

  void Run() {
    uint32_t i = begin_;
    while (i < end_) {
      const uint32_t next = Step(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  TagMask Bit(uint32_t i) const { return i < end_ ? TagBit(tokens_[i].tag) : 0; }

  void Emit(uint32_t b, uint32_t e, uint32_t head, ChunkKind kind) {
    Chunk c;
    c.token_begin = b;
    c.token_end = e;
    c.head = head;
    c.kind = kind;
    out_->push_back(c);
  }

  // The end of a run of modifiers starting at i: VBN and VBG only count
  // when more modifiers follow them ("the affected villages").
  uint32_t ModifierRunEnd(uint32_t i) const {
    uint32_t e = i;
    while (e < end_ && (Bit(e) & kModifiers) != 0) {
      if ((Bit(e) & Bits({Tag::kVBN, Tag::kVBG})) != 0 && (Bit(e + 1) & (kModifiers & ~Bits({Tag::kVBN, Tag::kVBG}))) == 0) {
        break;
      }
      ++e;
    }
    return e;
  }

  // A noun group from b to e (e exclusive), taking a following possessive.
  // The head is the last noun or pronoun before any possessive, else the
  // last number, else the last token.
  uint32_t EmitNounGroup(uint32_t b, uint32_t e) {
    if (e < end_ && tokens_[e].tag == Tag::kPOS) ++e;
    uint32_t last = e - 1;
    if (tokens_[last].tag == Tag::kPOS && last > b) --last;
    uint32_t head = last;
    bool found = false;
    for (uint32_t k = last + 1; k-- > b && !found;) {
      if ((Bit(k) & (kNouns | kPronouns)) != 0) {
        head = k;
        found = true;
      }
    }
    for (uint32_t k = last + 1; k-- > b && !found;) {
      if (tokens_[k].tag == Tag::kCD) {
        head = k;
        found = true;
      }
    }
    Emit(b, e, head, ChunkKind::kNP);
    return e;
  }

  uint32_t Step(uint32_t i) {
    const TagMask bit = Bit(i);
    const Tag tag = tokens_[i].tag;

    if ((bit & kPronouns) != 0) {
      return EmitNounGroup(i, i + 1);
    }
    if ((bit & (Bits({Tag::kPDT}) | kDeterminers)) != 0) {
      uint32_t e = i + 1;
      if (tag == Tag::kPDT && (Bit(e) & kDeterminers) != 0) ++e;
      // Adverbs before adjectives or numbers: "a very large", "the almost
      // finished".
      uint32_t k = e;
      while ((Bit(k) & kAdverbs) != 0) ++k;
      if (k > e && (Bit(k) & (kAdjectives | Bits({Tag::kCD}))) != 0) e = k;
      return EmitNounGroup(i, ModifierRunEnd(e));
    }
    if ((bit & kAdverbs) != 0) {
      uint32_t k = i;
      while ((Bit(k) & kAdverbs) != 0) ++k;
      if ((Bit(k) & kVerbs) != 0) return VerbGroup(i);
      if ((Bit(k) & (kAdjectives | Bits({Tag::kCD}))) != 0) {
        const uint32_t e = ModifierRunEnd(k);
        bool has_noun = false;
        for (uint32_t m = k; m < e; ++m) has_noun |= (Bit(m) & (kNouns | Bits({Tag::kCD}))) != 0;
        if (has_noun) return EmitNounGroup(i, e);
        return AdjectivePhrase(i);
      }
      Emit(i, k, k - 1, ChunkKind::kADVP);
      return k;
    }
    if (tag == Tag::kWRB) {
      Emit(i, i + 1, i, ChunkKind::kADVP);
      return i + 1;
    }
    if (tag == Tag::kTO) {
      if ((Bit(i + 1) & kVerbs) != 0) return VerbGroup(i);
      Emit(i, i + 1, i, ChunkKind::kPP);
      return i + 1;
    }
    if ((bit & kVerbs) != 0) {
      // A participle or gerund that leads a noun group: "trading partner".
      if ((bit & Bits({Tag::kVBG, Tag::kVBN})) != 0 && (Bit(i + 1) & kNouns) != 0 &&
          i > begin_ && (Bit(i - 1) & (kVerbs | Bits({Tag::kTO}))) == 0) {
        return EmitNounGroup(i, ModifierRunEnd(i));
      }
      return VerbGroup(i);
    }
    if ((bit & (kModifiers & ~Bits({Tag::kVBN, Tag::kVBG}))) != 0) {
      const uint32_t e = ModifierRunEnd(i);
      bool has_noun = false;
      for (uint32_t m = i; m < e; ++m) has_noun |= (Bit(m) & (kNouns | Bits({Tag::kCD}))) != 0;
      if (!has_noun && (Bit(i) & kAdjectives) != 0) return AdjectivePhrase(i);
      return EmitNounGroup(i, e);
    }
    if (tag == Tag::kIN) {
      if (!IsSubordinator(tokens_[i].lower)) Emit(i, i + 1, i, ChunkKind::kPP);
      return i + 1;
    }
    return i + 1;
  }

  // Adverbs, modals, auxiliaries, "to" and verbs, ending on a verb; then
  // a particle. The head is the last verb.
  uint32_t VerbGroup(uint32_t b) {
    auto joins = [&](uint32_t k) { return (Bit(k) & kAdverbs) != 0 || tokens_[k].tag == Tag::kTO; };
    uint32_t k = b;
    uint32_t last_verb = end_;
    while (k < end_) {
      if ((Bit(k) & kVerbs) != 0) {
        last_verb = k++;
        continue;
      }
      // Adverbs and "to" stay only when a verb follows them.
      uint32_t m = k;
      while (m < end_ && joins(m)) ++m;
      if (m > k && (Bit(m) & kVerbs) != 0) {
        k = m;
        continue;
      }
      break;
    }
    if (last_verb == end_) {
      Emit(b, b + 1, b, ChunkKind::kADVP);
      return b + 1;
    }
    uint32_t e = last_verb + 1;
    if (e < end_ && tokens_[e].tag == Tag::kRP) ++e;
    Emit(b, e, last_verb, ChunkKind::kVP);
    return e;
  }

  uint32_t AdjectivePhrase(uint32_t b) {
    uint32_t k = b;
    uint32_t head = b;
    while (k < end_) {
      const TagMask bit = Bit(k);
      if ((bit & kAdjectives) != 0) {
        head = k;
        ++k;
      } else if ((bit & kAdverbs) != 0 && (Bit(k + 1) & (kAdjectives | kAdverbs)) != 0) {
        ++k;
      } else if (tokens_[k].tag == Tag::kCC && k > b && (Bit(k - 1) & kAdjectives) != 0 &&
                 (Bit(k + 1) & kAdjectives) != 0) {
        ++k;
      } else {
        break;
      }
    }
    if (k == b) k = b + 1;
    Emit(b, k, head, ChunkKind::kADJP);
    return k;
  }

  const std::vector<Token>& tokens_;
  const uint32_t begin_;
  const uint32_t end_;
  std::vector<Chunk>* out_;
};

}  // namespace

void AppendChunks(const std::vector<Token>& tokens, uint32_t begin, uint32_t end, std::vector<Chunk>* out) {
  if (end > tokens.size()) end = static_cast<uint32_t>(tokens.size());
  if (begin >= end) return;
  SentenceChunker(tokens, begin, end, out).Run();
}

}  // namespace dyad::tag
