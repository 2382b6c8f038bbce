// The store's questions: events by filter, dyad time series, top actors and
// dyads, full-text search and whole articles (docs/store.md, "Queries").
//
// SQL text here is assembled only from fixed pieces; every value that comes
// from a caller is checked and then bound as a parameter.
#include <algorithm>
#include <climits>

#include "absl/container/flat_hash_map.h"
#include "store/sqlite.h"
#include "store/store_impl.h"

namespace dyad::store {
namespace {

constexpr int64_t kNoDateFrom = 0;
constexpr int64_t kNoDateTo = 99999999;

absl::Status Bad(std::string_view what) { return absl::InvalidArgumentError(std::string(what)); }

// An actor code: letters and digits, upper-cased; with `allow_prefix`, it
// may end in '*'.
absl::StatusOr<std::string> CheckCode(std::string_view code, std::string_view what, bool allow_prefix) {
  std::string out;
  const bool prefix = allow_prefix && !code.empty() && code.back() == '*';
  std::string_view body = prefix ? code.substr(0, code.size() - 1) : code;
  bool ok = !body.empty() && body.size() <= 40;
  for (char c : body) {
    const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))) ok = false;
    out.push_back(u);
  }
  if (!ok) {
    return Bad(util::Cat("bad ", what, " \"", code.substr(0, 60), "\": want letters and digits, like CHNGOV",
                         allow_prefix ? " (or a prefix ending in *, like USA*)" : ""));
  }
  if (prefix) out.push_back('*');
  return out;
}

absl::StatusOr<std::string> CheckLetters(std::string_view value, std::string_view what, size_t min_size,
                                         size_t max_size, std::string_view example) {
  std::string out;
  bool ok = value.size() >= min_size && value.size() <= max_size;
  for (char c : value) {
    const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (u < 'A' || u > 'Z') ok = false;
    out.push_back(u);
  }
  if (!ok) return Bad(util::Cat("bad ", what, " \"", value.substr(0, 60), "\": want ", example));
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

absl::Status CheckDates(const std::optional<Date>& from, const std::optional<Date>& to) {
  if (from && to && *to < *from) {
    return Bad(util::Cat("the date range is empty: from ", from->ToString(), " is after to ", to->ToString()));
  }
  return absl::OkStatus();
}

absl::Status CheckQuad(int quad) {
  if (quad < 0 || quad > 4) return Bad(util::Cat("bad quad class ", quad, ": want 1 to 4"));
  return absl::OkStatus();
}

// One condition on `events e`: SQL with '?' and the values for them.
struct Condition {
  std::string sql;
  std::vector<SqlValue> values;
};

// The WHERE clause of an event filter: conditions that all hold, and sets
// of alternatives (OR). One set may be chosen to split the query into
// branches, one per alternative, each of which can read an index in date
// order and stop early; the branches are merged (see BranchSql).
struct Where {
  std::vector<Condition> all;
  std::vector<std::vector<Condition>> any;
  int split = -1;  // index in `any` of the set that makes the branches

  // The conditions of branch `b` (AND), appended to *sql and *values.
  void Branch(size_t b, std::string* sql, std::vector<SqlValue>* values) const {
    std::vector<const Condition*> parts;
    for (const Condition& c : all) parts.push_back(&c);
    std::vector<Condition> ors;
    for (size_t k = 0; k < any.size(); ++k) {
      if (static_cast<int>(k) == split) {
        parts.push_back(&any[k][b]);
        continue;
      }
      Condition c;
      for (const Condition& alt : any[k]) {
        if (!c.sql.empty()) c.sql += " OR ";
        util::Append(&c.sql, "(", alt.sql, ")");
        c.values.insert(c.values.end(), alt.values.begin(), alt.values.end());
      }
      if (c.sql.empty()) c.sql = "0";  // no alternative can hold
      ors.push_back(std::move(c));
    }
    for (const Condition& c : ors) parts.push_back(&c);
    if (parts.empty()) {
      sql->append("1");
      return;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) sql->append(" AND ");
      util::Append(sql, "(", parts[i]->sql, ")");
      values->insert(values->end(), parts[i]->values.begin(), parts[i]->values.end());
    }
  }
  size_t branches() const { return split < 0 ? 1 : any[static_cast<size_t>(split)].size(); }
};

// The test of column `column` against a code (exact, or a prefix when it
// ends in '*'); "1" for "*" alone.
Condition CodeTest(std::string_view column, const std::string& code) {
  Condition c;
  if (code.back() == '*') {
    std::string low = code.substr(0, code.size() - 1);
    if (low.empty()) return Condition{"1", {}};
    std::string high = low;
    ++high.back();  // letters and digits only: no overflow past 'Z'
    c.sql = util::Cat(column, " >= ? AND ", column, " < ?");
    c.values = {low, high};
  } else {
    c.sql = util::Cat(column, " = ?");
    c.values = {code};
  }
  return c;
}

// The tests of one side ("source" or "target") for an actor given by code,
// country and role (each may be empty); "1" when none is given.
Condition SideTest(std::string_view side, const std::string& code, const std::string& country,
                   const std::string& role) {
  Condition out;
  auto add = [&](Condition c) {
    if (!out.sql.empty()) out.sql += " AND ";
    out.sql += c.sql;
    out.values.insert(out.values.end(), c.values.begin(), c.values.end());
  };
  if (!code.empty()) add(CodeTest(util::Cat("e.", side), code));
  if (!country.empty()) add(Condition{util::Cat("e.", side, "_country = ?"), {country}});
  if (!role.empty()) add(Condition{util::Cat("e.", side, "_role = ?"), {role}});
  if (out.sql.empty()) out.sql = "1";
  return out;
}

