// Diff reports: the JSON contract, the self-contained HTML page, the text form.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "congvan/align.h"
#include "congvan/diff_report.h"
#include "support/corpus.h"

namespace {

using congvan::Align;
using congvan::Alignment;
using congvan::DiffReportOptions;
using congvan::Document;

struct Pair {
  Document old_doc, new_doc;
  Alignment alignment;
};

Pair Load(const char* a, const char* b) {
  Pair p{congvan::testing::ParseCorpus(a), congvan::testing::ParseCorpus(b), {}};
  p.alignment = Align(p.old_doc, p.new_doc);
  return p;
}

size_t Occurrences(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("diff JSON follows the contract", "[diff][report]") {
  Pair p = Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
  auto j = nlohmann::json::parse(congvan::WriteDiffJson(p.alignment, p.old_doc, p.new_doc));
  for (const char* side : {"old", "new"}) {
    for (const char* key : {"source", "language", "year"}) CHECK(j[side].contains(key));
  }
  CHECK(j["old"]["language"] == "en");
  CHECK(j["old"]["year"] == 2024);
  REQUIRE(j["changes"].size() == p.alignment.changes.size());
  const std::set<std::string> ops = {"unchanged", "reworded", "moved", "split",
                                     "merged",    "added",    "dropped"};
  for (const auto& c : j["changes"]) {
    CHECK(ops.count(c["op"].get<std::string>()) == 1);
    for (const char* key : {"old", "new", "similarity", "redline"}) CHECK(c.contains(key));
    for (const char* side : {"old", "new"}) {
      for (const auto& r : c[side]) {
        CHECK(r.contains("path"));
        CHECK(r.contains("text"));
      }
    }
    for (const auto& seg : c["redline"]) {
      std::string op = seg["op"];
      CHECK((op == "equal" || op == "insert" || op == "delete"));
    }
    CHECK(c["similarity"].get<double>() >= 0.0);
    CHECK(c["similarity"].get<double>() <= 1.0);
  }
  int total = 0;
  for (auto& [op, n] : j["summary"]["counts"].items()) total += n.get<int>();
  CHECK(total == static_cast<int>(j["changes"].size()));
}

TEST_CASE("diff --only-changes leaves unchanged tasks out", "[diff][report]") {
  Document d = congvan::testing::ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Alignment a = Align(d, d);
  DiffReportOptions only;
  only.only_changes = true;
  auto j = congvan::DiffToJson(a, d, d, only);
  CHECK(j["changes"].empty());
  CHECK(j["summary"]["counts"]["unchanged"] == d.TaskCount());
  std::string html = congvan::WriteDiffHtml(a, d, d, only);
  CHECK(Occurrences(html, "<tr class=\"change") == 0);
}

TEST_CASE("the HTML report is self-contained, escaped and complete", "[diff][report]") {
  Pair p = Load("gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt");
  // Text that would break the page if it were not escaped.
  Document evil = p.new_doc;
  evil.tasks[0].text = "<script>alert('x')</script> & \"quoted\"";
  Alignment a = Align(p.old_doc, evil);
  std::string html = congvan::WriteDiffHtml(a, p.old_doc, evil);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(Occurrences(html, "<script>") == 1);  // our own inline script only
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;") !=
        std::string::npos);
  // Nothing fetched from the network: no URLs, no external scripts, styles or fonts.
  for (const char* bad : {"http://", "https://", "src=", "<link", "@import", "url(", "@font-face"}) {
    INFO(bad);
    CHECK(html.find(bad) == std::string::npos);
  }
  CHECK(Occurrences(html, "<tr class=\"change") == a.changes.size());
  CHECK(html.find("id=\"hide-unchanged\"") != std::string::npos);
  for (int i = 0; i < congvan::kChangeOpCount; ++i) {
    std::string op = congvan::ChangeOpName(static_cast<congvan::ChangeOp>(i));
    CHECK(html.find("data-op=\"" + op + "\" data-count=\"" +
                    std::to_string(a.summary.counts[static_cast<size_t>(i)]) + "\"") !=
          std::string::npos);
  }
  CHECK(Occurrences(html, "<del>") > 0);
  CHECK(Occurrences(html, "<ins>") > 0);
}

TEST_CASE("text report: summary, labels, redlines, colour only when asked", "[diff][report]") {
  Pair p = Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
  std::string plain = congvan::WriteDiffText(p.alignment, p.old_doc, p.new_doc);
  CHECK(plain.find("\033[") == std::string::npos);
  CHECK(plain.find("summary: ") != std::string::npos);
  CHECK(plain.find("note: the new version covers only") != std::string::npos);
  CHECK(plain.find("[-Timely praising and commending-]{+Reward and promptly praise+}") !=
        std::string::npos);
  CHECK(plain.find("dropped section (3 tasks)  (6)") != std::string::npos);
  DiffReportOptions color;
  color.color = true;
  std::string colored = congvan::WriteDiffText(p.alignment, p.old_doc, p.new_doc, color);
  CHECK(colored.find("\033[31m") != std::string::npos);
  CHECK(colored.find("\033[32m") != std::string::npos);
}

TEST_CASE("the HTML report lists the tasks of a whole dropped section", "[diff][report]") {
  Pair p = Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
  std::string html = congvan::WriteDiffHtml(p.alignment, p.old_doc, p.new_doc);
  // (4) has 8 tasks: itself and 7 below it, among them the communication programme.
  size_t at = html.find("<details class=\"section-tasks\"><summary>7 sub-tasks</summary>");
  REQUIRE(at != std::string::npos);
  CHECK(html.find("Communication program on gender equality until 2030", at) != std::string::npos);
}
