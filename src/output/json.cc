// JSON Lines writers for dyad's records (docs/output.md).
#include <simdjson.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "util/strings.h"
#include "dyad/output.h"

namespace dyad {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not valid.
size_t Utf8Length(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return IsValidUtf8(s.substr(i, len)) ? len : 0;
}

}  // namespace

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

namespace {

// ASCII bytes that a JSON string must escape: controls, '"' and '\\'.
constexpr std::array<bool, 128> MakeEscapeTable() {
  std::array<bool, 128> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}
constexpr std::array<bool, 128> kEscape = MakeEscapeTable();

// False when none of the eight bytes in `v` is a control, '"', '\\' or
// above 0x7F. May say true of plain bytes next to such a byte (the
// subtractions borrow), which only sends those eight to the byte loop.
constexpr bool MayNeedEscape(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const uint64_t below_space = (v - kOnes * 0x20) & ~v;
  const uint64_t quote = v ^ (kOnes * '"');
  const uint64_t backslash = v ^ (kOnes * '\\');
  const uint64_t is_quote = (quote - kOnes) & ~quote;
  const uint64_t is_backslash = (backslash - kOnes) & ~backslash;
  return ((v | below_space | is_quote | is_backslash) & kHighs) != 0;
}
static_assert(!MayNeedEscape(0x6867666564636261ull));    // "abcdefgh"
static_assert(MayNeedEscape(0x6867666564226261ull));     // a quote
static_assert(MayNeedEscape(0x68676665645C6261ull));     // a backslash
static_assert(MayNeedEscape(0x686766650A636261ull));     // a newline
static_assert(MayNeedEscape(0x68676665C3636261ull));     // a byte above 0x7F
static_assert(!MayNeedEscape(0x7E7E7E7E7E7E7E20ull));    // " ~~~~~~~"

// The body of a JSON string (no quotes), written at `out`, which has room
// for 6 bytes per byte of `s` (the longest escape, "\u001f"): runs of
// bytes that need no escape are copied whole; well-formed UTF-8 sequences
// are kept and any other byte above 0x7F becomes U+FFFD. Returns the end.
char* WriteJsonChars(std::string_view s, char* out) {
  const char* const data = s.data();
  const size_t n = s.size();
  auto put = [&](std::string_view text) {
    std::memcpy(out, text.data(), text.size());
    out += text.size();
  };
  size_t i = 0;
  while (i < n) {
    // Eight plain bytes at a time: most text needs no escape at all. They
    // are copied as they are checked (the strings are mostly short, and a
    // call to copy each run would cost more than the run).
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, data + i, 8);
      if (MayNeedEscape(v)) break;
      std::memcpy(out, &v, 8);
      out += 8;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80 && !kEscape[c]) {
      *out++ = static_cast<char>(c);
      ++i;
      continue;
    }
    if (c >= 0x80) {
      if (const size_t len = Utf8Length(s, i); len != 0) {
        for (size_t k = 0; k < len; ++k) *out++ = data[i + k];
        i += len;
        continue;
      }
    }
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      default:
        if (c >= 0x80) {
          put("\xEF\xBF\xBD");
        } else {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          put(std::string_view(escape, 6));
        }
    }
    ++i;
  }
  return out;
}

void AppendJsonChars(std::string_view s, std::string* out) {
  const size_t old = out->size();
  out->resize(old + 6 * s.size());
  char* const end = WriteJsonChars(s, out->data() + old);
  out->resize(static_cast<size_t>(end - out->data()));
}

// Writes JSON into memory the caller made large enough: no capacity checks
// between the pieces.
class RawJson {
 public:
  explicit RawJson(char* p) : p_(p) {}
  // The room a string takes at most, quotes included.
  static size_t StringRoom(std::string_view s) { return 2 + 6 * s.size(); }
  static constexpr size_t kNumberRoom = 20;

  void Put(std::string_view text) {
    std::memcpy(p_, text.data(), text.size());
    p_ += text.size();
  }
  void Number(uint64_t v) { p_ = std::to_chars(p_, p_ + kNumberRoom, v).ptr; }
  void String(std::string_view s) {
    *p_++ = '"';
    p_ = WriteJsonChars(s, p_);
    *p_++ = '"';
  }
  void StringOrNull(std::string_view s) {
    if (s.empty()) Put("null");
    else String(s);
  }
  void Chars(std::string_view s) { p_ = WriteJsonChars(s, p_); }
  char* end() const { return p_; }

 private:
  char* p_;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  AppendJsonChars(s, out);
  out->push_back('"');
}

void AppendJsonNumber(double v, int decimals, std::string* out) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string_view text(buffer);
  if (text.size() > 1 && text[0] == '-' && text.find_first_not_of("-0.") == std::string_view::npos) {
    text.remove_prefix(1);  // no "-0.000"
  }
  out->append(text);
}

void AppendJsonStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) out->append("null");
  else AppendJsonString(s, out);
}

void AppendJsonDateOrNull(const std::optional<Date>& d, std::string* out) {
  if (d) AppendJsonString(d->ToString(), out);
  else out->append("null");
}

