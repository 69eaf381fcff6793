// Opening one of congvan's optional modules (the PDF reader, the archive,
// HTML and SQLite modules): the modules are files installed with the grammars or, while the
// code runs from its build tree, the ones just built
// (InstalledFileCandidates, congvan/grammar_dir.h). The candidates are tried
// in order; the first that dlopen accepts, that exports `symbol` and whose
// symbol `accept` takes wins. Otherwise every candidate's reason (dlopen's or
// dlsym's error, or its path) is given, joined by "; ", for the caller's
// one-line error (ModuleNotLoaded). A rejected candidate is closed again. A
// module that hands over a table of functions exports an entry point that
// gives the table, or null when the module is of another build
// (OpenFirstModuleTable).
#ifndef CONGVAN_SRC_READ_MODULE_OPENER_H_
#define CONGVAN_SRC_READ_MODULE_OPENER_H_

#include <functional>
#include <string>
#include <utility>

#include "congvan/status.h"

namespace congvan::read {

struct OpenedModuleSymbol {
  void* symbol = nullptr;  // null when no candidate was usable
  std::string reasons;     // why, when symbol is null
};

OpenedModuleSymbol OpenFirstModuleSymbol(
    const std::string& from_grammars, const std::string& build_path, const char* symbol,
    const std::function<bool(void*)>& accept = [](void*) { return true; });

template <typename Table>
struct OpenedModuleTable {
  const Table* table = nullptr;  // null when no candidate was usable
  std::string reasons;           // why, when table is null
};

// The table of the first candidate whose entry point (`symbol`, a
// `const Table* ()`) gives one.
template <typename Table>
OpenedModuleTable<Table> OpenFirstModuleTable(const std::string& from_grammars,
                                              const std::string& build_path, const char* symbol) {
  OpenedModuleTable<Table> out;
  OpenedModuleSymbol opened =
      OpenFirstModuleSymbol(from_grammars, build_path, symbol, [&out](void* entry) {
        out.table = reinterpret_cast<const Table* (*)()>(entry)();
        return out.table != nullptr;
      });
  out.reasons = std::move(opened.reasons);
  return out;
}

// The one-line error: "<need> needs congvan's <module>, which could not be
// loaded (<reasons>); reinstall congvan".
inline Status ModuleNotLoaded(const std::string& need, const std::string& module,
                              const std::string& reasons) {
  return Status::Error(StatusCode::kNotFound, need + " needs congvan's " + module +
                                                  ", which could not be loaded (" + reasons +
                                                  "); reinstall congvan");
}

}  // namespace congvan::read

#endif  // CONGVAN_SRC_READ_MODULE_OPENER_H_