Condition And(Condition a, const Condition& b) {
  a.sql = util::Cat("(", a.sql, ") AND (", b.sql, ")");
  a.values.insert(a.values.end(), b.values.begin(), b.values.end());
  return a;
}

// Builds the WHERE clause of an event filter over `events e`. `db` finds
// the codes of a root.
absl::StatusOr<Where> BuildWhere(const EventFilter& f, Database& db) {
  Where w;
  std::string actor, country, role, source, target;
  if (!f.actor.empty()) {
    auto c = CheckCode(f.actor, "actor code", true);
    if (!c.ok()) return c.status();
    actor = *c;
  }
  if (!f.country.empty()) {
    auto c = CheckLetters(f.country, "country", 3, 3, "an ISO 3166 alpha-3 code, like CHN");
    if (!c.ok()) return c.status();
    country = *c;
  }
  if (!f.role.empty()) {
    auto c = CheckLetters(f.role, "role", 2, 8, "a role code, like GOV or MIL");
    if (!c.ok()) return c.status();
    role = *c;
  }
  if (!f.source.empty()) {
    auto c = CheckCode(f.source, "source code", true);
    if (!c.ok()) return c.status();
    source = *c;
  }
  if (!f.target.empty()) {
    auto c = CheckCode(f.target, "target code", true);
    if (!c.ok()) return c.status();
    target = *c;
  }
  DYAD_RETURN_IF_ERROR(CheckQuad(f.quad_class));
  DYAD_RETURN_IF_ERROR(CheckDates(f.from, f.to));

  int dyad_set = -1, actor_set = -1, code_set = -1;
  if (!source.empty() || !target.empty()) {
    Condition forward = And(SideTest("source", source, "", ""), SideTest("target", target, "", ""));
    if (f.both_directions && source != target) {
      Condition reverse = And(SideTest("source", target, "", ""), SideTest("target", source, "", ""));
      dyad_set = static_cast<int>(w.any.size());
      w.any.push_back({forward, reverse});
    } else {
      w.all.push_back(forward);
    }
  }
  if (!actor.empty() || !country.empty() || !role.empty()) {
    if (f.side == Side::kEither) {
      Condition as_source = SideTest("source", actor, country, role);
      Condition as_target = SideTest("target", actor, country, role);
      actor_set = static_cast<int>(w.any.size());
      w.any.push_back({as_source, as_target});
    } else {
      w.all.push_back(SideTest(f.side == Side::kSource ? "source" : "target", actor, country, role));
    }
  }
  if (!f.cameo.empty() || !f.root.empty()) {
    std::vector<std::string> codes;
    for (const std::string& code : f.cameo) {
      if (!AllDigits(code) || code.size() < 3 || code.size() > 4) {
        return Bad(util::Cat("bad CAMEO code \"", std::string_view(code).substr(0, 40),
                             "\": want 3 or 4 digits, like 042",
                             AllDigits(code) && code.size() == 2 ? " (for a root use the root filter, --root 04)"
                                                                 : ""));
      }
      codes.push_back(code);
    }
    for (const std::string& root : f.root) {
      const int n = AllDigits(root) && root.size() == 2 ? (root[0] - '0') * 10 + (root[1] - '0') : 0;
      if (n < 1 || n > 20) {
        return Bad(util::Cat("bad CAMEO root \"", std::string_view(root).substr(0, 40),
                             "\": want two digits from 01 to 20"));
      }
      // The codes of the root that the store has seen, each read from the
      // (cameo, date) index in date order.
      auto st = db.Prepare("SELECT code FROM cameo_codes WHERE code >= ?1 AND code < ?2");
      if (!st.ok()) return st.status();
      Statement& s = **st;
      ResetOnExit reset(&s);
      s.Bind(1, root);
      s.Bind(2, util::Cat(n + 1 < 10 ? "0" : "", n + 1));
      while (s.Step()) codes.emplace_back(s.Text(0));
      DYAD_RETURN_IF_ERROR(s.status());
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    std::vector<Condition> alternatives;
    for (const std::string& code : codes) alternatives.push_back(Condition{"e.cameo = ?", {code}});
    code_set = static_cast<int>(w.any.size());
    w.any.push_back(std::move(alternatives));
  }
  if (f.quad_class != 0) w.all.push_back(Condition{"e.quad_class = ?", {int64_t{f.quad_class}}});
  if (f.from) w.all.push_back(Condition{"e.date >= ?", {DateKey(*f.from)}});
  if (f.to) w.all.push_back(Condition{"e.date <= ?", {DateKey(*f.to)}});
  if (!f.place.empty()) {
    if (f.place.size() > 200) return Bad("bad place: longer than 200 bytes");
    w.all.push_back(Condition{"e.place_name = ? COLLATE NOCASE", {f.place}});
  }
  if (!f.place_country.empty()) {
    auto c = CheckLetters(f.place_country, "place country", 3, 3, "an ISO 3166 alpha-3 code, like CHN");
    if (!c.ok()) return c.status();
    w.all.push_back(Condition{"e.place_country = ?", {*c}});
  }
  if (!f.text.empty()) {
    std::string match = FtsQuery(f.text);
    if (match.empty()) {
      return Bad(util::Cat("no word to search for in \"", std::string_view(f.text).substr(0, 60), "\""));
    }
    w.all.push_back(Condition{"e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", {match}});
  }
  if (!f.article.empty()) {
    w.all.push_back(Condition{"e.article = (SELECT key FROM articles WHERE id = ?)", {f.article}});
  }
  if (!f.include_flagged && !f.include_historical) {
    w.all.push_back(Condition{"e.counted = 1", {}});
  } else if (!f.include_flagged) {
    w.all.push_back(Condition{"e.negated = 0 AND e.modality = 0", {}});
  } else if (!f.include_historical) {
    w.all.push_back(Condition{"e.historical = 0", {}});
  }
  // Split on the set most likely to be selective: a dyad, then an actor,
  // then CAMEO codes (when not too many).
  if (dyad_set >= 0) {
    w.split = dyad_set;
  } else if (actor_set >= 0) {
    w.split = actor_set;
  } else if (code_set >= 0 && w.any[static_cast<size_t>(code_set)].size() > 1 &&
             w.any[static_cast<size_t>(code_set)].size() <= 32) {
    w.split = code_set;
  }
  return w;
}

// ORDER BY terms; `p` prefixes the columns ("e." or "").
std::string OrderBy(EventSort sort, std::string_view p) {
  switch (sort) {
    case EventSort::kDateAsc: return util::Cat(p, "date, ", p, "id");
    case EventSort::kGoldsteinAsc: return util::Cat(p, "goldstein, ", p, "date DESC, ", p, "id DESC");
    case EventSort::kGoldsteinDesc: return util::Cat(p, "goldstein DESC, ", p, "date DESC, ", p, "id DESC");
    case EventSort::kDateDesc: break;
  }
  return util::Cat(p, "date DESC, ", p, "id DESC");
}

// The rows of a filter as `SELECT <columns> FROM events e WHERE ...`, one
// SELECT per branch, merged with UNION (which also drops a row found by
// two branches). `per_branch` adds ORDER BY and LIMIT ? to each branch
// (the value pushed after its own); 0 for none.
std::string BranchSql(const Where& w, std::string_view columns, EventSort sort, int64_t per_branch,
                      std::vector<SqlValue>* values) {
  std::string sql;
  const size_t n = w.branches();
  for (size_t b = 0; b < n; ++b) {
    std::string one = util::Cat("SELECT ", columns, " FROM events e WHERE ");
    w.Branch(b, &one, values);
    if (per_branch > 0 && n > 1) {
      util::Append(&one, " ORDER BY ", OrderBy(sort, "e."), " LIMIT ?");
      values->push_back(per_branch);
    }
    if (n == 1) return one;
    if (b > 0) sql += " UNION ";
    util::Append(&sql, "SELECT * FROM (", one, ")");
  }
  return sql;
}

// The columns ReadEvents reads, over `events e JOIN articles a LEFT JOIN
// cameo_codes c`.
constexpr std::string_view kEventColumns =
    "e.id, a.id, e.sentence, e.ordinal, e.date, e.date_precision, e.historical, e.negated, "
    "e.modality, e.source, e.source_country, e.source_role, e.source_begin, e.source_end, "
    "e.target, e.target_country, e.target_role, e.target_begin, e.target_end, e.cameo, c.label, "
    "e.goldstein, e.quad_class, c.plover, e.verb_begin, e.verb_end, e.sentence_begin, "
    "e.sentence_end, e.pattern, e.place_name, e.place_country, e.place_lat, e.place_lon, "
    "substr(CAST(a.text AS BLOB), e.sentence_begin + 1, e.sentence_end - e.sentence_begin), "
    "substr(CAST(a.text AS BLOB), e.source_begin + 1, e.source_end - e.source_begin), "
    "substr(CAST(a.text AS BLOB), e.target_begin + 1, e.target_end - e.target_begin), "
    "substr(CAST(a.text AS BLOB), e.verb_begin + 1, e.verb_end - e.verb_begin)";

constexpr std::string_view kEventJoins =
    " JOIN articles a ON a.key = e.article LEFT JOIN cameo_codes c ON c.code = e.cameo";

std::optional<Date> OptionalDate(const Statement& s, int column) {
  if (s.IsNull(column)) return std::nullopt;
  return DateFromKey(s.Int(column));
}

template <typename E>
E EnumAt(const Statement& s, int column, E last) {
  const int64_t v = s.Int(column);
  return v < 0 || v > static_cast<int64_t>(last) ? E{} : static_cast<E>(v);
}

// Bucket start (a day number) of a day number.
int64_t BucketStart(int64_t day, Bucket bucket) {
  switch (bucket) {
    case Bucket::kDay: return day;
    case Bucket::kWeek: {
      const int64_t weekday = ((day + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday is 0
      return day - weekday;
    }
    case Bucket::kMonth: {
      Date d = DateFromDayNumber(day);
      d.day = 1;
      return DayNumber(d);
    }
  }
  return day;
}

int64_t NextBucket(int64_t start, Bucket bucket) {
  switch (bucket) {
    case Bucket::kDay: return start + 1;
    case Bucket::kWeek: return start + 7;
    case Bucket::kMonth: {
      Date d = DateFromDayNumber(start);
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
      return DayNumber(d);
    }
  }
  return start + 1;
}

uint64_t BucketCount(int64_t first, int64_t last, Bucket bucket) {
  if (last < first) return 0;
  switch (bucket) {
    case Bucket::kDay: return static_cast<uint64_t>(last - first) + 1;
    case Bucket::kWeek: return static_cast<uint64_t>(last - first) / 7 + 1;
    case Bucket::kMonth: {
      const Date a = DateFromDayNumber(first), b = DateFromDayNumber(last);
      return static_cast<uint64_t>((b.year - a.year) * 12 + (b.month - a.month)) + 1;
    }
  }
  return 0;
}

void Finish(SeriesCounts* c) {
  c->goldstein_mean = c->total == 0 ? 0 : c->goldstein_total / static_cast<double>(c->total);
}

std::string_view CountColumn(CountMode mode) { return mode == CountMode::kEvents ? "events" : "reports"; }
std::string_view GoldsteinColumn(CountMode mode) {
  return mode == CountMode::kEvents ? "goldstein_events" : "goldstein_reports";
}

// The period and quad class tests of a dyad_days query.
absl::StatusOr<Condition> BuildTopWhere(const TopQuery& q) {
  DYAD_RETURN_IF_ERROR(CheckDates(q.from, q.to));
  DYAD_RETURN_IF_ERROR(CheckQuad(q.quad_class));
  if (q.limit < 1 || q.limit > 100000) return Bad(util::Cat("bad limit ", q.limit, ": want 1 to 100000"));
  Condition c{"1", {}};
  if (q.from) {
    c.sql += " AND date >= ?";
    c.values.push_back(DateKey(*q.from));
  }
  if (q.to) {
    c.sql += " AND date <= ?";
    c.values.push_back(DateKey(*q.to));
  }
  if (q.quad_class != 0) {
    c.sql += " AND quad_class = ?";
    c.values.push_back(int64_t{q.quad_class});
  }
  return c;
}

}  // namespace

absl::Status SqliteStore::ReadEvents(Statement& s, std::vector<StoredEvent>* out) {
  while (s.Step()) {
    StoredEvent e;
    e.row = s.Int(0);
    e.article = s.Text(1);
    e.sentence = static_cast<uint32_t>(s.Int(2));
    e.ordinal = static_cast<uint32_t>(s.Int(3));
    e.date = OptionalDate(s, 4);
    e.date_precision = EnumAt(s, 5, DatePrecision::kArticle);
    e.historical = s.Int(6) != 0;
    e.negated = s.Int(7) != 0;
    e.modality = EnumAt(s, 8, Modality::kHypothetical);
    int column = 9;
    for (StoredActor* a : {&e.source, &e.target}) {
      a->code = s.Text(column);
      a->country = s.Text(column + 1);
      a->role = s.Text(column + 2);
      a->begin = static_cast<uint32_t>(s.Int(column + 3));
      a->end = static_cast<uint32_t>(s.Int(column + 4));
      column += 5;
    }
    e.cameo = s.Text(19);
    e.label = s.Text(20);
    e.goldstein = s.Real(21);
    e.quad_class = static_cast<int>(s.Int(22));
    e.plover = s.Text(23);
    e.verb_begin = static_cast<uint32_t>(s.Int(24));
    e.verb_end = static_cast<uint32_t>(s.Int(25));
    e.sentence_begin = static_cast<uint32_t>(s.Int(26));
    e.sentence_end = static_cast<uint32_t>(s.Int(27));
    e.pattern = s.Text(28);
    if (!s.IsNull(29) || !s.IsNull(30) || !s.IsNull(31) || !s.IsNull(32)) {
      StoredPlace p;
      p.name = s.Text(29);
      p.country = s.Text(30);
      if (!s.IsNull(31)) p.lat = s.Real(31);
      if (!s.IsNull(32)) p.lon = s.Real(32);
      e.place = std::move(p);
    }
    e.sentence_text = s.Blob(33);
    e.source.text = s.Blob(34);
    e.target.text = s.Blob(35);
    e.verb_text = s.Blob(36);
    out->push_back(std::move(e));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return FillGroups(out);
}

absl::Status SqliteStore::FillGroups(std::vector<StoredEvent>* events) {
  auto st = db_->Prepare(
      "SELECT MIN(id), COUNT(*), COUNT(DISTINCT article) FROM events WHERE source = ?1 AND target = ?2 "
      "AND date = ?3 AND cameo = ?4 AND counted = 1");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  for (StoredEvent& e : *events) {
    if (!e.Counted() || !e.date) continue;
    s.Reset();
    s.Bind(1, e.source.code);
    s.Bind(2, e.target.code);
    s.Bind(3, DateKey(*e.date));
    s.Bind(4, e.cameo);
    if (s.Step()) {
      e.group.id = s.Int(0);
      e.group.reports = static_cast<uint32_t>(s.Int(1));
      e.group.articles = static_cast<uint32_t>(s.Int(2));
    }
    DYAD_RETURN_IF_ERROR(s.status());
  }
  return absl::OkStatus();
}

absl::StatusOr<EventPage> SqliteStore::QueryEvents(const EventFilter& filter, const PageRequest& page) {
  auto where = BuildWhere(filter, *db_);
  if (!where.ok()) return where.status();
  if (page.offset > static_cast<uint64_t>(INT64_MAX / 2)) return Bad("bad offset: too large");
  const int64_t limit = page.limit == 0 ? -1 : int64_t{page.limit};
  const int64_t offset = static_cast<int64_t>(page.offset);
  std::vector<SqlValue> values;
  std::string inner;
  if (page.mode == CountMode::kEvents) {
    // One row per group: its first report among those that match.
    const std::string rows =
        BranchSql(*where, "e.id AS id, e.date AS date, e.goldstein AS goldstein, e.source AS source, "
                          "e.target AS target, e.cameo AS cameo, e.counted AS counted",
                  page.sort, 0, &values);
    inner = util::Cat("SELECT MIN(id) AS id, date, goldstein FROM (", rows,
                      ") WHERE counted = 1 AND date IS NOT NULL GROUP BY source, target, date, cameo ORDER BY ",
                      OrderBy(page.sort, ""), " LIMIT ? OFFSET ?");
  } else if (where->branches() == 1) {
    inner = BranchSql(*where, "e.id AS id", page.sort, 0, &values);
    util::Append(&inner, " ORDER BY ", OrderBy(page.sort, "e."), " LIMIT ? OFFSET ?");
  } else {
    // Each branch stops after the rows the page can need.
    const std::string rows = BranchSql(*where, "e.id AS id, e.date AS date, e.goldstein AS goldstein", page.sort,
                                       limit < 0 ? 0 : limit + offset, &values);
    inner = util::Cat("SELECT id, date, goldstein FROM (", rows, ") ORDER BY ", OrderBy(page.sort, ""),
                      " LIMIT ? OFFSET ?");
  }
  values.push_back(limit);
  values.push_back(offset);
  const std::string sql = util::Cat("SELECT ", kEventColumns, " FROM (", inner,
                                    ") AS hit JOIN events e ON e.id = hit.id", kEventJoins, " ORDER BY ",
                                    OrderBy(page.sort, "e."));
  auto st = db_->PrepareOnce(sql);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.BindAll(values);
  EventPage out;
  DYAD_RETURN_IF_ERROR(ReadEvents(s, &out.events));
  return out;
}

absl::StatusOr<EventCounts> SqliteStore::CountEvents(const EventFilter& filter) {
  auto where = BuildWhere(filter, *db_);
  if (!where.ok()) return where.status();
  std::vector<SqlValue> values;
  const std::string rows = BranchSql(
      *where, "e.id AS id, e.source AS source, e.target AS target, e.date AS date, e.cameo AS cameo, "
              "e.counted = 1 AND e.date IS NOT NULL AS grouped",
      EventSort::kDateDesc, 0, &values);
  // Reports: every row; events: the distinct groups among grouped rows.
  auto st = db_->PrepareOnce(util::Cat(
      "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(grouped), 0) FROM (SELECT COUNT(*) AS n, grouped FROM (", rows,
      ") GROUP BY source, target, date, cameo, grouped)"));
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.BindAll(values);
  EventCounts out;
  if (s.Step()) {
    out.reports = static_cast<uint64_t>(s.Int(0));
    out.events = static_cast<uint64_t>(s.Int(1));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

absl::StatusOr<std::vector<SeriesPoint>> SqliteStore::DyadSeries(const SeriesQuery& q) {
  auto a = CheckCode(q.a, "actor code", false);
  if (!a.ok()) return a.status();
  auto b = CheckCode(q.b, "actor code", false);
  if (!b.ok()) return b.status();
  DYAD_RETURN_IF_ERROR(CheckDates(q.from, q.to));
  if (q.from && q.to &&
      BucketCount(BucketStart(DayNumber(*q.from), q.bucket), DayNumber(*q.to), q.bucket) > SeriesQuery::kMaxBuckets) {
    return Bad(util::Cat("too many ", BucketName(q.bucket), "s from ", q.from->ToString(), " to ",
                         q.to->ToString(), " (at most ", SeriesQuery::kMaxBuckets,
                         "): use a wider bucket or a shorter period"));
  }
  // The rows of both directions, then one point per bucket, in a vector
  // indexed by the bucket's position.
  struct Row {
    int64_t day;  // day number
    int direction;
    int quad;
    uint64_t n;
    int64_t tenths;
  };
  std::vector<Row> rows;
  auto st = db_->Prepare(
      "SELECT date, quad_class, events, reports, goldstein_events, goldstein_reports FROM dyad_days "
      "WHERE source = ?1 AND target = ?2 AND date >= ?3 AND date <= ?4");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  const bool same = *a == *b;
  const bool events = q.mode == CountMode::kEvents;
  int64_t min_day = INT64_MAX, max_day = INT64_MIN;
  for (int direction = 0; direction < (same ? 1 : 2); ++direction) {
    s.Reset();
    s.Bind(1, direction == 0 ? *a : *b);
    s.Bind(2, direction == 0 ? *b : *a);
    s.Bind(3, q.from ? DateKey(*q.from) : kNoDateFrom);
    s.Bind(4, q.to ? DateKey(*q.to) : kNoDateTo);
    while (s.Step()) {
      const int64_t day = DayNumber(DateFromKey(s.Int(0)));
      rows.push_back(Row{day, direction, static_cast<int>(s.Int(1)),
                         static_cast<uint64_t>(events ? s.Int(2) : s.Int(3)), events ? s.Int(4) : s.Int(5)});
      min_day = std::min(min_day, day);
      max_day = std::max(max_day, day);
    }
    DYAD_RETURN_IF_ERROR(s.status());
  }
  if (rows.empty() && !(q.from && q.to)) return std::vector<SeriesPoint>();
  const int64_t first = BucketStart(q.from ? DayNumber(*q.from) : min_day, q.bucket);
  const int64_t last = q.to ? DayNumber(*q.to) : max_day;
  const uint64_t count = BucketCount(first, last, q.bucket);
  if (count > SeriesQuery::kMaxBuckets) {
    return Bad(util::Cat("too many ", BucketName(q.bucket), "s (more than ", SeriesQuery::kMaxBuckets,
                         "): use a wider bucket or a shorter period"));
  }
  std::vector<SeriesPoint> out(count);
  int64_t start = first;
  for (SeriesPoint& p : out) {
    p.start = DateFromDayNumber(start);
    start = NextBucket(start, q.bucket);
  }
  const Date first_date = DateFromDayNumber(first);
  for (const Row& r : rows) {
    size_t at = 0;
    switch (q.bucket) {
      case Bucket::kDay: at = static_cast<size_t>(r.day - first); break;
      case Bucket::kWeek: at = static_cast<size_t>((r.day - first) / 7); break;
      case Bucket::kMonth: {
        const Date d = DateFromDayNumber(r.day);
        at = static_cast<size_t>((d.year - first_date.year) * 12 + (d.month - first_date.month));
        break;
      }
    }
    if (at >= out.size()) continue;  // cannot happen: rows lie in [first, last]
    SeriesCounts& c = r.direction == 0 ? out[at].a_to_b : out[at].b_to_a;
    if (r.quad >= 1 && r.quad <= 4) c.quad[r.quad - 1] += r.n;
    c.total += r.n;
    c.goldstein_total += static_cast<double>(r.tenths) / 10;
  }
  for (SeriesPoint& p : out) {
    for (int k = 0; k < 4; ++k) p.both.quad[k] = p.a_to_b.quad[k] + p.b_to_a.quad[k];
    p.both.total = p.a_to_b.total + p.b_to_a.total;
    p.both.goldstein_total = p.a_to_b.goldstein_total + p.b_to_a.goldstein_total;
    Finish(&p.a_to_b);
    Finish(&p.b_to_a);
    Finish(&p.both);
  }
  return out;
}

// The top lists read the daily dyad counts of the period and add them up
// in a hash map: SQLite's GROUP BY would sort every row first, which costs
// ten times the scan.
absl::StatusOr<std::vector<ActorCount>> SqliteStore::TopActors(const TopQuery& q) {
  auto where = BuildTopWhere(q);
  if (!where.ok()) return where.status();
  auto st = db_->PrepareOnce(util::Cat("SELECT source, target, ", CountColumn(q.mode), ", ", GoldsteinColumn(q.mode),
                                       " FROM dyad_days WHERE ", where->sql));
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.BindAll(where->values);
  struct Sum {
    uint64_t n = 0;
    int64_t tenths = 0;
  };
  util::StringMap<Sum> sums;
  auto add = [&](std::string_view code, uint64_t n, int64_t tenths) {
    auto it = sums.find(code);
    if (it == sums.end()) it = sums.emplace(std::string(code), Sum()).first;
    it->second.n += n;
    it->second.tenths += tenths;
  };
  while (s.Step()) {
    const std::string_view source = s.Text(0), target = s.Text(1);
    const uint64_t n = static_cast<uint64_t>(s.Int(2));
    const int64_t tenths = s.Int(3);
    // Each event counts once for its source and once for its target (once
    // in all when the two are the same actor).
    if (q.side != Side::kTarget) add(source, n, tenths);
    if (q.side == Side::kTarget || (q.side == Side::kEither && target != source)) add(target, n, tenths);
  }
  DYAD_RETURN_IF_ERROR(s.status());
  std::vector<ActorCount> out;
  out.reserve(sums.size());
  for (const auto& [code, sum] : sums) {
    if (sum.n == 0) continue;
    ActorCount c;
    c.code = code;
    c.count = sum.n;
    c.goldstein_total = static_cast<double>(sum.tenths) / 10;
    c.goldstein_mean = c.goldstein_total / static_cast<double>(c.count);
    out.push_back(std::move(c));
  }
  auto before = [](const ActorCount& a, const ActorCount& b) {
    return a.count != b.count ? a.count > b.count : a.code < b.code;
  };
  const size_t keep = std::min<size_t>(q.limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), before);
  out.resize(keep);
  return out;
}

absl::StatusOr<std::vector<DyadCount>> SqliteStore::TopDyads(const TopQuery& q) {
  auto where = BuildTopWhere(q);
  if (!where.ok()) return where.status();
  std::string actor;
  if (!q.actor.empty()) {
    auto c = CheckCode(q.actor, "actor code", false);
    if (!c.ok()) return c.status();
    actor = *c;
  }
  std::vector<SqlValue> values = where->values;
  std::string sql = util::Cat("SELECT source, target, ", CountColumn(q.mode), ", ", GoldsteinColumn(q.mode),
                              " FROM dyad_days WHERE ", where->sql);
  if (!actor.empty()) {
    sql += " AND (source = ? OR target = ?)";
    values.push_back(actor);
    values.push_back(actor);
  }
  auto st = db_->PrepareOnce(sql);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.BindAll(values);
  // Actor codes as small numbers; a dyad as the pair of them.
  util::StringMap<uint32_t> ids;
  std::vector<std::string> codes;
  auto id_of = [&](std::string_view code) {
    auto it = ids.find(code);
    if (it != ids.end()) return it->second;
    const uint32_t id = static_cast<uint32_t>(codes.size());
    codes.emplace_back(code);
    ids.emplace(std::string(code), id);
    return id;
  };
  struct Sum {
    uint64_t n = 0;
    uint64_t forward = 0;  // a to b
    int64_t tenths = 0;
  };
  absl::flat_hash_map<uint64_t, Sum> sums;
  while (s.Step()) {
    const std::string_view source = s.Text(0), target = s.Text(1);
    // a is the source (directed), the actor asked about, or the smaller code.
    const bool forward = q.directed || (!actor.empty() ? source == actor : source <= target);
    const uint64_t a = id_of(forward ? source : target), b = id_of(forward ? target : source);
    Sum& sum = sums[a << 32 | b];
    const uint64_t n = static_cast<uint64_t>(s.Int(2));
    sum.n += n;
    if (forward) sum.forward += n;
    sum.tenths += s.Int(3);
  }
  DYAD_RETURN_IF_ERROR(s.status());
  std::vector<DyadCount> out;
  out.reserve(sums.size());
  for (const auto& [key, sum] : sums) {
    if (sum.n == 0) continue;
    DyadCount c;
    c.a = codes[key >> 32];
    c.b = codes[key & 0xffffffffu];
    c.count = sum.n;
    c.a_to_b = sum.forward;
    c.b_to_a = sum.n - sum.forward;
    c.goldstein_total = static_cast<double>(sum.tenths) / 10;
    c.goldstein_mean = c.goldstein_total / static_cast<double>(c.count);
    out.push_back(std::move(c));
  }
  auto before = [](const DyadCount& x, const DyadCount& y) {
    if (x.count != y.count) return x.count > y.count;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  };
  const size_t keep = std::min<size_t>(q.limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), before);
  out.resize(keep);
  return out;
}

absl::StatusOr<std::string> SqliteStore::CountryOfCode(std::string_view code) {
  auto it = code_country_.find(code);
  if (it != code_country_.end()) return it->second;
  // One row of the code's events, found through the source (or target)
  // index: the country comes with the code, so any row tells it.
  std::string country;
  for (std::string_view sql : {"SELECT source_country FROM events WHERE source = ?1 LIMIT 1",
                               "SELECT target_country FROM events WHERE target = ?1 LIMIT 1"}) {
    auto st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, code);
    if (s.Step()) country = s.Text(0);
    DYAD_RETURN_IF_ERROR(s.status());
    if (!country.empty()) break;
  }
  code_country_.emplace(std::string(code), country);
  return country;
}

// Like the top lists, from the daily dyad counts of the period. A short
// period reads them through the date index; a long one (a year or more,
// or all time) reads the whole table in its own order, (source, target,
// ...), and lets SQLite add up each dyad's days as it goes, without a
// sort: far fewer rows come back.
absl::StatusOr<std::vector<CountryCount>> SqliteStore::CountryCounts(const TopQuery& q) {
  auto where = BuildTopWhere(q);
  if (!where.ok()) return where.status();
  const bool long_period = !q.from || !q.to || DayNumber(*q.to) - DayNumber(*q.from) >= 365;
  const std::string sql =
      long_period ? util::Cat("SELECT source, target, SUM(", CountColumn(q.mode), "), SUM(", GoldsteinColumn(q.mode),
                              ") FROM dyad_days NOT INDEXED WHERE ", where->sql, " GROUP BY source, target")
                  : util::Cat("SELECT source, target, ", CountColumn(q.mode), ", ", GoldsteinColumn(q.mode),
                              " FROM dyad_days WHERE ", where->sql);
  auto st = db_->PrepareOnce(sql);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.BindAll(where->values);
  struct Sum {
    uint64_t n = 0;
    int64_t tenths = 0;
  };
  util::StringMap<Sum> sums;
  auto add = [&](std::string_view country, uint64_t n, int64_t tenths) {
    auto it = sums.find(country);
    if (it == sums.end()) it = sums.emplace(std::string(country), Sum()).first;
    it->second.n += n;
    it->second.tenths += tenths;
  };
  // Rows come grouped by source: its country is looked up once a run.
  std::string last_source, source_country;
  bool have_source = false;
  while (s.Step()) {
    const std::string_view source = s.Text(0);
    if (!have_source || source != last_source) {
      auto country = CountryOfCode(source);
      if (!country.ok()) return country.status();
      last_source = source;
      source_country = std::move(*country);
      have_source = true;
    }
    auto target_country = CountryOfCode(s.Text(1));
    if (!target_country.ok()) return target_country.status();
    const uint64_t n = static_cast<uint64_t>(s.Int(2));
    const int64_t tenths = s.Int(3);
    if (!source_country.empty()) add(source_country, n, tenths);
    if (!target_country->empty() && *target_country != source_country) add(*target_country, n, tenths);
  }
  DYAD_RETURN_IF_ERROR(s.status());
  std::vector<CountryCount> out;
  out.reserve(sums.size());
  for (const auto& [country, sum] : sums) {
    if (sum.n == 0) continue;
    CountryCount c;
    c.country = country;
    c.count = sum.n;
    c.goldstein_total = static_cast<double>(sum.tenths) / 10;
    c.goldstein_mean = c.goldstein_total / static_cast<double>(c.count);
    out.push_back(std::move(c));
  }
  auto before = [](const CountryCount& a, const CountryCount& b) {
    return a.count != b.count ? a.count > b.count : a.country < b.country;
  };
  const size_t keep = std::min<size_t>(q.limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), before);
  out.resize(keep);
  return out;
}

// The article's dyads from its own events, then for each dyad and
// direction the articles of its latest counted events (read from the
// events_dyad index alone), then the titles and dates of the candidates.
absl::StatusOr<std::vector<RelatedArticle>> SqliteStore::RelatedArticles(std::string_view id, uint32_t limit) {
  if (limit < 1 || limit > 100000) return Bad(util::Cat("bad limit ", limit, ": want 1 to 100000"));
  int64_t key = 0;
  {
    auto st = db_->Prepare("SELECT key FROM articles WHERE id = ?1");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, id);
    if (!s.Step()) {
      DYAD_RETURN_IF_ERROR(s.status());
      return absl::NotFoundError(util::Cat("no article \"", id.substr(0, 200), "\" in the store"));
    }
    key = s.Int(0);
  }
  std::vector<std::pair<std::string, std::string>> dyads;  // a <= b
  {
    auto st = db_->Prepare("SELECT DISTINCT source, target FROM events WHERE article = ?1 AND counted = 1");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, key);
    while (s.Step()) {
      std::string a(s.Text(0)), b(s.Text(1));
      if (b < a) std::swap(a, b);
      dyads.emplace_back(std::move(a), std::move(b));
    }
    DYAD_RETURN_IF_ERROR(s.status());
  }
  std::sort(dyads.begin(), dyads.end());
  dyads.erase(std::unique(dyads.begin(), dyads.end()), dyads.end());
  // Candidate article key -> the dyads it shares (indexes into `dyads`).
  absl::flat_hash_map<int64_t, std::vector<uint32_t>> shared;
  {
    auto st = db_->Prepare(
        "SELECT article FROM events WHERE source = ?1 AND target = ?2 AND counted = 1 "
        "ORDER BY date DESC LIMIT ?3");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    for (uint32_t d = 0; d < dyads.size(); ++d) {
      const auto& [a, b] = dyads[d];
      for (int direction = 0; direction < (a == b ? 1 : 2); ++direction) {
        s.Reset();
        s.Bind(1, direction == 0 ? a : b);
        s.Bind(2, direction == 0 ? b : a);
        s.Bind(3, int64_t{kRelatedScan});
        while (s.Step()) {
          const int64_t other = s.Int(0);
          if (other == key) continue;
          std::vector<uint32_t>& list = shared[other];
          if (list.empty() || list.back() != d) list.push_back(d);
        }
        DYAD_RETURN_IF_ERROR(s.status());
      }
    }
  }
  std::vector<RelatedArticle> out;
  out.reserve(shared.size());
  {
    auto st = db_->Prepare("SELECT id, title, date, source FROM articles WHERE key = ?1");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    for (const auto& [other, list] : shared) {
      s.Reset();
      s.Bind(1, other);
      if (!s.Step()) {
        DYAD_RETURN_IF_ERROR(s.status());
        continue;
      }
      RelatedArticle r;
      r.id = s.Text(0);
      r.title = s.Text(1);
      r.date = OptionalDate(s, 2);
      r.source = s.Text(3);
      r.shared = static_cast<uint32_t>(list.size());
      out.push_back(std::move(r));
    }
  }
  // Newest first (undated last), ties by id.
  auto before = [](const RelatedArticle& x, const RelatedArticle& y) {
    const int64_t dx = x.date ? x.date->Key() : -1, dy = y.date ? y.date->Key() : -1;
    return dx != dy ? dx > dy : x.id < y.id;
  };
  const size_t keep = std::min<size_t>(limit, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), before);
  out.resize(keep);
  return out;
}

