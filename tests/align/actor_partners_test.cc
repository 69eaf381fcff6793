// Actor partners (engine/src/align/actor_partners.h) and the reading of a
// named actor (engine/src/align/named_actors.h): a provision that names who
// acts is paired with the free provision of the other version naming the same
// actor, not with one naming another or none.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH
// (tests/diff/expected/2021-circular-29_2025-circular-03.tsv). New Điều 5
// khoản 2 "Hằng năm, các bộ quản lý ngành, lĩnh vực chủ động rà soát …" (182)
// is old Điều 9 khoản 3 "Bộ quản lý ngành, lĩnh vực rà soát nghề, công việc …"
// (196); the assignment gave it old Điều 9 khoản 1 điểm a "Việc rà soát, đánh
// giá phải được thực hiện đối với nghề, công việc thuộc ngành, lĩnh vực cụ
// thể." (166), more alike by text. Second real text, when
// $CONGVAN_UNSEEN_TEXTS names the team's unseen laws (/work/unseen/crawl; not
// in the corpus): Luật Đất đai 2013 → 2024, where the commune's duty to
// cooperate in compensation (2013 Điều 69 khoản 1 điểm b, line 672) is 2024
// Điều 87 khoản 2 điểm c (1004), not the land user's (673).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/named_actors.h"
#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::align_internal::ActorAgreement;
using congvan::align_internal::CompareActors;
using congvan::align_internal::NamedActor;
using congvan::align_internal::NamedActorReadWhole;
using congvan::align_internal::VocabularyFor;
using congvan::testing::FindChange;

TEST_CASE("A clause is paired with the clause naming the same actor (circular 29/2021 → 03/2025)",
          "[align][actor_partners]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 196, 182) != nullptr);
  CHECK(FindChange(a, 166, 182) == nullptr);
  Alignment back = congvan::Align(new_doc, old_doc).value();
  CHECK(FindChange(back, 182, 196) != nullptr);
  CHECK(FindChange(back, 182, 166) == nullptr);
}

TEST_CASE("The actor a provision names, read off its opening words", "[align][actor_partners]") {
  const auto& vi = VocabularyFor(congvan::Language::kVietnamese, "").actors;
  auto ministry = NamedActor(
      "Hằng năm, các bộ quản lý ngành, lĩnh vực chủ động rà soát điều kiện lao động", vi);
  CHECK(CompareActors(ministry, NamedActor("Bộ quản lý ngành, lĩnh vực rà soát nghề, công việc",
                                           vi)) == ActorAgreement::kSame);
  CHECK(NamedActor("Việc rà soát, đánh giá phải được thực hiện đối với nghề", vi).empty());
  // A point's verb is no body; a subject's own comma is no adverbial.
  CHECK(NamedActor("Tổ chức triển khai xây dựng cơ sở dữ liệu đất đai", vi).empty());
  CHECK(NamedActor("Tổ chức kinh tế, người Việt Nam định cư ở nước ngoài", vi).empty());
  // The levels of a People's Committee cannot be told from six words apart.
  CHECK(CompareActors(NamedActor("Ủy ban nhân dân cấp tỉnh quyết định thu hồi đất", vi),
                      NamedActor("Ủy ban nhân dân cấp huyện quyết định thu hồi đất", vi)) ==
        ActorAgreement::kUnknown);
  CHECK(CompareActors(NamedActor("Người sử dụng lao động phải kiểm soát", vi), ministry) ==
        ActorAgreement::kOther);
  // Passive: the agent after "do"; a minister is his ministry.
  CHECK(CompareActors(NamedActor("Dự án do Thủ tướng Chính phủ quyết định đầu tư theo đề nghị", vi),
                      NamedActor("Thủ tướng Chính phủ quyết định chủ trương đầu tư dự án", vi)) ==
        ActorAgreement::kSame);
  CHECK(NamedActor("Bộ trưởng Bộ Công an quyết định", vi)[0] == "bộ");
  CHECK(NamedActor("Bộ trưởng Bộ Công an quyết định", vi)[1] == "công");
}

TEST_CASE("Vietnamese actors are read through the fold: case and the tone's place",
          "[align][actor_partners]") {
  const auto& vi = VocabularyFor(congvan::Language::kVietnamese, "").actors;
  // "Uỷ" (the old tone placement) and a heading's capitals are the same body.
  CHECK(CompareActors(NamedActor("Uỷ ban nhân dân cấp tỉnh có trách nhiệm", vi),
                      NamedActor("ỦY BAN NHÂN DÂN CẤP TỈNH CÓ TRÁCH NHIỆM", vi)) ==
        ActorAgreement::kSame);
  CHECK(!NamedActor("Uỷ ban nhân dân cấp tỉnh có trách nhiệm", vi).empty());
}