void AppendActorJson(const Article& article, const Analysis& analysis,
                     const ActorMention& m, std::string* out) {
  const std::string_view text = analysis.doc.text.substr(m.begin, m.end - m.begin);
  const std::string_view kind = ActorKindName(m.kind);
  // One line is written straight into the string, after making room for
  // the longest it can be, and cut to its length.
  const size_t room = 160 + RawJson::StringRoom(article.id) + RawJson::StringRoom(m.code) +
                      RawJson::StringRoom(m.country) + RawJson::StringRoom(m.role) +
                      RawJson::StringRoom(text) + RawJson::StringRoom(m.entry) +
                      RawJson::StringRoom(m.origin.file) + kind.size() + 4 * RawJson::kNumberRoom;
  const size_t old = out->size();
  out->resize(old + room);
  RawJson w(out->data() + old);
  w.Put("{\"article\":");
  w.String(article.id);
  w.Put(",\"sentence\":");
  w.Number(m.sentence);
  w.Put(",\"code\":");
  w.String(m.code);
  w.Put(",\"country\":");
  w.StringOrNull(m.country);
  w.Put(",\"role\":");
  w.StringOrNull(m.role);
  w.Put(",\"text\":");
  w.String(text);
  w.Put(",\"span\":[");
  w.Number(m.begin);
  w.Put(",");
  w.Number(m.end);
  w.Put("],\"kind\":\"");
  w.Put(kind);
  w.Put("\",\"entry\":");
  w.String(m.entry);
  w.Put(",\"dict\":\"");
  w.Chars(m.origin.file);
  w.Put(":");
  w.Number(m.origin.line);
  w.Put("\"}\n");
  out->resize(static_cast<size_t>(w.end() - out->data()));
}

namespace {

void AppendEventActor(const Analysis& analysis, const EventActor& a, std::string* out) {
  out->append("{\"code\":");
  AppendJsonString(a.code, out);
  out->append(",\"country\":");
  if (a.country.empty()) out->append("null");
  else AppendJsonString(a.country, out);
  out->append(",\"role\":");
  if (a.role.empty()) out->append("null");
  else AppendJsonString(a.role, out);
  out->append(",\"text\":");
  AppendJsonString(analysis.doc.text.substr(a.begin, a.end - a.begin), out);
  util::Append(out, ",\"span\":[", a.begin, ",", a.end, "]}");
}

// Up to five decimals (about a metre), trailing zeros dropped.
void AppendDegrees(double v, std::string* out) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", v);
  std::string_view s = buffer;
  while (s.size() > 1 && s.back() == '0') s.remove_suffix(1);
  if (s.back() == '.') s.remove_suffix(1);
  out->append(s == "-0" ? std::string_view("0") : s);
}

// "location": {"name", "country", "lat", "lon", "kind", "full_name",
// "geonames_id", "text", "span"}, or null.
void AppendLocation(const Analysis& analysis, const std::optional<PlaceMention>& location,
                    std::string* out) {
  if (!location) {
    out->append("null");
    return;
  }
  const Place& p = location->place;
  out->append("{\"name\":");
  AppendJsonString(p.name, out);
  out->append(",\"country\":");
  if (p.country.empty()) out->append("null");
  else AppendJsonString(p.country, out);
  out->append(",\"lat\":");
  if (p.has_coordinates) AppendDegrees(p.lat, out);
  else out->append("null");
  out->append(",\"lon\":");
  if (p.has_coordinates) AppendDegrees(p.lon, out);
  else out->append("null");
  util::Append(out, ",\"kind\":\"", PlaceKindName(p.kind), "\",\"full_name\":");
  AppendJsonString(p.FullName(), out);
  out->append(",\"geonames_id\":");
  if (p.geonames_id != 0) util::Append(out, p.geonames_id);
  else out->append("null");
  out->append(",\"text\":");
  AppendJsonString(analysis.doc.text.substr(location->begin, location->end - location->begin), out);
  util::Append(out, ",\"span\":[", location->begin, ",", location->end, "]}");
}

}  // namespace

void AppendEventJson(const Article& article, const Analysis& analysis, const Event& e,
                     uint32_t ordinal, std::string* out) {
  out->append("{\"id\":\"");
  AppendJsonChars(article.id, out);
  util::Append(out, ":", e.sentence, ":", ordinal, "\",\"article\":");
  AppendJsonString(article.id, out);
  util::Append(out, ",\"sentence\":", e.sentence, ",\"date\":");
  if (e.date) AppendJsonString(e.date->ToString(), out);
  else out->append("null");
  util::Append(out, ",\"date_precision\":\"", DatePrecisionName(e.date_precision),
               "\",\"historical\":", e.historical ? "true" : "false", ",\"source\":");
  AppendEventActor(analysis, e.source, out);
  out->append(",\"target\":");
  AppendEventActor(analysis, e.target, out);
  const CameoCode& c = *e.cameo;
  out->append(",\"cameo\":");
  AppendJsonString(c.code, out);
  out->append(",\"root\":");
  AppendJsonString(std::string_view(c.code).substr(0, 2), out);
  out->append(",\"label\":");
  AppendJsonString(c.label, out);
  char goldstein[16];
  std::snprintf(goldstein, sizeof goldstein, "%.1f", c.goldstein);
  util::Append(out, ",\"goldstein\":", std::string_view(goldstein), ",\"quad_class\":", c.quad_class,
               ",\"plover\":");
  if (c.plover.empty()) out->append("null");
  else AppendJsonString(c.plover, out);
  util::Append(out, ",\"negated\":", e.negated ? "true" : "false", ",\"modality\":\"",
               ModalityName(e.modality), "\",\"location\":");
  AppendLocation(analysis, e.location, out);
  out->append(",\"verb\":{\"text\":");
  AppendJsonString(analysis.doc.text.substr(e.verb_begin, e.verb_end - e.verb_begin), out);
  util::Append(out, ",\"span\":[", e.verb_begin, ",", e.verb_end, "]},\"pattern\":\"");
  AppendJsonChars(e.pattern.file, out);
  util::Append(out, ":", e.pattern.line, "\",\"sentence_text\":");
  const Sentence& s = analysis.doc.sentences[e.sentence];
  AppendJsonString(analysis.doc.text.substr(s.begin, s.end - s.begin), out);
  out->append("}\n");
}

}  // namespace dyad
