// The SQLite layer of the store (sqlite.h).
#include "store/sqlite.h"

namespace dyad::store {

absl::Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string text = util::Cat(what, ": ", message);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(text);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return absl::DataLossError(text);
    case SQLITE_CANTOPEN:
      return absl::NotFoundError(text);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return absl::PermissionDeniedError(text);
    case SQLITE_FULL:
    case SQLITE_NOMEM:
      return absl::ResourceExhaustedError(text);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return absl::InvalidArgumentError(text);
    default:
      return absl::InternalError(text);
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = absl::OkStatus();
}

void Statement::Check(int rc) {
  if (rc != SQLITE_OK && status_.ok()) {
    status_ = SqliteError(db_, rc, util::Cat("SQL \"", std::string_view(sqlite3_sql(stmt_)).substr(0, 60), "\""));
  }
}

void Statement::Bind(int index, const SqlValue& value) {
  if (std::holds_alternative<int64_t>(value)) Bind(index, std::get<int64_t>(value));
  else if (std::holds_alternative<double>(value)) Bind(index, std::get<double>(value));
  else if (std::holds_alternative<std::string>(value)) Bind(index, std::get<std::string>(value));
  else BindNull(index);
}

void Statement::BindAll(const std::vector<SqlValue>& values) {
  for (size_t i = 0; i < values.size(); ++i) Bind(static_cast<int>(i + 1), values[i]);
}

bool Statement::Step() {
  if (!status_.ok()) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) Check(rc);
  return false;
}

absl::Status Statement::Run() {
  while (Step()) {
  }
  return status_;
}

absl::StatusOr<std::unique_ptr<Database>> Database::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    absl::Status status = SqliteError(db, rc, path);
    sqlite3_close(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() {
  cache_.clear();  // finalize statements before closing
  sqlite3_close(db_);
}

absl::Status Database::Exec(std::string_view sql) {
  char* error = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return absl::OkStatus();
  std::string message = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  absl::Status status = SqliteError(nullptr, rc, "");
  return absl::Status(status.code(), util::Cat(path_, ": ", message));
}

absl::StatusOr<std::unique_ptr<Statement>> Database::PrepareOnce(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return SqliteError(db_, rc, util::Cat(path_, ": preparing \"", sql.substr(0, 80), "\""));
  }
  return std::make_unique<Statement>(db_, stmt);
}

absl::StatusOr<Statement*> Database::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  auto stmt = PrepareOnce(sql);
  if (!stmt.ok()) return stmt.status();
  Statement* raw = stmt->get();
  cache_.emplace(std::string(sql), std::move(*stmt));
  return raw;
}

absl::StatusOr<std::optional<int64_t>> Database::QueryInt(std::string_view sql) {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Statement& s = **stmt;
  std::optional<int64_t> value;
  if (s.Step()) value = s.IsNull(0) ? std::optional<int64_t>() : s.Int(0);
  if (!s.status().ok()) return s.status();
  s.Reset();
  return value;
}

}  // namespace dyad::store
