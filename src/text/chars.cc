// Classification of code points outside ASCII. The ranges follow the
// Unicode block layout; inside a block, only the characters that matter to
// news text get their own class (quotes, dashes, spaces, bullets), and the
// rest of a letter block counts as letters. The tables are deliberately
// coarse: a wrong guess for a rare character splits or joins one token,
// never more.
#include "text/chars.h"

namespace dyad::text {

namespace {

CharClass ClassifyLatin1(uint32_t cp) {
  if (cp < 0xA0) return cp == 0x85 ? CharClass::kNewline : CharClass::kFormat;
  switch (cp) {
    case 0xA0:
      return CharClass::kSpace;
    case 0xA1:
    case 0xA7:
    case 0xB6:
    case 0xBF:
      return CharClass::kPunct;
    case 0xAA:
    case 0xB5:
    case 0xBA:
      return CharClass::kLetter;
    case 0xAB:
      return CharClass::kOpenDouble;
    case 0xBB:
      return CharClass::kCloseDouble;
    case 0xAD:
      return CharClass::kFormat;
    case 0xB7:
      return CharClass::kBullet;
    case 0xD7:
    case 0xF7:
      return CharClass::kSymbol;
    default:
      break;
  }
  return cp >= 0xC0 ? CharClass::kLetter : CharClass::kSymbol;
}

CharClass ClassifyGeneralPunctuation(uint32_t cp) {  // U+2000..U+206F
  if (cp <= 0x200B) return CharClass::kSpace;
  if (cp <= 0x200F) return CharClass::kFormat;
  if (cp <= 0x2011) return CharClass::kHyphen;
  if (cp <= 0x2015) return CharClass::kDash;
  switch (cp) {
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x2039:
      return CharClass::kOpenSingle;
    case 0x2019:
    case 0x203A:
      return CharClass::kCloseSingle;
    case 0x201C:
    case 0x201E:
    case 0x201F:
      return CharClass::kOpenDouble;
    case 0x201D:
      return CharClass::kCloseDouble;
    case 0x2020:
    case 0x2021:
      return CharClass::kSymbol;
    case 0x2022:
    case 0x2023:
    case 0x2043:
      return CharClass::kBullet;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x2028:
      return CharClass::kNewline;
    case 0x2029:
      return CharClass::kParagraph;
    case 0x202F:
    case 0x205F:
      return CharClass::kSpace;
    default:
      break;
  }
  if (cp >= 0x202A && cp <= 0x202E) return CharClass::kFormat;
  if (cp >= 0x2030 && cp <= 0x2038) return CharClass::kSymbol;
  if (cp == 0x2044 || cp == 0x2052) return CharClass::kSymbol;
  if (cp >= 0x2060) return CharClass::kFormat;
  return CharClass::kPunct;
}

}  // namespace

CharClass Classify(uint32_t cp) {
  if (cp < 0x100) return ClassifyLatin1(cp);
  if (cp < 0x2000) {
    switch (cp) {
      case 0x037E:  // Greek question mark
      case 0x0387:  // Greek ano teleia
      case 0x0589:  // Armenian full stop
      case 0x05BE:  // Hebrew maqaf
      case 0x05C0:
      case 0x05C3:
      case 0x05C6:
      case 0x05F3:
      case 0x05F4:
      case 0x060C:  // Arabic comma
      case 0x060D:
      case 0x061B:  // Arabic semicolon
      case 0x061E:
      case 0x061F:  // Arabic question mark
      case 0x066A:
      case 0x066B:
      case 0x066C:
      case 0x066D:
      case 0x06D4:  // Arabic full stop
      case 0x0964:  // Devanagari danda
      case 0x0965:
        return CharClass::kPunct;
      case 0x0E3F:  // Thai baht
        return CharClass::kSymbol;
      case 0x1680:
        return CharClass::kSpace;
      case 0x180E:
        return CharClass::kFormat;
      default:
        break;
    }
    if (cp >= 0x055A && cp <= 0x055F) return CharClass::kPunct;
    return CharClass::kLetter;
  }
  if (cp < 0x2070) return ClassifyGeneralPunctuation(cp);
  if (cp < 0x20D0) return CharClass::kSymbol;  // super/subscripts, currency
  if (cp < 0x2100) return CharClass::kFormat;  // combining marks for symbols (keycap)
  if (cp < 0x2C00) {
    switch (cp) {
      case 0x2212:
        return CharClass::kDash;
      case 0x25A0:
      case 0x25AA:
      case 0x25CF:
      case 0x25E6:
        return CharClass::kBullet;
      default:
        return CharClass::kSymbol;
    }
  }
  if (cp < 0x2E00) return CharClass::kLetter;
  if (cp < 0x2E80) {
    if (cp == 0x2E3A || cp == 0x2E3B) return CharClass::kDash;
    return CharClass::kPunct;
  }
  if (cp < 0x3000) return CharClass::kLetter;
  if (cp < 0x3040) {
    if (cp == 0x3000) return CharClass::kSpace;
    if ((cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011) ||
        (cp >= 0x3014 && cp <= 0x301F) || cp == 0x3030) {
      return CharClass::kPunct;
    }
    return CharClass::kLetter;
  }
  if (cp < 0xE000) return CharClass::kLetter;
  if (cp < 0xF900) return CharClass::kSymbol;  // private use
  if (cp < 0xFE00) return CharClass::kLetter;
  if (cp < 0xFE10) return CharClass::kFormat;  // variation selectors
  if (cp < 0xFE20) return CharClass::kPunct;
  if (cp < 0xFE30) return CharClass::kLetter;
  if (cp < 0xFE70) return CharClass::kPunct;
  if (cp < 0xFEFF) return CharClass::kLetter;
  if (cp == 0xFEFF) return CharClass::kSpace;  // byte order mark
  if (cp < 0xFFF0) {
    if (cp <= 0xFF0F || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
        (cp >= 0xFF5B && cp <= 0xFF65)) {
      return CharClass::kPunct;
    }
    if (cp >= 0xFFE0) return CharClass::kSymbol;
    return CharClass::kLetter;
  }
  if (cp < 0x10000) return CharClass::kSymbol;                   // specials, U+FFFD
  if (cp >= 0x1D000 && cp < 0x1D250) return CharClass::kSymbol;  // musical symbols
  if (cp >= 0x1F000 && cp < 0x1FC00) {
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharClass::kFormat;  // skin tones
    return CharClass::kSymbol;                                      // emoji, pictographs, dingbats
  }
  if (cp >= 0xE0000 && cp < 0xE0200) return CharClass::kFormat;  // tags, selectors
  if (cp >= 0xF0000) return CharClass::kSymbol;                  // private use
  return CharClass::kLetter;
}

bool IsUpperCodePoint(uint32_t cp) {
  if (cp < 0x100) return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
  if (cp < 0x180) {
    if (cp <= 0x137) return (cp & 1) == 0;
    if (cp == 0x138) return false;
    if (cp <= 0x148) return (cp & 1) == 1;
    if (cp == 0x149) return false;
    if (cp <= 0x177) return (cp & 1) == 0;
    if (cp == 0x178) return true;
    if (cp <= 0x17E) return (cp & 1) == 1;
    return false;
  }
  if (cp < 0x250) {
    if (cp >= 0x1CD && cp <= 0x1DC) return (cp & 1) == 1;
    if (cp >= 0x1DE && cp <= 0x1EF) return (cp & 1) == 0;
    if (cp >= 0x1F8) return (cp & 1) == 0;
    return cp == 0x181 || cp == 0x186 || cp == 0x189 || cp == 0x18A || cp == 0x18E || cp == 0x18F ||
           cp == 0x190 || cp == 0x193 || cp == 0x194 || cp == 0x196 || cp == 0x197 || cp == 0x19C ||
           cp == 0x19D || cp == 0x19F || cp == 0x1A9 || cp == 0x1B1 || cp == 0x1B2 || cp == 0x1B7 ||
           cp == 0x1C4 || cp == 0x1C7 || cp == 0x1CA || cp == 0x1F1;
  }
  if (cp < 0x370) return false;
  if (cp < 0x400) {
    return cp == 0x386 || (cp >= 0x388 && cp <= 0x38F && cp != 0x38B && cp != 0x38D) ||
           (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2);
  }
  if (cp < 0x530) {
    if (cp < 0x430) return true;
    if (cp < 0x460) return false;
    if (cp <= 0x481) return (cp & 1) == 0;
    if (cp < 0x48A) return false;
    if (cp <= 0x4BF) return (cp & 1) == 0;
    if (cp == 0x4C0) return true;
    if (cp <= 0x4CE) return (cp & 1) == 1;
    if (cp == 0x4CF) return false;
    return (cp & 1) == 0;
  }
  if (cp >= 0x531 && cp <= 0x556) return true;
  if (cp >= 0x10A0 && cp <= 0x10C5) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return (cp & 1) == 0 && !(cp >= 0x1E96 && cp <= 0x1E9F);
  if (cp >= 0x1F00 && cp <= 0x1F6F) return (cp & 0xF) >= 8;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return true;
  return false;
}

bool IsLowerCodePoint(uint32_t cp) {
  if (cp < 0x100) return cp >= 0xDF && cp != 0xF7;
  if (cp < 0x250) return !IsUpperCodePoint(cp);
  if (cp < 0x2B0) return true;  // IPA
  if (cp >= 0x3AC && cp <= 0x3FF) return !IsUpperCodePoint(cp);
  if (cp >= 0x430 && cp < 0x530) return !IsUpperCodePoint(cp);
  if (cp >= 0x561 && cp <= 0x587) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return !IsUpperCodePoint(cp);
  if (cp >= 0x1F00 && cp <= 0x1F6F) return !IsUpperCodePoint(cp);
  if (cp >= 0xFF41 && cp <= 0xFF5A) return true;
  return false;
}

}  // namespace dyad::text
