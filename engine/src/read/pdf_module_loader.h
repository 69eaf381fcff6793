// Opening congvan's PDF module (read/pdf_module.h) on first use.
#ifndef CONGVAN_READ_PDF_MODULE_LOADER_H_
#define CONGVAN_READ_PDF_MODULE_LOADER_H_

#include "congvan/status.h"
#include "read/pdf_module.h"

namespace congvan::read {

// The module's entry point, loaded once per process (thread-safe; the module
// stays loaded). Fails with kNotFound, naming every place looked at and
// dlopen's reason, when no usable module is installed.
Result<PdfExtractFunction> LoadPdfModule();

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_MODULE_LOADER_H_
