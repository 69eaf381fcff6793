// LoadSqliteModule() and Sqlite() (see sqlite_module_loader.h).
//
// Approach: as the archive module's loader (read/archive_module_loader.cc):
// the module is a file installed with the grammars
// (CONGVAN_SQLITE_MODULE_FROM_GRAMMARDIR), or, while the code runs from its
// build tree, the one just built (CONGVAN_SQLITE_MODULE_BUILD_PATH); the
// first candidate whose entry point gives a table of this build's stamp
// wins, and the answer (or
// the reasons of the failure) is kept for the process.
#include "corpus/sqlite_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::corpus {
namespace {

const read::OpenedModuleTable<SqliteModule>& Module() {
  static const read::OpenedModuleTable<SqliteModule> opened =
      read::OpenFirstModuleTable<SqliteModule>(CONGVAN_SQLITE_MODULE_FROM_GRAMMARDIR,
                                               CONGVAN_SQLITE_MODULE_BUILD_PATH,
                                               kSqliteModuleSymbol, kSqliteModuleStamp);
  return opened;
}

}  // namespace

Result<const SqliteModule*> LoadSqliteModule() {
  const read::OpenedModuleTable<SqliteModule>& opened = Module();
  if (opened.table != nullptr) return opened.table;
  return read::ModuleNotLoaded("the corpus database", "SQLite module", opened.reasons);
}

const SqliteModule& Sqlite() { return *Module().table; }

}  // namespace congvan::corpus
