// Redline: exact reassembly on real task pairs, readable clean-up, and the
// token cutter.
#include "congvan/redline.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"

namespace {

using congvan::Redline;
using congvan::RedlineOp;
using congvan::RedlineSegment;

std::string Side(const std::vector<RedlineSegment>& segs, bool old_side) {
  std::string s;
  for (const RedlineSegment& seg : segs) {
    if (seg.op == RedlineOp::kEqual ||
        seg.op == (old_side ? RedlineOp::kDelete : RedlineOp::kInsert)) {
      s += seg.text;
    }
  }
  return s;
}

int EditRuns(const std::vector<RedlineSegment>& segs) {
  int runs = 0;
  bool in_edit = false;
  for (const RedlineSegment& seg : segs) {
    bool edit = seg.op != RedlineOp::kEqual;
    if (edit && !in_edit) ++runs;
    in_edit = edit;
  }
  return runs;
}

void CheckWellFormed(const std::vector<RedlineSegment>& segs) {
  for (size_t i = 0; i < segs.size(); ++i) {
    CHECK(!segs[i].text.empty());
    if (i == 0) continue;
    // Never two segments of one op in a row; an insertion may follow a deletion.
    CHECK(segs[i].op != segs[i - 1].op);
    if (segs[i - 1].op == RedlineOp::kInsert) CHECK(segs[i].op == RedlineOp::kEqual);
  }
}

std::vector<std::string> TaskTexts(const std::string& rel) {
  std::vector<std::string> texts;
  congvan::Document doc = congvan::testing::ParseCorpus(rel);
  congvan::ForEachTask(doc.tasks, [&](const congvan::Node& n, int, const congvan::Node*) {
    texts.push_back(n.text.str());
  });
  return texts;
}

}  // namespace

TEST_CASE("redline tokens reassemble every corpus text", "[diff][redline]") {
  for (const std::string& rel : congvan::testing::CorpusTexts()) {
    std::string text = congvan::testing::ReadFile(congvan::testing::CorpusPath(rel));
    std::string joined;
    for (const std::string& t : congvan::RedlineTokens(text)) joined += t;
    CHECK(joined == text);
  }
  // Punctuation is its own token; whitespace runs are kept.
  std::vector<std::string> t = congvan::RedlineTokens("đẳng giới;  (2021–2030)");
  CHECK(t ==
        std::vector<std::string>{"đẳng", " ", "giới", ";", "  ", "(", "2021", "–", "2030", ")"});
}

TEST_CASE("redline reassembles old and new exactly on corpus task pairs", "[diff][redline]") {
  // Property test over every pair of tasks of two successive versions (and of
  // each version with itself): equal+delete = old, equal+insert = new.
  const std::pair<const char*, const char*> kPairs[] = {
      {"gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt"},
      {"gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt"},
      {"gender-equality/2024-en-qa-summary.txt", "gender-equality/2024-en-provincial-report.txt"}};
  int checked = 0;
  for (auto [a, b] : kPairs) {
    std::vector<std::string> olds = TaskTexts(a), news = TaskTexts(b);
    for (const std::string& o : olds) {
      for (const std::string& n : news) {
        auto segs = Redline(o, n);
        REQUIRE(Side(segs, true) == o);
        REQUIRE(Side(segs, false) == n);
        CheckWellFormed(segs);
        auto raw = Redline(o, n, {.max_absorbed_words = 0, .semantic_cleanup = false});
        REQUIRE(Side(raw, true) == o);
        REQUIRE(Side(raw, false) == n);
        ++checked;
      }
    }
  }
  CHECK(checked > 500);
}

TEST_CASE("identical and empty texts", "[diff][redline]") {
  auto same = Redline("Khen thưởng kịp thời.", "Khen thưởng kịp thời.");
  REQUIRE(same.size() == 1);
  CHECK(same[0].op == RedlineOp::kEqual);
  CHECK(Redline("", "").empty());
  auto ins = Redline("", "new text");
  REQUIRE(ins.size() == 1);
  CHECK(ins[0].op == RedlineOp::kInsert);
  auto del = Redline("old text", "");
  REQUIRE(del.size() == 1);
  CHECK(del[0].op == RedlineOp::kDelete);
}

