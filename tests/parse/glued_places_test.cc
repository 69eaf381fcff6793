// Places that open inside a source line (engine/src/parse/line_cuts.cc and
// its passes): a point's first sub-point glued to the point's line
// (glued_subpoints.cc) and clauses glued after a sentence's end
// (glued_clauses.cc), each on a real excerpt (tests/parse/real/metadata.tsv).
// The cut parts stand on the line as bytes (LineSpans::from_byte/to_byte):
// the document stays lossless, and JSON, outline and the AKN round trip keep
// the cut. Each case fails with its pass unwired (parser.cc).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/parse.h"
#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::LineSpans;
using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

// The first task with `marker`, at any depth, quoted provisions included.
const Node* FindMarker(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return &n;
    if (const Node* in = FindMarker(n.children.span(), marker)) return in;
    if (const Node* in = FindMarker(n.quoted(), marker)) return in;
  }
  return nullptr;
}

// The first task whose marker opens with `code`, at any depth.
const Node* FindCode(std::span<const Node> nodes, std::string_view code) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker).starts_with(code)) return &n;
    if (const Node* in = FindCode(n.children.span(), code)) return in;
  }
  return nullptr;
}

std::vector<std::string> ChildMarkers(const Node& node) {
  std::vector<std::string> markers;
  for (const Node& c : node.children.span()) markers.emplace_back(std::string_view(c.marker));
  return markers;
}

// The first task object with `marker` in the JSON `tasks`, at any depth.
const nlohmann::json* JsonTask(const nlohmann::json& tasks, std::string_view marker) {
  for (const nlohmann::json& t : tasks) {
    if (t.contains("marker") && t["marker"].is_string() && t["marker"].get<std::string>() == marker)
      return &t;
    for (const char* key : {"children", "quoted"}) {
      if (!t.contains(key)) continue;
      if (const nlohmann::json* in = JsonTask(t[key], marker)) return in;
    }
  }
  return nullptr;
}

// The document read back from its Akoma Ntoso (the reader runs CheckLossless).
Document AknRoundTrip(const Document& doc) {
  auto back = congvan::ParseBytes(congvan::WriteAkomaNtoso(doc), "roundtrip.akn.xml", {});
  INFO(back.status().ToString());
  REQUIRE(back.ok());
  return std::move(back).value();
}

}  // namespace

// TT 79/2022, line 19: "“g) Hồ sơ chứng minh người phụ thuộc g.1) Đối với
// con:". g.1) was text of point g, so "g.1.1)" … had no parent to open under.
TEST_CASE("A point's first sub-point glued to the point's line opens under the point",
          "[parse][glued]") {
  Document doc = ParseRealExcerpt("2022-vi-circular-79-2022-tt-btc-glued-subpoint-web-excerpt.txt");
  const Node* point = FindMarker(doc.tasks, "g)");
  REQUIRE(point != nullptr);
  CHECK(std::string_view(point->text) == "Hồ sơ chứng minh người phụ thuộc");
  const Node* sub = FindMarker(doc.tasks, "g.1)");
  REQUIRE(sub != nullptr);
  CHECK(std::string_view(sub->text) == "Đối với con:");
  CHECK(ChildMarkers(*point).front() == "g.1)");
  // Both stand on line 19, the point up to the sub-point's byte, the
  // sub-point from it to the line's end ("“g) Hồ sơ … thuộc " is 51 bytes).
  REQUIRE(point->spans.size() == 1);
  CHECK(point->spans.front().first == 19);
  CHECK(point->spans.from_byte() == 0);
  CHECK(point->spans.to_byte() == sub->spans.from_byte());
  CHECK(sub->spans.from_byte() == 51);
  CHECK(sub->spans.to_byte() == LineSpans::kLineEnd);
  CHECK(congvan::CheckLossless(doc).empty());
  // The cut shows in JSON, the outline and AKN, and reads back.
  const nlohmann::json json = nlohmann::json::parse(congvan::WriteJson(doc));
  const nlohmann::json* sub_json = JsonTask(json["tasks"], "g.1)");
  REQUIRE(sub_json != nullptr);
  CHECK((*sub_json)["line_bytes"] == nlohmann::json::array({51, -1}));
  CHECK(congvan::WriteOutline(doc).find("[19:51-]") != std::string::npos);
  Document back = AknRoundTrip(doc);
  const Node* sub_back = FindMarker(back.tasks, "g.1)");
  REQUIRE(sub_back != nullptr);
  CHECK(sub_back->spans == sub->spans);
  CHECK(congvan::CheckLossless(back).empty());
}

