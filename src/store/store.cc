// The store's file: opening, the schema, writing and deleting articles,
// whole-store checks. Queries are in query.cc; the schema is documented in
// docs/store.md (keep the two in step).
#include <sys/stat.h>

#include <filesystem>

#include "store/sqlite.h"
#include "store/store_impl.h"

namespace dyad {

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreMode mode) {
  return store::SqliteStore::Open(path, mode);
}

namespace store {
namespace {

// Version 1. Dates are YYYYMMDD integers; spans are byte offsets into
// articles.text; modality and date_precision are small integers (the
// order of the enums in dyad/events.h).
constexpr std::string_view kSchema = R"sql(
CREATE TABLE articles (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  date INTEGER,
  url TEXT,
  source TEXT,
  text TEXT NOT NULL,
  fingerprint INTEGER NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content = 'articles', content_rowid = 'key',
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.key, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.key, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text);
END;

CREATE TABLE cameo_codes (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  plover TEXT
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(key),
  sentence INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  date INTEGER,
  date_precision INTEGER NOT NULL,
  historical INTEGER NOT NULL,
  negated INTEGER NOT NULL,
  modality INTEGER NOT NULL,
  counted INTEGER NOT NULL,
  source TEXT NOT NULL,
  source_country TEXT,
  source_role TEXT,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target TEXT NOT NULL,
  target_country TEXT,
  target_role TEXT,
  target_begin INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  verb_begin INTEGER NOT NULL,
  verb_end INTEGER NOT NULL,
  pattern TEXT,
  place_name TEXT,
  place_country TEXT,
  place_lat REAL,
  place_lon REAL
);
-- Dyads, and the reports of one grouped event (covering: the group's
-- reports and articles are counted from the index alone).
CREATE INDEX events_dyad ON events(source, target, date, cameo, counted, article);
-- The newest events of an actor, a country, a code, a period. The code,
-- the countries and `counted` ride along so that filters on them are
-- checked in the index, without reading each row.
CREATE INDEX events_source ON events(source, date, cameo, counted);
CREATE INDEX events_target ON events(target, date, cameo, counted);
CREATE INDEX events_source_country ON events(source_country, date, cameo, counted);
CREATE INDEX events_target_country ON events(target_country, date, cameo, counted);
CREATE INDEX events_cameo ON events(cameo, date, counted, source_country, target_country);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_article ON events(article);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(key),
  sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  code TEXT NOT NULL,
  country TEXT,
  role TEXT,
  kind TEXT NOT NULL,
  entry TEXT,
  dict TEXT
);
CREATE INDEX mentions_article ON mentions(article);

CREATE TABLE dyad_days (
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  date INTEGER NOT NULL,
  quad_class INTEGER NOT NULL,
  events INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  goldstein_events INTEGER NOT NULL,
  goldstein_reports INTEGER NOT NULL,
  PRIMARY KEY (source, target, date, quad_class)
) WITHOUT ROWID;
-- Top actors and dyads of a period, from the index alone.
CREATE INDEX dyad_days_date ON dyad_days(date, source, target, quad_class, events, reports,
                                         goldstein_events, goldstein_reports);
)sql";

// Pragmas of every connection. WAL lets readers work while one writer
// writes; synchronous=NORMAL keeps every committed batch through a crash of
// the process (not of the machine: then the last batches may be lost, never
// the file's consistency).
constexpr std::string_view kPragmas = R"sql(
PRAGMA busy_timeout = 10000;
PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY;
PRAGMA mmap_size = 1073741824;
)sql";

constexpr std::string_view kWritePragmas = R"sql(
PRAGMA cache_size = -262144;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA secure_delete = OFF;
)sql";

