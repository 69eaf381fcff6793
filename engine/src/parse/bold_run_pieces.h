// Pieces of a bold heading that the line-role stage took for noise.
#ifndef CONGVAN_PARSE_BOLD_RUN_PIECES_H_
#define CONGVAN_PARSE_BOLD_RUN_PIECES_H_

#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// Gives back to the body each noise line that is one piece of a "**" run
// wrapped over two lines ("**Chương" / "I**", "**XỬ" / "LÝ VI PHẠM**"), so
// the paragraph stage joins the run into one heading. Runs after the line
// roles, before the paragraphs.
void RestoreBoldRunPieces(std::vector<SourceLine>& lines);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_BOLD_RUN_PIECES_H_
