// Black-box tests of `congvan parse --jsonl`: a folder of real corpus texts
// plus a broken file, parsed in parallel into JSON Lines; record order,
// error records, exit status, the progress bar on a terminal, and the output
// file's atomicity.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;

namespace {

namespace fs = std::filesystem;

// The five gender-equality texts: small, so that hundreds of copies parse
// quickly even in the sanitized build.
const std::vector<std::string> kTexts = {
    "gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt",
    "gender-equality/2024-en-provincial-report.txt", "gender-equality/2024-en-qa-summary.txt",
    "gender-equality/2025-en-news-summary.txt"};

// A fresh directory removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(fs::temp_directory_path() / ("congvan-" + name + "-" + std::to_string(getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

// `count` corpus texts copied into dir (nested two levels, to test the
// recursive walk), named so that path order is copy order; and one broken
// file (an empty one) among them. Returns the broken file's path.
std::string FillFolder(const TempDir& dir, int count) {
  for (int i = 0; i < count; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "%s/doc-%03d.txt", i % 2 ? "b/c" : "a", i);
    fs::create_directories(fs::path(dir / name).parent_path());
    fs::copy_file(CorpusPath(kTexts[static_cast<size_t>(i) % kTexts.size()]), dir / name);
  }
  std::ofstream(dir / "a/doc-050-broken.txt");                   // empty: "empty input" error
  std::ofstream(dir / ".hidden-notes.txt") << "not a document";  // skipped: hidden
  return dir / "a/doc-050-broken.txt";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("parse --jsonl: 300 documents and a broken one give 301 lines, one error, exit 1",
          "[cli][batch]") {
  TempDir dir("batch-300");
  std::string broken = FillFolder(dir, 300);
  TempDir out_dir("batch-300-out");
  std::string out = out_dir / "corpus.jsonl";
  auto r = RunCongvan({"parse", "--jsonl", "-j", "2", dir.str(), "-o", out});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  std::vector<std::string> lines = Lines(ReadFile(out));
  REQUIRE(lines.size() == 301);
  int errors = 0;
  std::string previous;
  for (const std::string& line : lines) {
    auto record = nlohmann::json::parse(line);
    if (record.contains("error")) {
      ++errors;
      CHECK(record["source"] == broken);
      CHECK_THAT(record["error"].get<std::string>(),
                 Catch::Contains(broken) && Catch::Contains("empty"));
      continue;
    }
    std::string path = record["source"]["path"];
    CHECK(path > previous);  // input order: sorted paths, a/ before b/c/
    previous = path;
    CHECK(record["tasks"].size() > 0);
  }
  CHECK(errors == 1);
  // Stderr: the failure, then the summary; no progress bar (not a terminal).
  CHECK_THAT(r.err, Catch::Contains("congvan: " + broken));
  CHECK_THAT(r.err, Catch::Contains("301 inputs, 300 parsed, 1 failed"));
  CHECK(r.err.find('\r') == std::string::npos);
}

TEST_CASE("parse --jsonl: each record is the object parse --format json prints, in input order",
          "[cli][batch]") {
  std::vector<std::string> files;
  for (const std::string& t : kTexts) files.push_back(CorpusPath(t));
  std::vector<std::string> args = {"parse", "--jsonl", "-j", "2"};
  args.insert(args.end(), files.rbegin(), files.rend());  // order given, not sorted
  auto r = RunCongvan(args);
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    auto single = RunCongvan({"parse", files[files.size() - 1 - i], "--format", "json"});
    REQUIRE(single.exit_code == 0);
    INFO(files[files.size() - 1 - i]);
    CHECK(nlohmann::json::parse(lines[i]) == nlohmann::json::parse(single.out));
    // Compact: the pretty output without its layout, keys in the same order.
    CHECK(lines[i] == nlohmann::ordered_json::parse(single.out).dump());
  }
  // One job or two: the same bytes.
  std::vector<std::string> one_job = args;
  one_job[3] = "1";
  CHECK(RunCongvan(one_job).out == r.out);
}

