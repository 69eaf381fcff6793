// The timeline on real series outside the gender-equality guidance: two
// versions of the Ministry of Labour's wage-adjustment circular issued in one
// year (tests/timeline/real/, provenance in its README), and the decree on
// registering security interests, 102/2017/NĐ-CP → 99/2022/NĐ-CP
// (corpus/pairs/), a text of 70-odd articles whose timeline has hundreds of
// lineages. What they guard: the order of same-year versions
// (timeline/version_order.cc) and the reader's filters --articles and
// --changed (timeline/lineage_filter.cc, the CLI and the text table).
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "congvan/parse.h"
#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "support/corpus.h"
#include "support/timeline_fixtures.h"

namespace {

using congvan::Document;
using congvan::Lineage;
using congvan::LineageNode;
using congvan::Timeline;
using congvan::TimelineOp;
using congvan::testing::ParseTimelineFixture;
using congvan::testing::TimelineFixturePath;

const char* kJanuary2023 = "2023-vi-circular-01-2023-tt-bldtbxh-wage-adjustment-congbao.txt";
const char* kDecember2023 = "2023-vi-circular-20-2023-tt-bldtbxh-wage-adjustment-congbao.txt";
const char* kDecreeOld = "pairs/2017-vi-decree-102-2017-nd-cp-old.txt";
const char* kDecreeNew = "pairs/2022-vi-decree-99-2022-nd-cp-new.txt";

const Timeline& Decree() {
  static const Timeline t = [] {
    std::vector<Document> docs;
    docs.push_back(congvan::testing::ParseCorpus(kDecreeOld));
    docs.push_back(congvan::testing::ParseCorpus(kDecreeNew));
    return congvan::BuildTimeline(std::move(docs)).value();
  }();
  return t;
}

bool HasDivision(const Lineage& l) {
  return std::any_of(l.nodes.begin(), l.nodes.end(),
                     [](const LineageNode& n) { return n.division; });
}

// The lineage whose task at `version` has exactly `text`, or nullptr.
const Lineage* WithText(const Timeline& t, int version, const std::string& text) {
  for (const Lineage& l : t.lineages) {
    const LineageNode* n = l.NodeAt(version);
    if (n && n->text == text) return &l;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("two versions of one year go by their issue date, whatever the input order",
          "[timeline][real]") {
  for (bool december_first : {true, false}) {
    std::vector<Document> docs;
    docs.push_back(ParseTimelineFixture(december_first ? kDecember2023 : kJanuary2023));
    docs.push_back(ParseTimelineFixture(december_first ? kJanuary2023 : kDecember2023));
    REQUIRE(docs[0].meta.year == 2023);
    REQUIRE(docs[1].meta.year == 2023);
    Timeline t = congvan::BuildTimeline(std::move(docs)).value();
    REQUIRE(t.versions.size() == 2);
    INFO("december first: " << december_first);
    CHECK(std::string(t.versions[0].source).ends_with(kJanuary2023));
    CHECK(std::string(t.versions[1].source).ends_with(kDecember2023));
    // 20/2023 repeals 01/2023 in its last article: only in the later version.
    bool repeal_in_later = false;
    for (const Lineage& l : t.lineages) {
      const LineageNode* n = l.NodeAt(1);
      if (n && n->text.find("Thông tư số 01/2023/TT-BLĐTBXH") != std::string::npos) {
        repeal_in_later = true;
      }
    }
    CHECK(repeal_in_later);
  }
}

TEST_CASE("an explicit order keeps same-year versions in issue-date order too",
          "[timeline][real]") {
  congvan::TimelineOptions options;
  options.order = {2023};
  std::vector<Document> docs;
  docs.push_back(ParseTimelineFixture(kDecember2023));
  docs.push_back(ParseTimelineFixture(kJanuary2023));
  Timeline t = congvan::BuildTimeline(std::move(docs), options).value();
  REQUIRE(t.versions.size() == 2);
  CHECK(std::string(t.versions[0].source).ends_with(kJanuary2023));
}

TEST_CASE("The articles filter keeps the lineages of articles and the divisions above them",
          "[timeline][real]") {
  Timeline t = Decree();
  const size_t all = t.lineages.size();
  congvan::LineageFilter filter;
  filter.divisions_only = true;
  congvan::FilterLineages(&t, filter);
  CHECK(t.lineages.size() < all / 2);  // clauses, points and paragraphs are left out
  size_t articles = 0;
  for (const Lineage& l : t.lineages) {
    CHECK(HasDivision(l));
    for (const LineageNode& n : l.nodes) articles += n.division && n.marker.rfind("Điều", 0) == 0;
  }
  CHECK(articles > 60);  // every article of the two decrees, in its lineage
  // Kept lineages keep the ids of the whole timeline, in its order.
  const Timeline& whole = Decree();
  size_t at = 0;
  for (const Lineage& l : t.lineages) {
    while (at < whole.lineages.size() && whole.lineages[at].id != l.id) ++at;
    REQUIRE(at < whole.lineages.size());
    CHECK(whole.lineages[at].nodes.front().path == l.nodes.front().path);
  }
}

TEST_CASE("The changed filter leaves out the provisions 99/2022 keeps word for word",
          "[timeline][real]") {
  Timeline t = Decree();
  const size_t all = t.lineages.size();
  // Headings and clauses 99/2022/NĐ-CP took over from 102/2017/NĐ-CP as
  // they were, and provisions it rewrote, dropped or added.
  const char* kept_as_they_were[] = {
      "Phạm vi điều chỉnh", "Thủ tục đăng ký trực tuyến",
      "Nội dung quản lý nhà nước về đăng ký biện pháp bảo đảm",
      "Chính phủ thống nhất quản lý nhà nước về đăng ký biện pháp bảo đảm."};
  for (const char* text : kept_as_they_were) REQUIRE(WithText(t, 1, text) != nullptr);
  REQUIRE(WithText(t, 1, "Cách thức nộp hồ sơ đăng ký") != nullptr);  // was "Phương thức …"
  REQUIRE(WithText(t, 0, "Quyền yêu cầu cung cấp thông tin về biện pháp bảo đảm") != nullptr);
  REQUIRE(WithText(t, 1, "Hủy đăng ký") != nullptr);  // new in 2022
  congvan::LineageFilter filter;
  filter.changed_only = true;
  congvan::FilterLineages(&t, filter);
  for (const char* text : kept_as_they_were) {
    INFO(text);
    CHECK(WithText(t, 1, text) == nullptr);
  }
  CHECK(WithText(t, 1, "Cách thức nộp hồ sơ đăng ký") != nullptr);
  CHECK(WithText(t, 0, "Quyền yêu cầu cung cấp thông tin về biện pháp bảo đảm") != nullptr);
  CHECK(WithText(t, 1, "Hủy đăng ký") != nullptr);
  // The timeline remembers what was asked and what it left out.
  CHECK(t.filter.changed_only);
  CHECK_FALSE(t.filter.divisions_only);
  CHECK(t.lineages_left_out >= 4);
  CHECK(t.lineages.size() + t.lineages_left_out == all);
}

TEST_CASE("timeline --articles --changed names articles in the text table",
          "[timeline][real][cli]") {
  auto whole = congvan::testing::RunCongvan({"timeline", congvan::testing::CorpusPath(kDecreeOld),
                                             congvan::testing::CorpusPath(kDecreeNew)});
  auto r = congvan::testing::RunCongvan({"timeline", congvan::testing::CorpusPath(kDecreeOld),
                                         congvan::testing::CorpusPath(kDecreeNew), "--articles",
                                         "--changed"});
  REQUIRE(whole.exit_code == 0);
  REQUIRE(r.exit_code == 0);
  INFO(r.out.substr(0, 2000));
  CHECK(r.out.size() * 3 < whole.out.size());
  CHECK(r.out.find("\nL") != std::string::npos);
  // A cell names the article ("Điều 12 ~"), not its path ("2.12 ~").
  CHECK(std::regex_search(r.out, std::regex("  Điều [0-9]+ [+=~<>&x?]")));
  auto json = congvan::testing::RunCongvan({"timeline", congvan::testing::CorpusPath(kDecreeOld),
                                            congvan::testing::CorpusPath(kDecreeNew), "--articles",
                                            "--format", "json"});
  REQUIRE(json.exit_code == 0);
  CHECK(json.out.find("\"L1\"") != std::string::npos);
}
