// LoadSqliteModule() and Sqlite() (see sqlite_module_loader.h).
//
// Approach: as the archive module's loader (read/archive_module_loader.cc):
// the module is a file installed with the grammars
// (CONGVAN_SQLITE_MODULE_FROM_GRAMMARDIR), or, while the code runs from its
// build tree, the one just built (CONGVAN_SQLITE_MODULE_BUILD_PATH); the
// first candidate whose entry point gives a table wins, and the answer (or
// the reasons of the failure) is kept for the process.
#include "corpus/sqlite_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::corpus {
namespace {

struct Opened {
  const SqliteModule* module = nullptr;
  std::string reasons;  // why no candidate was usable, when module is null
};

const Opened& Module() {
  static const Opened opened = [] {
    Opened out;
    read::OpenedModuleSymbol symbol = read::OpenFirstModuleSymbol(
        CONGVAN_SQLITE_MODULE_FROM_GRAMMARDIR, CONGVAN_SQLITE_MODULE_BUILD_PATH,
        kSqliteModuleSymbol, [&out](void* entry) {
          out.module = reinterpret_cast<SqliteModuleEntry>(entry)();
          return out.module != nullptr;
        });
    out.reasons = symbol.reasons;
    return out;
  }();
  return opened;
}

}  // namespace

Result<const SqliteModule*> LoadSqliteModule() {
  const Opened& opened = Module();
  if (opened.module != nullptr) return opened.module;
  return Status::Error(StatusCode::kNotFound,
                       "the corpus database needs congvan's SQLite module, which could not be "
                       "loaded (" +
                           opened.reasons + "); reinstall congvan");
}

const SqliteModule& Sqlite() { return *Module().module; }

}  // namespace congvan::corpus