// Luật Di sản văn hóa 2001 (as amended in 2009), line 158 of the copy (21
// of the excerpt): the inserted Điều 41a on one line, clause 1 after its
// heading, clauses 2 to 6 each after the full stop ending the clause before.
// All of it was one unmarked child of Điều 41's clause 3 (the heading
// "Điều 41a" followed by a digit is no article heading).
TEST_CASE("Clauses glued after a sentence's end continue the line's numbering", "[parse][glued]") {
  Document doc = ParseRealExcerpt("2001-vi-law-28-2001-qh10-glued-clauses-web-excerpt.txt");
  const Node* article = FindCode(doc.tasks, "Điều 41a");
  REQUIRE(article != nullptr);
  CHECK(ChildMarkers(*article) == std::vector<std::string>{"1.", "2.", "3.", "4.", "5.", "6."});
  REQUIRE(article->children.size() == 6);
  const Node& first = article->children.span()[0];
  std::string_view text = first.text;
  CHECK(text.starts_with(
      "Bảo vật quốc gia phải có các tiêu chí sau đây: a) Là hiện vật gốc độc bản;"));
  CHECK(text.ends_with("lịch sử tự nhiên."));
  const Node& second = article->children.span()[1];
  CHECK(std::string_view(second.text).starts_with("Bảo vật quốc gia phải được đăng ký"));
  // The heading, then the six clauses, tile line 21.
  CHECK(article->spans.front().first == 21);
  CHECK(article->spans.from_byte() == 0);
  CHECK(first.spans.from_byte() == article->spans.to_byte());
  CHECK(second.spans.from_byte() == first.spans.to_byte());
  CHECK(article->children.span()[5].spans.to_byte() == LineSpans::kLineEnd);
  // In JSON every part says where on the line it stands, the plain leaves
  // too (the writer's fast path for a plain task had left them out).
  const nlohmann::json json = nlohmann::json::parse(congvan::WriteJson(doc));
  const nlohmann::json* article_json = JsonTask(json["tasks"], "Điều 41a");
  REQUIRE(article_json != nullptr);
  REQUIRE((*article_json)["children"].size() == 6);
  const nlohmann::json& second_json = (*article_json)["children"][1];
  CHECK(second_json["children"].empty());
  CHECK(second_json["line_bytes"] ==
        nlohmann::json::array({second.spans.from_byte(), second.spans.to_byte()}));
  // Điều 42's clauses on lines of their own are as they were.
  const Node* next = FindCode(doc.tasks, "Điều 42");
  REQUIRE(next != nullptr);
  CHECK(ChildMarkers(*next) == std::vector<std::string>{"1.", "2."});
  CHECK_FALSE(next->spans.cut());
  CHECK(congvan::CheckLossless(AknRoundTrip(doc)).empty());
}

// The Pháp điển page 'Luật sư', lines 690 and 740 of the page (35 and 85 of
// the excerpt): "… pháp luật về tố cáo.Điều 4.4.LQ.15. Kiểm tra kết quả tập
// sự hành nghề luật sư". The headings were text of the article before.
TEST_CASE("A codified heading glued after a sentence's end opens its article",
          "[parse][glued][phapdien]") {
  Document doc = ParseRealExcerpt("2026-vi-phapdien-luat-su-glued-headings-page-excerpt.md");
  const Node* before = FindCode(doc.tasks, "Điều 4.4.TT.7.38");
  REQUIRE(before != nullptr);
  const Node* glued = FindCode(doc.tasks, "Điều 4.4.LQ.15");
  REQUIRE(glued != nullptr);
  CHECK(std::string_view(glued->text).starts_with("Kiểm tra kết quả tập sự hành nghề luật sư"));
  CHECK(glued->spans.front().first == 35);
  CHECK(glued->spans.from_byte() > 0);
  const Node* second = FindCode(doc.tasks, "Điều 4.4.TT.7.17");
  REQUIRE(second != nullptr);
  CHECK(std::string_view(second->text)
            .starts_with("Nội dung và hình thức kiểm tra kết quả tập sự hành nghề luật sư"));
  CHECK(second->spans.front().first == 85);
  // The article before keeps its sentence up to the heading's byte.
  const Node* principles = FindCode(doc.tasks, "Điều 4.4.TT.7.16");
  REQUIRE(principles != nullptr);
  CHECK(congvan::CheckLossless(AknRoundTrip(doc)).empty());
}
