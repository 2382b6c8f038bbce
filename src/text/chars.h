// Character classes for the tokenizer: a byte table for ASCII, a UTF-8
// decoder that rejects malformed sequences, and a coarse classification of
// code points outside ASCII (letters of any script, spaces, quotes, dashes,
// symbols). Everything here is a pure function of its arguments.
//
//   CodePoint cp = DecodeUtf8(p, end);          // cp.length == 0: invalid byte
//   if (cp.length != 0 && Classify(cp.value) == CharClass::kLetter) ...
#ifndef DYAD_TEXT_CHARS_H_
#define DYAD_TEXT_CHARS_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace dyad::text {

// Bits of kAscii[b] for a byte b (zero for bytes >= 0x80).
enum AsciiBit : uint8_t {
  kAlphaBit = 1 << 0,    // A-Z a-z
  kUpperBit = 1 << 1,    // A-Z
  kLowerBit = 1 << 2,    // a-z
  kDigitBit = 1 << 3,    // 0-9
  kSpaceBit = 1 << 4,    // space, \t, \v, \f
  kNewlineBit = 1 << 5,  // \n, \r
  kControlBit = 1 << 6,  // other C0 controls and DEL: skipped like spaces
};

constexpr std::array<uint8_t, 256> MakeAsciiTable() {
  std::array<uint8_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAlphaBit | kUpperBit;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAlphaBit | kLowerBit;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigitBit;
  for (int c = 0; c < 0x20; ++c) table[c] = kControlBit;
  table[0x7f] = kControlBit;
  table[' '] = kSpaceBit;
  table['\t'] = kSpaceBit;
  table['\v'] = kSpaceBit;
  table['\f'] = kSpaceBit;
  table['\n'] = kNewlineBit;
  table['\r'] = kNewlineBit;
  return table;
}
inline constexpr std::array<uint8_t, 256> kAscii = MakeAsciiTable();

// Counters for runs of ASCII letters and digits, one 16-bit lane each:
// upper-case letters, lower-case letters, letters, digits. Zero for every
// other byte, so a scan adds entries until it meets a zero.
inline constexpr uint64_t kUpperLane = 1, kLowerLane = uint64_t{1} << 16, kLetterLane = uint64_t{1} << 32,
                          kDigitLane = uint64_t{1} << 48;
constexpr std::array<uint64_t, 256> MakeAlnumCounts() {
  std::array<uint64_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kUpperLane | kLetterLane;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLowerLane | kLetterLane;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigitLane;
  return table;
}
inline constexpr std::array<uint64_t, 256> kAlnumCounts = MakeAlnumCounts();

inline bool IsAsciiAlnum(unsigned char b) { return (kAscii[b] & (kAlphaBit | kDigitBit)) != 0; }
inline bool IsAsciiDigit(unsigned char b) { return (kAscii[b] & kDigitBit) != 0; }
inline bool IsAsciiUpper(unsigned char b) { return (kAscii[b] & kUpperBit) != 0; }
inline bool IsAsciiLower(unsigned char b) { return (kAscii[b] & kLowerBit) != 0; }
inline bool IsAsciiAlpha(unsigned char b) { return (kAscii[b] & kAlphaBit) != 0; }

// One decoded code point; length 0 means the byte at the position does not
// start a well-formed UTF-8 sequence (stray continuation byte, overlong
// form, surrogate, value above U+10FFFF or a sequence cut short).
struct CodePoint {
  uint32_t value = 0;
  uint32_t length = 0;
};

inline CodePoint DecodeUtf8(const unsigned char* p, const unsigned char* end) {
  const uint32_t b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  const ptrdiff_t avail = end - p;
  if (b0 < 0xC2) return {};
  if (b0 < 0xE0) {
    if (avail < 2 || (p[1] & 0xC0) != 0x80) return {};
    return {((b0 & 0x1F) << 6) | (p[1] & 0x3Fu), 2};
  }
  if (b0 < 0xF0) {
    if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return {};
    const uint32_t cp = ((b0 & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    return {cp, 3};
  }
  if (b0 < 0xF5) {
    if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) {
      return {};
    }
    const uint32_t cp =
        ((b0 & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (cp < 0x10000 || cp > 0x10FFFF) return {};
    return {cp, 4};
  }
  return {};
}

// What a code point outside ASCII is to the tokenizer.
enum class CharClass : uint8_t {
  kLetter,       // a letter, digit or combining mark of any script: part of words
  kSpace,        // no-break and other spaces, byte order mark: separates tokens
  kNewline,      // U+0085, U+2028: a line break
  kParagraph,    // U+2029: a paragraph break (counts as a blank line)
  kFormat,       // invisible: soft hyphen, joiners, variation selectors, C1 controls
  kHyphen,       // U+2010, U+2011: joins words like '-'
  kDash,         // figure, en and em dashes, horizontal bar, minus sign
  kOpenSingle,   // ‘ ‚ ‛ ‹
  kCloseSingle,  // ’ (also the apostrophe) ›
  kOpenDouble,   // “ „ ‟ «
  kCloseDouble,  // ” »
  kEllipsis,     // …
  kBullet,       // • ‣ ⁃ · ▪ ● ◦ ■
  kPunct,        // other punctuation: ¡ ¿ § and script-specific marks
  kSymbol,       // everything else that is not a letter: currency, emoji, arrows
};

CharClass Classify(uint32_t cp);

// Case of letters outside ASCII (Latin, Greek, Cyrillic, Armenian and
// full-width Latin; other scripts have no case and give false for both).
bool IsUpperCodePoint(uint32_t cp);
bool IsLowerCodePoint(uint32_t cp);

// An HTML character reference at [p, end): "&name;" with a name from the
// HTML set that news text uses (punctuation, spaces, quotes, dashes, signs
// and the Latin letters with accents), "&#NNN;" or "&#xHH;". Returns its
// length in bytes (at least 4) and sets *cp to the character it stands for,
// or returns 0 when no reference starts at p. Numbers 128-159 are read as
// Windows-1252, as browsers do ("&#151;" is an em dash).
size_t HtmlEntityLength(const unsigned char* p, const unsigned char* end, uint32_t* cp);

// True for currency signs outside ASCII (£ € ¥ ₹ ...).
inline bool IsCurrencyCodePoint(uint32_t cp) {
  return (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_CHARS_H_
