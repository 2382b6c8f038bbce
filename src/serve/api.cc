// The JSON API of `dyad serve` (docs/api.md): each route checks its
// parameters (an unknown or repeated one is an error), asks the store and
// writes the answer. Nothing here touches SQL: values go to the Store's
// methods, which bind them.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dyad/output.h"
#include "dyad/serve.h"
#include "place/gazetteer_build.h"
#include "util/strings.h"

namespace dyad {
namespace {

using util::Append;
using util::Cat;

absl::Status Bad(std::string_view message) { return absl::InvalidArgumentError(std::string(message)); }

// A parameter's value as it may be quoted in a message: at most 60 bytes.
std::string_view Shown(std::string_view v) { return v.substr(0, 60); }

// The parameters of one request, checked against the names a route takes.
class Params {
 public:
  // InvalidArgument for a name the route does not take or a name given
  // twice.
  static absl::StatusOr<Params> Check(const QueryParams& raw, std::initializer_list<std::string_view> allowed) {
    Params p;
    for (const auto& [name, value] : raw) {
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string names;
        for (std::string_view a : allowed) Append(&names, names.empty() ? "" : ", ", a);
        return Bad(Cat("unknown parameter \"", Shown(name), "\"",
                       allowed.size() == 0 ? ": this route takes none" : Cat(": this route takes ", names)));
      }
      for (const auto& [seen, unused] : p.values_) {
        if (seen == name) return Bad(Cat("parameter ", name, " is given twice"));
      }
      p.values_.emplace_back(name, value);
    }
    return p;
  }

  // The value, or nullptr when absent.
  const std::string* Get(std::string_view name) const {
    for (const auto& [n, v] : values_) {
      if (n == name) return &v;
    }
    return nullptr;
  }
  std::string Text(std::string_view name) const {
    const std::string* v = Get(name);
    return v == nullptr ? std::string() : *v;
  }

  absl::Status Date(std::string_view name, std::optional<dyad::Date>* out) const {
    const std::string* v = Get(name);
    if (v == nullptr || v->empty()) return absl::OkStatus();
    auto d = ParseDate(*v);
    if (!d.ok() || v->size() != 10) {
      return Bad(Cat("bad ", name, " \"", Shown(*v), "\": want a date YYYY-MM-DD"));
    }
    *out = *d;
    return absl::OkStatus();
  }

  absl::Status Bool(std::string_view name, bool* out) const {
    const std::string* v = Get(name);
    if (v == nullptr) return absl::OkStatus();
    if (*v == "1" || *v == "true") {
      *out = true;
    } else if (*v == "0" || *v == "false") {
      *out = false;
    } else {
      return Bad(Cat("bad ", name, " \"", Shown(*v), "\": want 1, 0, true or false"));
    }
    return absl::OkStatus();
  }

  absl::Status Int(std::string_view name, int64_t low, int64_t high, int64_t* out) const {
    const std::string* v = Get(name);
    if (v == nullptr) return absl::OkStatus();
    int64_t n = 0;
    bool ok = !v->empty() && v->size() <= 18;
    for (char c : *v) {
      if (c < '0' || c > '9') ok = false;
      if (ok) n = n * 10 + (c - '0');
    }
    if (!ok || n < low || n > high) {
      return Bad(Cat("bad ", name, " \"", Shown(*v), "\": want a whole number from ", low, " to ", high));
    }
    *out = n;
    return absl::OkStatus();
  }

  // A comma-separated list; empty items are dropped.
  std::vector<std::string> List(std::string_view name) const {
    std::vector<std::string> out;
    const std::string* v = Get(name);
    if (v == nullptr) return out;
    for (std::string_view item : util::Split(*v, ',', true)) out.emplace_back(util::Strip(item));
    return out;
  }

  // A quad class 1-4 (0 when absent).
  absl::Status Quad(int* out) const {
    int64_t q = 0;
    if (Get("quad") != nullptr) {
      auto s = Int("quad", 1, 4, &q);
      if (!s.ok()) return Bad(Cat("bad quad \"", Shown(*Get("quad")), "\": want a quad class from 1 to 4"));
    }
    *out = static_cast<int>(q);
    return absl::OkStatus();
  }

