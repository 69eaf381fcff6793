// Cited articles (engine/src/align/cited_articles.h): a free provision that
// cites a whole article of its own text is paired with a free provision of
// that article's counterpart, when the two are each other's likeliest by text
// and alike by their own words.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH
// (tests/diff/expected/2021-circular-29_2025-circular-03.tsv). Old Điều 3
// khoản 2 "Nguyên tắc phân loại lao động theo điều kiện lao động" (62) and
// its paragraph "Việc phân loại lao động theo điều kiện lao động phải dựa trên
// kết quả đánh giá … theo phương pháp quy định tại Thông tư này." (63) became
// the opening of new Điều 4, "Loại điều kiện lao động quy định tại Điều 3
// Thông tư này được đánh giá, xếp loại theo các phương pháp sau:" (66): the
// principle left Điều 3 and its new sentence cites the article it left. The
// guards, each a link the rule made on real text before it was narrowed:
// the decree 99/2022 → 102/2017, where old Điều 6 khoản 4 (the notice's
// effect, 78) met 2017 Điều 6's text (53) through its "Điều 5 của Nghị định
// này" though 2017 Điều 6 already went into 2022 Điều 6; and, when
// $CONGVAN_UNSEEN_TEXTS names the team's unseen laws (/work/unseen/crawl),
// Luật Hải quan 2014 Điều 82 khoản 1 "Thực hiện quyền và nghĩa vụ theo quy
// định tại Điều 18 của Luật này." (625), alike to 2001 Điều 23 điểm a (147)
// only by the citation (its own words are "quyền và nghĩa vụ"), and Luật Nhà
// ở 2014 Điều 10 khoản 2 (84), which cites "khoản 1 Điều 123" — a clause, not
// the article — and met 2023 Điều 165 khoản 2 điểm b (1702).
#include "align/cited_articles.h"

#include <catch2/catch.hpp>
#include <vector>

#include "align/align_vocabulary.h"
#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::ChangeOp;
using congvan::Document;
using congvan::align_internal::ReferenceWords;
using congvan::align_internal::VocabularyFor;
using congvan::testing::FindChange;

TEST_CASE(
    "A principle moved out of an article is found by the citation of it (circular 29/2021 "
    "→ 03/2025)",
    "[align][cited_articles]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const congvan::Change* body = FindChange(a, 63, 66);
  REQUIRE(body != nullptr);
  // The clause's title went with its body: one change holds both.
  CHECK(FindChange(a, 62, 66) == body);
  CHECK(body->op == ChangeOp::kMerged);
}

TEST_CASE(
    "A citation does not pair a provision whose article already went to the cited "
    "article's counterpart (decree 99/2022 → 102/2017)",
    "[align][cited_articles]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 78, 53) == nullptr);
}

TEST_CASE(
    "A citation alone, or a citation of a clause, pairs nothing (Luật Hải quan 2001 ↔ "
    "2014, Luật Nhà ở 2014 → 2023)",
    "[align][cited_articles]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document customs_2001 = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2001.txt");
  Document customs_2014 = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2014.txt");
  CHECK(FindChange(congvan::Align(customs_2001, customs_2014).value(), 147, 625) == nullptr);
  CHECK(FindChange(congvan::Align(customs_2014, customs_2001).value(), 625, 147) == nullptr);
  Document housing_2014 = congvan::testing::ParseUnseen("dan_su/Luật_Nhà_ở_2014.txt");
  Document housing_2023 = congvan::testing::ParseUnseen("dat_dai/Luật_Nhà_ở_2023.txt");
  CHECK(FindChange(congvan::Align(housing_2014, housing_2023).value(), 84, 1702) == nullptr);
}

// What counts as citing a whole article of the text itself. The Vietnamese
// sentences are the circular's and the decree's (above) and Luật Nhà ở 2014
// Điều 10 khoản 2's citation; the English ones are written in the shape of
// the translations of Vietnamese laws ("as prescribed in Clause 2, Article 101
// of this Law"), which cite a clause with a capital. The first look before the
// word scan lets through every separator the scan splits on (a thin space, a
// curly quote, a zero-width space), so it never decides alone.
TEST_CASE("A citation of a whole article of the text itself, and what is not one",
          "[align][cited_articles]") {
  using V = std::vector<int>;
  const ReferenceWords& vi = VocabularyFor(congvan::Language::kVietnamese).references;
  const ReferenceWords& en = VocabularyFor(congvan::Language::kEnglish).references;
  auto cited = [](const char* text, const ReferenceWords& words) {
    return congvan::align_internal::CitedArticleNumbers(text, words);
  };
  CHECK(cited("Loại điều kiện lao động quy định tại Điều 3 Thông tư này được "
              "đánh giá, xếp loại theo các phương pháp sau:",
              vi) == V{3});
  CHECK(cited("theo quy định tại Điều 5 của Nghị định này", vi) == V{5});
  CHECK(cited("theo quy định tại khoản 1 Điều 123 của Luật này", vi).empty());
  CHECK(cited("theo quy định tại Điều 3 Thông tư số 12/2020/TT-BLĐTBXH", vi).empty());
  CHECK(cited("as prescribed in Article 5 of this Law.", en) == V{5});
  CHECK(cited("as prescribed in Clause 2, Article 101 of this Law.", en).empty());
  CHECK(cited("in Point a, Clause 2, Article 5 of this Decree", en).empty());
  CHECK(cited("under Paragraph 2 of Article 5 of this Law", en).empty());
  CHECK(cited("quy định tại Điều\u2009"
              "3 Thông tư này",
              vi) == V{3});
  CHECK(cited("quy định tại Điều \u201c3\u201d Thông tư này", vi) == V{3});
  CHECK(cited("quy định tại Điều\u200b"
              "3 Thông tư này",
              vi) == V{3});
}
