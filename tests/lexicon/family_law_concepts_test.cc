// The vocabulary of marriage and family in both languages (the lexicon's
// "family" block). The Law on Marriage and Family (52/2014/QH13, unseen crawl)
// and its English translation met only through article numbers: a one-paragraph
// article on the support obligation ("cấp dưỡng") or a lead-in on the spouses'
// obligations shared no concept with its translation, so the paragraph came out
// dropped and its translation added. The
// Vietnamese side here is the law's own text; the English is written in the
// translation's shape (translations may not be committed).
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "congvan/lexicon.h"
#include "support/corpus.h"

using congvan::ConceptHit;
using congvan::Document;
using congvan::Language;
using congvan::Lexicon;
using congvan::Node;

namespace {

std::set<std::string> Concepts(const Lexicon& lex, std::string_view text, Language lang) {
  std::set<std::string> ids;
  for (const ConceptHit& h : lex.Match(text, lang)) ids.insert(lex.concept_id(h.concept_index));
  return ids;
}

std::set<std::string> Shared(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
  return out;
}

}  // namespace

TEST_CASE(
    "The support obligation of the Law on Marriage and Family and its translation share "
    "their concepts",
    "[lexicon][crosslang]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  auto loaded = Lexicon::Load(congvan::DefaultLexiconPath());
  REQUIRE(loaded.ok());
  const Lexicon& lex = **loaded;
  Document vi = congvan::testing::ParseUnseen("dan_su/Luật_Hôn_nhân_và_gia_đình_2014.txt");

  // Điều 110 (its one paragraph) and Điều 111.
  const Node* parents_to_children = congvan::testing::FindTask(vi, "Cha, mẹ có nghĩa vụ cấp dưỡng");
  const Node* children_to_parents = congvan::testing::FindTask(vi, "Con đã thành niên không sống");
  REQUIRE(parents_to_children != nullptr);
  REQUIRE(children_to_parents != nullptr);

  auto shared110 = Shared(
      Concepts(lex, parents_to_children->text.view(), Language::kVietnamese),
      Concepts(lex,
               "Parents have the obligation to provide support for their minor children and for "
               "adult children who have no working capacity and no property to support "
               "themselves, where the parents do not live with the children or live with them "
               "but violate the obligation to raise them.",
               Language::kEnglish));
  for (const char* id : {"parent", "support_obligation", "minor_child", "working_capacity"}) {
    CAPTURE(id);
    CHECK(shared110.count(id) == 1);
  }

  auto shared111 = Shared(
      Concepts(lex, children_to_parents->text.view(), Language::kVietnamese),
      Concepts(lex,
               "Adult children who do not live with their parents have the obligation to provide "
               "support for their parents where the parents have no working capacity and no "
               "property to support themselves.",
               Language::kEnglish));
  for (const char* id : {"parent", "support_obligation", "working_capacity"}) {
    CAPTURE(id);
    CHECK(shared111.count(id) == 1);
  }

  // Điều 37's lead-in: its words differ from the translation's but for the
  // spouses and the obligations.
  const Node* common_obligations = congvan::testing::FindTask(vi, "Vợ chồng có các nghĩa vụ chung");
  REQUIRE(common_obligations != nullptr);
  auto shared37 =
      Shared(Concepts(lex, common_obligations->text.view(), Language::kVietnamese),
             Concepts(lex, "Husband and wife have the following common property obligations:",
                      Language::kEnglish));
  for (const char* id : {"husband_and_wife", "obligation"}) {
    CAPTURE(id);
    CHECK(shared37.count(id) == 1);
  }
}

TEST_CASE("Spouses, divorce and surrogacy are concepts in both languages", "[lexicon]") {
  auto loaded = Lexicon::Load(congvan::DefaultLexiconPath());
  REQUIRE(loaded.ok());
  const Lexicon& lex = **loaded;
  // Words of Articles 5, 51 and 94 of the law, and their translation's words.
  auto vi = Concepts(lex,
                     "vợ chồng ly hôn; mang thai hộ vì mục đích nhân đạo; tài sản chung; "
                     "người giám hộ; Tòa án",
                     Language::kVietnamese);
  auto en = Concepts(lex,
                     "the husband and wife divorce; altruistic gestational surrogacy; common "
                     "property; the guardian; the court",
                     Language::kEnglish);
  for (const char* id : {"husband_and_wife", "divorce", "surrogacy", "humanitarian",
                         "common_property", "guardian", "court"}) {
    CAPTURE(id);
    CHECK(vi.count(id) == 1);
    CHECK(en.count(id) == 1);
  }
  // "con" alone is no concept: folded it is "còn" ("still").
  CHECK(Concepts(lex, "còn hiệu lực", Language::kVietnamese).count("common_child") == 0);
}
