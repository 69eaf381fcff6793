// A PDF page's own number, set apart from the text under it.
#ifndef CONGVAN_READ_PDF_PAGE_NUMBERS_H_
#define CONGVAN_READ_PDF_PAGE_NUMBERS_H_

#include <string>
#include <vector>

namespace congvan::read {

// For each page after the first whose text opens with a line holding only
// the page's number — its place in the file (page 2 reads "2"), or one of a
// run of numbers atop consecutive pages (an appendix restarting its
// numbering: "2" atop one page, "3" atop the next) — puts a blank line under that number when the
// page's text runs on right under it, so the parser reads it as page furniture and not as the first
// word of a paragraph ("2" / "của Ủy ban …"). Nothing else of the pages changes.
void SetPageNumbersApart(std::vector<std::string>& pages);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_PAGE_NUMBERS_H_
