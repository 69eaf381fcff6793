// The RAII layer over the SQLite C API (sqlite.h). Errors are read from the
// connection right after the failing call and turned into a Status whose
// location is the database file; a failed Bind is remembered and reported
// by the next Step, so call sites can chain binds without checking each.
#include "corpus/sqlite.h"

namespace congvan::corpus {

namespace {
constexpr int kBusyTimeoutMs = 10000;
}  // namespace

Result<Database> Database::Open(const std::string& path, int flags) {
  auto module = LoadSqliteModule();
  if (!module.ok())
    return Status::Error(module.status().code(), module.status().message(), At(path));
  sqlite3* raw = nullptr;
  int rc = Sqlite().open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Database db(raw, path);
  if (rc != SQLITE_OK) {
    std::string message = raw != nullptr ? Sqlite().errmsg(raw) : Sqlite().errstr(rc);
    return Status::Error(StatusCode::kIoError, "cannot open database: " + message, At(path));
  }
  Sqlite().busy_timeout(raw, kBusyTimeoutMs);
  Sqlite().extended_result_codes(raw, 1);
  return db;
}

Status SqliteError(sqlite3* db, const std::string& path, std::string_view what) {
  std::string message(what);
  if (db != nullptr) message += ": " + std::string(Sqlite().errmsg(db));
  StatusCode code = StatusCode::kIoError;
  if (db != nullptr && (Sqlite().errcode(db) & 0xff) == SQLITE_NOTADB)
    code = StatusCode::kInvalidInput;
  return Status::Error(code, message, At(path));
}

Status Database::Error(std::string_view what) const { return SqliteError(db_.get(), path_, what); }

Status Database::Exec(std::string_view sql) {
  std::string text(sql);
  if (Sqlite().exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("cannot run SQL");
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) const {
  sqlite3_stmt* stmt = nullptr;
  int rc = Sqlite().prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    Sqlite().finalize(stmt);
    return Error("cannot prepare SQL");
  }
  return Statement(stmt, db_.get(), path_);
}

Result<std::int64_t> Database::QueryInt(std::string_view sql) const {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Error(StatusCode::kIoError, "query returned no row", At(path_));
  return stmt->Int(0);
}

void Statement::Check(int rc) {
  if (rc != SQLITE_OK && bind_error_ == SQLITE_OK) bind_error_ = rc;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  Check(Sqlite().bind_int64(stmt_.get(), index, value));
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  Check(Sqlite().bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT,
                             SQLITE_UTF8));
  return *this;
}

Statement& Statement::Bind(int index, std::optional<int> value) {
  return value ? Bind(index, static_cast<std::int64_t>(*value)) : BindNull(index);
}

Statement& Statement::BindNull(int index) {
  Check(Sqlite().bind_null(stmt_.get(), index));
  return *this;
}

Result<bool> Statement::Step() {
  if (bind_error_ != SQLITE_OK) {
    return Status::Error(StatusCode::kIoError,
                         std::string("cannot bind a value: ") + Sqlite().errstr(bind_error_),
                         At(path_));
  }
  int rc = Sqlite().step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, path_, "query failed");
}

Status Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

void Statement::Reset() {
  Sqlite().reset(stmt_.get());
  Sqlite().clear_bindings(stmt_.get());
  bind_error_ = SQLITE_OK;
}

std::int64_t Statement::Int(int column) const { return Sqlite().column_int64(stmt_.get(), column); }

std::string Statement::Text(int column) const {
  const unsigned char* text = Sqlite().column_text(stmt_.get(), column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(Sqlite().column_bytes(stmt_.get(), column)));
}

bool Statement::IsNull(int column) const {
  return Sqlite().column_type(stmt_.get(), column) == SQLITE_NULL;
}

Result<std::unique_ptr<Transaction>> Transaction::Begin(Database& db) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  return std::unique_ptr<Transaction>(new Transaction(db));
}

Status Transaction::Commit() {
  Status s = db_.Exec("COMMIT");
  if (s.ok()) done_ = true;
  return s;
}

Transaction::~Transaction() {
  if (!done_) Sqlite().exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace congvan::corpus
