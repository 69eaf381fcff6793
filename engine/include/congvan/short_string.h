// ShortString: a string of its own in 8 bytes — up to 7 bytes inline, a
// longer one behind a 56-bit pointer to an exact-size heap block that starts
// with its size — the `InlineString` (congvan/inline_string.h) of capacity 7,
// for a member that nearly always holds two or three bytes: a Node's marker.
//
// Markers are short: on the 2 MB law-like input 7,029 of 8,406 are two bytes
// ("a)", "1."), 672 three ("đ)", "12."); an article's or a chapter's
// ("Điều 12.", "Chương IV") is 9 to 13 bytes and goes to the heap, one task
// in twenty or so on a law. As a `CompactString` (16 bytes, 15 inline) the
// marker was 16 of a Node's 88 bytes (branch `parse-node5`).
#ifndef CONGVAN_SHORT_STRING_H_
#define CONGVAN_SHORT_STRING_H_

#include "congvan/inline_string.h"

namespace congvan {

using ShortString = InlineString<7>;
static_assert(sizeof(ShortString) == 8, "a marker is one word in a Node");

}  // namespace congvan

#endif  // CONGVAN_SHORT_STRING_H_
