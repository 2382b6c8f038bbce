// JSON Lines writers for dyad's records (docs/output.md).
#include <simdjson.h>

#include <array>
#include <cstdio>

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

// The body of a JSON string (no quotes): runs of bytes that need no escape
// are copied whole; well-formed UTF-8 sequences are kept and any other byte
// above 0x7F becomes U+FFFD.
void AppendJsonChars(std::string_view s, std::string* out) {
  const char* const data = s.data();
  const size_t n = s.size();
  size_t run = 0;
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      if (!kEscape[c]) {
        ++i;
        continue;
      }
    } else {
      const size_t len = Utf8Length(s, i);
      if (len != 0) {
        i += len;
        continue;
      }
    }
    out->append(data + run, i - run);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c >= 0x80) {
          out->append("\xEF\xBF\xBD");
        } else {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out->append(buffer);
        }
    }
    run = ++i;
  }
  out->append(data + run, n - run);
}

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
  out->append("{\"article\":");
  AppendJsonString(article.id, out);
  util::Append(out, ",\"sentence\":", m.sentence, ",\"code\":");
  AppendJsonString(m.code, out);
  out->append(",\"country\":");
  if (m.country.empty()) {
    out->append("null");
  } else {
    AppendJsonString(m.country, out);
  }
  out->append(",\"role\":");
  if (m.role.empty()) {
    out->append("null");
  } else {
    AppendJsonString(m.role, out);
  }
  out->append(",\"text\":");
  AppendJsonString(analysis.doc.text.substr(m.begin, m.end - m.begin), out);
  util::Append(out, ",\"span\":[", m.begin, ",", m.end, "],\"kind\":\"",
                  ActorKindName(m.kind), "\",\"entry\":");
  AppendJsonString(m.entry, out);
  out->append(",\"dict\":\"");
  AppendJsonChars(m.origin.file, out);
  util::Append(out, ":", m.origin.line, "\"}\n");
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