// A message for a file that SQLite cannot read as a database.
absl::Status NotAStore(const std::string& path, const absl::Status& status) {
  if (status.code() == absl::StatusCode::kDataLoss) {
    return absl::InvalidArgumentError(util::Cat(path, ": not a dyad store (", status.message(), ")"));
  }
  return status;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path, StoreMode mode) {
  const bool read_only = mode == StoreMode::kReadOnly;
  if (path.empty()) return absl::InvalidArgumentError("no store path given");
  std::error_code ec;
  if (read_only && !std::filesystem::exists(path, ec)) {
    return absl::NotFoundError(util::Cat(path, ": no such store"));
  }
  if (std::filesystem::is_directory(path, ec)) {
    return absl::InvalidArgumentError(util::Cat(path, ": is a directory, not a store file"));
  }
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  auto db = Database::Open(path, flags);
  if (!db.ok()) return db.status();
  std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db), read_only));
  Database& d = *store->db_;
  if (absl::Status s = d.Exec(kPragmas); !s.ok()) return NotAStore(path, s);
  auto version = d.QueryInt("PRAGMA user_version");
  if (!version.ok()) return NotAStore(path, version.status());
  if (!read_only) {
    absl::Status s = d.Exec(kWritePragmas);
    if (!s.ok()) return NotAStore(path, s);
  }
  if (version->value_or(0) == 0) {
    auto tables = d.QueryInt("SELECT COUNT(*) FROM sqlite_schema");
    if (!tables.ok()) return NotAStore(path, tables.status());
    if (tables->value_or(0) != 0) {
      return absl::InvalidArgumentError(util::Cat(path, ": not a dyad store (an SQLite file with other tables)"));
    }
    if (read_only) return absl::InvalidArgumentError(util::Cat(path, ": not a dyad store (empty file)"));
    DYAD_RETURN_IF_ERROR(store->CreateSchema());
  } else if (*version != kSchemaVersion) {
    return absl::InvalidArgumentError(util::Cat(path, ": a store of schema version ", **version,
                                                "; this dyad reads version ", kSchemaVersion));
  }
  return std::unique_ptr<Store>(std::move(store));
}

absl::Status SqliteStore::CreateSchema() {
  DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  absl::Status s = db_->Exec(kSchema);
  if (s.ok()) s = db_->Exec(util::Cat("PRAGMA user_version = ", kSchemaVersion));
  if (s.ok()) return db_->Exec("COMMIT");
  (void)db_->Exec("ROLLBACK");
  return s;
}

absl::Status SqliteStore::Begin() {
  if (read_only_) return absl::FailedPreconditionError("the store is open read-only");
  if (in_transaction_) return absl::FailedPreconditionError("a transaction is open already");
  DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  in_transaction_ = true;
  return absl::OkStatus();
}

absl::Status SqliteStore::Commit() {
  if (!in_transaction_) return absl::FailedPreconditionError("no transaction is open");
  in_transaction_ = false;
  absl::Status s = db_->Exec("COMMIT");
  if (!s.ok()) (void)db_->Exec("ROLLBACK");
  return s;
}

absl::Status SqliteStore::Rollback() {
  if (!in_transaction_) return absl::FailedPreconditionError("no transaction is open");
  in_transaction_ = false;
  return db_->Exec("ROLLBACK");
}

absl::Status SqliteStore::Write(std::vector<StoredArticle>& batch, WriteStats* stats, bool force) {
  if (read_only_) return absl::FailedPreconditionError("the store is open read-only");
  const bool own = !in_transaction_;
  if (own) DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  WriteStats local;
  for (StoredArticle& article : batch) {
    absl::Status s = WriteArticle(article, &local, force);
    if (!s.ok()) {
      (void)db_->Exec("ROLLBACK");
      in_transaction_ = false;
      cameo_written_.clear();
      return s;
    }
  }
  if (own) {
    absl::Status s = db_->Exec("COMMIT");
    if (!s.ok()) {
      (void)db_->Exec("ROLLBACK");
      cameo_written_.clear();
      return s;
    }
  }
  if (stats != nullptr) {
    stats->added += local.added;
    stats->replaced += local.replaced;
    stats->unchanged += local.unchanged;
    stats->events += local.events;
    stats->mentions += local.mentions;
  }
  return absl::OkStatus();
}

absl::Status SqliteStore::WriteArticle(StoredArticle& article, WriteStats* stats, bool force) {
  if (article.id.empty()) return absl::InvalidArgumentError("an article without an id");
  auto find = db_->Prepare("SELECT key, fingerprint FROM articles WHERE id = ?1");
  if (!find.ok()) return find.status();
  Statement& f = **find;
  ResetOnExit reset_find(&f);
  f.Bind(1, article.id);
  std::optional<int64_t> key;
  uint64_t fingerprint = 0;
  if (f.Step()) {
    key = f.Int(0);
    fingerprint = static_cast<uint64_t>(f.Int(1));
  }
  DYAD_RETURN_IF_ERROR(f.status());
  f.Reset();
  article.unchanged = false;
  if (key) {
    if (fingerprint == article.fingerprint && !force) {
      article.unchanged = true;
      ++stats->unchanged;
      return absl::OkStatus();
    }
    DYAD_RETURN_IF_ERROR(DeleteByKey(*key));
    ++stats->replaced;
  } else {
    ++stats->added;
  }
  DYAD_RETURN_IF_ERROR(InsertArticle(article));
  stats->events += article.events.size();
  stats->mentions += article.mentions.size();
  return absl::OkStatus();
}

