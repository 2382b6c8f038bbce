// dyad/document.h: an article as the pipeline sees it: tokens with byte
// spans, sentences, part-of-speech tags, lemmas and chunks.
//
//   dyad::Document doc;
//   dyad::Tokenize(article.text, &doc);       // tokens and sentences
//   tagger->Tag(&doc);                        // tags, lemmas and chunks
//   for (const dyad::Sentence& s : doc.sentences)
//     for (uint32_t t = s.token_begin; t < s.token_end; ++t)
//       Use(doc.tokens[t]);
//
// A Document is reused across articles: Clear() keeps its capacity.
// Every span is [begin, end) in bytes of the article text passed to
// Tokenize(); views in tokens point into that text or into the
// document's arena, so the text must outlive the document's use.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

// Penn Treebank part-of-speech tags (with the treebank's punctuation tags).
enum class Tag : uint8_t {
  kNone,  // not tagged yet
  kCC,    // coordinating conjunction: and, or, but
  kCD,    // cardinal number: 3, 90%, 1950-1953, three
  kDT,    // determiner: the, a, this, no
  kEX,    // existential there
  kFW,    // foreign word
  kIN,    // preposition or subordinating conjunction
  kJJ,    // adjective
  kJJR,   // adjective, comparative
  kJJS,   // adjective, superlative
  kLS,    // list item marker
  kMD,    // modal: may, will, should
  kNN,    // noun, singular or mass
  kNNS,   // noun, plural
  kNNP,   // proper noun, singular
  kNNPS,  // proper noun, plural
  kPDT,   // predeterminer: all, both (before a determiner)
  kPOS,   // possessive ending: 's, '
  kPRP,   // personal pronoun
  kPRPS,  // possessive pronoun (PRP$)
  kRB,    // adverb
  kRBR,   // adverb, comparative
  kRBS,   // adverb, superlative
  kRP,    // particle: up in "stepped up"
  kSYM,   // symbol
  kTO,    // to
  kUH,    // interjection
  kVB,    // verb, base form
  kVBD,   // verb, past tense
  kVBG,   // verb, gerund or present participle
  kVBN,   // verb, past participle
  kVBP,   // verb, non-3rd person singular present
  kVBZ,   // verb, 3rd person singular present
  kWDT,   // wh-determiner
  kWP,    // wh-pronoun
  kWPS,   // possessive wh-pronoun (WP$)
  kWRB,   // wh-adverb
  kComma,       // ,
  kPeriod,      // sentence-final . ! ?
  kColon,       // : ; ... and dashes
  kLRB,         // ( [ {
  kRRB,         // ) ] }
  kOpenQuote,   // `` (opening quote)
  kCloseQuote,  // '' (closing quote)
  kDollar,      // $ and other currency signs
  kHash,        // #
};

// The treebank name of a tag: "NNP", "PRP$", ",", "``", ...
std::string_view TagName(Tag tag);
// The inverse of TagName; kNone for an unknown name.
Tag TagFromName(std::string_view name);

// What the tokenizer saw.
enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with inner hyphens, apostrophes or dots
  kNumber,  // digits, with , . % and ranges such as 1950-1953
  kPunct,   // punctuation and quotes
  kSymbol,  // anything else: $, #, emoji, ...
};

// Token flags (bit set in Token::flags).
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,     // first character is an upper-case letter
  kAllCaps = 1 << 1,         // two or more letters, all upper case
  kSentenceStart = 1 << 2,   // first token of its sentence
  kAbbreviation = 1 << 3,    // a known abbreviation or initial: U.S., Gen., J.
  kHyphenated = 1 << 4,      // a word with an inner hyphen: Jong-Un
  kDateline = 1 << 5,        // part of an opening dateline: SEOUL, April 14 (Reuters) -
  kParagraphStart = 1 << 6,  // first token of the text or after a line break
  kQuoted = 1 << 7,          // inside quotation marks
};

struct Token {
  uint32_t begin = 0;  // byte offset in the article text
  uint32_t end = 0;    // one past the last byte
  // The token's text with typography folded: curly quotes and apostrophes
  // become ' and ", en and em dashes become -, no-break spaces are gone.
  std::string_view norm;
  // `norm` with ASCII letters in lower case (same view when unchanged).
  std::string_view lower;
  // The lemma (base form) for verbs and nouns, lower case; `lower` for
  // other words. Filled by the tagger.
  std::string_view lemma;
  TokenKind kind = TokenKind::kWord;
  Tag tag = Tag::kNone;
  uint16_t flags = 0;

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t begin = 0;        // byte offset of the first token
  uint32_t end = 0;          // byte offset after the last token
  uint32_t token_begin = 0;  // index of the first token in Document::tokens
  uint32_t token_end = 0;    // one past the last token
};

// Phrase chunks found by the chunker.
enum class ChunkKind : uint8_t {
  kNP,    // noun group: "the large Chinese delegation"
  kVP,    // verb group: "had previously hoped", "was attacked"
  kPP,    // preposition starting a prepositional phrase
  kADJP,  // adjective phrase outside a noun group
  kADVP,  // adverb phrase outside a verb group
};

struct Chunk {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t head = 0;  // index of the head token (last noun of an NP, main verb of a VP)
  ChunkKind kind = ChunkKind::kNP;
};

