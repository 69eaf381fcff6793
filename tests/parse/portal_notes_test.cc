// Web copies of laws from a legal portal nobody on the team had read
// (parse/portal_notes.cc, line_roles.cc: page footnotes, wrapped headings;
// grammars/vi.xml: the one-line letterhead's number). Written from the
// thuvienphapluat.vn copies of the crawl johnPa02/thuvienphapluat-crawler
// (one in corpus/, see corpus/metadata.tsv; lines of others quoted below): the publisher's
// bracketed notes on provisions are notes of the provision, never its text and never a footnote
// that takes the following articles with it; a heading wrapped onto a second line in lower case is
// one heading; a letterhead written on one line gives its number.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

constexpr const char* kDecree61 = "legislation/1994-vi-decree-61-cp-housing-sale-web.txt";

void Collect(std::span<const Node> nodes, const std::string& level, std::vector<const Node*>& out) {
  for (const Node& n : nodes) {
    if (n.level == level) out.push_back(&n);
    Collect(n.children, level, out);
  }
}

std::vector<const Node*> Level(const Document& doc, const std::string& level) {
  std::vector<const Node*> out;
  Collect(doc.tasks, level, out);
  return out;
}

const Node* Article(const Document& doc, int number) {
  for (const Node* n : Level(doc, "article")) {
    if (n->ordinal == number) return n;
  }
  return nullptr;
}

bool HasBracket(std::span<const Node> nodes) {
  for (const Node& n : nodes) {
    if (n.text.find("được hướng dẫn bởi") != std::string::npos) return true;
    if (HasBracket(n.children)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A portal's note on an article heading never swallows the articles after it",
          "[parse][web][notes]") {
  // "Điều 7.- Giá bán … [Điều này được sửa đổi bởi Khoản 2 Điều 1 Nghị định
  // 21/CP …]" reads like a consolidated text's footnote ("Điều này được sửa
  // đổi … bởi"); it used to become a footnote running to the next blank line,
  // which this copy does not have: articles 7 to 28 and four chapters were lost.
  Document doc = ParseCorpus(kDecree61);
  CHECK(Level(doc, "article").size() == 28);
  CHECK(Level(doc, "chapter").size() == 5);
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kFootnote) CHECK(b.spans.back().last - b.spans.front().first < 3);
  }
  const Node* seven = Article(doc, 7);
  REQUIRE(seven != nullptr);
  REQUIRE(seven->notes().size() == 1);
  CHECK(seven->notes()[0].line == 28);
  CHECK(seven->notes()[0].text.rfind("[Điều này được sửa đổi bởi Khoản 2 Điều 1", 0) == 0);
  CHECK(seven->notes()[0].text.back() == ']');
  CHECK(seven->text.find('[') == std::string::npos);
  REQUIRE(Article(doc, 28) != nullptr);
}

TEST_CASE("A note between a chapter's number and its title leaves the heading whole",
          "[parse][web][notes]") {
  // "Chương 2: [Chương này được hướng dẫn bởi …] BÁN NHÀ Ở …": the chapter
  // keeps its number and title, the note is the chapter's.
  Document doc = ParseCorpus(kDecree61);
  std::vector<const Node*> chapters = Level(doc, "chapter");
  REQUIRE(chapters.size() == 5);
  const Node* two = chapters[1];
  CHECK(two->ordinal == 2);
  CHECK(two->spans.front().first == 21);
  REQUIRE(!two->notes().empty());
  CHECK(two->notes()[0].text.rfind("[Chương này được hướng dẫn bởi", 0) == 0);
  CHECK(two->text.find("[") == std::string::npos);
  CHECK(!HasBracket(doc.tasks));  // no note is read as a provision's text
}

