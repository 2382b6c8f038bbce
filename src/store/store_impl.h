// The SQLite implementation of dyad::Store, shared by store.cc (opening,
// schema, writing, articles) and query.cc (events, series, top lists,
// search). The schema is documented in docs/store.md.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"
#include "util/strings.h"

namespace dyad::store {

// The schema version kept in PRAGMA user_version.
inline constexpr int kSchemaVersion = 1;

// Dates are stored as YYYYMMDD integers.
inline int64_t DateKey(const Date& d) { return d.Key(); }
inline Date DateFromKey(int64_t key) {
  return Date{static_cast<int>(key / 10000), static_cast<int>(key / 100 % 100),
              static_cast<int>(key % 100)};
}
// Days since 1970-01-01 (negative before), and back.
int64_t DayNumber(const Date& d);
Date DateFromDayNumber(int64_t days);

// Goldstein scores are summed as integer tenths, so that adding and
// removing reports is exact.
inline int64_t Tenths(double goldstein) {
  return static_cast<int64_t>(goldstein * 10 + (goldstein < 0 ? -0.5 : 0.5));
}

// Turns a user's search text into an FTS5 query in which every word is a
// quoted term (see Store::SearchArticles). Empty when there is no word.
std::string FtsQuery(std::string_view text);

class SqliteStore : public Store {
 public:
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path, StoreMode mode);

  absl::Status Write(std::vector<StoredArticle>& batch, WriteStats* stats, bool force) override;
  absl::Status Begin() override;
  absl::Status Commit() override;
  absl::Status Rollback() override;
  absl::Status DeleteArticle(std::string_view id) override;
  absl::StatusOr<std::vector<std::pair<std::string, uint64_t>>> Fingerprints() override;
  absl::StatusOr<EventPage> QueryEvents(const EventFilter& filter, const PageRequest& page) override;
  absl::StatusOr<EventCounts> CountEvents(const EventFilter& filter) override;
  absl::StatusOr<std::vector<SeriesPoint>> DyadSeries(const SeriesQuery& query) override;
  absl::StatusOr<std::vector<ActorCount>> TopActors(const TopQuery& query) override;
  absl::StatusOr<std::vector<DyadCount>> TopDyads(const TopQuery& query) override;
  absl::StatusOr<std::vector<CountryCount>> CountryCounts(const TopQuery& query) override;
  absl::StatusOr<std::vector<RelatedArticle>> RelatedArticles(std::string_view id, uint32_t limit) override;
  absl::StatusOr<std::vector<ArticleHit>> SearchArticles(std::string_view query, uint32_t limit,
                                                         uint64_t offset) override;
  absl::StatusOr<StoredArticle> GetArticle(std::string_view id) override;
  absl::StatusOr<StoreSummary> Summary() override;
  absl::Status Check() override;
  absl::Status Optimize() override;

 private:
  explicit SqliteStore(std::unique_ptr<Database> db, bool read_only)
      : db_(std::move(db)), read_only_(read_only) {}
  absl::Status CreateSchema();
  absl::Status WriteArticle(StoredArticle& article, WriteStats* stats, bool force);
  absl::Status InsertArticle(const StoredArticle& article);
  absl::Status DeleteByKey(int64_t key);
  // Counted reports stored of the grouped event (source, target, date, code).
  absl::StatusOr<int64_t> GroupReports(std::string_view source, std::string_view target, int64_t date,
                                       std::string_view cameo);
  // Adds to the daily counts of a dyad (negative numbers take away; a day
  // left with no report is removed).
  absl::Status AddToDay(std::string_view source, std::string_view target, int64_t date, int quad,
                        int64_t events, int64_t reports, int64_t tenths);
  // Fills StoredEvent::group of counted, dated events.
  absl::Status FillGroups(std::vector<StoredEvent>* events);
  // The country of an actor code, from its stored events ("" for none);
  // cached in code_country_.
  absl::StatusOr<std::string> CountryOfCode(std::string_view code);
  // Reads the rows of an event query (see kEventColumns in query.cc).
  absl::Status ReadEvents(Statement& s, std::vector<StoredEvent>* out);

  std::unique_ptr<Database> db_;
  bool read_only_;
  bool in_transaction_ = false;
  util::StringSet cameo_written_;  // codebook rows written by this connection
  util::StringMap<std::string> code_country_;  // see CountryOfCode
};

}  // namespace dyad::store

#endif  // DYAD_STORE_STORE_IMPL_H_
