// The corpus database on the real corpus: corpus/ indexed into a temporary
// database, then queries whose answers were read in the texts themselves.
// One test case indexes the whole corpus (every query is checked on it), so
// the corpus is parsed once per process; re-indexing is tested on copies in a
// temporary directory.
#include "congvan/corpus_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "congvan/text_fold.h"
#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::TempDir;

namespace {

std::unique_ptr<congvan::CorpusDb> OpenNew(const std::string& path) {
  auto db = congvan::CorpusDb::Open(path, congvan::CorpusDbMode::kReadWrite);
  REQUIRE(db.ok());
  return std::move(*db);
}

std::vector<congvan::SearchHit> Hits(const congvan::CorpusDb& db, congvan::SearchQuery query) {
  auto result = db.Search(query);
  INFO(query.text << ": " << result.status().ToString());
  REQUIRE(result.ok());
  return result->hits;
}

std::vector<congvan::SearchHit> Hits(const congvan::CorpusDb& db, const std::string& text) {
  congvan::SearchQuery q;
  q.text = text;
  return Hits(db, q);
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The hit of `file` (a corpus path suffix) whose task starts on `line`.
const congvan::SearchHit* Find(const std::vector<congvan::SearchHit>& hits, const std::string& file,
                               int line) {
  for (const auto& h : hits) {
    if (EndsWith(h.source, file) && h.line_first == line) return &h;
  }
  return nullptr;
}

std::set<std::string> Keys(const std::vector<congvan::SearchHit>& hits) {
  std::set<std::string> keys;
  for (const auto& h : hits) keys.insert(h.source + "#" + h.path);
  return keys;
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("corpus db answers known queries over the indexed corpus", "[corpus][db]") {
  TempDir dir;
  auto db = OpenNew(dir.Join("corpus.db"));
  auto files = congvan::CorpusFiles({CorpusPath("")});
  REQUIRE(files.ok());
  CHECK(files->size() == congvan::testing::CorpusTexts().size());  // metadata.tsv is not a document
  for (const std::string& f : *files) {
    auto outcome = db->IndexFile(f, {});
    INFO(f << ": " << outcome.status().ToString());
    REQUIRE(outcome.ok());
    CHECK(*outcome == congvan::IndexOutcome::kIndexed);
  }
  auto counts = db->Counts();
  REQUIRE(counts.ok());
  CHECK(counts->first == files->size());
  // Every corpus text has a year: four name none in their text (the 2023 joint statement, two
  // web copies that start at "Kính gửi:", the 2022 OCR notice) and take their file name's.
  auto years = db->CountYearSources();
  REQUIRE(years.ok());
  CHECK(years->none == 0);
  CHECK(years->from_file_name > 0);

  // Diacritic- and case-blind: the 2021 dispatch, line 30: "- Tổ chức kiểm tra, thanh tra, xử lý
  // vi phạm về bình đẳng giới …" under 3.b.
  auto folded = Hits(*db, "kiem tra");
  CHECK(Keys(folded) == Keys(Hits(*db, "kiểm tra")));
  CHECK(Keys(folded) == Keys(Hits(*db, "KIỂM TRA")));
  const congvan::SearchHit* hit = Find(folded, "gender-equality/2021-vi-dispatch.txt", 30);
  REQUIRE(hit != nullptr);
  CHECK(hit->year == 2021);
  CHECK(hit->language == "vi");
  CHECK(hit->marker == "-");
  CHECK(hit->text.rfind("Tổ chức kiểm tra, thanh tra", 0) == 0);
  REQUIRE(!hit->highlights.empty());
  CHECK(hit->text.substr(hit->highlights[0].first,
                         hit->highlights[0].second - hit->highlights[0].first) == "kiểm tra");
  // A phrase, not two words anywhere: every hit holds "kiểm tra" (OCR copies may drop a mark).
  for (const auto& h : folded) CHECK(!h.highlights.empty());

  // đ is d: Điều 1 of the 2018 decision (line 21) cites "Ban Bí thư Trung ương Đảng"; "dang"
  // finds it too.
  auto dang = Hits(*db, "dang");
  CHECK(Keys(dang) == Keys(Hits(*db, "Đảng")));
  hit = Find(dang, "administrative/2018-vi-decision-plan-ttg-directive14-implementation.txt", 21);
  REQUIRE(hit != nullptr);
  CHECK(hit->text.find("Đảng") != std::string::npos);

  // Ordered by year, then document.
  for (size_t i = 1; i < folded.size(); ++i) {
    CHECK(folded[i - 1].year.value_or(9999) <= folded[i].year.value_or(9999));
  }

  // A year filter: "bình đẳng giới" is in the 2013 law (Điều 4 khoản 5, line 34), the 2021
  // dispatch and the 2023 summary; 2021..2023 keeps the last two only.
  auto all_years = Hits(*db, "bình đẳng giới");
  CHECK(Find(all_years, "legislation/2013-vi-law-35-2013-qh13-hoa-giai-o-co-so.txt", 34) !=
        nullptr);
  congvan::SearchQuery q;
  q.text = "binh dang gioi";
  q.year_from = 2021;
  q.year_to = 2023;
  auto ranged = Hits(*db, q);
  REQUIRE(!ranged.empty());
  std::set<std::string> sources;
  for (const auto& h : ranged) sources.insert(h.source.substr(h.source.rfind('/') + 1));
  CHECK(sources == std::set<std::string>{"2021-vi-dispatch.txt", "2023-vi-news-summary.txt"});

  // Cross-language: "kiểm tra" (concept inspection, with thanh tra: English renders both
  // "inspection") reaches the English summaries: 2024 line 22 "Strengthening inspections,
  // examinations, …", 2025 line 8 "… inspection, examination and supervision …", and 2025
  // line 7 "… strengthening inspection, inspection and strictly handling violations …", which
  // says "inspection" only. Without --concepts no English task matches.
  q = {};
  q.text = "kiểm tra";
  q.language = "en";
  CHECK(Hits(*db, q).empty());
  q.concepts = true;
  auto en = Hits(*db, q);
  CHECK(Find(en, "gender-equality/2024-en-qa-summary.txt", 22) != nullptr);
  CHECK(Find(en, "gender-equality/2025-en-news-summary.txt", 8) != nullptr);
  const congvan::SearchHit* inspection_only =
      Find(en, "gender-equality/2025-en-news-summary.txt", 7);
  REQUIRE(inspection_only != nullptr);
  CHECK(inspection_only->text.find("inspection") != std::string::npos);
  CHECK(inspection_only->text.find("examin") == std::string::npos);
  for (const auto& h : en) CHECK(h.language == "en");
  auto result = db->Search(q);
  REQUIRE(result.ok());
  REQUIRE(result->expansions.size() == 1);
  CHECK(result->expansions[0].concept_id == "inspection");

  // And the other way: "inspection" reaches "thanh tra" in the 2021 dispatch (line 29,
  // "… cho đội ngũ cán bộ thanh tra, tư pháp …") and "kiểm tra" alone in its line 27
  // ("… các tổ chức chính trị - xã hội trong kiểm tra, xây dựng và đề xuất chính sách …").
  q = {};
  q.text = "inspection";
  q.concepts = true;
  q.language = "vi";
  auto vi = Hits(*db, q);
  CHECK(Find(vi, "gender-equality/2021-vi-dispatch.txt", 29) != nullptr);
  const congvan::SearchHit* kiem_tra_only = Find(vi, "gender-equality/2021-vi-dispatch.txt", 27);
  REQUIRE(kiem_tra_only != nullptr);
  CHECK(kiem_tra_only->text.find("kiểm tra") != std::string::npos);
  CHECK(kiem_tra_only->text.find("thanh tra") == std::string::npos);

  // Kind and issuer filters compare folded names.
  q = {};
  q.text = "hợp đồng";
  q.kind = "nghi dinh";
  auto decrees = Hits(*db, q);
  REQUIRE(!decrees.empty());
  for (const auto& h : decrees) CHECK(h.kind == "Nghị định");
  q.kind = "";
  q.issuer = "quoc hoi";
  auto by_assembly = Hits(*db, q);
  // The 2024 law amending the health-insurance law (issuer "QUỐC HỘI") has "hợp đồng";
  // a part of the name also matches "ỦY BAN THƯỜNG VỤ QUỐC HỘI".
  // Its line 937: "c) Hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế được ký trước ngày …".
  CHECK(Find(by_assembly, "legislation/2024-vi-law-51-2024-qh15-amending-health-insurance.txt",
             937) != nullptr);
  for (const auto& h : by_assembly)
    CHECK(congvan::FoldKey(h.issuer).find("quoc hoi") != std::string::npos);
}

TEST_CASE("corpus db skips unchanged files and replaces changed ones", "[corpus][db]") {
  TempDir dir;
  std::filesystem::create_directory(dir.Join("texts"));
  std::string text_path = dir.Join("texts/dispatch.txt");
  std::filesystem::copy_file(CorpusPath("gender-equality/2021-vi-dispatch.txt"), text_path);
  std::filesystem::copy_file(CorpusPath("gender-equality/2024-en-qa-summary.txt"),
                             dir.Join("texts/summary.txt"));
  std::string db_path = dir.Join("c.db");
  {
    auto db = OpenNew(db_path);
    auto files = congvan::CorpusFiles({dir.Join("texts")});
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    for (const auto& f : *files) CHECK(*db->IndexFile(f, {}) == congvan::IndexOutcome::kIndexed);
    for (const auto& f : *files) CHECK(*db->IndexFile(f, {}) == congvan::IndexOutcome::kSkipped);
    congvan::IndexOptions force;
    force.force = true;
    CHECK(*db->IndexFile(text_path, force) == congvan::IndexOutcome::kReindexed);
    CHECK(db->Counts()->first == 2);
  }
  // The same file by another path is the same document.
  auto db = OpenNew(db_path);
  CHECK(*db->IndexFile(dir.Join("texts/../texts/dispatch.txt"), {}) ==
        congvan::IndexOutcome::kSkipped);

  // A changed file replaces its rows: the old task text is gone, the new one found.
  std::string bytes = congvan::testing::ReadFile(text_path);
  const std::string old_words = "Tổ chức kiểm tra, thanh tra";
  size_t at = bytes.find(old_words);
  REQUIRE(at != std::string::npos);
  bytes.replace(at, old_words.size(), "Tổ chức giám định độc lập");
  WriteText(text_path, bytes);
  auto tasks_before = db->Counts()->second;
  CHECK(*db->IndexFile(text_path, {}) == congvan::IndexOutcome::kReindexed);
  CHECK(db->Counts()->second == tasks_before);
  CHECK(Hits(*db, "giam dinh doc lap").size() == 1);
  CHECK(Find(Hits(*db, "kiem tra thanh tra"), "dispatch.txt", 30) == nullptr);
  CHECK(db->Counts()->first == 2);

  // A file that fails to parse leaves its previous rows and the rest alone.
  WriteText(text_path, "");
  auto failed = db->IndexFile(text_path, {});
  REQUIRE(!failed.ok());
  CHECK(failed.status().where().file == text_path);
  CHECK(Hits(*db, "giam dinh doc lap").size() == 1);
}

TEST_CASE("corpus db refuses what is not a corpus database", "[corpus][db]") {
  TempDir dir;
  auto missing = congvan::CorpusDb::Open(dir.Join("none.db"), congvan::CorpusDbMode::kReadOnly);
  REQUIRE(!missing.ok());
  CHECK(missing.status().code() == congvan::StatusCode::kNotFound);
  CHECK(!std::filesystem::exists(dir.Join("none.db")));

  // A text file given as the database.
  auto text = congvan::CorpusDb::Open(CorpusPath("gender-equality/2021-vi-dispatch.txt"),
                                      congvan::CorpusDbMode::kReadOnly);
  REQUIRE(!text.ok());
  CHECK_THAT(text.status().ToString(), Catch::Contains("not a database"));

  // Another application's SQLite file is never written to.
  std::string other = dir.Join("other.db");
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(other.c_str(), &raw) == SQLITE_OK);
  CHECK(sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(raw);
  auto foreign = congvan::CorpusDb::Open(other, congvan::CorpusDbMode::kReadWrite);
  REQUIRE(!foreign.ok());
  CHECK_THAT(foreign.status().ToString(), Catch::Contains("not a congvan corpus database"));
}

namespace {

// documents.year and documents.year_source of the row whose source ends with `name`
// ("" for NULL), read with sqlite3 as a researcher would.
std::pair<std::string, std::string> StoredYear(const std::string& db_path,
                                               const std::string& name) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(raw,
                             "SELECT ifnull(year, ''), ifnull(year_source, '') FROM documents"
                             " WHERE source LIKE '%/' || ?1",
                             -1, &stmt, nullptr) == SQLITE_OK);
  sqlite3_bind_text(stmt, 1, name.c_str(), -1, SQLITE_TRANSIENT);
  std::pair<std::string, std::string> row{"?", "?"};
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    row = {reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
           reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))};
  }
  sqlite3_finalize(stmt);
  sqlite3_close(raw);
  return row;
}

}  // namespace

