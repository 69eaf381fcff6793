// Opening one of congvan's optional modules (the PDF reader, the archive,
// HTML and SQLite modules): the modules are files installed with the grammars or, while the
// code runs from its build tree, the ones just built
// (InstalledFileCandidates, congvan/grammar_dir.h). The candidates are tried
// in order; the first that dlopen accepts, that exports `symbol` and whose
// symbol `accept` takes wins. Otherwise every candidate's reason (dlopen's or
// dlsym's error, or its path and why `accept` refused it) is given, joined by
// "; ", for the caller's one-line error (ModuleNotLoaded). A rejected
// candidate is closed again. Every module hands over a table of functions
// that starts with its stamp (module_stamp.h): a table whose stamp is not
// this build's is refused as stale, never called (OpenFirstModuleTable).
// CONGVAN_MODULE_DIR, when set, names the one directory the modules are
// looked for in (a packager's check of a staged tree; the tests' missing and
// stale modules). It is read with secure_getenv, so a set-user-ID or
// file-capability run ignores it, and it must be absolute: a relative one is
// refused, not resolved, since dlopen would resolve it against whatever the
// working directory is at the first page or PDF, long after start-up, and
// would load code from there; the error names the variable.
#ifndef CONGVAN_SRC_READ_MODULE_OPENER_H_
#define CONGVAN_SRC_READ_MODULE_OPENER_H_

#include <functional>
#include <string>
#include <utility>

#include "congvan/status.h"
#include "read/module_stamp.h"

namespace congvan::read {

struct OpenedModuleSymbol {
  void* symbol = nullptr;  // null when no candidate was usable
  std::string reasons;     // why, when symbol is null
};

// `accept` gives why it refuses a symbol, or "" to take it.
OpenedModuleSymbol OpenFirstModuleSymbol(
    const std::string& from_grammars, const std::string& build_path, const char* symbol,
    const std::function<std::string(void*)>& accept = [](void*) { return std::string(); });

// Why a table stamped `found` is refused where `expected` is this build's
// stamp, or "" when they agree.
std::string StaleTableReason(const ModuleStamp& expected, const ModuleStamp& found);

template <typename Table>
struct OpenedModuleTable {
  const Table* table = nullptr;  // null when no candidate was usable
  std::string reasons;           // why, when table is null
};

// The table of the first candidate whose entry point (`symbol`, a
// `const Table* ()`) gives one stamped `expected`.
template <typename Table>
OpenedModuleTable<Table> OpenFirstModuleTable(const std::string& from_grammars,
                                              const std::string& build_path, const char* symbol,
                                              const ModuleStamp& expected) {
  OpenedModuleTable<Table> out;
  OpenedModuleSymbol opened =
      OpenFirstModuleSymbol(from_grammars, build_path, symbol, [&](void* entry) {
        const Table* table = reinterpret_cast<const Table* (*)()>(entry)();
        if (table == nullptr) return std::string("gives no table");
        std::string stale = StaleTableReason(expected, table->stamp);
        if (stale.empty()) out.table = table;
        return stale;
      });
  out.reasons = std::move(opened.reasons);
  return out;
}

// The variable naming the one module directory, and its value when it is set
// and not empty (read with secure_getenv), else null.
inline constexpr const char* kModuleDirVariable = "CONGVAN_MODULE_DIR";
const char* ModuleDirectory();

// The one-line error: "<need> needs congvan's <module>, which could not be
// loaded (<reasons>); reinstall congvan", or, when CONGVAN_MODULE_DIR is set,
// "...; check CONGVAN_MODULE_DIR=<dir>, or unset it to use the installed
// modules" (the modules looked for were the ones in that directory).
Status ModuleNotLoaded(const std::string& need, const std::string& module,
                       const std::string& reasons);

}  // namespace congvan::read

#endif  // CONGVAN_SRC_READ_MODULE_OPENER_H_
