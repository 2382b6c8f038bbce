// Hand-written contextual rules that change a token's tag in the light of
// its neighbours, in the manner of Brill's transformation rules:
//
//   VB VBP > NN   prev=DT|PRP$|POS|@adjective     # "the attack", "its visit"
//   VBD > VBN     prev~=$be                        # "was (not) attacked"
//
// Rules are read from a text file (data/tag/context-rules.txt, format in
// docs/tagging.md and in context_rules.cc) and applied in one left-to-right
// pass over a sentence: at each token the rules whose FROM list holds the
// token's current tag are tried in file order, and the first whose
// conditions all hold sets the new tag. Conditions on earlier tokens see
// their final tags; conditions on later tokens see the lexicon's first
// guess. A rule only picks a tag the word's lexicon entry allows, unless it
// is marked with `!` ("VBD > VBN!").
//
// Load() once; Apply() is const and thread-safe.
#ifndef DYAD_TAG_CONTEXT_RULES_H_
#define DYAD_TAG_CONTEXT_RULES_H_

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dyad/document.h"
#include "tag/lexicon.h"
#include "util/strings.h"

namespace dyad::tag {

// Per-token facts the rules read, besides the token's text.
enum TokenTrait : uint8_t {
  kTraitStart = 1 << 0,    // first word of its sentence (after any opening quote)
  kTraitCap = 1 << 1,      // capitalized
  kTraitKnown = 1 << 2,    // in the lexicon (its candidates are the entry's tags)
};

// The tagger's working state for one token of a sentence.
struct TokenState {
  Tag tag = Tag::kNone;   // the current tag
  uint8_t traits = 0;     // TokenTrait bits
  TagMask candidates = 0; // the tags the token may take
  const LexEntry* entry = nullptr;
};

class ContextRules {
 public:
  // Reads rules from `path`. Returns NotFound when it cannot be read and
  // InvalidArgument "FILE:LINE: reason: \"text\"" on the first bad line.
  absl::Status Load(const std::string& path);

  // Applies the rules to one sentence: `words[i]` is token i's lower-case
  // text and `states[i]` its state; tags in `states` are updated in place.
  // `masks`, when given, holds WordMask(words[i]) for each token (the
  // tagger keeps them by lexicon entry, see WordMask), which saves a hash
  // lookup a token.
  void Apply(const std::string_view* words, TokenState* states, int count,
             const uint64_t* masks = nullptr) const;

  // The word sets a word belongs to, as a bit mask; only words in
  // MaskedWords() have bits set.
  uint64_t WordMask(std::string_view word) const {
    auto it = word_masks_.find(word);
    return it == word_masks_.end() ? 0 : it->second;
  }
  // Every word that has a bit in WordMask, with its mask.
  const util::StringMap<uint64_t>& MaskedWords() const { return word_masks_; }

  size_t size() const { return rules_.size(); }

 private:
  enum class Key : uint8_t {
    kPrev, kPrev2, kNext, kNext2, kPrevSkip, kNextSkip, kNextCan, kCan,
    kWord, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevWordSkip, kNextWordSkip,
    kStart, kCap, kVerb, kKnown,
  };
  struct Condition {
    Key key = Key::kPrev;
    bool negate = false;
    TagMask tags = 0;     // for tag keys
    int word_set = -1;    // for word keys: index into word_sets_
    bool flag = false;    // for yes/no keys
  };
  struct Rule {
    TagMask from = 0;
    Tag to = Tag::kNone;
    bool force = false;
    uint8_t condition_count = 0;
    std::array<Condition, 5> conditions;
    int line = 0;
  };

  absl::Status ParseLine(std::string_view line, const std::string& path, size_t line_number);
  absl::Status ParseTags(std::string_view text, TagMask* mask) const;
  int ParseWords(std::string_view text);
  [[gnu::always_inline]] inline bool Holds(const Condition& c, int index, const std::string_view* words, const uint64_t* masks,
             const TokenState* states, int count, bool verb_before) const;
  static constexpr int kMaskedSets = 64;

  std::vector<Rule> rules_;
  // For each tag, the rules that apply to it, in file order.
  std::array<std::vector<uint16_t>, 64> by_tag_;
  // For each tag, the tags its rules can give (every tag when one of them
  // forces): a token whose candidates hold none of them has no rule to try.
  std::array<TagMask, 64> reachable_{};
  util::StringMap<TagMask> tag_groups_;
  util::StringMap<int> word_groups_;
  std::vector<util::ViewSet> word_sets_;
  std::deque<std::string> strings_;
  TagMask clause_break_tags_ = 0;
  int clause_break_words_ = -1;
  util::StringMap<uint64_t> word_masks_;
};

}  // namespace dyad::tag

#endif  // DYAD_TAG_CONTEXT_RULES_H_