// English: the subject before the modal. Real openings from the corpus's
// English texts: tests/parse/texts/en-translated-decree.txt ("The Minister of
// Home Affairs shall provide guidance on this Article.", "A public service
// provider must meet the following conditions"),
// corpus/gender-equality/2025-en-news-summary.txt ("In the Official Letter,
// the Ministry of Home Affairs guides …"), 2024-en-qa-summary.txt
// ("Ministries assigned specific responsibilities in the Strategy should
// proactively organize …") and the joint statement of 2025 ("The United
// States and Viet Nam will …", two states, no body of a text's own).
TEST_CASE("English actors: the body that opens a duty's subject", "[align][actor_partners]") {
  const auto& en = VocabularyFor(congvan::Language::kEnglish, "").actors;
  auto home_affairs =
      NamedActor("The Minister of Home Affairs shall provide guidance on this Article.", en);
  REQUIRE(home_affairs == std::vector<std::string>{"ministry", "of", "home", "affairs"});
  CHECK(CompareActors(NamedActor("In the Official Letter, the Ministry of Home Affairs guides "
                                 "specific guidance on improving the capacity",
                                 en),
                      home_affairs) == ActorAgreement::kSame);
  auto ministries = NamedActor(
      "Ministries assigned specific responsibilities in the Strategy should proactively organize",
      en);
  CHECK(CompareActors(ministries, home_affairs) == ActorAgreement::kOther);
  CHECK(NamedActor("A public service provider must meet the following conditions:", en).empty());
  CHECK(NamedActor("The United States and Viet Nam will continue to work together", en).empty());
  // The brief's forms of English legislation: the Government; qualifying
  // words before the head when a modal closes the subject; the passive.
  CHECK(NamedActor("The Government shall detail this Article.", en) ==
        std::vector<std::string>{"government"});
  auto provinces = NamedActor("Provincial People's Committees shall organise the survey.", en);
  CHECK(provinces == std::vector<std::string>{"provincial", "people's", "committees"});
  CHECK(CompareActors(provinces, NamedActor("District-level People's Committees shall organise "
                                            "the survey.",
                                            en)) == ActorAgreement::kOther);
  CHECK(NamedActor("Documents of agencies shall be kept for ten years.", en).empty());
  CHECK(NamedActor("Provincial People's Committees, within their remit", en).empty());
  CHECK(CompareActors(NamedActor("Projects decided by the Prime Minister are reported", en),
                      NamedActor("The Prime Minister shall decide on the projects", en)) ==
        ActorAgreement::kSame);
}

namespace {

// Every task's text in preorder.
void CollectTexts(std::span<const congvan::Node> nodes, std::vector<std::string>* out) {
  for (const congvan::Node& n : nodes) {
    out->emplace_back(n.text.data(), n.text.size());
    CollectTexts(n.children, out);
  }
}

}  // namespace

TEST_CASE("The first look on the opening word reads every actor the whole read does",
          "[align][actor_partners]") {
  long named = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::vector<std::string> tasks;
    Document doc = congvan::testing::ParseString(text);
    CollectTexts(doc.tasks, &tasks);
    const auto& words = VocabularyFor(doc.language, "").actors;
    for (const std::string& t : tasks) {
      auto whole = NamedActorReadWhole(t, words);
      named += whole.empty() ? 0 : 1;
      INFO(t);
      REQUIRE(NamedActor(t, words) == whole);
    }
  }
  CHECK(named > 100);
}

TEST_CASE("A duty is paired with the same body's duty (Luật Đất đai 2013 → 2024)",
          "[align][actor_partners]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Document new_doc = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2024.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const congvan::Change* commune = FindChange(a, 672, 1004);
  REQUIRE(commune != nullptr);
  // The land user's clause 673 is not 1004's one-to-one partner (the actors
  // differ), but it joins the commune's pair as a merge piece
  // (neighbour_merges.h: 1004 names "người có đất thu hồi" too).
  const congvan::Change* user = FindChange(a, 673, 1004);
  CHECK(user == commune);
  CHECK(commune->old_nodes.size() == 2);
}
