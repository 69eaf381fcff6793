// Opening one of congvan's optional modules (the PDF reader, the archive
// module): the modules are files installed with the grammars or, while the
// code runs from its build tree, the ones just built
// (InstalledFileCandidates, congvan/grammar_dir.h). The candidates are tried
// in order; the first that dlopen accepts, that exports `symbol` and whose
// symbol `accept` takes wins. Otherwise every candidate's reason (dlopen's or
// dlsym's error, or its path) is given, joined by "; ", for the caller's
// one-line error. A rejected candidate is closed again.
#ifndef CONGVAN_SRC_READ_MODULE_OPENER_H_
#define CONGVAN_SRC_READ_MODULE_OPENER_H_

#include <functional>
#include <string>

namespace congvan::read {

struct OpenedModuleSymbol {
  void* symbol = nullptr;  // null when no candidate was usable
  std::string reasons;     // why, when symbol is null
};

OpenedModuleSymbol OpenFirstModuleSymbol(
    const std::string& from_grammars, const std::string& build_path, const char* symbol,
    const std::function<bool(void*)>& accept = [](void*) { return true; });

}  // namespace congvan::read

#endif  // CONGVAN_SRC_READ_MODULE_OPENER_H_
