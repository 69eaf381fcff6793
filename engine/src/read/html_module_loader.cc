// LoadHtmlModule() (see html_module_loader.h).
//
// Approach: as the archive module's loader (archive_module_loader.cc): the
// module is a file installed with the grammars
// (CONGVAN_HTML_MODULE_FROM_GRAMMARDIR), or, while the code runs from its
// build tree, the one just built (CONGVAN_HTML_MODULE_BUILD_PATH); the first
// candidate whose entry point gives a table of this build's stamp wins, and the answer
// (or the reasons of the failure) is kept for the process.
#include "read/html_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {

Result<const HtmlModule*> LoadHtmlModule() {
  static const OpenedModuleTable<HtmlModule> opened = OpenFirstModuleTable<HtmlModule>(
      CONGVAN_HTML_MODULE_FROM_GRAMMARDIR, CONGVAN_HTML_MODULE_BUILD_PATH, kHtmlModuleSymbol,
      kHtmlModuleStamp);
  if (opened.table != nullptr) return opened.table;
  return ModuleNotLoaded("reading HTML", "HTML module", opened.reasons);
}

}  // namespace congvan::read