absl::StatusOr<std::vector<ArticleHit>> SqliteStore::SearchArticles(std::string_view query, uint32_t limit,
                                                                    uint64_t offset) {
  const std::string match = FtsQuery(query);
  if (match.empty()) {
    return Bad(util::Cat("no word to search for in \"", query.substr(0, 60), "\""));
  }
  if (limit < 1 || limit > 100000) return Bad(util::Cat("bad limit ", limit, ": want 1 to 100000"));
  if (offset > static_cast<uint64_t>(INT64_MAX)) return Bad("bad offset: too large");
  auto st = db_->Prepare(
      "SELECT a.id, a.title, a.date, a.source, a.url, bm25(articles_fts, 2.0, 1.0) AS rank, "
      "snippet(articles_fts, -1, char(1), char(2), '…', 24), "
      "(SELECT COUNT(*) FROM events e WHERE e.article = a.key AND e.counted = 1) "
      "FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid "
      "WHERE articles_fts MATCH ?1 ORDER BY rank, a.key LIMIT ?2 OFFSET ?3");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  s.Bind(1, match);
  s.Bind(2, int64_t{limit});
  s.Bind(3, static_cast<int64_t>(offset));
  std::vector<ArticleHit> out;
  while (s.Step()) {
    ArticleHit h;
    h.id = s.Text(0);
    h.title = s.Text(1);
    h.date = OptionalDate(s, 2);
    h.source = s.Text(3);
    h.url = s.Text(4);
    h.rank = s.Real(5);
    // The snippet marks matches with \1 ... \2; keep spans instead.
    uint32_t open = 0;
    for (char c : s.Text(6)) {
      if (c == '\1') {
        open = static_cast<uint32_t>(h.snippet.size());
      } else if (c == '\2') {
        h.highlights.emplace_back(open, static_cast<uint32_t>(h.snippet.size()));
      } else {
        h.snippet.push_back(c);
      }
    }
    h.events = static_cast<uint32_t>(s.Int(7));
    out.push_back(std::move(h));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

absl::StatusOr<StoredArticle> SqliteStore::GetArticle(std::string_view id) {
  StoredArticle out;
  int64_t key = 0;
  {
    auto st = db_->Prepare(
        "SELECT key, id, title, date, url, source, text, fingerprint FROM articles WHERE id = ?1");
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, id);
    if (!s.Step()) {
      DYAD_RETURN_IF_ERROR(s.status());
      return absl::NotFoundError(util::Cat("no article \"", id.substr(0, 200), "\" in the store"));
    }
    key = s.Int(0);
    out.id = s.Text(1);
    out.title = s.Text(2);
    out.date = OptionalDate(s, 3);
    out.url = s.Text(4);
    out.source = s.Text(5);
    out.text = s.Text(6);
    out.fingerprint = static_cast<uint64_t>(s.Int(7));
  }
  {
    auto st = db_->Prepare(util::Cat("SELECT ", kEventColumns, " FROM events e", kEventJoins,
                                     " WHERE e.article = ?1 ORDER BY e.sentence, e.ordinal, e.id"));
    if (!st.ok()) return st.status();
    Statement& s = **st;
    ResetOnExit reset(&s);
    s.Bind(1, key);
    DYAD_RETURN_IF_ERROR(ReadEvents(s, &out.events));
  }
  auto st = db_->Prepare(
      "SELECT sentence, span_begin, span_end, code, country, role, kind, entry, dict FROM mentions "
      "WHERE article = ?1 ORDER BY span_begin, id");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  ResetOnExit reset(&s);
  s.Bind(1, key);
  while (s.Step()) {
    StoredMention m;
    m.sentence = static_cast<uint32_t>(s.Int(0));
    m.begin = static_cast<uint32_t>(s.Int(1));
    m.end = static_cast<uint32_t>(s.Int(2));
    m.code = s.Text(3);
    m.country = s.Text(4);
    m.role = s.Text(5);
    m.kind = s.Text(6);
    m.entry = s.Text(7);
    m.dict = s.Text(8);
    if (m.begin <= m.end && m.end <= out.text.size()) m.text = out.text.substr(m.begin, m.end - m.begin);
    out.mentions.push_back(std::move(m));
  }
  DYAD_RETURN_IF_ERROR(s.status());
  return out;
}

}  // namespace dyad::store
