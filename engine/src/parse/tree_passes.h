// Passes over the paragraphs before the tree is built: each looks at the
// document as a whole, which the tree builder's one left-to-right pass cannot.
#ifndef CONGVAN_PARSE_TREE_PASSES_H_
#define CONGVAN_PARSE_TREE_PASSES_H_

#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// Headings in capitals numbered "1." (or "Il.", "11.") where the document's
// Roman capital headings need "I." (or "II."): OCR turned the numeral into
// digits. The paragraph's markers become the Roman one, reported as
// "repaired". A heading is repaired only between a Roman heading numbered
// one less (or the start) and one numbered one more.
void RepairRomanHeadings(Paragraphs& paragraphs, const Grammar& grammar,
                         std::vector<Diagnostic>& diagnostics);

// A table of contents is never a second tree: a run of at least three
// heading lines (part, chapter, section, article) with nothing between them
// but titles, whose numbering starts again after the run, gets the role toc.
void MarkTableOfContents(Paragraphs& paragraphs, const Grammar& grammar);

// Footnotes listed at the end of the body ("(1) Nghị định số …", "[2] …"):
// the trailing paragraphs numbered "(N)" or "[N]" where each N is cited
// inline earlier ("… theo quy định(1)") get the role footnote. Returns the
// index after the last paragraph that may still be a task.
size_t MarkFootnoteList(Paragraphs& paragraphs, const Grammar& grammar, size_t end);

// The text of a paragraph that is a page number, a heading of a continuous
// style, or similar short furniture (used by the passes above).
bool IsShortTitle(const Paragraph& p);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_TREE_PASSES_H_
