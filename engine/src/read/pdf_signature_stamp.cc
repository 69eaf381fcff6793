// RemoveSignatureStamps() (see pdf_signature_stamp.h).
//
// Approach: Vietnamese agencies sign their PDFs with the Government's
// signing software, whose visible signature is a widget annotation drawing
// three or four "label: value" lines — the signer ("Người ký:" or "Ký bởi:"),
// "Email:", "Cơ quan:" (the signer's office) and the signing time
// ("Thời gian ký: 07.01.2025 16:32:41 +07:00", "Ngày ký: 2026-05-21
// 08:05:48 +07:00"). poppler draws annotations into the text layer like the
// page's own text and its C++ interface cannot leave them out, so the stamp
// came out as the document's first lines: its time became the document's
// date (20 of 60 Công báo PDFs) and "CÔNG BÁO NƯỚC CỘNG HÒA …" its issuer (4).
// The copies' own text (the .txt published beside each PDF) has no stamp.
// The block is recognised by its labels, in the order the stamp writes them
// (blank lines between them: the layout may read their spacing as a
// paragraph break),
// only where a page's text opens with a signer line and only when the block
// ends with a signing time: a body line that begins "Email:" or "Cơ quan:"
// (a form to fill in) is never at a page's top under "Người ký:".
#include "read/pdf_signature_stamp.h"

#include <string_view>

namespace congvan::read {
namespace {

bool StartsWith(std::string_view line, std::string_view prefix) {
  return line.substr(0, prefix.size()) == prefix;
}

// The line without the spaces and line end around it.
std::string_view Trimmed(std::string_view line) {
  constexpr std::string_view kSpace = " \t\r\n";
  size_t begin = line.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return std::string_view();
  return line.substr(begin, line.find_last_not_of(kSpace) + 1 - begin);
}

bool IsSignerLine(std::string_view line) {
  return StartsWith(line, "Người ký:") || StartsWith(line, "Ký bởi:");
}

bool IsSigningTimeLine(std::string_view line) {
  return StartsWith(line, "Thời gian ký:") || StartsWith(line, "Ngày ký:");
}

// The lines between the signer and the time: the signer's mail and office.
bool IsStampDetailLine(std::string_view line) {
  return StartsWith(line, "Email:") || StartsWith(line, "Cơ quan:");
}

// The end (offset after its last line's newline) of the stamp opening
// `page`, or 0 when the page does not open with one.
size_t StampEnd(std::string_view page) {
  size_t at = 0;
  bool signer_seen = false;
  while (at < page.size()) {
    size_t nl = page.find('\n', at);
    size_t next = nl == std::string_view::npos ? page.size() : nl + 1;
    std::string_view line = Trimmed(page.substr(at, next - at));
    if (!signer_seen) {
      if (!line.empty()) {
        if (!IsSignerLine(line)) return 0;
        signer_seen = true;
      }
    } else if (line.empty()) {
      // the layout's paragraph break inside the stamp: its lines are spaced
    } else if (IsSigningTimeLine(line)) {
      return next;
    } else if (!IsStampDetailLine(line)) {
      return 0;
    }
    at = next;
  }
  return 0;
}

}  // namespace

int RemoveSignatureStamps(std::vector<std::string>& pages) {
  int removed = 0;
  for (std::string& page : pages) {
    size_t end = StampEnd(page);
    if (end == 0) continue;
    page.erase(0, end);
    ++removed;
  }
  return removed;
}

}  // namespace congvan::read
