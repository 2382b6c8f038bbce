// Classification of code points outside ASCII. The ranges follow the
// Unicode block layout; inside a block, only the characters that matter to
// news text get their own class (quotes, dashes, spaces, bullets), and the
// rest of a letter block counts as letters. The tables are deliberately
// coarse: a wrong guess for a rare character splits or joins one token,
// never more.
#include "text/chars.h"

#include <string_view>

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

namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t cp;
};

// The named references news text uses: punctuation, spaces, quotes, dashes,
// signs, and the letters of Western European languages.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", 0x26}, {"lt", 0x3C}, {"gt", 0x3E}, {"quot", 0x22}, {"apos", 0x27}, {"nbsp", 0xA0},
    {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"shy", 0xAD}, {"zwj", 0x200D},
    {"zwnj", 0x200C}, {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"minus", 0x2212}, {"hyphen", 0x2010}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"bull", 0x2022}, {"middot", 0xB7},
    {"deg", 0xB0}, {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"copy", 0xA9},
    {"reg", 0xAE}, {"trade", 0x2122}, {"sect", 0xA7}, {"para", 0xB6}, {"times", 0xD7},
    {"divide", 0xF7}, {"plusmn", 0xB1}, {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"prime", 0x2032}, {"Prime", 0x2033}, {"larr", 0x2190},
    {"rarr", 0x2192}, {"iexcl", 0xA1}, {"iquest", 0xBF}, {"ordf", 0xAA}, {"ordm", 0xBA},
    {"micro", 0xB5}, {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"Agrave", 0xC0},
    {"agrave", 0xE0}, {"Aacute", 0xC1}, {"aacute", 0xE1}, {"Acirc", 0xC2}, {"acirc", 0xE2},
    {"Atilde", 0xC3}, {"atilde", 0xE3}, {"Auml", 0xC4}, {"auml", 0xE4}, {"Aring", 0xC5},
    {"aring", 0xE5}, {"AElig", 0xC6}, {"aelig", 0xE6}, {"Ccedil", 0xC7}, {"ccedil", 0xE7},
    {"Egrave", 0xC8}, {"egrave", 0xE8}, {"Eacute", 0xC9}, {"eacute", 0xE9}, {"Ecirc", 0xCA},
    {"ecirc", 0xEA}, {"Euml", 0xCB}, {"euml", 0xEB}, {"Igrave", 0xCC}, {"igrave", 0xEC},
    {"Iacute", 0xCD}, {"iacute", 0xED}, {"Icirc", 0xCE}, {"icirc", 0xEE}, {"Iuml", 0xCF},
    {"iuml", 0xEF}, {"ETH", 0xD0}, {"eth", 0xF0}, {"Ntilde", 0xD1}, {"ntilde", 0xF1},
    {"Ograve", 0xD2}, {"ograve", 0xF2}, {"Oacute", 0xD3}, {"oacute", 0xF3}, {"Ocirc", 0xD4},
    {"ocirc", 0xF4}, {"Otilde", 0xD5}, {"otilde", 0xF5}, {"Ouml", 0xD6}, {"ouml", 0xF6},
    {"Oslash", 0xD8}, {"oslash", 0xF8}, {"Ugrave", 0xD9}, {"ugrave", 0xF9}, {"Uacute", 0xDA},
    {"uacute", 0xFA}, {"Ucirc", 0xDB}, {"ucirc", 0xFB}, {"Uuml", 0xDC}, {"uuml", 0xFC},
    {"Yacute", 0xDD}, {"yacute", 0xFD}, {"THORN", 0xDE}, {"thorn", 0xFE}, {"szlig", 0xDF},
    {"Scaron", 0x160}, {"scaron", 0x161}, {"OElig", 0x152}, {"oelig", 0x153}, {"Yuml", 0x178},
    {"yuml", 0xFF},
};

// Windows-1252 characters for numbers 128-159 (0 where it has none).
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

size_t HtmlEntityLength(const unsigned char* p, const unsigned char* end, uint32_t* cp) {
  const ptrdiff_t avail = end - p;
  if (avail < 4 || p[0] != '&') return 0;
  if (p[1] == '#') {
    const bool hex = p[2] == 'x' || p[2] == 'X';
    ptrdiff_t i = hex ? 3 : 2;
    const ptrdiff_t digits_begin = i;
    uint32_t value = 0;
    for (; i < avail && i - digits_begin < 7; ++i) {
      const unsigned char b = p[i];
      uint32_t digit;
      if (IsAsciiDigit(b)) {
        digit = b - '0';
      } else if (hex && (b | 0x20) >= 'a' && (b | 0x20) <= 'f') {
        digit = (b | 0x20) - 'a' + 10;
      } else {
        break;
      }
      value = value * (hex ? 16 : 10) + digit;
    }
    if (i == digits_begin || i >= avail || p[i] != ';') return 0;
    if (value >= 0x80 && value < 0xA0) value = kWindows1252[value - 0x80];
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *cp = value;
    return static_cast<size_t>(i + 1);
  }
  ptrdiff_t i = 1;
  while (i < avail && i <= 8 && IsAsciiAlnum(p[i])) ++i;
  if (i == 1 || i >= avail || p[i] != ';') return 0;
  const std::string_view name(reinterpret_cast<const char*>(p + 1), static_cast<size_t>(i - 1));
  for (const NamedEntity& e : kNamedEntities) {
    if (e.name == name) {
      *cp = e.cp;
      return static_cast<size_t>(i + 1);
    }
  }
  return 0;
}

}  // namespace dyad::text
