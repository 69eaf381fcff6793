// The text of a PDF page rebuilt from its words' positions.
#ifndef CONGVAN_READ_PDF_LAYOUT_H_
#define CONGVAN_READ_PDF_LAYOUT_H_

#include <string>
#include <vector>

namespace congvan::read {

// A word as a PDF's text layer has it: its text and box (points, top-left
// origin), and whether the PDF put a space after it.
struct WordBox {
  std::string text;
  double x = 0, y = 0, width = 0, height = 0;
  bool space_after = false;
};

// The page's text from its words in reading order: words on one baseline
// form a line, but a wide horizontal gap splits it into columns (a
// letterhead's issuer beside the national motto), and a block of lines in
// two columns is written column by column. A blank line marks where a
// paragraph visibly begins: a vertical gap above the page's line pitch, a
// line indented from the text's left edge, a jump to another column.
std::string LayoutText(const std::vector<WordBox>& words);

}  // namespace congvan::read

#endif  // CONGVAN_READ_PDF_LAYOUT_H_
