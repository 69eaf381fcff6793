// Cross-references of legislation, taken out of a provision's text before
// two provisions are compared.
//
// "a) Các giấy tờ nêu tại các điểm a, b và d khoản 1 Điều này;" and "đ) Đăng
// ký thay đổi, xóa đăng ký đối với trường hợp quy định tại các điểm a, b và d
// khoản này." share one thing: a reference to the points a, b and d of some
// clause. A reference names a place, not content — the places it names are
// renumbered between versions, and "Điều này" (this article) is a different
// article wherever it stands — yet its letters, numbers and their bigrams
// ("điểm a", "a b", "d khoản") are rare enough in a decree to make two such
// provisions look alike (cosine 0.61). Approach: a plain scan over the words
// (word_scanner.h), with the reference words of the text's language
// (reference_words.h: the grammar's <references>); a reference is a level word (điểm, khoản, Điều,
// Mục, Chương, Phần; point, clause, paragraph, article, section, chapter, part) followed by an
// ordinal (a number, one letter, "đ"/"dd", a Roman numeral), continued by more ordinals and level
// words joined by "và", "hoặc", "đến", "các", "của" (and, or, to, of), and closed by "này" after a
// level word or a type of legal text (Nghị định này, Luật này); "this Article" likewise. The words
// that introduce a reference go with it ("quy định tại (các)", "nêu tại", "referred to in": the
// formula of citing, not what is cited). The words of every reference are dropped, the others kept
// in order.
#ifndef CONGVAN_SRC_ALIGN_CROSS_REFERENCES_H_
#define CONGVAN_SRC_ALIGN_CROSS_REFERENCES_H_

#include <string>
#include <string_view>

#include "align/reference_words.h"

namespace congvan::align_internal {

// `text` without its cross-references: its other words, joined by spaces
// (punctuation is dropped too; the result is for comparing, not reading).
// `words`: the text's language's (AlignVocabulary::references).
std::string WithoutCrossReferences(std::string_view text, const ReferenceWords& words);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CROSS_REFERENCES_H_
