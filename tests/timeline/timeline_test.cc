// The timeline (engine/src/timeline/timeline.cc) over the four versions of
// the gender-equality guidance: 2021 (vi dispatch), 2023 (vi news summary),
// 2024 (en Q&A summary), 2025 (en news summary) — ordering, lineages that run
// through the language switch, branch events, and the shapes of the JSON, CSV,
// text and HTML outputs.
#include "congvan/timeline.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "congvan/timeline_writers.h"
#include "support/corpus.h"

namespace {

using congvan::Document;
using congvan::Lineage;
using congvan::LineageNode;
using congvan::Timeline;
using congvan::TimelineOp;

const char* kFiles[] = {
    "gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt",
    "gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt"};

std::vector<Document> Versions(std::vector<int> order = {0, 1, 2, 3}) {
  std::vector<Document> docs;
  for (int i : order) docs.push_back(congvan::testing::ParseCorpus(kFiles[i]));
  return docs;
}

const Timeline& Corpus() {
  static const Timeline t = congvan::BuildTimeline(Versions({2, 0, 3, 1})).value();
  return t;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// The lineage holding the task of `version` whose text starts with `prefix`.
const Lineage* LineageOf(const Timeline& t, int version, const std::string& prefix) {
  for (const Lineage& l : t.lineages) {
    const LineageNode* n = l.NodeAt(version);
    if (n && StartsWith(n->text, prefix)) return &l;
  }
  return nullptr;
}

const Lineage* ById(const Timeline& t, const std::string& id) {
  for (const Lineage& l : t.lineages) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

// RFC 4180 records (CRLF), fields unquoted.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, in_quotes = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty() && !quoted) {
      in_quotes = quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      quoted = false;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      quoted = false;
      ++i;
      rows.emplace_back();
    } else {
      REQUIRE(c != '\n');  // a bare LF outside quotes is not RFC 4180
      field += c;
    }
  }
  REQUIRE(!in_quotes);
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("versions are ordered by year, whatever the input order", "[timeline]") {
  const Timeline& t = Corpus();
  REQUIRE(t.versions.size() == 4);
  CHECK(*t.versions[0].year == 2021);
  CHECK(*t.versions[1].year == 2023);
  CHECK(*t.versions[2].year == 2024);
  CHECK(*t.versions[3].year == 2025);
  CHECK(t.versions[1].language == congvan::Language::kVietnamese);
  CHECK(t.versions[2].language == congvan::Language::kEnglish);
  REQUIRE(t.cross_language.size() == 3);
  CHECK_FALSE(t.cross_language[0]);
  CHECK(t.cross_language[1]);
  CHECK_FALSE(t.cross_language[2]);
}

TEST_CASE("an explicit order overrides the years, and must place every version", "[timeline]") {
  congvan::TimelineOptions options;
  options.order = {2025, 2024};
  Timeline t = congvan::BuildTimeline(Versions({2, 3}), options).value();
  REQUIRE(t.versions.size() == 2);
  CHECK(*t.versions[0].year == 2025);
  CHECK(*t.versions[1].year == 2024);

  options.order = {2024};
  congvan::Result<Timeline> missing = congvan::BuildTimeline(Versions({2, 3}), options);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == congvan::StatusCode::kInvalidArgument);
  CHECK(missing.status().message().find("2025-en-news-summary.txt") != std::string::npos);
  CHECK(missing.status().message().find("not in the order") != std::string::npos);
}

TEST_CASE("the rewarding/commending task runs unbroken 2021 → 2025 in one lineage", "[timeline]") {
  const Timeline& t = Corpus();
  const Lineage* l = LineageOf(t, 0, "Tổ chức khen thưởng, biểu dương");
  REQUIRE(l != nullptr);
  INFO("lineage " << l->id);
  REQUIRE(l->nodes.size() == 4);
  CHECK(StartsWith(l->nodes[1].text, "Khen thưởng, biểu dương"));
  CHECK(StartsWith(l->nodes[2].text, "Timely praising and commending"));
  CHECK(StartsWith(l->nodes[3].text, "Reward and promptly praise"));
  for (int v = 0; v < 4; ++v) CHECK(l->nodes[static_cast<size_t>(v)].version == v);
  CHECK(l->CellOp(0) == TimelineOp::kNew);
  for (int v = 1; v < 4; ++v) CHECK(l->CellOp(v) != TimelineOp::kNew);
}

