// Cited articles: a provision moved out of an article often names, in its new
// place, the article it left; a free provision that cites an article of its
// own text is offered the free provisions of that article's counterparts.
//
// When a new version moves a rule out of the article it stood in, the rule's
// subject is still defined there, so the moved text cites it: Thông tư
// 29/2021 Điều 3 (the types of working conditions) khoản 2, "Nguyên tắc phân
// loại …: Việc phân loại lao động theo điều kiện lao động phải dựa trên kết
// quả đánh giá …", became the opening of Thông tư 03/2025 Điều 4, "Loại điều
// kiện lao động quy định tại Điều 3 Thông tư này được đánh giá, xếp loại theo
// các phương pháp sau:". Nothing else ties the two: they sit in articles that
// are not counterparts (the placement conflict counts against them), the
// candidate stage never offered one to the other, and the old Điều 4's
// opening is as alike by text (0.28 against 0.29). The citation says where
// the provision came from. Rule, once every other stage has paired what it
// could: a provision p with no counterpart at all whose text cites a whole
// article A of its own document by number and closes the citation on the
// document itself ("Điều 3 Thông tư này", "Điều 12 của Luật này", "Article 5
// of this Law"; not "khoản 1 Điều 123 …", which names a clause that is still
// there), A not p's own article, is offered each provision q with no
// counterpart of the innermost articles B that correspond to A, unless p's
// own article already went into B (is B or has a counterpart inside it: the
// pair is then no move, and counterpart_provisions.h has ruled). (p, q) is
// paired when their text similarity is ≥ AlignOptions::reworded_min, no
// lead-in meets a non-lead-in, each is the other's likeliest by text among all
// the free provisions of the other version, and they are alike by their own
// words (reference_only_links.h: without the citations and defined names,
// and unless the articles' headings are alike without the document's subject
// vocabulary) — a provision that only refers to an article ("Thực hiện quyền
// và nghĩa vụ theo quy định tại Điều 18 của Luật này.") is alike to the
// article's provisions by the citation alone. Best first by text, one to one,
// in both directions. A free numbered clause whose only sub-task is the old
// side of the pair and whose own text is a title (no closing punctuation:
// "2. Nguyên tắc phân loại lao động theo điều kiện lao động") went with its
// body: it is merged into the same new provision (and the mirror, a split, on
// the new side). Same language only.
#ifndef CONGVAN_SRC_ALIGN_CITED_ARTICLES_H_
#define CONGVAN_SRC_ALIGN_CITED_ARTICLES_H_

#include <string_view>
#include <vector>

#include "align/groups.h"
#include "align/reference_words.h"

namespace congvan::align_internal {

// Pairs free provisions with the free provisions of the articles they cite
// (see above), in `matching` and the counterparts of `groups`; the title
// clauses that go with them become pieces in `groups`. After every stage that
// pairs provisions.
// The numbers of the articles of its own document that `text` cites as a
// whole: "Điều 3 Thông tư này", "Điều 12 của Luật này", "Article 5 of this
// Law" — not "khoản 1 Điều 123 …" or "Clause 2, Article 5 of this Law" (a
// piece of it), not "Điều 3 Thông tư số 12/2020/…" (another text). `words`:
// the text's language's (AlignVocabulary::references).
std::vector<int> CitedArticleNumbers(std::string_view text, const ReferenceWords& words);

void PairProvisionsWithCitedArticles(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CITED_ARTICLES_H_
