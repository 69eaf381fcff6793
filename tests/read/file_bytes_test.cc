// ReadFileBytes (read/file_bytes.h): the bytes of a file exactly as a plain
// stream read gives them, for every corpus text; fewer when the file is
// shorter than the size asked; errors naming the file.
#include "read/file_bytes.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::read::ReadFileBytes;
using congvan::testing::CorpusPath;
using congvan::testing::CorpusTexts;
using congvan::testing::ReadFile;
using congvan::testing::TempFile;

TEST_CASE("ReadFileBytes gives every corpus text's bytes", "[read][file_bytes]") {
  for (const std::string& text : CorpusTexts()) {
    INFO(text);
    std::string expected = ReadFile(CorpusPath(text));
    auto bytes = ReadFileBytes(CorpusPath(text), expected.size());
    REQUIRE(bytes.ok());
    CHECK(*bytes == expected);
  }
}

TEST_CASE("ReadFileBytes: large, shorter than asked, missing", "[read][file_bytes]") {
  // 5 MB: whole 2 MB blocks inside, advised huge pages; the bytes are the same.
  std::string large;
  for (int i = 0; large.size() < (5u << 20); ++i) large += "Điều " + std::to_string(i) + ".\n";
  TempFile file(large);
  auto whole = ReadFileBytes(file.path(), large.size());
  REQUIRE(whole.ok());
  CHECK(*whole == large);
  auto asked_more = ReadFileBytes(file.path(), large.size() + 4096);  // the file shrank
  REQUIRE(asked_more.ok());
  CHECK(*asked_more == large);
  auto asked_less = ReadFileBytes(file.path(), 10);  // the file grew
  REQUIRE(asked_less.ok());
  CHECK(*asked_less == large.substr(0, 10));
  auto missing = ReadFileBytes(file.path() + ".missing", 10);
  REQUIRE(!missing.ok());
  CHECK_THAT(missing.status().ToString(),
             Catch::Contains("cannot open file for reading") && Catch::Contains(".missing"));
}
