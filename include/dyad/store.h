// dyad/store.h: the event store. Coded articles, their events and actor
// mentions kept in one SQLite file, and the questions asked of them: events
// by filter, the time series of a dyad, the top actors and dyads of a
// period, full-text search over the articles.
//
//   auto store = dyad::Store::Open("news.db", dyad::StoreMode::kReadWrite);
//   if (!store.ok()) return store.status();
//   std::vector<dyad::StoredArticle> batch;
//   batch.push_back(dyad::MakeStoredArticle(article, analysis, events));
//   absl::Status s = (*store)->Write(batch, &stats);   // one transaction
//
//   dyad::EventFilter filter;
//   filter.source = "CHNGOV";
//   filter.root = {"04"};
//   auto page = (*store)->QueryEvents(filter, {.limit = 20});
//
//   dyad::SeriesQuery series;
//   series.a = "CHNGOV";  series.b = "PRKGOV";  series.bucket = dyad::Bucket::kMonth;
//   auto points = (*store)->DyadSeries(series);
//
// The schema, the grouping rule and the meaning of every query are in
// docs/store.md. Every value that comes from a caller is bound as an SQL
// parameter, never pasted into SQL text.
//
// Threads: a Store is one connection and is not thread-safe; give each
// thread its own Store. Any number of readers may open the same file while
// one writer writes (SQLite's write-ahead log): readers see the batches
// committed before their query began.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dyad/article.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"

namespace dyad {

// ---------------------------------------------------------------------------
// Records: what is stored, as plain values.

// A place named by an event. Every field may be missing.
struct StoredPlace {
  std::string name;
  std::string country;  // ISO alpha-3, or empty
  std::optional<double> lat;
  std::optional<double> lon;
};

struct StoredActor {
  std::string code;     // CHNGOV
  std::string country;  // CHN, or empty for an actor with no country
  std::string role;     // GOV, or empty
  uint32_t begin = 0;   // byte span in the article text
  uint32_t end = 0;
  std::string text;     // the text of the span (filled by queries)
};

// How one event was reported and grouped (docs/store.md, "One event, many
// reports"): the counted events with the same date, source, target and code.
struct EventGroupInfo {
  int64_t id = 0;         // the row of the group's first report; 0: not grouped
                          // (flagged, historical or undated)
  uint32_t reports = 0;   // events in the store that tell the same event
  uint32_t articles = 0;  // articles among them
};

// One coded event as stored. Spans are byte offsets into the article text.
struct StoredEvent {
  int64_t row = 0;         // the store's row id (0 before writing)
  std::string article;     // article id
  uint32_t sentence = 0;   // sentence index in the article
  uint32_t ordinal = 0;    // index among the events of the sentence
  std::optional<Date> date;
  DatePrecision date_precision = DatePrecision::kArticle;
  bool historical = false;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  StoredActor source;
  StoredActor target;
  std::string cameo;       // "042"
  std::string label;       // "Make a visit" (filled by queries)
  double goldstein = 0;
  int quad_class = 0;      // 1 verbal cooperation .. 4 material conflict
  std::string plover;      // PLOVER type or empty (filled by queries)
  uint32_t verb_begin = 0;
  uint32_t verb_end = 0;
  std::string verb_text;   // filled by queries
  uint32_t sentence_begin = 0;
  uint32_t sentence_end = 0;
  std::string sentence_text;  // filled by queries
  std::string pattern;     // the pattern's dictionary line, "events/verbs.txt:120"
  std::optional<StoredPlace> place;
  EventGroupInfo group;    // filled by queries