TEST_CASE("a rewritten clause reads as one deletion and one insertion", "[diff][redline]") {
  // From 2024 → 2025 (praising task): the opening clause is rewritten, the
  // rest kept.
  std::string o =
      "Timely praising and commending individuals and units with outstanding achievements.";
  std::string n = "Reward and promptly praise individuals and units with outstanding achievements.";
  auto segs = Redline(o, n);
  REQUIRE(segs.size() == 3);
  CHECK(segs[0] == RedlineSegment{RedlineOp::kDelete, "Timely praising and commending"});
  CHECK(segs[1] == RedlineSegment{RedlineOp::kInsert, "Reward and promptly praise"});
  CHECK(segs[2].op == RedlineOp::kEqual);
  // Without the clean-up the same pair is confetti ("and" kept in the middle).
  auto raw = Redline(o, n, {.max_absorbed_words = 0, .semantic_cleanup = false});
  CHECK(EditRuns(raw) > EditRuns(segs));
}

TEST_CASE("the ends two texts share are equalities, cut only between whole tokens",
          "[diff][redline]") {
  // Decree 99/2022 (corpus/pairs), line 8, with its year changed: the texts
  // share every byte but the year's last digit, yet the year is one token
  // deleted and one inserted, not "202" kept and a digit replaced.
  std::string o =
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
      "địa phương ngày 22 tháng 11 năm 2019;";
  std::string n = o;
  n.replace(n.find("2019"), 4, "2025");
  auto segs = Redline(o, n);
  REQUIRE(segs.size() == 4);
  CHECK(segs[0] == RedlineSegment{RedlineOp::kEqual, o.substr(0, o.find("2019"))});
  CHECK(segs[1] == RedlineSegment{RedlineOp::kDelete, "2019"});
  CHECK(segs[2] == RedlineSegment{RedlineOp::kInsert, "2025"});
  CHECK(segs[3] == RedlineSegment{RedlineOp::kEqual, ";"});
  // Two edits around one shared word ("sự"), both inside the shared ends'
  // reach: the word is folded into one deletion and one insertion, as
  // anywhere else.
  std::string o2 = "Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;";
  std::string n2 = "Căn cứ Bộ luật Hình sự mới ngày 24 tháng 11 năm 2015;";
  auto segs2 = Redline(o2, n2);
  REQUIRE(segs2.size() == 4);
  CHECK(segs2[0] == RedlineSegment{RedlineOp::kEqual, "Căn cứ Bộ luật "});
  CHECK(segs2[1] == RedlineSegment{RedlineOp::kDelete, "Dân sự"});
  CHECK(segs2[2] == RedlineSegment{RedlineOp::kInsert, "Hình sự mới"});
  CHECK(segs2[3] == RedlineSegment{RedlineOp::kEqual, " ngày 24 tháng 11 năm 2015;"});
}

TEST_CASE("Vietnamese rewording keeps unchanged words equal", "[diff][redline]") {
  std::string o =
      "Tổ chức kiểm tra, thanh tra, xử lý vi phạm về bình đẳng giới thuộc phạm vi quản lý.";
  std::string n = "Tăng cường kiểm tra, thanh tra, xử lý nghiêm các vi phạm về bình đẳng giới.";
  auto segs = Redline(o, n);
  CHECK(Side(segs, true) == o);
  CHECK(Side(segs, false) == n);
  std::string equal;
  for (const auto& s : segs) {
    if (s.op == RedlineOp::kEqual) equal += s.text;
  }
  CHECK(equal.find("kiểm tra, thanh tra, xử lý") != std::string::npos);
  CHECK(equal.find("vi phạm về bình đẳng giới") != std::string::npos);
  CHECK(EditRuns(segs) <= 3);
}

TEST_CASE("NFC and NFD spellings of a word differ as bytes but never split a letter",
          "[diff][redline]") {
  std::string nfc = "Ủy ban";
  std::string nfd =
      "U\xCC\x89\xCC\x9B"
      "y ban";  // U + hook above + horn: not the same letter
  auto segs = Redline(nfc, nfd);
  CHECK(Side(segs, true) == nfc);
  CHECK(Side(segs, false) == nfd);
  for (const auto& s : segs) {
    // No segment starts with a combining mark (U+0300..U+036F: CC 80..CD AF).
    unsigned char c0 = static_cast<unsigned char>(s.text[0]);
    CHECK(!(c0 == 0xCC || c0 == 0xCD));
  }
}
