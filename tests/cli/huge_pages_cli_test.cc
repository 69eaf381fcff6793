// Black-box tests of the CLI's huge-page re-execution (tools/congvan/
// huge_pages.h): the output is the same with and without it, the opt-out and
// a caller's own GLIBC_TUNABLES are honoured, the re-executed process saw the
// tunables and does not pass them on, and it executes once, not in a loop.
// The hidden `congvan --huge-pages-status` reports what the process did.
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::CorpusTexts;
using congvan::testing::ReadFile;
using congvan::testing::TempDir;

namespace {

constexpr const char* kTunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold="
    "4294967296";

struct Run {
  int exit_code = -1;
  std::string out;
};

// Runs the binary with `environment` (VAR=value words) in front, under a
// 120 s timeout so that a process re-executing itself forever fails the test
// (exit 124) instead of hanging it.
Run RunWith(const std::string& environment, const std::vector<std::string>& args) {
  TempDir dir;
  std::string out = dir.path() + "/out";
  std::string command =
      "env -u GLIBC_TUNABLES " + environment + " timeout 120 '" + CONGVAN_BINARY + "'";
  for (const std::string& a : args) command += " '" + a + "'";
  command += " >'" + out + "' 2>/dev/null </dev/null";
  int status = std::system(command.c_str());
  Run r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  r.out = ReadFile(out);
  return r;
}

// Whether this build or machine never re-executes (sanitizer builds, THP off):
// the forced cases then only check that the reason is said.
bool NeverReexecutes(const Run& status) {
  return status.out.find("sanitizer build") != std::string::npos ||
         status.out.find("transparent huge pages are off") != std::string::npos;
}

}  // namespace

TEST_CASE("huge pages: a forced re-execution sees the tunables, once, and drops them",
          "[cli][huge_pages]") {
  Run r = RunWith("CONGVAN_HUGE_PAGES=1", {"--huge-pages-status"});
  REQUIRE(r.exit_code == 0);  // 124 would be a re-execution loop
  INFO(r.out);
  if (NeverReexecutes(r)) return;
  CHECK_THAT(r.out, Catch::Contains("re-executed: yes\n"));
  CHECK_THAT(r.out, Catch::Contains(std::string("GLIBC_TUNABLES at start: ") + kTunables + "\n"));
  CHECK_THAT(r.out, Catch::Contains("GLIBC_TUNABLES now: (unset)\n"));
}

TEST_CASE("huge pages: the opt-out and the caller's GLIBC_TUNABLES are honoured",
          "[cli][huge_pages]") {
  Run off = RunWith("CONGVAN_HUGE_PAGES=0", {"--huge-pages-status"});
  REQUIRE(off.exit_code == 0);
  CHECK_THAT(off.out, Catch::StartsWith("re-executed: no, CONGVAN_HUGE_PAGES=0\n"));
  CHECK_THAT(off.out, Catch::Contains("GLIBC_TUNABLES at start: (unset)\n"));
  Run own = RunWith("CONGVAN_HUGE_PAGES=1 GLIBC_TUNABLES=glibc.malloc.hugetlb=0",
                    {"--huge-pages-status"});
  REQUIRE(own.exit_code == 0);
  CHECK_THAT(own.out, Catch::StartsWith("re-executed: no, GLIBC_TUNABLES set by the caller\n"));
  CHECK_THAT(own.out, Catch::Contains("GLIBC_TUNABLES now: glibc.malloc.hugetlb=0\n"));
}

TEST_CASE("huge pages: by default only inputs of 8 MB or more re-execute", "[cli][huge_pages]") {
  // The size is asked before the machine's THP setting: a forced run tells
  // whether this build or machine can re-execute at all.
  Run forced = RunWith("CONGVAN_HUGE_PAGES=1", {"--huge-pages-status"});
  REQUIRE(forced.exit_code == 0);
  INFO(forced.out);
  if (NeverReexecutes(forced)) return;
  std::string small = CorpusPath("gender-equality/2021-vi-dispatch.txt");
  Run r = RunWith("-u CONGVAN_HUGE_PAGES", {"--huge-pages-status", small});
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  CHECK_THAT(r.out, Catch::StartsWith("re-executed: no, inputs under 8 MB\n"));
  // A 9 MB file (sparse: its size is what counts), alone and inside a folder.
  TempDir dir;
  std::filesystem::path large = dir.path() + "/large.txt";
  {
    std::FILE* f = std::fopen(large.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fclose(f);
  }
  std::filesystem::resize_file(large, 9u << 20);
  CHECK_THAT(RunWith("-u CONGVAN_HUGE_PAGES", {"--huge-pages-status", large.string()}).out,
             Catch::StartsWith("re-executed: yes\n"));
  CHECK_THAT(RunWith("-u CONGVAN_HUGE_PAGES", {"--huge-pages-status", dir.path()}).out,
             Catch::StartsWith("re-executed: yes\n"));
}

TEST_CASE("huge pages: every corpus text parses to the same JSON with and without",
          "[cli][huge_pages]") {
  std::vector<std::string> args = {"parse", "--jsonl", "-j", "1"};
  for (const std::string& text : CorpusTexts()) args.push_back(CorpusPath(text));
  Run with = RunWith("CONGVAN_HUGE_PAGES=1", args);
  Run without = RunWith("CONGVAN_HUGE_PAGES=0", args);
  REQUIRE(with.exit_code == without.exit_code);
  REQUIRE(std::count(with.out.begin(), with.out.end(), '\n') ==
          static_cast<long>(CorpusTexts().size()));
  CHECK(with.out == without.out);
}
