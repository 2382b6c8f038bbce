// dyad::Tokenize: one left-to-right pass over the bytes that emits tokens
// (with norm, lower and flags) and, per token, a TokenInfo for the sentence
// splitter (sentence_splitter.cc), which runs second. docs/tokenizer.md
// states the rules; this file implements them.
//
// Cost: every byte is looked at a bounded number of times. The only
// look-aheads that could run far (e-mail local parts, URLs, the line scan
// for wrapped text) either consume what they scan or remember how far they
// got, so no input makes the pass quadratic.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/token_info.h"

namespace dyad {
namespace text {
namespace {

// Norms shared by many tokens live in static storage.
constexpr std::string_view kNormApostrophe = "'";
constexpr std::string_view kNormQuote = "\"";
constexpr std::string_view kNormDash = "-";
constexpr std::string_view kNormEllipsis = "...";
constexpr std::string_view kNormPeriod = ".";

// A line this long or longer is prose, never a headline.
constexpr size_t kHeadlineMaxBytes = 120;

// How far past "*word" the tokenizer looks for the "*" that would close an
// emphasis ("*not*").
constexpr size_t kEmphasisMaxBytes = 64;

// One-character norms for references to ASCII characters ("&amp;" -> "&").
constexpr char kAsciiChars[129] =
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~\x7f";
static_assert(kAsciiChars['A'] == 'A' && kAsciiChars['~'] == '~' && kAsciiChars[127] == 0x7f);

// Writes `cp` as UTF-8 to `out` and returns the number of bytes written.
size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// A letter or digit of any script, as a character reference may name one.
bool IsWordCodePoint(uint32_t cp) {
  return cp < 0x80 ? IsAsciiAlnum(static_cast<unsigned char>(cp))
                   : Classify(cp) == CharClass::kLetter;
}

// The longest line (in bytes, without surrounding blanks) that is followed
// by a line starting with a lower-case letter: such a line was broken by
// wrapping, so it shows the wrap width. 0 when no line is followed so (the
// text is not hard-wrapped).
size_t WrapWidth(std::string_view text) {
  const char* s = text.data();
  const size_t n = text.size();
  size_t width = 0;
  size_t line_start = 0;
  while (line_start < n) {
    const void* found = std::memchr(s + line_start, '\n', n - line_start);
    if (found == nullptr) break;
    const size_t line_end = static_cast<size_t>(static_cast<const char*>(found) - s);
    size_t next = line_end + 1;
    while (next < n && (s[next] == ' ' || s[next] == '\t')) ++next;
    if (next < n && IsAsciiLower(static_cast<unsigned char>(s[next]))) {
      size_t a = line_start;
      size_t b = line_end;
      while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r')) ++a;
      while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) --b;
      width = std::max(width, b - a);
    }
    line_start = line_end + 1;
  }
  return width;
}

// What the word scanner found.
struct WordScan {
  size_t end = 0;         // one past the word
  size_t clitic_end = 0;  // > end when a clitic ('s, n't, 're ...) follows at [end, clitic_end)
  uint32_t ascii_upper = 0;
  uint32_t other_upper = 0;
  uint32_t lower = 0;
  uint32_t letters = 0;
  bool first_upper = false;
  bool fold = false;        // contains characters that the norm rewrites
  bool hyphenated = false;  // an inner hyphen joins two parts
  bool chain = false;       // a dotted chain of single letters: U.S., a.m.
  bool abbreviation = false;
  bool url = false;  // an e-mail address or web address
  Role role = Role::kPlain;
};

enum class Step { kContinue, kStop };

class Scanner {
 public:
  Scanner(std::string_view text, Document* doc, std::vector<TokenInfo>* info)
      : text_(text),
        s_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        doc_(doc),
        info_(info),
        wrap_width_(WrapWidth(text)) {}

  void Run();

 private:
  // ---- character tests ---------------------------------------------------
  // A letter or digit of any script starts at i.
  bool IsWordCharAt(size_t i) const {
    if (i >= n_) return false;
    const unsigned char b = s_[i];
    if (b < 0x80) return IsAsciiAlnum(b);
    const CodePoint cp = DecodeUtf8(s_ + i, s_ + n_);
    return cp.length != 0 && Classify(cp.value) == CharClass::kLetter;
  }
  // Byte length of the letter starting at i, 0 when there is none.
  size_t LetterLengthAt(size_t i) const {
    if (i >= n_) return 0;
    const unsigned char b = s_[i];
    if (b < 0x80) return IsAsciiAlpha(b) ? 1 : 0;
    const CodePoint cp = DecodeUtf8(s_ + i, s_ + n_);
    return cp.length != 0 && Classify(cp.value) == CharClass::kLetter ? cp.length : 0;
  }
  // White space (of any kind) or the end of the text at i.
  bool IsSpaceOrEndAt(size_t i) const {
    if (i >= n_) return true;
    const unsigned char b = s_[i];
    if (b < 0x80) return (kAscii[b] & (kSpaceBit | kNewlineBit | kControlBit)) != 0;
    const CodePoint cp = DecodeUtf8(s_ + i, s_ + n_);
    if (cp.length == 0) return false;
    const CharClass c = Classify(cp.value);
    return c == CharClass::kSpace || c == CharClass::kNewline || c == CharClass::kParagraph;
  }
  // Punctuation that typically follows a closing quote at i.
  bool IsClosingPunctAt(size_t i) const {
    if (i >= n_) return false;
    const unsigned char b = s_[i];
    if (b < 0x80) {
      switch (b) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case ')':
        case ']':
        case '}':
        case '-':
        case '\'':
        case '"':
          return true;
        default:
          return false;
      }
    }
    const CodePoint cp = DecodeUtf8(s_ + i, s_ + n_);
    if (cp.length == 0) return false;
    switch (Classify(cp.value)) {
      case CharClass::kDash:
      case CharClass::kEllipsis:
      case CharClass::kCloseSingle:
      case CharClass::kCloseDouble:
        return true;
      default:
        return false;
    }
  }
  bool StartsWithNoCase(size_t i, std::string_view prefix) const {
    if (n_ - i < prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k) {
      unsigned char b = s_[i + k];
      if (IsAsciiUpper(b)) b = static_cast<unsigned char>(b | 0x20);
      if (b != static_cast<unsigned char>(prefix[k])) return false;
    }
    return true;
  }
  // The apostrophe ’ (U+2019) starts at i.
  bool IsRightQuoteAt(size_t i) const {
    return i + 2 < n_ && s_[i] == 0xE2 && s_[i + 1] == 0x80 && s_[i + 2] == 0x99;
  }
  // Length of an apostrophe at i (', ’ or a reference to one: &#39;
  // &apos; &rsquo;), 0 if none.
  size_t ApostropheLengthAt(size_t i) const {
    const unsigned char b = s_[i];
    if (b == '\'') return 1;
    if (b == 0xE2) return IsRightQuoteAt(i) ? 3 : 0;
    if (b != '&') return 0;
    uint32_t cp = 0;
    const size_t len = HtmlEntityLength(s_ + i, s_ + n_, &cp);
    return cp == '\'' || cp == 0x2019 ? len : 0;
  }
  // Length of a clitic after an apostrophe at i ("s", "re", "ve", "ll",
  // "d", "m", any case) that ends at a word boundary; 0 if none.
  size_t CliticLengthAt(size_t i) const {
    if (i >= n_ || !IsAsciiAlpha(s_[i])) return 0;
    const unsigned char c0 = static_cast<unsigned char>(s_[i] | 0x20);
    if (c0 == 's' || c0 == 'd' || c0 == 'm') return IsWordCharAt(i + 1) ? 0 : 1;
    if (i + 1 < n_ && IsAsciiAlpha(s_[i + 1])) {
      const unsigned char c1 = static_cast<unsigned char>(s_[i + 1] | 0x20);
      if ((c0 == 'r' && c1 == 'e') || (c0 == 'v' && c1 == 'e') || (c0 == 'l' && c1 == 'l')) {
        return IsWordCharAt(i + 2) ? 0 : 2;
      }
    }
    return 0;
  }