TEST_CASE("other tasks a reader follows across the language switch", "[timeline]") {
  const Timeline& t = Corpus();
  // International cooperation: Thứ sáu (2023) → (6) (2024).
  const Lineage* coop = LineageOf(t, 1, "thúc đẩy hợp tác quốc tế");
  REQUIRE(coop != nullptr);
  const LineageNode* n2024 = coop->NodeAt(2);
  REQUIRE(n2024 != nullptr);
  CHECK(StartsWith(n2024->text, "Promote international cooperation"));
  // Inspections: 2021 4.4 → 2023 → 2024 → 2025 "Notably, the Ministry requires …".
  const Lineage* insp = LineageOf(t, 1, "Tăng cường kiểm tra, thanh tra");
  REQUIRE(insp != nullptr);
  REQUIRE(insp->NodeAt(2) != nullptr);
  CHECK(StartsWith(insp->NodeAt(2)->text, "Strengthening inspections"));
  REQUIRE(insp->NodeAt(3) != nullptr);
  CHECK(StartsWith(insp->NodeAt(3)->text, "Notably, the Ministry requires"));
  // The state-management section keeps one theme through the years: the
  // rewarding task is grouped under the 2021 section 4 heading.
  const Lineage* reward = LineageOf(t, 0, "Tổ chức khen thưởng");
  const Lineage* section = LineageOf(t, 0, "Nâng cao năng lực và hiệu quả quản lý");
  REQUIRE(reward != nullptr);
  REQUIRE(section != nullptr);
  CHECK(reward->theme == section->id);
  CHECK(section->theme == section->id);
}

TEST_CASE("every task of every version is in exactly one lineage; branches are mutual",
          "[timeline]") {
  const Timeline& t = Corpus();
  std::vector<std::set<int>> seen(t.versions.size());
  std::set<std::string> ids;
  for (const Lineage& l : t.lineages) {
    CHECK(ids.insert(l.id).second);
    REQUIRE_FALSE(l.nodes.empty());
    int last = -1;
    for (const LineageNode& n : l.nodes) {
      CHECK(n.version > last);  // at most one node per version, in order
      last = n.version;
      CHECK(seen[static_cast<size_t>(n.version)].insert(n.index).second);
    }
    // Consecutive nodes: no gap (a lineage that ends does not come back).
    for (size_t k = 1; k < l.nodes.size(); ++k)
      CHECK(l.nodes[k].version == l.nodes[k - 1].version + 1);
  }
  for (size_t v = 0; v < t.versions.size(); ++v) {
    CHECK(static_cast<int>(seen[v].size()) == t.versions[v].task_count);
  }
  for (const Lineage& l : t.lineages) {
    for (const auto& e : l.events) {
      CHECK(e.to == e.from + 1);
      for (const std::string& other : e.lineages) {
        const Lineage* o = ById(t, other);
        REQUIRE(o != nullptr);
        bool mutual = false;
        for (const auto& oe : o->events) {
          mutual |= oe.from == e.from && oe.op == e.op &&
                    std::find(oe.lineages.begin(), oe.lineages.end(), l.id) != oe.lineages.end();
        }
        CHECK(mutual);
      }
    }
  }
}

TEST_CASE("timeline JSON follows the contract", "[timeline]") {
  const Timeline& t = Corpus();
  nlohmann::json j = nlohmann::json::parse(congvan::WriteTimelineJson(t));
  REQUIRE(j["versions"].size() == 4);
  CHECK(j["versions"][0]["source"].get<std::string>().find("2021-vi-dispatch") !=
        std::string::npos);
  CHECK(j["versions"][0]["language"] == "vi");
  CHECK(j["versions"][0]["year"] == 2021);
  CHECK(j["versions"][2]["language"] == "en");
  REQUIRE(j["lineages"].size() == t.lineages.size());
  for (const auto& l : j["lineages"]) {
    REQUIRE(l.contains("id"));
    REQUIRE(l["nodes"].is_array());
    REQUIRE(l["events"].is_array());
    for (const auto& n : l["nodes"]) {
      CHECK(n["version"].is_number_integer());
      CHECK(n["path"].is_string());
      CHECK(n["text"].is_string());
    }
    for (const auto& e : l["events"]) {
      CHECK(e["from"].is_number_integer());
      CHECK(e["to"].is_number_integer());
      CHECK(e["op"].is_string());
    }
  }
}

