// A small RAII layer over the SQLite C API (called through congvan's SQLite
// module, corpus/sqlite_module.h, opened by the first Open): a connection,
// prepared statements and transactions that roll back unless committed. Every failure becomes a
// Status naming the database file and SQLite's own message, so no caller
// touches sqlite3_errmsg or forgets sqlite3_finalize.
#ifndef CONGVAN_CORPUS_SQLITE_H_
#define CONGVAN_CORPUS_SQLITE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "congvan/status.h"
#include "corpus/sqlite_module_loader.h"

namespace congvan::corpus {

class Statement;

// The Location of an error about a whole file.
inline Location At(const std::string& file) {
  Location where;
  where.file = file;
  return where;
}

// "FILE: what: sqlite's message" for the connection's last error.
Status SqliteError(sqlite3* db, const std::string& path, std::string_view what);

// One open connection. Movable, not copyable; closed by the destructor.
class Database {
 public:
  // Opens `path` with sqlite3_open_v2 `flags` (SQLITE_OPEN_READONLY, or
  // READWRITE | CREATE) and a busy timeout, so a concurrent writer is waited
  // for rather than reported.
  static Result<Database> Open(const std::string& path, int flags);

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  // Compiles one statement. REQUIRES: the connection outlives it.
  Result<Statement> Prepare(std::string_view sql) const;
  // A single integer from a query ("PRAGMA user_version").
  Result<std::int64_t> QueryInt(std::string_view sql) const;

  // A Status for the connection's last error: "FILE: what: sqlite message".
  Status Error(std::string_view what) const;

  sqlite3* handle() const { return db_.get(); }
  const std::string& path() const { return path_; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { Sqlite().close_v2(db); }
  };
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
};

// A prepared statement. Parameters are 1-based as in SQLite; columns 0-based.
class Statement {
 public:
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, std::string_view text);     // copied (SQLITE_TRANSIENT)
  Statement& Bind(int index, std::optional<int> value);  // NULL when empty
  Statement& BindNull(int index);

  // Steps once: true with a row, false when done; a Status on error (also
  // for an earlier failed Bind).
  Result<bool> Step();
  // Steps to the end, for statements without rows.
  Status Run();
  // Clears bindings and rewinds, to run again.
  void Reset();

  std::int64_t Int(int column) const;
  std::string Text(int column) const;
  bool IsNull(int column) const;

 private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { Sqlite().finalize(s); }
  };
  Statement(sqlite3_stmt* stmt, sqlite3* db, std::string path)
      : stmt_(stmt), db_(db), path_(std::move(path)) {}
  void Check(int rc);
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  sqlite3* db_;  // borrowed: the connection outlives its statements
  std::string path_;
  int bind_error_ = SQLITE_OK;
};

// BEGIN IMMEDIATE on construction (the write lock at once, so two indexers
// wait for each other instead of failing at COMMIT); ROLLBACK on destruction
// unless Commit() succeeded.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Database& db);
  Status Commit();
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  explicit Transaction(Database& db) : db_(db) {}
  Database& db_;
  bool done_ = false;
};

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_SQLITE_H_
