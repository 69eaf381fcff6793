// The engine's one diacritic fold (engine/src/text/fold_key.cc) against a
// slow, obviously correct reference: the whole string through ICU (NFD, drop
// nonspacing marks, đ → d, apostrophes, case folding, NFC) — what FoldKey
// computed per call before the fold became a table. Checked on every line of
// every corpus text, in NFC and in NFD; and FoldWithOffsets, with its inline
// decoding, against FoldKey taken one code point at a time.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "support/corpus.h"
#include "support/reference_fold.h"
#include "support/unicode_forms.h"

using congvan::testing::ToNfd;

namespace {

icu::UnicodeString StripMarks(const icu::UnicodeString& s) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == 0x00B4 || c == '`') {
      c = '\'';
    }
    if (c == 0x0110 || c == 0x0189 || c == 0x00D0) c = 'D';
    if (c == 0x0111 || c == 0x00F0) c = 'd';
    out.append(c);
  }
  return out;
}

icu::UnicodeString Normalize(const icu::UnicodeString& s, bool nfc) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      nfc ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString out = n->normalize(s, status);
  REQUIRE(U_SUCCESS(status));
  return out;
}

std::string ReferenceFold(const std::string& text) {
  icu::UnicodeString s = StripMarks(Normalize(icu::UnicodeString::fromUTF8(text), false));
  s.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  return Normalize(StripMarks(s), true).toUTF8String(out);
}

}  // namespace

TEST_CASE("FoldKey equals the ICU reference on every corpus line", "[text][fold]") {
  size_t lines = 0, non_ascii = 0;
  for (const std::string& name : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
    for (std::string line; std::getline(in, line);) {
      std::string expected = ReferenceFold(line);
      INFO(name << ": " << line);
      REQUIRE(congvan::FoldKey(line) == expected);
      REQUIRE(congvan::FoldKey(ToNfd(line)) == expected);
      ++lines;
      for (unsigned char c : line) {
        if (c >= 0x80) {
          ++non_ascii;
          break;
        }
      }
    }
  }
  CHECK(lines > 10000);
  CHECK(non_ascii > 5000);  // the Vietnamese texts are there, not only English
}

TEST_CASE("FoldKey folds Vietnamese spellings and apostrophes to one key", "[text][fold]") {
  CHECK(congvan::FoldKey("Ủy Ban Nhân Dân") == "uy ban nhan dan");
  CHECK(congvan::FoldKey("uỷ ban") == congvan::FoldKey("ỦY BAN"));
  CHECK(congvan::FoldKey("ĐẲNG") == "dang");
  CHECK(congvan::FoldKey("People’s Committee") == "people's committee");
  CHECK(congvan::FoldKey("Straße") == "strasse");  // full case folding
  CHECK(congvan::FoldKey(std::string("a\xFF"
                                     "b")) ==
        "a\xEF\xBF\xBD"
        "b");  // not UTF-8
}

TEST_CASE("FoldForCues collapses spaces and maps every byte back", "[text][fold]") {
  std::string line = "Nơi  nhận:\tĐiều 5";
  std::string folded;
  std::vector<uint32_t> offsets;
  congvan::FoldWithOffsets(line, &folded, &offsets);
  CHECK(folded == "noi nhan: dieu 5");
  REQUIRE(offsets.size() == folded.size() + 1);
  CHECK(offsets.back() == line.size());
  size_t d = folded.find("dieu");
  CHECK(line.substr(offsets[d], offsets[d + 4] - offsets[d]) == "Điều");
  CHECK(congvan::FoldForCues(line) == folded);
}

namespace {

void CheckAgainstReference(const std::string& line) {
  std::string folded, expected;
  std::vector<uint32_t> offsets, expected_offsets;
  congvan::FoldWithOffsets(line, &folded, &offsets);
  congvan::testing::ReferenceFoldWithOffsets(line, &expected, &expected_offsets);
  REQUIRE(folded == expected);
  REQUIRE(offsets == expected_offsets);
}

}  // namespace

TEST_CASE("FoldWithOffsets equals FoldKey code point by code point on every corpus line",
          "[text][fold]") {
  size_t lines = 0;
  for (const std::string& name : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
    for (std::string line; std::getline(in, line);) {
      INFO(name << ": " << line);
      CheckAgainstReference(line);
      CheckAgainstReference(ToNfd(line));
      ++lines;
    }
  }
  CHECK(lines > 10000);
  // What the inline decoding must leave to the general path: bytes that are
  // not UTF-8, sequences cut short at the end, the edges of the table's blocks.
  for (const std::string line :
       {"a\xFF"
        "b",
        "\xC3", "x\xE1\xBA", "\xE2\x80", "\xCB\xBF \xCC\x80 \xE1\xB7\xBF \xE1\xBC\x80",
        "\xE2\x81\xAF\xE2\x81\xB0 \xE2\x80\x80\xE2\x80\x80 x", "  \t\xC2\xA0 \xE2\x80\x83  y"}) {
    INFO(line);
    CheckAgainstReference(line);
  }
}

TEST_CASE("AppendFoldEndsForCues appends exactly FoldEndsForCues, on every corpus line",
          "[text][fold]") {
  // The line-role stage folds every line into one buffer: each appended fold
  // must be the line's fold alone, whatever the buffer ends with (a space run
  // is judged by the writer's own bytes, so a line beginning with spaces after
  // a fold ending in one keeps its space), long lines' " … " included.
  std::string buffer = "ends with a space ";
  size_t lines = 0;
  for (const std::string& name : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
    for (std::string line; std::getline(in, line);) {
      INFO(name << ": " << line);
      for (const std::string& variant : {line, " " + line, "  " + line + "  ", ToNfd(line)}) {
        size_t begin = buffer.size();
        congvan::AppendFoldEndsForCues(variant, &buffer);
        CHECK(buffer.substr(begin) == congvan::FoldEndsForCues(variant));
      }
      ++lines;
    }
    if (buffer.size() > (1u << 20)) buffer = "x ";  // keep the test's memory small
  }
  CHECK(lines > 10000);
}
