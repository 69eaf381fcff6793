// Tesseract behind PageRecogniser (see ocr.h). The engine is the LSTM one
// with its default page segmentation (automatic, which keeps a letterhead's
// columns and the body's paragraphs apart); its messages to stderr are
// silenced (debug_file), so a user sees congvan's progress, not Tesseract's.
#include "read/pdf_module/ocr.h"

#include <tesseract/baseapi.h>

#include <memory>

namespace congvan::read {

struct PageRecogniser::Impl {
  tesseract::TessBaseAPI api;
};

PageRecogniser::PageRecogniser() : impl_(std::make_unique<Impl>()) {}

PageRecogniser::~PageRecogniser() {
  if (impl_) impl_->api.End();
}

Result<std::unique_ptr<PageRecogniser>> PageRecogniser::Create(const std::string& languages,
                                                               const std::string& source) {
  std::unique_ptr<PageRecogniser> r(new PageRecogniser());
  r->impl_->api.SetVariable("debug_file", "/dev/null");
  if (r->impl_->api.Init(nullptr, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    Location where;
    where.file = source;
    return Status::Error(StatusCode::kInvalidInput,
                         "OCR needs Tesseract's language packs '" + languages +
                             "' (Debian: tesseract-ocr-vie tesseract-ocr-eng)",
                         where);
  }
  return r;
}

std::string PageRecogniser::Recognise(const unsigned char* pixels, int width, int height,
                                      int stride, int dpi) {
  impl_->api.SetImage(pixels, width, height, 1, stride);
  impl_->api.SetSourceResolution(dpi);
  std::unique_ptr<char[]> text(impl_->api.GetUTF8Text());
  impl_->api.Clear();
  return text ? std::string(text.get()) : std::string();
}

}  // namespace congvan::read
