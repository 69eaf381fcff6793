// CompactString: a short string of its own in 16 bytes — up to 15 bytes
// inline, a longer one in an exact-size heap block with its size beside the
// pointer — the `InlineString` (congvan/inline_string.h) of capacity 15.
//
// A task tree holds one `Node` per line of a law, and each names its path
// ("12.345.6.c"): on the 5 MB law-like input no path is over 14 bytes. As a
// `std::string` it was 32 of a Node's bytes; as a CompactString 16, with the
// same allocations (a std::string also keeps up to 15 bytes inline). The tree
// builder's drafts keep their markers as CompactStrings too. Paths and
// markers are not interned (as `InternedName`s are): they are text of the
// document, not names of a grammar, and a table that only grows would grow
// with every document of a corpus run.
#ifndef CONGVAN_COMPACT_STRING_H_
#define CONGVAN_COMPACT_STRING_H_

#include "congvan/inline_string.h"

namespace congvan {

using CompactString = InlineString<15>;
static_assert(sizeof(CompactString) == 16, "a path is two words in a Node");

}  // namespace congvan

#endif  // CONGVAN_COMPACT_STRING_H_
