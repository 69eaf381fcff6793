// Opening congvan's SQLite module (corpus/sqlite_module.h) on first use.
#ifndef CONGVAN_CORPUS_SQLITE_MODULE_LOADER_H_
#define CONGVAN_CORPUS_SQLITE_MODULE_LOADER_H_

#include "congvan/status.h"
#include "corpus/sqlite_module.h"

namespace congvan::corpus {

// The module's table, loaded once per process (thread-safe; the module stays
// loaded). kNotFound, naming every place looked at and dlopen's reason, when
// no usable module is installed. Database::Open calls it first.
Result<const SqliteModule*> LoadSqliteModule();

// The table, once LoadSqliteModule() has succeeded — as it has wherever a
// Database exists. REQUIRES: that.
const SqliteModule& Sqlite();

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_SQLITE_MODULE_LOADER_H_
