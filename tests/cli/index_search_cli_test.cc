// Black-box tests of `congvan index` and `congvan search`: the real binary on
// corpus texts, its stdout, stderr and exit codes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;
using congvan::testing::TempDir;

namespace {

int CountLines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace

TEST_CASE("index the gender-equality corpus, then search it", "[cli][index][search]") {
  TempDir dir;
  std::string db = dir.Join("corpus.db");
  auto index = RunCongvan({"index", "--db", db, CorpusPath("gender-equality")});
  INFO(index.err);
  REQUIRE(index.exit_code == 0);
  CHECK(index.out.empty());
  CHECK_THAT(index.err, Catch::Contains("5 indexed, 0 reindexed, 0 skipped (unchanged), 0 failed"));

  auto again = RunCongvan({"index", "--db", db, CorpusPath("gender-equality")});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("0 indexed, 0 reindexed, 5 skipped (unchanged), 0 failed"));

  // Text: one header per document, then its hits; no colour when not on a terminal.
  auto text = RunCongvan({"search", "--db", db, "kiem", "tra", "--year", "2021"});
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::StartsWith("2021 vi  ") && Catch::Contains("2021-vi-dispatch.txt"));
  CHECK_THAT(text.out,
             Catch::Contains("Tổ chức kiểm tra, thanh tra") && Catch::Contains("[line 30]"));
  CHECK(text.out.find('\033') == std::string::npos);
  CHECK_THAT(text.err, Catch::Contains("2 hits"));
  auto colour =
      RunCongvan({"search", "--db", db, "kiem tra", "--year", "2021", "--color", "always"});
  CHECK_THAT(colour.out, Catch::Contains("\033[1;33mkiểm tra\033[0m"));

  // JSON, cross-language: the English summaries answer a Vietnamese query.
  auto json = RunCongvan(
      {"search", "--db", db, "kiểm tra", "--concepts", "--language", "en", "--format", "json"});
  REQUIRE(json.exit_code == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["expansions"][0]["concept"] == "inspection");
  REQUIRE(j["hits"].size() >= 2);
  for (const auto& h : j["hits"]) CHECK(h["language"] == "en");
  CHECK(j["hits"][0]["year"] == 2024);
  CHECK(j["hits"].back()["year"] == 2025);
  // "kiểm tra" is also found where the English says "inspection" and nothing else: the 2025
  // summary's "… strengthening inspection, inspection and strictly handling violations …".
  bool inspection_only = false;
  for (const auto& h : j["hits"]) {
    std::string t = h["text"];
    inspection_only |= t.find("strengthening inspection, inspection") != std::string::npos &&
                       t.find("examin") == std::string::npos;
  }
  CHECK(inspection_only);
  // The other way: "inspection" finds kiểm tra (2021 dispatch line 27, no thanh tra there) and
  // thanh tra (line 29) in the Vietnamese dispatch.
  auto vi = RunCongvan(
      {"search", "--db", db, "inspection", "--concepts", "--language", "vi", "--year", "2021"});
  REQUIRE(vi.exit_code == 0);
  CHECK_THAT(vi.out, Catch::Contains("[line 27]") && Catch::Contains("trong kiểm tra, xây dựng"));
  CHECK_THAT(vi.out, Catch::Contains("[line 29]") && Catch::Contains("cán bộ thanh tra"));

  // CSV: a header and one record per hit, CRLF line ends.
  auto csv =
      RunCongvan({"search", "--db", db, "bình đẳng giới", "--year", "2023..", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK_THAT(csv.out,
             Catch::StartsWith("source,year,language,kind,number,issuer,path,marker,line_first,"
                               "line_last,text\r\n"));
  CHECK_THAT(csv.out, Catch::Contains("2023-vi-news-summary.txt,2023,vi,"));
  CHECK(csv.out.find("2021-vi-dispatch") == std::string::npos);
}

TEST_CASE("index counts the documents without a year, which search --year leaves out",
          "[cli][index][search]") {
  // The Bộ Tài chính report names no year in its text (it starts at "Kính gửi:"): under a name
  // without a year it has none; under its corpus name it takes 2025 from the name.
  TempDir dir;
  std::filesystem::create_directory(dir.Join("in"));
  const std::string report = CorpusPath("administrative/2025-vi-report-btc-pit-law-revision.txt");
  std::filesystem::copy_file(report, dir.Join("in/report.txt"));
  std::filesystem::copy_file(report, dir.Join("in/2025-vi-report.txt"));
  std::string db = dir.Join("c.db");
  auto index = RunCongvan({"index", "--db", db, dir.Join("in")});
  INFO(index.err);
  REQUIRE(index.exit_code == 0);
  CHECK_THAT(index.err, Catch::Contains("1 without a year (left out by search --year), 1 dated by "
                                        "their file name"));
  auto all = RunCongvan({"search", "--db", db, "thuế thu nhập cá nhân", "--format", "csv"});
  REQUIRE(all.exit_code == 0);
  CHECK_THAT(all.out,
             Catch::Contains("report.txt,,vi,") && Catch::Contains("2025-vi-report.txt,2025,vi,"));
  auto dated = RunCongvan(
      {"search", "--db", db, "thuế thu nhập cá nhân", "--year", "2020..2030", "--format", "csv"});
  REQUIRE(dated.exit_code == 0);
  CHECK(dated.out.find("/report.txt,") == std::string::npos);
  CHECK_THAT(dated.out, Catch::Contains("2025-vi-report.txt,2025,vi,"));
  auto help = RunCongvan({"search", "--help"});
  CHECK_THAT(help.out, Catch::Contains("documents without a year"));
}

TEST_CASE("index reports a bad file in one line and goes on", "[cli][index]") {
  TempDir dir;
  std::filesystem::create_directory(dir.Join("in"));
  std::filesystem::copy_file(CorpusPath("gender-equality/2025-en-news-summary.txt"),
                             dir.Join("in/good.txt"));
  std::ofstream(dir.Join("in/broken.pdf"), std::ios::binary) << "%PDF-1.4\nnot really a PDF\n";
  std::ofstream(dir.Join("in/notes.tsv"), std::ios::binary)
      << "not a document\n";  // not taken from a DIR
  std::string db = dir.Join("c.db");
  auto r = RunCongvan({"index", "--db", db, dir.Join("in")});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(CountLines(r.err) == 2);
  CHECK_THAT(r.err, Catch::StartsWith("congvan: " + dir.Join("in/broken.pdf") + ": "));
  CHECK_THAT(r.err, Catch::Contains("1 indexed, 0 reindexed, 0 skipped (unchanged), 1 failed"));
  auto hits = RunCongvan({"search", "--db", db, "gender equality", "--format", "json"});
  REQUIRE(hits.exit_code == 0);
  CHECK(nlohmann::json::parse(hits.out)["total"].get<int>() > 0);
}

TEST_CASE("index and search refuse bad command lines and files", "[cli][index][search]") {
  TempDir dir;
  auto no_db = RunCongvan({"search", "kiem tra"});
  CHECK(no_db.exit_code == 2);
  CHECK_THAT(no_db.err, Catch::Contains("--db FILE.db is required"));
  auto missing = RunCongvan({"search", "--db", dir.Join("none.db"), "kiem tra"});
  CHECK(missing.exit_code == 1);
  CHECK(CountLines(missing.err) == 1);
  CHECK_THAT(missing.err, Catch::Contains("none.db") && Catch::Contains("no such database"));
  CHECK(!std::filesystem::exists(dir.Join("none.db")));

  auto text_as_db =
      RunCongvan({"search", "--db", CorpusPath("gender-equality/2021-vi-dispatch.txt"), "x"});
  CHECK(text_as_db.exit_code == 1);
  CHECK_THAT(text_as_db.err,
             Catch::Contains("2021-vi-dispatch.txt") && Catch::Contains("not a database"));

  std::string db = dir.Join("c.db");
  REQUIRE(RunCongvan({"index", "--db", db, CorpusPath("gender-equality/2025-en-news-summary.txt")})
              .exit_code == 0);
  auto bad_year = RunCongvan({"search", "--db", db, "x", "--year", "2025..2021"});
  CHECK(bad_year.exit_code == 2);
  CHECK_THAT(bad_year.err, Catch::Contains("2025 is after 2021"));
  auto bad_query = RunCongvan({"search", "--db", db, "gender", "OR"});
  CHECK(bad_query.exit_code == 2);
  CHECK_THAT(bad_query.err, Catch::Contains("'OR' needs a phrase after it"));
  auto none = RunCongvan({"search", "--db", db, "kiem tra"});
  CHECK(none.exit_code == 0);
  CHECK(none.out.empty());
  CHECK_THAT(none.err, Catch::Contains("0 hits"));

  auto help = RunCongvan({"search", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--concepts") && Catch::Contains("examples:"));
}
