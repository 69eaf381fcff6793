// Marker styles of grammars/vi.xml and grammars/en.xml, and grammar-file errors.
#include "congvan/grammar.h"

#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Grammar;
using congvan::Language;
using congvan::MarkerMatch;

namespace {

std::shared_ptr<const Grammar> Load(Language lang) {
  auto g = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
  INFO(g.status().ToString());
  REQUIRE(g.ok());
  return *g;
}

// The match of style `id` at the start of `line`, or a match with style -1.
MarkerMatch MatchOf(const Grammar& g, const std::string& line, const std::string& id) {
  for (const MarkerMatch& m : g.Match(line)) {
    if (g.styles()[static_cast<size_t>(m.style)].id == id) return m;
  }
  return MarkerMatch{};
}

}  // namespace

TEST_CASE("Vietnamese marker styles read their ordinals", "[grammar]") {
  auto g = Load(Language::kVietnamese);
  struct Case {
    const char* line;
    const char* style;
    int value;
  } cases[] = {
      {"Thứ nhất, nghiên cứu hoàn thiện thể chế", "vi-ordinal-word", 1},
      {"Thứ tư, bố trí kinh phí", "vi-ordinal-word", 4},
      {"Thứ năm, nâng cao năng lực", "vi-ordinal-word", 5},
      {"Thứ mười một, tăng cường", "vi-ordinal-word", 11},
      {"Thứ mười hai: kiểm tra", "vi-ordinal-word", 12},
      {"Phần thứ hai: Nhiệm vụ", "vi-part-word", 2},
      {"Chương IV. Tổ chức thực hiện", "vi-chapter-roman", 4},
      {"Mục 3. Thanh tra", "vi-section", 3},
      {"Điều 15. Hiệu lực thi hành", "vi-article", 15},
      {"IX. Tổ chức thực hiện", "vi-roman", 9},
      {"Il. Xây dựng chỉ tiêu", "vi-roman", 2},  // OCR 'l' for 'I'
      {"12. Báo cáo", "vi-arabic-dot", 12},
      {"3) Kiểm tra", "vi-arabic-paren", 3},
      {"(6) Thúc đẩy", "vi-arabic-parens", 6},
      {"2.1. Áp dụng quản lý rủi ro", "vi-decimal", 1},
      {"1.2.3. Chi tiết", "vi-decimal", 3},
      {"a) Nhằm phấn đấu", "vi-letter-paren", 1},
      {"đ) Tổ chức", "vi-letter-paren", 5},  // a b c d đ
      {"e) Tổ chức", "vi-letter-paren", 6},
      {"g) Tổ chức", "vi-letter-paren", 7},  // no f in the Vietnamese sequence
      {"y) Cuối cùng", "vi-letter-paren", 23},
      {"Một là, hoàn thiện thể chế", "vi-cardinal-la", 1},
      {"Ba là: tăng cường kiểm tra", "vi-cardinal-la", 3},
      {"(iv) Báo cáo", "vi-roman-lower-parens", 4},
      // Legislation and the numbering styles of real documents.
      {"Điều 26a. Quy định chuyển tiếp", "vi-article", 26},
      {"ĐIỀU 5 PHẠM VI ĐIỀU CHỈNH", "vi-article", 5},
      {"Điều 5", "vi-article", 5},
      {"Tiểu mục 2. Thủ tục", "vi-subsection", 2},
      {"Mục 1 QUY ĐỊNH CHUNG", "vi-section", 1},
      {"Phần 2. Quy định cụ thể", "vi-part-arabic", 2},
      {"2/ Tổ chức thực hiện", "vi-arabic-slash", 2},
      {"a/ Tổ chức", "vi-letter-slash", 1},
      {"b. Tổ chức", "vi-letter-dot", 2},
      {"1000. Mục cuối", "vi-arabic-dot", 1000},
      {"a1) Điểm con", "vi-subpoint", 1},
      {"b2) Điểm con", "vi-subpoint", 2},
      {"3, Tăng cường", "vi-arabic-comma", 3},  // OCR "3," for "3."
      {"(a) Công dân", "vi-letter-parens", 1},
      {"A. KẾT QUẢ THỰC HIỆN", "vi-upper-letter", 1},
      {"II - NHIỆM VỤ", "vi-roman-dash", 2},
      {"[2] Nghị định số 30/2020/NĐ-CP", "vi-arabic-brackets", 2},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    MarkerMatch m = MatchOf(*g, c.line, c.style);
    REQUIRE(m.style >= 0);
    CHECK(m.value == c.value);
  }
  CHECK(MatchOf(*g, "2.1. Áp dụng", "vi-decimal").prefix == std::vector<int>{2});
  CHECK(MatchOf(*g, "Điều 26a. Quy định", "vi-article").suffix == "a");
  CHECK(MatchOf(*g, "b2) Điểm con", "vi-subpoint").prefix == std::vector<int>{2});
  // Three- and four-level points, their prefix the path of the item above:
  // lines of Thông tư 79/2022/TT-BTC ("g) …" / "g.1) Đối với con:" /
  // "g.1.2) Con từ 18 tuổi …" / "g.1.2.1) Bản chụp …") and Quyết định
  // 2135/QĐ-TCHQ ("a.1.1) …" / "a.1.1.1) …"), as the web copies print them.
  MarkerMatch g121 = MatchOf(*g, "g.1.2.1) Bản chụp Giấy khai sinh và bản chụp Chứng minh nhân dân",
                             "vi-subpoint-dot-3");
  CHECK(g121.value == 1);
  CHECK(g121.prefix == std::vector<int>{7, 1, 2});
  MarkerMatch a11 = MatchOf(*g, "a.1.1) Trường hợp thông báo kết quả xác định trước đã tra cứu",
                            "vi-subpoint-dot-2");
  CHECK(a11.value == 1);
  CHECK(a11.prefix == std::vector<int>{1, 1});
  CHECK(g->RenderMarker(a11, 2) == "a.1.2)");
  CHECK(MatchOf(*g, "a.1.1.2) Công chức lập phiếu đề xuất", "vi-subpoint-dot-3").prefix ==
        std::vector<int>{1, 1, 1});
  // A table's row number "a.1.1." is none of them.
  CHECK(MatchOf(*g, "a.1.1. Diện tích", "vi-subpoint-dot-2").style < 0);
  // f is not in the Vietnamese alphabet: it counts only in the Latin sequence.
  MarkerMatch f = MatchOf(*g, "f) Nội dung", "vi-letter-paren");
  CHECK(f.sequence_values == std::vector<int>{0, 0, 6});
  MarkerMatch dd = MatchOf(*g, "đ) Nội dung", "vi-letter-paren");
  CHECK(dd.sequence_values == std::vector<int>{5, 0, 0});
  // Bullets: no value; the item text starts right after marker and space.
  struct Bullet {
    const char* line;
    size_t text_begin;
  } bullets[] = {{"- Xây dựng", 2}, {"– Xây dựng", 4}, {"+ Trường hợp", 2}, {"• Nội dung", 4}};
  for (const Bullet& b : bullets) {
    INFO(b.line);
    auto matches = g->Match(b.line);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].value == 0);
    CHECK(matches[0].text_begin == b.text_begin);
  }
}

