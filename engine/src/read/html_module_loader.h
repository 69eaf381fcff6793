// Opening congvan's HTML module (read/html_module.h) on first use.
#ifndef CONGVAN_READ_HTML_MODULE_LOADER_H_
#define CONGVAN_READ_HTML_MODULE_LOADER_H_

#include "congvan/status.h"
#include "read/html_module.h"

namespace congvan::read {

// The module's functions, loaded once per process (thread-safe; the module
// stays loaded). kNotFound, naming every place looked at and dlopen's
// reason, when no usable module is installed.
Result<const HtmlModule*> LoadHtmlModule();

}  // namespace congvan::read

#endif  // CONGVAN_READ_HTML_MODULE_LOADER_H_
