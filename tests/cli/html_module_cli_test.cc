// The HTML module (engine/src/read/html_module.h) is loaded when a web page
// is read, and only then: the real binary, watched by the dynamic loader
// (LD_DEBUG=files lists every shared object it opens, on stderr).
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::testing::RunCongvanWatchingLoader;

namespace {

std::string HtmlFixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/html/" + name;
}

}  // namespace

TEST_CASE("a web page's parse loads the HTML module, and gumbo with it", "[cli][html_module]") {
  auto r = RunCongvanWatchingLoader({"parse", HtmlFixture("dispatch-lists.html")});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("libcongvan_html"));
  CHECK_THAT(r.err, Catch::Contains("libgumbo"));
  CHECK_THAT(r.out, Catch::Contains("\"format\": \"html\""));
}