  // "ARTICLE:SENTENCE:ORDINAL", as written by `dyad code --all`.
  std::string Id() const;
  // The root code: the first two digits of `cameo`.
  std::string_view Root() const { return std::string_view(cameo).substr(0, 2); }
  // True for the events that queries count by default: asserted, not
  // negated, not historical (`dyad code`'s default output less history).
  bool Counted() const { return !negated && modality == Modality::kAsserted && !historical; }
};

// One actor mention as stored.
struct StoredMention {
  uint32_t sentence = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string code;
  std::string country;
  std::string role;
  std::string kind;    // country, org, person, role
  std::string entry;   // the dictionary entry's name
  std::string dict;    // "actors/countries.txt:1234"
  std::string text;    // filled by GetArticle
};

// An article with what was found in it.
struct StoredArticle {
  std::string id;
  std::string title;
  std::optional<Date> date;
  std::string url;
  std::string source;
  std::string text;
  std::vector<StoredEvent> events;  // every event, flagged ones included
  std::vector<StoredMention> mentions;
  // A stable hash of the fields above (id to text, not the events): an
  // article stored with the same fingerprint is not written again.
  uint64_t fingerprint = 0;
  // Set by Store::Write when the same article was already stored.
  bool unchanged = false;
};

// The record of an analysed and coded article: every event of `events`
// (including negated, not asserted and historical ones, flagged) and every
// mention of `analysis`, with their spans. Sets the fingerprint.
StoredArticle MakeStoredArticle(const Article& article, const Analysis& analysis,
                                const std::vector<Event>& events);

// The fingerprint of an article's fields (see StoredArticle::fingerprint).
uint64_t ArticleFingerprint(const Article& article);

// ---------------------------------------------------------------------------
// Questions.

// Which side of an event an actor filter looks at.
enum class Side : uint8_t {
  kEither,  // source or target
  kSource,
  kTarget,
};

// How results are counted.
enum class CountMode : uint8_t {
  kReports,  // every stored event, each report of the same event apart
  kEvents,   // grouped events: same date, source, target and CAMEO code count once
};

enum class Bucket : uint8_t {
  kDay,
  kWeek,   // weeks start on Monday (ISO 8601)
  kMonth,
};

enum class EventSort : uint8_t {
  kDateDesc,  // newest first (the default)
  kDateAsc,
  kGoldsteinAsc,  // most conflictual first
  kGoldsteinDesc,
};

// Events filter. Every field that is set must hold (AND); empty fields do
// not filter. Actor codes may end in '*' to match a prefix ("USA*").
struct EventFilter {
  // An actor on `side`: each of code, country and role that is set must
  // hold for the same actor (so country "CHN" with role "MIL" is a Chinese
  // military actor, on either side by default).
  std::string actor;
  std::string country;  // ISO alpha-3
  std::string role;     // GOV, MIL, ...
  Side side = Side::kEither;
  // The source and the target; with both_directions, also the reverse.
  std::string source;
  std::string target;
  bool both_directions = false;
  std::vector<std::string> cameo;  // full codes ("042"); any of them
  std::vector<std::string> root;   // two-digit roots ("04"); any of them
  int quad_class = 0;              // 1-4, or 0 for any
  std::optional<Date> from;        // inclusive
  std::optional<Date> to;          // inclusive
  std::string place;               // place name, compared without case
  std::string place_country;       // ISO alpha-3
  std::string text;                // full-text query over the article (SearchArticles syntax)
  std::string article;             // one article id
  // By default only counted events (StoredEvent::Counted) are returned.
  bool include_flagged = false;     // also negated and not-asserted events
  bool include_historical = false;  // also historical events
};

struct EventPage {
  std::vector<StoredEvent> events;
};

struct PageRequest {
  uint32_t limit = 100;  // 0: no limit
  uint64_t offset = 0;
  EventSort sort = EventSort::kDateDesc;
  // kEvents: one row per grouped event (its first report that matches the
  // filter), with the group's report and article counts; events that are
  // not grouped (flagged, historical, undated) are left out.
  CountMode mode = CountMode::kReports;
};

struct EventCounts {
  uint64_t reports = 0;  // matching events
  uint64_t events = 0;   // distinct grouped events among them
};

// Counts and Goldstein sums of one bucket and direction, in one count mode.
struct SeriesCounts {
  uint64_t quad[4] = {0, 0, 0, 0};  // quad classes 1..4
  uint64_t total = 0;
  double goldstein_total = 0;  // sum over what is counted
  double goldstein_mean = 0;   // goldstein_total / total (0 when total is 0)
};

struct SeriesPoint {
  Date start;          // the bucket's first day
  SeriesCounts a_to_b;
  SeriesCounts b_to_a;
  SeriesCounts both;   // the two directions together
};

struct SeriesQuery {
  std::string a;  // actor codes, exact
  std::string b;
  Bucket bucket = Bucket::kDay;
  std::optional<Date> from;  // inclusive
  std::optional<Date> to;    // inclusive
  CountMode mode = CountMode::kEvents;
  // Buckets with no event are returned too (zeros), from `from` (or the
  // first event) to `to` (or the last event). More than kMaxBuckets
  // buckets is InvalidArgument.
  static constexpr uint32_t kMaxBuckets = 100000;
};

struct TopQuery {
  std::optional<Date> from;
  std::optional<Date> to;
  CountMode mode = CountMode::kEvents;
  int quad_class = 0;       // 1-4, or 0 for any
  Side side = Side::kEither;  // TopActors: count actors as source, target or either
  bool directed = false;    // TopDyads: A->B and B->A apart (else together)
  std::string actor;        // TopDyads: only dyads with this actor (exact code)
  uint32_t limit = 20;      // 1..100000
};

struct ActorCount {
  std::string code;
  uint64_t count = 0;
  double goldstein_total = 0;
  double goldstein_mean = 0;
};

struct DyadCount {
  std::string a;  // the source (undirected: the smaller code)
  std::string b;
  uint64_t count = 0;
  uint64_t a_to_b = 0;
  uint64_t b_to_a = 0;
  double goldstein_total = 0;
  double goldstein_mean = 0;
};

struct ArticleHit {
  std::string id;
  std::string title;
  std::optional<Date> date;
  std::string source;
  std::string url;
  double rank = 0;        // bm25: lower is better
  std::string snippet;    // a passage of the text around the matches
  // Byte spans in `snippet` of the matched words.
  std::vector<std::pair<uint32_t, uint32_t>> highlights;
  uint32_t events = 0;    // counted events of the article
};

// Counted events per actor country (Store::CountryCounts).
struct CountryCount {
  std::string country;  // ISO alpha-3
  uint64_t count = 0;   // events with an actor of this country (each once)
  double goldstein_total = 0;
  double goldstein_mean = 0;
};

// An article related to another one (Store::RelatedArticles).
struct RelatedArticle {
  std::string id;
  std::string title;
  std::optional<Date> date;
  std::string source;
  uint32_t shared = 0;  // dyads (unordered actor pairs) the two have in common
};

// Sizes of a store.
struct StoreSummary {
  uint64_t articles = 0;
  uint64_t events = 0;        // every stored event
  uint64_t counted = 0;       // counted events (reports)
  uint64_t groups = 0;        // grouped events
  uint64_t mentions = 0;
  uint64_t actors = 0;        // distinct actor codes in events
  std::optional<Date> first;  // first and last grouped event date
  std::optional<Date> last;
  uint64_t bytes = 0;         // size of the database file
};

struct WriteStats {
  uint64_t added = 0;      // articles new to the store
  uint64_t replaced = 0;   // articles whose id was stored with other content
  uint64_t unchanged = 0;  // articles stored already with the same content
  uint64_t events = 0;     // events written
  uint64_t mentions = 0;   // mentions written
};

enum class StoreMode : uint8_t {
  kReadOnly,   // the file must exist
  kReadWrite,  // created with the schema when missing
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (and with kReadWrite, creates) a store. NotFound when a
  // read-only store does not exist; InvalidArgument when the file is not a
  // dyad store (or a store of another schema version).
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path, StoreMode mode);

