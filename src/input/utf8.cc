// UTF-8 checks that say where the first bad byte is.
#include <cstring>

#include "input/internal.h"
#include "simdjson.h"

namespace dyad::input {

size_t FindInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t pos = 0;
  while (pos < size) {
    // Skip runs of ASCII eight bytes at a time.
    if (pos + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, bytes + pos, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        pos += 8;
        continue;
      }
    }
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    size_t length;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) second_min = 0xA0;  // overlong
      if (lead == 0xED) second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) second_min = 0x90;  // overlong
      if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
    } else {
      return pos;
    }
    if (pos + length > size) return pos;
    if (bytes[pos + 1] < second_min || bytes[pos + 1] > second_max) return pos;
    for (size_t k = 2; k < length; ++k) {
      if ((bytes[pos + k] & 0xC0) != 0x80) return pos;
    }
    pos += length;
  }
  return kValidUtf8;
}

bool IsValidUtf8(std::string_view text) {
  return simdjson::validate_utf8(text.data(), text.size());
}

LineColumn LocateOffset(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  LineColumn where;
  size_t line_start = 0;
  const char* data = text.data();
  while (true) {
    const void* newline = std::memchr(data + line_start, '\n', offset - line_start);
    if (newline == nullptr) break;
    line_start = static_cast<const char*>(newline) - data + 1;
    ++where.line;
  }
  where.column = offset - line_start + 1;
  return where;
}

}  // namespace dyad::input
