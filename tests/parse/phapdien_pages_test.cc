// Pháp điển pages (phapdien.moj.gov.vn's codified subjects, as public sites
// copy them): a subject files the articles of a law among those of its decrees
// and circulars, each named by its code ("Điều 8.1.LQ.37.", "Điều
// 8.1.NĐ.1.2.") and followed by the publisher's source note ("(Điều 37 Luật số
// 102/2016/QH13 …)") and often a related-content note ("(Điều này có nội dung
// liên quan đến …)"). Read on the opening of the subject "Trẻ em"
// (tests/parse/real, provenance in its metadata.tsv).
#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::Node;

namespace {

constexpr const char* kTreEm = "2016-vi-phapdien-tre-em-page-opening.txt";

void CollectArticles(std::span<const Node> nodes, const Node* parent,
                     std::vector<std::pair<const Node*, const Node*>>& out) {
  for (const Node& n : nodes) {
    if (n.level == "article") out.emplace_back(&n, parent);
    CollectArticles(n.children, &n, out);
  }
}

}  // namespace

TEST_CASE("A Pháp điển page's codified articles are articles of its chapter", "[parse][phapdien]") {
  Document doc = congvan::testing::ParseRealExcerpt(kTreEm);
  std::vector<std::pair<const Node*, const Node*>> articles;
  CollectArticles(doc.tasks, nullptr, articles);
  // The 21 headings the excerpt opens a line with (the 7 others the page glued
  // to the line before are left: a fault of the copy).
  REQUIRE(articles.size() == 21);
  const std::regex code(R"(Điều \d+\.\d+\.(LQ|NĐ|TT)(\.\d+){1,2}\.)");
  for (const auto& [article, parent] : articles) {
    CHECK(std::regex_match(article->marker.str(), code));  // the code as written
    // Each one under Chương I, never inside the last point of the article
    // before it ("d) Các tổ chức, cá nhân …" then "Điều 8.1.TT.2.1.").
    REQUIRE(parent != nullptr);
    CHECK(parent->marker == "Chương I");
  }
  CHECK(articles[0].first->marker == "Điều 8.1.LQ.1.");
  CHECK(articles[0].first->text.rfind("Trẻ em", 0) == 0);
  CHECK(articles[3].first->marker == "Điều 8.1.NĐ.1.1.");
  // The circular's clauses and points stay its own.
  const Node& circular = *articles[5].first;
  CHECK(circular.marker == "Điều 8.1.TT.1.1.");
  int clauses = 0;
  for (const Node& c : circular.children) clauses += c.marker == "1." || c.marker == "2.";
  CHECK(clauses == 2);
}

