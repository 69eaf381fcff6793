// PDF files: the text layer, or OCR of the rendered pages.
#ifndef CONGVAN_READ_PDF_READER_H_
#define CONGVAN_READ_PDF_READER_H_

#include <string>
#include <string_view>

#include "congvan/reader.h"

namespace congvan::read {

// The text of each page in reading order (a letterhead's two columns one
// after the other), pages separated by a form feed line. A PDF without a
// text layer (a scan) is an error unless options.ocr, which renders its
// pages and recognises them with Tesseract (ocr.h); a PDF with some pages
// scanned gets those pages recognised, or a warning naming them.
Result<ExtractedText> ReadPdf(std::string_view bytes, const std::string& source,
                              const ReadOptions& options);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_READER_H_
