// PDF files (see pdf_reader.h).
//
// Approach: poppler's C++ API loads the file from memory; each page's words
// come with their boxes in poppler's reading order, and pdf_layout.h builds
// lines, columns and paragraph breaks from the boxes (a letterhead's issuer
// and national motto stay apart). A page with no text at all has no text layer: it is
// rendered to an 8-bit grey image at options.ocr_dpi and recognised by
// Tesseract when OCR is asked for. poppler's own error messages (a damaged
// xref it repairs, say) are collected as warnings instead of going to stderr.
// Hyphenation and broken syllables are left to the parser, which repairs
// them in every text the same way.
#include "read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "read/ocr.h"
#include "read/pdf_layout.h"
#include "text/decode.h"

namespace congvan::read {
namespace {

constexpr size_t kMaxWarnings = 5;

Status ReadError(const std::string& source, std::string message) {
  Location where;
  where.file = source;
  return Status::Error(StatusCode::kInvalidInput, std::move(message), where);
}

// poppler reports through one process-wide function; it is pointed at the
// document being read for the time of the read.
std::mutex g_poppler_mutex;
std::vector<Diagnostic>* g_poppler_messages = nullptr;

void CollectPopplerMessage(const std::string& message, void*) {
  if (g_poppler_messages != nullptr && g_poppler_messages->size() < kMaxWarnings) {
    g_poppler_messages->push_back({DiagnosticKind::kReader, 0, "PDF: " + message, "", ""});
  }
}

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// The page's text, rebuilt from its words' boxes (pdf_layout.h).
std::string PageText(const poppler::page& page) {
  std::vector<WordBox> words;
  for (const poppler::text_box& box : page.text_list()) {
    poppler::rectf r = box.bbox();
    words.push_back({Utf8(box.text()), r.x(), r.y(), r.width(), r.height(), box.has_space_after()});
  }
  return LayoutText(words);
}

bool HasText(const std::string& text) {
  return text.find_first_not_of(" \t\r\n\f") != std::string::npos;
}

Result<std::string> RecognisePage(const poppler::page& page, PageRecogniser& ocr,
                                  const ReadOptions& options) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image image = renderer.render_page(&page, options.ocr_dpi, options.ocr_dpi);
  if (!image.is_valid()) return std::string();
  return ocr.Recognise(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(),
                       image.height(), image.bytes_per_row(), options.ocr_dpi);
}

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
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return ReadError(source, "the PDF is larger than 2 GiB");
  std::lock_guard<std::mutex> lock(g_poppler_mutex);
  ExtractedText out;
  g_poppler_messages = &out.warnings;
  poppler::set_debug_error_function(CollectPopplerMessage, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  struct Reset {
    ~Reset() { g_poppler_messages = nullptr; }
  } reset;
  if (!doc) return ReadError(source, "not a readable PDF (damaged, or not a PDF)");
  if (doc->is_locked())
    return ReadError(source, "the PDF is encrypted with a password; congvan cannot open it");
  if (doc->pages() <= 0) return ReadError(source, "the PDF has no pages");

  std::vector<std::string> pages(static_cast<size_t>(doc->pages()));
  std::vector<int> scanned;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) pages[static_cast<size_t>(i)] = PageText(*page);
    if (!HasText(pages[static_cast<size_t>(i)])) scanned.push_back(i);
  }
  bool all_scanned = scanned.size() == pages.size();
  if (all_scanned && !options.ocr) {
    return ReadError(source,
                     "the PDF has no text layer (a scan); run with --ocr to recognise its text");
  }
  out.format = "pdf";
  if (options.ocr && !scanned.empty()) {
    auto ocr = PageRecogniser::Create(options.ocr_languages, source);
    if (!ocr.ok()) return ocr.status();
    int done = 0;
    for (int i : scanned) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) continue;
      auto text = RecognisePage(*page, **ocr, options);
      if (!text.ok()) return text.status();
      pages[static_cast<size_t>(i)] = std::move(text.value());
      if (options.progress) options.progress(++done, static_cast<int>(scanned.size()));
    }
    out.format = all_scanned ? "pdf-ocr" : "pdf";
    if (!all_scanned)
      out.warnings.push_back(
          {DiagnosticKind::kReader, 0,
           std::to_string(scanned.size()) + " page(s) without a text layer recognised by OCR", "",
           ""});
  } else if (!scanned.empty()) {
    out.warnings.push_back(
        {DiagnosticKind::kReader, 0,
         std::to_string(scanned.size()) +
             " page(s) have no text layer and were left out; --ocr recognises them",
         "", ""});
  }
  int lines = 0;
  for (size_t i = 0; i < pages.size(); ++i)
    AppendPage(out, static_cast<int>(i) + 1, pages[i], lines);
  out.encoding = "utf-8";
  auto text = text::DecodeOwned(std::move(out.text), source);
  if (!text.ok())
    return ReadError(source, "the PDF's text could not be read: " + text.status().message());
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
