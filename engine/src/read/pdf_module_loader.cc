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

#include <dlfcn.h>

#include <string>
#include <vector>

#include "congvan/grammar_dir.h"

namespace congvan::read {
namespace {

Result<PdfExtractFunction> OpenFirstModule() {
  std::string reasons;
  for (const std::string& path :
       InstalledFileCandidates(CONGVAN_PDF_MODULE_FROM_GRAMMARDIR, CONGVAN_PDF_MODULE_BUILD_PATH)) {
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char* error = nullptr;
    if (module != nullptr) {
      void* entry = dlsym(module, kPdfExtractSymbol);
      if (entry != nullptr) return reinterpret_cast<PdfExtractFunction>(entry);
      error = dlerror();
      dlclose(module);
    } else {
      error = dlerror();
    }
    reasons += (reasons.empty() ? "" : "; ") + (error != nullptr ? std::string(error) : path);
  }
  return Status::Error(StatusCode::kNotFound,
                       "reading PDF needs congvan's PDF module, which could not be loaded (" +
                           reasons + "); reinstall congvan");
}

}  // namespace

Result<PdfExtractFunction> LoadPdfModule() {
  static const Result<PdfExtractFunction> loaded = OpenFirstModule();
  return loaded;
}

}  // namespace congvan::read
