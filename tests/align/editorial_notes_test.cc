// Editorial notes a legal portal appends to provisions (align/editorial_notes.h),
// on the notes of the real copy of Nghị định 102/2017/NĐ-CP in the corpus.
#include "align/editorial_notes.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "align/align_vocabulary.h"
#include "congvan/grammar_dir.h"
#include "support/corpus.h"

namespace {

using congvan::Language;
using congvan::align_internal::EditorialNoteWords;
using congvan::align_internal::VocabularyFor;
using congvan::align_internal::WithoutEditorialNotes;

// The note's words of grammars/vi.xml (<editorial-note> in <align-words>).
const EditorialNoteWords& Vi() { return VocabularyFor(Language::kVietnamese).notes; }

bool IsEditorialNote(std::string_view bracketed) {
  return congvan::align_internal::IsEditorialNote(bracketed, Vi());
}

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
  REQUIRE(WithoutEditorialNotes(clause, Vi(), &stripped));
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
  CHECK_FALSE(WithoutEditorialNotes("“Điều 5. […] các trường hợp sau đây”", Vi(), &out));
  CHECK_FALSE(WithoutEditorialNotes("theo mẫu [Phụ lục I] kèm theo Nghị định này", Vi(), &out));
  CHECK_FALSE(WithoutEditorialNotes("[Điều này được hướng dẫn bởi Điều 5", Vi(), &out));
  CHECK(out == "unchanged");
  CHECK_FALSE(IsEditorialNote("được sửa đổi theo Luật"));  // no "hiệu lực": not the formula
}

TEST_CASE("The note's words are the language's grammar's", "[align][notes][grammar_dir]") {
  namespace fs = std::filesystem;
  std::string clause = Line("pairs/2017-vi-decree-102-2017-nd-cp-old.txt", 32);
  std::string out = "unchanged";
  // English: its grammar declares no portal note, so nothing is taken out.
  CHECK(VocabularyFor(Language::kEnglish).notes.empty());
  CHECK_FALSE(WithoutEditorialNotes(clause, VocabularyFor(Language::kEnglish).notes, &out));
  // A copy of the grammars whose note is only a correction ("được/bị đính
  // chính" with "hiệu lực"), no dated phrase: the decree's note ("được hướng
  // dẫn bởi …", "được sửa đổi bởi …", "có hiệu lực thi hành kể từ ngày …")
  // is then the provision's text.
  fs::path dir = fs::temp_directory_path() / ("congvan-notes-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(congvan::DefaultGrammarDir(), dir, fs::copy_options::recursive);
  std::stringstream text;
  text << std::ifstream(dir / "vi.xml").rdbuf();
  std::string xml = text.str();
  size_t from = xml.find("<dated>hiệu lực"), to = xml.find("</acts>");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  xml.replace(from, to - from,
              "<in-force>hiệu lực</in-force><voices>được bị</voices><acts>đính chính");
  std::ofstream(dir / "vi.xml", std::ios::trunc) << xml;
  const EditorialNoteWords& edited = VocabularyFor(Language::kVietnamese, dir.string()).notes;
  fs::remove_all(dir);
  CHECK_FALSE(edited.empty());
  CHECK_FALSE(WithoutEditorialNotes(clause, edited, &out));
  CHECK(out == "unchanged");
  CHECK(WithoutEditorialNotes(clause, Vi(), &out));
}
