// Where the grammar directory is found (congvan/grammar_dir.h): the order
// $CONGVAN_GRAMMARS, installed copy next to the code, source tree from the
// build tree; and the one-line errors when none is there.
#include "congvan/grammar_dir.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "congvan/parse.h"
#include "support/corpus.h"

namespace fs = std::filesystem;

namespace {

const std::string kSourceGrammars = std::string(CONGVAN_SOURCE_DIR) + "/grammars";

// A fresh directory under the system's temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "congvan-grammar-dir-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) ? pattern : "";
    REQUIRE(!path_.empty());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Sets (or unsets, with nullopt) $CONGVAN_GRAMMARS for one scope.
class ScopedGrammarsEnv {
 public:
  explicit ScopedGrammarsEnv(const std::optional<std::string>& value) {
    if (const char* old = std::getenv("CONGVAN_GRAMMARS")) old_ = old;
    if (value) {
      setenv("CONGVAN_GRAMMARS", value->c_str(), 1);
    } else {
      unsetenv("CONGVAN_GRAMMARS");
    }
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

// Names a code location for one scope; the default comes back after it.
struct ScopedCodeLocation {
  explicit ScopedCodeLocation(congvan::CodeLocation location) {
    congvan::SetCodeLocation(std::move(location));
  }
  ~ScopedCodeLocation() { congvan::SetCodeLocation({}); }
};

// An installed layout under `root`: bin/ (the code's file) and
// share/congvan/grammars holding the source tree's en.xml.
void MakeInstalledTree(const std::string& root) {
  fs::create_directories(root + "/bin");
  fs::create_directories(root + "/share/congvan/grammars");
  fs::copy_file(kSourceGrammars + "/en.xml", root + "/share/congvan/grammars/en.xml");
}

}  // namespace

TEST_CASE("grammar dir: a test binary in the build tree reads the source tree",
          "[grammar][grammar_dir]") {
  ScopedGrammarsEnv env(std::nullopt);
  auto dir = congvan::FindGrammarDir();
  INFO(dir.status().ToString());
  REQUIRE(dir.ok());
  CHECK(fs::equivalent(*dir, kSourceGrammars));
  CHECK(congvan::DefaultGrammarDir() == *dir);
}

TEST_CASE("grammar dir: $CONGVAN_GRAMMARS comes first, --grammars before it",
          "[grammar][grammar_dir]") {
  TempDir tmp;
  MakeInstalledTree(tmp.path());
  std::string only_english = tmp.path() + "/share/congvan/grammars";
  ScopedGrammarsEnv env(only_english);
  auto dir = congvan::FindGrammarDir();
  REQUIRE(dir.ok());
  CHECK(*dir == only_english);
  // Detection sees only the grammars of that directory: English, for a Vietnamese text.
  auto langs = congvan::AvailableLanguages();
  REQUIRE(langs.ok());
  REQUIRE(langs->size() == 1);
  CHECK(langs->front().code() == "en");
  // An explicit directory wins over the environment.
  auto explicit_dir = congvan::ResolveGrammarDir(kSourceGrammars);
  REQUIRE(explicit_dir.ok());
  CHECK(*explicit_dir == kSourceGrammars);
}

TEST_CASE("grammar dir: a $CONGVAN_GRAMMARS without grammars is an error, not skipped",
          "[grammar][grammar_dir]") {
  TempDir empty;
  ScopedGrammarsEnv env(empty.path());
  auto dir = congvan::FindGrammarDir();
  REQUIRE(!dir.ok());
  CHECK(dir.status().ToString() ==
        "CONGVAN_GRAMMARS=" + empty.path() + " holds no grammar files (<code>.xml)");
  auto doc =
      congvan::ParseFile(congvan::testing::CorpusPath("gender-equality/2021-vi-dispatch.txt"));
  REQUIRE(!doc.ok());
  CHECK_THAT(doc.status().ToString(), Catch::Contains("CONGVAN_GRAMMARS=" + empty.path()));
}

TEST_CASE("grammar dir: installed code reads <prefix>/share/congvan/grammars",
          "[grammar][grammar_dir]") {
  ScopedGrammarsEnv env(std::nullopt);
  TempDir prefix;
  MakeInstalledTree(prefix.path());
  ScopedCodeLocation code({prefix.path() + "/bin/congvan", "../share/congvan/grammars"});
  auto dir = congvan::FindGrammarDir();
  INFO(dir.status().ToString());
  REQUIRE(dir.ok());
  CHECK(*dir == prefix.path() + "/share/congvan/grammars");
}

TEST_CASE("grammar dir: installed code never falls back to a source tree",
          "[grammar][grammar_dir]") {
  ScopedGrammarsEnv env(std::nullopt);
  TempDir prefix;  // outside the build tree, and nothing installed in it
  ScopedCodeLocation code({prefix.path() + "/bin/congvan", "../share/congvan/grammars"});
  auto dir = congvan::FindGrammarDir();
  REQUIRE(!dir.ok());
  std::string message = dir.status().ToString();
  CHECK(message.find('\n') == std::string::npos);
  CHECK_THAT(message, Catch::StartsWith("no grammar directory found (looked in $CONGVAN_GRAMMARS "
                                        "(not set), " +
                                        prefix.path() + "/share/congvan/grammars)"));
  CHECK_THAT(message, Catch::Contains("--grammars DIR"));
  CHECK_THAT(message, !Catch::Contains(kSourceGrammars));
  // Every entry point reports it, rather than "cannot open /vi.xml".
  auto doc = congvan::ParseBytes("1. Một nhiệm vụ.\n", "(test)");
  REQUIRE(!doc.ok());
  CHECK(doc.status().ToString() == message);
}
