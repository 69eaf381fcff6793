// Black-box tests of `congvan timeline` (tools/congvan/cmd_timeline.cc): the
// real binary on corpus files, exit codes, one-line errors naming the file,
// no partial -o file, formats, --order, --lexicon and --learn-terms.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"

namespace {

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;

std::vector<std::string> FourVersions() {
  return {CorpusPath("gender-equality/2021-vi-dispatch.txt"),
          CorpusPath("gender-equality/2023-vi-news-summary.txt"),
          CorpusPath("gender-equality/2024-en-qa-summary.txt"),
          CorpusPath("gender-equality/2025-en-news-summary.txt")};
}

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.begin(), "timeline");
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

int Lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("congvan-timeline-test-" + std::to_string(getpid()) + "-" + name))
      .string();
}

}  // namespace

TEST_CASE("timeline --help shows usage and examples", "[timeline][cli]") {
  auto r = RunCongvan({"timeline", "--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("usage: congvan timeline FILE...") != std::string::npos);
  CHECK(r.out.find("examples:") != std::string::npos);
  CHECK(r.out.find("--order") != std::string::npos);
}

TEST_CASE("timeline text table over the four versions", "[timeline][cli]") {
  auto r = RunCongvan(With(FourVersions(), {}));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("2021 (vi)") != std::string::npos);
  CHECK(r.out.find("2025 (en)") != std::string::npos);
  CHECK(r.out.find("Reward and promptly praise") != std::string::npos);
}

TEST_CASE("timeline usage errors exit 2 with one line", "[timeline][cli]") {
  auto none = RunCongvan({"timeline"});
  CHECK(none.exit_code == 2);
  CHECK(Lines(none.err) == 1);
  auto format = RunCongvan(With(FourVersions(), {"--format", "xml"}));
  CHECK(format.exit_code == 2);
  CHECK(format.err.find("unknown --format 'xml'") != std::string::npos);
  auto order = RunCongvan(With(FourVersions(), {"--order", "2021,next"}));
  CHECK(order.exit_code == 2);
  CHECK(order.err.find("'next'") != std::string::npos);
}

TEST_CASE("timeline input errors name the file and leave no -o file", "[timeline][cli]") {
  std::string out = TempPath("missing.json");
  std::filesystem::remove(out);
  auto files = FourVersions();
  files[2] = "/nonexistent/2024-en.txt";
  auto r = RunCongvan(With(files, {"--format", "json", "-o", out}));
  CHECK(r.exit_code == 1);
  CHECK(Lines(r.err) == 1);
  CHECK(r.err.find("/nonexistent/2024-en.txt") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));

  // A year the order does not list.
  auto order = RunCongvan(With(FourVersions(), {"--order", "2021,2023,2024", "-o", out}));
  CHECK(order.exit_code == 1);
  CHECK(order.err.find("2025-en-news-summary.txt") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));

  // A malformed lexicon: the error names its file and line.
  congvan::testing::TempFile bad("# ok\nstrengthen\tverb\ttăng cường\n", ".tsv");
  auto lex = RunCongvan(With(FourVersions(), {"--lexicon", bad.path(), "-o", out}));
  CHECK(lex.exit_code == 1);
  CHECK(Lines(lex.err) == 1);
  CHECK(lex.err.find(bad.path() + ":2") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("timeline --order overrides the years", "[timeline][cli]") {
  auto r = RunCongvan(
      With({FourVersions()[2], FourVersions()[3]}, {"--order", "2025,2024", "--format", "json"}));
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["versions"].size() == 2);
  CHECK(j["versions"][0]["year"] == 2025);
  CHECK(j["versions"][1]["year"] == 2024);
}

TEST_CASE("timeline -o writes the same JSON as stdout; CSV and HTML formats", "[timeline][cli]") {
  std::string out = TempPath("out.json");
  auto to_file = RunCongvan(With(FourVersions(), {"--format", "json", "-o", out}));
  auto to_stdout = RunCongvan(With(FourVersions(), {"--format", "json"}));
  REQUIRE(to_file.exit_code == 0);
  REQUIRE(to_stdout.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(congvan::testing::ReadFile(out) == to_stdout.out);
  std::filesystem::remove(out);
  auto j = nlohmann::json::parse(to_stdout.out);
  auto csv = RunCongvan(With(FourVersions(), {"--format", "csv"}));
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("lineage,theme,2021 (vi),2023 (vi),2024 (en),2025 (en),text\r\n", 0) == 0);
  auto html = RunCongvan(With(FourVersions(), {"--format", "html"}));
  REQUIRE(html.exit_code == 0);
  CHECK(html.out.rfind("<!DOCTYPE html>", 0) == 0);
  size_t rows = 0;
  for (size_t at = 0; (at = html.out.find("<g class=\"lineage-row\"", at)) != std::string::npos;
       ++at)
    ++rows;
  CHECK(rows == j["lineages"].size());
}

TEST_CASE("timeline --learn-terms writes a review file, never the lexicon", "[timeline][cli]") {
  congvan::testing::TempFile vi(
      "1. Tăng cường quản lý tàu cá tại các tỉnh ven biển.\n"
      "2. Hỗ trợ ngư dân khai thác xa bờ, bảo đảm an toàn cho ngư dân.\n"
      "3. Thúc đẩy hợp tác quốc tế về bình đẳng giới.\n");
  congvan::testing::TempFile en(
      "(1) Strengthen the management of fishing vessels in coastal provinces.\n"
      "(2) Support fishermen in offshore exploitation, ensuring safety for fishermen.\n"
      "(3) Promote international cooperation on gender equality.\n");
  std::string terms = TempPath("terms.tsv");
  std::filesystem::remove(terms);
  auto r = RunCongvan({"timeline", vi.path(), en.path(), "--learn-terms", terms});
  REQUIRE(r.exit_code == 0);
  std::string tsv = congvan::testing::ReadFile(terms);
  CHECK(tsv.rfind("# Candidate vi-en term pairs for review", 0) == 0);
  CHECK(tsv.find("\nngư dân\tfishermen\t") != std::string::npos);
  CHECK(tsv.find("\ntàu cá\tvessels\t") != std::string::npos);
  // Words of different tasks are never paired.
  CHECK(tsv.find("\nngư dân\tvessels\t") == std::string::npos);
  std::filesystem::remove(terms);
}

TEST_CASE("timeline across languages with a broken default lexicon names its line",
          "[timeline][cli]") {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() / ("congvan-timeline-test-grammars-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "lexicon");
  std::string src = std::string(CONGVAN_SOURCE_DIR) + "/grammars/";
  fs::copy_file(src + "vi.xml", dir / "vi.xml");
  fs::copy_file(src + "en.xml", dir / "en.xml");
  {
    std::ofstream bad(dir / "lexicon" / "vi-en.tsv");
    bad << "gender\tgender\tgiới\tgender\ntraining\ttraining\ttập huấn\n";
  }
  ::setenv("CONGVAN_GRAMMARS", dir.c_str(), 1);
  auto cross = RunCongvan({"timeline", FourVersions()[1], FourVersions()[2]});
  // Same language: no lexicon needed, so the broken one does not matter.
  auto same = RunCongvan({"timeline", FourVersions()[0], FourVersions()[1]});
  ::unsetenv("CONGVAN_GRAMMARS");
  fs::remove_all(dir);
  CHECK(cross.exit_code == 1);
  CHECK(Lines(cross.err) == 1);
  CHECK(cross.err.find("vi-en.tsv:2") != std::string::npos);
  CHECK(same.exit_code == 0);
}