TEST_CASE("A note alone on its line is kept on the article it follows", "[parse][web][notes]") {
  // Lines 1360-1364 of the crawl's copy of Bộ luật dân sự 2015 (crawl/dan_su/
  // Bộ_luật_dân_sự_2015.txt): the note alone on the line under the heading
  // used to be a footnote block that ran on to the next blank line.
  Document doc = ParseString(
      "Điều 294. Bảo đảm thực hiện nghĩa vụ trong tương lai\n"
      "[Điều này được hướng dẫn bởi Điều 25 Nghị định 21/2021/NĐ-CP có hiệu lực từ ngày "
      "15/5/2021]\n"
      "1. Trường hợp bảo đảm thực hiện nghĩa vụ trong tương lai, các bên có quyền thỏa thuận cụ "
      "thể về phạm vi nghĩa vụ được bảo đảm và thời hạn thực hiện nghĩa vụ được bảo đảm, trừ "
      "trường hợp pháp luật có quy định khác.\n"
      "2. Khi nghĩa vụ trong tương lai được hình thành, các bên không phải xác lập lại biện pháp "
      "bảo đảm đối với nghĩa vụ đó.\n"
      "Điều 295. Tài sản bảo đảm\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.blocks.empty());
  const Node* article = Article(doc, 294);
  REQUIRE(article != nullptr);
  CHECK(article->text == "Bảo đảm thực hiện nghĩa vụ trong tương lai");
  REQUIRE(article->notes().size() == 1);
  CHECK(article->notes()[0].line == 2);
  CHECK(article->notes()[0].text ==
        "[Điều này được hướng dẫn bởi Điều 25 Nghị định 21/2021/NĐ-CP có hiệu lực từ ngày "
        "15/5/2021]");
  CHECK(article->children.size() == 2);
  REQUIRE(Article(doc, 295) != nullptr);
}

TEST_CASE("A note naming its article is the article's, wherever it stands", "[parse][web][notes]") {
  // Lines 6-15 of the crawl's copy of Luật thuế sử dụng đất phi nông nghiệp
  // 2010 (the notes shortened): "[Điều này …]" opens article 3's first
  // paragraph, and stands after article 2's title.
  Document doc = ParseString(
      "Điều 1. Phạm vi điều chỉnh\n"
      "Luật này quy định về đối tượng chịu thuế, đối tượng không chịu thuế; người nộp thuế; căn "
      "cứ tính thuế; đăng ký, khai, tính và nộp thuế; miễn, giảm thuế sử dụng đất phi nông "
      "nghiệp.\n"
      "Điều 2.\n"
      "Đối tượng chịu thuế [Điều này được hướng dẫn bởi Điều 2 Nghị định 53/2011/NĐ-CP có hiệu "
      "lực thi hành từ ngày 01 tháng 01 năm 2012]\n"
      "1. Đất ở tại nông thôn, đất ở tại đô thị.\n"
      "Điều 3. Đối tượng không chịu thuế\n"
      "[Điều này được hướng dẫn bởi Điều 3 Nghị định 53/2011/NĐ-CP có hiệu lực thi hành từ ngày "
      "01 tháng 01 năm 2012 Điều này được hướng dẫn bởi Điều 2 Thông tư 153/2011/TT-BTC có hiệu "
      "lực thi hành từ ngày 01/01/2012] Đất phi nông nghiệp sử dụng không vào mục đích kinh "
      "doanh bao gồm:\n"
      "1. Đất sử dụng vào mục đích công cộng bao gồm: đất giao thông, thủy lợi;\n"
      "2. Đất do cơ sở tôn giáo sử dụng;\n",
      InLanguage(Language::kVietnamese));
  const Node* article = Article(doc, 3);
  REQUIRE(article != nullptr);
  REQUIRE(article->notes().size() == 1);
  CHECK(article->notes()[0].line == 7);
  const Node* two = Article(doc, 2);
  REQUIRE(two != nullptr);
  CHECK(two->text == "Đối tượng chịu thuế");
  CHECK(two->notes().size() == 1);
  const Node* lead = FindTask(doc, "Đất phi nông nghiệp sử dụng");
  REQUIRE(lead != nullptr);
  CHECK(lead->text == "Đất phi nông nghiệp sử dụng không vào mục đích kinh doanh bao gồm:");
  CHECK(lead->notes().empty());
}

TEST_CASE("A bracket that is not a portal's note stays text", "[parse][web][notes]") {
  Document doc = ParseString(
      "Điều 1. Phạm vi điều chỉnh\n"
      "1. Nghị định này quy định về [nội dung] theo Luật số 27/2023/QH15.\n"
      "2. Mức thu [1] được áp dụng từ ngày 01/01/2025.\n",
      InLanguage(Language::kVietnamese));
  const Node* one = FindTask(doc, "Nghị định này");
  REQUIRE(one != nullptr);
  CHECK(one->text == "Nghị định này quy định về [nội dung] theo Luật số 27/2023/QH15.");
  CHECK(one->notes().empty());
}

TEST_CASE("A lower-case line after an unfinished article title is the rest of the title",
          "[parse][web]") {
  // Lines of the thuvienphapluat.vn copy of Luật Nhà ở 2023 (crawl/dat_dai/
  // Luật_Nhà_ở_2023.txt, lines 1159-1163 and 1250-1252): "nguồn vốn …" read
  // as a byline ("Nguồn: …"), "ở" as noise.
  Document doc = ParseString(
      "Chương VII TÀI CHÍNH ĐỂ PHÁT TRIỂN NHÀ Ở\n"
      "Điều 112. Các\n"
      "nguồn vốn để phát triển nhà ở\n"
      "1. Vốn chủ sở hữu của các tổ chức, cá nhân.\n"
      "2. Vốn vay từ tổ chức tín dụng, tổ chức tài chính đang hoạt động tại Việt Nam.\n"
      "Điều 113. Lập hồ sơ nhà\n"
      "ở\n"
      "1. Chủ sở hữu nhà ở có trách nhiệm lập và lưu trữ hồ sơ nhà ở.\n",
      InLanguage(Language::kVietnamese));
  for (const congvan::Block& b : doc.blocks) {  // the fragment's chapter line is its preamble
    CHECK(b.role != BlockRole::kAuthor);
    CHECK(b.role != BlockRole::kNoise);
  }
  const Node* sources = FindTask(doc, "Các nguồn vốn");
  REQUIRE(sources != nullptr);
  CHECK(sources->text == "Các nguồn vốn để phát triển nhà ở");
  CHECK(sources->children.size() == 2);
  const Node* records = FindTask(doc, "Lập hồ sơ");
  REQUIRE(records != nullptr);
  CHECK(records->text == "Lập hồ sơ nhà ở");
  CHECK(records->children.size() == 1);
}

TEST_CASE("A byline after a finished paragraph is still a byline", "[parse][web]") {
  // The wrapped-heading rule reads only a lower-case line after a heading.
  Document doc = ParseString(
      "Thứ nhất, tăng cường công tác tuyên truyền về bình đẳng giới.\n"
      "Thứ hai, kiện toàn bộ máy làm công tác bình đẳng giới.\n"
      "Theo Báo Nhân Dân\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(!doc.blocks.empty());
  CHECK(doc.blocks.back().role == BlockRole::kAuthor);
}

TEST_CASE("A letterhead on one line gives the document's number", "[parse][web][metadata]") {
  // The first lines of the thuvienphapluat.vn copy of Luật Nhà ở 2023: the
  // number stands after the motto's rule, not at a line start, and before
  // the title (so the title's "LUẬT … SỐ" pattern cannot give it).
  Document doc = ParseString(
      "Luật Nhà ở 2023\n"
      "QUỐC HỘI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
      "--------------- Luật số: 27/2023/QH15\n"
      "Hà Nội, ngày 27 tháng 11 năm 2023 LUẬT NHÀ Ở\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
      "Quốc hội ban hành Luật Nhà ở.\n"
      "Chương I NHỮNG QUY ĐỊNH CHUNG\n"
      "Điều 1. Phạm vi điều chỉnh\n"
      "1. Luật này quy định về sở hữu, phát triển, quản lý vận hành, sử dụng nhà ở.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.number == "27/2023/QH15");
  CHECK(doc.meta.date == "2023-11-27");
}
