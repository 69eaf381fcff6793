// Diff reports: the JSON contract, the self-contained HTML page, the text form.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

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
  p.alignment = Align(p.old_doc, p.new_doc).value();
  return p;
}

size_t Occurrences(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("diff JSON follows the contract", "[diff][report]") {
  Pair p =
      Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
  auto j = nlohmann::json::parse(congvan::WriteDiffJson(p.alignment, p.old_doc, p.new_doc));
  for (const char* side : {"old", "new"}) {
    for (const char* key : {"source", "language", "year"}) CHECK(j[side].contains(key));
  }
  CHECK(j["old"]["language"] == "en");
  CHECK(j["old"]["year"] == 2024);
  REQUIRE(j["changes"].size() == p.alignment.changes.size());
  const std::set<std::string> ops = {"unchanged", "reworded", "moved",  "split",
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
  Alignment a = Align(d, d).value();
  DiffReportOptions only;
  only.only_changes = true;
  auto j = congvan::DiffToJson(a, d, d, only);
  CHECK(j["changes"].empty());
  CHECK(j["summary"]["counts"]["unchanged"] == d.TaskCount());
  std::string html = congvan::WriteDiffHtml(a, d, d, only);
  CHECK(Occurrences(html, "<article class=\"change") == 0);
}

TEST_CASE("the HTML report is self-contained, escaped and complete", "[diff][report]") {
  Pair p = Load("gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt");
  // Text that would break the page if it were not escaped.
  Document evil = p.new_doc;
  evil.tasks[0].text = "<script>alert('x')</script> & \"quoted\"";
  Alignment a = Align(p.old_doc, evil).value();
  std::string html = congvan::WriteDiffHtml(a, p.old_doc, evil);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(Occurrences(html, "<script>") == 1);  // our own inline script only
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;") !=
        std::string::npos);
  // Nothing fetched from the network: no URLs, no external scripts, styles or fonts.
  for (const char* bad :
       {"http://", "https://", "src=", "<link", "@import", "url(", "@font-face"}) {
    INFO(bad);
    CHECK(html.find(bad) == std::string::npos);
  }
  CHECK(Occurrences(html, "<article class=\"change") == a.changes.size());
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
  Pair p =
      Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
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
  Pair p =
      Load("gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt");
  std::string html = congvan::WriteDiffHtml(p.alignment, p.old_doc, p.new_doc);
  // (4) has 8 tasks: itself and 7 below it, among them the communication programme.
  size_t at = html.find("<details class=\"section-tasks\"><summary>7 sub-tasks</summary>");
  REQUIRE(at != std::string::npos);
  CHECK(html.find("Communication program on gender equality until 2030", at) != std::string::npos);
}

TEST_CASE(
    "the HTML report names each version by kind, number, date and issuer, in the reader's language",
    "[diff][report][html]") {
  // Thông tư 29/2021 (line 14: "Số: 29/2021/TT-BLĐTBXH", line 15: "ngày 28
  // tháng 12 năm 2021") and the 03/2025 circular of 11 February 2025.
  Pair p = Load("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt",
                "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  std::string html = congvan::WriteDiffHtml(p.alignment, p.old_doc, p.new_doc);
  CHECK(html.find("<html lang=\"vi\">") != std::string::npos);
  CHECK(html.find("id=\"old-version\" data-kind=\"Thông tư\" data-number=\"29/2021/TT-BLĐTBXH\" "
                  "data-date=\"2021-12-28\"") != std::string::npos);
  CHECK(
      html.find("<div class=\"role\">Văn bản cũ</div>\n<div class=\"doc-title\">Thông tư số "
                "29/2021/TT-BLĐTBXH</div>\n<div class=\"doc-meta\"><span class=\"date\">ngày "
                "28/12/2021</span> · <span class=\"issuer\">BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") !=
      std::string::npos);
  CHECK(html.find("<div class=\"doc-title\">Thông tư số 03/2025/TT-BLĐTBXH</div>") !=
        std::string::npos);
  // The file name comes second, after the document's own name.
  CHECK(html.find("Thông tư số 29/2021") <
        html.find("2021-vi-circular-29-2021-tt-bldtbxh-old.txt"));
  // Every printed page carries both names.
  CHECK(html.find("@top-left { content: \"Thông tư số 29/2021/TT-BLĐTBXH  →  Thông tư số "
                  "03/2025/TT-BLĐTBXH\"") != std::string::npos);
  CHECK(html.find("@bottom-right { content: \"Trang \" counter(page) \"/\" counter(pages) \"\"") !=
        std::string::npos);

  DiffReportOptions english;
  english.ui_language = congvan::Language::kEnglish;
  std::string en = congvan::WriteDiffHtml(p.alignment, p.old_doc, p.new_doc, english);
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find("<div class=\"role\">Old version</div>") != std::string::npos);
  CHECK(en.find("<span class=\"date\">28 December 2021</span>") != std::string::npos);
  // A document keeps its own language's name: "số", not "No.", for a Vietnamese circular.
  CHECK(en.find("<div class=\"doc-title\">Thông tư số 29/2021/TT-BLĐTBXH</div>") !=
        std::string::npos);
  CHECK(en.find("Văn bản cũ") == std::string::npos);
}

TEST_CASE("the HTML report: one anchor per change and per task, a change list linking to them",
          "[diff][report][html]") {
  Pair p = Load("gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt");
  std::string html = congvan::WriteDiffHtml(p.alignment, p.old_doc, p.new_doc);
  std::set<std::string> ids;
  size_t duplicates = 0;
  for (size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
    size_t end = html.find('"', at + 5);
    duplicates += !ids.insert(html.substr(at + 5, end - at - 5)).second;
  }
  CHECK(duplicates == 0);
  size_t listed = 0;
  for (size_t i = 0; i < p.alignment.changes.size(); ++i) {
    std::string n = std::to_string(i + 1);
    CHECK(ids.count("c-" + n) == 1);
    bool changed = p.alignment.changes[i].op != congvan::ChangeOp::kUnchanged;
    listed += changed;
    CHECK((html.find("<a href=\"#c-" + n + "\">") != std::string::npos) == changed);
    for (const auto& r : p.alignment.changes[i].old_nodes) CHECK(ids.count("old-" + r.path) == 1);
    for (const auto& r : p.alignment.changes[i].new_nodes) CHECK(ids.count("new-" + r.path) == 1);
  }
  CHECK(html.find("<summary>Danh sách thay đổi (" + std::to_string(listed) + ")</summary>") !=
        std::string::npos);
  // One filter button per op; one hiding rule per op.
  CHECK(Occurrences(html, "<button type=\"button\" class=\"count op-") == congvan::kChangeOpCount);
  CHECK(html.find("body.hide-moved .change.op-moved, body.hide-moved .toc li.op-moved { display: "
                  "none; }") != std::string::npos);
  // Print: A4, a change kept on one page.
  CHECK(html.find("@page { size: A4;") != std::string::npos);
  CHECK(html.find(".change { break-inside: avoid;") != std::string::npos);
}

TEST_CASE("report labels: vi.xml and en.xml give the same keys", "[diff][report][grammar]") {
  auto keys = [](const std::string& file) {
    std::string xml =
        congvan::testing::ReadFile(std::string(CONGVAN_SOURCE_DIR) + "/grammars/" + file);
    std::set<std::string> out;
    size_t section = xml.find("<report-labels>");
    for (size_t at = xml.find("<label key=\"", section); at != std::string::npos;
         at = xml.find("<label key=\"", at + 1)) {
      size_t begin = at + 12;
      out.insert(xml.substr(begin, xml.find('"', begin) - begin));
    }
    return out;
  };
  std::set<std::string> vi = keys("vi.xml"), en = keys("en.xml");
  CHECK(vi.size() >= 40);
  CHECK(vi == en);
}
