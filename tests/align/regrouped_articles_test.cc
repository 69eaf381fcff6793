// Regrouped articles (engine/src/align/textless_divisions.h,
// MatchArticlesByTheirProvisions): an article left without a counterpart
// whose provisions went, most of them and two at least, into a free article
// of the other version is that article, however far apart the headings.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 58 "Khôi phục dữ liệu trong trường hợp kết quả đăng ký biện pháp bảo
// đảm bị hủy không đúng các căn cứ …" (line 404) went into new Điều 21 "Hủy
// đăng ký" (248): its khoản 1 and the paragraph under it are new khoản 3 and
// its paragraph (405 → 257, 406 → 258), its khoản 3 went to Điều 9 (408 →
// 114); the headings share two words, and both came out dropped and added.
// The review pairs 404 → 248. The negative case is in the same pair: old
// Điều 61 "Từ chối cung cấp thông tin …" (415), every provision of which went
// into new Điều 51 khoản 1 (549), became that clause (unpaired_demotions.h),
// not new Điều 51 (548). With $CONGVAN_UNSEEN_TEXTS, the unseen Luật Hải quan
// 2001 → 2014: 2001 Điều 26 "Giám sát hải quan" (167) is 2014 Điều 38 "Đối
// tượng, phương thức và thời gian giám sát hải quan" (307), 7 of 7
// provisions; backwards 2014 Điều 56 "Kiểm tra, giám sát hải quan đối với
// hàng hóa trên phương tiện vận tải" (426) is 2001 Điều 38 "Hàng hoá trên
// phương tiện vận tải xuất cảnh, nhập cảnh, quá cảnh" (250).
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("An article is the free article its provisions went to (decree 102/2017 → 99/2022)",
          "[align][regrouped_articles]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 405, 257) != nullptr);
  CHECK(FindChange(a, 404, 248) != nullptr);
  // An article whose provisions all went into one clause became that clause.
  CHECK(FindChange(a, 415, 549) != nullptr);
  CHECK(FindChange(a, 415, 548) == nullptr);
}

TEST_CASE("Articles regrouped under new headings follow their provisions (Luật Hải quan)",
          "[align][regrouped_articles]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2001.txt");
  Document new_doc = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2014.txt");
  CHECK(FindChange(congvan::Align(old_doc, new_doc).value(), 167, 307) != nullptr);
  CHECK(FindChange(congvan::Align(new_doc, old_doc).value(), 426, 250) != nullptr);
}
