// Cutting a paragraph of one source line in two where a second place opens
// inside the line (a portal copy gluing a clause, a sub-point or a heading to
// the text before it). The parts keep where they stand on the line as bytes
// (LineSpans::from_byte / to_byte), so the document stays lossless: the two
// parts tile the line (CheckLossless). The passes that find the cuts
// (glued_subpoints.cc, glued_clauses.cc) each say their rule; this file does
// the cutting for them.
#ifndef CONGVAN_PARSE_LINE_CUTS_H_
#define CONGVAN_PARSE_LINE_CUTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// A cut of paragraph `paragraph` before byte `at` of its text.
struct LineCut {
  size_t paragraph = 0;
  size_t at = 0;
};

// Whether `p` may be cut: a paragraph of one source line without a role,
// whose text is a run of the document's `buffer` (not lines joined).
bool CuttableParagraph(const Paragraph& p, std::string_view buffer);

// Cuts the paragraphs as `cuts` say (in any order; each paragraph
// CuttableParagraph, each `at` inside its text, after a letter of it). The text before a cut loses
// its trailing spaces; every part's markers are matched again (MatchParagraphMarkers). REQUIRES:
// the paragraphs' markers are not matched yet.
void CutParagraphs(Paragraphs& paragraphs, std::vector<LineCut> cuts, std::string_view buffer);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_LINE_CUTS_H_
