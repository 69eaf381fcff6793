// PDF files (see pdf_reader.h).
//
// Approach: poppler's C++ API loads the file from memory; each page's text
// comes in poppler's reading order (non_raw_non_physical_layout: columns one
// after the other, not side by side, so a letterhead's issuer and national
// motto stay apart). A page with no text at all has no text layer: it is
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
#include "text/decode.h"

namespace congvan::read {
namespace {

constexpr size_t kMaxWarnings = 5;
constexpr double kParagraphGap = 1.2;  // a vertical gap this many line pitches opens a paragraph
constexpr double kIndent = 0.8;        // line heights right of the text's left edge: an indent

Status ReadError(const std::string& source, std::string message) {
  Location where;
  where.file = source;
  return Status::Error(StatusCode::kInvalidInput, std::move(message), where);
}

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

// A line of a page: its words joined, and where it stands.
struct PdfLine {
  std::string text;
  double left = 0, top = 0, right = 0, height = 0;
};

// The page's words (poppler's text boxes, in reading order) gathered into
// lines: a word on the same baseline, to the right of the line so far,
// continues it; any other starts a line.
std::vector<PdfLine> PageLines(const poppler::page& page) {
  std::vector<PdfLine> lines;
  bool space_after = false;
  for (const poppler::text_box& box : page.text_list()) {
    poppler::rectf r = box.bbox();
    std::string word = Utf8(box.text());
    PdfLine* line = lines.empty() ? nullptr : &lines.back();
    bool same_line = line != nullptr && std::abs(r.y() - line->top) < 0.5 * std::max(r.height(), line->height) &&
                     r.x() >= line->right - 0.5 * r.height();
    if (same_line) {
      if (space_after || r.x() - line->right > 0.15 * r.height()) line->text.push_back(' ');
      line->text += word;
      line->right = r.x() + r.width();
    } else {
      lines.push_back({word, r.x(), r.y(), r.x() + r.width(), r.height()});
    }
    space_after = box.has_space_after();
  }
  return lines;
}

// The line pitch inside paragraphs: a low quantile of the gaps between
// lines, since on a page of short paragraphs most gaps are paragraph gaps.
double LinePitch(std::vector<double> pitches) {
  if (pitches.empty()) return 0;
  size_t at = pitches.size() / 5;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(at), pitches.end());
  return pitches[at];
}

// The page's text, one line per line, with a blank line where a paragraph
// visibly begins: after a vertical gap well above the page's line pitch, or
// at a line indented from the left edge of the text (a first-line indent, a
// centred heading), or where the reading order jumps to another column.
std::string PageText(const poppler::page& page) {
  std::vector<PdfLine> lines = PageLines(page);
  std::vector<double> pitches, lefts;
  for (size_t i = 0; i < lines.size(); ++i) {
    lefts.push_back(lines[i].left);
    if (i > 0 && lines[i].top > lines[i - 1].top) pitches.push_back(lines[i].top - lines[i - 1].top);
  }
  double pitch = LinePitch(pitches);
  std::sort(lefts.begin(), lefts.end());
  double margin = lefts.empty() ? 0 : lefts[lefts.size() / 10];  // the text's left edge
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& line = lines[i];
    if (i > 0) {
      const PdfLine& prev = lines[i - 1];
      double gap = line.top - prev.top;
      bool new_block = gap <= 0 || (pitch > 0 && gap > kParagraphGap * pitch) ||
                       (line.left > margin + kIndent * line.height && prev.left <= margin + kIndent * prev.height);
      if (new_block) out.push_back('\n');
    }
    out += line.text;
    out.push_back('\n');
  }
  return out;
}

bool HasText(const std::string& text) { return text.find_first_not_of(" \t\r\n\f") != std::string::npos; }

Result<std::string> RecognisePage(const poppler::page& page, PageRecogniser& ocr, const ReadOptions& options) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image image = renderer.render_page(&page, options.ocr_dpi, options.ocr_dpi);
  if (!image.is_valid()) return std::string();
  return ocr.Recognise(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(),
                       image.bytes_per_row(), options.ocr_dpi);
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

Result<ExtractedText> ReadPdf(std::string_view bytes, const std::string& source, const ReadOptions& options) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return ReadError(source, "the PDF is larger than 2 GiB");
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
  if (doc->is_locked()) return ReadError(source, "the PDF is encrypted with a password; congvan cannot open it");
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
    return ReadError(source, "the PDF has no text layer (a scan); run with --ocr to recognise its text");
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
    if (!all_scanned) out.warnings.push_back(std::to_string(scanned.size()) + " page(s) without a text layer recognised by OCR");
  } else if (!scanned.empty()) {
    out.warnings.push_back(std::to_string(scanned.size()) + " page(s) have no text layer and were left out; --ocr recognises them");
  }
  int lines = 0;
  for (size_t i = 0; i < pages.size(); ++i) AppendPage(out, static_cast<int>(i) + 1, pages[i], lines);
  out.encoding = "utf-8";
  auto text = text::DecodeOwned(std::move(out.text), source);
  if (!text.ok()) return ReadError(source, "the PDF's text could not be read: " + text.status().message());
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
