// A consolidated text's note marks glued to short words, and a file that
// holds an appendix alone, on real Công báo texts
// (tests/parse/real/metadata.tsv).
//
// The consolidating office prints its note numbers as superscripts that the
// gazette's text layer glues to the word before: "Bộ Công an18", "người quản
// lý5". A Vietnamese syllable may have two letters, so in a consolidated text
// a mark after one is taken off the task's text, as after longer words, and
// kept on the task as a note (footnote_marks.cc), so a heading reads the same
// with or without its note for the diff and the timeline.
//
// A gazette issue that carries on an annex from the issue before opens with
// the appendix's title, no article before it: the appendix is annex, not
// tasks (attachments.cc, OpensFile).
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;

namespace {

const Node* FindByMarker(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (n.marker == marker) return &n;
    if (const Node* in = FindByMarker(n.children, marker)) return in;
  }
  return nullptr;
}

const Node* FindByLine(std::span<const Node> nodes, int line) {
  for (const Node& n : nodes) {
    if (!n.spans.empty() && n.spans.front().first == line) return &n;
    if (const Node* in = FindByLine(n.children, line)) return in;
  }
  return nullptr;
}

bool HasNote(const Node& n, int line, std::string_view text) {
  for (const congvan::Note& note : n.notes()) {
    if (note.line == line && note.text == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A consolidated text's note mark after a two-letter syllable leaves the heading",
          "[parse][footnote]") {
  // Line 343: "Điều 7c. Trách nhiệm của Bộ Quốc phòng và Bộ Công an18", note
  // 18 at the page's foot (line 356).
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-vbhn-22-vpqh-health-insurance-law-opening-congbao.txt");
  const Node* article = FindByMarker(doc.tasks, "Điều 7c.");
  REQUIRE(article != nullptr);
  CHECK(std::string_view(article->text).starts_with("Trách nhiệm của Bộ Quốc phòng và Bộ Công an"));
  CHECK(std::string_view(article->text).find("an18") == std::string_view::npos);
  CHECK(HasNote(*article, 343, "18"));
}

TEST_CASE("A consolidated text's note mark after 'lý' leaves the provision's text",
          "[parse][footnote]") {
  // Lines 236-237: "… tạm ứng và trả tiền lương, thù lao, tiền thưởng của người
  // quản lý5", note 5 at line 259.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-vbhn-462-bldtbxh-deposit-insurance-wages-congbao.txt");
  const Node* article = FindByLine(doc.tasks, 236);
  REQUIRE(article != nullptr);
  std::string_view text = article->text;
  CHECK(text.ends_with("của người quản lý"));
  CHECK(HasNote(*article, 236, "5"));
}

TEST_CASE("A gazette issue that opens with an appendix holds it as annex, not tasks",
          "[parse][appendix]") {
  // "(Tiếp theo Công báo số 201 + 202)" / "Phụ lục số 04" / "HỆ THỐNG BÁO CÁO
  // TÀI CHÍNH …" / "(Ban hành kèm theo Thông tư số 102/2018/TT-BTC …)", then
  // the forms B11-BH, B12a-BH.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2018-vi-circular-102-2018-tt-btc-appendix-04-alone-congbao.txt");
  bool annex = false;
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kAnnex && b.text.starts_with("Phụ lục số 04")) annex = true;
  }
  CHECK(annex);
  // No form's line is a task (main19: 645 tasks from line 20 on); the
  // "(Tiếp theo …)" line above the title is left as it is.
  for (const Node& n : doc.tasks) {
    INFO(std::string(n.text.view()));
    CHECK(n.lines().first < 20);
  }
}
