// Stray NUL bytes in a UTF-8 text: a PDF's text layer that cannot map a
// glyph (a form's checkbox) may write a NUL for it, and a Công báo text of
// 100 KB was then refused whole as "binary file (NUL byte)". A few isolated
// NULs in a long UTF-8 text now read as spaces (text/decode.cc), with one
// reader warning naming the count and the first offset; a binary file (runs
// of NULs, or a NUL in every few bytes) is refused as before, and UTF-16
// without a BOM is still recognised by its NULs.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "congvan/document.h"
#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

using congvan::testing::Contains;
using congvan::testing::ReadFile;

namespace {

// Thông tư 02/2024/TT-BKHĐT's Mẫu số 02: two checkboxes written as NUL bytes
// (at bytes 980 and 1145 of the excerpt).
const char kForm[] = "2024-vi-circular-02-2024-tt-bkhdt-form-checkbox-nuls-congbao.txt";

std::string FormBytes() {
  return ReadFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + kForm);
}

}  // namespace

TEST_CASE("A few isolated NUL bytes in a UTF-8 text read as spaces, with one warning",
          "[read][decode][nul]") {
  const std::string bytes = FormBytes();
  REQUIRE(bytes[980] == '\0');
  REQUIRE(bytes[1145] == '\0');
  auto read = congvan::ReadDocument(bytes, kForm);
  INFO((read.ok() ? std::string() : read.status().ToString()));
  REQUIRE(read.ok());
  CHECK(read->encoding == "utf-8");
  // Each NUL became a space in its place: no line moves, no word is glued.
  CHECK(Contains(read->text, "\n  Tiếp nhận, kiểm tra hồ sơ đăng ký thi"));
  CHECK(Contains(read->text, "\n  Tổ chức thi nghiệp vụ chuyên môn về đấu thầu."));
  CHECK(read->text.find('\0') == std::string::npos);
  CHECK(std::count(read->text.begin(), read->text.end(), '\n') ==
        std::count(bytes.begin(), bytes.end(), '\n'));
  REQUIRE(read->warnings.size() == 1);
  CHECK(read->warnings[0].message ==
        "2 stray NUL bytes read as spaces (the first at byte offset 980)");
  // DecodeText, the first step of ParseBytes, reads them the same way.
  auto decoded = congvan::DecodeText(bytes, kForm);
  REQUIRE(decoded.ok());
  CHECK(*decoded == read->text);
  // Parsed, the form's lines are kept whole and the warning reaches the document.
  congvan::Document doc = congvan::testing::ParseRealExcerpt(kForm);
  REQUIRE(doc.source_info.warnings.size() == 1);
  CHECK_THAT(doc.source_info.warnings[0].message, Catch::Contains("2 stray NUL bytes"));
}

TEST_CASE("NUL bytes in runs or in numbers stay the sign of a binary file", "[read][decode][nul]") {
  const std::string form = FormBytes();
  // Two NULs side by side (a zero integer, padding): binary, at the first.
  std::string run = form;
  run.insert(1500, 2, '\0');
  auto refused = congvan::DecodeText(run, kForm);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message() == "binary file (NUL byte)");
  CHECK(refused.status().where().byte_offset == 980);
  CHECK_FALSE(congvan::ReadDocument(run, kForm).ok());
  // Isolated, but one in every 512 bytes: more than a converter's stray glyphs.
  std::string many = form;
  for (size_t at = 200; at < many.size(); at += 512) many[at] = '\0';
  CHECK_FALSE(congvan::DecodeText(many, kForm).ok());
  CHECK_FALSE(congvan::ReadDocument(many, kForm).ok());
  // A real binary: the head of this test program (an ELF file).
  std::string self = ReadFile("/proc/self/exe").substr(0, 65536);
  auto binary = congvan::DecodeText(self, "congvan_tests");
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.status().message() == "binary file (NUL byte)");
}

TEST_CASE("UTF-16 without a BOM is still told by its NUL bytes", "[read][decode][nul]") {
  // The ASCII-only lines of the form as UTF-16LE: one NUL in every two bytes.
  std::string utf16;
  for (char c : std::string("1. Ten don vi:......\n2. Thong tin chung thuc\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  auto read = congvan::ReadDocument(utf16, "form-utf16.txt");
  INFO((read.ok() ? std::string() : read.status().ToString()));
  REQUIRE(read.ok());
  CHECK(read->encoding == "utf-16le");
  CHECK(read->text == "1. Ten don vi:......\n2. Thong tin chung thuc\n");
  CHECK(read->warnings.empty());
}
