// Line roles, a table of contents whose page numbers the extraction lost
// ("MỤC LỤC" / "Trang" / "Phần thuyết minh" / "I. Định mức lao động …", the
// numbers were a column of their own).
//
// What stands under the heading on its page is the table, when every line
// there is short and unfinished and the page ends in furniture (a running
// header, a page number, a page break). A copy without page furniture (a web
// page) never has its text taken for one.

#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {
namespace {

// The next or the previous non-blank line is a page number.
bool BesidePageNumber(const std::vector<SourceLine>& lines, size_t k) {
  for (long step : {-1L, 1L}) {
    for (long j = static_cast<long>(k) + step; j >= 0 && j < static_cast<long>(lines.size());
         j += step) {
      const SourceLine& l = lines[static_cast<size_t>(j)];
      if (l.blank) continue;
      if (l.role == BlockRole::kPageNumber) return true;
      break;
    }
  }
  return false;
}

}  // namespace

// A table of contents whose page numbers the extraction lost ("MỤC LỤC" /
// "Trang" / "Phần thuyết minh" / "I. Định mức lao động …", the numbers were
// a column of their own): what stands under the heading on its page is the
// table, when every line there is short and unfinished and the page ends in
// furniture (a running header, a page number, a page break). A copy without
// page furniture (a web page) never has its text taken for one.
constexpr size_t kMaxTocPageLines = 40;
constexpr size_t kMaxTocEntryBytes = 160;
void MarkTocPages(std::vector<SourceLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != BlockRole::kTableOfContents || !AtMostWords(lines[i].text, 2)) continue;
    size_t entries = 0, end = i + 1;
    bool page_ends = false;
    for (; end < lines.size() && entries <= kMaxTocPageLines; ++end) {
      const SourceLine& l = lines[end];
      if (l.blank) continue;
      // An entry every table repeats ("Trang", "Phần thuyết minh") is in a
      // running header's group; the page's own header stands by its number.
      bool entry_header = l.role == BlockRole::kRunningHeader && !BesidePageNumber(lines, end);
      if (l.role && !entry_header) {
        page_ends = l.role == BlockRole::kRunningHeader || l.role == BlockRole::kPageNumber ||
                    l.role == BlockRole::kPageBreak;
        break;
      }
      if (l.text.size() > kMaxTocEntryBytes || EndsWithTerminalPunctuation(l.text)) break;
      ++entries;
    }
    if (!page_ends || entries == 0) continue;
    for (size_t k = i + 1; k < end; ++k) {
      if (!lines[k].blank) lines[k].role = BlockRole::kTableOfContents;
    }
    i = end;
  }
}

}  // namespace congvan::parse
