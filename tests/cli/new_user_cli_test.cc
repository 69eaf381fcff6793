// Black-box tests of what a new user trips on first: the same one-line error
// for the same mistake whichever command was run (a directory or a missing
// path given to extract or lexicon), a consolidation whose "amending"
// document amends nothing (or base and amending given the other way round),
// an unwritable --jsonl output named, thresholds echoed as typed, and --help
// laid out so that no description leaves a word stranded on its own line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;
using congvan::testing::TempDir;

namespace {

const std::string kDispatch = CorpusPath("gender-equality/2021-vi-dispatch.txt");
const std::string kBase = CorpusPath("legislation/2022-vi-circular-17-2022-tt-bldtbxh.txt");
const std::string kAmending =
    CorpusPath("legislation/2023-vi-circular-03-2023-tt-bldtbxh-amending-17-2022.txt");

void ExpectOneLine(const congvan::testing::CommandResult& r, const std::string& message) {
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "congvan: " + message + "\n");
}

size_t Columns(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("extract and lexicon name a directory and a missing file as parse does",
          "[cli][new-user]") {
  TempDir dir;
  // Before: "empty file" for a directory, "cannot open file for reading" /
  // "cannot open the file" for a missing path, where parse says what is wrong.
  ExpectOneLine(RunCongvan({"extract", dir.path()}),
                dir.path() + ": is a directory, not a text file");
  ExpectOneLine(RunCongvan({"lexicon", "coverage", dir.path()}),
                dir.path() + ": is a directory, not a text file");
  const std::string missing = dir.Join("missing.txt");
  ExpectOneLine(RunCongvan({"extract", missing}), missing + ": no such file");
  ExpectOneLine(RunCongvan({"lexicon", "coverage", missing}), missing + ": no such file");
  ExpectOneLine(RunCongvan({"parse", missing}), missing + ": no such file");
  // Reading still works, from a file and from standard input.
  auto text = RunCongvan({"extract", kDispatch});
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("Kính gửi:") && Catch::Contains("Lưu: VT, Vụ BĐG."));
  auto piped = RunCongvan({"lexicon", "coverage", "-"}, kDispatch);
  CHECK(piped.exit_code == 0);
  CHECK_THAT(piped.out, Catch::StartsWith("(standard input) (vi, body)"));
}

TEST_CASE("consolidate says when an amending document holds no instruction",
          "[cli][new-user][consolidate]") {
  // Base and amending document the wrong way round: before, "0 instruction(s)
  // applied, 0 not applied" and exit 0, the base written out unchanged.
  TempDir dir;
  const std::string out = dir.Join("out.txt");
  auto reversed = RunCongvan({"consolidate", kAmending, kBase, "-o", out});
  INFO(reversed.err);
  CHECK(reversed.exit_code == 3);
  CHECK_THAT(reversed.err,
             Catch::Contains("congvan: " + kBase + ": no amending instruction found") &&
                 Catch::Contains("given after the base?"));
  CHECK_FALSE(ReadFile(out).empty());  // the preview is still written, as for exit 3
  // A dispatch is no amending document either.
  auto dispatch = RunCongvan({"consolidate", kBase, kDispatch});
  CHECK(dispatch.exit_code == 3);
  CHECK_THAT(dispatch.err, Catch::Contains(kDispatch + ": no amending instruction found"));
  // The real pair: every instruction applied, nothing said about it.
  auto pair = RunCongvan({"consolidate", kBase, kAmending});
  CHECK(pair.exit_code == 0);
  CHECK(pair.err == "congvan: consolidate: 8 instruction(s) applied, 0 not applied\n");
  // One amending document with instructions, one without: still exit 3.
  auto mixed = RunCongvan({"consolidate", kBase, kAmending, kDispatch});
  CHECK(mixed.exit_code == 3);
  CHECK_THAT(mixed.err, Catch::Contains(kDispatch + ": no amending instruction found") &&
                            !Catch::Contains(kAmending + ": no amending"));
}

TEST_CASE("parse --jsonl names an output it cannot write", "[cli][new-user][batch]") {
  // Before: "congvan: cannot write the output", no file named; "1 inputs".
  auto r = RunCongvan({"parse", "--jsonl", kDispatch, "-o", "/dev/full"});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("congvan: /dev/full: write failed\n") &&
                        Catch::Contains("parse --jsonl: 1 input, 1 parsed, 0 failed"));
}

