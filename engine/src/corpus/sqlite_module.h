// The boundary between the engine and congvan's SQLite module.
//
// SQLite serves the corpus database only (`congvan index`, `search`,
// `corpus`, the Python module's search), yet, linked into the binary, it was
// mapped by every run: ≈ 256 KiB resident at start-up and ≈ 1 M
// instructions of the dynamic loader. The engine calls 26 entry points of
// its C API, all through the RAII layer (sqlite.h) but for three call sites
// (the last row id, the fold function SQLite calls back). So the module is
// the thinnest possible: libcongvan_sqlite.so links libsqlite3 and exports
// one table holding the addresses of those 26 functions, typed from
// sqlite3.h (decltype), so a signature cannot drift; the engine keeps
// sqlite3.h for the types and constants and calls through the table, opened
// with dlopen when the first database is opened (sqlite_module_loader.h).
// Both sides are built together from this header; the table's stamp
// (read/module_stamp.h) is made from the list below, so a module of another
// build is refused.
#ifndef CONGVAN_CORPUS_SQLITE_MODULE_H_
#define CONGVAN_CORPUS_SQLITE_MODULE_H_

#include <sqlite3.h>

#include "read/module_stamp.h"

// Every sqlite3_* function the engine calls, as X(name) for sqlite3_name
// (clang-format does not settle on one layout for this list).
// clang-format off
#define CONGVAN_SQLITE_FUNCTIONS(X) \
  X(open_v2) X(close_v2) X(busy_timeout) X(extended_result_codes) \
  X(errmsg) X(errstr) X(errcode) X(exec) \
  X(prepare_v2) X(finalize) X(bind_int64) X(bind_text64) \
  X(bind_null) X(step) X(reset) X(clear_bindings) \
  X(column_int64) X(column_text) X(column_bytes) X(column_type) \
  X(last_insert_rowid) X(create_function_v2) X(value_text) X(value_bytes) \
  X(result_null) X(result_text64)
// clang-format on

namespace congvan::corpus {

// The module's table: sqlite3_name is `name`.
struct SqliteModule {
  read::ModuleStamp stamp;
#define CONGVAN_SQLITE_MEMBER(name) decltype(&sqlite3_##name) name;
  CONGVAN_SQLITE_FUNCTIONS(CONGVAN_SQLITE_MEMBER)
#undef CONGVAN_SQLITE_MEMBER
};

// Each function's type as sqlite3.h declares it, spelled by the compiler.
#define CONGVAN_SQLITE_TYPE(name) read::TypeSpelling<decltype(SqliteModule::name)>(),
inline constexpr read::ModuleStamp kSqliteModuleStamp =
    read::StampOf<SqliteModule>(CONGVAN_MODULE_TEXT(CONGVAN_SQLITE_FUNCTIONS(X)), {},
                                {CONGVAN_SQLITE_FUNCTIONS(CONGVAN_SQLITE_TYPE)});
#undef CONGVAN_SQLITE_TYPE

using SqliteModuleEntry = const SqliteModule* (*)();

// The entry point's symbol (the stamp, not the name, tells the builds apart).
inline constexpr const char* kSqliteModuleSymbol = "congvan_sqlite_module";

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_SQLITE_MODULE_H_