  // Writes a batch of articles in one transaction (or within the one opened
  // by Begin()). An article whose id is stored already is replaced, with
  // its events and mentions, unless its fingerprint is the same (then it is
  // skipped and marked unchanged, or replaced anyway with `force`). `stats`
  // may be null; counts are added to it. On error the batch is rolled back.
  virtual absl::Status Write(std::vector<StoredArticle>& batch, WriteStats* stats,
                             bool force = false) = 0;

  // An explicit transaction around several Write() calls: nothing is
  // visible to others, or kept after a crash, before Commit().
  virtual absl::Status Begin() = 0;
  virtual absl::Status Commit() = 0;
  virtual absl::Status Rollback() = 0;

  // Removes an article and its events and mentions. NotFound if absent.
  virtual absl::Status DeleteArticle(std::string_view id) = 0;

  // The fingerprint of every stored article, by id (to skip unchanged
  // articles before coding them).
  virtual absl::StatusOr<std::vector<std::pair<std::string, uint64_t>>> Fingerprints() = 0;

  // Events matching `filter`, in `page.sort` order, ties by row.
  // InvalidArgument for a bad filter (bad code, quad class, dates).
  virtual absl::StatusOr<EventPage> QueryEvents(const EventFilter& filter,
                                                const PageRequest& page = {}) = 0;
  virtual absl::StatusOr<EventCounts> CountEvents(const EventFilter& filter) = 0;