  // A name parsed by one of the store's Parse functions; its message names
  // the accepted values.
  template <typename T>
  absl::Status Named(std::string_view name, absl::StatusOr<T> (*parse)(std::string_view), T* out) const {
    const std::string* v = Get(name);
    if (v == nullptr) return absl::OkStatus();
    auto parsed = parse(*v);
    if (!parsed.ok()) return Bad(Cat("bad ", name, ": ", parsed.status().message()));
    *out = *parsed;
    return absl::OkStatus();
  }

 private:
  std::vector<std::pair<std::string, std::string>> values_;
};

#define DYAD_SERVE_CHECK(expr)              \
  do {                                      \
    absl::Status dyad_check_ = (expr);      \
    if (!dyad_check_.ok()) return dyad_check_; \
  } while (0)

#define DYAD_SERVE_PARAMS(var, raw, ...)                  \
  auto var##_or = Params::Check(raw, {__VA_ARGS__});      \
  if (!var##_or.ok()) return var##_or.status();           \
  const Params& var = *var##_or


// The date and count filters shared by the top lists, the network and the
// country counts.
absl::Status TopFilter(const Params& p, TopQuery* q) {
  DYAD_SERVE_CHECK(p.Date("from", &q->from));
  DYAD_SERVE_CHECK(p.Date("to", &q->to));
  DYAD_SERVE_CHECK(p.Named("mode", &ParseCountMode, &q->mode));
  DYAD_SERVE_CHECK(p.Quad(&q->quad_class));
  if (q->from && q->to && *q->to < *q->from) {
    return Bad(Cat("bad period: from ", q->from->ToString(), " is after to ", q->to->ToString()));
  }
  return absl::OkStatus();
}

absl::Status Limit(const Params& p, int64_t high, int64_t fallback, uint32_t* out) {
  int64_t n = fallback;
  DYAD_SERVE_CHECK(p.Int("limit", 1, high, &n));
  *out = static_cast<uint32_t>(n);
  return absl::OkStatus();
}

absl::StatusOr<std::string> SummaryRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw);
  (void)p;
  auto s = store.Summary();
  if (!s.ok()) return s.status();
  std::string out;
  AppendStoreSummaryJson(*s, &out);
  return out;
}

