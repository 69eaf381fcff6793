// The SQLite module (engine/src/corpus/sqlite_module.h) is loaded when a
// corpus database is opened, and only then: the real binary, watched by the
// dynamic loader (LD_DEBUG=files lists every shared object it opens, on
// stderr).
// That a text's parse loads none of the modules, and the missing or stale
// module's error, are module_cli_test.cc's.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvanWatchingLoader;
using congvan::testing::TempDir;

TEST_CASE("indexing and searching load the SQLite module, and SQLite with it",
          "[cli][sqlite_module]") {
  TempDir dir;
  auto index = RunCongvanWatchingLoader(
      {"index", "--db", dir.Join("corpus.db"), CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  REQUIRE(index.exit_code == 0);
  CHECK_THAT(index.err, Catch::Contains("libcongvan_sqlite") && Catch::Contains("libsqlite3"));
  auto search = RunCongvanWatchingLoader(
      {"search", "--db", dir.Join("corpus.db"), "bình đẳng", "--format", "json"});
  CHECK(search.exit_code == 0);
  CHECK_THAT(search.err, Catch::Contains("libcongvan_sqlite"));
  CHECK_THAT(search.out, Catch::Contains("2021-vi-dispatch"));  // a hit, read through the module
}
