// Numbering that survives damage (tree_builder.cc, sequence_fit.h): gaps,
// repeats, misreads read back from the next marker, lost markers, OCR specks
// and confusions — every repair reported, nothing silently changed. Small
// texts in the shape of the OCR'd documents of the corpus, plus the corpus
// documents themselves.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Diagnostic;
using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseOptions;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParentOf;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

const Diagnostic* DiagnosticAt(const Document& doc, int line, const std::string& kind) {
  for (const Diagnostic& d : doc.diagnostics) {
    if (d.line == line && DiagnosticKindName(d.kind) == kind) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("An item the OCR lost leaves a gap, not a deeper list", "[parse][damage]") {
  // "2." is missing: "3." continues the list at its level, reported as a gap.
  Document doc = ParseString(
      "Các đơn vị thực hiện các nhiệm vụ sau:\n"
      "1. Rà soát văn bản.\n"
      "a) Văn bản của Bộ;\n"
      "b) Văn bản của địa phương.\n"
      "3. Tổ chức tập huấn.\n"
      "4. Báo cáo kết quả.\n",
      InLanguage(Language::kVietnamese));
  const Node* three = FindTask(doc, "Tổ chức tập huấn");
  REQUIRE(three != nullptr);
  CHECK(three->ordinal == 3);
  CHECK(ParentOf(doc, three) == ParentOf(doc, FindTask(doc, "Rà soát văn bản")));
  const Diagnostic* gap = DiagnosticAt(doc, 5, "gap");
  REQUIRE(gap != nullptr);
  CHECK(gap->expected == "2.");
  CHECK(gap->found == "3.");
}

TEST_CASE("A misread marker is read back when the next one shows what it was", "[parse][damage]") {
  // "d)" printed as a second "đ)": the list goes on with "đ)" and "e)".
  Document doc = ParseString(
      "1. Nhiệm vụ\n"
      "a) Một;\nb) Hai;\nc) Ba;\nđ) Bốn;\nđ) Năm;\ne) Sáu.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 1);
  const Node& one = doc.tasks[0];
  REQUIRE(one.children.size() == 6);
  CHECK(one.children[3].marker == "đ)");  // as printed
  CHECK(one.children[3].ordinal == 4);    // what the sequence needs: d
  CHECK(one.children[3].path == "1.d");
  CHECK(one.children[4].path == "1.đ");
  const Diagnostic* repaired = DiagnosticAt(doc, 5, "repaired");
  REQUIRE(repaired != nullptr);
  CHECK(repaired->expected == "d)");
  CHECK(repaired->found == "đ)");
}

TEST_CASE("A repeated number nothing after it explains is read as the next one",
          "[parse][damage]") {
  // The 2019 budget dispatch: "a/ b/ b/" where the second b/ is plainly c/.
  Document doc =
      ParseCorpus("administrative/2019-vi-dispatch-bldtbxh-budget-estimate-guidance.txt");
  const Node* third = FindTask(doc, "Đối với kinh phí công tác mộ");
  REQUIRE(third != nullptr);
  CHECK(third->marker == "b/");
  CHECK(third->ordinal == 3);
  CHECK(DiagnosticAt(doc, 49, "repaired") != nullptr);
}

TEST_CASE("A repeat followed by its own next number stays a repeat", "[parse][damage]") {
  Document doc =
      ParseString("Nội dung:\n1. Một.\n1. Một nữa.\n2. Hai.\n", InLanguage(Language::kVietnamese));
  const Diagnostic* repeat = DiagnosticAt(doc, 3, "repeat");
  REQUIRE(repeat != nullptr);
  CHECK(repeat->expected == "2.");
}

TEST_CASE("A paragraph whose marker OCR turned into a speck is an item", "[parse][damage]") {
  // ". Tăng cường" where "2." stood, shown by the "3." that follows.
  Document doc =
      ParseString("Nội dung:\n1. Xây dựng kế hoạch.\n. Tăng cường kiểm tra.\n3. Báo cáo kết quả.\n",
                  InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[1].ordinal == 2);
  CHECK(doc.tasks[1].text == "Tăng cường kiểm tra.");
  CHECK(DiagnosticAt(doc, 3, "repaired") != nullptr);
}

TEST_CASE("OCR specks and confusions are read back only where the list expects them",
          "[parse][damage]") {
  Document doc = ParseString(
      "Điều 1. Trang phục\n"
      "1. Đối với quân nhân:\n"
      "a) Lễ tang cấp Nhà nước;\n"
      "b} Lễ tang cấp cao;\n"       // '}' for ')'
      "€) Lễ tang khác.\n"          // '€' for 'c'
      "- 2. Đối với đoàn viếng.\n"  // a speck before "2."
      "1.3 Đối với khách mời.\n",   // "1." would restart: stays as text
      InLanguage(Language::kVietnamese));
  const Node* b = FindTask(doc, "Lễ tang cấp cao");
  const Node* c = FindTask(doc, "Lễ tang khác");
  const Node* two = FindTask(doc, "Đối với đoàn viếng");
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  REQUIRE(two != nullptr);
  CHECK(b->ordinal == 2);
  CHECK(b->marker == "b}");
  CHECK(c->ordinal == 3);
  CHECK(two->ordinal == 2);
  CHECK(two->marker == "2.");
  CHECK(ParentOf(doc, two) == &doc.tasks[0]);
  for (int line : {4, 5, 6}) CHECK(DiagnosticAt(doc, line, "repaired") != nullptr);
}

TEST_CASE("A footnote mark glued to a number is not a decimal item", "[parse][damage]") {
  Document doc = ParseString(
      "Điều 1. Một số quy định khác\n"
      "1.3 Người hy sinh trong thời gian công tác.\n"
      "2. Người hy sinh khi biệt phái.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 1);
  REQUIRE(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[0].children[0].ordinal == 1);
  CHECK(doc.tasks[0].children[0].marker == "1.");
  CHECK(doc.tasks[0].children[0].text == "Người hy sinh trong thời gian công tác.");
}

TEST_CASE("'1,' is read as '1.' where the list expects it", "[parse][damage]") {
  Document doc =
      ParseString("Nội dung:\n1. Một.\n2, Hai.\n3. Ba.\n", InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[1].ordinal == 2);
  CHECK(doc.tasks[1].marker == "2,");
  const Diagnostic* d = DiagnosticAt(doc, 3, "repaired");
  REQUIRE(d != nullptr);
  CHECK(d->expected == "2.");
}

TEST_CASE("A heading in capitals numbered in digits is read as the Roman heading it stands for",
          "[parse][damage]") {
  Document doc = ParseString(
      "Kế hoạch như sau:\n"
      "1. MỤC ĐÍCH, YÊU CẦU\n"
      "1. Mục đích\n"
      "2. Yêu cầu\n"
      "II. NỘI DUNG\n"
      "1. Tuyên truyền\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].ordinal == 1);
  CHECK(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[1].marker == "II.");
  const Diagnostic* d = DiagnosticAt(doc, 2, "repaired");
  REQUIRE(d != nullptr);
  CHECK(d->expected == "I.");
}

TEST_CASE("A list whose first items were lost opens where the next marker continues it",
          "[parse][damage]") {
  Document doc = ParseString("Điều 1. Nguyên tắc\n2. Thứ hai.\n3. Thứ ba.\n",
                             InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 1);
  REQUIRE(doc.tasks[0].children.size() == 2);
  const Diagnostic* d = DiagnosticAt(doc, 2, "gap");
  REQUIRE(d != nullptr);
  CHECK(d->expected == "1.");
}

TEST_CASE("A lost chapter heading does not stop the numbering of chapters", "[parse][damage]") {
  Document doc = ParseString(
      "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\n"
      "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Hiệu lực\nNội dung.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[1].ordinal == 3);
  CHECK(DiagnosticAt(doc, 5, "gap") != nullptr);
}

TEST_CASE("A marker that continues nothing is text, reported with what the list expected",
          "[parse][damage]") {
  // Far beyond the window of lost items: not damage but a stray number.
  Document doc =
      ParseString("Nội dung:\n1. Một.\n2. Hai.\n9. Chín.\n", InLanguage(Language::kVietnamese));
  const Node* nine = FindTask(doc, "9. Chín.");
  REQUIRE(nine != nullptr);
  CHECK(nine->marker.empty());
  const Diagnostic* d = DiagnosticAt(doc, 4, "unplaced");
  REQUIRE(d != nullptr);
  CHECK(d->expected == "3.");
  CHECK(d->found == "9.");
}

TEST_CASE("Nesting beyond the depth limit is reported once", "[parse][damage]") {
  std::string text = "Nội dung:\n";
  const char* styles[] = {"I.", "1.", "a)", "-", "+", "*", "(1)", "(i)"};
  for (const char* s : styles) text += std::string(s) + " Mục.\n";
  ParseOptions options = InLanguage(Language::kVietnamese);
  options.max_depth = 4;
  Document doc = ParseString(text, options);
  int depth_reports = 0;
  for (const Diagnostic& d : doc.diagnostics) depth_reports += d.kind == DiagnosticKind::kDepth;
  CHECK(depth_reports == 1);
  CHECK(congvan::CheckLossless(doc).empty());
}

TEST_CASE("The OCR'd consolidated circular keeps its chapters and articles",
          "[parse][damage][corpus]") {
  // Specks before headings (":   Chương I", "._ Điều 8."), glued marks
  // ("Điều 4.*"), a lost "Chương II" title: every chapter and article found.
  Document doc = ParseCorpus("administrative/2026-vi-circular-bqp-military-funeral-vbhn-ocr.txt");
  // Six of seven chapters: "ChươngVH" (VII) is beyond reading.
  REQUIRE(doc.tasks.size() >= 6);
  CHECK(doc.tasks[0].marker == "Chương I");
  CHECK(doc.tasks[5].ordinal == 6);
  int articles = 0;
  congvan::ForEachTask(
      doc.tasks, [&](const Node& n, int, const Node*) { articles += n.style == "vi-article"; });
  CHECK(articles >= 34);
  CHECK(congvan::CheckLossless(doc).empty());
}

TEST_CASE(
    "OCR of stacked tone marks: 'Điêù' is Điều, and 'B' for 'Đ' is repaired where the article is "
    "due",
    "[parse][damage]") {
  // The shapes Tesseract gives a scan of a circular (seen on a scan of
  // Thông tư 37/2025/TT-BXD made by the team's own steps).
  Document doc = ParseString(
      "THÔNG TƯ\n"
      "**Điêù 1. Phạm vi điêù chỉnh và đôí tượng áp dụng**\n"
      "1. Thông tư này quy định cơ chê; chính sách quản ly giá dịch vụ kiêm định.\n"
      "**Biêù 2.\n\nNguyên tac xác định giá**\n"
      "1. Mức giá cụ thê dịch vụ kiém định do đơn vị tự định giá.\n"
      "**Điêù 3.\n\nTrách nhiệm thi hành**\n"
      "1. Cục Đăng kiém Việt Nam có trách nhiệm tô chức thực hiện.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 3);
  for (int i = 0; i < 3; ++i) CHECK(*doc.tasks[static_cast<size_t>(i)].ordinal == i + 1);
  bool repaired = false;
  for (const auto& d : doc.diagnostics)
    repaired = repaired || (d.kind == DiagnosticKind::kRepaired && d.found == "Biêù 2.");
  CHECK(repaired);
}
