// The PDF module (engine/src/read/pdf_module.h) is loaded when a PDF is read
// and only then: the real binary, watched by the dynamic loader (LD_DEBUG=files
// lists every shared object it opens, on stderr).
// That a text's parse loads none of the modules, and the missing or stale
// module's error, are module_cli_test.cc's.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "support/corpus.h"

using congvan::testing::RunCongvanWatchingLoader;

TEST_CASE("a PDF's parse loads the PDF module, and poppler with it", "[cli][pdf_module]") {
  auto r = RunCongvanWatchingLoader(
      {"parse", std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/dispatch-text.pdf"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("libcongvan_pdf"));
  CHECK_THAT(r.err, Catch::Contains("libpoppler"));
  CHECK_THAT(r.out, Catch::Contains("\"format\": \"pdf\""));
}
