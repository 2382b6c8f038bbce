// JSON writers of the store's records (docs/store.md, "JSON").
#include <cstdio>

#include "dyad/output.h"
#include "dyad/store.h"
#include "util/strings.h"

namespace dyad {
namespace {


void Span(uint32_t begin, uint32_t end, std::string* out) { util::Append(out, "[", begin, ",", end, "]"); }

void Actor(const StoredActor& a, std::string* out) {
  out->append("{\"code\":");
  AppendJsonString(a.code, out);
  out->append(",\"country\":");
  AppendJsonStringOrNull(a.country, out);
  out->append(",\"role\":");
  AppendJsonStringOrNull(a.role, out);
  out->append(",\"text\":");
  AppendJsonString(a.text, out);
  out->append(",\"span\":");
  Span(a.begin, a.end, out);
  out->push_back('}');
}

void Counts(const SeriesCounts& c, std::string* out) {
  util::Append(out, "{\"q1\":", c.quad[0], ",\"q2\":", c.quad[1], ",\"q3\":", c.quad[2], ",\"q4\":", c.quad[3],
               ",\"total\":", c.total, ",\"goldstein_total\":");
  AppendJsonNumber(c.goldstein_total, 1, out);
  out->append(",\"goldstein_mean\":");
  AppendJsonNumber(c.goldstein_mean, 3, out);
  out->push_back('}');
}

}  // namespace

void AppendStoredEventJson(const StoredEvent& e, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(e.Id(), out);
  out->append(",\"article\":");
  AppendJsonString(e.article, out);
  util::Append(out, ",\"sentence\":", e.sentence, ",\"date\":");
  AppendJsonDateOrNull(e.date, out);
  util::Append(out, ",\"date_precision\":\"", DatePrecisionName(e.date_precision),
               "\",\"historical\":", e.historical ? "true" : "false", ",\"source\":");
  Actor(e.source, out);
  out->append(",\"target\":");
  Actor(e.target, out);
  out->append(",\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"root\":");
  AppendJsonString(e.Root(), out);
  out->append(",\"label\":");
  AppendJsonString(e.label, out);
  out->append(",\"goldstein\":");
  AppendJsonNumber(e.goldstein, 1, out);
  util::Append(out, ",\"quad_class\":", e.quad_class, ",\"plover\":");
  AppendJsonStringOrNull(e.plover, out);
  util::Append(out, ",\"negated\":", e.negated ? "true" : "false", ",\"modality\":\"", ModalityName(e.modality),
               "\",\"location\":");
  if (e.place) {
    out->append("{\"name\":");
    AppendJsonStringOrNull(e.place->name, out);
    out->append(",\"country\":");
    AppendJsonStringOrNull(e.place->country, out);
    out->append(",\"lat\":");
    if (e.place->lat) AppendJsonNumber(*e.place->lat, 5, out);
    else out->append("null");
    out->append(",\"lon\":");
    if (e.place->lon) AppendJsonNumber(*e.place->lon, 5, out);
    else out->append("null");
    out->push_back('}');
  } else {
    out->append("null");
  }
  out->append(",\"verb\":{\"text\":");
  AppendJsonString(e.verb_text, out);
  out->append(",\"span\":");
  Span(e.verb_begin, e.verb_end, out);
  out->append("},\"pattern\":");
  AppendJsonString(e.pattern, out);
  out->append(",\"sentence_text\":");
  AppendJsonString(e.sentence_text, out);
  out->append(",\"sentence_span\":");
  Span(e.sentence_begin, e.sentence_end, out);
  out->append(",\"group\":");
  if (e.group.id != 0) {
    util::Append(out, "{\"id\":", e.group.id, ",\"reports\":", e.group.reports, ",\"articles\":", e.group.articles,
                 "}");
  } else {
    out->append("null");
  }
  util::Append(out, ",\"row\":", e.row, "}");
}

void AppendSeriesPointJson(const SeriesPoint& p, std::string* out) {
  out->append("{\"bucket\":");
  AppendJsonString(p.start.ToString(), out);
  out->append(",\"a_to_b\":");
  Counts(p.a_to_b, out);
  out->append(",\"b_to_a\":");
  Counts(p.b_to_a, out);
  out->append(",\"both\":");
  Counts(p.both, out);
  out->push_back('}');
}

void AppendActorCountJson(const ActorCount& c, std::string* out) {
  out->append("{\"actor\":");
  AppendJsonString(c.code, out);
  util::Append(out, ",\"count\":", c.count, ",\"goldstein_total\":");
  AppendJsonNumber(c.goldstein_total, 1, out);
  out->append(",\"goldstein_mean\":");
  AppendJsonNumber(c.goldstein_mean, 3, out);
  out->push_back('}');
}

void AppendDyadCountJson(const DyadCount& c, std::string* out) {
  out->append("{\"a\":");
  AppendJsonString(c.a, out);
  out->append(",\"b\":");
  AppendJsonString(c.b, out);
  util::Append(out, ",\"count\":", c.count, ",\"a_to_b\":", c.a_to_b, ",\"b_to_a\":", c.b_to_a,
               ",\"goldstein_total\":");
  AppendJsonNumber(c.goldstein_total, 1, out);
  out->append(",\"goldstein_mean\":");
  AppendJsonNumber(c.goldstein_mean, 3, out);
  out->push_back('}');
}

void AppendArticleHitJson(const ArticleHit& h, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(h.id, out);
  out->append(",\"title\":");
  AppendJsonString(h.title, out);
  out->append(",\"date\":");
  AppendJsonDateOrNull(h.date, out);
  out->append(",\"source\":");
  AppendJsonStringOrNull(h.source, out);
  out->append(",\"url\":");
  AppendJsonStringOrNull(h.url, out);
  out->append(",\"rank\":");
  AppendJsonNumber(h.rank, 4, out);
  out->append(",\"snippet\":");
  AppendJsonString(h.snippet, out);
  out->append(",\"highlights\":[");
  for (size_t i = 0; i < h.highlights.size(); ++i) {
    if (i > 0) out->push_back(',');
    Span(h.highlights[i].first, h.highlights[i].second, out);
  }
  util::Append(out, "],\"events\":", h.events, "}");
}

void AppendStoredArticleJson(const StoredArticle& a, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(a.id, out);
  out->append(",\"title\":");
  AppendJsonString(a.title, out);
  out->append(",\"date\":");
  AppendJsonDateOrNull(a.date, out);
  out->append(",\"url\":");
  AppendJsonStringOrNull(a.url, out);
  out->append(",\"source\":");
  AppendJsonStringOrNull(a.source, out);
  out->append(",\"text\":");
  AppendJsonString(a.text, out);
  out->append(",\"events\":[");
  for (size_t i = 0; i < a.events.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendStoredEventJson(a.events[i], out);
  }
  out->append("],\"mentions\":[");
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const StoredMention& m = a.mentions[i];
    if (i > 0) out->push_back(',');
    util::Append(out, "{\"sentence\":", m.sentence, ",\"code\":");
    AppendJsonString(m.code, out);
    out->append(",\"country\":");
    AppendJsonStringOrNull(m.country, out);
    out->append(",\"role\":");
    AppendJsonStringOrNull(m.role, out);
    out->append(",\"text\":");
    AppendJsonString(m.text, out);
    out->append(",\"span\":");
    Span(m.begin, m.end, out);
    out->append(",\"kind\":");
    AppendJsonString(m.kind, out);
    out->append(",\"entry\":");
    AppendJsonString(m.entry, out);
    out->append(",\"dict\":");
    AppendJsonString(m.dict, out);
    out->push_back('}');
  }
  out->append("]}");
}

void AppendStoreSummaryJson(const StoreSummary& s, std::string* out) {
  util::Append(out, "{\"articles\":", s.articles, ",\"events\":", s.events, ",\"counted\":", s.counted,
               ",\"groups\":", s.groups, ",\"mentions\":", s.mentions, ",\"actors\":", s.actors, ",\"first\":");
  AppendJsonDateOrNull(s.first, out);
  out->append(",\"last\":");
  AppendJsonDateOrNull(s.last, out);
  util::Append(out, ",\"bytes\":", s.bytes, "}");
}

}  // namespace dyad