absl::StatusOr<std::string> EventsRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "actor", "country", "role", "side", "source", "target", "both", "dyad", "cameo", "root",
                    "quad", "from", "to", "place", "place_country", "text", "article", "all", "historical", "limit",
                    "offset", "sort", "mode");
  EventFilter f;
  f.actor = p.Text("actor");
  f.country = p.Text("country");
  f.role = p.Text("role");
  DYAD_SERVE_CHECK(p.Named("side", &ParseSide, &f.side));
  f.source = p.Text("source");
  f.target = p.Text("target");
  DYAD_SERVE_CHECK(p.Bool("both", &f.both_directions));
  if (const std::string* dyad = p.Get("dyad"); dyad != nullptr) {
    const std::vector<std::string_view> parts = util::Split(*dyad, ',');
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
      return Bad(Cat("bad dyad \"", Shown(*dyad), "\": want two actor codes A,B, like CHNGOV,PRKGOV"));
    }
    if (!f.source.empty() || !f.target.empty()) return Bad("dyad cannot be given with source or target");
    f.source = std::string(parts[0]);
    f.target = std::string(parts[1]);
    f.both_directions = true;
  }
  f.cameo = p.List("cameo");
  f.root = p.List("root");
  DYAD_SERVE_CHECK(p.Quad(&f.quad_class));
  DYAD_SERVE_CHECK(p.Date("from", &f.from));
  DYAD_SERVE_CHECK(p.Date("to", &f.to));
  f.place = p.Text("place");
  f.place_country = p.Text("place_country");
  f.text = p.Text("text");
  f.article = p.Text("article");
  if (f.article.size() > 1000) return Bad("bad article: an id of at most 1000 bytes");
  if (f.text.size() > 1000) return Bad("bad text: at most 1000 bytes");
  bool all = false, historical = false;
  DYAD_SERVE_CHECK(p.Bool("all", &all));
  DYAD_SERVE_CHECK(p.Bool("historical", &historical));
  f.include_flagged = all;
  f.include_historical = all || historical;
  PageRequest page;
  DYAD_SERVE_CHECK(Limit(p, 1000, 50, &page.limit));
  int64_t offset = 0;
  DYAD_SERVE_CHECK(p.Int("offset", 0, 1000000000, &offset));
  page.offset = static_cast<uint64_t>(offset);
  DYAD_SERVE_CHECK(p.Named("sort", &ParseEventSort, &page.sort));
  page.mode = CountMode::kReports;
  DYAD_SERVE_CHECK(p.Named("mode", &ParseCountMode, &page.mode));

  auto result = store.QueryEvents(f, page);
  if (!result.ok()) return result.status();
  auto counts = store.CountEvents(f);
  if (!counts.ok()) return counts.status();
  std::string out;
  Append(&out, "{\"total\":{\"reports\":", counts->reports, ",\"events\":", counts->events,
         "},\"offset\":", page.offset, ",\"limit\":", page.limit, ",\"mode\":\"", CountModeName(page.mode),
         "\",\"events\":[");
  for (size_t i = 0; i < result->events.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendStoredEventJson(result->events[i], &out);
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> SeriesRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "a", "b", "bucket", "from", "to", "mode");
  SeriesQuery q;
  q.a = p.Text("a");
  q.b = p.Text("b");
  if (q.a.empty() || q.b.empty()) return Bad("parameters a and b are required: two actor codes, like a=CHNGOV&b=PRKGOV");
  q.bucket = Bucket::kMonth;
  DYAD_SERVE_CHECK(p.Named("bucket", &ParseBucket, &q.bucket));
  DYAD_SERVE_CHECK(p.Date("from", &q.from));
  DYAD_SERVE_CHECK(p.Date("to", &q.to));
  q.mode = CountMode::kEvents;
  DYAD_SERVE_CHECK(p.Named("mode", &ParseCountMode, &q.mode));
  auto points = store.DyadSeries(q);
  if (!points.ok()) return points.status();
  std::string out = "{\"a\":";
  // The codes as the store compares them: upper case.
  std::string a = q.a, b = q.b;
  for (std::string* code : {&a, &b}) {
    for (char& c : *code) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  AppendJsonString(a, &out);
  out.append(",\"b\":");
  AppendJsonString(b, &out);
  Append(&out, ",\"bucket\":\"", BucketName(q.bucket), "\",\"mode\":\"", CountModeName(q.mode), "\",\"points\":[");
  for (size_t i = 0; i < points->size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendSeriesPointJson((*points)[i], &out);
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> TopActorsRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "from", "to", "mode", "quad", "side", "limit");
  TopQuery q;
  DYAD_SERVE_CHECK(TopFilter(p, &q));
  DYAD_SERVE_CHECK(p.Named("side", &ParseSide, &q.side));
  DYAD_SERVE_CHECK(Limit(p, 1000, 20, &q.limit));
  auto top = store.TopActors(q);
  if (!top.ok()) return top.status();
  // As the store's JSON of an ActorCount, with "code" for "actor" (the
  // same name as in /api/actors and /api/network).
  std::string out = "{\"actors\":[";
  for (size_t i = 0; i < top->size(); ++i) {
    const ActorCount& c = (*top)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"code\":");
    AppendJsonString(c.code, &out);
    Append(&out, ",\"count\":", c.count, ",\"goldstein_total\":");
    AppendJsonNumber(c.goldstein_total, 1, &out);
    out.append(",\"goldstein_mean\":");
    AppendJsonNumber(c.goldstein_mean, 3, &out);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> TopDyadsRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "from", "to", "mode", "quad", "directed", "actor", "limit");
  TopQuery q;
  DYAD_SERVE_CHECK(TopFilter(p, &q));
  DYAD_SERVE_CHECK(p.Bool("directed", &q.directed));
  q.actor = p.Text("actor");
  DYAD_SERVE_CHECK(Limit(p, 1000, 20, &q.limit));
  auto top = store.TopDyads(q);
  if (!top.ok()) return top.status();
  std::string out = "{\"dyads\":[";
  for (size_t i = 0; i < top->size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendDyadCountJson((*top)[i], &out);
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> NetworkRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "from", "to", "mode", "quad", "limit");
  TopQuery q;
  DYAD_SERVE_CHECK(TopFilter(p, &q));
  DYAD_SERVE_CHECK(Limit(p, 1000, 100, &q.limit));
  q.directed = false;
  auto top = store.TopDyads(q);
  if (!top.ok()) return top.status();
  std::map<std::string, uint64_t> nodes;
  for (const DyadCount& d : *top) {
    nodes[d.a] += d.count;
    if (d.b != d.a) nodes[d.b] += d.count;
  }
  std::vector<std::pair<std::string, uint64_t>> sorted(nodes.begin(), nodes.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  std::string out = "{\"nodes\":[";
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.append("{\"code\":");
    AppendJsonString(sorted[i].first, &out);
    Append(&out, ",\"count\":", sorted[i].second, "}");
  }
  out.append("],\"edges\":[");
  for (size_t i = 0; i < top->size(); ++i) {
    const DyadCount& d = (*top)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"a\":");
    AppendJsonString(d.a, &out);
    out.append(",\"b\":");
    AppendJsonString(d.b, &out);
    Append(&out, ",\"count\":", d.count, ",\"a_to_b\":", d.a_to_b, ",\"b_to_a\":", d.b_to_a, ",\"goldstein_mean\":");
    AppendJsonNumber(d.goldstein_mean, 3, &out);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> CountriesRoute(const QueryParams& raw, Store& store, const ServeContext& context) {
  DYAD_SERVE_PARAMS(p, raw, "from", "to", "mode", "quad");
  TopQuery q;
  DYAD_SERVE_CHECK(TopFilter(p, &q));
  q.limit = 100000;
  auto counts = store.CountryCounts(q);
  if (!counts.ok()) return counts.status();
  std::string out = "{\"countries\":[";
  for (size_t i = 0; i < counts->size(); ++i) {
    const CountryCount& c = (*counts)[i];
    const IsoCountry* iso = nullptr;
    if (context.countries != nullptr) {
      auto it = context.countries->find(c.country);
      if (it != context.countries->end()) iso = &it->second;
    }
    if (i > 0) out.push_back(',');
    out.append("{\"country\":");
    AppendJsonString(c.country, &out);
    out.append(",\"numeric\":");
    AppendJsonStringOrNull(iso != nullptr ? std::string_view(iso->numeric) : std::string_view(), &out);
    out.append(",\"name\":");
    AppendJsonStringOrNull(iso != nullptr ? std::string_view(iso->name) : std::string_view(), &out);
    Append(&out, ",\"count\":", c.count, ",\"goldstein_total\":");
    AppendJsonNumber(c.goldstein_total, 1, &out);
    out.append(",\"goldstein_mean\":");
    AppendJsonNumber(c.goldstein_mean, 3, &out);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> SearchRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "q", "limit", "offset");
  const std::string q = p.Text("q");
  if (q.empty()) return Bad("parameter q is required: the words to search for");
  if (q.size() > 1000) return Bad("bad q: at most 1000 bytes");
  uint32_t limit = 20;
  DYAD_SERVE_CHECK(Limit(p, 1000, 20, &limit));
  int64_t offset = 0;
  DYAD_SERVE_CHECK(p.Int("offset", 0, 1000000000, &offset));
  auto hits = store.SearchArticles(q, limit, static_cast<uint64_t>(offset));
  if (!hits.ok()) return hits.status();
  std::string out = "{\"articles\":[";
  for (size_t i = 0; i < hits->size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendArticleHitJson((*hits)[i], &out);
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> ArticleRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "id");
  const std::string id = p.Text("id");
  if (id.empty()) return Bad("parameter id is required: an article's id");
  if (id.size() > 1000) return Bad("bad id: at most 1000 bytes");
  auto article = store.GetArticle(id);
  if (!article.ok()) return article.status();
  auto related = store.RelatedArticles(id, 20);
  if (!related.ok()) return related.status();
  std::string out;
  AppendStoredArticleJson(*article, &out);
  if (out.empty() || out.back() != '}') return absl::InternalError("article JSON is not an object");
  out.pop_back();
  out.append(",\"related\":[");
  for (size_t i = 0; i < related->size(); ++i) {
    const RelatedArticle& r = (*related)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"id\":");
    AppendJsonString(r.id, &out);
    out.append(",\"title\":");
    AppendJsonString(r.title, &out);
    out.append(",\"date\":");
    AppendJsonDateOrNull(r.date, &out);
    out.append(",\"source\":");
    AppendJsonStringOrNull(r.source, &out);
    Append(&out, ",\"shared\":", r.shared, "}");
  }
  out.append("]}");
  return out;
}

