// Reads the "text" field of JSON Lines articles, for the tokenizer's tests
// and benchmark. A small, strict-enough reader of one JSON object a line:
// it walks the top-level keys, skips other values and decodes the string
// escapes of "text" (including \uXXXX surrogate pairs). Lines it cannot
// read are skipped.
#ifndef DYAD_TESTS_TEXT_JSONL_TEXT_H_
#define DYAD_TESTS_TEXT_JSONL_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::testing {

namespace jsonl_internal {

inline void SkipSpace(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\r' || s[*i] == '\n')) ++*i;
}

inline void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

inline bool Hex4(std::string_view s, size_t at, uint32_t* value) {
  if (at + 4 > s.size()) return false;
  uint32_t v = 0;
  for (size_t k = 0; k < 4; ++k) {
    const char c = s[at + k];
    v <<= 4;
    if (c >= '0' && c <= '9') {
      v |= static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      v |= static_cast<uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      v |= static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
  }
  *value = v;
  return true;
}

// Parses the string starting at s[*i] == '"'; decodes into *out when not null.
inline bool ReadString(std::string_view s, size_t* i, std::string* out) {
  if (*i >= s.size() || s[*i] != '"') return false;
  ++*i;
  while (*i < s.size()) {
    const char c = s[(*i)++];
    if (c == '"') return true;
    if (c != '\\') {
      if (out != nullptr) out->push_back(c);
      continue;
    }
    if (*i >= s.size()) return false;
    const char e = s[(*i)++];
    char plain = 0;
    switch (e) {
      case '"':
        plain = '"';
        break;
      case '\\':
        plain = '\\';
        break;
      case '/':
        plain = '/';
        break;
      case 'b':
        plain = '\b';
        break;
      case 'f':
        plain = '\f';
        break;
      case 'n':
        plain = '\n';
        break;
      case 'r':
        plain = '\r';
        break;
      case 't':
        plain = '\t';
        break;
      case 'u': {
        uint32_t cp = 0;
        if (!Hex4(s, *i, &cp)) return false;
        *i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && *i + 6 <= s.size() && s[*i] == '\\' &&
            s[*i + 1] == 'u') {
          uint32_t low = 0;
          if (Hex4(s, *i + 2, &low) && low >= 0xDC00 && low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            *i += 6;
          }
        }
        if (out != nullptr) AppendUtf8(cp, out);
        continue;
      }
      default:
        return false;
    }
    if (out != nullptr) out->push_back(plain);
  }
  return false;
}

// Skips one JSON value of any kind.
inline bool SkipValue(std::string_view s, size_t* i) {
  SkipSpace(s, i);
  if (*i >= s.size()) return false;
  if (s[*i] == '"') return ReadString(s, i, nullptr);
  if (s[*i] == '{' || s[*i] == '[') {
    int depth = 0;
    while (*i < s.size()) {
      const char c = s[*i];
      if (c == '"') {
        if (!ReadString(s, i, nullptr)) return false;
        continue;
      }
      ++*i;
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return true;
      }
    }
    return false;
  }
  while (*i < s.size() && s[*i] != ',' && s[*i] != '}' && s[*i] != ']') ++*i;
  return true;
}

}  // namespace jsonl_internal

// The decoded value of the top-level "text" field of one JSON object, or
// nullopt when the line has none or is not an object.
inline std::optional<std::string> TextField(std::string_view line) {
  using namespace jsonl_internal;
  size_t i = 0;
  SkipSpace(line, &i);
  if (i >= line.size() || line[i] != '{') return std::nullopt;
  ++i;
  for (;;) {
    SkipSpace(line, &i);
    if (i < line.size() && line[i] == '}') return std::nullopt;
    std::string key;
    if (!ReadString(line, &i, &key)) return std::nullopt;
    SkipSpace(line, &i);
    if (i >= line.size() || line[i] != ':') return std::nullopt;
    ++i;
    SkipSpace(line, &i);
    if (key == "text" && i < line.size() && line[i] == '"') {
      std::string text;
      if (!ReadString(line, &i, &text)) return std::nullopt;
      return text;
    }
    if (!SkipValue(line, &i)) return std::nullopt;
    SkipSpace(line, &i);
    if (i < line.size() && line[i] == ',') {
      ++i;
      continue;
    }
    return std::nullopt;
  }
}

// The "text" of every readable line of a JSON Lines file (empty when the
// file cannot be opened).
inline std::vector<std::string> ReadJsonlTexts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (auto text = TextField(line)) texts.push_back(std::move(*text));
  }
  return texts;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEXT_JSONL_TEXT_H_
