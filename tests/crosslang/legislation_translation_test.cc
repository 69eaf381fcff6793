// A Vietnamese law and an English translation of it (a shape test: the
// English is written here in the genre's style — "Article 1. Governing
// scope", clauses numbered as in Vietnamese — since commercial translations
// may not be committed). Articles must meet articles and clauses the clauses
// of the same number: the place of a provision survives translation, and
// the aligner uses it across languages (feature_space.h structural anchors).
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>

#include "congvan/cross_language.h"
#include "support/corpus.h"

using congvan::AlignAuto;
using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Language;

namespace {

const char* kEnglish =
    "LAW ON MOBILE POLICE\n"
    "Chapter I\nGENERAL PROVISIONS\n"
    "Article 1. Governing scope\n"
    "This Law provides for the position, functions, tasks, powers, organization and operation of "
    "the Mobile Police; conditions, regimes and policies for the Mobile Police; and "
    "responsibilities "
    "of relevant agencies, organizations and individuals.\n"
    "Article 2. Interpretation of terms\n"
    "In this Law, the terms below are construed as follows:\n"
    "1. Armed measures means the use of spiritual and physical strength, weapons, explosives, "
    "supporting tools, vehicles and professional technical equipment by the Mobile Police to "
    "perform "
    "its functions, tasks and powers.\n"
    "2. Officers and soldiers of the Mobile Police include commissioned officers, non-commissioned "
    "officers and soldiers of the Mobile Police.\n"
    "Article 3. Position and functions of the Mobile Police\n"
    "The Mobile Police is an armed force of the people within the People's Public Security of "
    "Vietnam and the core force applying armed measures to protect national security and ensure "
    "social order and safety.\n"
    "Article 4. Operating principles of the Mobile Police\n"
    "1. To be placed under the absolute and direct leadership of the Communist Party of Vietnam, "
    "the command of the State President, the unified state management of the Government and the "
    "direct command and management of the Minister of Public Security.\n"
    "2. To comply with the Constitution, laws of Vietnam and treaties to which the Socialist "
    "Republic of Vietnam is a contracting party.\n"
    "3. To rely on the People, promote the strength of the People and be subject to the "
    "supervision "
    "of the People; to protect the interests of the State and the lawful rights and interests of "
    "agencies, organizations and individuals in accordance with law.\n"
    "4. To closely combine armed measures with other working measures of the People's Public "
    "Security forces in performing assigned functions and tasks.\n"
    "5. To ensure concentrated and unified direction and command from the central to local "
    "levels.\n"
    "Article 5. Building of the Mobile Police\n"
    "1. The State shall build a revolutionary, regular, elite and modern Mobile Police and give "
    "priority to resources for its development.\n"
    "2. Vietnamese agencies, organizations and citizens shall participate in building a clean and "
    "strong Mobile Police.\n";

}  // namespace

TEST_CASE(
    "A law and its English translation: article to article, clause to clause of the same number",
    "[crosslang][legislation]") {
  Document vi =
      congvan::testing::ParseCorpus("legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt");
  Document en =
      congvan::testing::ParseString(kEnglish, congvan::testing::InLanguage(Language::kEnglish));
  Alignment a = AlignAuto(vi, en).value();
  // Every English provision (5 articles, 9 clauses) has its Vietnamese one,
  // with the same marker number and under the same article.
  std::map<std::string, std::string> en_to_vi;
  for (const Change& c : a.changes) {
    if (c.old_nodes.size() != 1 || c.new_nodes.size() != 1) continue;
    en_to_vi[c.new_nodes[0].path] = c.old_nodes[0].path;
  }
  int matched = 0;
  for (const auto& [en_path, vi_path] : en_to_vi) {
    INFO(en_path << " ← " << vi_path);
    // The Vietnamese law has chapters too, and the same article numbers: the
    // path's last two components (article.clause or chapter.article) agree.
    auto tail = [](const std::string& p) {
      size_t last = p.rfind('.');
      size_t before = last == std::string::npos ? std::string::npos : p.rfind('.', last - 1);
      return before == std::string::npos ? p : p.substr(before + 1);
    };
    CHECK(tail(en_path) == tail(vi_path));
    ++matched;
  }
  // Every English task (the chapter, 5 articles, their 9 clauses and the 3
  // unnumbered paragraphs) has its Vietnamese counterpart.
  CHECK(matched == en.TaskCount());
  CHECK(en.TaskCount() == 18);
}

TEST_CASE("The standard headings of legislation are concepts of the lexicon in both languages",
          "[crosslang][legislation]") {
  auto lexicon = congvan::DefaultLexicon();
  REQUIRE(lexicon.ok());
  auto concepts = [&](const std::string& text, Language lang) {
    std::set<std::string> ids;
    for (const auto& hit : (*lexicon)->Match(text, lang))
      ids.insert((*lexicon)->concept_id(hit.concept_index));
    return ids;
  };
  struct Heading {
    const char* vi;
    const char* en;
    const char* concept_id;
  };
  for (Heading h :
       {Heading{"Phạm vi điều chỉnh", "Governing scope", "governing_scope"},
        Heading{"Đối tượng áp dụng", "Regulated entities", "subjects_of_application"},
        Heading{"Giải thích từ ngữ", "Interpretation of terms", "interpretation_of_terms"},
        Heading{"Hiệu lực thi hành", "Entry into force", "entry_into_force"},
        Heading{"Trách nhiệm thi hành", "Responsibility for implementation",
                "implementation_responsibility"},
        Heading{"Điều khoản chuyển tiếp", "Transitional provisions", "transitional_provisions"}}) {
    INFO(h.vi << " / " << h.en);
    CHECK(concepts(h.vi, Language::kVietnamese).count(h.concept_id) == 1);
    CHECK(concepts(h.en, Language::kEnglish).count(h.concept_id) == 1);
  }
}
