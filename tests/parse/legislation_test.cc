// Legislation in the corpus (grammars' Phần/Chương/Mục/Điều/khoản/điểm
// styles, tree_builder.cc, quote_regions.cc, amendments.cc): laws with
// chapters and sections and articles numbered through them, points in the
// legal alphabet with đ, amending texts whose quoted provisions stay inside
// the amending clause with its target, and the same shapes in English.
#include <catch2/catch.hpp>
#include <functional>
#include <vector>

#include "support/corpus.h"

using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseOptions;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

std::vector<const Node*> Articles(const Document& doc) {
  std::vector<const Node*> out;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (n.style == "vi-article" || n.style == "en-article") out.push_back(&n);
  });
  return out;
}

// The numbers of the document's articles, in order (0 for an unnumbered one).
std::vector<int> ArticleNumbers(const Document& doc) {
  std::vector<int> numbers;
  for (const Node* a : Articles(doc)) numbers.push_back(a->ordinal.value_or(0));
  return numbers;
}

const Node* QuotedStarting(const Node& n, const std::string& prefix) {
  const Node* found = nullptr;
  std::function<void(std::span<const Node>)> walk = [&](std::span<const Node> nodes) {
    for (const Node& q : nodes) {
      if (found == nullptr && q.text.rfind(prefix, 0) == 0) found = &q;
      walk(q.children);
    }
  };
  walk(n.quoted());
  return found;
}

}  // namespace

TEST_CASE("A law: chapters, sections, and articles numbered through them", "[parse][legislation]") {
  Document doc = ParseCorpus("legislation/2013-vi-law-35-2013-qh13-hoa-giai-o-co-so.txt");
  REQUIRE(doc.tasks.size() == 5);
  CHECK(doc.tasks[0].marker == "Chương I");
  CHECK(doc.tasks[4].marker == "Chương V");
  std::vector<const Node*> articles = Articles(doc);
  REQUIRE(articles.size() == 33);
  for (size_t i = 0; i < articles.size(); ++i)
    CHECK(articles[i]->ordinal == static_cast<int>(i) + 1);
  // Chương II holds Mục 1 and Mục 2, and the articles sit in the sections.
  const Node& chapter2 = doc.tasks[1];
  REQUIRE(chapter2.children.size() == 2);
  CHECK(chapter2.children[0].marker == "Mục 1.");
  CHECK(chapter2.children[1].marker == "Mục 2.");
  for (const Node& section : chapter2.children) {
    REQUIRE_FALSE(section.children.empty());
    for (const Node& article : section.children) CHECK(article.style == "vi-article");
  }
  CHECK(doc.meta.kind == "Luật");
  CHECK(doc.meta.number == "35/2013/QH13");
  CHECK(doc.meta.issuer == "QUỐC HỘI");
}

TEST_CASE("Points follow the legal alphabet: đ after d", "[parse][legislation]") {
  Document doc = ParseCorpus("legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt");
  const Node* dd = nullptr;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (dd == nullptr && n.marker == "đ)") dd = &n;
  });
  REQUIRE(dd != nullptr);
  CHECK(dd->ordinal == 5);
  const Node* parent = ParentOf(doc, dd);
  REQUIRE(parent != nullptr);
  REQUIRE(parent->children.size() >= 5);
  CHECK(parent->children[3].marker == "d)");
  CHECK(Articles(doc).size() == 33);
}

