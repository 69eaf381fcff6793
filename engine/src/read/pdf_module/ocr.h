// Optical character recognition of a rendered page (Tesseract).
#ifndef CONGVAN_READ_PDF_MODULE_OCR_H_
#define CONGVAN_READ_PDF_MODULE_OCR_H_

#include <memory>
#include <string>

#include "congvan/status.h"

namespace congvan::read {

// One Tesseract engine for the pages of one document: initialised once with
// the language packs ("vie+eng"), then fed 8-bit grey images.
class PageRecogniser {
 public:
  // Fails with a clear message when Tesseract or a language pack is missing.
  static Result<std::unique_ptr<PageRecogniser>> Create(const std::string& languages,
                                                        const std::string& source);
  ~PageRecogniser();

  // The text of a grey image (one byte per pixel, `stride` bytes per row)
  // scanned at `dpi`, as UTF-8 lines.
  std::string Recognise(const unsigned char* pixels, int width, int height, int stride, int dpi);

 private:
  PageRecogniser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_MODULE_OCR_H_
