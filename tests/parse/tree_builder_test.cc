// Sequence rules of the tree builder, on small texts (the parse-from-string seam).
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseOptions;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParentOf;
using congvan::testing::ParseString;

namespace {
ParseOptions En() {
  ParseOptions o;
  o.language = Language::kEnglish;
  return o;
}
}  // namespace

TEST_CASE("đ follows d in the Vietnamese letter sequence", "[parse][tree]") {
  Document doc = ParseString(
      "Bộ đề nghị thực hiện như sau:\n1. Nhiệm vụ chung\na) Việc một.\nb) Việc hai.\nc) Việc ba.\n"
      "d) Việc bốn.\nđ) Việc năm.\ne) Việc sáu.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 1);
  REQUIRE(doc.tasks[0].children.size() == 6);
  CHECK(doc.tasks[0].children[4].marker == "đ)");
  CHECK(doc.tasks[0].children[4].ordinal == 5);
  CHECK(doc.tasks[0].children[4].path == "1.đ");
}

TEST_CASE("A letter that skips the sequence is text, not an item", "[parse][tree]") {
  // After d) comes đ); an e) straight after d) breaks the sequence.
  Document doc = ParseString("Nội dung:\n1. Nhiệm vụ\na) Một.\nb) Hai.\nd) Bốn.\n",
                             InLanguage(Language::kVietnamese));
  const Node* one = FindTask(doc, "Nhiệm vụ");
  REQUIRE(one != nullptr);
  REQUIRE(one->children.size() == 2);
  // "d) Bốn." is read as a plain paragraph under item 1 and diagnosed.
  const Node* d = FindTask(doc, "d) Bốn.");
  REQUIRE(d != nullptr);
  CHECK(d->marker.empty());
  CHECK_FALSE(doc.diagnostics.empty());
}

TEST_CASE("Ordinal words run past ten", "[parse][tree]") {
  std::string text = "Nhiệm vụ năm nay như sau:\n";
  const char* words[] = {"nhất", "hai", "ba",   "tư",   "năm",      "sáu",
                         "bảy",  "tám", "chín", "mười", "mười một", "mười hai"};
  for (const char* w : words) text += std::string("Thứ ") + w + ", nhiệm vụ " + w + ".\n";
  Document doc = ParseString(text, InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 12);
  CHECK(doc.tasks[10].ordinal == 11);
  CHECK(doc.tasks[11].marker == "Thứ mười hai,");
}

TEST_CASE("Roman sections hold Arabic items that restart under each", "[parse][tree]") {
  Document doc = ParseString(
      "Hướng dẫn như sau:\nI. Phạm vi\n1. Một\n2. Hai\nII. Nguyên tắc\n1. Một\n2. Hai\n3. Ba\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[1].children.size() == 3);
  CHECK(doc.tasks[1].children[2].path == "2.3");
}

TEST_CASE("Decimal items nest under the item their prefix names", "[parse][tree]") {
  Document doc = ParseString(
      "Hướng dẫn như sau:\n1. Phạm vi:\n2. Nguyên tắc:\n2.1. Một\n2.2. Hai\n2.2.1. Chi tiết\n"
      "3. Thời gian\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 3);
  const Node& two = doc.tasks[1];
  REQUIRE(two.children.size() == 2);
  CHECK(two.children[1].marker == "2.2.");
  REQUIRE(two.children[1].children.size() == 1);
  CHECK(two.children[1].children[0].marker == "2.2.1.");
}

TEST_CASE("A stray number that breaks its sequence is text", "[parse][tree]") {
  Document doc = ParseString(
      "Tasks for this year are as follows:\n(1) Review the law.\n(2) Train officials.\n"
      "3. The budget rose by a third.\n(3) Report results.\n",
      En());
  REQUIRE(doc.tasks.size() == 3);
  const Node* stray = FindTask(doc, "3. The budget");
  REQUIRE(stray != nullptr);
  CHECK(stray->marker.empty());
  CHECK(ParentOf(doc, stray) == &doc.tasks[1]);
}

TEST_CASE("A paragraph announcing a list with a colon owns the list", "[parse][tree]") {
  Document doc = ParseString(
      "1. Communication\nBased on the plan, agencies should implement the following:\n"
      "+ Communicate the law.\n+ Organise the Action Month.\n2. Training\n",
      En());
  REQUIRE(doc.tasks.size() == 2);
  REQUIRE(doc.tasks[0].children.size() == 1);
  const Node& announcer = doc.tasks[0].children[0];
  CHECK(announcer.marker.empty());
  CHECK(announcer.children.size() == 2);
}

TEST_CASE("A text without numbering still yields its tasks", "[parse][tree]") {
  Document doc = ParseString(
      "The Ministry issued its guidance for 2025 on Monday.\n"
      "The guidance sets out the tasks as follows:\n"
      "Review the legal documents on gender equality.\n"
      "Train officials in charge of gender equality.\n"
      "Report the results by the end of the year.\n",
      En());
  REQUIRE(doc.tasks.size() == 1);
  CHECK(doc.tasks[0].children.size() == 3);
  REQUIRE_FALSE(doc.blocks.empty());
  CHECK(doc.blocks[0].role == congvan::BlockRole::kPreamble);
}

TEST_CASE("A marker alone on its line takes the next paragraph as its text", "[parse][tree]") {
  Document doc = ParseString("Nội dung như sau:\nI.\nPhạm vi điều chỉnh\n1. Một\nII.\nĐối tượng\n",
                             InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].text == "Phạm vi điều chỉnh");
  CHECK(doc.tasks[0].children.size() == 1);
  CHECK(doc.tasks[1].text == "Đối tượng");
}

TEST_CASE("Deep or adversarial nesting stays bounded", "[parse][tree]") {
  std::string text = "Như sau:\n";
  for (int i = 0; i < 200; ++i) text += "Đoạn " + std::to_string(i) + " như sau:\n";
  Document doc = ParseString(text, InLanguage(Language::kVietnamese));
  int max_depth = 0;
  congvan::ForEachTask(doc.tasks, [&](const Node&, int depth, const Node*) {
    max_depth = std::max(max_depth, depth);
  });
  CHECK(max_depth <= 2);
  CHECK(congvan::CheckLossless(doc).empty());
}

TEST_CASE("(i) opens a Roman list while (i) after (h) continues the letters", "[parse][tree]") {
  Document doc = ParseString(
      "Tasks are as follows:\n(1) Review:\n(i) laws;\n(ii) decrees.\n(2) Report:\n(a) one\n(b) "
      "two\n"
      "(c) three\n(d) four\n(e) five\n(f) six\n(g) seven\n(h) eight\n(i) nine\n",
      En());
  REQUIRE(doc.tasks.size() == 2);
  REQUIRE(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[0].children[1].ordinal == 2);
  REQUIRE(doc.tasks[1].children.size() == 9);
  CHECK(doc.tasks[1].children[8].ordinal == 9);
  CHECK(doc.tasks[1].children[8].path == "2.i");
}

TEST_CASE("Bullets before the first numbered item are preamble", "[parse][tree]") {
  Document doc = ParseString(
      "Căn cứ:\n- Luật Bình đẳng giới;\n- Nghị định số 70/2008/NĐ-CP;\nBộ hướng dẫn như sau:\n"
      "1. Rà soát văn bản.\n2. Tập huấn cán bộ.\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].marker == "1.");
  CHECK(congvan::CheckLossless(doc).empty());
}

TEST_CASE("A list that starts under a numbered heading is its child, whatever its rank",
          "[parse][tree]") {
  Document doc = ParseString(
      "Nhiệm vụ như sau:\n1. Hoàn thiện thể chế\nThứ nhất, rà soát luật.\nThứ hai, sửa đổi nghị "
      "định.\n"
      "2. Tuyên truyền\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 2);
  REQUIRE(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[0].children[1].marker == "Thứ hai,");
}
