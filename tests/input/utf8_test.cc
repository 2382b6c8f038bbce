// FindInvalidUtf8 against a slow decoder written from the definition of
// UTF-8 (code point ranges, not byte tables).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "input/internal.h"

namespace dyad::input {
namespace {

// Decodes one sequence at `pos`; returns its length, or 0 if ill-formed.
size_t SlowDecode(const std::string& s, size_t pos) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  size_t length = 0;
  uint32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    return 0;
  }
  if (pos + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(pos + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(pos + k) & 0x3F);
  }
  const uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < smallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

size_t SlowFindInvalid(const std::string& s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t length = SlowDecode(s, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return kValidUtf8;
}

TEST(InputUtf8Test, AgreesWithSlowDecoderOnAllShortSequences) {
  for (uint32_t a = 0; a < 256; ++a) {
    for (uint32_t b = 0; b < 256; ++b) {
      std::string s = {static_cast<char>(a), static_cast<char>(b)};
      ASSERT_EQ(FindInvalidUtf8(s), SlowFindInvalid(s)) << a << " " << b;
      for (uint32_t c : {0x00u, 0x41u, 0x80u, 0x8Fu, 0x90u, 0x9Fu, 0xA0u, 0xBFu, 0xC0u, 0xFFu}) {
        std::string t = s + static_cast<char>(c);
        ASSERT_EQ(FindInvalidUtf8(t), SlowFindInvalid(t)) << a << " " << b << " " << c;
        std::string u = t + "\x80";
        ASSERT_EQ(FindInvalidUtf8(u), SlowFindInvalid(u)) << a << " " << b << " " << c;
      }
    }
  }
}

TEST(InputUtf8Test, AgreesWithSlowDecoderOnRandomText) {
  std::mt19937 random(42);
  const std::string pieces[] = {
      "a",           "hello world ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xED\x9F\xBF",
      "\xEF\xBF\xBD"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int count = random() % 40;
    for (int k = 0; k < count; ++k) s += pieces[random() % 7];
    if (round % 2 == 1 && !s.empty()) s[random() % s.size()] = static_cast<char>(random());
    ASSERT_EQ(FindInvalidUtf8(s), SlowFindInvalid(s)) << s;
    ASSERT_EQ(IsValidUtf8(s), SlowFindInvalid(s) == kValidUtf8) << s;
  }
}

TEST(InputUtf8Test, LocatesOffsets) {
  LineColumn where = LocateOffset("ab\ncd\nef", 7);
  EXPECT_EQ(where.line, 3u);
  EXPECT_EQ(where.column, 2u);
  where = LocateOffset("abc", 0);
  EXPECT_EQ(where.line, 1u);
  EXPECT_EQ(where.column, 1u);
}

}  // namespace
}  // namespace dyad::input