absl::Status SqliteStore::InsertArticle(const StoredArticle& a) {
  {
    auto st = db_->Prepare(
        "INSERT INTO articles(id, title, date, url, source, text, fingerprint) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, a.id);
    s.Bind(2, a.title);
    if (a.date) s.Bind(3, DateKey(*a.date));
    s.BindTextOrNull(4, a.url);
    s.BindTextOrNull(5, a.source);
    s.Bind(6, a.text);
    s.Bind(7, static_cast<int64_t>(a.fingerprint));
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  const int64_t key = sqlite3_last_insert_rowid(db_->handle());

  if (!a.mentions.empty()) {
    auto st = db_->Prepare(
        "INSERT INTO mentions(article, sentence, span_begin, span_end, code, country, role, kind, "
        "entry, dict) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    for (const StoredMention& m : a.mentions) {
      s.Reset();
      s.Bind(1, key);
      s.Bind(2, m.sentence);
      s.Bind(3, m.begin);
      s.Bind(4, m.end);
      s.Bind(5, m.code);
      s.BindTextOrNull(6, m.country);
      s.BindTextOrNull(7, m.role);
      s.Bind(8, m.kind);
      s.BindTextOrNull(9, m.entry);
      s.BindTextOrNull(10, m.dict);
      DYAD_RETURN_IF_ERROR(s.Run());
    }
  }
  if (a.events.empty()) return absl::OkStatus();

  // The codebook rows of the codes used.
  for (const StoredEvent& e : a.events) {
    if (cameo_written_.contains(e.cameo)) continue;
    auto st = db_->Prepare(
        "INSERT INTO cameo_codes(code, label, goldstein, quad_class, plover) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
        "goldstein = excluded.goldstein, quad_class = excluded.quad_class, plover = excluded.plover");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, e.cameo);
    s.Bind(2, e.label);
    s.Bind(3, e.goldstein);
    s.Bind(4, e.quad_class);
    s.BindTextOrNull(5, e.plover);
    DYAD_RETURN_IF_ERROR(s.Run());
    cameo_written_.insert(e.cameo);
  }

  // Grouping: the counted, dated events of the article by (source, target,
  // date, code). A group new to the store adds one event to the daily
  // counts; every report adds one report.
  struct Pending {
    const StoredEvent* first;
    int64_t reports = 0;
  };
  std::vector<Pending> pending;
  util::StringMap<size_t> by_key;
  for (const StoredEvent& e : a.events) {
    if (!e.Counted() || !e.date) continue;
    std::string k = util::Cat(e.source.code, "|", e.target.code, "|", DateKey(*e.date), "|", e.cameo);
    auto [it, fresh] = by_key.try_emplace(std::move(k), pending.size());
    if (fresh) pending.push_back(Pending{&e});
    ++pending[it->second].reports;
  }
  for (const Pending& p : pending) {
    const StoredEvent& e = *p.first;
    auto before = GroupReports(e.source.code, e.target.code, DateKey(*e.date), e.cameo);
    if (!before.ok()) return before.status();
    DYAD_RETURN_IF_ERROR(AddToDay(e.source.code, e.target.code, DateKey(*e.date), e.quad_class,
                                  *before == 0 ? 1 : 0, p.reports, Tenths(e.goldstein)));
  }

  auto st = db_->Prepare(
      "INSERT INTO events(article, sentence, ordinal, sentence_begin, sentence_end, date, "
      "date_precision, historical, negated, modality, counted, source, source_country, source_role, "
      "source_begin, source_end, target, target_country, target_role, target_begin, target_end, "
      "cameo, quad_class, goldstein, verb_begin, verb_end, pattern, place_name, place_country, "
      "place_lat, place_lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
      "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  for (const StoredEvent& e : a.events) {
    s.Reset();
    s.Bind(1, key);
    s.Bind(2, e.sentence);
    s.Bind(3, e.ordinal);
    s.Bind(4, e.sentence_begin);
    s.Bind(5, e.sentence_end);
    if (e.date) s.Bind(6, DateKey(*e.date));
    s.Bind(7, static_cast<int>(e.date_precision));
    s.Bind(8, int{e.historical});
    s.Bind(9, int{e.negated});
    s.Bind(10, static_cast<int>(e.modality));
    s.Bind(11, int{e.Counted()});
    s.Bind(12, e.source.code);
    s.BindTextOrNull(13, e.source.country);
    s.BindTextOrNull(14, e.source.role);
    s.Bind(15, e.source.begin);
    s.Bind(16, e.source.end);
    s.Bind(17, e.target.code);
    s.BindTextOrNull(18, e.target.country);
    s.BindTextOrNull(19, e.target.role);
    s.Bind(20, e.target.begin);
    s.Bind(21, e.target.end);
    s.Bind(22, e.cameo);
    s.Bind(23, e.quad_class);
    s.Bind(24, e.goldstein);
    s.Bind(25, e.verb_begin);
    s.Bind(26, e.verb_end);
    s.BindTextOrNull(27, e.pattern);
    if (e.place) {
      s.BindTextOrNull(28, e.place->name);
      s.BindTextOrNull(29, e.place->country);
      if (e.place->lat) s.Bind(30, *e.place->lat);
      if (e.place->lon) s.Bind(31, *e.place->lon);
    }
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  return absl::OkStatus();
}

absl::StatusOr<int64_t> SqliteStore::GroupReports(std::string_view source, std::string_view target,
                                                  int64_t date, std::string_view cameo) {
  auto st = db_->Prepare(
      "SELECT COUNT(*) FROM events WHERE source = ?1 AND target = ?2 AND date = ?3 AND cameo = ?4 "
      "AND counted = 1");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  s.Bind(1, source);
  s.Bind(2, target);
  s.Bind(3, date);
  s.Bind(4, cameo);
  int64_t n = 0;
  if (s.Step()) n = s.Int(0);
  DYAD_RETURN_IF_ERROR(s.status());
  return n;
}

absl::Status SqliteStore::AddToDay(std::string_view source, std::string_view target, int64_t date, int quad,
                                   int64_t events, int64_t reports, int64_t tenths) {
  int64_t left = -1;
  {
    auto st = db_->Prepare(
        "INSERT INTO dyad_days(source, target, date, quad_class, events, reports, goldstein_events, "
        "goldstein_reports) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(source, target, date, quad_class) DO UPDATE SET "
        "events = events + excluded.events, reports = reports + excluded.reports, "
        "goldstein_events = goldstein_events + excluded.goldstein_events, "
        "goldstein_reports = goldstein_reports + excluded.goldstein_reports RETURNING reports");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, source);
    s.Bind(2, target);
    s.Bind(3, date);
    s.Bind(4, quad);
    s.Bind(5, events);
    s.Bind(6, reports);
    s.Bind(7, events * tenths);
    s.Bind(8, reports * tenths);
    if (s.Step()) left = s.Int(0);
    DYAD_RETURN_IF_ERROR(s.status());
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  if (left < 0) return absl::DataLossError("the daily counts went below zero");
  if (left > 0) return absl::OkStatus();
  auto st = db_->Prepare(
      "DELETE FROM dyad_days WHERE source = ?1 AND target = ?2 AND date = ?3 AND quad_class = ?4");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  s.Bind(1, source);
  s.Bind(2, target);
  s.Bind(3, date);
  s.Bind(4, quad);
  return s.Run();
}

absl::Status SqliteStore::DeleteByKey(int64_t key) {
  // Take the article's reports out of the daily counts; a group left with
  // no report takes one event away.
  struct Group {
    std::string source, target, cameo;
    int64_t date, quad, tenths, reports;
  };
  std::vector<Group> groups;
  {
    auto st = db_->Prepare(
        "SELECT source, target, date, cameo, quad_class, goldstein, COUNT(*) FROM events "
        "WHERE article = ?1 AND counted = 1 AND date IS NOT NULL GROUP BY source, target, date, cameo");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, key);
    while (s.Step()) {
      groups.push_back(Group{std::string(s.Text(0)), std::string(s.Text(1)), std::string(s.Text(3)), s.Int(2),
                             s.Int(4), Tenths(s.Real(5)), s.Int(6)});
    }
    DYAD_RETURN_IF_ERROR(s.status());
  }
  for (const Group& g : groups) {
    auto total = GroupReports(g.source, g.target, g.date, g.cameo);
    if (!total.ok()) return total.status();
    DYAD_RETURN_IF_ERROR(AddToDay(g.source, g.target, g.date, static_cast<int>(g.quad),
                                  *total == g.reports ? -1 : 0, -g.reports, g.tenths));
  }
  for (std::string_view sql : {"DELETE FROM events WHERE article = ?1", "DELETE FROM mentions WHERE article = ?1",
                               "DELETE FROM articles WHERE key = ?1"}) {
    auto st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    ResetOnExit reset(*st);
    (*st)->Bind(1, key);
    DYAD_RETURN_IF_ERROR((*st)->Run());
  }
  return absl::OkStatus();
}

absl::Status SqliteStore::DeleteArticle(std::string_view id) {
  if (read_only_) return absl::FailedPreconditionError("the store is open read-only");
  const bool own = !in_transaction_;
  if (own) DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  auto finish = [&](absl::Status s) {
    if (!own) return s;
    if (s.ok()) return db_->Exec("COMMIT");
    (void)db_->Exec("ROLLBACK");
    return s;
  };
  auto st = db_->Prepare("SELECT key FROM articles WHERE id = ?1");
  if (!st.ok()) return finish(st.status());
  Statement& s = **st;
  std::optional<int64_t> key;
  {
    ResetOnExit reset(&s);
    s.Bind(1, id);
    if (s.Step()) key = s.Int(0);
    if (!s.status().ok()) return finish(s.status());
  }
  if (!key) return finish(absl::NotFoundError(util::Cat("no article \"", id, "\" in the store")));
  return finish(DeleteByKey(*key));
}

absl::StatusOr<std::vector<std::pair<std::string, uint64_t>>> SqliteStore::Fingerprints() {
  auto st = db_->Prepare("SELECT id, fingerprint FROM articles");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  std::vector<std::pair<std::string, uint64_t>> out;
  while (s.Step()) out.emplace_back(std::string(s.Text(0)), static_cast<uint64_t>(s.Int(1)));
  if (!s.status().ok()) return s.status();
  return out;
}

absl::StatusOr<StoreSummary> SqliteStore::Summary() {
  StoreSummary out;
  struct Item {
    std::string_view sql;
    uint64_t* field;
  };
  const Item items[] = {
      {"SELECT COUNT(*) FROM articles", &out.articles},
      {"SELECT COUNT(*) FROM events", &out.events},
      {"SELECT COALESCE(SUM(reports), 0) FROM dyad_days", &out.counted},
      {"SELECT COALESCE(SUM(events), 0) FROM dyad_days", &out.groups},
      {"SELECT COUNT(*) FROM mentions", &out.mentions},
      {"SELECT COUNT(*) FROM (SELECT DISTINCT source FROM dyad_days UNION SELECT DISTINCT target FROM dyad_days)",
       &out.actors},
  };
  for (const Item& item : items) {
    auto v = db_->QueryInt(item.sql);
    if (!v.ok()) return v.status();
    *item.field = static_cast<uint64_t>(v->value_or(0));
  }
  auto first = db_->QueryInt("SELECT MIN(date) FROM dyad_days");
  if (!first.ok()) return first.status();
  if (*first) out.first = DateFromKey(**first);
  auto last = db_->QueryInt("SELECT MAX(date) FROM dyad_days");
  if (!last.ok()) return last.status();
  if (*last) out.last = DateFromKey(**last);
  struct stat info;
  if (::stat(db_->path().c_str(), &info) == 0) out.bytes = static_cast<uint64_t>(info.st_size);
  return out;
}

absl::Status SqliteStore::Check() {
  auto st = db_->Prepare("PRAGMA integrity_check");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  std::string findings;
  while (s.Step()) {
    if (s.Text(0) == "ok") continue;
    if (!findings.empty()) findings += "; ";
    findings += s.Text(0);
  }
  DYAD_RETURN_IF_ERROR(s.status());
  if (!findings.empty()) return absl::DataLossError(util::Cat(db_->path(), ": ", findings));
  return absl::OkStatus();
}

absl::Status SqliteStore::Optimize() {
  if (read_only_) return absl::OkStatus();
  // The planner needs the spread of values in each index (how many events
  // a code or a country has) to choose between indexes; a sampled ANALYZE
  // misjudges it badly. A full one reads every index (about 1 s per million
  // events), so it runs only when the events have grown by a quarter since
  // the last one.
  auto analyzed = db_->QueryInt(
      "SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl = 'events' AND idx = 'events_date'");
  int64_t then = 0;
  if (analyzed.ok() && analyzed->has_value()) then = **analyzed;  // no sqlite_stat1 yet: 0
  auto now = db_->QueryInt("SELECT COALESCE(MAX(id), 0) FROM events");
  if (!now.ok()) return now.status();
  if (now->value_or(0) > then + then / 4) {
    DYAD_RETURN_IF_ERROR(db_->Exec("PRAGMA analysis_limit = 0; ANALYZE;"));
  }
  return db_->Exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace store
}  // namespace dyad