TEST_CASE("Text that only looks like a marker is not one", "[grammar]") {
  auto g = Load(Language::kVietnamese);
  for (const char* text : {"2021 - 2030 là giai đoạn", "20/24 chỉ tiêu", "Điều 5 của Luật này",
                           "Thứ năm 2021", "Mục tiêu chung", "Điều 6.6 của Luật", "1/2 số đại biểu",
                           "15 người tham dự", "2.000 người tham gia", "ĐIỀU KIỆN"}) {
    INFO(text);
    CHECK(g->Match(text).empty());
  }
  auto en = Load(Language::kEnglish);
  for (const char* text : {"20/24 targets achieved and exceeded", "2021–2030 period",
                           "Article 5 of the Law", "Firstborn children", "Article 6.6 of this Law",
                           "Article 97 of the Law on Land", "3 years after", "Chapters"}) {
    INFO(text);
    CHECK(en->Match(text).empty());
  }
  // "1.1." is a decimal marker, never "1." followed by text "1. …".
  CHECK(MatchOf(*g, "1.1. Áp dụng", "vi-arabic-dot").style == -1);
  CHECK(MatchOf(*en, "1.1. Scope", "en-arabic-dot").style == -1);
}

TEST_CASE("English marker styles read their ordinals", "[grammar]") {
  auto g = Load(Language::kEnglish);
  struct Case {
    const char* line;
    const char* style;
    int value;
  } cases[] = {
      {"First, review the law", "en-ordinal-word", 1},
      {"Secondly, strengthen", "en-ordinal-word", 2},
      {"Twelfth: report", "en-ordinal-word", 12},
      {"Part II Tasks", "en-part-roman", 2},
      {"Part One GENERAL PROVISIONS", "en-part-word", 1},
      {"Article 7 Scope of application", "en-article", 7},
      {"ARTICLE 7", "en-article", 7},
      {"CHAPTER 2", "en-chapter-arabic", 2},
      {"1 This Decree provides for", "en-arabic-bare", 1},
      {"(dd) Other cases", "en-letter-parens", 5},  // the legal alphabet: d, dd, e
      {"(đ) Other cases", "en-letter-parens", 5},
      {"(e) Cases after dd", "en-letter-parens", 6},
      {"(a1) Sub-point", "en-subpoint", 1},
      {"Chapter 3. Implementation", "en-chapter-arabic", 3},
      {"Section 4. Inspection", "en-section-titled", 4},  // an Act's section: continuous
      {"Section 4. INSPECTION", "en-section", 4},         // a translated Mục
      {"Article 12. Effect", "en-article", 12},
      {"IV. Organisation", "en-roman", 4},
      {"(1) Organize the implementation", "en-arabic-parens", 1},
      {"3. Report", "en-arabic-dot", 3},
      {"1.1. Scope", "en-decimal", 1},
      {"(b) Training", "en-letter-parens", 2},
      {"c) Training", "en-letter-paren", 3},
      {"f. Training", "en-letter-dot", 6},
      {"(iii) Reporting", "en-roman-lower-parens", 3},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    MarkerMatch m = MatchOf(*g, c.line, c.style);
    REQUIRE(m.style >= 0);
    CHECK(m.value == c.value);
  }
}

