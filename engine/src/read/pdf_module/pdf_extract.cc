// The PDF module's entry point (see read/pdf_module.h): poppler and Tesseract
// live here only, in a module the engine loads when a PDF is read.
//
// Approach: poppler's C++ API loads the file from memory; each page's words
// come with their boxes in poppler's reading order, and the engine's layout
// (pdf_layout.h, passed in) builds lines, columns and paragraph breaks from
// the boxes (a letterhead's issuer and national motto stay apart). A page
// with no text at all has no text layer (the engine's layout gives no text
// for a layer that does not read as text: pdf_text_layer.h): it is rendered to an 8-bit grey
// image at options.ocr_dpi and recognised by Tesseract when OCR is asked for.
// poppler's own error messages (a damaged xref it repairs, say) are collected
// as warnings instead of going to stderr. The pages go back to the engine,
// which joins and decodes them (pdf_reader.cc).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "read/pdf_module.h"
#include "read/pdf_module/ocr.h"
#include "read/read_error.h"

namespace congvan::read {
namespace {

constexpr size_t kMaxWarnings = 5;

// poppler reports through one process-wide function; it is pointed at the
// document being read for the time of the read.
std::mutex g_poppler_mutex;
std::vector<std::string>* g_poppler_messages = nullptr;

void CollectPopplerMessage(const std::string& message, void*) {
  if (g_poppler_messages != nullptr && g_poppler_messages->size() < kMaxWarnings) {
    g_poppler_messages->push_back("PDF: " + message);
  }
}

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Text set sideways (a quarter turn either way: the Công báo's running
// header "CÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024" in a landscape page's
// margin) comes word by word, each box as tall as its word is long, so the
// layout made each word a line of its own and the parser read "+ 1060/Ngày"
// as an item. A sideways word that goes on the run before it (the same
// turn, the same column of the page, further along the run's direction) is
// joined to it, so each sideways line is one box: a line of the page.
bool Sideways(const poppler::text_box& box) { return box.rotation() % 2 == 1; }

bool GoesOnSidewaysRun(const WordBox& run, int run_rotation, const poppler::text_box& box) {
  poppler::rectf r = box.bbox();
  if (!Sideways(box) || box.rotation() != run_rotation) return false;
  bool same_column = r.x() < run.x + run.width && run.x < r.x() + r.width();
  double slack = 0.5 * run.width;  // the box's width is the font's size
  bool further =
      run_rotation == 1 ? r.y() >= run.y + run.height - slack : r.y() + r.height() <= run.y + slack;
  return same_column && further;
}

void JoinSideways(WordBox& run, const poppler::text_box& box, const std::string& text) {
  poppler::rectf r = box.bbox();
  run.text.push_back(' ');
  run.text += text;
  double right = std::max(run.x + run.width, r.x() + r.width());
  double bottom = std::max(run.y + run.height, r.y() + r.height());
  run.x = std::min(run.x, r.x());
  run.y = std::min(run.y, r.y());
  run.width = right - run.x;
  run.height = bottom - run.y;
  run.space_after = box.has_space_after();
}

// The page's text, rebuilt from its words' boxes by the engine's layout.
std::string PageText(const poppler::page& page, PdfLayoutFunction layout) {
  std::vector<WordBox> words;
  int last_rotation = 0;
  for (const poppler::text_box& box : page.text_list()) {
    if (!words.empty() && GoesOnSidewaysRun(words.back(), last_rotation, box)) {
      JoinSideways(words.back(), box, Utf8(box.text()));
      continue;
    }
    poppler::rectf r = box.bbox();
    last_rotation = box.rotation();
    words.push_back({Utf8(box.text()), r.x(), r.y(), r.width(), r.height(), box.has_space_after()});
  }
  return layout(words);
}

bool HasText(const std::string& text) {
  return text.find_first_not_of(" \t\r\n\f") != std::string::npos;
}

// A page of a scan can still carry a few words of text: the digital
// signature of the office that certified the copy, drawn over the image of
// page 1 ("SAO Y; Văn phòng Đoàn ĐBQH và HĐND TP Hà Nội / Giờ ký: …": a
// Hà Nội resolution's copy), so that page was taken for a text page and its
// letterhead, number, date and title were never recognised. In a document
// that has scanned pages, a page with less text than this is recognised too.
constexpr size_t kThinText = 200;  // bytes of text other than spaces

size_t TextBytes(const std::string& text) {
  size_t n = 0;
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') ++n;
  return n;
}

// Adds to `scanned` (in page order) the pages with only a few words of text,
// when the document has pages without any.
void AddThinPages(const PdfPages& out, std::vector<int>& scanned) {
  if (scanned.empty()) return;
  for (size_t i = 0; i < out.pages.size(); ++i) {
    if (HasText(out.pages[i]) && TextBytes(out.pages[i]) < kThinText)
      scanned.push_back(static_cast<int>(i));
  }
  std::sort(scanned.begin(), scanned.end());
}

std::string RecognisePage(const poppler::page& page, PageRecogniser& ocr,
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

// Recognises the pages listed in `scanned` into `out.pages`.
Status RecogniseScannedPages(poppler::document& doc, const std::vector<int>& scanned,
                             const std::string& source, const ReadOptions& options, PdfPages& out) {
  auto ocr = PageRecogniser::Create(options.ocr_languages, source);
  if (!ocr.ok()) return ocr.status();
  int done = 0;
  for (int i : scanned) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (!page) continue;
    out.pages[static_cast<size_t>(i)] = RecognisePage(*page, **ocr, options);
    if (options.progress) options.progress(++done, static_cast<int>(scanned.size()));
  }
  return Status::Ok();
}

Status ExtractPages(std::string_view bytes, const std::string& source, const ReadOptions& options,
                    PdfLayoutFunction layout, PdfPages& out) {
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return ReadError(source, "the PDF is larger than 2 GiB");
  std::lock_guard<std::mutex> lock(g_poppler_mutex);
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

  out.pages.assign(static_cast<size_t>(doc->pages()), std::string());
  std::vector<int> scanned;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) out.pages[static_cast<size_t>(i)] = PageText(*page, layout);
    if (!HasText(out.pages[static_cast<size_t>(i)])) scanned.push_back(i);
  }
  bool all_scanned = scanned.size() == out.pages.size();
  if (all_scanned && !options.ocr) {
    return ReadError(source,
                     "the PDF has no text layer (a scan) or one that does not read as text (a "
                     "font without a Unicode map, a legacy OCR layer); run with --ocr to "
                     "recognise its text");
  }
  out.format = "pdf";
  if (options.ocr) {
    AddThinPages(out, scanned);
    all_scanned = scanned.size() == out.pages.size();
  }
  if (options.ocr && !scanned.empty()) {
    Status recognised = RecogniseScannedPages(*doc, scanned, source, options, out);
    if (!recognised.ok()) return recognised;
    out.format = all_scanned ? "pdf-ocr" : "pdf";
    if (!all_scanned)
      out.warnings.push_back(std::to_string(scanned.size()) +
                             " page(s) without a text layer recognised by OCR");
  } else if (!scanned.empty()) {
    out.warnings.push_back(
        std::to_string(scanned.size()) +
        " page(s) have no text layer, or one that does not read as text, and were left "
        "out; --ocr recognises them");
  }
  return Status::Ok();
}

}  // namespace
}  // namespace congvan::read

// The one symbol the module exports (pdf_module.h: kPdfModuleSymbol): the
// table of its one function.
extern "C" __attribute__((visibility("default"))) const congvan::read::PdfModule*
congvan_pdf_module() {
  static const congvan::read::PdfModule kModule = {congvan::read::kPdfModuleStamp,
                                                   &congvan::read::ExtractPages};
  return &kModule;
}
