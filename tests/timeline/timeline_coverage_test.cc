// What the timeline says about versions that do not line up with the series
// (engine/src/timeline/timeline.cc, same_series.cc, io/timeline_*.cc,
// cmd_timeline.cc): the 2025 news summary covers only the state-management
// section of the 2024 Q&A summary, so the tasks of the other five sections
// are "not covered", never "gone"; a decree filed among the gender-equality
// dispatches is "unrelated" in every format and refused without --force; and
// the HTML grows with the tasks, not with lineages × versions.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "support/corpus.h"

namespace {

using congvan::Document;
using congvan::Lineage;
using congvan::Timeline;
using congvan::TimelineOp;
using congvan::testing::CorpusPath;
using congvan::testing::ParseCorpus;
using congvan::testing::RunCongvan;

constexpr const char* kDispatch2021 = "gender-equality/2021-vi-dispatch.txt";
constexpr const char* kNews2023 = "gender-equality/2023-vi-news-summary.txt";
constexpr const char* kQa2024 = "gender-equality/2024-en-qa-summary.txt";
constexpr const char* kNews2025 = "gender-equality/2025-en-news-summary.txt";
constexpr const char* kDecree = "legislation/2022-vi-decree-38-2022-nd-cp.txt";

Timeline Build(const std::vector<const char*>& files) {
  std::vector<Document> docs;
  for (const char* f : files) docs.push_back(ParseCorpus(f));
  return congvan::BuildTimeline(std::move(docs)).value();
}

const Timeline& Series() {
  static const Timeline t = Build({kDispatch2021, kNews2023, kQa2024, kNews2025});
  return t;
}

const Timeline& WithDecree() {
  static const Timeline t = Build({kDispatch2021, kNews2023, kDecree});  // the decree sorts to 2022
  return t;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// The 2024 task's top-level section path ("5" for "5.3").
std::string Section(const std::string& path) { return path.substr(0, path.find('.')); }

}  // namespace

TEST_CASE("tasks of the sections the 2025 summary skips are not covered, never gone",
          "[timeline][coverage]") {
  const Timeline& t = Series();
  REQUIRE(t.alignments.size() == 3);
  // The aligner's coverage information: five of the six 2024 sections.
  const auto& uncovered = t.alignments[2].summary.sections_not_covered;
  std::set<std::string> uncovered_paths;
  for (const auto& s : uncovered) uncovered_paths.insert(s.section.path);
  CHECK(uncovered_paths == std::set<std::string>{"1", "2", "3", "4", "6"});
  int not_covered = 0, gone = 0;
  for (const Lineage& l : t.lineages) {
    if (l.last_version() != 2) continue;  // lineages that end in 2024
    const std::string section = Section(l.nodes.back().path);
    INFO(l.id << " ends at 2024 " << l.nodes.back().path);
    if (section == "5") {
      CHECK(l.CellOp(3) == TimelineOp::kGone);  // inside the covered section: a real drop
      ++gone;
    } else {
      CHECK(l.CellOp(3) == TimelineOp::kNotCovered);
      CHECK(l.events.back().op == "not-covered");
      ++not_covered;
    }
  }
  CHECK(not_covered >= 10);  // sections (1)–(4) and (6) hold most of the 2024 tasks
  // Earlier pairs cover each other: their ends are drops as before.
  for (const Lineage& l : t.lineages) {
    if (l.last_version() < 2) CHECK(l.CellOp(l.last_version() + 1) == TimelineOp::kGone);
  }
  // The existing promise holds: the rewarding task runs 2021 → 2025.
  bool reward = false;
  for (const Lineage& l : t.lineages) {
    reward |=
        l.nodes.size() == 4 && l.nodes[0].text.rfind("Tổ chức khen thưởng, biểu dương", 0) == 0;
  }
  CHECK(reward);
}

TEST_CASE("not covered is a state of its own in JSON, CSV, text and HTML", "[timeline][coverage]") {
  const Timeline& t = Series();
  nlohmann::json j = nlohmann::json::parse(congvan::WriteTimelineJson(t));
  size_t json_cells = 0;
  for (const auto& l : j["lineages"]) {
    for (const auto& c : l["cells"]) json_cells += c == "not-covered";
  }
  CHECK(json_cells > 0);
  CHECK(j["pairs"][2]["sections_not_covered"].size() == 5);
  CHECK(j["pairs"][2]["sections_not_covered"][0]["task_count"].get<int>() > 0);

  std::string csv = congvan::WriteTimelineCsv(t);
  CHECK(Count(csv, ",not-covered,") == json_cells);  // the 2025 column, before the text column

  std::string text = congvan::WriteTimelineText(t);
  CHECK(text.find("? not covered") != std::string::npos);  // the legend
  CHECK(text.find("(their tasks: ? not covered)") != std::string::npos);

  std::string html = congvan::WriteTimelineHtml(t);
  CHECK(Count(html, "<rect class=\"cell op-not-covered\"") == json_cells);
  CHECK(html.find("data-op=\"not-covered\"><span class=\"sw op-not-covered\"") !=
        std::string::npos);
}

TEST_CASE("the series' own pairs are related; a summary of one section is not unrelated",
          "[timeline][unrelated]") {
  const Timeline& t = Series();
  REQUIRE(t.pairs.size() == 3);
  for (const auto& p : t.pairs) {
    CHECK_FALSE(p.unrelated);
    CHECK(p.shared >= 0.3);  // measured 0.68, 0.72, 0.58
  }
  CHECK(t.pairs[2].smaller_shared == Approx(1.0));  // every 2025 task is found in 2024
  for (const auto& v : t.versions) CHECK_FALSE(v.unrelated);
  CHECK(congvan::CheckSameSeries(t).ok());
}

TEST_CASE("a decree among the dispatches is unrelated, with its measured share",
          "[timeline][unrelated]") {
  const Timeline& t = WithDecree();
  REQUIRE(t.versions.size() == 3);
  REQUIRE(t.versions[1].source.find("decree-38") != std::string::npos);
  CHECK(t.pairs[0].unrelated);
  CHECK(t.pairs[1].unrelated);
  CHECK(t.pairs[0].shared < 0.1);
  CHECK_FALSE(t.versions[0].unrelated);  // the series' first version is not the stray
  CHECK(t.versions[1].unrelated);
  CHECK_FALSE(t.versions[2].unrelated);
  auto status = congvan::CheckSameSeries(t);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message().find("2022-vi-decree-38-2022-nd-cp.txt shares 0% of the tasks with "
                              "2021-vi-dispatch.txt, the version before it") != std::string::npos);

