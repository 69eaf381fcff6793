// Which reader a file needs, from its content.
#ifndef CONGVAN_READ_SNIFF_H_
#define CONGVAN_READ_SNIFF_H_

#include <string_view>

namespace congvan::read {

enum class Sniffed {
  kText,
  kHtml,
  kDocx,
  kPdf,
  kLegacyWord,  // an OLE2 compound file (.doc of Word 97–2003)
  kRtf,
  kOtherZip,  // a ZIP archive that is no Word document
  kAkn,       // Akoma Ntoso 3.0 XML (read into a tree, not into text)
};

// Magic bytes first (PDF, ZIP, OLE2, RTF), then a look at the start of the
// text for Akoma Ntoso (an <akomaNtoso> root in the AKN 3.0 namespace) and
// HTML; everything else is text. The file name plays no part.
Sniffed SniffFormat(std::string_view bytes);

}  // namespace congvan::read

#endif  // CONGVAN_READ_SNIFF_H_
