// Whether a PDF page's text layer is text at all.
//
// A PDF can carry a text layer that is not its text: a scan whose OCR was
// made in a legacy font ("ceNG HoA xA ugr cuu xcuia vrET NAM", "Ldm D6ng,
// ngdy", Lâm Đồng's TB 493/TB-UBND), or text set in a font without a
// Unicode map, whose codes poppler gives as Latin-1 letters ("BØ CÔNG AN",
// "CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM", CV 298/TTr-CAT-PC04). Parsed, such a
// page gave a document without number, date or tasks and no word of why.
// Such a page is read as a page without a text layer: left out with the
// message that points to --ocr, or recognised with --ocr.
#ifndef CONGVAN_READ_PDF_TEXT_LAYER_H_
#define CONGVAN_READ_PDF_TEXT_LAYER_H_

#include <string>
#include <string_view>
#include <vector>

#include "read/pdf_layout.h"

namespace congvan::read {

// The share of a page's words (whitespace-separated, holding a letter) that
// no Vietnamese or English text writes: a letter outside the Vietnamese and
// English alphabet ("Ø", "æ", "Ñ", "Ë"; combining marks only on vowels), a
// capital right after a small letter inside the word ("ceNG", "HoA"), or a
// digit or sign between a letter and a small letter ("D6ng", "l$p",
// "H¡nh"). Unit symbols ("40mL", "pH") make a few percent of a technical
// page; the garbage layers measured make a quarter to two fifths.
double MalformedWordShare(std::string_view text, int* words = nullptr);

// False when the page has enough words to judge (kMinJudgedWords) and more
// than kMaxMalformedShare of them are malformed.
bool ReadsAsText(std::string_view text);

// LayoutText (pdf_layout.h), or nothing when the page's text layer does not
// read as text: the function the PDF module is handed, so that such a page
// is treated as one without a text layer.
std::string ReadableLayoutText(const std::vector<WordBox>& words);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_TEXT_LAYER_H_