  // The time series of the dyad a, b: counted events of a->b and b->a per
  // bucket, in date order. InvalidArgument for a bad query.
  virtual absl::StatusOr<std::vector<SeriesPoint>> DyadSeries(const SeriesQuery& query) = 0;

  // The actors (or dyads) with the most counted events in a period, most
  // first, ties by code.
  virtual absl::StatusOr<std::vector<ActorCount>> TopActors(const TopQuery& query) = 0;
  virtual absl::StatusOr<std::vector<DyadCount>> TopDyads(const TopQuery& query) = 0;

  // Counted events per actor country in a period (TopQuery's from, to,
  // mode and quad_class; `limit` countries at most), most first, ties by
  // code. An event counts once for each distinct country among its source
  // and target; actors with no country are left out. An actor code's
  // country is the one stored with its events (read once per code and
  // kept by this Store).
  virtual absl::StatusOr<std::vector<CountryCount>> CountryCounts(const TopQuery& query) = 0;

  // Other articles that share at least one dyad (an unordered pair of
  // source and target codes of counted events) with article `id`, newest
  // first, ties by id; `shared` counts the dyads in common. For a dyad with
  // very many events, only the articles of its kRelatedScan latest events
  // are considered. NotFound when the article is absent.
  static constexpr uint32_t kRelatedScan = 500;
  virtual absl::StatusOr<std::vector<RelatedArticle>> RelatedArticles(std::string_view id,
                                                                      uint32_t limit = 20) = 0;

  // Full-text search over article titles and texts, best first. The query
  // is a list of words that must all occur (English stemming: "sanction"
  // finds "sanctions"); "a phrase" in double quotes; a word ending in '*'
  // is a prefix; OR between two words or phrases accepts either. Nothing
  // else is special. InvalidArgument for an empty query.
  virtual absl::StatusOr<std::vector<ArticleHit>> SearchArticles(std::string_view query,
                                                                 uint32_t limit = 20,
                                                                 uint64_t offset = 0) = 0;

  // One article with its text, every event (flagged ones too, in text
  // order) and its mentions. NotFound when absent.
  virtual absl::StatusOr<StoredArticle> GetArticle(std::string_view id) = 0;

  virtual absl::StatusOr<StoreSummary> Summary() = 0;

  // SQLite's consistency check of the whole file; DataLoss with its
  // findings when it fails.
  virtual absl::Status Check() = 0;

  // Refreshes the statistics the query planner uses (when the events have
  // grown by a quarter since they were last gathered: that reads every
  // index) and folds the write-ahead log into the database file. Call after
  // an ingest.
  virtual absl::Status Optimize() = 0;
};

// Parsing of the names used on the command line and in URLs.
// InvalidArgument with a message naming the accepted values.
absl::StatusOr<Bucket> ParseBucket(std::string_view name);        // day, week, month
absl::StatusOr<CountMode> ParseCountMode(std::string_view name);  // reports, events
absl::StatusOr<Side> ParseSide(std::string_view name);            // either, source, target
absl::StatusOr<EventSort> ParseEventSort(std::string_view name);  // date, -date, goldstein, -goldstein
std::string_view BucketName(Bucket b);
std::string_view CountModeName(CountMode m);

// JSON writers (one object, no newline), for the command line and servers.
// Field names are in docs/store.md.
void AppendStoredEventJson(const StoredEvent& event, std::string* out);
void AppendSeriesPointJson(const SeriesPoint& point, std::string* out);
void AppendActorCountJson(const ActorCount& count, std::string* out);
void AppendDyadCountJson(const DyadCount& count, std::string* out);
void AppendArticleHitJson(const ArticleHit& hit, std::string* out);
// The article with "events" and "mentions" arrays.
void AppendStoredArticleJson(const StoredArticle& article, std::string* out);
void AppendStoreSummaryJson(const StoreSummary& summary, std::string* out);

}  // namespace dyad

#endif  // DYAD_STORE_H_
