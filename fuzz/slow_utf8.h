// A slow, obvious UTF-8 check shared by the fuzz targets, independent of
// the library's own validator so each can catch the other's mistakes.
#ifndef DYAD_FUZZ_SLOW_UTF8_H_
#define DYAD_FUZZ_SLOW_UTF8_H_

#include <cstdint>
#include <string_view>

namespace dyad::fuzz {

inline bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c > 0xF7) return false;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (n < 0 || i + n >= s.size()) return false;
    uint32_t cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_SLOW_UTF8_H_