TEST_CASE("an output that cannot be opened is the one line said", "[cli][new-user]") {
  // Before: parse --jsonl summed up "1 input, 1 parsed" (at 150,000 files/s)
  // and search counted its hits, though nothing was parsed or written.
  TempDir dir;
  auto batch = RunCongvan({"parse", "--jsonl", kDispatch, "-o", dir.path()});
  CHECK(batch.exit_code == 1);
  CHECK(batch.err == "congvan: " + dir.path() + ": is a directory\n");
  const std::string db = dir.Join("corpus.db");
  REQUIRE(RunCongvan({"index", "--db", db, kDispatch}).exit_code == 0);
  auto search = RunCongvan({"search", "--db", db, "kiem tra", "-o", dir.path()});
  CHECK(search.exit_code == 1);
  CHECK(search.err == "congvan: " + dir.path() + ": is a directory\n");
  // Written, the count follows.
  auto written = RunCongvan({"search", "--db", db, "kiem tra", "-o", dir.Join("hits.txt")});
  CHECK(written.exit_code == 0);
  CHECK_THAT(written.err, Catch::StartsWith("congvan search: ") && Catch::Contains(" hit"));
}

TEST_CASE("diff echoes a threshold as it was typed", "[cli][new-user][diff]") {
  auto r = RunCongvan({"diff", kDispatch, kDispatch, "--match-min", "7"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "congvan: diff: --match-min must be between 0 and 1, got 7\n");
}

TEST_CASE("diff --ui-lang belongs to the HTML report, as --author to docx",
          "[cli][new-user][diff]") {
  // Before: accepted and ignored by the text report (exit 1, "changed").
  auto r = RunCongvan({"diff", kDispatch, kDispatch, "--ui-lang", "en"});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "congvan: diff: --ui-lang applies only to --format html\n");
  auto html = RunCongvan({"diff", kDispatch, kDispatch, "--format", "html", "--ui-lang", "en"});
  CHECK(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::Contains("<html lang=\"en\""));
}

TEST_CASE("diff --tracked-changes refuses a file that is no Word document",
          "[cli][new-user][diff]") {
  // Before: the text read twice, "nothing changed", exit 0.
  auto r = RunCongvan({"diff", "--tracked-changes", kDispatch});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "congvan: " + kDispatch +
                     ": not a Word document (read as text); --tracked-changes compares a .docx "
                     "before and after its tracked changes\n");
  // A Word file with tracked changes still compares its two readings.
  auto docx = RunCongvan(
      {"diff", "--tracked-changes", "--format", "json",
       std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/docx/dispatch-tracked.docx"});
  CHECK(docx.exit_code == 1);
}

TEST_CASE("Help: every option's description wrapped once, within 80 columns",
          "[cli][new-user][help]") {
  // Boost wrapped each description in ~50 columns and broke again at every
  // '\n' it held, leaving "tracked" on one line and "changes (accepted)" on
  // the next. A description line may now be short only when it is the last
  // of its option.
  for (const char* command :
       {"parse", "diff", "timeline", "consolidate", "extract", "index", "search", "lexicon"}) {
    auto r = RunCongvan({command, "--help"});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> lines = Lines(r.out.substr(0, r.out.find("\nexamples:")));
    auto options = std::find(lines.begin(), lines.end(), "options:");
    REQUIRE(options != lines.end());
    for (auto line = options + 1; line != lines.end() && !line->empty(); ++line) {
      INFO(command << ": " << *line);
      CHECK(Columns(*line) <= 80);
      const bool continued =
          line + 1 != lines.end() && !(line + 1)->empty() && (line + 1)->rfind("  -", 0) != 0;
      if (continued) CHECK(Columns(*line) > 50);
    }
  }
  // `congvan help diff`, as git has it, is `congvan diff --help`; before, the
  // command list. An unknown name after help is the unknown-command error.
  auto help_diff = RunCongvan({"help", "diff"});
  CHECK(help_diff.exit_code == 0);
  CHECK(help_diff.out == RunCongvan({"diff", "--help"}).out);
  auto help_typo = RunCongvan({"help", "dif"});
  CHECK(help_typo.exit_code == 2);
  CHECK_THAT(help_typo.err, Catch::Contains("unknown command 'dif'; did you mean 'diff'?"));
  // The command list: "consolidate" (11 letters) no longer runs into its summary.
  auto top = RunCongvan({"--help"});
  CHECK_THAT(top.out, Catch::Contains("  consolidate  apply amending documents") &&
                          Catch::Contains("  diff         compare two versions"));
}