absl::StatusOr<std::string> ActorsRoute(const QueryParams& raw, Store& store) {
  DYAD_SERVE_PARAMS(p, raw, "q", "limit");
  std::string prefix = p.Text("q");
  if (prefix.size() > 40) return Bad("bad q: an actor code prefix of at most 40 letters and digits");
  for (char& c : prefix) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      return Bad(Cat("bad q \"", Shown(p.Text("q")), "\": want the start of an actor code (letters and digits)"));
    }
  }
  uint32_t limit = 50;
  DYAD_SERVE_CHECK(Limit(p, 1000, 50, &limit));
  TopQuery q;
  q.limit = 100000;
  auto top = store.TopActors(q);
  if (!top.ok()) return top.status();
  std::string out = "{\"actors\":[";
  uint32_t n = 0;
  for (const ActorCount& c : *top) {
    if (n == limit) break;
    if (c.code.compare(0, prefix.size(), prefix) != 0) continue;
    if (n++ > 0) out.push_back(',');
    out.append("{\"code\":");
    AppendJsonString(c.code, &out);
    Append(&out, ",\"count\":", c.count, "}");
  }
  out.append("]}");
  return out;
}

HttpReply Json(std::string body) {
  HttpReply r;
  r.status = 200;
  r.content_type = std::string(kJsonType);
  r.body = std::move(body);
  return r;
}

}  // namespace

