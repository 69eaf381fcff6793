// Black-box tests of `congvan diff`: the real binary, its output and errors.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;
using congvan::testing::TempFile;

namespace {

const std::string kOld = CorpusPath("gender-equality/2021-vi-dispatch.txt");
const std::string kNew = CorpusPath("gender-equality/2023-vi-news-summary.txt");

void ExpectOneLineError(const congvan::testing::CommandResult& r, const std::string& what) {
  INFO(r.err);
  CHECK(r.exit_code != 0);
  CHECK(r.out.empty());
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_THAT(r.err, Catch::StartsWith("congvan: ") && Catch::Contains(what));
}

}  // namespace

TEST_CASE("diff: text by default, no colour when not on a terminal", "[cli][diff]") {
  auto r = RunCongvan({"diff", kOld, kNew});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  CHECK(r.err.empty());
  CHECK(r.out.find("summary: ") != std::string::npos);
  CHECK(r.out.find("\033[") == std::string::npos);
  auto c = RunCongvan({"diff", kOld, kNew, "--color", "always"});
  CHECK(c.out.find("\033[") != std::string::npos);
}

TEST_CASE("diff: JSON and --only-changes", "[cli][diff]") {
  auto r = RunCongvan({"diff", kOld, kNew, "--format", "json", "--only-changes"});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["old"]["year"] == 2021);
  CHECK(j["new"]["year"] == 2023);
  for (const auto& c : j["changes"]) CHECK(c["op"] != "unchanged");
}

TEST_CASE("diff: thresholds from the command line change the result", "[cli][diff]") {
  auto one_to_one = [](const std::string& json) {
    int n = 0;
    nlohmann::json j = nlohmann::json::parse(json);
    for (const auto& c : j["changes"]) {
      n += (c["op"] == "unchanged" || c["op"] == "reworded" || c["op"] == "moved");
    }
    return n;
  };
  auto normal = RunCongvan({"diff", kOld, kNew, "--format", "json"});
  auto strict = RunCongvan({"diff", kOld, kNew, "--format", "json", "--match-min", "0.99"});
  REQUIRE(normal.exit_code == 1);  // diff(1): something changed
  REQUIRE(strict.exit_code == 1);  // diff(1): something changed
  CHECK(one_to_one(normal.out) > 10);
  CHECK(one_to_one(strict.out) == 0);
  auto bad = RunCongvan({"diff", kOld, kNew, "--reworded-min", "1.5"});
  ExpectOneLineError(bad, "--reworded-min");
  CHECK(bad.exit_code == 2);
}

