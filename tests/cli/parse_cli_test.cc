// Black-box tests of `congvan parse`: the real binary, its stdout, stderr and
// exit codes on good and bad input.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;
using congvan::testing::TempFile;

namespace {

// One line on stderr that names the file, a non-zero exit, nothing on stdout.
void ExpectOneLineError(const congvan::testing::CommandResult& r, const std::string& file,
                        const std::string& what) {
  INFO(r.err);
  CHECK(r.exit_code != 0);
  CHECK(r.out.empty());
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_THAT(r.err,
             Catch::StartsWith("congvan: ") && Catch::Contains(file) && Catch::Contains(what));
}

}  // namespace

TEST_CASE("parse writes the JSON contract", "[cli][parse]") {
  auto r = RunCongvan({"parse", CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["language"] == "vi");
  for (const char* key : {"title", "number", "date", "issuer", "year", "references"}) {
    CHECK(j["meta"].contains(key));
  }
  REQUIRE(j["tasks"].size() == 4);
  const auto& task = j["tasks"][1]["children"][0];
  CHECK(task["path"] == "2.a");
  CHECK(task["marker"] == "a)");
  CHECK(task["ordinal"] == 1);
  CHECK(task["lines"] == nlohmann::json::array({13, 13}));
  CHECK(task["children"].size() == 3);
  CHECK(j["blocks"][0]["role"] == "addressees");
}

TEST_CASE("parse --format outline and akn", "[cli][parse]") {
  auto outline = RunCongvan(
      {"parse", "--format", "outline", CorpusPath("gender-equality/2024-en-qa-summary.txt")});
  REQUIRE(outline.exit_code == 0);
  CHECK_THAT(outline.out, Catch::Contains("tasks: 6 top-level"));
  CHECK_THAT(outline.out, Catch::Contains("  (6) Promote international cooperation"));
  auto akn =
      RunCongvan({"parse", "--format", "akn", CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  REQUIRE(akn.exit_code == 0);
  CHECK_THAT(akn.out, Catch::Contains("<akomaNtoso") && Catch::Contains("<num>c)</num>"));
}

TEST_CASE("parse -o writes the file; help and version", "[cli][parse]") {
  TempFile out("", ".json");
  auto r = RunCongvan(
      {"parse", CorpusPath("gender-equality/2025-en-news-summary.txt"), "-o", out.path()});
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(congvan::testing::ReadFile(out.path()))["language"] == "en");
  auto help = RunCongvan({"parse", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--lang") && Catch::Contains("examples:"));
  auto version = RunCongvan({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("congvan "));
  auto typo = RunCongvan({"pars"});
  CHECK(typo.exit_code != 0);
  CHECK_THAT(typo.err, Catch::Contains("did you mean 'parse'"));
}

TEST_CASE("parse rejects bad input with one line naming the file", "[cli][parse][errors]") {
  ExpectOneLineError(RunCongvan({"parse", "/no/such/file.txt"}), "/no/such/file.txt",
                     "no such file");
  std::string dir = std::filesystem::temp_directory_path().string();
  ExpectOneLineError(RunCongvan({"parse", dir}), dir, "directory");
  TempFile empty("");
  ExpectOneLineError(RunCongvan({"parse", empty.path()}), empty.path(), "empty");
  TempFile spaces("  \n\t\n");
  ExpectOneLineError(RunCongvan({"parse", spaces.path()}), spaces.path(), "whitespace");
  TempFile bad_utf8("Kính gửi:\n- Các bộ\xE1\xBB;\n");
  ExpectOneLineError(RunCongvan({"parse", bad_utf8.path()}), bad_utf8.path(), "byte offset 24");
  TempFile binary(std::string("\x7F"
                              "ELF\x02\x01\x01\0\0\0",
                              10),
                  ".bin");
  ExpectOneLineError(RunCongvan({"parse", binary.path()}), binary.path(), "binary");
  // Not UTF-8, and no legacy encoding decodes it at all (a NUL byte): the
  // error says so, not an empty list of encodings' scores.
  TempFile undecodable(std::string("Kinh gui \xE5") + '\0' + "\x9F abc\n");
  ExpectOneLineError(RunCongvan({"parse", undecodable.path()}), undecodable.path(),
                     "no legacy Vietnamese encoding decodes it (a binary file?)");
  auto lang =
      RunCongvan({"parse", "--lang", "fr", CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  CHECK(lang.exit_code != 0);
  CHECK_THAT(lang.err, Catch::Contains("unknown --lang 'fr'"));
}

TEST_CASE("a grammar error names the grammar file and line", "[cli][parse][errors]") {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("congvan-bad-grammar-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string vi = (dir / "vi.xml").string();
  std::ofstream(vi) << "<grammar language=\"vi\">\n<styles>\n<style id=\"x\" kind=\"arabic\" "
                       "pattern=\"(\\d+\"/>\n</styles>\n</grammar>\n";
  auto r = RunCongvan({"parse", "--grammars", dir.string(), "--lang", "vi",
                       CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  ExpectOneLineError(r, vi + ":3:", "bad pattern");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a failed run leaves no partial output file", "[cli][parse][errors]") {
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-partial-" + std::to_string(getpid()) + ".json"))
                        .string();
  std::filesystem::remove(out);
  TempFile empty("");
  // The first file is fine, the second is not: nothing may be written.
  auto r = RunCongvan(
      {"parse", CorpusPath("gender-equality/2021-vi-dispatch.txt"), empty.path(), "-o", out});
  CHECK(r.exit_code != 0);
  CHECK_FALSE(std::filesystem::exists(out));
  auto unwritable = RunCongvan(
      {"parse", CorpusPath("gender-equality/2021-vi-dispatch.txt"), "-o", "/no/such/dir/out.json"});
  CHECK(unwritable.exit_code != 0);
  CHECK_THAT(unwritable.err, Catch::Contains("/no/such/dir/out.json"));
}

TEST_CASE("parse writes through a pipe given as -o, never replaces it", "[cli][parse][errors]") {
  // A FIFO stands in for /dev/null and other devices: a regression that
  // renamed a temporary file over it would replace it with a regular file.
  std::string fifo =
      (std::filesystem::temp_directory_path() / ("congvan-test-fifo-" + std::to_string(getpid())))
          .string();
  std::filesystem::remove(fifo);
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  int fd = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(fd >= 0);
  std::string received;
  std::thread reader([&] {
    char buffer[65536];
    for (int idle = 0; idle < 200;) {  // up to ~10 s without data
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 50) <= 0) {
        ++idle;
        continue;
      }
      ssize_t n = read(fd, buffer, sizeof buffer);
      if (n > 0) {
        received.append(buffer, static_cast<size_t>(n));
        idle = 0;
      } else if (n == 0 && !received.empty()) {
        break;  // the writer closed
      } else {
        ++idle;
      }
    }
  });
  auto r = RunCongvan({"parse", CorpusPath("gender-equality/2021-vi-dispatch.txt"), "-o", fifo});
  reader.join();
  close(fd);
  CHECK(r.exit_code == 0);
  CHECK(std::filesystem::is_fifo(fifo));
  CHECK_THAT(received, Catch::Contains("\"language\": \"vi\""));
  std::filesystem::remove(fifo);
}

TEST_CASE("Files no reader can take: one line naming the file, no output written",
          "[cli][read][errors]") {
  std::string fixtures = std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/";
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-bad-read-" + std::to_string(getpid()) + ".json"))
                        .string();
  struct Case {
    const char* file;
    const char* what;
  };
  for (Case c : {Case{"bad/truncated.docx", "not a valid .docx"},
                 Case{"bad/legacy.doc", "save it as .docx"}, Case{"bad/encrypted.pdf", "encrypted"},
                 Case{"bad/no-pages.pdf", "no pages"}, Case{"pdf/dispatch-scan.pdf", "--ocr"}}) {
    std::string file = fixtures + c.file;
    INFO(file);
    ExpectOneLineError(RunCongvan({"parse", file}), file, c.what);
    ExpectOneLineError(RunCongvan({"extract", file}), file, c.what);
    std::filesystem::remove(out);
    auto to_file = RunCongvan({"parse", file, "-o", out});
    CHECK(to_file.exit_code != 0);
    CHECK_FALSE(std::filesystem::exists(out));
  }
}

TEST_CASE("An output file that is an input is refused, the input left as it was", "[cli][errors]") {
  std::string dispatch = ReadFile(CorpusPath("gender-equality/2021-vi-dispatch.txt"));
  TempFile input(dispatch);
  std::string other = (std::filesystem::path(input.path()).parent_path() / "." /
                       std::filesystem::path(input.path()).filename())
                          .string();  // same file, other path
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"parse", input.path(), "-o", input.path()},
        std::vector<std::string>{"parse", input.path(), "-o", other},
        std::vector<std::string>{"extract", input.path(), "-o", input.path()},
        std::vector<std::string>{"diff", input.path(),
                                 CorpusPath("gender-equality/2023-vi-news-summary.txt"), "-o",
                                 input.path()},
        std::vector<std::string>{"timeline", input.path(),
                                 CorpusPath("gender-equality/2023-vi-news-summary.txt"), "-o",
                                 input.path()}}) {
    auto r = RunCongvan(args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("is an input file"));
    CHECK(ReadFile(input.path()) == dispatch);
  }
}

TEST_CASE("'-' reads the document from standard input", "[cli][parse]") {
  std::string file = CorpusPath("gender-equality/2021-vi-dispatch.txt");
  auto from_file = RunCongvan({"parse", file, "--format", "outline"});
  auto from_stdin = RunCongvan({"parse", "-", "--format", "outline"}, file);
  REQUIRE(from_stdin.exit_code == 0);
  // The same tree; only the first line names the source.
  CHECK(from_stdin.out.substr(from_stdin.out.find('\n')) ==
        from_file.out.substr(from_file.out.find('\n')));
  CHECK_THAT(from_stdin.out, Catch::StartsWith("# (standard input)"));
  auto diff =
      RunCongvan({"diff", "-", CorpusPath("gender-equality/2023-vi-news-summary.txt")}, file);
  CHECK(diff.exit_code == 1);  // diff(1): something changed
  CHECK_THAT(diff.out, Catch::StartsWith("old: (standard input)"));
  ExpectOneLineError(RunCongvan({"parse", "-"}), "(standard input)", "empty");
  CHECK(RunCongvan({"diff", "-", "-"}, file).exit_code == 2);
  CHECK(RunCongvan({"parse", "-", "-"}, file).exit_code == 2);
}
