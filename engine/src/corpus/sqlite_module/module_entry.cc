// The SQLite module's one exported symbol (corpus/sqlite_module.h:
// kSqliteModuleSymbol): the addresses of the sqlite3_* functions the engine
// calls, in the table's order.
#include "corpus/sqlite_module.h"

extern "C" __attribute__((visibility("default"))) const congvan::corpus::SqliteModule*
congvan_sqlite_module() {
#define CONGVAN_SQLITE_ADDRESS(name) &sqlite3_##name,
  static const congvan::corpus::SqliteModule kModule = {
      congvan::corpus::kSqliteModuleStamp, CONGVAN_SQLITE_FUNCTIONS(CONGVAN_SQLITE_ADDRESS)};
#undef CONGVAN_SQLITE_ADDRESS
  return &kModule;
}