TEST_CASE("diff: errors are one line naming the file; no partial output file", "[cli][diff]") {
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-diff-test-out-" + std::to_string(getpid()) + ".html"))
                        .string();
  std::filesystem::remove(out);
  auto missing = RunCongvan({"diff", kOld, "/nonexistent/new.txt", "--format", "html", "-o", out});
  ExpectOneLineError(missing, "/nonexistent/new.txt");
  CHECK_FALSE(std::filesystem::exists(out));
  TempFile binary(std::string("abc\0def", 7));
  auto bin = RunCongvan({"diff", binary.path(), kNew});
  ExpectOneLineError(bin, binary.path());
  auto usage = RunCongvan({"diff", kOld});
  ExpectOneLineError(usage, "expected two files");
  CHECK(usage.exit_code == 2);
  auto fmt = RunCongvan({"diff", kOld, kNew, "--format", "pdf"});
  ExpectOneLineError(fmt, "--format");
  auto ui = RunCongvan({"diff", kOld, kNew, "--format", "html", "--ui-lang", "fr", "-o", out});
  ExpectOneLineError(ui, "unknown --ui-lang 'fr'");
  CHECK(ui.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("diff: -o writes the HTML report", "[cli][diff]") {
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-diff-test-ok-" + std::to_string(getpid()) + ".html"))
                        .string();
  auto r = RunCongvan({"diff", kOld, kNew, "--format", "html", "-o", out});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  CHECK(r.out.empty());
  std::string html = congvan::testing::ReadFile(out);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  std::filesystem::remove(out);
  auto help = RunCongvan({"diff", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("examples:") != std::string::npos);
}

TEST_CASE("diff: a Vietnamese/English pair is aligned, with both texts shown", "[cli][diff]") {
  auto r = RunCongvan(
      {"diff", kNew, CorpusPath("gender-equality/2024-en-qa-summary.txt"), "--format", "json"});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["old"]["language"] == "vi");
  CHECK(j["new"]["language"] == "en");
  int matched = 0;
  for (const auto& c : j["changes"]) {
    if (!c["old"].empty() && !c["new"].empty()) {
      ++matched;
      CHECK(c["redline"].empty());  // no word redline across languages
    }
  }
  CHECK(matched >= 10);
  auto text = RunCongvan({"diff", kNew, CorpusPath("gender-equality/2024-en-qa-summary.txt")});
  REQUIRE(text.exit_code == 1);  // diff(1): something changed
  CHECK(text.out.find("    - ") != std::string::npos);
  CHECK(text.out.find("    + ") != std::string::npos);
}

TEST_CASE("diff --tracked-changes: a Word file before and after its tracked changes",
          "[cli][diff][read]") {
  std::string docx =
      std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/docx/dispatch-tracked.docx";
  auto r = RunCongvan({"diff", "--tracked-changes", "--format", "json", docx});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(r.out);
  // The fixture's one tracked edit: "kịp thời" deleted, "để duy trì" inserted in 3.2.
  const auto& summary = j["summary"];
  CHECK(summary["counts"]["reworded"] == 1);
  CHECK(summary["counts"]["added"] == 0);
  CHECK(summary["counts"]["dropped"] == 0);
  bool seen = false;
  for (const auto& c : j["changes"]) {
    if (c["op"] != "reworded") continue;
    seen = true;
    CHECK(c["old"][0]["text"].get<std::string>().find("kịp thời") != std::string::npos);
    CHECK(c["new"][0]["text"].get<std::string>().find("để duy trì") != std::string::npos);
  }
  CHECK(seen);
  ExpectOneLineError(RunCongvan({"diff", "--tracked-changes", docx, docx}), "one Word file");
  ExpectOneLineError(RunCongvan({"diff", "--tracked-changes", "--tracked", "reject", docx}),
                     "leave out --tracked");
}

TEST_CASE("diff on a terminal: colours, unless NO_COLOR is set", "[cli][diff]") {
  // script(1) gives the command a terminal; its output comes back on stdout.
  if (std::system("command -v script >/dev/null 2>&1") != 0) {
    WARN("script(1) not installed: terminal behaviour not checked");
    return;
  }
  auto on_terminal = [&](const std::string& env) {
    TempFile out("");
    std::string command = env + " script -qec \"'" + std::string(CONGVAN_BINARY) + "' diff '" +
                          kOld + "' '" + kNew + "'\" /dev/null > '" + out.path() + "' 2>&1";
    int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 1);  // diff(1): something changed
    return congvan::testing::ReadFile(out.path());
  };
  CHECK(on_terminal("").find("\x1b[") != std::string::npos);
  CHECK(on_terminal("NO_COLOR=1").find("\x1b[") == std::string::npos);
}

TEST_CASE("diff --format docx: -o writes a Word file that reads back as both versions",
          "[cli][diff][docx]") {
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-diff-test-changes-" + std::to_string(getpid()) + ".docx"))
                        .string();
  std::filesystem::remove(out);
  auto r =
      RunCongvan({"diff", kOld, kNew, "--format", "docx", "--author", "Phòng Pháp chế", "-o", out});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  REQUIRE(congvan::testing::ReadFile(out).rfind("PK", 0) == 0);  // a ZIP package
  auto accepted = RunCongvan({"extract", out, "--tracked", "accept"});
  auto rejected = RunCongvan({"extract", out, "--tracked", "reject"});
  REQUIRE(accepted.exit_code == 0);
  REQUIRE(rejected.exit_code == 0);
  // A line only the 2023 summary has, and one only the 2021 dispatch has.
  CHECK(accepted.out.find("Thứ nhất,") != std::string::npos);
  CHECK(rejected.out.find("Thứ nhất,") == std::string::npos);
  CHECK(rejected.out.find("Kính gửi:") != std::string::npos);
  CHECK(accepted.out.find("Kính gửi:") == std::string::npos);
  std::filesystem::remove(out);
}

TEST_CASE("diff --format docx: bad uses are refused with one line, and no file is left",
          "[cli][diff][docx]") {
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-diff-test-refused-" + std::to_string(getpid()) + ".docx"))
                        .string();
  std::filesystem::remove(out);
  auto bad_date =
      RunCongvan({"diff", kOld, kNew, "--format", "docx", "--date", "tomorrow", "-o", out});
  ExpectOneLineError(bad_date, "--date 'tomorrow' is not ISO 8601");
  CHECK(bad_date.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(out));
  auto missing = RunCongvan({"diff", kOld, "/nonexistent/new.txt", "--format", "docx", "-o", out});
  ExpectOneLineError(missing, "/nonexistent/new.txt");
  CHECK_FALSE(std::filesystem::exists(out));
  ExpectOneLineError(RunCongvan({"diff", kOld, kNew, "--format", "json", "--author", "X"}),
                     "--author applies only to --format docx");
  // -o naming an input: refused, the input untouched.
  TempFile input(congvan::testing::ReadFile(kOld));
  auto overwrite = RunCongvan({"diff", input.path(), kNew, "--format", "docx", "-o", input.path()});
  ExpectOneLineError(overwrite, "is an input file");
  CHECK(congvan::testing::ReadFile(input.path()) == congvan::testing::ReadFile(kOld));
}

TEST_CASE("diff --format docx never writes the binary file to a terminal", "[cli][diff][docx]") {
  if (std::system("command -v script >/dev/null 2>&1") != 0) {
    WARN("script(1) not installed: terminal behaviour not checked");
    return;
  }
  TempFile out("");
  std::string command = "script -qec \"'" + std::string(CONGVAN_BINARY) + "' diff '" + kOld +
                        "' '" + kNew + "' --format docx; echo exit=\\$?\" /dev/null > '" +
                        out.path() + "' 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  std::string shown = congvan::testing::ReadFile(out.path());
  CHECK(shown.find("--format docx writes a binary Word file; name it with -o") !=
        std::string::npos);
  CHECK(shown.find("exit=2") != std::string::npos);
  CHECK(shown.find("PK") == std::string::npos);
  // Piped, it goes to standard output like any other format.
  auto piped = RunCongvan({"diff", kOld, kNew, "--format", "docx"});
  CHECK(piped.exit_code == 1);  // diff(1): something changed
  CHECK(piped.out.rfind("PK", 0) == 0);
}
