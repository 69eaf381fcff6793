// The translated residue stage (engine/src/align/translated_residue.h) run
// alone, on a matching built by hand: which lone provisions it pairs across
// languages and which it refuses. Runs without the unseen texts (the law-wide
// case is tests/align/translated_residue_test.cc).
//
// Vietnamese: Điều 64 and 65 of Luật Trẻ em 102/2016/QH13, as the Pháp điển
// subject page "Trẻ em" prints them (repository diepxuan/diepxuan.github.io,
// van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/tre-em.md, snapshot fbaa690e;
// a legal normative text, outside copyright), in
// tests/align/fixtures/2016-vi-luat-tre-em-dieu-64-65.txt. English: the same
// two articles written for this test in the shape translations of Vietnamese
// laws have ("Article 64.", "1.", "a)"), not copied from any translation
// (the commercial ones may not be committed). Each tree: article 64 with
// clauses 1 and 2 of two points each, article 65 with five clauses.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "align/align_input.h"
#include "align/groups.h"
#include "align/provision_gaps.h"
#include "align/translated_residue.h"
#include "support/corpus.h"

using congvan::AlignOptions;
using congvan::Document;
using congvan::Language;
using congvan::align_internal::AlignInput;
using congvan::align_internal::Groups;
using congvan::align_internal::LonePairsInGaps;
using congvan::align_internal::Matching;
using congvan::align_internal::MatchTranslatedResidue;
using congvan::align_internal::PairOneToOne;

namespace {

constexpr const char* kEnglish =
    R"(Article 64. Responsibilities and rights of persons giving substitute care

1. A person giving substitute care has the following responsibilities:

a) To keep the child safe and let the child exercise the rights and duties of a child as far as the person's own conditions allow;

b) To inform the commune-level People's Committee where the person resides of the child's physical and mental health and integration six months after taking the child into care and every year after that, and at once when something unexpected happens.

2. A person giving substitute care has the following rights:

a) To be given priority for loans, vocational training, help in finding work and health care in times of hardship;

b) To receive funding for the care of the child as the law provides, and support from agencies, organizations, families and individuals for giving that care.

Article 65. Registration for substitute care

1. Persons and families who wish to take a child into substitute care and meet the conditions in clause 2 Article 63 of this Law shall register with the commune-level People's Committee where they reside.

2. The commune-level People's Committee shall list the registered persons and families who meet the conditions and send the list to the district-level authority for labour, war invalids and social affairs.

3. The district-level authority for labour, war invalids and social affairs shall manage the lists together with the commune-level People's Committees and coordinate the choice of persons and families when a child needs substitute care.

4. Relatives of a child who take the child into substitute care need not register under clause 1 of this Article but shall notify the commune-level People's Committee where they reside, which decides on the substitute care.

5. The Government shall detail the procedures for registration, listing and coordinating the choice of persons and families giving substitute care.
)";

// The task indexes of both trees (preorder, the same in each language).
constexpr int kArticle64 = 0, kClause1 = 1, kPoint1a = 2, kPoint1b = 3, kClause2 = 4, kPoint2a = 5,
              kPoint2b = 6, kArticle65 = 7, kTasks = 13;

Document Vietnamese() {
  return congvan::testing::ParseString(
      congvan::testing::ReadFile(std::string(CONGVAN_SOURCE_DIR) +
                                 "/tests/align/fixtures/2016-vi-luat-tre-em-dieu-64-65.txt"));
}

Document English() {
  return congvan::testing::ParseString(kEnglish, congvan::testing::InLanguage(Language::kEnglish));
}

// The stage's input and a matching built pair by pair (PairOneToOne, as the
// stages before it leave theirs).
struct Stage {
  Stage(const Document& old_doc, const Document& new_doc)
      : input(old_doc, new_doc, options),
        matching{std::vector<int>(input.old_tasks.size(), -1),
                 std::vector<int>(input.new_tasks.size(), -1)} {
    groups.split_pieces.resize(input.old_tasks.size());
    groups.merge_pieces.resize(input.new_tasks.size());
    groups.cp_old.resize(input.old_tasks.size());
    groups.cp_new.resize(input.new_tasks.size());
  }
  void Pair(int o, int n) { PairOneToOne(o, n, &matching, &groups); }
  // Every task with its like except those of `unpaired` (on both sides).
  void PairAllBut(const std::vector<int>& unpaired) {
    for (int i = 0; i < kTasks; ++i) {
      if (std::find(unpaired.begin(), unpaired.end(), i) == unpaired.end()) Pair(i, i);
    }
  }
  void Run() { MatchTranslatedResidue(input, &matching, &groups); }
  int PartnerOf(int o) const { return matching.old_to_new[static_cast<size_t>(o)]; }