HttpReply JsonError(int status, std::string_view message) {
  HttpReply r;
  r.status = status;
  r.content_type = std::string(kJsonType);
  r.body = "{\"error\":";
  AppendJsonString(message, &r.body);
  r.body.push_back('}');
  return r;
}

HttpReply HandleApi(std::string_view path, const QueryParams& params, Store& store, const ServeContext& context) {
  absl::StatusOr<std::string> body;
  if (path == "/api/summary") {
    body = SummaryRoute(params, store);
  } else if (path == "/api/events") {
    body = EventsRoute(params, store);
  } else if (path == "/api/series") {
    body = SeriesRoute(params, store);
  } else if (path == "/api/top-actors") {
    body = TopActorsRoute(params, store);
  } else if (path == "/api/top-dyads") {
    body = TopDyadsRoute(params, store);
  } else if (path == "/api/network") {
    body = NetworkRoute(params, store);
  } else if (path == "/api/countries") {
    body = CountriesRoute(params, store, context);
  } else if (path == "/api/search") {
    body = SearchRoute(params, store);
  } else if (path == "/api/article") {
    body = ArticleRoute(params, store);
  } else if (path == "/api/actors") {
    body = ActorsRoute(params, store);
  } else {
    return JsonError(404, Cat("no such route \"", path.substr(0, 100),
                              "\"; the routes are /api/summary, /api/events, /api/series, /api/top-actors, "
                              "/api/top-dyads, /api/network, /api/countries, /api/search, /api/article, "
                              "/api/actors"));
  }
  if (body.ok()) return Json(std::move(*body));
  const absl::Status& s = body.status();
  switch (s.code()) {
    case absl::StatusCode::kInvalidArgument: return JsonError(400, util::FromAbsl(s.message()));
    case absl::StatusCode::kNotFound: return JsonError(404, util::FromAbsl(s.message()));
    default:
      // The details (file names, SQLite's words) go to the log, not to the
      // client.
      std::cerr << "dyad serve: " << path.substr(0, 100) << ": " << s << "\n";
      return JsonError(500, "the store could not answer; see the server's log");
  }
}

HttpReply HandleRequest(const HttpRequest& request, Store* store, const ServeContext& context) {
  try {
    if (request.method != "GET" && request.method != "HEAD") {
      HttpReply r = JsonError(405, Cat("method ", std::string_view(request.method).substr(0, 20),
                                       " is not allowed: only GET and HEAD"));
      r.headers.emplace_back("Allow", "GET, HEAD");
      return r;
    }
    const std::string_view path = request.path;
    if (path == "/api" || path.rfind("/api/", 0) == 0) {
      if (store == nullptr) return JsonError(500, "no store");
      return HandleApi(path, request.params, *store, context);
    }
    return ServeStaticFile(path, context.web_dir);
  } catch (const std::exception& e) {
    std::cerr << "dyad serve: " << e.what() << "\n";
    return JsonError(500, "internal error; see the server's log");
  }
}

absl::StatusOr<CountryTable> ParseCountryTable(std::string_view json) {
  std::vector<place::CountryNames> names;
  absl::Status s = place::ReadIsoCountries(json, &names);
  if (!s.ok()) return s;
  CountryTable out;
  for (place::CountryNames& c : names) out[c.iso3] = IsoCountry{std::move(c.numeric), std::move(c.name)};
  return out;
}

absl::StatusOr<CountryTable> ReadCountryTable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat(path, ": cannot read (Debian package iso-codes)"));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseCountryTable(text.str());
}

}  // namespace dyad
