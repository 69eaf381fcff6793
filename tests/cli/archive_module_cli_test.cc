// The archive module (engine/src/read/archive_module.h) is loaded when a
// .docx is read or written or a corpus file hashed, and only then: the real
// binary, watched by the dynamic loader (LD_DEBUG=files lists every shared
// object it opens, on stderr). That a text's parse loads none of the modules,
// and the missing or stale module's error, are module_cli_test.cc's.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvanWatchingLoader;
using congvan::testing::TempDir;

namespace {

std::string DocxFixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/docx/" + name;
}

}  // namespace

TEST_CASE("a .docx's parse loads the archive module, and libzip with it", "[cli][archive_module]") {
  auto r = RunCongvanWatchingLoader({"parse", DocxFixture("dispatch-numbered.docx")});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("libcongvan_archive"));
  CHECK_THAT(r.err, Catch::Contains("libzip"));
  CHECK_THAT(r.out, Catch::Contains("\"format\": \"docx\""));
}

TEST_CASE("writing a .docx and indexing load the archive module", "[cli][archive_module]") {
  TempDir dir;
  auto diff = RunCongvanWatchingLoader({"diff", CorpusPath("gender-equality/2021-vi-dispatch.txt"),
                                        CorpusPath("gender-equality/2023-vi-news-summary.txt"),
                                        "--format", "docx", "-o", dir.Join("changes.docx")});
  CHECK(diff.exit_code <= 1);  // 1: the versions differ
  CHECK_THAT(diff.err, Catch::Contains("libcongvan_archive"));
  auto index = RunCongvanWatchingLoader(
      {"index", "--db", dir.Join("corpus.db"), CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  CHECK(index.exit_code == 0);
  CHECK_THAT(index.err, Catch::Contains("libcongvan_archive") && Catch::Contains("libcrypto"));
}
