// LoadArchiveModule() (see archive_module_loader.h).
//
// Approach: as the PDF module's loader (pdf_module_loader.cc): the module is
// a file installed with the grammars (CONGVAN_ARCHIVE_MODULE_FROM_GRAMMARDIR,
// relative to the installed grammar directory, so a moved install tree and
// the Python module find it the way they find the grammars), or, while the
// code runs from its build tree, the one just built
// (CONGVAN_ARCHIVE_MODULE_BUILD_PATH). The first candidate that dlopen
// accepts and that exports this build's entry point wins; the answer (or the
// reasons of the failure) is kept for the process, as dlopen would keep the
// module, and each caller's purpose is put in front of the reasons.
#include "read/archive_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {
namespace {

struct Opened {
  const ArchiveModule* module = nullptr;
  std::string reasons;  // why no candidate was usable, when module is null
};

Opened OpenFirstModule() {
  Opened out;
  // A candidate counts only when its entry point gives this build's table.
  OpenedModuleSymbol opened = OpenFirstModuleSymbol(
      CONGVAN_ARCHIVE_MODULE_FROM_GRAMMARDIR, CONGVAN_ARCHIVE_MODULE_BUILD_PATH,
      kArchiveModuleSymbol, [&out](void* entry) {
        out.module = reinterpret_cast<ArchiveModuleEntry>(entry)();
        return out.module != nullptr;
      });
  out.reasons = opened.reasons;
  return out;
}

}  // namespace

Result<const ArchiveModule*> LoadArchiveModule(const std::string& purpose) {
  static const Opened opened = OpenFirstModule();
  if (opened.module != nullptr) return opened.module;
  return Status::Error(StatusCode::kNotFound,
                       purpose + " needs congvan's archive module, which could not be loaded (" +
                           opened.reasons + "); reinstall congvan");
}

}  // namespace congvan::read
