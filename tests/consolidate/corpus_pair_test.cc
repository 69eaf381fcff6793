// `congvan consolidate` on a real pair: Thông tư 17/2022/TT-BLĐTBXH and the
// circular amending it, 03/2023/TT-BLĐTBXH. The expected text was reviewed
// at each of the eight places the amendments land, against the amending text
// and against the official consolidation (Văn bản hợp nhất 3503/VBHN-BLĐTBXH,
// Công báo 967+968/2024), and the notes against VBHN 3503's footnotes 2-9.
// Also the command's errors and exit codes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;
using congvan::testing::RunCongvan;

namespace {

const std::string kBase = CorpusPath("legislation/2022-vi-circular-17-2022-tt-bldtbxh.txt");
const std::string kAmending =
    CorpusPath("legislation/2023-vi-circular-03-2023-tt-bldtbxh-amending-17-2022.txt");
const std::string kExpected = std::string(CONGVAN_SOURCE_DIR) +
                              "/tests/consolidate/expected/2022-vi-circular-17-2022+03-2023.txt";

}  // namespace

TEST_CASE("consolidate: Thông tư 17/2022 amended by 03/2023 reads as reviewed",
          "[consolidate][cli]") {
  auto r = RunCongvan({"consolidate", kBase, kAmending});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err == "congvan: consolidate: 8 instruction(s) applied, 0 not applied\n");
  CHECK(r.out == ReadFile(kExpected));
}

TEST_CASE("consolidate: the pair's amended provisions, as VBHN 3503 has them",
          "[consolidate][cli]") {
  auto r = RunCongvan({"consolidate", kBase, kAmending, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["base"]["number"] == "17/2022/TT-BLĐTBXH");
  CHECK(j["unapplied"].empty());
  REQUIRE(j["applied"].size() == 8);
  std::vector<std::string> operations, targets;
  for (const auto& a : j["applied"]) {
    operations.push_back(a["operation"]);
    targets.push_back(a["target"]);
  }
  CHECK(operations == std::vector<std::string>{"add", "add", "add", "replace-body", "rename",
                                               "replace", "replace", "replace"});
  CHECK(targets == std::vector<std::string>{"Điều 7", "Điều 8", "Điều 9", "Điều 10", "Điều 23",
                                            "khoản 2 Điều 23", "khoản 1 Điều 32",
                                            "điểm e khoản 2 Điều 36"});
  // VBHN 3503 footnote 6, word for word up to the amending document's date.
  CHECK(j["notes"][4]["text"] ==
        "Tên điều này được sửa đổi theo quy định tại điểm a khoản 5 Điều 1 của Thông tư số "
        "03/2023/TT-BLĐTBXH ngày 31 tháng 5 năm 2023.");
}

TEST_CASE("consolidate: errors are one line, nothing is written", "[consolidate][cli]") {
  congvan::testing::TempDir dir;
  std::string out = dir.Join("out.txt");
  auto missing = RunCongvan({"consolidate", kBase, dir.Join("none.txt"), "-o", out});
  CHECK(missing.exit_code == 1);
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
  CHECK_THAT(missing.err, Catch::Contains("none.txt"));
  CHECK_FALSE(std::filesystem::exists(out));
  auto alone = RunCongvan({"consolidate", kBase});
  CHECK(alone.exit_code == 2);
  CHECK_THAT(alone.err, Catch::Contains("at least one amending document"));
  auto format = RunCongvan({"consolidate", kBase, kAmending, "--format", "xml"});
  CHECK(format.exit_code == 2);
  auto overwrite = RunCongvan({"consolidate", kBase, kAmending, "-o", kAmending});
  CHECK(overwrite.exit_code == 2);
}

TEST_CASE("consolidate: instructions for another base are listed and the exit code says so",
          "[consolidate][cli]") {
  // 03/2023 applied to the law 51/2024 text: every instruction names 17/2022.
  std::string other =
      CorpusPath("legislation/2024-vi-law-51-2024-qh15-amending-health-insurance.txt");
  auto r = RunCongvan({"consolidate", other, kAmending});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("0 instruction(s) applied, 8 not applied"));
  CHECK_THAT(r.out, Catch::Contains("Chưa áp dụng"));
  CHECK_THAT(r.out, Catch::Contains("it amends 17/2022/TT-BLĐTBXH, not the base (51/2024/QH15)"));
}
