// Where the provisions an amending text quotes begin and end.
//
// An amending clause announces new text ("Sửa đổi, bổ sung Điều 2 như sau:")
// and quotes it: “Điều 2. …” … ”. Real copies are loose with the marks: a
// closing mark after the first clause and another after the last, one quote
// per paragraph, an inserted article ("Điều 48b.") with no mark at all. So a
// region is not found by balancing marks. It opens at a paragraph that starts
// with an opening mark right after an amending paragraph (an amending verb,
// ending in ':'), or right after an article heading whose title is the change
// ("Article 17. Amendments to Article 45" / “Article 45. …”, as translations
// of amending decrees title their articles); it runs to the
// last paragraph ending with a closing mark before the amending text speaks
// again — the next amending instruction ("3. Sửa đổi …", not in quotes) or
// the next article of the amending text itself — and to that point when no
// mark closes it. Consecutive quoted paragraphs form one region.
#ifndef CONGVAN_PARSE_QUOTE_REGIONS_H_
#define CONGVAN_PARSE_QUOTE_REGIONS_H_

#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {

// Region id per paragraph (0, 1, …), or -1 outside every region; only
// paragraphs before `end` are looked at.
std::vector<int> FindQuoteRegions(const Paragraphs& paragraphs, const Grammar& grammar, size_t end);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_QUOTE_REGIONS_H_
