// LoadArchiveModule() (see archive_module_loader.h).
//
// Approach: as the PDF module's loader (pdf_module_loader.cc): the module is
// a file installed with the grammars (CONGVAN_ARCHIVE_MODULE_FROM_GRAMMARDIR,
// relative to the installed grammar directory, so a moved install tree and
// the Python module find it the way they find the grammars), or, while the
// code runs from its build tree, the one just built
// (CONGVAN_ARCHIVE_MODULE_BUILD_PATH). The first candidate that dlopen
// accepts and whose entry point gives a table of this build's stamp wins; the answer (or the
// reasons of the failure) is kept for the process, as dlopen would keep the
// module, and each caller's purpose is put in front of the reasons.
#include "read/archive_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {

Result<const ArchiveModule*> LoadArchiveModule(const std::string& purpose) {
  static const OpenedModuleTable<ArchiveModule> opened = OpenFirstModuleTable<ArchiveModule>(
      CONGVAN_ARCHIVE_MODULE_FROM_GRAMMARDIR, CONGVAN_ARCHIVE_MODULE_BUILD_PATH,
      kArchiveModuleSymbol, kArchiveModuleStamp);
  if (opened.table != nullptr) return opened.table;
  return ModuleNotLoaded(purpose, "archive module", opened.reasons);
}

}  // namespace congvan::read