TEST_CASE("An amending decree: quoted provisions stay inside the clause that quotes them",
          "[parse][legislation][amendment]") {
  Document doc = ParseCorpus("legislation/2025-vi-decree-74-2025-nd-cp.txt");
  REQUIRE(doc.tasks.size() == 5);  // Điều 1–5 of the amending decree only
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.target().has_value());
  CHECK(article1.target()->document == "70/2015/NĐ-CP");
  // "1. Sửa đổi, bổ sung Điều 1 như sau:" quotes a whole article with its clauses.
  const Node& amend1 = article1.children[0];
  REQUIRE(amend1.target().has_value());
  CHECK(amend1.target()->action == "amend");
  CHECK(amend1.target()->article == "1");
  CHECK(amend1.target()->document == "70/2015/NĐ-CP");
  REQUIRE(amend1.quoted().size() == 1);
  CHECK(amend1.quoted()[0].marker == "Điều 1.");
  CHECK(amend1.quoted()[0].children.size() == 3);
  CHECK(amend1.children.empty());
  // "3. Sửa đổi, bổ sung khoản 1 Điều 4 như sau:" names a clause.
  const Node* amend3 = FindTask(doc, "Sửa đổi, bổ sung khoản 1 Điều 4 như sau:");
  REQUIRE(amend3 != nullptr);
  REQUIRE(amend3->target().has_value());
  CHECK(amend3->target()->article == "4");
  CHECK(amend3->target()->clause == 1);
  CHECK(QuotedStarting(*amend3, "Mức đóng bảo hiểm y tế hằng tháng") != nullptr);
  // The quoted provisions are not tasks of the amending decree.
  CHECK(FindTask(doc, "Mức đóng bảo hiểm y tế hằng tháng") == nullptr);
  // A phrase in quotes is not the target: "… vào trước cụm từ “Điều 2 Nghị
  // định này” tại Điều 9 …" amends Điều 9.
  const Node* phrase = FindTask(doc, "Bổ sung cụm từ “các khoản 1, 2, 3 và 4”");
  REQUIRE(phrase != nullptr);
  REQUIRE(phrase->target().has_value());
  CHECK(phrase->target()->action == "add");
  CHECK(phrase->target()->article == "9");
  const Node* repeal = FindTask(doc, "Bãi bỏ các Điều 3, 13 và 14");
  REQUIRE(repeal != nullptr);
  REQUIRE(repeal->target().has_value());
  CHECK(repeal->target()->action == "repeal");
}

TEST_CASE("An amending law: an inserted article without its own quote mark stays quoted",
          "[parse][legislation][amendment]") {
  Document doc = ParseCorpus("legislation/2024-vi-law-51-2024-qh15-amending-health-insurance.txt");
  REQUIRE(doc.tasks.size() == 3);
  const Node* insert = FindTask(doc, "Bổ sung Điều 48a và Điều 48b vào sau Điều 48 như sau:");
  REQUIRE(insert != nullptr);
  REQUIRE(insert->target().has_value());
  CHECK(insert->target()->action == "add");
  REQUIRE(insert->quoted().size() == 2);
  CHECK(insert->quoted()[0].marker == "Điều 48a.");
  CHECK(insert->quoted()[1].marker == "Điều 48b.");  // no “ before it
  CHECK(insert->quoted()[1].children.size() == 2);
  // The next amending clause is the amending law's own item again.
  const Node* next = FindTask(doc, "Sửa đổi, bổ sung Điều 49 như sau:");
  REQUIRE(next != nullptr);
  CHECK(ParentOf(doc, next) == ParentOf(doc, insert));
  CHECK(next->ordinal == 34);
}

TEST_CASE("An English amending decree: 'is amended as follows:' quotes the new text",
          "[parse][legislation][amendment]") {
  // The shape of English translations of amending decrees (not committed).
  ParseOptions en;
  en.language = Language::kEnglish;
  Document doc = ParseString(
      "Article 1. Amendments to Decree No. 156/2020/ND-CP\n"
      "1. Point c clause 1 Article 4 is amended as follows:\n"
      "“c) Suspension of securities trading activities for a fixed period of 01 - 24 months;”\n"
      "2. Clause 2 Article 5 is amended as follows:\n"
      "“2. If an organization or individual repeatedly commits any of the violations\n"
      "prescribed herein, such repeat shall be considered as an aggravating factor.”\n"
      "3. Point s is added following point r clause 3 Article 4 as follows:\n"
      "“s) Enforced reporting to the nearest General Meeting of Shareholders.”\n"
      "Article 2. Effect\n"
      "This Decree comes into force from the date of signing.\n",
      en);
  REQUIRE(doc.tasks.size() == 2);
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.children.size() == 3);
  const Node& point = article1.children[0];
  REQUIRE(point.target().has_value());
  CHECK(point.target()->action == "amend");
  CHECK(point.target()->article == "4");
  CHECK(point.target()->clause == 1);
  CHECK(point.target()->point == "c");
  CHECK(point.target()->document == "156/2020/ND-CP");
  REQUIRE(point.quoted().size() == 1);
  CHECK(point.quoted()[0].marker == "c)");
  const Node& clause = article1.children[1];
  REQUIRE(clause.target().has_value());
  CHECK(clause.target()->clause == 2);
  REQUIRE(clause.quoted().size() == 1);
  CHECK(clause.quoted()[0].ordinal == 2);
  // The point added, in the clause its anchor names.
  const Node& added = article1.children[2];
  REQUIRE(added.target().has_value());
  CHECK(added.target()->action == "add");
  CHECK(added.target()->point == "s");
  CHECK(added.target()->clause == 3);
  CHECK(added.target()->article == "4");
  CHECK(doc.tasks[1].ordinal == 2);
}

