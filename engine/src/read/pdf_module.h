// The boundary between the engine and congvan's PDF module.
//
// poppler and Tesseract bring ≈ 65 shared libraries with them (Qt-free
// poppler still pulls in cairo-less rendering, NSS, lcms, openjpeg; Tesseract
// leptonica, libarchive, curl, …). Linked into the binary, every run paid for
// loading and relocating them — ≈ 35 M instructions of the dynamic loader,
// most of a small text's parse — though only a PDF needs them. So the part of
// the PDF reader that talks to poppler and Tesseract is a module of its own
// (read/pdf_module/, built as a loadable module, installed beside the
// grammars' lib directory) that the engine opens with dlopen the first time
// a PDF is read (read/pdf_module_loader.h). Both sides are built together
// from this header; the table's stamp (module_stamp.h) is made from the
// function list below, so a module of another build is refused, never
// called with other types.
#ifndef CONGVAN_READ_PDF_MODULE_H_
#define CONGVAN_READ_PDF_MODULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/reader.h"
#include "congvan/status.h"
#include "read/module_stamp.h"
#include "read/pdf_layout.h"

namespace congvan::read {

// What the module extracts from a PDF: one text per page (a page without a
// text layer is empty, or its OCR text), poppler's and the reader's warnings
// (plain messages; the engine makes them diagnostics) and the format read
// ("pdf", or "pdf-ocr" when every page was recognised).
struct PdfPages {
  std::vector<std::string> pages;
  std::vector<std::string> warnings;
  std::string format = "pdf";
};

// The engine's page layout (pdf_layout.h), handed to the module so that the
// layout and its tests stay in the engine.
using PdfLayoutFunction = std::string (*)(const std::vector<WordBox>& words);

// The module's one function, declared once for the table and its stamp.
// extract: on failure the Status is the reader's error (an unreadable,
// encrypted or empty PDF; a scan without --ocr; missing Tesseract language
// packs).
#define CONGVAN_PDF_MODULE_FUNCTIONS                                                               \
  Status (*extract)(std::string_view bytes, const std::string& source, const ReadOptions& options, \
                    PdfLayoutFunction layout, PdfPages& out);

struct PdfModule {
  ModuleStamp stamp;
  CONGVAN_PDF_MODULE_FUNCTIONS
};

inline constexpr ModuleStamp kPdfModuleStamp =
    StampOf<PdfModule>(CONGVAN_MODULE_TEXT(CONGVAN_PDF_MODULE_FUNCTIONS),
                       {sizeof(PdfPages), sizeof(ReadOptions), sizeof(Status), sizeof(WordBox)},
                       {TypeSpelling<decltype(PdfModule::extract)>()});

using PdfExtractFunction = decltype(PdfModule::extract);

// The entry point's symbol (the stamp, not the name, tells the builds apart).
inline constexpr const char* kPdfModuleSymbol = "congvan_pdf_module";

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_MODULE_H_
