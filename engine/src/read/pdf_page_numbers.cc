// SetPageNumbersApart() (see pdf_page_numbers.h).
//
// Approach: Word prints a page's number in the page header, so the text
// layer gives it as the page's first line. pdf_layout.h opens a paragraph
// only on a vertical gap wider than the page's line pitch, and a header set
// close above the body leaves none (18 page tops in 4 of the 39 Hà Nội
// PDFs with a text layer), so "2" came out glued to the body's first line;
// the parser takes a lone number for a page number only with furniture on
// both sides, so it read it as text ("2 của Ủy ban nhân dân …"). Only the
// reader knows where a page begins, so the evidence is taken here: the
// number must stand alone on the page's first line and be the number that
// page should carry: its ordinal in the file, or one of a run of numbers
// atop consecutive pages (an appendix that restarts its numbering). A table
// or a wrapped figure that opens a page with a lone number seldom has that
// value; and only a blank line is added, the number stays in the text.
#include "read/pdf_page_numbers.h"

#include <cstddef>
#include <string_view>

namespace congvan::read {
namespace {

constexpr size_t kMaxDigits = 3;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The value of a line holding only a number of at most kMaxDigits digits
// (spaces around it allowed), or -1.
int LoneNumber(std::string_view line) {
  size_t begin = line.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return -1;
  size_t end = line.find_last_not_of(" \t\r") + 1;
  if (end - begin > kMaxDigits) return -1;
  int value = 0;
  for (size_t i = begin; i < end; ++i) {
    if (line[i] < '0' || line[i] > '9') return -1;
    value = value * 10 + (line[i] - '0');
  }
  return value;
}

// The page's first non-blank line: its start, end (the '\n' or the text's
// end) and value as a lone number; start == npos when the page is blank.
struct TopLine {
  size_t start = std::string::npos, end = std::string::npos;
  int number = -1;
};

TopLine FirstLine(const std::string& page) {
  TopLine top;
  for (size_t start = 0; start < page.size();) {
    size_t nl = page.find('\n', start);
    if (nl == std::string::npos) nl = page.size();
    std::string_view line(page.data() + start, nl - start);
    if (!IsBlank(line)) {
      top.start = start;
      top.end = nl;
      top.number = LoneNumber(line);
      return top;
    }
    start = nl + 1;
  }
  return top;
}

// Whether the line after the one ending at `end` is text (not blank, not
// the page's end).
bool TextRightUnder(const std::string& page, size_t end) {
  if (end >= page.size()) return false;
  size_t next = end + 1;
  size_t nl = page.find('\n', next);
  if (nl == std::string::npos) nl = page.size();
  return !IsBlank(std::string_view(page.data() + next, nl - next));
}

}  // namespace

void SetPageNumbersApart(std::vector<std::string>& pages) {
  std::vector<TopLine> tops;
  tops.reserve(pages.size());
  for (const std::string& page : pages) tops.push_back(FirstLine(page));
  auto number_atop = [&](size_t i) { return i < tops.size() ? tops[i].number : -1; };
  for (size_t i = 1; i < pages.size(); ++i) {
    int n = tops[i].number;
    bool own_number = n > 0 && (n == static_cast<int>(i) + 1 || number_atop(i - 1) == n - 1 ||
                                number_atop(i + 1) == n + 1);
    if (own_number && TextRightUnder(pages[i], tops[i].end)) pages[i].insert(tops[i].end + 1, "\n");
  }
}

}  // namespace congvan::read
