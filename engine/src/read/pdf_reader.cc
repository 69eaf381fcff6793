// PDF files (see pdf_reader.h).
//
// Approach: the pages' texts come from congvan's PDF module (pdf_module.h),
// loaded on the first PDF so that a run reading only text never loads poppler
// and Tesseract: poppler gives each page's words with their boxes, and
// pdf_layout.h (handed to the module) builds lines, columns and paragraph
// breaks from them; a page without a text layer, or with one that does not
// read as text (pdf_text_layer.h), is recognised by Tesseract when OCR is
// asked for. A page's own number on its first line is set apart
// from the text under it (pdf_page_numbers.h), and a digital signature's
// stamp drawn over a page's top is left out (pdf_signature_stamp.h). Here the pages are joined, a
// form feed line between them, each with its run of origins, and decoded like any text. Hyphenation
// and broken syllables are left to the parser, which repairs them in every text the same way.
#include "read/pdf_reader.h"

#include <string>
#include <vector>

#include "read/pdf_layout.h"
#include "read/pdf_module.h"
#include "read/pdf_module_loader.h"
#include "read/pdf_page_numbers.h"
#include "read/pdf_signature_stamp.h"
#include "read/pdf_text_layer.h"
#include "read/read_error.h"
#include "text/decode.h"

namespace congvan::read {
namespace {

// Appends a page's text, a form feed line before every page but the first,
// and the page's run of origins.
void AppendPage(ExtractedText& out, int page, const std::string& text, int& lines) {
  if (page > 1) {
    out.text += "\f\n";
    ++lines;
  }
  int first = lines + 1;
  for (size_t start = 0; start < text.size();) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    out.text.append(text, start, nl - start);
    out.text.push_back('\n');
    ++lines;
    start = nl + 1;
  }
  if (lines >= first) out.origins.push_back({first, lines, SourceOrigin{page, 0, "page"}});
}

}  // namespace

Result<ExtractedText> ReadPdf(std::string_view bytes, const std::string& source,
                              const ReadOptions& options) {
  auto extract = LoadPdfModule();
  if (!extract.ok()) return ReadError(source, extract.status().message(), extract.status().code());
  PdfPages pages;
  Status read = (*extract)(bytes, source, options, &ReadableLayoutText, pages);
  if (!read.ok()) return read;
  RemoveSignatureStamps(pages.pages);
  SetPageNumbersApart(pages.pages);
  ExtractedText out;
  out.format = pages.format;
  for (std::string& warning : pages.warnings) out.warnings.push_back(ReaderWarning(warning));
  int lines = 0;
  for (size_t i = 0; i < pages.pages.size(); ++i)
    AppendPage(out, static_cast<int>(i) + 1, pages.pages[i], lines);
  out.encoding = "utf-8";
  auto text = text::DecodeOwned(std::move(out.text), source);
  if (!text.ok())
    return ReadError(source, "the PDF's text could not be read: " + text.status().message());
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
