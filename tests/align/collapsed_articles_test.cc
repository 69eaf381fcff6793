// Collapsed articles (engine/src/align/collapsed_articles.h): the clauses of
// an article whose counterpart says it all in one sentence went into it.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 2 "Đối tượng áp dụng" lists three clauses (khoản 1 individuals and legal
// persons who ask for registration or information, khoản 2 the registration
// and managing agencies, khoản 3 "Cá nhân, pháp nhân khác có liên quan"); new
// Điều 2 is one paragraph, "Nghị định này áp dụng đối với cơ quan, tổ chức, cá
// nhân tham gia hoặc có liên quan đến đăng ký, cung cấp thông tin …"
// (tests/diff/expected/2017-decree-102_2022-decree-99.tsv, lines 20, 22, 23 →
// 22). Before the rule khoản 2 alone was linked and khoản 1, 3 were dropped.
// Outside the corpus, tests/align/fixtures/2013-vi-luat-dat-dai-dieu-205-207.txt
// (lines 1836–1849 of Luật_đất_đai_2013.txt) and 2024-vi-luat-dat-dai-dieu-238-240.txt
// (lines 2781–2795 of Luật_Đất_đai_2024.txt): 2013 Điều 206 khoản 1 (punished by
// the nature of the breach) and khoản 2 (who caused damage compensates) are 2024
// Điều 239's one sentence "…, nếu gây thiệt hại thì phải bồi thường …". And the
// guard, on 2003-vi-luat-dat-dai-lines-1-120.txt (lines 1–120 of
// Luật_Đất_đai_2003.txt) → 1993-vi-luat-dat-dai-lines-1-40.txt (lines 1–40 of
// Luật_Đất_đai_1993.txt): the 1993 law writes an article's first sentence on
// its number's line ("Điều 7 Quốc hội thực hiện quyền quyết định …", then one
// paragraph on the people's councils), so 2003 Điều 7 khoản 1 "Quốc hội ban
// hành pháp luật …" is not merged into that paragraph. All four from the public
// crawl johnPa02/thuvienphapluat-crawler @ e11495e057d73cb88f512a7cda2fbb3e8b70a074,
// bytes unchanged (Vietnamese official texts).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;

namespace {

// The change relating a new task starting with `new_prefix`; null when none.
const Change* ChangeInto(const Alignment& a, const char* new_prefix) {
  for (const Change& c : a.changes) {
    for (const auto& n : c.new_nodes) {
      if (n.text.starts_with(new_prefix)) return &c;
    }
  }
  return nullptr;
}

// True when `c` holds an old task marked `marker` whose text starts with `prefix`.
bool HoldsOld(const Change& c, const char* marker, const char* prefix) {
  for (const auto& o : c.old_nodes) {
    if (o.marker == marker && o.text.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "The clauses of an article written as one sentence are merged into it (decree 102/2017 "
    "→ 99/2022)",
    "[align][collapsed_articles]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const Change* c =
      ChangeInto(a, "Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân tham gia");
  REQUIRE(c != nullptr);
  CHECK(c->op == ChangeOp::kMerged);
  CHECK(HoldsOld(*c, "1.", "Cá nhân, pháp nhân có yêu cầu đăng ký"));
  CHECK(HoldsOld(*c, "2.", "Cơ quan có thẩm quyền đăng ký"));
  CHECK(HoldsOld(*c, "3.", "Cá nhân, pháp nhân khác có liên quan"));
}

TEST_CASE(
    "The clauses of an article written as one sentence are merged into it (Đất đai 2013 "
    "→ 2024, Điều 206 → 239)",
    "[align][collapsed_articles]") {
  Alignment a =
      congvan::Align(congvan::testing::ParseAlignFixture("2013-vi-luat-dat-dai-dieu-205-207.txt"),
                     congvan::testing::ParseAlignFixture("2024-vi-luat-dat-dai-dieu-238-240.txt"))
          .value();
  const Change* c = ChangeInto(a, "Người có hành vi vi phạm pháp luật về đất đai thì tùy theo");
  REQUIRE(c != nullptr);
  CHECK(c->op == ChangeOp::kMerged);
  CHECK(HoldsOld(*c, "1.", "Người có hành vi vi phạm pháp luật về đất đai thì tùy theo"));
  CHECK(HoldsOld(*c, "2.", "Người có hành vi vi phạm pháp luật về đất đai mà gây thiệt hại"));
}

TEST_CASE(
    "A clause whose words are in the article's own line is not merged into the paragraph "
    "after it (Đất đai 2003 → 1993, Điều 7)",
    "[align][collapsed_articles]") {
  Alignment a =
      congvan::Align(congvan::testing::ParseAlignFixture("2003-vi-luat-dat-dai-lines-1-120.txt"),
                     congvan::testing::ParseAlignFixture("1993-vi-luat-dat-dai-lines-1-40.txt"))
          .value();
  const Change* c = ChangeInto(a, "Hội đồng Nhân dân các cấp thực hiện quyền quyết định");
  REQUIRE(c != nullptr);
  CHECK(HoldsOld(*c, "3.", "Hội đồng nhân dân các cấp"));
  CHECK_FALSE(HoldsOld(*c, "1.", "Quốc hội ban hành pháp luật về đất đai"));
}
