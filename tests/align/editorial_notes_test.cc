// Editorial notes a legal portal appends to provisions (align/editorial_notes.h),
// on the notes of the real copy of Nghị định 102/2017/NĐ-CP in the corpus.
#include "align/editorial_notes.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "support/corpus.h"

namespace {

using congvan::align_internal::IsEditorialNote;
using congvan::align_internal::WithoutEditorialNotes;

std::string Line(const std::string& relative, int number) {
  std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(relative)));
  std::string line;
  for (int i = 0; i < number && std::getline(in, line); ++i) {
  }
  return line;
}

}  // namespace

TEST_CASE("A portal's note inside a provision is not the provision's text", "[align][notes]") {
  // Khoản 7 of Điều 3: the definition, then the publisher's note on which
  // circulars guide it.
  std::string clause = Line("pairs/2017-vi-decree-102-2017-nd-cp-old.txt", 32);
  REQUIRE(clause.rfind("7. Phiếu yêu cầu đăng ký hợp lệ", 0) == 0);
  std::string stripped;
  REQUIRE(WithoutEditorialNotes(clause, &stripped));
  CHECK(stripped.find("theo mẫu.") != std::string::npos);
  CHECK(stripped.find("Thông tư") == std::string::npos);
  CHECK(stripped.find('[') == std::string::npos);
  CHECK(stripped.size() < clause.size() / 2);
}

TEST_CASE("Every bracketed note of the decree's portal copy is recognised", "[align][notes]") {
  std::string text = congvan::testing::ReadFile(
      congvan::testing::CorpusPath("pairs/2017-vi-decree-102-2017-nd-cp-old.txt"));
  int notes = 0;
  for (size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
    size_t close = text.find(']', open);
    REQUIRE(close != std::string::npos);
    std::string inside = text.substr(open + 1, close - open - 1);
    INFO(inside);
    CHECK(IsEditorialNote(inside));
    ++notes;
  }
  CHECK(notes == 18);
}

TEST_CASE("Brackets that are the law's own text stay", "[align][notes]") {
  std::string out = "unchanged";
  // An omission in a quotation, a bracketed cross-reference, a bracket never closed.
  CHECK_FALSE(WithoutEditorialNotes("“Điều 5. […] các trường hợp sau đây”", &out));
  CHECK_FALSE(WithoutEditorialNotes("theo mẫu [Phụ lục I] kèm theo Nghị định này", &out));
  CHECK_FALSE(WithoutEditorialNotes("[Điều này được hướng dẫn bởi Điều 5", &out));
  CHECK(out == "unchanged");
  CHECK_FALSE(IsEditorialNote("được sửa đổi theo Luật"));  // no "hiệu lực": not the formula
}
