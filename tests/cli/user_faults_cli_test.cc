// Black-box tests of what a user tripped on, found by the second audit of
// the command line (after new_user_cli_test.cc): a Công báo text refused
// whole over two stray NUL bytes, an output in /proc or in a missing
// directory reported as "No such file or directory" of nothing the user
// named, a lexicon directory read as "no concepts", a missing grammar
// directory reported as one without grammar files, the same file given
// twice to timeline, and "holds 1 documents".
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;
using congvan::testing::TempDir;

namespace {

const std::string kDispatch = CorpusPath("gender-equality/2021-vi-dispatch.txt");

void ExpectOneLine(const congvan::testing::CommandResult& r, int exit_code,
                   const std::string& message) {
  INFO(r.err);
  CHECK(r.exit_code == exit_code);
  CHECK(r.out.empty());
  CHECK(r.err == "congvan: " + message + "\n");
}

}  // namespace

TEST_CASE("a text with two stray NUL bytes is parsed, and the JSON says so", "[cli][user-faults]") {
  // Before: "binary file (NUL byte)" at byte 980, nothing parsed.
  const std::string form = std::string(CONGVAN_SOURCE_DIR) +
                           "/tests/parse/real/"
                           "2024-vi-circular-02-2024-tt-bkhdt-form-checkbox-nuls-congbao.txt";
  auto r = RunCongvan({"parse", form});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(
                        "\"2 stray NUL bytes read as spaces (the first at byte offset 980)\""));
  CHECK_THAT(r.out, Catch::Contains("Tổ chức thi nghiệp vụ chuyên môn về đấu thầu."));
}

TEST_CASE("an output that cannot be created says why, of the directory", "[cli][user-faults]") {
  // Before: "/proc/version: cannot write: No such file or directory" (of the
  // temporary file beside it, which the user never named).
  // (As an outline: a JSON output would be checked against its schema, and
  // /proc/version is a regular file holding no JSON.)
  ExpectOneLine(RunCongvan({"parse", kDispatch, "--format", "outline", "-o", "/proc/version"}), 1,
                "/proc/version: cannot write: no file can be created in /proc (No such file "
                "or directory), where the output is written first");
  TempDir dir;
  const std::string missing = dir.Join("missing") + "/out.json";
  ExpectOneLine(
      RunCongvan({"parse", kDispatch, "-o", missing}), 1,
      missing + ": cannot write: its directory " + dir.Join("missing") + " does not exist");
}

TEST_CASE("The lexicon and grammar options name a directory and a missing path for what they are",
          "[cli][user-faults]") {
  TempDir dir;
  // Before: "no concepts" (a directory opens as an empty stream).
  ExpectOneLine(RunCongvan({"lexicon", "stats", "--lexicon", dir.path()}), 1,
                dir.path() + ": is a directory, not a lexicon file (TSV)");
  // Before: "cannot open file".
  ExpectOneLine(RunCongvan({"lexicon", "stats", "--lexicon", dir.Join("concepts.tsv")}), 1,
                dir.Join("concepts.tsv") + ": no such file");
  // Before: "no grammar files (<code>.xml) here" for a path that does not exist.
  ExpectOneLine(RunCongvan({"parse", "--grammars", dir.Join("grammars"), kDispatch}), 1,
                dir.Join("grammars") + ": no such grammar directory");
  ExpectOneLine(RunCongvan({"parse", "--grammars", kDispatch, kDispatch}), 1,
                kDispatch + ": is not a directory (a grammar directory holds <code>.xml)");
  // An existing directory without grammars is still said to be one.
  ExpectOneLine(RunCongvan({"parse", "--grammars", dir.path(), kDispatch}), 1,
                dir.path() + ": no grammar files (<code>.xml) here");
}

TEST_CASE("timeline refuses one file given twice, under any of its names", "[cli][user-faults]") {
  // Before: built a timeline of the dispatch against itself, every task
  // carried over unchanged.
  ExpectOneLine(RunCongvan({"timeline", kDispatch, kDispatch}), 2,
                "timeline: " + kDispatch +
                    " is given twice (a timeline follows tasks across different versions)");
  const std::string dotted = std::string(CONGVAN_SOURCE_DIR) +
                             "/corpus/gender-equality/../gender-equality/2021-vi-dispatch.txt";
  ExpectOneLine(RunCongvan({"timeline", kDispatch, dotted}), 2,
                "timeline: " + kDispatch + " and " + dotted +
                    " are the same file (a timeline follows tasks across different versions)");
}

TEST_CASE("index counts one document and one task in the singular", "[cli][user-faults]") {
  TempDir dir;
  const std::string db = dir.Join("corpus.db");
  auto r = RunCongvan({"index", "--db", db, kDispatch});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // Before: "holds 1 documents".
  CHECK_THAT(r.err, Catch::Contains(" holds 1 document, ") && !Catch::Contains("1 documents"));
}
