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
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return absl::Hash<absl::string_view>{}(ToAbsl(s)); }
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
