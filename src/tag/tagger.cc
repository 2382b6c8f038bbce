// Tagger::Load and the lexicon-and-rules tagger behind it.
//
// Tag() works sentence by sentence:
//   1. Each token gets its candidate tags and a first guess: numbers CD,
//      punctuation its treebank tag, words from the lexicon with
//      capitalization taken into account (a capitalized word inside a
//      sentence is a proper noun unless the lexicon says it keeps its tags),
//      unknown words from their suffix.
//   2. The context rules (data/tag/context-rules.txt) revise the guesses.
//   3. Verbs and common nouns get their lemma; then the chunker runs.
#include "dyad/tagger.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tag/chunker.h"
#include "tag/context_rules.h"
#include "tag/lexicon.h"
#include "util/strings.h"

namespace dyad {
namespace {

using tag::LexEntry;
using tag::TagBit;
using tag::TagMask;
using tag::TokenState;

constexpr TagMask Bits(std::initializer_list<Tag> tags) {
  TagMask mask = 0;
  for (Tag t : tags) mask |= TagBit(t);
  return mask;
}

constexpr TagMask kVerbTags = Bits({Tag::kVB, Tag::kVBD, Tag::kVBG, Tag::kVBN, Tag::kVBP, Tag::kVBZ});
constexpr TagMask kLemmaTags = kVerbTags | Bits({Tag::kNN, Tag::kNNS});
constexpr TagMask kProperTags = Bits({Tag::kNNP, Tag::kNNPS});

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The tag of a punctuation or symbol token from its folded text. Quotes
// need their surroundings: `opens` tells whether the quote opens.
Tag PunctuationTag(std::string_view text, bool opens) {
  if (text.empty()) return Tag::kSYM;
  if (text == ",") return Tag::kComma;
  if (text == "." || text == "?" || text == "!" || text == "?!" || text == "!!" || text == "!?") {
    return Tag::kPeriod;
  }
  if (text == ":" || text == ";" || text == "..." || text == "-" || text == "--" || text == "---" ||
      text == "\xE2\x80\xA6") {
    return Tag::kColon;
  }
  if (text == "(" || text == "[" || text == "{") return Tag::kLRB;
  if (text == ")" || text == "]" || text == "}") return Tag::kRRB;
  if (text == "``" || text == "`") return Tag::kOpenQuote;
  if (text == "''") return Tag::kCloseQuote;
  if (text == "\"" || text == "'") return opens ? Tag::kOpenQuote : Tag::kCloseQuote;
  if (text == "$" || text == "US$" || text == "\xE2\x82\xAC" || text == "\xC2\xA3" || text == "\xC2\xA5") {
    return Tag::kDollar;
  }
  if (text == "#") return Tag::kHash;
  if (text == "%") return Tag::kNN;
  if (text == "&") return Tag::kCC;
  if (text.size() > 1 && text.find_first_not_of('.') == std::string_view::npos) return Tag::kColon;
  if (text.size() > 1 && text.find_first_not_of('-') == std::string_view::npos) return Tag::kColon;
  return Tag::kSYM;
}

// The tag of a number token: CD, except for numbers with a word attached
// ("12-year" JJ, "3rd" JJ, "1990s" stays CD).
Tag NumberTag(std::string_view number) {
  const size_t hyphen = number.find('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < number.size()) {
    const char next = number[hyphen + 1];
    if (next >= 'a' && next <= 'z') return Tag::kJJ;
  }
  const size_t n = number.size();
  if (n >= 3 && number[n - 3] >= '0' && number[n - 3] <= '9') {
    const std::string_view end = number.substr(n - 2);
    if (end == "st" || end == "nd" || end == "rd" || end == "th") return Tag::kJJ;
  }
  return Tag::kCD;
}

// Whether the quote mark at `index` opens a quotation. Spacing decides when
// it is clear: attached to the word after it and not to the one before, it
// opens; the other way round, it closes. Otherwise the quote marks of the
// sentence [begin, end) alternate, the first opening.
bool QuoteOpens(const Document& doc, uint32_t index, uint32_t begin, uint32_t end) {
  const Token& token = doc.tokens[index];
  auto space_at = [&](uint32_t offset) { return offset >= doc.text.size() || IsSpace(doc.text[offset]); };
  const bool space_before = token.begin == 0 || token.begin > doc.text.size() || space_at(token.begin - 1) ||
                            doc.text[token.begin - 1] == '(' || doc.text[token.begin - 1] == '[';
  const bool space_after = space_at(token.end);
  if (space_before && !space_after) return true;
  if (!space_before && space_after) return false;
  bool open = false;
  for (uint32_t i = begin; i < index && i < end; ++i) {
    const std::string_view n = doc.tokens[i].norm;
    if (n == "\"" || n == "``" || n == "''") open = n == "``" ? true : n == "''" ? false : !open;
  }
  return !open;
}

class LexiconTagger : public Tagger {
 public:
  absl::Status LoadAll(const std::string& data_dir, const std::string& wordnet_dir);

