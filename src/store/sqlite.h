// A thin layer over SQLite's C API: a connection and prepared statements
// that own their handles and report errors as absl::Status.
//
//   auto db = store::Database::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   store::Statement& s = db->Prepare("SELECT code FROM events WHERE source = ?1");
//   s.Bind(1, "CHNGOV");
//   while (s.Step()) Use(s.Text(0));
//   RETURN_IF_ERROR(s.status());
//
// Values are always bound, never pasted into SQL text. Not thread-safe.
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "util/strings.h"

#define DYAD_RETURN_IF_ERROR(expr)              \
  do {                                          \
    absl::Status dyad_status_ = (expr);         \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

namespace dyad::store {

// A value to bind: NULL, an integer, a real or a text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Resets the statement and clears its bindings, ready to bind and run again.
  void Reset();

  // Parameters are 1-based.
  void Bind(int index, int64_t value) { Check(sqlite3_bind_int64(stmt_, index, value)); }
  void Bind(int index, int value) { Bind(index, static_cast<int64_t>(value)); }
  void Bind(int index, uint32_t value) { Bind(index, static_cast<int64_t>(value)); }
  void Bind(int index, double value) { Check(sqlite3_bind_double(stmt_, index, value)); }
  void Bind(int index, std::string_view value) {
    Check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
  }
  void Bind(int index, const char* value) { Bind(index, std::string_view(value)); }
  void Bind(int index, const std::string& value) { Bind(index, std::string_view(value)); }
  void BindNull(int index) { Check(sqlite3_bind_null(stmt_, index)); }
  // An empty string binds NULL.
  void BindTextOrNull(int index, std::string_view value) {
    if (value.empty()) BindNull(index);
    else Bind(index, value);
  }
  void Bind(int index, const SqlValue& value);
  void BindAll(const std::vector<SqlValue>& values);

  // Runs one step. True when a row is ready; false when done or on error
  // (then status() is not ok).
  bool Step();
  // Runs to completion, ignoring rows.
  absl::Status Run();

  // Columns are 0-based.
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string_view Text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p == nullptr ? std::string_view()
                        : std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  std::string_view Blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p == nullptr ? std::string_view()
                        : std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
  }

  // The first error of a bind or step since the last Reset().
  const absl::Status& status() const { return status_; }

 private:
  void Check(int rc);
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  absl::Status status_;
};

// Resets a cached statement when leaving a scope, so that no statement
// keeps a read transaction open between calls.
class ResetOnExit {
 public:
  explicit ResetOnExit(Statement* s) : s_(s) {}
  ~ResetOnExit() { s_->Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Statement* s_;
};

class Database {
 public:
  // `flags` are sqlite3_open_v2 flags. On error the message names the path.
  static absl::StatusOr<std::unique_ptr<Database>> Open(const std::string& path, int flags);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL text with no parameters (schema, pragmas, BEGIN/COMMIT).
  absl::Status Exec(std::string_view sql);

  // A prepared statement cached by its text, reset and ready. Owned by the
  // database; valid until it is closed. Only for SQL text that the code
  // writes (never text built from values).
  absl::StatusOr<Statement*> Prepare(std::string_view sql);

  // A fresh statement, not cached (for SQL assembled from fixed pieces).
  absl::StatusOr<std::unique_ptr<Statement>> PrepareOnce(std::string_view sql);

  // The single integer a query returns, or nullopt when it returns no row.
  absl::StatusOr<std::optional<int64_t>> QueryInt(std::string_view sql);

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  util::StringMap<std::unique_ptr<Statement>> cache_;
};

// The status of an SQLite result code, with the connection's message.
absl::Status SqliteError(sqlite3* db, int rc, std::string_view what);

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_H_
