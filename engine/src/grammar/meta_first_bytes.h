// The first bytes a text may begin with for a metadata field to match it,
// read from the field's patterns.
//
// The amendment pass asks "action" of every provision of a law (84,448 on
// the 20 MB law), and few begin with a verb. Grammar::FindMeta turns most
// away at its lead gate (grammar/folded_lead_gate.h), but only after a
// call, the gate's frame and its first letter (≈ 100 instructions a
// provision). When every pattern of the field is folded and anchored where
// the text begins with leading literals (the Vietnamese verbs: "^(?:sua
// doi,? bo sung|sua doi)\b", "^bo sung\b", …; required_literals.h), the fold
// of a text that begins with an ASCII letter or digit begins with that byte
// in lower case, so a text whose first byte is an ASCII letter or digit that
// no lead begins with ("Các", "Người", "Khi", "1.") cannot match. Every other
// first byte (a letter with marks, punctuation, a space) is left to the
// grammar, and so is every byte of a field with a pattern that is raw,
// unanchored or without leads (English "… is amended"): a table that turns
// nothing away. tests/parse/amendment_gate_test.cc asks both ways on every
// provision of the corpus and the unseen texts.
#ifndef CONGVAN_GRAMMAR_META_FIRST_BYTES_H_
#define CONGVAN_GRAMMAR_META_FIRST_BYTES_H_

#include <array>
#include <string_view>

#include "congvan/grammar.h"

namespace congvan::grammar_internal {

// By a text's first byte: false only when no pattern of `field` can match a
// text that begins with it (FindMeta(field, text) is then empty). All true
// for a field the grammar does not have or whose patterns are not all
// folded, anchored and led. The last table made is kept per thread (the
// documents of a folder share their grammar).
using FirstBytes = std::array<bool, 256>;
FirstBytes MetaFieldFirstBytes(const Grammar& grammar, std::string_view field);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_META_FIRST_BYTES_H_