  AlignOptions options;
  AlignInput input;
  Matching matching;
  Groups groups;
};

void CheckShape(const Stage& stage) {
  REQUIRE(stage.input.cross_language);
  for (const auto* tasks : {&stage.input.old_tasks, &stage.input.new_tasks}) {
    REQUIRE(tasks->size() == kTasks);
    CHECK((*tasks)[kArticle64].ordinal == 64);
    CHECK((*tasks)[kArticle65].ordinal == 65);
    CHECK((*tasks)[kPoint1a].depth == (*tasks)[kPoint2a].depth);
    CHECK((*tasks)[kPoint1a].ordinal == (*tasks)[kPoint2a].ordinal);
  }
}

}  // namespace

TEST_CASE("Translated residue pairs the lone provision at the same place, not another's",
          "[align][translated-residue]") {
  const Document vi = Vietnamese(), en = English();
  Stage stage(vi, en);
  CheckShape(stage);
  // Điều 64 khoản 2 điểm a and its translation, left by the stages before.
  stage.PairAllBut({kPoint2a});
  stage.Run();
  CHECK(stage.PartnerOf(kPoint2a) == kPoint2a);
  // A lone pair at another place is refused: old 2b paired with a clause of
  // article 65, whose old clause 1 is paired with new 2a, leaves old 2a alone
  // in its gap (new clause 2 to the end of article 64) with new 2b, a point
  // "b".
  Stage elsewhere(vi, en);
  for (int i = 0; i < kTasks; ++i) {
    if (i != kPoint2a && i != kPoint2b && i != kArticle65 + 1) elsewhere.Pair(i, i);
  }
  elsewhere.Pair(kPoint2b, kArticle65 + 1);
  elsewhere.Pair(kArticle65 + 1, kPoint2a);
  REQUIRE(LonePairsInGaps(elsewhere.input, elsewhere.matching, elsewhere.groups, kArticle64,
                          kArticle64) == std::vector<std::pair<int, int>>{{kPoint2a, kPoint2b}});
  elsewhere.Run();
  CHECK(elsewhere.PartnerOf(kPoint2a) == -1);
}

TEST_CASE("Translated residue pairs nothing between two acts (MayBeOneAct)",
          "[align][translated-residue]") {
  Document vi = Vietnamese(), en = English();
  vi.meta.number = "102/2016/QH13";
  vi.meta.year = 2016;
  auto paired = [&](const Document& translation) {
    Stage stage(vi, translation);
    stage.PairAllBut({kPoint2a});
    stage.Run();
    return stage.PartnerOf(kPoint2a) == kPoint2a;
  };
  CHECK(paired(en));  // the translation's number and year not read: may be one act
  en.meta.number = "102/2016/QH13";
  en.meta.year = 2016;
  CHECK(paired(en));
  Document other_number = en;
  other_number.meta.number = "25/2004/QH11";
  CHECK_FALSE(paired(other_number));
  Document other_year = en;
  other_year.meta.year = 2004;
  CHECK_FALSE(paired(other_year));
}

TEST_CASE("Translated residue pairs a new provision two old ones claim with neither",
          "[align][translated-residue]") {
  const Document vi = Vietnamese(), en = English();
  Stage stage(vi, en);
  CheckShape(stage);
  // Matched provisions that cross (as the assignment may leave them): old
  // clause 1 with new clause 2, old 1b with new 2b, old clause 2 with new 1b,
  // old 2b with a clause of the next article. Old 1a's gap is then (2, 2b)
  // and old 2a's (1b, end of article 64): both hold new 2a alone, and both
  // old points are "a" under a clause, the same place as new 2a.
  stage.Pair(kArticle64, kArticle64);
  stage.Pair(kClause1, kClause2);
  stage.Pair(kPoint1b, kPoint2b);
  stage.Pair(kClause2, kPoint1b);
  stage.Pair(kPoint2b, kArticle65 + 1);
  stage.Pair(kArticle65, kArticle65);
  stage.Pair(kArticle65 + 1, kClause1);
  for (int i = kArticle65 + 2; i < kTasks; ++i) stage.Pair(i, i);
  REQUIRE(LonePairsInGaps(stage.input, stage.matching, stage.groups, kArticle64, kArticle64) ==
          std::vector<std::pair<int, int>>{{kPoint1a, kPoint2a}, {kPoint2a, kPoint2a}});
  stage.Run();
  CHECK(stage.PartnerOf(kPoint1a) == -1);
  CHECK(stage.PartnerOf(kPoint2a) == -1);
  CHECK(stage.matching.new_to_old[kPoint2a] == -1);
}