  nlohmann::json j = nlohmann::json::parse(congvan::WriteTimelineJson(t));
  CHECK(j["versions"][1]["unrelated"] == true);
  CHECK(j["versions"][0]["unrelated"] == false);
  CHECK(j["pairs"][0]["unrelated"] == true);
  CHECK(j["pairs"][0]["shared"].get<double>() == Approx(t.pairs[0].shared));
  CHECK(congvan::WriteTimelineCsv(t).find("2022 (vi) [unrelated: 0% shared]") != std::string::npos);
  std::string text = congvan::WriteTimelineText(t);
  CHECK(text.find("decree-38-2022-nd-cp.txt  (") != std::string::npos);
  CHECK(text.find("UNRELATED to its neighbours") != std::string::npos);
  CHECK(text.find("2021 (vi) → 2022 (vi): UNRELATED: only 0% of the tasks") != std::string::npos);
  std::string html = congvan::WriteTimelineHtml(t);
  CHECK(Count(html, "<li class=\"unrelated\"") == 2);
  CHECK(Count(html, "data-unrelated=\"true\"") == 1);
}

TEST_CASE("the streamed JSON is the JSON document", "[timeline]") {
  for (const Timeline* t : {&Series(), &WithDecree()}) {
    CHECK(nlohmann::json::parse(congvan::WriteTimelineJson(*t)) == congvan::TimelineToJson(*t));
  }
}

TEST_CASE("timeline HTML has cells only where a lineage is, and a text once per change",
          "[timeline][html]") {
  const Timeline& t = Series();
  std::string html = congvan::WriteTimelineHtml(t);
  size_t present = 0;
  for (const Lineage& l : t.lineages) {
    for (int v = 0; v < static_cast<int>(t.versions.size()); ++v) {
      present += l.CellOp(v) != TimelineOp::kAbsent;
    }
  }
  CHECK(Count(html, "<rect class=\"cell ") == present);
  CHECK(Count(html, "class=\"cell op-absent\"") == 0);

  // Four copies of the 2021 dispatch: every lineage unchanged; each task's
  // text is in its first cell and in the row's label title, not in every cell.
  Timeline same = Build({kDispatch2021, kDispatch2021, kDispatch2021, kDispatch2021});
  std::string page = congvan::WriteTimelineHtml(same);
  // (a phrase past the row label's 62 characters, so only in titles)
  CHECK(Count(page, "có thành tích xuất sắc trong công tác bình đẳng giới") == 2);
  CHECK(Count(page, "data-same=\"\"") == 3 * same.lineages.size());
}

TEST_CASE("timeline refuses an unrelated version without --force, flags it with --force",
          "[timeline][cli][unrelated]") {
  std::vector<std::string> args = {"timeline", CorpusPath(kDispatch2021), CorpusPath(kDecree),
                                   CorpusPath(kNews2023)};
  std::string out = (std::filesystem::temp_directory_path() /
                     ("congvan-timeline-unrelated-" + std::to_string(getpid()) + ".json"))
                        .string();
  std::filesystem::remove(out);
  auto refused = RunCongvan([&] {
    auto a = args;
    a.insert(a.end(), {"--format", "json", "-o", out});
    return a;
  }());
  CHECK(refused.exit_code == 1);
  CHECK(refused.out.empty());
  CHECK(refused.err.find("2022-vi-decree-38-2022-nd-cp.txt shares 0% of the tasks") !=
        std::string::npos);
  CHECK(refused.err.find("--force") != std::string::npos);
  CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
  CHECK_FALSE(std::filesystem::exists(out));

  auto a = args;
  a.insert(a.end(), {"--force", "--format", "json"});
  auto forced = RunCongvan(a);
  REQUIRE(forced.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(forced.out);
  CHECK(j["versions"][1]["unrelated"] == true);
}
