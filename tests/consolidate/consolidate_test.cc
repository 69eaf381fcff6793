// Consolidation on hand-built texts, one operation per case (replace, replace
// the body of an article, add a point and an article, rename, repeal, replace
// a phrase), and the instructions that must be listed rather than guessed.
#include "congvan/consolidate.h"

#include <catch2/catch.hpp>

#include "congvan/grammar.h"
#include "support/corpus.h"

using congvan::Consolidation;
using congvan::Document;
using congvan::Node;
using congvan::testing::ParseString;

namespace {

const char* kBase = R"(CHÍNH PHỦ
Số: 10/2020/NĐ-CP

NGHỊ ĐỊNH
Quy định về thử nghiệm

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định việc thử nghiệm.
Điều 2. Đối tượng áp dụng
1. Cơ quan nhà nước.
2. Tổ chức, cá nhân có liên quan.
Điều 3. Trách nhiệm
1. Bộ trưởng chịu trách nhiệm:
a) Hướng dẫn thi hành;
b) Kiểm tra việc thực hiện;
c) Báo cáo hằng năm.
2. Ủy ban nhân dân cấp tỉnh tổ chức thực hiện tại địa phương; Ủy ban nhân dân cấp tỉnh báo cáo.
Điều 4. Hiệu lực
Nghị định này có hiệu lực từ ngày ký.
)";

// The amending decree: one instruction per clause of its Điều 1.
std::string Amending(const std::string& clauses) {
  return "CHÍNH PHỦ\nSố: 20/2021/NĐ-CP\n\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số "
         "10/2020/NĐ-CP\n\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 10/2020/NĐ-CP\n" +
         clauses +
         "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 01 năm 2022.\n";
}

Consolidation Run(const std::string& clauses) {
  Document base = ParseString(kBase);
  Document amending = ParseString(Amending(clauses));
  auto grammar = congvan::Grammar::LoadForLanguage("", base.language);
  REQUIRE(grammar.ok());
  auto c = congvan::Consolidate(base, {amending}, **grammar);
  REQUIRE(c.ok());
  return *c;
}

const Node& Article(const Consolidation& c, int number) {
  for (const Node& n : c.document.tasks) {
    if (n.level == "article" && n.ordinal == number) return n;
  }
  FAIL("no article " << number);
  return c.document.tasks.front();
}

}  // namespace

TEST_CASE("consolidate: a clause replaced by the quoted clause of the same number",
          "[consolidate]") {
  auto c =
      Run("1. Sửa đổi khoản 2 Điều 2 như sau:\n“2. Tổ chức, cá nhân nước ngoài có liên quan.”\n");
  REQUIRE(c.unapplied.empty());
  REQUIRE(c.applied.size() == 1);
  const Node& clause = Article(c, 2).children.at(1);
  CHECK(clause.marker == "2.");
  CHECK(clause.text == "Tổ chức, cá nhân nước ngoài có liên quan.");
  CHECK(c.notes.at(clause.path) == std::vector<int>{1});
  CHECK(clause.path == Article(c, 2).path + ".2");
  CHECK(c.applied[0].operation == "replace");
  CHECK(c.applied[0].note ==
        "Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 của Nghị định số 20/2021/NĐ-CP.");
  CHECK(Article(c, 2).children.at(0).text == "Cơ quan nhà nước.");  // untouched
}

TEST_CASE("consolidate: an article's body replaced, its heading kept", "[consolidate]") {
  auto c =
      Run("1. Sửa đổi, bổ sung Điều 1 như sau:\n“1. Nghị định này quy định việc thử nghiệm.\n"
          "2. Nghị định này không áp dụng cho quốc phòng.”\n");
  REQUIRE(c.unapplied.empty());
  const Node& a = Article(c, 1);
  CHECK(a.text == "Phạm vi điều chỉnh");
  REQUIRE(a.children.size() == 2);
  CHECK(a.children[1].text == "Nghị định này không áp dụng cho quốc phòng.");
  CHECK(c.notes.at(a.path) == std::vector<int>{1});
  CHECK(c.applied[0].operation == "replace-body");
  CHECK_THAT(c.applied[0].note,
             Catch::StartsWith("Điều này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1"));
}

TEST_CASE("consolidate: a point added after its predecessor, an article after its",
          "[consolidate]") {
  auto c = Run(
      "1. Bổ sung điểm d vào sau điểm c khoản 1 Điều 3 như sau:\n“d) Tổng kết việc thực hiện.”\n"
      "2. Bổ sung Điều 3a vào sau Điều 3 như sau:\n“Điều 3a. Báo cáo\nBộ trưởng báo cáo Chính "
      "phủ.”\n");
  INFO(congvan::WriteConsolidatedText(
      c, **congvan::Grammar::LoadForLanguage("", c.document.language)));
  REQUIRE(c.unapplied.empty());
  const Node& clause = Article(c, 3).children.at(0);
  REQUIRE(clause.children.size() == 4);
  CHECK(clause.children[3].marker == "d)");
  CHECK(c.notes.at(clause.children[3].path) == std::vector<int>{1});
  REQUIRE(c.document.tasks.size() == 5);
  CHECK(c.document.tasks[3].marker == "Điều 3a.");
  CHECK(c.document.tasks[3].children.at(0).text == "Bộ trưởng báo cáo Chính phủ.");
  CHECK(c.document.tasks[4].text == "Hiệu lực");
  CHECK_THAT(c.applied[1].note,
             Catch::StartsWith("Điều này được bổ sung theo quy định tại khoản 2 Điều 1"));
}