  using Tagger::Tag;
  void Tag(Document* doc, bool full) const override;
  std::string Lemma(std::string_view word, dyad::Tag tag) const override;

 private:
  struct Scratch {
    std::vector<TokenState> states;
    std::vector<std::string_view> words;
    std::vector<uint64_t> masks;  // the rules' word-set masks
  };

  void TagSentence(Document* doc, uint32_t begin, uint32_t end, bool full, Scratch* scratch) const;
  void FirstGuess(const Document& doc, uint32_t index, uint32_t begin, uint32_t end, bool start,
                  bool headline, const LexEntry* e, TokenState* state) const;
  void GuessUnknown(const Token& token, TokenState* state) const;
  bool IsClosedWord(const Token& token) const;

  tag::Lexicon lexicon_;
  tag::ContextRules rules_;
};

absl::Status LexiconTagger::LoadAll(const std::string& data_dir, const std::string& wordnet_dir) {
  const std::string dir = data_dir + "/tag/";
  if (absl::Status s = lexicon_.LoadIrregularVerbs(dir + "irregular-verbs.txt"); !s.ok()) return s;
  if (!wordnet_dir.empty()) {
    std::error_code ec;
    if (std::filesystem::exists(wordnet_dir + "/index.noun", ec)) {
      if (absl::Status s = lexicon_.LoadWordNet(wordnet_dir); !s.ok()) return s;
    }
  }
  if (absl::Status s = lexicon_.LoadWordList(dir + "news-words.txt", 0); !s.ok()) return s;
  if (absl::Status s = lexicon_.LoadWordList(dir + "capitalized.txt", 0); !s.ok()) return s;
  if (absl::Status s = lexicon_.LoadWordList(dir + "closed-class.txt", tag::kClosedClass); !s.ok()) {
    return s;
  }
  if (absl::Status s = lexicon_.LoadSuffixes(dir + "suffixes.txt"); !s.ok()) return s;
  if (absl::Status s = rules_.Load(dir + "context-rules.txt"); !s.ok()) return s;
  // The rules' word sets by lexicon entry: the lookup each token makes in
  // the lexicon then also answers which sets it is in.
  for (const auto& [word, mask] : rules_.MaskedWords()) lexicon_.AddWord(word);
  lexicon_.Finish();
  for (const auto& [word, mask] : rules_.MaskedWords()) {
    const uint32_t index = lexicon_.CachedFindIndex(word);
    if (index != tag::Lexicon::kNoEntry) lexicon_.SetWordSets(index, mask);
  }
  return absl::OkStatus();
}

bool LexiconTagger::IsClosedWord(const Token& token) const {
  const LexEntry* e = lexicon_.Find(token.lower);
  return e != nullptr && e->HasFlag(tag::kClosedClass);
}

void LexiconTagger::GuessUnknown(const Token& token, TokenState* state) const {
  const std::string_view word = token.lower;
  TagMask candidates = Bits({Tag::kNN, Tag::kJJ});
  dyad::Tag guess = Tag::kNN;
  bool guessed = false;
  // Hyphenated compounds: judge by the last part.
  if (const size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen > 0 &&
                                               hyphen + 1 < word.size()) {
    const std::string_view first = word.substr(0, word.find('-'));
    const std::string_view last = word.substr(hyphen + 1);
    const LexEntry* last_entry = lexicon_.Find(last);
    const LexEntry* first_entry = lexicon_.Find(first);
    const bool numeric_first = !first.empty() && ((first[0] >= '0' && first[0] <= '9') ||
                                                  (first_entry != nullptr && first_entry->Has(Tag::kCD)));
    if (last_entry != nullptr && last_entry->first() == Tag::kNNS) {
      guess = Tag::kNNS;
      candidates |= TagBit(Tag::kNNS);
    } else if (last_entry != nullptr && !numeric_first && last_entry->first() == Tag::kNN &&
               (first_entry == nullptr || !first_entry->Has(Tag::kJJ)) && first != "anti" &&
               first != "non" && first != "pro" && first != "post" && first != "pre" && first != "cross") {
      guess = Tag::kNN;
    } else {
      guess = Tag::kJJ;
    }
    guessed = true;
  }
  const tag::SuffixRule* rule = guessed ? nullptr : lexicon_.MatchSuffix(word);
  if (rule != nullptr) {
    guess = rule->tags[0];
    for (dyad::Tag t : rule->tags) {
      if (t != Tag::kNone) candidates |= TagBit(t);
    }
  }
  // Let the rules choose among the forms the ending allows.
  const size_t n = word.size();
  if (n > 1 && word[n - 1] == 's' && word[n - 2] != 's') {
    candidates |= Bits({Tag::kNNS, Tag::kVBZ});
  } else if (n > 3 && word.substr(n - 2) == "ed") {
    candidates |= Bits({Tag::kVBD, Tag::kVBN});
  } else if (n > 4 && word.substr(n - 3) == "ing") {
    candidates |= Bits({Tag::kVBG});
  } else if (n > 3 && word.substr(n - 2) == "ly") {
    candidates |= Bits({Tag::kRB});
  } else {
    candidates |= Bits({Tag::kVB, Tag::kVBP});
  }
  state->tag = guess;
  state->candidates = candidates | TagBit(guess);
}

// `e` is the lexicon's entry of the token's lower-case text, or null.
void LexiconTagger::FirstGuess(const Document& doc, uint32_t index, uint32_t begin, uint32_t end,
                               bool start, bool headline, const LexEntry* e, TokenState* state) const {
  const Token& token = doc.tokens[index];
  state->entry = nullptr;
  state->traits = start ? tag::kTraitStart : 0;
  TokenKind kind = token.kind;
  if (token.norm == "'" || token.norm == "\"" || token.norm == "`") kind = TokenKind::kPunct;
  switch (kind) {
    case TokenKind::kNumber: {
      state->tag = NumberTag(token.lower);
      state->candidates = TagBit(state->tag) | TagBit(Tag::kCD);
      state->traits |= tag::kTraitKnown;
      return;
    }
    case TokenKind::kPunct:
    case TokenKind::kSymbol: {
      // Only a straight quote mark needs to know which way it faces.
      const bool quote = token.norm == "\"" || token.norm == "'";
      const bool opens = quote && QuoteOpens(doc, index, begin, end);
      if (token.norm == "'" && !opens && index > begin && doc.tokens[index - 1].kind == TokenKind::kWord &&
          !doc.tokens[index - 1].lower.empty() && doc.tokens[index - 1].lower.back() == 's' &&
          doc.tokens[index - 1].end == token.begin) {
        state->tag = Tag::kPOS;  // "officials'"
      } else {
        state->tag = PunctuationTag(token.norm, opens);
      }
      // Words the tokenizer left as symbols may still be in the lexicon ("&").
      if (e != nullptr && state->tag == Tag::kSYM) {
        state->entry = e;
        state->tag = e->first();
        state->candidates = e->mask();
      } else {
        state->candidates = TagBit(state->tag);
      }
      state->traits |= tag::kTraitKnown;
      return;
    }
    case TokenKind::kWord:
      break;
  }

  state->entry = e;
  const bool cap = token.Has(kCapitalized) || (!token.norm.empty() && IsUpper(token.norm[0]));
  const bool all_caps = token.Has(kAllCaps) && !headline;
  if (cap) state->traits |= tag::kTraitCap;
  if (e != nullptr) state->traits |= tag::kTraitKnown;
  const TagMask proper = kProperTags;

  if (e != nullptr && e->HasFlag(tag::kClosedClass)) {
    if (all_caps && !e->HasFlag(tag::kKeepCapitalized)) {
      state->tag = Tag::kNNP;  // US, IT, WHO
      state->candidates = e->mask() | proper;
    } else if (cap && !start && !headline && e->Has(Tag::kNNP)) {
      state->tag = Tag::kNNP;  // May
      state->candidates = e->mask();
    } else {
      state->tag = e->first();
      state->candidates = e->mask();
    }
    return;
  }
  if (!cap) {
    if (e != nullptr) {
      state->tag = e->first();
      state->candidates = e->mask();
    } else {
      GuessUnknown(token, state);
    }
    return;
  }
  // Capitalized open-class words.
  if (e != nullptr && e->HasFlag(tag::kKeepCapitalized) && !all_caps) {
    state->tag = e->first();
    state->candidates = e->mask() | proper;
    return;
  }
  const bool plural_form = e != nullptr && e->Has(Tag::kNNS) && !e->Has(Tag::kNN);
  // "Saudi-led", "Kremlin-backed", "London-based": a name joined to a past
  // participle is an adjective.
  if (const size_t hyphen = token.lower.rfind('-'); hyphen != std::string_view::npos && hyphen > 0 && !all_caps) {
    const LexEntry* last = lexicon_.Find(token.lower.substr(hyphen + 1));
    if (last != nullptr && last->Has(Tag::kVBN) && !last->Has(Tag::kNN) && !last->Has(Tag::kNNS)) {
      state->tag = Tag::kJJ;
      state->candidates = proper | TagBit(Tag::kJJ);
      return;
    }
  }
  if (all_caps || (!start && !headline)) {
    if (e != nullptr && e->HasFlag(tag::kProperAdjective) && e->first() == Tag::kJJ && !all_caps) {
      state->tag = Tag::kJJ;  // American, Chinese
    } else {
      state->tag = plural_form && !all_caps ? Tag::kNNPS : Tag::kNNP;
    }
    state->candidates = proper | (e != nullptr ? e->mask() : 0) | TagBit(state->tag);
    return;
  }
  // The first word of a sentence, or any word of a headline.
  if (e == nullptr) {
    state->tag = Tag::kNNP;
    state->candidates = proper;
    return;
  }
  state->candidates = e->mask() | proper;
  const dyad::Tag first = e->first();
  const bool nominal = first == Tag::kNN || first == Tag::kNNS;
  // WordNet's names ("china", "russia"); plurals are rarely names.
  if (e->HasFlag(tag::kProperNoun) && first == Tag::kNN) {
    state->tag = Tag::kNNP;
    return;
  }
  if (!headline && index + 1 < end) {
    // "Prime Minister ...", "North Korea ...": a capitalized word follows.
    const Token& next = doc.tokens[index + 1];
    const bool next_name = next.kind == TokenKind::kWord && next.Has(kCapitalized) && !IsClosedWord(next);
    if (next_name && !e->HasFlag(tag::kProperAdjective) &&
        (nominal || e->Has(Tag::kNN) || e->Has(Tag::kNNP))) {
      state->tag = first == Tag::kNNS ? Tag::kNNPS : Tag::kNNP;
      return;
    }
  }
  if (e->HasFlag(tag::kProperAdjective) && e->first() == Tag::kJJ) {
    state->tag = Tag::kJJ;
    return;
  }
  state->tag = first;
}

void LexiconTagger::TagSentence(Document* doc, uint32_t begin, uint32_t end, bool full,
                                Scratch* scratch) const {
  const int count = static_cast<int>(end - begin);
  scratch->states.resize(count);
  scratch->words.resize(count);
  scratch->masks.resize(count);
  // Headlines (no full stop, nearly every open-class word capitalized) are
  // read as if each word started a sentence.
  const bool ends_with_stop = end > begin && doc->tokens[end - 1].kind == TokenKind::kPunct &&
                              (doc->tokens[end - 1].norm == "." || doc->tokens[end - 1].norm == "?" ||
                               doc->tokens[end - 1].norm == "!");
  bool headline = false;
  if (!ends_with_stop) {
    int open_words = 0, capitalized = 0;
    for (uint32_t i = begin; i < end; ++i) {
      const Token& t = doc->tokens[i];
      if (t.kind != TokenKind::kWord || IsClosedWord(t)) continue;
      ++open_words;
      if (t.Has(kCapitalized) || (!t.norm.empty() && IsUpper(t.norm[0]))) ++capitalized;
    }
    headline = open_words >= 4 && capitalized * 10 >= open_words * 9;
  }

  bool at_start = true;
  for (uint32_t i = begin; i < end; ++i) {
    const Token& t = doc->tokens[i];
    scratch->words[i - begin] = t.lower;
    const uint32_t entry = lexicon_.CachedFindIndex(t.lower);
    scratch->masks[i - begin] = lexicon_.WordSetsAt(entry);
    const bool word = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    FirstGuess(*doc, i, begin, end, word && at_start, headline, lexicon_.EntryAt(entry),
               &scratch->states[i - begin]);
    if (word) {
      at_start = false;
    } else {
      // After an opening quote or a colon a capital may start a sentence.
      const dyad::Tag tag = scratch->states[i - begin].tag;
      if (tag == Tag::kOpenQuote || tag == Tag::kColon) at_start = true;
    }
  }
  rules_.Apply(scratch->words.data(), scratch->states.data(), count, scratch->masks.data());

  char buffer[128];
  for (uint32_t i = begin; i < end; ++i) {
    Token& t = doc->tokens[i];
    const TokenState& s = scratch->states[i - begin];
    t.tag = s.tag;
    t.lemma = t.lower;
    if (!full || t.kind != TokenKind::kWord) continue;
    if ((TagBit(s.tag) & kLemmaTags) != 0) {
      std::string_view lemma;
      if (s.entry != nullptr) lemma = lexicon_.LemmaFor(*s.entry, s.tag, t.lower);
      if (lemma.empty() && t.lower.size() < sizeof buffer) {
        lemma = lexicon_.Lemma(t.lower, s.tag, buffer);
        if (lemma.data() == buffer) lemma = doc->arena.Add(std::string(lemma));
      }
      if (!lemma.empty()) t.lemma = lemma;
    } else if (s.entry != nullptr && s.entry->HasFlag(tag::kClosedClass)) {
      // Closed-class words may name a lemma ("'ll" -> will, "n't" -> not).
      const std::string_view lemma = lexicon_.LemmaFor(*s.entry, s.tag, t.lower);
      if (!lemma.empty()) t.lemma = lemma;
    }
  }
  if (full) tag::AppendChunks(doc->tokens, begin, end, &doc->chunks);
}

void LexiconTagger::Tag(Document* doc, bool full) const {
  thread_local Scratch scratch;
  doc->chunks.clear();
  const uint32_t size = static_cast<uint32_t>(doc->tokens.size());
  uint32_t cursor = 0;
  // Sentences in order; tokens no sentence covers are tagged as sentences
  // of their own, so every token gets a tag whatever the tokenizer did.
  for (const Sentence& s : doc->sentences) {
    uint32_t b = std::max(s.token_begin, cursor);
    const uint32_t e = std::min(s.token_end, size);
    if (b >= e) continue;
    if (b > cursor) TagSentence(doc, cursor, b, full, &scratch);
    TagSentence(doc, b, e, full, &scratch);
    cursor = e;
  }
  if (cursor < size) TagSentence(doc, cursor, size, full, &scratch);
}

std::string LexiconTagger::Lemma(std::string_view word, dyad::Tag tag) const {
  std::string lower(word);
  for (char& c : lower) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  if ((TagBit(tag) & kLemmaTags) == 0) {
    if (const LexEntry* e = lexicon_.Find(lower); e != nullptr && e->HasFlag(tag::kClosedClass)) {
      const std::string_view lemma = lexicon_.LemmaFor(*e, tag, lower);
      if (!lemma.empty()) return std::string(lemma);
    }
    return lower;
  }
  std::string scratch(lower.size() + 1, '\0');
  return std::string(lexicon_.Lemma(lower, tag, scratch.data()));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Tagger>> Tagger::Load(const std::string& data_dir,
                                                    const std::string& wordnet_dir) {
  auto tagger = std::make_unique<LexiconTagger>();
  if (absl::Status s = tagger->LoadAll(data_dir, wordnet_dir); !s.ok()) return s;
  return std::unique_ptr<Tagger>(std::move(tagger));
}

}  // namespace dyad