namespace {

bool AnyTaskOpens(std::span<const Node> nodes, std::string_view prefix) {
  for (const Node& n : nodes) {
    if (std::string_view(n.text).substr(0, prefix.size()) == prefix) return true;
    if (AnyTaskOpens(n.children, prefix)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A Pháp điển page's source and related-content lines are notes, not tasks",
          "[parse][phapdien][notes]") {
  // 21 source notes ("(Điều 1 Luật số 102/2016/QH13 Trẻ em ngày …)", "(Điều 2
  // Nghị định số 56/2017/NĐ-CP, …)", "(Điều 1 Thông tư số 23/2017/TT-BYT …)")
  // and 7 related-content notes. The law's source notes differ only in their
  // number ("(Điều 2 Luật số …", "(Điều 3 Luật số …"): notes, not a running
  // header.
  Document doc = congvan::testing::ParseRealExcerpt(kTreEm);
  int sources = 0, related = 0;
  for (const congvan::Block& b : doc.blocks) {
    CHECK(b.role != congvan::BlockRole::kRunningHeader);
    if (b.role != congvan::BlockRole::kFootnote) continue;
    if (b.text.rfind("(Điều này có nội dung liên quan đến", 0) == 0) {
      ++related;
    } else if (std::regex_search(b.text,
                                 std::regex(R"(^\(Điều \d+ (Luật|Nghị định|Thông tư) số )"))) {
      ++sources;
    }
  }
  CHECK(sources == 21);
  CHECK(related == 7);
  CHECK_FALSE(AnyTaskOpens(doc.tasks, "(Điều"));
}

TEST_CASE("A Pháp điển page has no letterhead: its articles are never a page's furniture",
          "[parse][phapdien][furniture]") {
  // The page opens with its site's front matter, not with "Chương I"; Điều
  // 8.1.LQ.36 names the State ("… mà Cộng hòa xã hội chủ nghĩa Việt Nam là
  // thành viên."), which read as a letterhead made Điều 8.1.LQ.1–3 furniture.
  Document doc = congvan::testing::ParseRealExcerpt("2016-vi-phapdien-tre-em-page-article-36.txt");
  std::vector<std::pair<const Node*, const Node*>> articles;
  CollectArticles(doc.tasks, nullptr, articles);
  REQUIRE(articles.size() == 4);
  CHECK(articles[0].first->marker == "Điều 8.1.LQ.1.");
  CHECK(articles[3].first->marker == "Điều 8.1.LQ.36.");
  const Node* stateless = congvan::testing::FindTask(doc, "Trẻ em không quốc tịch cư trú");
  REQUIRE(stateless != nullptr);
  CHECK(congvan::testing::ParentOf(doc, stateless) == articles[3].first);
  for (const congvan::Block& b : doc.blocks) {
    // The front matter and the site's box only (furniture, preamble).
    if (b.role == congvan::BlockRole::kFootnote) continue;
    CHECK(b.text.find("Điều 8.1.") == std::string::npos);
    CHECK(b.text.find("Trẻ em là người dưới 16 tuổi.") == std::string::npos);
  }
}

TEST_CASE("A form table's basis cell '(Điều 81 Nghị định số …)' is not a Pháp điển source note",
          "[parse][phapdien][notes]") {
  // Thông tư 25/2023/TT-BKHĐT's list of forms (Công báo, hrmaster1982-dev/
  // phapluat-8chude-data @ cdfc64c, docs/uu_dai_dt): each form's basis closes
  // right after the decree's number. A source note goes on after it (",",
  // or the document's name).
  const std::string rows =
      "Văn bản đề nghị cấp lại Giấy chứng nhận đăng ký \n"
      "đầu tư ra nước ngoài \n"
      "(Điều 81 Nghị định số 31/2021/NĐ-CP) \n"
      "Mẫu B.I.15 \n"
      "Sửa đổi \n"
      "9 \n"
      "Văn bản đề nghị hiệu đính Giấy chứng nhận đăng \n"
      "ký đầu tư ra nước ngoài \n"
      "(Điều 81 Nghị định số 31/2021/NĐ-CP) \n"
      "Mẫu B.I.16 \n";
  Document doc = congvan::testing::ParseString(rows);
  for (const congvan::Block& b : doc.blocks) CHECK(b.role != congvan::BlockRole::kFootnote);
}

TEST_CASE("A codified article's AKN eId is its code", "[parse][phapdien][akn]") {
  // Every codified article's path component is 0 (its style carries no
  // value): the eIds were art_0, art_0-2, art_0-3, …
  Document doc = congvan::testing::ParseRealExcerpt(kTreEm);
  const std::string akn = congvan::WriteAkomaNtoso(doc);
  CHECK(akn.find("eId=\"chp_1__art_8-1-lq-1\"") != std::string::npos);
  CHECK(akn.find("eId=\"chp_1__art_8-1-nd-1-2\"") != std::string::npos);
  CHECK(akn.find("eId=\"chp_1__art_8-1-tt-1-1__para_2__point_a\"") != std::string::npos);
  CHECK(akn.find("art_0") == std::string::npos);
}

// Written for the test (session 38's review): a codified article repeated
// (a page that files one provision twice) takes "-2", which must not be the
// id of the codified sibling whose code ends ".2".
TEST_CASE("A repeated codified article's eId never takes a sibling's code",
          "[parse][phapdien][akn]") {
  Document doc = congvan::testing::ParseString(R"(Chương 1
QUY ĐỊNH CHUNG

Điều 8.1.NĐ.1. Phạm vi điều chỉnh
Nghị định này quy định về thuế.

Điều 8.1.NĐ.1. Phạm vi điều chỉnh
Nghị định này quy định về thuế.

Điều 8.1.NĐ.1.2. Đối tượng áp dụng
Người nộp thuế.)");
  const std::string akn = congvan::WriteAkomaNtoso(doc);
  const std::string twice = "eId=\"chp_1__art_8-1-nd-1-2\"";
  const size_t first = akn.find(twice);
  REQUIRE(first != std::string::npos);
  CHECK(akn.find(twice, first + 1) == std::string::npos);
}
