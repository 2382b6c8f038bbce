// FoldPlaceName: the key under which the gazetteer files a name.
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/places.h"
#include "text/chars.h"

namespace dyad {
namespace {

#include "place/fold_table.inc"

// What a code point becomes in a key.
enum class Fold : uint8_t {
  kLetters,    // `letters` (lower-case ASCII)
  kDrop,       // nothing: apostrophes, dots, combining marks
  kSeparator,  // a word break
  kKeep,       // the code point itself (another script)
};

Fold Classify(uint32_t cp, const char** letters) {
  if (cp < 0x80) {
    const auto c = static_cast<unsigned char>(cp);
    if (text::IsAsciiAlnum(c)) return Fold::kKeep;
    if (c == '\'' || c == '`' || c == '.') return Fold::kDrop;
    return Fold::kSeparator;
  }
  if (cp >= kFoldLatinFirst && cp < kFoldLatinFirst + std::size(kFoldLatin)) {
    *letters = kFoldLatin[cp - kFoldLatinFirst];
    return **letters != '\0' ? Fold::kLetters : Fold::kSeparator;
  }
  if (cp >= kFoldLatinAdditionalFirst &&
      cp < kFoldLatinAdditionalFirst + std::size(kFoldLatinAdditional)) {
    *letters = kFoldLatinAdditional[cp - kFoldLatinAdditionalFirst];
    return **letters != '\0' ? Fold::kLetters : Fold::kSeparator;
  }
  if (cp >= 0x0300 && cp <= 0x036F) return Fold::kDrop;  // combining marks
  switch (cp) {
    case 0x00B4:  // acute accent
    case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF:  // modifier letters
    case 0x02C8:  // modifier letter vertical line
    case 0x2018: case 0x2019: case 0x201B:  // single quotes
    case 0x2032:  // prime
      return Fold::kDrop;
    case 0x00A0: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x201C: case 0x201D: case 0x2212: case 0x00B7: case 0x2022:
      return Fold::kSeparator;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x206F) return Fold::kSeparator;  // general punctuation
  return Fold::kKeep;
}

}  // namespace

std::string FoldPlaceName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto put = [&](std::string_view s) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(s);
  };
  const auto* p = reinterpret_cast<const unsigned char*>(name.data());
  const auto* end = p + name.size();
  while (p < end) {
    const text::CodePoint cp = text::DecodeUtf8(p, end);
    if (cp.length == 0) {  // a stray byte: a word break
      pending_space = true;
      ++p;
      continue;
    }
    const char* letters = nullptr;
    switch (Classify(cp.value, &letters)) {
      case Fold::kLetters:
        put(letters);
        break;
      case Fold::kDrop:
        break;
      case Fold::kSeparator:
        pending_space = true;
        break;
      case Fold::kKeep:
        if (cp.value < 0x80) {
          const char c = static_cast<char>(cp.value);
          const char lower = text::IsAsciiUpper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
          put(std::string_view(&lower, 1));
        } else {
          put(std::string_view(reinterpret_cast<const char*>(p), cp.length));
        }
        break;
    }
    p += cp.length;
  }
  return out;
}

}  // namespace dyad