TEST_CASE("timeline CSV: RFC 4180, one row per lineage, one column per version", "[timeline]") {
  const Timeline& t = Corpus();
  auto rows = ParseCsv(congvan::WriteTimelineCsv(t));
  REQUIRE(rows.size() == t.lineages.size() + 1);
  const size_t columns = 2 + t.versions.size() + 1;
  for (const auto& r : rows) CHECK(r.size() == columns);
  CHECK(rows[0][0] == "lineage");
  CHECK(rows[0][2] == "2021 (vi)");
  CHECK(rows[0][5] == "2025 (en)");
  // The rewarding lineage's 2021 cell round-trips its text, commas included.
  const Lineage* l = LineageOf(t, 0, "Tổ chức khen thưởng, biểu dương");
  REQUIRE(l != nullptr);
  bool found = false;
  for (const auto& r : rows) {
    if (r[0] != l->id) continue;
    found = true;
    CHECK(r[2] == "new " + l->nodes[0].path + ": " + l->nodes[0].text);
    CHECK(StartsWith(r[5], std::string(congvan::TimelineOpName(l->CellOp(3)))));
  }
  CHECK(found);
}

TEST_CASE("timeline text: a row per lineage with a cell per version", "[timeline]") {
  const Timeline& t = Corpus();
  std::string text = congvan::WriteTimelineText(t);
  for (const Lineage& l : t.lineages) {
    CHECK(text.find("\n" + l.id + " ") != std::string::npos);
  }
  CHECK(text.find("2021 (vi)") != std::string::npos);
  CHECK(text.find("2025 (en)") != std::string::npos);
  CHECK(text.find("~ reworded") != std::string::npos);  // the legend
}

TEST_CASE("timeline HTML is self-contained and escapes every text", "[timeline]") {
  Timeline t;
  t.versions.push_back({"a<b>.txt", congvan::Language::kVietnamese, 2021, 1, "2021 (vi)"});
  t.versions.push_back({"c&d.txt", congvan::Language::kEnglish, 2022, 1, "2022 (en)"});
  Lineage l;
  l.id = "L1";
  l.theme = "L1";
  l.theme_label = "<script>alert(1)</script>";
  LineageNode n;
  n.version = 0;
  n.path = "1";
  n.text = "x < y & \"z\" <img src=x onerror=alert(1)>";
  l.nodes.push_back(n);
  l.events.push_back({0, 1, "dropped", {}, 0});
  t.lineages.push_back(l);
  std::string html = congvan::WriteTimelineHtml(t);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;img src=x") != std::string::npos);
  CHECK(html.find("a&lt;b&gt;.txt") != std::string::npos);
  for (const char* bad : {"http://", "https://", " src=\"", "<link", "@import", "url("}) {
    CHECK(html.find(bad) == std::string::npos);
  }
  CHECK(html.find("class=\"cell op-gone\"") != std::string::npos);  // the cell after it ended
}

TEST_CASE("two versions of the same year get distinct labels", "[timeline]") {
  std::vector<Document> docs;
  docs.push_back(congvan::testing::ParseCorpus("gender-equality/2024-en-qa-summary.txt"));
  docs.push_back(congvan::testing::ParseCorpus("gender-equality/2024-en-provincial-report.txt"));
  Timeline t = congvan::BuildTimeline(std::move(docs)).value();
  REQUIRE(t.versions.size() == 2);
  CHECK(t.versions[0].label == "2024 (en, 2024-en-qa-summary.txt)");
  CHECK(t.versions[1].label == "2024 (en, 2024-en-provincial-report.txt)");
  auto rows = ParseCsv(congvan::WriteTimelineCsv(t));
  REQUIRE_FALSE(rows.empty());
  CHECK(rows[0][2] != rows[0][3]);
}

TEST_CASE("timeline JSON replaces bytes that are not UTF-8 instead of throwing", "[timeline]") {
  std::vector<Document> docs;
  docs.push_back(congvan::testing::ParseCorpus("gender-equality/2024-en-qa-summary.txt"));
  docs.push_back(congvan::testing::ParseCorpus("gender-equality/2025-en-news-summary.txt"));
  REQUIRE_FALSE(docs[0].tasks.empty());
  docs[0].tasks[0].text += " \xFF\xFE";  // a Document built by hand can hold anything
  Timeline t = congvan::BuildTimeline(std::move(docs)).value();
  std::string json;
  REQUIRE_NOTHROW(json = congvan::WriteTimelineJson(t));
  CHECK(json.find("\xEF\xBF\xBD") != std::string::npos);
}
