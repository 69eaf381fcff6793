// ReadFileBytes without a zero fill (read/file_bytes.cc, compiled as C++23
// for std::string::resize_and_overwrite): the string the read fills is never
// written before read(2), so what it holds must be exactly the bytes read —
// its size the bytes the file gave, its terminator in place — and a read
// that fails must leave no bytes behind, only the error naming the file.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "read/file_bytes.h"
#include "support/corpus.h"

using congvan::read::ReadFileBytes;
using congvan::testing::TempDir;
using congvan::testing::TempFile;

TEST_CASE("ReadFileBytes: a read error gives the error and no bytes", "[read][file_bytes]") {
  // A directory opens read-only, and read(2) then fails (EISDIR).
  TempDir dir;
  auto bytes = ReadFileBytes(dir.path(), 4096);
  REQUIRE(!bytes.ok());
  CHECK_THAT(bytes.status().ToString(),
             Catch::Contains("read error") && Catch::Contains(dir.path()));
}

TEST_CASE("ReadFileBytes: the unfilled buffer holds the bytes read and no more",
          "[read][file_bytes]") {
  // Sizes around the small-string buffer (15), a page, and an odd size; each
  // asked exactly, with 1 and 5000 bytes more (a file that shrank), and with
  // fewer (a file that grew). Every byte value appears.
  for (size_t size :
       {size_t{1}, size_t{15}, size_t{16}, size_t{4095}, size_t{4097}, size_t{70001}}) {
    std::string content(size, '\0');
    for (size_t i = 0; i < size; ++i) content[i] = static_cast<char>((i * 131 + 7) % 256);
    TempFile file(content);
    for (size_t asked : {size, size + 1, size + 5000, size / 2}) {
      INFO(size << " bytes, asked " << asked);
      auto bytes = ReadFileBytes(file.path(), asked);
      REQUIRE(bytes.ok());
      const size_t expected = std::min(size, asked);
      CHECK(bytes->size() == expected);
      CHECK(*bytes == content.substr(0, expected));
      CHECK(bytes->c_str()[bytes->size()] == '\0');
    }
  }
}