TEST_CASE("a text without a year takes its file name's year, and the source is recorded",
          "[corpus][db]") {
  // The Bộ Tài chính report starts at "Kính gửi:": its letterhead and date are missing, so its
  // text names no year. Under its corpus name it is dated 2025 by the name; under a name without
  // a year it has none. The 2021 dispatch has its year in its text.
  TempDir dir;
  std::filesystem::create_directory(dir.Join("texts"));
  const std::string report = CorpusPath("administrative/2025-vi-report-btc-pit-law-revision.txt");
  std::filesystem::copy_file(report, dir.Join("texts/2025-vi-report.txt"));
  std::filesystem::copy_file(report, dir.Join("texts/report.txt"));
  std::filesystem::copy_file(CorpusPath("gender-equality/2021-vi-dispatch.txt"),
                             dir.Join("texts/dispatch-2099.txt"));  // the text's 2021 wins
  std::string db_path = dir.Join("c.db");
  {
    auto db = OpenNew(db_path);
    auto files = congvan::CorpusFiles({dir.Join("texts")});
    REQUIRE(files.ok());
    for (const auto& f : *files) CHECK(*db->IndexFile(f, {}) == congvan::IndexOutcome::kIndexed);
    auto years = db->CountYearSources();
    REQUIRE(years.ok());
    CHECK(years->from_file_name == 1);
    CHECK(years->none == 1);

    // "thuế thu nhập cá nhân" is in the report; --year 2025 finds the dated copy only.
    congvan::SearchQuery q;
    q.text = "thuế thu nhập cá nhân";
    auto all = Hits(*db, q);
    std::set<std::string> sources;
    for (const auto& h : all) sources.insert(h.source.substr(h.source.rfind('/') + 1));
    CHECK(sources == std::set<std::string>{"2025-vi-report.txt", "report.txt"});
    q.year_from = q.year_to = 2025;
    for (const auto& h : Hits(*db, q)) CHECK(EndsWith(h.source, "/2025-vi-report.txt"));
    CHECK_FALSE(Hits(*db, q).empty());
  }
  CHECK(StoredYear(db_path, "2025-vi-report.txt") ==
        std::make_pair(std::string("2025"), std::string("file name")));
  CHECK(StoredYear(db_path, "report.txt") == std::make_pair(std::string(), std::string()));
  CHECK(StoredYear(db_path, "dispatch-2099.txt") ==
        std::make_pair(std::string("2021"), std::string("text")));
}

