// grammar/recent_fields.h: an entry answers only its own grammar generation
// and name; the oldest goes first; long names and generation 0 are not kept.
// And FindMeta, which asks it first, answers each of two grammars asked in
// turn (the same field names, other fields) as each alone.
#include "grammar/recent_fields.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/grammar.h"

using congvan::grammar_internal::RecentFields;

TEST_CASE("Recent fields answer their own grammar and name only", "[grammar][meta]") {
  RecentFields<int> recent{};
  int action = 1, target = 2, other = 3;
  CHECK(recent.Find(1, "action") == nullptr);
  recent.Remember(1, "action", &action);
  recent.Remember(1, "target", &target);
  CHECK(recent.Find(1, "action") == &action);
  CHECK(recent.Find(1, "target") == &target);
  CHECK(recent.Find(2, "action") == nullptr);  // another grammar
  CHECK(recent.Find(1, "actio") == nullptr);
  CHECK(recent.Find(1, "actions") == nullptr);
  recent.Remember(2, "action", &other);
  CHECK(recent.Find(2, "action") == &other);
  CHECK(recent.Find(1, "action") == &action);
  recent.Remember(0, "reference", &other);  // no generation: not kept
  CHECK(recent.Find(0, "reference") == nullptr);
  recent.Remember(1, std::string(40, 'x'), &other);  // too long: not kept
  CHECK(recent.Find(1, std::string(40, 'x')) == nullptr);
  recent.Remember(1, "a", &other);
  recent.Remember(1, "b", &other);
  recent.Remember(1, "c", &other);  // four since "action": it went first
  CHECK(recent.Find(1, "action") == nullptr);
  CHECK(recent.Find(1, "c") == &other);
}

TEST_CASE("FindMeta answers two grammars asked in turn as each alone", "[grammar][meta]") {
  auto vi = congvan::Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  auto vi2 = congvan::Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  auto en = congvan::Grammar::LoadForLanguage("", congvan::Language::kEnglish);
  REQUIRE(vi.ok());
  REQUIRE(vi2.ok());
  REQUIRE(en.ok());
  const std::vector<std::string> texts = {
      "Sửa đổi, bổ sung khoản 2 Điều 5 như sau:", "Bãi bỏ điểm c khoản 1 Điều 7.",
      "Article 5 is amended as follows:", "Nghị định số 15/2020/NĐ-CP ngày 3 tháng 2 năm 2020",
      "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:"};
  auto answer = [](const congvan::Grammar& g, const std::string& field, const std::string& text) {
    std::string out;
    for (const auto& m : g.FindMeta(field, text)) {
      out += std::to_string(m.begin) + "-" + std::to_string(m.end) + ";";
      for (const auto& [k, v] : m.groups) out += k + "=" + v + ";";
    }
    return out;
  };
  std::vector<std::string> alone;
  for (const auto* g : {&**vi, &**en}) {
    for (const char* field : {"action", "target", "reference"}) {
      for (const std::string& text : texts) alone.push_back(answer(*g, field, text));
    }
  }
  // In turn: each question goes to another grammar than the one before.
  size_t k = 0;
  for (int round = 0; round < 2; ++round) {
    size_t vi_k = 0, en_k = 0;
    for (const char* field : {"action", "target", "reference"}) {
      for (const std::string& text : texts) {
        CHECK(answer(round == 0 ? **vi : **vi2, field, text) == alone[vi_k++]);
        CHECK(answer(**en, field, text) == alone[texts.size() * 3 + en_k++]);
        ++k;
      }
    }
  }
  CHECK(k == 30);
  CHECK(alone[0] != "");  // vi reads its amending verb
}