TEST_CASE("A malformed grammar file is an error naming the file and the line", "[grammar]") {
  using congvan::testing::TempFile;
  SECTION("broken XML") {
    TempFile f("<grammar language=\"vi\">\n<styles>\n<style id=\"x\"\n</grammar>\n", ".xml");
    auto g = Grammar::Load(f.path());
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().where().file == f.path());
    CHECK(g.status().where().line >= 3);
    CHECK_THAT(g.status().message(), Catch::Contains("malformed XML"));
  }
  SECTION("bad RE2 pattern") {
    TempFile f(
        "<grammar language=\"vi\">\n<styles>\n"
        "<style id=\"ok\" kind=\"none\" pattern=\"-\\s+\"/>\n"
        "<style id=\"broken\" kind=\"arabic\" pattern=\"(\\d+\"/>\n"
        "</styles>\n</grammar>\n",
        ".xml");
    auto g = Grammar::Load(f.path());
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().where().line == 4);
    CHECK_THAT(g.status().ToString(), Catch::Contains("broken") && Catch::Contains("bad pattern"));
  }
  SECTION("unknown kind") {
    TempFile f(
        "<grammar language=\"en\">\n<styles>\n"
        "<style id=\"s\" kind=\"hex\" pattern=\"(\\d+)\"/>\n</styles>\n</grammar>\n",
        ".xml");
    auto g = Grammar::Load(f.path());
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().where().line == 3);
    CHECK_THAT(g.status().message(), Catch::Contains("unknown kind 'hex'"));
  }
  SECTION("missing file") {
    auto g = Grammar::Load("/nonexistent/vi.xml");
    REQUIRE_FALSE(g.ok());
    CHECK_THAT(g.status().ToString(), Catch::Contains("/nonexistent/vi.xml"));
  }
}