TEST_CASE(
    "A portal's copy of a decree: breadcrumbs before Mục, notes in brackets, references broken at "
    "links",
    "[parse][legislation]") {
  // thuvienphapluat.vn copies, one paragraph per line: the decree's name
  // before each Mục heading, "[Điều này được hướng dẫn bởi …]" notes, a line
  // broken at a linked reference ("… khoản 5" / "Điều 10 Nghị định này …").
  Document old_decree = ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  const Node* section = FindTask(old_decree, "QUY ĐỊNH CHUNG VỀ THỦ TỤC ĐĂNG KÝ");
  REQUIRE(section != nullptr);
  CHECK(section->marker == "Mục 1.");
  REQUIRE_FALSE(section->children.empty());
  CHECK(section->children[0].marker == "Điều 13.");
  // The source has 18 bracketed portal notes ("[… được hướng dẫn bởi …]"),
  // six of them alone on their line: every one is a note of the provision it
  // annotates, none a footnote block or part of a provision's text.
  int notes = 0;
  std::function<void(std::span<const Node>)> count_notes = [&](std::span<const Node> nodes) {
    for (const Node& n : nodes) {
      notes += static_cast<int>(n.notes().size());
      for (const auto& note : n.notes()) CHECK(note.text.rfind("[", 0) == 0);
      CHECK(n.text.find("được hướng dẫn bởi") == std::string::npos);
      count_notes(n.children);
      count_notes(n.quoted());
    }
  };
  count_notes(old_decree.tasks);
  CHECK(notes == 18);
  for (const auto& b : old_decree.blocks) CHECK(b.role != congvan::BlockRole::kFootnote);
  CHECK(FindTask(old_decree, "[Điều này được hướng dẫn bởi Điều 5 ") == nullptr);

  Document new_decree = ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  int articles_10 = 0;
  std::function<void(std::span<const Node>)> count = [&](std::span<const Node> nodes) {
    for (const Node& n : nodes) {
      if (n.marker.rfind("Điều 10", 0) == 0) ++articles_10;
      count(n.children);
    }
  };
  count(new_decree.tasks);
  CHECK(articles_10 == 1);  // "Điều 10 Nghị định này cấp bản sao …" stays in Điều 9
  const Node* point = FindTask(new_decree, "Nhận kết quả đăng ký, kết quả cung cấp thông tin");
  REQUIRE(point != nullptr);
  CHECK(point->text.find("khoản 5 Điều 10 Nghị định này cấp bản sao") != std::string::npos);
  // "Tiểu mục 2." opens though "Tiểu mục 1." was glued to the Mục line above.
  const Node* sub = FindTask(new_decree, "THỦ TỤC ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM BẰNG TÀU BIỂN");
  REQUIRE(sub != nullptr);
  CHECK(sub->marker == "Tiểu mục 2.");
  CHECK(sub->children.front().marker == "Điều 41.");
}

TEST_CASE("An English article heading after a line ending in a number stays a heading",
          "[parse][legislation]") {
  // English articles carry no dot; a page footer ending in a time, or a
  // sentence ending in a year, before "Article 78" is no reference chain.
  Document doc = ParseString(
      "Article 77\nThe National Assembly shall hold its sessions in 2014\n"
      "Article 78 In case of need, the National Assembly creates provisional committees.\n"
      "PDF generated: 27 Apr 2022, 10:51\n"
      "Article 79\nDeputies shall keep close contact with the voters.\n",
      congvan::testing::InLanguage(Language::kEnglish));
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[1].marker == "Article 78");
  CHECK(doc.tasks[2].marker == "Article 79");
}

