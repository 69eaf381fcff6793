// Text inside Akoma Ntoso inline elements (<p>, <heading>, <num>): line
// breaks as <eol/>, cited documents as <ref href="/akn/vn/…">. Written so
// that pugixml's indentation never adds white space inside mixed content,
// and read back by concatenating the text, <eol/> as '\n'.
#ifndef CONGVAN_IO_AKN_INLINE_H_
#define CONGVAN_IO_AKN_INLINE_H_

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"

namespace congvan::akn {

// The AKN work URI of a cited document:
// /akn/vn/{act|doc}/{kind}/{date or "nn"}/{number slug or "nn"}.
std::string ReferenceHref(const Reference& ref);

// Appends `text` to `parent`: '\n' as <eol/>, and each first occurrence of
// a citation of `refs` (the document's references on the text's lines)
// wrapped in <ref>.
void AppendInline(pugi::xml_node parent, std::string_view text,
                  const std::vector<const Reference*>& refs);

// The text of an element as AppendInline wrote it: every descendant's
// character data in order, <eol/> (and <br/>) as '\n'; structures nested
// in the text (<quotedStructure>, <authorialNote>) are left out, and so is
// anything nested deeper than kMaxInlineDepth. With `collapse_whitespace`
// (AKN written by others, pretty-printed) each run of white space in the
// character data is one space and every line is trimmed.
inline constexpr int kMaxInlineDepth = 64;
std::string InlineText(pugi::xml_node element, bool collapse_whitespace = false);

}  // namespace congvan::akn

#endif  // CONGVAN_IO_AKN_INLINE_H_
