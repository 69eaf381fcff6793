// The HTML module's one exported symbol (read/html_module.h:
// kHtmlModuleSymbol): the table of its functions.
#include "read/html_module.h"
#include "read/html_module/page_lines.h"

extern "C" __attribute__((visibility("default"))) const congvan::read::HtmlModule*
congvan_html_module() {
  static const congvan::read::HtmlModule kModule = {congvan::read::kHtmlModuleStamp,
                                                    &congvan::read::PageLines};
  return &kModule;
}
