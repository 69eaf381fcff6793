// Black-box tests of where `congvan` reads its grammars from: --version names
// the directory, --grammars and $CONGVAN_GRAMMARS override it, and a bad one
// is one error line. (The installed binary: tests/install/check_install.sh.)
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;

namespace {

// Sets $CONGVAN_GRAMMARS (inherited by the binary) for one scope.
class ScopedGrammarsEnv {
 public:
  explicit ScopedGrammarsEnv(const std::string& value) {
    if (const char* old = std::getenv("CONGVAN_GRAMMARS")) old_ = old;
    setenv("CONGVAN_GRAMMARS", value.c_str(), 1);
  }
  ~ScopedGrammarsEnv() {
    if (old_) {
      setenv("CONGVAN_GRAMMARS", old_->c_str(), 1);
    } else {
      unsetenv("CONGVAN_GRAMMARS");
    }
  }

 private:
  std::optional<std::string> old_;
};

void ExpectOneLineError(const congvan::testing::CommandResult& r, const std::string& what) {
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_THAT(r.err, Catch::StartsWith("congvan: ") && Catch::Contains(what));
}

}  // namespace

TEST_CASE("congvan --version names the grammar directory in use", "[cli][grammar_dir]") {
  unsetenv("CONGVAN_GRAMMARS");
  auto r = RunCongvan({"--version"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("congvan "));
  // From the build tree: the source tree's grammars/.
  std::string expected = std::string(CONGVAN_SOURCE_DIR) + "/grammars";
  CHECK_THAT(r.out, Catch::EndsWith("\ngrammars: " + expected + "\n"));
}

TEST_CASE("congvan: a bad grammar directory is one error line", "[cli][grammar_dir]") {
  std::string text = CorpusPath("gender-equality/2021-vi-dispatch.txt");
  namespace fs = std::filesystem;
  std::string empty =
      (fs::temp_directory_path() / ("congvan-no-grammars-" + std::to_string(getpid()))).string();
  fs::create_directories(empty);
  SECTION("--grammars DIR") {
    ExpectOneLineError(RunCongvan({"parse", "--grammars", "/nonexistent/grammars", text}),
                       "/nonexistent/grammars: no such grammar directory");
  }
  SECTION("$CONGVAN_GRAMMARS") {
    ScopedGrammarsEnv env(empty);
    ExpectOneLineError(RunCongvan({"parse", text}),
                       "CONGVAN_GRAMMARS=" + empty + " holds no grammar files");
    ExpectOneLineError(
        RunCongvan({"timeline", text, CorpusPath("gender-equality/2023-vi-news-summary.txt")}),
        "CONGVAN_GRAMMARS=" + empty);
  }
  fs::remove_all(empty);
}

TEST_CASE("congvan --grammars wins over $CONGVAN_GRAMMARS", "[cli][grammar_dir]") {
  ScopedGrammarsEnv env("/nonexistent/grammars");
  auto r = RunCongvan({"parse", "--format", "outline", "--grammars",
                       std::string(CONGVAN_SOURCE_DIR) + "/grammars",
                       CorpusPath("gender-equality/2024-en-qa-summary.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("tasks: 6 top-level"));
}

TEST_CASE("congvan --help explains where the grammars come from", "[cli][grammar_dir]") {
  // index said "(default: the one the binary was built with)", which no binary does.
  for (const char* command : {"parse", "diff", "timeline", "consolidate", "index"}) {
    auto r = RunCongvan({command, "--help"});
    INFO(command);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("$CONGVAN_GRAMMARS") && !Catch::Contains("built-in") &&
                          !Catch::Contains("built with"));
  }
}
