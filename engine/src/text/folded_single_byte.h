// What one letter folds to, asked of the fold's own table: for code that
// follows a text's fold byte by byte without folding it (the grammar's
// FoldedLeadGate), so that it sees what the fold (congvan/text_fold.h) writes
// and keeps no table of its own. Defined in fold_key.cc, beside the table.
#ifndef CONGVAN_TEXT_FOLDED_SINGLE_BYTE_H_
#define CONGVAN_TEXT_FOLDED_SINGLE_BYTE_H_

#include <cstddef>
#include <string_view>

namespace congvan {

// The one byte the code point that begins `text` folds to, when its fold is
// one byte other than a space, a tab or NUL ("ệ" → 'e', "Đ" → 'd', "’" →
// '\''), and that code point's length in UTF-8 in `*length`; 0 (and
// `*length` untouched) when it folds otherwise (to several bytes, to nothing,
// to a blank), lies outside the fold's table (the Latin blocks to U+02FF,
// Latin Extended Additional, General Punctuation), is cut short or broken.
// ASCII is not asked: a byte below 0x80 answers 0.
char FoldedSingleByte(std::string_view text, size_t* length);

}  // namespace congvan

#endif  // CONGVAN_TEXT_FOLDED_SINGLE_BYTE_H_