TEST_CASE("parse --jsonl: a progress bar on a terminal, silence otherwise", "[cli][batch]") {
  TempDir dir("batch-progress");
  FillFolder(dir, 20);
  TempDir out_dir("batch-progress-out");
  std::string out = out_dir / "out.jsonl";
  std::string typescript = out_dir / "typescript";
  // script(1) gives the command a terminal; its output (stdout and stderr) goes to `typescript`.
  std::string command = "script -qec \"'" + std::string(CONGVAN_BINARY) + "' parse --jsonl -j 2 '" +
                        dir.str() + "' -o '" + out + "'\" '" + typescript +
                        "' >/dev/null 2>&1 </dev/null";
  int status = std::system(command.c_str());
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);  // the broken file
  std::string screen = ReadFile(typescript);
  INFO(screen);
  CHECK_THAT(screen,
             Catch::Contains("\r[") && Catch::Contains("/21 files") && Catch::Contains(" MB"));
  CHECK_THAT(screen, Catch::Contains("21/21 files"));
  CHECK_THAT(screen, Catch::Contains("21 inputs, 20 parsed, 1 failed"));
  CHECK(Lines(ReadFile(out)).size() == 21);
}

TEST_CASE("parse --jsonl: standard input, -o -, and refusals", "[cli][batch][errors]") {
  std::string file = CorpusPath("gender-equality/2021-vi-dispatch.txt");
  auto from_stdin = RunCongvan({"parse", "--jsonl", "-", "-o", "-"}, file);
  REQUIRE(from_stdin.exit_code == 0);
  REQUIRE(Lines(from_stdin.out).size() == 1);
  CHECK(nlohmann::json::parse(from_stdin.out)["source"]["path"] == "(standard input)");
  auto empty_stdin = RunCongvan({"parse", "--jsonl", "-"});
  CHECK(empty_stdin.exit_code == 1);
  CHECK(nlohmann::json::parse(empty_stdin.out)["source"] == "(standard input)");

  TempDir dir("batch-refuse");
  FillFolder(dir, 3);
  std::string inside = dir / "a/doc-000.txt";  // an input found by the walk, not named
  std::string before = ReadFile(inside);
  auto refused = RunCongvan({"parse", "--jsonl", dir.str(), "-o", inside});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains("is an input file"));
  CHECK(ReadFile(inside) == before);
  CHECK(RunCongvan({"parse", "--jsonl", "--format", "outline", file}).exit_code == 2);
  CHECK(RunCongvan({"parse", "--jsonl", "-j", "0", file}).exit_code == 2);
  CHECK(RunCongvan({"parse", "-j", "2", file}).exit_code == 2);
  auto missing = RunCongvan({"parse", "--jsonl", "/no/such/file.txt", file});
  CHECK(missing.exit_code == 1);
  auto lines = Lines(missing.out);
  REQUIRE(lines.size() == 2);
  CHECK(nlohmann::json::parse(lines[0])["source"] == "/no/such/file.txt");
  CHECK(nlohmann::json::parse(lines[1])["language"] == "vi");
}

TEST_CASE("parse --jsonl: a run killed midway leaves the temporary file or nothing at -o",
          "[cli][batch][errors]") {
  TempDir dir("batch-kill");
  FillFolder(dir, 300);
  TempDir out_dir("batch-kill-out");
  std::string out = out_dir / "out.jsonl";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stderr)) _exit(126);
    execl(CONGVAN_BINARY, CONGVAN_BINARY, "parse", "--jsonl", "-j", "1", dir.str().c_str(), "-o",
          out.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until the temporary file has some records in it, then kill.
  bool writing = false;
  for (int i = 0; i < 400 && !writing; ++i) {
    for (const auto& entry : fs::directory_iterator(out_dir.str())) {
      writing |=
          entry.path().string().rfind(out + ".tmp", 0) == 0 && fs::file_size(entry.path()) > 0;
    }
    if (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(writing);
  CHECK(WIFSIGNALED(status));  // killed before it finished
  CHECK_FALSE(fs::exists(out));
}
