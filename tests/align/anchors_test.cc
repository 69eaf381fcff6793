// The aligner's hand-written year and period scanner against the regular
// expressions it replaced (RE2), on the shapes real texts write.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "align/features.h"
#include "congvan/text_fold.h"
#include "support/corpus.h"

namespace {

std::multiset<std::string> ByScanner(const std::string& text) {
  std::vector<congvan::WeightedFeature> out;
  congvan::align_internal::ExtractAnchors(text, &out);
  std::multiset<std::string> keys;
  for (const auto& f : out) {
    if (f.key.rfind("a:y", 0) == 0 || (f.key.rfind("a:p", 0) == 0)) keys.insert(f.key);
  }
  return keys;
}

// The patterns of the regex implementation (periods with any dash and
// spaces; years not inside a date or a number).
std::multiset<std::string> ByRegex(const std::string& text) {
  static const RE2 period("((?:19|20)\\d\\d)\\s*(?:-|–|—|‐|‑)\\s*((?:19|20)\\d\\d)");
  static const RE2 from_to(
      "(?i)(?:from|từ)\\s+(?:năm\\s+)?((?:19|20)\\d\\d)\\s+(?:to|until|đến|tới)\\s+(?:năm\\s+)?((?:"
      "19|20)\\d\\d)");
  static const RE2 year("(?:^|[^\\d/.,])((?:19|20)\\d\\d)(?:$|[^\\d/])");
  std::multiset<std::string> keys;
  std::string a, b;
  re2::StringPiece in(text);
  while (RE2::FindAndConsume(&in, period, &a, &b)) keys.insert("a:p" + a + "-" + b);
  in = re2::StringPiece(text);
  while (RE2::FindAndConsume(&in, from_to, &a, &b)) keys.insert("a:p" + a + "-" + b);
  in = re2::StringPiece(text);
  while (RE2::FindAndConsume(&in, year, &a)) keys.insert("a:y" + a);
  return keys;
}

}  // namespace

TEST_CASE("Years and periods: the scanner finds what the regular expressions found",
          "[align][anchors]") {
  for (const std::string text : {
           "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
           "giai đoạn 2021 – 2030 và tầm nhìn đến năm 2045",
           "the 2021—2025 period, then 2026‐2030 and 2031‑2035",
           "từ năm 2021 đến năm 2030; from 2021 to 2030",
           "Quyết định số 2232/QĐ-TTg ngày 28/12/2020 và Nghị định 10/2019/NĐ-CP",
           "năm 2021. Năm 2022, năm 2023; (2024) 2025-",
           "1.2021 2021,5 2021/QĐ 12021 20210 1999 1899 2100",
           "2021-2030-2040 và 2021 - 2030 - 2040",
           "kỳ 2021 -\n2025 và 2019  –  2020",
           "2021",
       }) {
    INFO(text);
    CHECK(ByScanner(text) == ByRegex(text));
  }
}

namespace {

std::vector<std::string> NumberAndPercentKeys(const std::string& text) {
  std::vector<congvan::WeightedFeature> out;
  congvan::align_internal::ExtractAnchors(text, &out);
  std::vector<std::string> keys;
  for (const auto& f : out) {
    if (f.key.rfind("a:%", 0) == 0 || f.key.rfind("a:r", 0) == 0) keys.push_back(f.key);
  }
  return keys;
}

// The regular-expression searches the percentage and document-number
// scanners replaced (unanchored, leftmost, consuming), in the same order.
std::vector<std::string> NumberAndPercentKeysByRegex(const std::string& text) {
  static const RE2 percent("(\\d+(?:[.,]\\d+)?)\\s?%");
  static const RE2 number(
      "(\\d+(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|\\d+-\\p{Lu}+/\\p{Lu}+)");
  std::vector<std::string> keys;
  std::string a;
  re2::StringPiece in(text);
  while (RE2::FindAndConsume(&in, percent, &a)) keys.push_back("a:%" + a);
  in = re2::StringPiece(text);
  while (RE2::FindAndConsume(&in, number, &a)) keys.push_back("a:r" + congvan::FoldKey(a));
  return keys;
}

}  // namespace

TEST_CASE("Percentages and document numbers: the scanners find what the regular expressions found",
          "[align][anchors]") {
  for (const std::string text : {
           "đạt 50%, 30 % và 12,5% ; 1.2.3% 1,2,3% 2,5,% 5  % %5 100%%",
           "Quyết định số 2232/QĐ-TTg ngày 28/12/2020, Nghị định 10/2019/NĐ-CP, 1303/LĐTBXH-BĐG",
           "Nghị quyết 11-NQ/TW, 01/NQ-CP; Thông tư 03/2025/TT-BLĐTBXH2 và 12/2021/ và 5/a",
           "Decision No. 2232/QD-TTg dated 28/12/2020; Decree "
           "99/2022/ND-CP;123456789012345678901234567890123456789012345678901/QĐ",
       }) {
    INFO(text);
    CHECK(NumberAndPercentKeys(text) == NumberAndPercentKeysByRegex(text));
  }
  // Every line of every corpus text: the shapes real documents write.
  int lines = 0;
  for (const std::string& name : congvan::testing::CorpusTexts()) {
    std::string text = congvan::testing::ReadFile(congvan::testing::CorpusPath(name));
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      start = end + 1;
      if (line.find('/') == std::string::npos && line.find('%') == std::string::npos) continue;
      ++lines;
      INFO(name << ": " << line);
      REQUIRE(NumberAndPercentKeys(line) == NumberAndPercentKeysByRegex(line));
    }
  }
  CHECK(lines > 500);
}