TEST_CASE("consolidate: an article renamed, its provisions kept", "[consolidate]") {
  auto c = Run("1. Sửa tên Điều 4 như sau:\n“Điều 4. Hiệu lực thi hành”.\n");
  REQUIRE(c.unapplied.empty());
  const Node& a = Article(c, 4);
  CHECK(a.text == "Hiệu lực thi hành");
  CHECK(a.children.size() == 1);
  CHECK_THAT(c.applied[0].note,
             Catch::StartsWith("Tên điều này được sửa đổi theo quy định tại khoản 1 Điều 1"));
}

TEST_CASE("consolidate: a repealed point keeps its marker and says so", "[consolidate]") {
  auto c = Run("1. Bãi bỏ điểm b khoản 1 Điều 3.\n");
  REQUIRE(c.unapplied.empty());
  const Node& point = Article(c, 3).children.at(0).children.at(1);
  CHECK(point.marker == "b)");
  CHECK(point.text == "(được bãi bỏ)");
  CHECK(c.applied[0].note ==
        "Điểm này được bãi bỏ theo quy định tại khoản 1 Điều 1 của Nghị định số 20/2021/NĐ-CP.");
}

TEST_CASE("consolidate: a phrase replaced wherever it stands in the target", "[consolidate]") {
  auto c =
      Run("1. Thay cụm từ “Ủy ban nhân dân cấp tỉnh” bằng cụm từ “Ủy ban nhân dân tỉnh” tại khoản "
          "2 Điều 3.\n");
  REQUIRE(c.unapplied.empty());
  CHECK(Article(c, 3).children.at(1).text ==
        "Ủy ban nhân dân tỉnh tổ chức thực hiện tại địa phương; Ủy ban nhân dân tỉnh báo cáo.");
  CHECK(c.applied[0].operation == "replace-phrase");
}

TEST_CASE("consolidate: what cannot be applied exactly is listed, the base untouched",
          "[consolidate]") {
  auto c =
      Run("1. Sửa đổi khoản 5 Điều 2 như sau:\n“5. Không có.”\n"
          "2. Bãi bỏ khoản 1 và khoản 2 Điều 2.\n"
          "3. Sửa đổi khoản 1 Điều 9 như sau:\n“1. Không có.”\n"
          "4. Thay cụm từ “không có ở đâu” bằng cụm từ “mới” tại Điều 1.\n"
          "5. Bổ sung khoản 2 vào Điều 2 như sau:\n“2. Trùng số.”\n");
  CHECK(c.applied.empty());
  REQUIRE(c.unapplied.size() == 5);
  CHECK_THAT(c.unapplied[0].reason, Catch::Contains("khoản 5 Điều 2 is not in the base"));
  CHECK_THAT(c.unapplied[1].reason, Catch::Contains("several provisions"));
  CHECK_THAT(c.unapplied[2].reason, Catch::Contains("Điều 9 is not in the base"));
  CHECK_THAT(c.unapplied[3].reason, Catch::Contains("is not in Điều 1"));
  CHECK_THAT(c.unapplied[4].reason, Catch::Contains("already in"));
  CHECK(c.unapplied[0].provision == "khoản 1 Điều 1");
  CHECK(c.unapplied[0].line > 0);
  Document base = ParseString(kBase);
  CHECK(congvan::testing::CanonicalDump(c.document) == congvan::testing::CanonicalDump(base));
}

TEST_CASE("consolidate: an amendment of another document is not applied to the base",
          "[consolidate]") {
  std::string other = Amending("1. Sửa đổi khoản 2 Điều 2 như sau:\n“2. Khác.”\n");
  const std::string base_number = "10/2020/NĐ-CP";
  for (size_t at = other.find(base_number); at != std::string::npos; at = other.find(base_number)) {
    other.replace(at, base_number.size(), "99/2019/NĐ-CP");
  }
  Document base = ParseString(kBase);
  auto grammar = congvan::Grammar::LoadForLanguage("", base.language);
  REQUIRE(grammar.ok());
  auto c = congvan::Consolidate(base, {ParseString(other)}, **grammar);
  REQUIRE(c.ok());
  REQUIRE(c->unapplied.size() == 1);
  CHECK_THAT(c->unapplied[0].reason,
             Catch::Contains("99/2019/NĐ-CP, not the base (10/2020/NĐ-CP)"));
}
