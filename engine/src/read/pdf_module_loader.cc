// LoadPdfModule() (see pdf_module_loader.h).
//
// Approach: the module is a file installed with the grammars
// (CONGVAN_PDF_MODULE_FROM_GRAMMARDIR, relative to the installed grammar
// directory, so a moved install tree and the Python module find it the way
// they find the grammars), or, while the code runs from its build tree, the
// one just built (CONGVAN_PDF_MODULE_BUILD_PATH). The first candidate that
// dlopen accepts and whose entry point gives a table of this build's stamp
// wins; the answer (or the error) is kept for the process, as dlopen would
// keep the module.
#include "read/pdf_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {
namespace {

Result<PdfExtractFunction> OpenFirstModule() {
  OpenedModuleTable<PdfModule> opened = OpenFirstModuleTable<PdfModule>(
      CONGVAN_PDF_MODULE_FROM_GRAMMARDIR, CONGVAN_PDF_MODULE_BUILD_PATH, kPdfModuleSymbol,
      kPdfModuleStamp);
  if (opened.table != nullptr) return opened.table->extract;
  return ModuleNotLoaded("reading PDF", "PDF module", opened.reasons);
}

}  // namespace

Result<PdfExtractFunction> LoadPdfModule() {
  static const Result<PdfExtractFunction> loaded = OpenFirstModule();
  return loaded;
}

}  // namespace congvan::read
