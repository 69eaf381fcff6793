// LoadPdfModule() (see pdf_module_loader.h).
//
// Approach: the module is a file installed with the grammars
// (CONGVAN_PDF_MODULE_FROM_GRAMMARDIR, relative to the installed grammar
// directory, so a moved install tree and the Python module find it the way
// they find the grammars), or, while the code runs from its build tree, the
// one just built (CONGVAN_PDF_MODULE_BUILD_PATH). The first candidate that
// dlopen accepts and that exports this build's entry point wins; the answer
// (or the error) is kept for the process, as dlopen would keep the module.
#include "read/pdf_module_loader.h"

#include <string>

#include "read/module_opener.h"

namespace congvan::read {
namespace {

Result<PdfExtractFunction> OpenFirstModule() {
  OpenedModuleSymbol opened = OpenFirstModuleSymbol(
      CONGVAN_PDF_MODULE_FROM_GRAMMARDIR, CONGVAN_PDF_MODULE_BUILD_PATH, kPdfExtractSymbol);
  if (opened.symbol != nullptr) return reinterpret_cast<PdfExtractFunction>(opened.symbol);
  return ModuleNotLoaded("reading PDF", "PDF module", opened.reasons);
}

}  // namespace

Result<PdfExtractFunction> LoadPdfModule() {
  static const Result<PdfExtractFunction> loaded = OpenFirstModule();
  return loaded;
}

}  // namespace congvan::read