  // ---- emitting ----------------------------------------------------------
  Token& Emit(size_t begin, size_t end, TokenKind kind, Role role, uint16_t flags);
  // Norm with typography folded (’ -> ', “ -> ", – -> -, soft hyphens
  // dropped), in the arena.
  std::string_view FoldedNorm(size_t begin, size_t end);
  // `norm` with ASCII letters lowered, in the arena.
  std::string_view Lowered(std::string_view norm);
  // Sets norm (folded when `fold`) and lower (lowered when `has_upper`).
  void SetForms(Token& token, bool fold, bool has_upper);
  bool OpenContext() const {
    return spaced_ || !have_prev_ || prev_role_ == Role::kOpenBracket ||
           prev_role_ == Role::kOpenQuote || prev_role_ == Role::kDash;
  }
  void ResetQuotesAtLineBreak() {
    if (newlines_ >= 2 || prev_role_ == Role::kTerminal || prev_role_ == Role::kCloseQuote ||
        prev_role_ == Role::kCloseBracket) {
      double_open_ = false;
      single_open_ = false;
    }
  }

  // ---- scanners (each consumes at least one byte) ------------------------
  void WordAt(size_t start);
  void ScanWord(size_t start, WordScan* w);
  Step AtDot(size_t start, size_t seg_start, uint32_t seg_chars, bool seg_letters_only,
             bool seg_ascii_alpha, WordScan* w, size_t* p);
  bool TryEmail(size_t start, size_t* end);
  size_t UrlEnd(size_t start) const;
  void PunctAt(size_t p, unsigned char b);
  void RunOf(size_t p, unsigned char b, TokenKind kind, Role role);
  void DashAt(size_t p);
  void EllipsisAt(size_t p);
  void DoubleQuoteAt(size_t p, size_t end, int preference);
  void SingleQuoteAt(size_t p, size_t end, CharClass cls);
  void SymbolAt(size_t p, size_t len, uint32_t cp);
  void StarAt(size_t p);
  bool EmphasisFrom(size_t p) const;
  void BarAt(size_t p);
  void EntityAt(size_t p, size_t end, uint32_t cp);
  void InvalidAt(size_t p);
  void EmitClitic(size_t begin, size_t end);
  [[gnu::noinline]] size_t ReferenceInWordAt(size_t start, size_t p, WordScan* w) const;

  std::string_view text_;
  const unsigned char* s_;
  size_t n_;
  Document* doc_;
  std::vector<TokenInfo>* info_;
  size_t wrap_width_;
  size_t pos_ = 0;

