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
// (a form to fill in) is never at a page's top under "Người ký:". A value
// too long for the stamp's width wraps ("Ký bởi: ỦY BAN NHÂN" / "DÂN TỈNH
// LÂM ĐỒNG", "Thời gian ký: 13/11/2025" / "15:53:50": Lâm Đồng's TB
// 493/TB-UBND): a line without a label goes on the value above it, up to
// kMaxValueLines lines a value, and a clock time under the signing time
// goes on that time.
#include "read/pdf_signature_stamp.h"

#include <string_view>

#include "text/trimmed.h"

namespace congvan::read {
namespace {

using text::Trimmed;

constexpr int kMaxValueLines = 3;  // a stamp value's lines: its label's and two more

bool StartsWith(std::string_view line, std::string_view prefix) {
  return line.substr(0, prefix.size()) == prefix;
}

// A line holding a "label:" of its own (the stamp's labels are short: a
// wrapped value may hold a colon further on, "… 15:53:50").
bool HasLabel(std::string_view line) {
  size_t colon = line.find(':');
  return colon != std::string_view::npos && colon <= 20 && colon > 0 &&
         !(line[colon - 1] >= '0' && line[colon - 1] <= '9');
}

// "15:53:50", "15:53:50 +07:00": the clock time of a wrapped signing time.
bool IsClockTime(std::string_view line) {
  if (line.empty()) return false;
  for (char c : line) {
    if (!((c >= '0' && c <= '9') || c == ':' || c == ' ' || c == '+' || c == '-')) return false;
  }
  return line.find(':') != std::string_view::npos;
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
  size_t at = 0, time_end = 0;
  bool signer_seen = false;
  int value_lines = 0;  // the lines of the value being read (0: none open)
  while (at < page.size()) {
    size_t nl = page.find('\n', at);
    size_t next = nl == std::string_view::npos ? page.size() : nl + 1;
    std::string_view line = Trimmed(page.substr(at, next - at));
    if (time_end > 0) {
      // After the signing time only its wrapped clock time.
      if (line.empty()) {
        at = next;
        continue;
      }
      return IsClockTime(line) ? next : time_end;
    }
    if (!signer_seen) {
      if (!line.empty()) {
        if (!IsSignerLine(line)) return 0;
        signer_seen = true;
        value_lines = 1;
      }
    } else if (line.empty()) {
      // the layout's paragraph break inside the stamp: its lines are spaced
    } else if (IsSigningTimeLine(line)) {
      time_end = next;
    } else if (IsStampDetailLine(line)) {
      value_lines = 1;
    } else if (value_lines > 0 && value_lines < kMaxValueLines && !HasLabel(line)) {
      ++value_lines;  // the value above, wrapped
    } else {
      return 0;
    }
    at = next;
  }
  return time_end;
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