TEST_CASE("a schema 1 database is migrated: years marked as the text's, yearless rows re-read",
          "[corpus][db]") {
  TempDir dir;
  std::filesystem::create_directory(dir.Join("texts"));
  std::filesystem::copy_file(CorpusPath("administrative/2025-vi-report-btc-pit-law-revision.txt"),
                             dir.Join("texts/2025-vi-report.txt"));
  std::filesystem::copy_file(CorpusPath("gender-equality/2021-vi-dispatch.txt"),
                             dir.Join("texts/dispatch.txt"));
  std::string db_path = dir.Join("c.db");
  {
    auto db = OpenNew(db_path);
    for (const char* f : {"texts/2025-vi-report.txt", "texts/dispatch.txt"})
      REQUIRE(db->IndexFile(dir.Join(f), {}).ok());
  }
  // What schema 1 stored: no year_source column, and no year where the text names none.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &raw) == SQLITE_OK);
  CHECK(sqlite3_exec(raw,
                     "UPDATE documents SET year = NULL WHERE year_source = 'file name';"
                     "ALTER TABLE documents DROP COLUMN year_source; PRAGMA user_version = 1;",
                     nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(raw);

  auto db = OpenNew(db_path);  // migrates to schema 2
  CHECK(StoredYear(db_path, "dispatch.txt") ==
        std::make_pair(std::string("2021"), std::string("text")));
  CHECK(StoredYear(db_path, "2025-vi-report.txt") == std::make_pair(std::string(), std::string()));
  // Unchanged bytes, but the yearless row is read again and takes its file name's year.
  CHECK(*db->IndexFile(dir.Join("texts/dispatch.txt"), {}) == congvan::IndexOutcome::kSkipped);
  CHECK(*db->IndexFile(dir.Join("texts/2025-vi-report.txt"), {}) ==
        congvan::IndexOutcome::kReindexed);
  CHECK(StoredYear(db_path, "2025-vi-report.txt") ==
        std::make_pair(std::string("2025"), std::string("file name")));
}
