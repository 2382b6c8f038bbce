// Small string helpers for std::string_view.
//
// Debian's Abseil is built with its own absl::string_view (not an alias of
// std::string_view), so absl's string functions do not take
// std::string_view. dyad keeps std::string_view throughout and uses these
// instead; absl is used for Status, StatusOr and hash containers.
//
//   std::string msg = dyad::util::Cat("bad code \"", code, "\" at ", line);
//   dyad::util::StringMap<int> ids;  ids.find(std::string_view("x"));
#ifndef DYAD_UTIL_STRINGS_H_
#define DYAD_UTIL_STRINGS_H_

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"

namespace dyad::util {

inline absl::string_view ToAbsl(std::string_view s) { return absl::string_view(s.data(), s.size()); }
inline std::string_view FromAbsl(absl::string_view s) { return std::string_view(s.data(), s.size()); }

namespace internal {
inline void Append(std::string* out, std::string_view s) { out->append(s); }
inline void Append(std::string* out, const char* s) { out->append(s); }
inline void Append(std::string* out, const std::string& s) { out->append(s); }
inline void Append(std::string* out, absl::string_view s) { out->append(s.data(), s.size()); }
inline void Append(std::string* out, char c) { out->push_back(c); }
template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>>
void Append(std::string* out, T v) {
  if constexpr (std::is_floating_point_v<T>) {
    out->append(std::to_string(v));
  } else {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out->append(buffer, end);
  }
}
}  // namespace internal

// Concatenates strings, string views, characters and integers.
template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (internal::Append(&out, args), ...);
  return out;
}

// Appends to *out like Cat.
template <typename... Args>
void Append(std::string* out, const Args&... args) {
  (internal::Append(out, args), ...);
}

// Splits on `sep`; with skip_empty, empty pieces are dropped.
std::vector<std::string_view> Split(std::string_view s, char sep, bool skip_empty = false);

// Without leading / trailing ASCII whitespace.
std::string_view StripLeft(std::string_view s);
std::string_view StripRight(std::string_view s);
inline std::string_view Strip(std::string_view s) { return StripLeft(StripRight(s)); }

// Heterogeneous hashing so maps keyed by std::string can be probed with
// std::string_view without a copy.
// A fast hash of short strings (words), for the hash containers below.
// Eight bytes at a time with a strong final mix; seeded per process (from
// an address, which address-space randomisation moves) so that crafted
// input cannot choose collisions in advance.
inline uint64_t HashBytes(std::string_view s) {
  static const uint64_t seed = reinterpret_cast<uintptr_t>(&seed) * 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = seed ^ (n * 0xFF51AFD7ED558CCDull);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (uint64_t{a} << 32) | b;
  } else if (n > 0) {
    v = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
        (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ v) * 0x94D049BB133111EBull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(HashBytes(s)); }
};
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringHash, StringEq>;
using StringSet = absl::flat_hash_set<std::string, StringHash, StringEq>;
// Sets of views (the viewed strings must outlive the set).
using ViewSet = absl::flat_hash_set<std::string_view, StringHash, StringEq>;

}  // namespace dyad::util

#endif  // DYAD_UTIL_STRINGS_H_