  // The space seen since the last token.
  uint32_t newlines_ = 0;
  bool spaced_ = true;
  // The last token.
  bool have_prev_ = false;
  size_t prev_end_ = 0;
  Role prev_role_ = Role::kPlain;
  TokenKind prev_kind_ = TokenKind::kPunct;
  // Where the first token of the current line begins.
  size_t line_begin_ = 0;
  // Quotation state.
  bool double_open_ = false;
  bool single_open_ = false;
  // E-mail look-ahead memo: starts before this offset are known to fail.
  size_t email_checked_until_ = 0;
  // Between a wiki table's "{|" and its "|}".
  bool in_table_ = false;
};

Token& Scanner::Emit(size_t begin, size_t end, TokenKind kind, Role role, uint16_t flags) {
  TokenInfo ti;
  ti.role = role;
  if (newlines_ >= 2) {
    ti.gap = Gap::kBlankLine;
  } else if (newlines_ == 1) {
    ti.gap = Gap::kNewline;
  } else {
    ti.gap = spaced_ ? Gap::kSpace : Gap::kTouching;
  }
  if (!have_prev_ || newlines_ > 0) {
    if (ti.gap == Gap::kNewline && have_prev_) {
      const size_t line = prev_end_ - line_begin_;
      ti.short_line_before =
          line < kHeadlineMaxBytes && (wrap_width_ == 0 || line + 1 + (end - begin) <= wrap_width_);
    }
    flags |= kParagraphStart;
    line_begin_ = begin;
  }
  if (double_open_ || single_open_) flags |= kQuoted;

  Token& t = doc_->tokens.emplace_back();
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  const std::string_view view(text_.data() + begin, end - begin);
  t.norm = view;
  t.lower = view;
  t.kind = kind;
  t.flags = flags;
  info_->push_back(ti);

  newlines_ = 0;
  spaced_ = false;
  have_prev_ = true;
  prev_end_ = end;
  prev_role_ = role;
  prev_kind_ = kind;
  return t;
}

std::string_view Scanner::FoldedNorm(size_t begin, size_t end) {
  // The folded form is never longer than the original.
  char* out = doc_->arena.Allocate(end - begin);
  size_t n = 0;
  size_t i = begin;
  while (i < end) {
    const unsigned char b = s_[i];
    CodePoint cp;
    bool reference = false;  // a character reference: "&eacute;", "&#39;"
    if (b < 0x80) {
      if (b == '&') {
        cp.length = static_cast<uint32_t>(HtmlEntityLength(s_ + i, s_ + end, &cp.value));
      }
      if (cp.length == 0) {
        out[n++] = static_cast<char>(b);
        ++i;
        continue;
      }
      reference = true;
      if (cp.value < 0x80) {
        out[n++] = static_cast<char>(cp.value);
        i += cp.length;
        continue;
      }
    } else {
      cp = DecodeUtf8(s_ + i, s_ + end);
      if (cp.length == 0) {
        out[n++] = static_cast<char>(b);
        ++i;
        continue;
      }
    }
    switch (Classify(cp.value)) {
      case CharClass::kOpenSingle:
      case CharClass::kCloseSingle:
        out[n++] = '\'';
        break;
      case CharClass::kOpenDouble:
      case CharClass::kCloseDouble:
        out[n++] = '"';
        break;
      case CharClass::kHyphen:
      case CharClass::kDash:
        out[n++] = '-';
        break;
      case CharClass::kEllipsis:
        out[n++] = '.';
        out[n++] = '.';
        out[n++] = '.';
        break;
      case CharClass::kSpace:
        break;
      case CharClass::kFormat:
        if (cp.value == 0xAD || (cp.value >= 0x2060 && cp.value <= 0x2064)) break;
        [[fallthrough]];
      default:
        if (reference) {
          n += EncodeUtf8(cp.value, out + n);
        } else {
          std::memcpy(out + n, s_ + i, cp.length);
          n += cp.length;
        }
        break;
    }
    i += cp.length;
  }
  return std::string_view(out, n);
}

std::string_view Scanner::Lowered(std::string_view norm) {
  char* out = doc_->arena.Allocate(norm.size());
  for (size_t i = 0; i < norm.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(norm[i]);
    out[i] = static_cast<char>(IsAsciiUpper(b) ? (b | 0x20) : b);
  }
  return std::string_view(out, norm.size());
}

void Scanner::SetForms(Token& token, bool fold, bool has_upper) {
  if (fold) {
    token.norm = FoldedNorm(token.begin, token.end);
    token.lower = token.norm;
  }
  if (has_upper) token.lower = Lowered(token.norm);
}

void Scanner::Run() {
  while (pos_ < n_) {
    const unsigned char b = s_[pos_];
    if (b < 0x80) {
      const uint8_t bits = kAscii[b];
      if ((bits & (kAlphaBit | kDigitBit)) != 0) {
        if (newlines_ != 0) ResetQuotesAtLineBreak();
        WordAt(pos_);
        continue;
      }
      if ((bits & (kSpaceBit | kControlBit)) != 0) {
        ++pos_;
        spaced_ = true;
        continue;
      }
      if ((bits & kNewlineBit) != 0) {
        // \r\n counts once; a lone \r counts as a line break.
        if (b == '\n' || pos_ + 1 >= n_ || s_[pos_ + 1] != '\n') ++newlines_;
        ++pos_;
        spaced_ = true;
        continue;
      }
      if (newlines_ != 0) ResetQuotesAtLineBreak();
      PunctAt(pos_, b);
      continue;
    }
    const CodePoint cp = DecodeUtf8(s_ + pos_, s_ + n_);
    if (cp.length == 0) {
      if (newlines_ != 0) ResetQuotesAtLineBreak();
      InvalidAt(pos_);
      continue;
    }
    const CharClass cls = Classify(cp.value);
    switch (cls) {
      case CharClass::kSpace:
        pos_ += cp.length;
        spaced_ = true;
        continue;
      case CharClass::kNewline:
        pos_ += cp.length;
        ++newlines_;
        spaced_ = true;
        continue;
      case CharClass::kParagraph:
        pos_ += cp.length;
        newlines_ += 2;
        spaced_ = true;
        continue;
      case CharClass::kFormat:
        pos_ += cp.length;
        continue;
      default:
        break;
    }
    if (newlines_ != 0) ResetQuotesAtLineBreak();
    switch (cls) {
      case CharClass::kLetter:
        WordAt(pos_);
        break;
      case CharClass::kHyphen:
      case CharClass::kDash:
        DashAt(pos_);
        break;
      case CharClass::kOpenSingle:
      case CharClass::kCloseSingle:
        SingleQuoteAt(pos_, pos_ + cp.length, cls);
        break;
      case CharClass::kOpenDouble:
        DoubleQuoteAt(pos_, pos_ + cp.length, +1);
        break;
      case CharClass::kCloseDouble:
        DoubleQuoteAt(pos_, pos_ + cp.length, -1);
        break;
      case CharClass::kEllipsis:
        EllipsisAt(pos_);
        break;
      case CharClass::kBullet:
        Emit(pos_, pos_ + cp.length, TokenKind::kPunct, Role::kBullet, 0);
        pos_ += cp.length;
        break;
      case CharClass::kPunct:
        Emit(pos_, pos_ + cp.length, TokenKind::kPunct, Role::kPlain, 0);
        pos_ += cp.length;
        break;
      default:  // kSymbol
        SymbolAt(pos_, cp.length, cp.value);
        break;
    }
  }
}

// ---- words -----------------------------------------------------------------

void Scanner::WordAt(size_t start) {
  // Web addresses with a scheme or "www." are taken whole.
  const unsigned char first = static_cast<unsigned char>(s_[start] | 0x20);
  if ((first == 'h' || first == 'w' || first == 'f') &&
      (StartsWithNoCase(start, "http://") || StartsWithNoCase(start, "https://") ||
       StartsWithNoCase(start, "ftp://") ||
       (StartsWithNoCase(start, "www.") && start + 4 < n_ && IsAsciiAlnum(s_[start + 4])))) {
    const size_t end = UrlEnd(start);
    if (end > start) {
      bool upper = false;
      for (size_t i = start; i < end; ++i) upper |= IsAsciiUpper(s_[i]);
      Token& t = Emit(start, end, TokenKind::kWord, Role::kPlain, 0);
      SetForms(t, false, upper);
      pos_ = end;
      return;
    }
  }

  WordScan w;
  ScanWord(start, &w);
  const size_t end = w.end;

  TokenKind kind = TokenKind::kWord;
  if (!w.url && IsAsciiDigit(s_[start])) {
    if (w.letters == 0) {
      kind = TokenKind::kNumber;
    } else if (w.letters == 1 && s_[end - 1] == 's' && end - start >= 2 &&
               IsAsciiDigit(s_[end - 2])) {
      kind = TokenKind::kNumber;  // 1990s
    }
  }
  uint16_t flags = 0;
  if (kind == TokenKind::kWord && !w.url) {
    if (w.first_upper) flags |= kCapitalized;
    if (w.ascii_upper + w.other_upper >= 2 && w.lower == 0) flags |= kAllCaps;
    if (w.hyphenated) flags |= kHyphenated;
    if (w.abbreviation) flags |= kAbbreviation;
  }
  Token& t = Emit(start, end, kind, w.role, flags);
  SetForms(t, w.fold, w.ascii_upper != 0);

  if (w.clitic_end > end) {
    EmitClitic(end, w.clitic_end);
    pos_ = w.clitic_end;
  } else {
    pos_ = end;
  }
}

// A character reference at p that a word goes on through: a letter
// ("Jos&eacute;", counted in *w) or an ampersand between capitals
// ("AT&amp;T"). Returns its length, 0 if there is none.
size_t Scanner::ReferenceInWordAt(size_t start, size_t p, WordScan* w) const {
  uint32_t cp = 0;
  const size_t len = HtmlEntityLength(s_ + p, s_ + n_, &cp);
  if (len == 0) return 0;
  if (IsWordCodePoint(cp)) {
    ++w->letters;
    if (cp < 0x80) {
      w->ascii_upper += IsAsciiUpper(static_cast<unsigned char>(cp));
      w->lower += IsAsciiLower(static_cast<unsigned char>(cp));
    } else if (IsUpperCodePoint(cp)) {
      ++w->other_upper;
    } else if (IsLowerCodePoint(cp)) {
      ++w->lower;
    }
    w->fold = true;
    return len;
  }
  if (cp == '&' && p > start && IsAsciiUpper(s_[p - 1]) && p + len < n_ &&
      IsAsciiUpper(s_[p + len])) {
    w->fold = true;
    return len;
  }
  return 0;
}

void Scanner::EmitClitic(size_t begin, size_t end) {
  bool fold = false;
  bool upper = false;
  for (size_t i = begin; i < end; ++i) {
    fold |= s_[i] >= 0x80 || s_[i] == '&';
    upper |= IsAsciiUpper(s_[i]);
  }
  Token& t = Emit(begin, end, TokenKind::kWord, Role::kPlain, 0);
  SetForms(t, fold, upper);
}

void Scanner::ScanWord(size_t start, WordScan* w) {
  {
    const unsigned char b = s_[start];
    if (b < 0x80) {
      w->first_upper = IsAsciiUpper(b);
    } else {
      w->first_upper = IsUpperCodePoint(DecodeUtf8(s_ + start, s_ + n_).value);
    }
  }
  size_t p = start;
  for (;;) {
    // One segment: letters and digits of any script.
    const size_t seg_start = p;
    uint32_t seg_chars = 0;
    bool seg_letters_only = true;
    bool seg_ascii_alpha = true;
    while (p < n_) {
      {
        // The ASCII run, its kinds of characters counted in the lanes of
        // one word (kAlnumCounts) and in locals: the text is bytes, which
        // may alias anything, so counting straight into *w would reload
        // the scanner's fields at every byte.
        const unsigned char* const s = s_;
        const size_t n = n_;
        const size_t run_start = p;
        uint64_t any_digit = 0;
        while (p < n) {
          // At most 65,535 bytes a round, so that no 16-bit lane overflows.
          const size_t stop = n - p > 65535 ? p + 65535 : n;
          uint64_t counts = 0;
          for (uint64_t c; p < stop && (c = kAlnumCounts[s[p]]) != 0; ++p) counts += c;
          w->ascii_upper += static_cast<uint32_t>(counts & 0xFFFF);
          w->lower += static_cast<uint32_t>((counts >> 16) & 0xFFFF);
          w->letters += static_cast<uint32_t>((counts >> 32) & 0xFFFF);
          any_digit |= counts >> 48;
          if (p < stop) break;
        }
        seg_chars += static_cast<uint32_t>(p - run_start);
        if (any_digit != 0) {
          seg_letters_only = false;
          seg_ascii_alpha = false;
        }
        if (p >= n || s[p] < 0x80) break;
      }
      const CodePoint cp = DecodeUtf8(s_ + p, s_ + n_);
      if (cp.length == 0) break;
      const CharClass cls = Classify(cp.value);
      if (cls == CharClass::kLetter) {
        ++w->letters;
        if (IsUpperCodePoint(cp.value)) {
          ++w->other_upper;
        } else if (IsLowerCodePoint(cp.value)) {
          ++w->lower;
        }
        ++seg_chars;
      } else if (cls == CharClass::kFormat) {
        if (cp.value == 0xAD || (cp.value >= 0x2060 && cp.value <= 0x2064)) w->fold = true;
      } else {
        break;
      }
      seg_ascii_alpha = false;
      p += cp.length;
    }
    if (p >= n_) break;

    // What joins this segment to the next one, if anything.
    const unsigned char b = s_[p];
    if (b == '-') {
      if (IsWordCharAt(p + 1)) {
        w->hyphenated = true;
        ++p;
        continue;
      }
      break;
    }
    if (b == '.') {
      if (AtDot(start, seg_start, seg_chars, seg_letters_only, seg_ascii_alpha, w, &p) ==
          Step::kContinue) {
        continue;
      }
      break;
    }
    if (b == ',') {
      // Thousands: 1,200 and 5,000,000 (exactly three digits follow).
      if (IsAsciiDigit(s_[p - 1]) && p + 3 < n_ && IsAsciiDigit(s_[p + 1]) &&
          IsAsciiDigit(s_[p + 2]) && IsAsciiDigit(s_[p + 3]) &&
          (p + 4 >= n_ || !IsAsciiDigit(s_[p + 4]))) {
        ++p;
        continue;
      }
      break;
    }
    const size_t apostrophe =
        (b == '\'' || b == 0xE2 || b == '&') && p > start ? ApostropheLengthAt(p) : 0;
    if (apostrophe != 0) {
      const size_t q = p + apostrophe;
      const size_t clitic = CliticLengthAt(q);
      if (clitic != 0) {
        w->end = p;
        w->clitic_end = q + clitic;
        return;
      }
      // don't -> do + n't (also won't -> wo + n't, can't -> ca + n't).
      if (q < n_ && (s_[q] | 0x20) == 't' && !IsWordCharAt(q + 1) && p >= start + 2 &&
          (s_[p - 1] | 0x20) == 'n') {
        if (s_[p - 1] == 'N') {
          --w->ascii_upper;
        } else {
          --w->lower;
        }
        --w->letters;
        w->end = p - 1;
        w->clitic_end = q + 1;
        return;
      }
      if (IsWordCharAt(q)) {  // O'Brien, d'Ivoire
        if (b != '\'') w->fold = true;
        p = q;
        continue;
      }
      break;
    }
    if (b == '&') {
      if (p > start && IsAsciiUpper(s_[p - 1]) && p + 1 < n_ && IsAsciiUpper(s_[p + 1])) {
        ++p;  // AT&T, S&P
        continue;
      }
      const size_t len = ReferenceInWordAt(start, p, w);
      if (len == 0) break;
      p += len;
      continue;
    }
    if (b == '%') {
      if (IsAsciiDigit(s_[p - 1])) ++p;
      break;
    }
    if (b == '@' || b == '_' || b == '+') {
      size_t end = 0;
      if (p + 1 < n_ && IsAsciiAlnum(s_[p + 1]) && TryEmail(start, &end)) {
        p = end;
        w->url = true;
      }
      break;
    }
    if (b == 0xE2 && p + 2 < n_ && s_[p + 1] == 0x80 && (s_[p + 2] == 0x90 || s_[p + 2] == 0x91)) {
      // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN between two parts.
      if (IsWordCharAt(p + 3)) {
        w->hyphenated = true;
        w->fold = true;
        p += 3;
        continue;
      }
    }
    if (b == 0xE2 && p + 3 < n_ && s_[p + 1] == 0x80 && s_[p + 2] == 0x93 &&
        IsAsciiDigit(s_[p - 1]) && IsAsciiDigit(s_[p + 3])) {
      // An en dash between digits makes a range: 1950–1953.
      w->hyphenated = true;
      w->fold = true;
      p += 3;
      continue;
    }
    break;
  }
  w->end = p;
  if (w->chain && !w->abbreviation && !w->hyphenated) w->abbreviation = true;  // U.S
}

Step Scanner::AtDot(size_t start, size_t seg_start, uint32_t seg_chars, bool seg_letters_only,
                    bool seg_ascii_alpha, WordScan* w, size_t* pp) {
  size_t& p = *pp;
  const size_t q = p + 1;
  const unsigned char prev = s_[p - 1];
  // 3.5, 192.168.0.1
  if (IsAsciiDigit(prev) && q < n_ && IsAsciiDigit(s_[q])) {
    ++p;
    return Step::kContinue;
  }
  // Initials and dotted acronyms: J. U.S. L.G.B.T.Q. a.m., also after a
  // hyphen: anti-U.S.
  if (seg_chars == 1 && seg_letters_only &&
      (seg_start == start || w->chain || (seg_start > start && s_[seg_start - 1] == '-'))) {
    const size_t len = LetterLengthAt(q);
    if (len != 0) {
      const size_t after = q + len;
      const bool dot_next = after < n_ && s_[after] == '.';
      // "U.S" without its last full stop, between capitals only.
      const bool bare_end =
          len == 1 && IsAsciiUpper(s_[q]) && IsAsciiUpper(s_[seg_start]) && !IsWordCharAt(after);
      if (dot_next || bare_end) {
        w->chain = true;
        p = q;
        return Step::kContinue;
      }
    }
    if (w->chain) {
      const std::string_view so_far = text_.substr(start, p - start);
      p = q;
      w->abbreviation = true;
      w->role = (so_far == "e.g" || so_far == "i.e") ? Role::kAbbrevInner : Role::kAbbrevFinal;
      if (p < n_ && s_[p] == '-' && IsWordCharAt(p + 1)) {  // U.S.-led
        w->hyphenated = true;
        w->abbreviation = false;
        w->role = Role::kPlain;
        ++p;
        return Step::kContinue;
      }
      return Step::kStop;
    }
    if (IsAsciiUpper(prev) ||
        (prev >= 0x80 && w->other_upper != 0 && seg_start == start && w->first_upper)) {
      p = q;  // an initial: J.
      w->abbreviation = true;
      w->role = Role::kAbbrevFinal;
      return Step::kStop;
    }
  }
  // Known abbreviations: Gen. Mr. Jan. etc. (the whole word, no hyphen).
  if (seg_start == start && seg_ascii_alpha && !w->hyphenated) {
    AbbrevKind kind = LookupAbbreviation(text_.substr(start, p - start));
    if (kind == AbbrevKind::kBeforeNumber) {
      size_t r = q;
      while (r < n_ && r - q < 4 && (s_[r] == ' ' || s_[r] == '\t')) ++r;
      kind = r < n_ && IsAsciiDigit(s_[r]) ? AbbrevKind::kInner : AbbrevKind::kNone;
    }
    if (kind != AbbrevKind::kNone) {
      p = q;
      w->abbreviation = true;
      w->role = kind == AbbrevKind::kFinal ? Role::kAbbrevFinal : Role::kAbbrevInner;
      return Step::kStop;
    }
  }
  // Domain names: Amazon.com, bbc.co.uk, example.org/page.
  if (q < n_ && IsAsciiLower(s_[q]) && IsAsciiAlnum(prev)) {
    size_t r = q;
    while (r < n_ && r - q <= 4 && IsAsciiLower(s_[r])) ++r;
    if (IsDomainSuffix(text_.substr(q, r - q)) && !IsWordCharAt(r)) {
      p = r;
      if (p < n_ && s_[p] == '/') {
        p = std::max(p, UrlEnd(p));
        return Step::kStop;
      }
      return Step::kContinue;
    }
  }
  // john.smith@example.org
  if (q < n_ && IsAsciiAlnum(s_[q])) {
    size_t end = 0;
    if (TryEmail(start, &end)) {
      p = end;
      w->url = true;
    }
  }
  return Step::kStop;
}

bool Scanner::TryEmail(size_t start, size_t* end) {
  if (start < email_checked_until_) return false;
  size_t r = start;
  while (r < n_) {
    const unsigned char b = s_[r];
    if (IsAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-') {
      ++r;
    } else {
      break;
    }
  }
  email_checked_until_ = r;
  if (r >= n_ || s_[r] != '@' || s_[r - 1] == '.') return false;
  size_t d = r + 1;
  int labels = 0;
  size_t last_label = d;
  bool last_alpha = true;
  for (;;) {
    const size_t label = d;
    bool alpha = true;
    while (d < n_ && (IsAsciiAlnum(s_[d]) || s_[d] == '-')) {
      alpha &= IsAsciiAlpha(s_[d]);
      ++d;
    }
    if (d == label) break;
    ++labels;
    last_label = label;
    last_alpha = alpha;
    if (d + 1 < n_ && s_[d] == '.' && IsAsciiAlnum(s_[d + 1])) {
      ++d;
      continue;
    }
    break;
  }
  if (labels < 2 || !last_alpha || d - last_label < 2) return false;
  *end = d;
  return true;
}

size_t Scanner::UrlEnd(size_t start) const {
  size_t q = start;
  int opens = 0;
  int closes = 0;
  while (q < n_) {
    const unsigned char b = s_[q];
    if (b < 0x80) {
      if (b <= 0x20 || b == 0x7f || b == '"' || b == '<' || b == '>' || b == '`' || b == '{' ||
          b == '}' || b == '|' || b == '\\' || b == '^') {
        break;
      }
      opens += (b == '(' || b == '[');
      closes += (b == ')' || b == ']');
      ++q;
      continue;
    }
    const CodePoint cp = DecodeUtf8(s_ + q, s_ + n_);
    if (cp.length == 0 || Classify(cp.value) != CharClass::kLetter) break;
    q += cp.length;
  }
  // Punctuation after an address belongs to the sentence.
  while (q > start) {
    const unsigned char last = s_[q - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
        last == '\'' || last == '*') {
      --q;
    } else if ((last == ')' || last == ']') && closes > opens) {
      --closes;
      --q;
    } else {
      break;
    }
  }
  return q;
}

// ---- punctuation, quotes, symbols ------------------------------------------

void Scanner::RunOf(size_t p, unsigned char b, TokenKind kind, Role role) {
  size_t e = p + 1;
  while (e < n_ && s_[e] == b) ++e;
  Emit(p, e, kind, role, 0);
  pos_ = e;
}

void Scanner::PunctAt(size_t p, unsigned char b) {
  switch (b) {
    case '.': {
      size_t e = p + 1;
      while (e < n_ && s_[e] == '.') ++e;
      if (e - p >= 3) {
        Token& t = Emit(p, e, TokenKind::kPunct, Role::kEllipsis, 0);
        if (e - p != 3) t.norm = t.lower = kNormEllipsis;
      } else {
        Token& t = Emit(p, e, TokenKind::kPunct, Role::kTerminal, 0);
        if (e - p != 1) t.norm = t.lower = kNormPeriod;
      }
      pos_ = e;
      return;
    }
    case '!':
      if (in_table_) {  // a header cell: "! Party !! Votes"
        RunOf(p, b, TokenKind::kSymbol, Role::kTableMark);
        return;
      }
      [[fallthrough]];
    case '?': {
      size_t e = p + 1;
      while (e < n_ && (s_[e] == '!' || s_[e] == '?')) ++e;
      Emit(p, e, TokenKind::kPunct, Role::kTerminal, 0);
      pos_ = e;
      return;
    }
    case ',':
    case ';':
    case ':':
    case '/':
      RunOf(p, b, TokenKind::kPunct, Role::kJoiner);
      return;
    case '{':
      if (p + 1 < n_ && s_[p + 1] == '|') {  // a wiki table opens
        Emit(p, p + 2, TokenKind::kSymbol, Role::kTableMark, 0);
        in_table_ = true;
        pos_ = p + 2;
        return;
      }
      [[fallthrough]];
    case '(':
    case '[':
      Emit(p, p + 1, TokenKind::kPunct, Role::kOpenBracket, 0);
      pos_ = p + 1;
      return;
    case ')':
    case ']':
    case '}':
      Emit(p, p + 1, TokenKind::kPunct, Role::kCloseBracket, 0);
      pos_ = p + 1;
      return;
    case '"':
      DoubleQuoteAt(p, p + 1, 0);
      return;
    case '\'':
      if (p + 1 < n_ && s_[p + 1] == '\'') {
        DoubleQuoteAt(p, p + 2, 0);  // '' as a double quote
      } else {
        SingleQuoteAt(p, p + 1, CharClass::kCloseSingle);
      }
      return;
    case '`':
      if (p + 1 < n_ && s_[p + 1] == '`') {
        DoubleQuoteAt(p, p + 2, +1);  // `` opens
      } else {
        SingleQuoteAt(p, p + 1, CharClass::kOpenSingle);
      }
      return;
    case '-':
      DashAt(p);
      return;
    case '&': {
      uint32_t cp = 0;
      const size_t len = HtmlEntityLength(s_ + p, s_ + n_, &cp);
      if (len != 0) {
        EntityAt(p, p + len, cp);
      } else {
        RunOf(p, b, TokenKind::kSymbol, Role::kJoiner);
      }
      return;
    }
    case '$':
      Emit(p, p + 1, TokenKind::kSymbol, Role::kCurrency, 0);
      pos_ = p + 1;
      return;
    case '*':
      StarAt(p);
      return;
    case '=':
      // "==See also==": a wiki heading's markers.
      RunOf(p, b, TokenKind::kSymbol,
            p + 1 < n_ && s_[p + 1] == '=' ? Role::kHeading : Role::kPlain);
      return;
    case '|':
      BarAt(p);
      return;
    default:  // # @ % + < > ^ ~ \ _
      RunOf(p, b, TokenKind::kSymbol, Role::kPlain);
      return;
  }
}

void Scanner::DashAt(size_t p) {
  size_t e = p;
  while (e < n_) {
    if (s_[e] == '-') {
      ++e;
      continue;
    }
    if (s_[e] < 0x80) break;
    const CodePoint cp = DecodeUtf8(s_ + e, s_ + n_);
    if (cp.length == 0) break;
    const CharClass cls = Classify(cp.value);
    if (cls != CharClass::kDash && cls != CharClass::kHyphen) break;
    e += cp.length;
  }
  Token& t = Emit(p, e, TokenKind::kPunct, Role::kDash, 0);
  if (e - p != 1) t.norm = t.lower = kNormDash;
  pos_ = e;
}

void Scanner::EllipsisAt(size_t p) {
  size_t e = p;
  while (e + 2 < n_ && s_[e] == 0xE2 && s_[e + 1] == 0x80 && s_[e + 2] == 0xA6) e += 3;
  while (e < n_ && s_[e] == '.') ++e;
  Token& t = Emit(p, e, TokenKind::kPunct, Role::kEllipsis, 0);
  t.norm = t.lower = kNormEllipsis;
  pos_ = e;
}

// `preference`: +1 a mark that opens (“ „ ``), -1 one that closes (” »),
// 0 a straight mark. The context decides when the mark is straight or
// used the wrong way round.
void Scanner::DoubleQuoteAt(size_t p, size_t end, int preference) {
  const bool open_context = OpenContext();
  const bool space_after = IsSpaceOrEndAt(end);
  const bool punct_after = IsClosingPunctAt(end);
  const bool open_like = open_context && !space_after && !punct_after;
  const bool close_like = !open_context && (space_after || punct_after);
  bool open;
  if (preference > 0) {
    open = !(close_like && double_open_);
  } else if (preference < 0) {
    open = open_like && !double_open_;
  } else if (open_like != close_like) {
    open = open_like;
  } else {
    open = !double_open_;
  }
  Token* t;
  if (open) {
    t = &Emit(p, end, TokenKind::kPunct, Role::kOpenQuote, 0);
    double_open_ = true;
  } else {
    double_open_ = false;
    single_open_ = false;
    t = &Emit(p, end, TokenKind::kPunct, Role::kCloseQuote, 0);
  }
  if (end - p != 1) t->norm = t->lower = kNormQuote;
  pos_ = end;
}

// Straight ', ’, ‘ and friends: an apostrophe that starts a clitic or marks
// a plural possessive, or a single quotation mark.
void Scanner::SingleQuoteAt(size_t p, size_t end, CharClass cls) {
  const bool open_context = OpenContext();
  const bool straight = end - p == 1;
  const bool apostrophe_like = cls == CharClass::kCloseSingle;  // ' or ’ or ›
  Token* t = nullptr;
  if (!open_context) {
    // Right after a token: "’s" after a quote or bracket, allies', or a closing mark.
    const size_t clitic = apostrophe_like ? CliticLengthAt(end) : 0;
    if (clitic != 0) {
      EmitClitic(p, end + clitic);
      pos_ = end + clitic;
      return;
    }
    if (single_open_ && cls != CharClass::kOpenSingle) {
      single_open_ = false;
      t = &Emit(p, end, TokenKind::kPunct, Role::kCloseQuote, 0);
    } else if (apostrophe_like && prev_kind_ == TokenKind::kWord &&
               (s_[prev_end_ - 1] | 0x20) == 's' && !IsWordCharAt(end)) {
      t = &Emit(p, end, TokenKind::kWord, Role::kPlain, 0);  // allies'
    } else if (cls == CharClass::kOpenSingle) {
      t = &Emit(p, end, TokenKind::kPunct, Role::kOpenQuote, 0);
      single_open_ = true;
    } else {
      t = &Emit(p, end, TokenKind::kPunct, Role::kCloseQuote, 0);
    }
  } else {
    // "Burma 's junta": a clitic cut off by a space (seen in converted text).
    if (apostrophe_like && have_prev_ && newlines_ == 0 &&
        (prev_kind_ == TokenKind::kWord || prev_kind_ == TokenKind::kNumber)) {
      const size_t clitic = CliticLengthAt(end);
      if (clitic != 0 && (end + clitic >= n_ || !IsAsciiAlpha(s_[end + clitic]))) {
        EmitClitic(p, end + clitic);
        pos_ = end + clitic;
        return;
      }
    }
    // '90s
    if (apostrophe_like && end + 1 < n_ && IsAsciiDigit(s_[end]) && IsAsciiDigit(s_[end + 1])) {
      size_t e = end + 2;
      if (e < n_ && s_[e] == 's') ++e;
      if (!IsWordCharAt(e)) {
        Token& num = Emit(p, e, TokenKind::kNumber, Role::kPlain, 0);
        SetForms(num, !straight, false);
        pos_ = e;
        return;
      }
    }
    if (!IsSpaceOrEndAt(end) && !IsClosingPunctAt(end)) {
      t = &Emit(p, end, TokenKind::kPunct, Role::kOpenQuote, 0);
      single_open_ = true;
    } else if (single_open_ && cls != CharClass::kOpenSingle) {
      single_open_ = false;
      t = &Emit(p, end, TokenKind::kPunct, Role::kCloseQuote, 0);
    } else {
      t = &Emit(p, end, TokenKind::kPunct, Role::kPlain, 0);
    }
  }
  if (!straight) t->norm = t->lower = kNormApostrophe;
  pos_ = end;
}

void Scanner::SymbolAt(size_t p, size_t len, uint32_t cp) {
  // Keep an emoji with its modifiers and joined parts: 👍🏽, 👨‍👩‍👧.
  size_t e = p + len;
  while (e < n_ && s_[e] >= 0x80) {
    const CodePoint next = DecodeUtf8(s_ + e, s_ + n_);
    if (next.length == 0 || Classify(next.value) != CharClass::kFormat) break;
    e += next.length;
    if (next.value == 0x200D && e < n_ && s_[e] >= 0x80) {
      const CodePoint joined = DecodeUtf8(s_ + e, s_ + n_);
      if (joined.length != 0 && Classify(joined.value) == CharClass::kSymbol) e += joined.length;
    }
  }
  Emit(p, e, TokenKind::kSymbol, IsCurrencyCodePoint(cp) ? Role::kCurrency : Role::kPlain, 0);
  pos_ = e;
}

// "*": a bullet after a space ("... the deal: * Total budget"), unless it
// multiplies two numbers ("5 * 3") or opens an emphasis ("*not*"); a
// factor or a footnote mark when stuck to the word before ("Republican*").
void Scanner::StarAt(size_t p) {
  size_t e = p + 1;
  while (e < n_ && s_[e] == '*') ++e;
  Role role = Role::kPlain;
  if (spaced_ || !have_prev_) {
    size_t q = e;
    while (q < n_ && (s_[q] == ' ' || s_[q] == '\t')) ++q;
    const bool product =
        have_prev_ && prev_kind_ == TokenKind::kNumber && q < n_ && IsAsciiDigit(s_[q]);
    const bool emphasis = q == e && EmphasisFrom(e);
    if (!product && !emphasis) role = Role::kBullet;
  }
  Emit(p, e, TokenKind::kSymbol, role, 0);
  pos_ = e;
}

// A "*" right after a word closes an emphasis that starts at p, on the
// same line and before any "*" after a space (the next bullet).
bool Scanner::EmphasisFrom(size_t p) const {
  if (!IsWordCharAt(p)) return false;
  const size_t stop = std::min(n_, p + kEmphasisMaxBytes);
  for (size_t q = p + 1; q < stop; ++q) {
    const unsigned char b = s_[q];
    if (b == '\n' || b == '\r') return false;
    if (b == '*') return s_[q - 1] != ' ' && s_[q - 1] != '\t' && !IsWordCharAt(q + 1);
  }
  return false;
}

// "|" and the wiki table markup made with it: "|}" closes a table, "|-" starts
// a row, "|+" a caption, "||" and a lone "|" separate cells. Outside a table,
// a lone "|" separates cells only with space on both sides ("News | Sport");
// "[[a|b]]" keeps it as a symbol.
void Scanner::BarAt(size_t p) {
  const unsigned char next = p + 1 < n_ ? s_[p + 1] : 0;
  if (next == '|') {
    RunOf(p, '|', TokenKind::kSymbol, Role::kTableMark);
    return;
  }
  size_t e = p + 1;
  if (next == '}') {
    in_table_ = false;
    e = p + 2;
  } else if (next == '+') {
    e = p + 2;
  } else if (next == '-') {
    e = p + 2;
    while (e < n_ && s_[e] == '-') ++e;
  }
  const bool mark =
      e > p + 1 || in_table_ || ((spaced_ || !have_prev_) && IsSpaceOrEndAt(p + 1));
  Emit(p, e, TokenKind::kSymbol, mark ? Role::kTableMark : Role::kPlain, 0);
  pos_ = e;
}

// A character reference, [p, end) naming `cp`: one token that plays the
// part of its character, with that character as its norm. A reference to a
// space is a space, one to an invisible character is skipped, and one to a
// letter starts a word (which goes on past it).
void Scanner::EntityAt(size_t p, size_t end, uint32_t cp) {
  if (IsWordCodePoint(cp)) {
    // The word scanner reads the reference as a letter but takes the word's
    // case from its first byte.
    const size_t index = doc_->tokens.size();
    WordAt(p);
    Token& word = doc_->tokens[index];
    const bool upper =
        cp < 0x80 ? IsAsciiUpper(static_cast<unsigned char>(cp)) : IsUpperCodePoint(cp);
    if (upper && word.kind == TokenKind::kWord) word.flags |= kCapitalized;
    return;
  }
  TokenKind kind = TokenKind::kSymbol;
  Role role = Role::kPlain;
  if (cp < 0x80) {
    const unsigned char c = static_cast<unsigned char>(cp);
    if ((kAscii[c] & (kSpaceBit | kNewlineBit | kControlBit)) != 0) {
      pos_ = end;
      spaced_ = true;
      return;
    }
    switch (c) {
      case '"':
        DoubleQuoteAt(p, end, 0);
        return;
      case '\'':
        SingleQuoteAt(p, end, CharClass::kCloseSingle);
        return;
      case '-':
        kind = TokenKind::kPunct;
        role = Role::kDash;
        break;
      case '.':
      case '!':
      case '?':
        kind = TokenKind::kPunct;
        role = Role::kTerminal;
        break;
      case ',':
      case ';':
      case ':':
      case '/':
        kind = TokenKind::kPunct;
        role = Role::kJoiner;
        break;
      case '&':
        role = Role::kJoiner;
        break;
      case '(':
      case '[':
      case '{':
        kind = TokenKind::kPunct;
        role = Role::kOpenBracket;
        break;
      case ')':
      case ']':
      case '}':
        kind = TokenKind::kPunct;
        role = Role::kCloseBracket;
        break;
      case '$':
        role = Role::kCurrency;
        break;
      default:
        break;
    }
    Token& t = Emit(p, end, kind, role, 0);
    t.norm = t.lower = std::string_view(kAsciiChars + c, 1);
    pos_ = end;
    return;
  }
  const CharClass cls = Classify(cp);
  switch (cls) {
    case CharClass::kSpace:
    case CharClass::kNewline:
    case CharClass::kParagraph:
      pos_ = end;
      spaced_ = true;
      return;
    case CharClass::kFormat:
      pos_ = end;
      return;
    case CharClass::kOpenSingle:
    case CharClass::kCloseSingle:
      SingleQuoteAt(p, end, cls);
      return;
    case CharClass::kOpenDouble:
      DoubleQuoteAt(p, end, +1);
      return;
    case CharClass::kCloseDouble:
      DoubleQuoteAt(p, end, -1);
      return;
    case CharClass::kHyphen:
    case CharClass::kDash: {
      Token& t = Emit(p, end, TokenKind::kPunct, Role::kDash, 0);
      t.norm = t.lower = kNormDash;
      pos_ = end;
      return;
    }
    case CharClass::kEllipsis: {
      Token& t = Emit(p, end, TokenKind::kPunct, Role::kEllipsis, 0);
      t.norm = t.lower = kNormEllipsis;
      pos_ = end;
      return;
    }
    case CharClass::kBullet:
      kind = TokenKind::kPunct;
      role = Role::kBullet;
      break;
    case CharClass::kPunct:
      kind = TokenKind::kPunct;
      break;
    default:
      if (IsCurrencyCodePoint(cp)) role = Role::kCurrency;
      break;
  }
  Token& t = Emit(p, end, kind, role, 0);
  char* out = doc_->arena.Allocate(4);
  t.norm = t.lower = std::string_view(out, EncodeUtf8(cp, out));
  pos_ = end;
}

void Scanner::InvalidAt(size_t p) {
  // A run of bytes that are not UTF-8 becomes one symbol token.
  size_t e = p + 1;
  while (e < n_ && s_[e] >= 0x80 && DecodeUtf8(s_ + e, s_ + n_).length == 0) ++e;
  Emit(p, e, TokenKind::kSymbol, Role::kPlain, 0);
  pos_ = e;
}

}  // namespace
}  // namespace text

void Tokenize(std::string_view text, Document* doc) {
  doc->Clear();
  doc->text = text;
  // Offsets are 32-bit: bytes past 4 GiB - 1 are not tokenized.
  constexpr size_t kMaxBytes = std::numeric_limits<uint32_t>::max();
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  thread_local std::vector<text::TokenInfo> info;
  info.clear();
  text::Scanner scanner(text, doc, &info);
  scanner.Run();
  text::SplitSentences(info, doc);
  // Keep the scratch space unless an unusually large text inflated it.
  if (info.capacity() > (8u << 20)) std::vector<text::TokenInfo>().swap(info);
}

}  // namespace dyad
