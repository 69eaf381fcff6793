// A digital signature's stamp, taken out of a PDF page's text.
#ifndef CONGVAN_READ_PDF_SIGNATURE_STAMP_H_
#define CONGVAN_READ_PDF_SIGNATURE_STAMP_H_

#include <string>
#include <vector>

namespace congvan::read {

// Removes from each page the block of lines a Vietnamese digital signature's
// visible stamp draws at the page's top — "Người ký:" or "Ký bởi:" (the
// signer), then "Email:", "Cơ quan:" and the signing time ("Thời gian ký:" or
// "Ngày ký:") — when the page's text opens with it. The stamp is an
// annotation over the page, not the document's text: its signer is the
// publisher of the copy (the Government's portal, the Official Gazette) and
// its time the day of publication, not of the document. Returns the number
// of stamps removed.
int RemoveSignatureStamps(std::vector<std::string>& pages);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_SIGNATURE_STAMP_H_
