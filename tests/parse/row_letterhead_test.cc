// Letterhead facts the session-41 readers of new sources found (branch
// facts11): a Word letterhead table read row by row interleaves the issuer's
// column with the national motto's; an e-office draft leaves the day blank on
// its place-date line; an inspection team's letterhead names the decision
// that set it up. Each case reads a real excerpt (tests/parse/real/
// metadata.tsv) and fails with its rule removed.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::testing::ParseRealExcerpt;

// "UBND TỈNH LÀO CAI" / "CỘNG HÒA XÃ HỘI …" / "SỞ CÔNG THƯƠNG" / "Độc lập …":
// the issuer column goes on past the motto's lines (metadata.cc, LastBody),
// so the department, the column's last body, issues the text, not the province.
TEST_CASE("A letterhead read row by row: the issuer column goes on past the motto",
          "[parse][metadata][issuer]") {
  congvan::Document dispatch = ParseRealExcerpt(
      "2026-vi-dispatch-laocai-sct-chemical-reports-row-letterhead-docx-excerpt.txt");
  CHECK(dispatch.meta.issuer == "SỞ CÔNG THƯƠNG");
  // "ỦY BAN NHÂN DÂN" / "CỘNG HOÀ …" / "TỈNH LÀO CAI": the place after the
  // motto's line still completes the generic body's name.
  congvan::Document report =
      ParseRealExcerpt("2026-vi-report-laocai-ubnd-explosives-row-letterhead-docx-excerpt.txt");
  CHECK(report.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
}

// "Lào Cai, ngày       tháng 6 năm 2026" over the subject "V/v … năm 2025":
// the blank day gives no date, but the place-date line still gives the year
// (grammars/vi.xml, the header year pattern; metadata.cc, DocumentYear).
TEST_CASE("A place-date line with its day left blank gives the year before the title's",
          "[parse][metadata][year]") {
  congvan::Document doc =
      ParseRealExcerpt("2026-vi-dispatch-laocai-sct-chemicals-blank-number-docx.txt");
  CHECK(doc.meta.date.empty());
  CHECK(doc.meta.year == 2026);
}

// "SỞ CÔNG THƯƠNG" / "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT" /
// … / "Số: 1105/KH-ĐKT": the line naming the setting-up decision is the
// letterhead's (a top cue), and the number under it is that decision's
// (metadata.cc, CitedByLineBefore): the plan's own number and title are read.
TEST_CASE("An inspection team's letterhead: the setting-up decision is not the document",
          "[parse][metadata][number][roles]") {
  congvan::Document doc =
      ParseRealExcerpt("2026-vi-plan-laocai-sct-inspection-team-letterhead-excerpt.txt");
  CHECK(doc.meta.number == "1105/KH-ĐKT");
  CHECK(doc.meta.kind == "Kế hoạch");
  CHECK(doc.meta.title.starts_with("KẾ HOẠCH Kiểm tra việc chấp hành"));
}

// "SỞ CÔNG THƯƠNG LÀO CAI" / "ĐOÀN KIỂM TRA" / "Số:   /ĐKT-SCT": a department's
// name is an issuing body's line (grammars/vi.xml, the issuer cue "sở <word>",
// which matched only a one-letter word: "Sở Y tế" but not "Sở Công Thương"),
// so the team's letterhead is no title; the report's is.
TEST_CASE("A department's name opens the letterhead, not the title", "[parse][roles][issuer]") {
  congvan::Document doc =
      ParseRealExcerpt("2026-vi-report-laocai-sct-inspection-team-docx-excerpt.txt");
  CHECK(doc.meta.title.starts_with("BÁO CÁO Kết quả kiểm tra"));
  CHECK(doc.meta.kind == "Báo cáo");
}