// Owns strings that tokens point to when their text differs from the
// article's. Stable: adding never moves earlier strings. Strings live in
// large blocks, so adding a short string does not allocate; Clear() keeps
// the blocks (up to 4 MiB) for the next article. Copying an arena
// gives an empty one (views copied along with it still point into the
// source's blocks).
class TextArena {
 public:
  TextArena() = default;
  TextArena(const TextArena&) {}
  TextArena& operator=(const TextArena&) { return *this; }
  TextArena(TextArena&& other) noexcept { *this = std::move(other); }
  TextArena& operator=(TextArena&& other) noexcept {
    if (this != &other) {
      blocks_ = std::move(other.blocks_);
      used_ = other.used_;
      next_ = other.next_;
      left_ = other.left_;
      other.blocks_.clear();
      other.used_ = 0;
      other.next_ = nullptr;
      other.left_ = 0;
    }
    return *this;
  }

  // Copies `s` into the arena; the view stays valid until Clear().
  std::string_view Add(std::string_view s) {
    char* p = Allocate(s.size());
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    return std::string_view(p, s.size());
  }
  // Returns room for `n` bytes, valid until Clear(); the caller fills it.
  char* Allocate(size_t n) {
    if (n > left_) NextBlock(n);
    char* p = next_;
    next_ += n;
    left_ -= n;
    return p;
  }
  void Clear() {
    size_t kept = 0, total = 0;
    while (kept < blocks_.size() && total + blocks_[kept].size <= kMaxKeptBytes) {
      total += blocks_[kept].size;
      ++kept;
    }
    blocks_.resize(kept);
    used_ = 0;
    next_ = nullptr;
    left_ = 0;
  }

 private:
  static constexpr size_t kBlockBytes = 64 << 10;
  static constexpr size_t kMaxKeptBytes = 4 << 20;
  struct Block {
    std::unique_ptr<char[]> bytes;
    size_t size = 0;
  };
  // Moves on to a block with room for `n` bytes: a kept one, else a new one.
  void NextBlock(size_t n) {
    const size_t at = used_;
    size_t found = at;
    while (found < blocks_.size() && blocks_[found].size < n) ++found;
    if (found < blocks_.size()) {
      std::swap(blocks_[found], blocks_[at]);
    } else {
      Block block;
      block.size = n > kBlockBytes ? n : kBlockBytes;
      block.bytes.reset(new char[block.size]);
      blocks_.insert(blocks_.begin() + static_cast<std::ptrdiff_t>(at), std::move(block));
    }
    used_ = at + 1;
    next_ = blocks_[at].bytes.get();
    left_ = blocks_[at].size;
  }

  std::vector<Block> blocks_;  // the first used_ hold strings
  size_t used_ = 0;
  char* next_ = nullptr;
  size_t left_ = 0;
};

struct Document {
  std::string_view text;  // the article text all spans refer to
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Chunk> chunks;  // in token order; filled by the chunker
  TextArena arena;

  void Clear() {
    text = {};
    tokens.clear();
    sentences.clear();
    chunks.clear();
    arena.Clear();
  }
  // The original text of tokens [token_begin, token_end).
  std::string_view Slice(uint32_t token_begin, uint32_t token_end) const {
    return text.substr(tokens[token_begin].begin,
                       tokens[token_end - 1].end - tokens[token_begin].begin);
  }
};

// Splits `text` into tokens and sentences, replacing the contents of *doc
// (doc->text = text; tokens, sentences, chunks and arena are cleared, their
// capacity kept). docs/tokenizer.md gives the rules. In short, for news
// English:
//   - tokens: words (letters of any script, inner hyphens: Jong-Un, kept
//     whole with kHyphenated), abbreviations, initials and dotted acronyms
//     with their full stop (Gen., J., U.S., L.G.B.T.Q.), numbers with , . %
//     and ranges (1,200 3.5 90% 1950-1953), clitics split off (China's ->
//     China 's, don't -> do n't, allies' -> allies '), each quote, bracket
//     and dash on its own, "..." whole, web and e-mail addresses whole,
//     anything else (emoji, $, invalid UTF-8) as kSymbol tokens;
//   - sentences: after . ! ? (and closing quotes or brackets after them)
//     when the next token may open a sentence; after abbreviations such as
//     U.S., a.m. or Inc. only before a typical opener ("The", "He", ...);
//     never after titles and months (Mr., Gen., Jan.) or inside "e.g.";
//     always at a blank line; at a single line break after terminal
//     punctuation or after a short line that looks like a headline;
//   - an opening dateline ("SEOUL, April 14 (Reuters) -", "WASHINGTON (AP)
//     —") gets kDateline and belongs to no sentence: its tokens are
//     doc->tokens[0, doc->sentences[0].token_begin).
// Token::norm and Token::lower view the text when unchanged, else the
// document's arena or static storage. Every token other than dateline
// tokens is in exactly one sentence; sentences are in order and cover
// their tokens exactly. Never fails and never throws: any byte string
// (invalid UTF-8, NUL bytes, megabytes without a space) gives non-empty
// tokens, in order, whose spans lie inside `text` and contain no white
// space, in time linear in its size. Offsets are 32-bit: only the first
// 4 GiB - 1 bytes of a longer text are tokenized (input readers cap
// articles far below that). Thread-safe for distinct documents.
void Tokenize(std::string_view text, Document* doc);

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
