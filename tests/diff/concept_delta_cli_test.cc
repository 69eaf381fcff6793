// The concept delta of cross-language changes in `congvan diff` reports, through
// the real CLI: 2023 (vi) → 2024 (en) of the gender-equality guidance in JSON,
// text and HTML, checked against the two texts themselves (every surface form
// is found in its own side's text; kept concepts are on both sides), and the
// absence of any delta in a same-language diff; and the HTML escaping of a
// hand-made delta whose forms hold markup characters.
#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "congvan/align.h"
#include "congvan/diff_report.h"
#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;

namespace {

const std::string kVi2023 = CorpusPath("gender-equality/2023-vi-news-summary.txt");
const std::string kEn2024 = CorpusPath("gender-equality/2024-en-qa-summary.txt");
const std::string kVi2021 = CorpusPath("gender-equality/2021-vi-dispatch.txt");

std::string JoinTexts(const nlohmann::json& refs) {
  std::string s;
  for (const auto& r : refs) s += r["text"].get<std::string>() + "\n";
  return s;
}

bool Lists(const nlohmann::json& mentions, const std::string& id) {
  for (const auto& m : mentions) {
    if (m["concept"] == id) return true;
  }
  return false;
}

// The change whose old side starts on `old_line` and new side on `new_line`.
const nlohmann::json* FindChange(const nlohmann::json& report, int old_line, int new_line) {
  for (const auto& c : report["changes"]) {
    bool has_old = false, has_new = false;
    for (const auto& r : c["old"]) has_old |= r["lines"][0] == old_line;
    for (const auto& r : c["new"]) has_new |= r["lines"][0] == new_line;
    if (has_old && has_new) return &c;
  }
  return nullptr;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("diff: vi→en JSON changes carry a concept delta consistent with both texts",
          "[cli][diff][crosslang]") {
  auto r = RunCongvan({"diff", kVi2023, kEn2024, "--format", "json"});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(r.out);
  int with_delta = 0, with_added = 0, with_removed = 0, with_kept = 0;
  for (const auto& c : j["changes"]) {
    bool matched = !c["old"].empty() && !c["new"].empty();
    INFO("change " << c["op"] << " " << JoinTexts(c["old"]) << " → " << JoinTexts(c["new"]));
    if (!matched) {
      CHECK_FALSE(c.contains("concept_delta"));
      continue;
    }
    REQUIRE(c.contains("concept_delta"));
    const auto& d = c["concept_delta"];
    ++with_delta;
    with_added += !d["added"].empty();
    with_removed += !d["removed"].empty();
    with_kept += !d["kept"].empty();
    std::string old_text = JoinTexts(c["old"]), new_text = JoinTexts(c["new"]);
    // Added: only the new side writes it, and does so in the new text.
    for (const auto& m : d["added"]) {
      CHECK(m["old_forms"].empty());
      REQUIRE_FALSE(m["new_forms"].empty());
      for (const auto& f : m["new_forms"]) {
        CHECK(new_text.find(f.get<std::string>()) != std::string::npos);
      }
    }
    // Removed: only the old side.
    for (const auto& m : d["removed"]) {
      CHECK(m["new_forms"].empty());
      REQUIRE_FALSE(m["old_forms"].empty());
      for (const auto& f : m["old_forms"]) {
        CHECK(old_text.find(f.get<std::string>()) != std::string::npos);
      }
    }
    // Kept: both sides, each in its own text; and never also added or removed.
    for (const auto& m : d["kept"]) {
      REQUIRE_FALSE(m["old_forms"].empty());
      REQUIRE_FALSE(m["new_forms"].empty());
      CHECK(old_text.find(m["old_forms"][0].get<std::string>()) != std::string::npos);
      CHECK(new_text.find(m["new_forms"][0].get<std::string>()) != std::string::npos);
      std::string id = m["concept"];
      CHECK_FALSE(Lists(d["added"], id));
      CHECK_FALSE(Lists(d["removed"], id));
    }
  }
  CHECK(with_delta >= 10);
  // Translations mostly keep their concepts, but the 2024 summary is shorter:
  // some tasks lose concepts, and some say more.
  CHECK(with_kept >= 10);
  CHECK(with_added >= 1);
  CHECK(with_removed >= 1);

  // 2023 line 67 "Thứ sáu, thúc đẩy hợp tác quốc tế trong thực hiện bình đẳng
  // giới." ↔ 2024 line 27 "(6) Promote international cooperation in gender
  // equality implementation": the same concepts, in two languages.
  const nlohmann::json* coop = FindChange(j, 67, 27);
  REQUIRE(coop != nullptr);
  const auto& d = (*coop)["concept_delta"];
  for (const char* id : {"international_cooperation", "gender_equality"}) {
    INFO(id << " in " << d.dump());
    CHECK(Lists(d["kept"], id));
    CHECK_FALSE(Lists(d["added"], id));
    CHECK_FALSE(Lists(d["removed"], id));
  }
  for (const auto& m : d["kept"]) {
    if (m["concept"] != "international_cooperation") continue;
    CHECK(m["old_forms"][0] == "hợp tác quốc tế");
    CHECK(m["new_forms"][0] == "international cooperation");
  }
}

TEST_CASE("diff: a same-language diff carries no concept delta", "[cli][diff][crosslang]") {
  auto r = RunCongvan({"diff", kVi2021, kVi2023, "--format", "json"});
  REQUIRE(r.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(r.out);
  int matched = 0;
  for (const auto& c : j["changes"]) {
    matched += !c["old"].empty() && !c["new"].empty();
    CHECK_FALSE(c.contains("concept_delta"));
  }
  CHECK(matched >= 10);  // there were pairs that could have had one
  auto text = RunCongvan({"diff", kVi2021, kVi2023});
  REQUIRE(text.exit_code == 1);  // diff(1): something changed
  CHECK(text.out.find("    concepts: ") == std::string::npos);
  auto html = RunCongvan({"diff", kVi2021, kVi2023, "--format", "html"});
  REQUIRE(html.exit_code == 1);  // diff(1): something changed
  CHECK(html.out.find("<ul class=\"concepts") == std::string::npos);
}

TEST_CASE("diff: vi→en text and HTML reports show the concept delta", "[cli][diff][crosslang]") {
  auto json = RunCongvan({"diff", kVi2023, kEn2024, "--format", "json"});
  REQUIRE(json.exit_code == 1);  // diff(1): something changed
  auto j = nlohmann::json::parse(json.out);
  auto text = RunCongvan({"diff", kVi2023, kEn2024});
  REQUIRE(text.exit_code == 1);  // diff(1): something changed
  auto html = RunCongvan({"diff", kVi2023, kEn2024, "--format", "html"});
  REQUIRE(html.exit_code == 1);  // diff(1): something changed

  size_t deltas = 0, added = 0, removed = 0;
  for (const auto& c : j["changes"]) {
    if (!c.contains("concept_delta")) continue;
    ++deltas;
    const auto& d = c["concept_delta"];
    added += d["added"].size();
    removed += d["removed"].size();
    // Text: each added concept on a "+" line with its first English form,
    // each removed one on a "−" line with its first Vietnamese form.
    for (const auto& m : d["added"]) {
      std::string id = m["concept"];
      CHECK(text.out.find(id + " (" + m["new_forms"][0].get<std::string>()) != std::string::npos);
      CHECK(html.out.find("<li class=\"concept-added\" data-concept=\"" + id + "\">") !=
            std::string::npos);
    }
    for (const auto& m : d["removed"]) {
      std::string id = m["concept"];
      CHECK(text.out.find(id + " (" + m["old_forms"][0].get<std::string>()) != std::string::npos);
      CHECK(html.out.find("<li class=\"concept-removed\" data-concept=\"" + id + "\">") !=
            std::string::npos);
    }
  }
  REQUIRE(deltas >= 10);
  // Text: one "concepts:" line per delta, under the two texts.
  CHECK(Count(text.out, "\n    concepts: ") == deltas);
  CHECK(Count(text.out, "\n      + ") == [&] {
    size_t lines = 0;
    for (const auto& c : j["changes"]) {
      if (c.contains("concept_delta")) lines += !c["concept_delta"]["added"].empty();
    }
    return lines;
  }());
  // The international-cooperation task (2023 line 67 ↔ 2024 line 27): both
  // texts, then the delta, and the kept concept is not shown as a change.
  size_t coop = text.out.find("    + Promote international cooperation in gender equality");
  REQUIRE(coop != std::string::npos);
  size_t block_end = text.out.find("\n\n", coop);
  std::string block = text.out.substr(coop, block_end - coop);
  CHECK(block.find("\n    concepts: ") != std::string::npos);
  CHECK(block.find("international_cooperation") == std::string::npos);
  // HTML: one li per added/removed concept, one kept-count per delta, escaped.
  CHECK(Count(html.out, "<li class=\"concept-added\"") == added);
  CHECK(Count(html.out, "<li class=\"concept-removed\"") == removed);
  CHECK(Count(html.out, "<span class=\"why concepts-kept\"") == deltas);
  CHECK(html.out.find("<script") != std::string::npos);
  CHECK(html.out.find("http://") == std::string::npos);
}

TEST_CASE("diff HTML escapes concept ids and forms", "[diff][crosslang]") {
  congvan::Document old_doc, new_doc;
  old_doc.source = "old.txt";
  old_doc.language = congvan::Language::kVietnamese;
  new_doc.source = "new.txt";
  new_doc.language = congvan::Language::kEnglish;
  congvan::Change c;
  c.op = congvan::ChangeOp::kReworded;
  c.old_nodes.push_back({"1", "1.", "Hợp tác <quốc tế>", 0, 1, {1, 1}, 0});
  c.new_nodes.push_back({"1", "(1)", "Cooperation & <b>partners</b>", 0, 1, {1, 1}, 0});
  congvan::ConceptDelta d;
  d.added.push_back({"partner\"x", "cooperation", {}, {"<b>partners</b>", "R&D"}});
  d.removed.push_back({"international", "cooperation", {"<quốc tế>"}, {}});
  c.concept_delta = d;
  congvan::Alignment a;
  a.changes.push_back(c);
  std::string html = congvan::WriteDiffHtml(a, old_doc, new_doc);
  CHECK(html.find("data-concept=\"partner&quot;x\"") != std::string::npos);
  CHECK(html.find("(&lt;b&gt;partners&lt;/b&gt;, R&amp;D)") != std::string::npos);
  CHECK(html.find("(&lt;quốc tế&gt;)") != std::string::npos);
  CHECK(html.find("<b>partners") == std::string::npos);
  // Text and JSON carry the forms as written.
  std::string text = congvan::WriteDiffText(a, old_doc, new_doc);
  CHECK(text.find("      + partner\"x (<b>partners</b>, R&D)") != std::string::npos);
  CHECK(text.find("      − international (<quốc tế>)") != std::string::npos);
  nlohmann::json j = congvan::DiffToJson(a, old_doc, new_doc);
  CHECK(j["changes"][0]["concept_delta"]["added"][0]["new_forms"][1] == "R&D");
  CHECK_FALSE(j["changes"][0]["concept_delta"].contains("change"));
}
