// A page nested deeper than a native stack holds, read by the real binary to
// the end: gumbo parses it with its own stack and the HTML module walks it
// with its own, and the tree is released by a flat loop
// (read/html_module/gumbo_allocations.h), not by gumbo_destroy_output,
// which recursed once per level and overflowed the stack after the walk had
// succeeded (signal 11). The run gets a 1 MiB stack (RLIMIT_STACK, inherited
// by the child) so that the check does not hang on the machine's default.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::testing::CommandResult;
using congvan::testing::RunCongvan;
using congvan::testing::TempFile;

namespace {

// RunCongvan with the soft stack limit at `bytes` for the child.
CommandResult RunCongvanWithStack(const std::vector<std::string>& args, rlim_t bytes) {
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_STACK, &saved) == 0);
  rlimit small = saved;
  small.rlim_cur = bytes;
  REQUIRE(setrlimit(RLIMIT_STACK, &small) == 0);
  CommandResult r = RunCongvan(args);
  setrlimit(RLIMIT_STACK, &saved);
  return r;
}

}  // namespace

TEST_CASE("extract reads a page of 100000 nested <span>s on a 1 MiB stack", "[cli][html]") {
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body>";
  for (int i = 0; i < 100000; ++i) page += "<span>";
  page += "Điều 1. Phạm vi điều chỉnh";
  for (int i = 0; i < 100000; ++i) page += "</span>";
  page += "</body></html>";
  TempFile file(page, ".html");
  CommandResult r = RunCongvanWithStack({"extract", file.path()}, 1 << 20);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "Điều 1. Phạm vi điều chỉnh\n");
}