TEST_CASE("Articles resume after a run the copy broke: two headings in a row continue each other",
          "[parse][legislation]") {
  // Văn bản hợp nhất 20/VBHN-VPQH năm 2025 (Luật Đường sắt; thuvienphapluat.vn
  // web copy, johnPa02/thuvienphapluat-crawler), lines 246-247, 260-262,
  // 269-273,
  // 300-301, 311-312: the copy split "Điều" / "26." over two lines, the word
  // glued to the end of the section's title ("… ĐƯỜNG SẮT Điều" / "26. …"):
  // Điều 26 was text, and is found since glued_division_words.cc. Điều 31
  // and 32 are articles again (before, every article after the break was
  // text: the gap from Điều 25 only grew).
  Document doc = ParseString(
      "Điều 24. Trách\n"
      "nhiệm bảo vệ kết cấu hạ tầng đường sắt\n"
      "Điều 25.\n"
      "Phòng, chống, khắc phục hậu quả sự cố, thiên tai đối với kết cấu hạ tầng đường sắt\n"
      "1. Doanh nghiệp kinh doanh kết cấu hạ tầng đường sắt có trách nhiệm sau đây:\n"
      "Chương III PHÁT TRIỂN CÔNG NGHIỆP ĐƯỜNG SẮT, PHƯƠNG TIỆN GIAO THÔNG ĐƯỜNG SẮT\n"
      "Văn bản hợp nhất 20/VBHN-VPQH/2025. Mục\n"
      "1. PHÁT TRIỂN CÔNG NGHIỆP ĐƯỜNG SẮT Điều\n"
      "26. Công nghiệp đường sắt\n"
      "1. Công nghiệp đường sắt bao gồm:\n"
      "Điều 31. Đăng\n"
      "ký phương tiện giao thông đường sắt\n"
      "Điều 32. Đăng\n"
      "kiểm phương tiện giao thông đường sắt\n",
      congvan::testing::InLanguage(Language::kVietnamese));
  CHECK(ArticleNumbers(doc) == std::vector<int>{24, 25, 26, 31, 32});
}

TEST_CASE("An amending law's unquoted inserted articles do not take over its own numbering",
          "[parse][legislation]") {
  // Luật 35/2018/QH14 sửa đổi 37 luật về quy hoạch (thuvienphapluat.vn web
  // copy, johnPa02/thuvienphapluat-crawler), lines 160-161, 285-286, 448-449,
  // 458-459, 462-463, 497-498: "Điều 46.", "Điều 47." continue each other but
  // the law's own "Điều 7." still comes, so they do not resume its numbering.
  Document doc = ParseString(
      "Điều 5. Sửa đổi, bổ sung một số điều của Luật Tài nguyên nước\n"
      "[Điều này bị bãi bỏ bởi Khoản 5 Điều 84 Luật Tài nguyên nước 2023 có hiệu lực từ ngày "
      "01/07/2024]\n"
      "Điều 6. Sửa đổi bổ sung một số điều của Luật Đất đai\n"
      "[Điều này hết hiệu lực bởi Khoản 4 Điều 252 Luật Đất đai 2024 có hiệu lực từ ngày "
      "01/08/2024]\n"
      "Điều 46. Điều chỉnh quy hoạch, kế hoạch sử dụng đất\n"
      "1. Việc điều chỉnh quy hoạch sử dụng đất quốc gia, quy hoạch sử dụng đất quốc phòng, quy "
      "hoạch sử dụng đất an ninh được thực hiện theo quy định của pháp luật về quy hoạch.\n"
      "Điều 47. Tư vấn lập quy hoạch, kế hoạch sử dụng đất\n"
      "1. Trong quá trình lập quy hoạch, kế hoạch sử dụng đất, cơ quan chịu trách nhiệm chủ trì "
      "việc lập quy hoạch, kế hoạch sử dụng đất được thuê tư vấn lập quy hoạch, kế hoạch sử dụng "
      "đất.\n"
      "Điều 48. Công bố công khai quy hoạch, kế hoạch sử dụng đất\n"
      "1. Việc công bố công khai quy hoạch sử dụng đất quốc gia, quy hoạch sử dụng đất quốc phòng, "
      "quy hoạch sử dụng đất an ninh được thực hiện theo quy định của pháp luật về quy hoạch.\n"
      "Điều 7. Sửa đổi, bổ sung một số điều của Luật Bảo vệ môi trường\n"
      "[Điều này hết hiệu lực bởi Khoản 3 Điều 170 Luật Bảo vệ môi trường 2020 có hiệu lực từ ngày "
      "01/01/2022]\n",
      congvan::testing::InLanguage(Language::kVietnamese));
  CHECK(ArticleNumbers(doc) == std::vector<int>{5, 6, 7});
}
