// LoadHtmlModule() (see html_module_loader.h).
//
// Approach: as the archive module's loader (archive_module_loader.cc): the
// module is a file installed with the grammars
// (CONGVAN_HTML_MODULE_FROM_GRAMMARDIR), or, while the code runs from its
// build tree, the one just built (CONGVAN_HTML_MODULE_BUILD_PATH); the first
// candidate whose entry point gives this build's table wins, and the answer
// (or the reasons of the failure) is kept for the process.
#include "read/html_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {
namespace {

struct Opened {
  const HtmlModule* module = nullptr;
  std::string reasons;  // why no candidate was usable, when module is null
};

Opened OpenFirstModule() {
  Opened out;
  OpenedModuleSymbol opened =
      OpenFirstModuleSymbol(CONGVAN_HTML_MODULE_FROM_GRAMMARDIR, CONGVAN_HTML_MODULE_BUILD_PATH,
                            kHtmlModuleSymbol, [&out](void* entry) {
                              out.module = reinterpret_cast<HtmlModuleEntry>(entry)();
                              return out.module != nullptr;
                            });
  out.reasons = opened.reasons;
  return out;
}

}  // namespace

Result<const HtmlModule*> LoadHtmlModule() {
  static const Opened opened = OpenFirstModule();
  if (opened.module != nullptr) return opened.module;
  return Status::Error(StatusCode::kNotFound,
                       "reading HTML needs congvan's HTML module, which could not be loaded (" +
                           opened.reasons + "); reinstall congvan");
}

}  // namespace congvan::read
