// Translated residue (engine/src/align/translated_residue.h): across
// languages, a provision left without a partner inside an article paired with
// its translation is the provision at the same place there.
//
// Real texts, outside the repository: Luật Trẻ em 102/2016/QH13 as the Pháp
// điển prints it and its commercial English translation (which may not be
// committed), in unseen/en9 beside $CONGVAN_UNSEEN_TEXTS (the crawl); see
// unseen/en9/PROVENANCE and DESIGN.md ("enpair9"). A small document built of a
// few of these articles does not show the fault: there the assignment pairs
// every paragraph; in the whole law the lexicon gives the lone paragraphs too
// little to share and other candidates take their places.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Language;

namespace {

bool Starts(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// The texts of the new tasks some change relates the old task starting
// `old_text` to; "(dropped)" when it is dropped.
std::vector<std::string> PartnersOf(const Alignment& a, const std::string& old_text) {
  std::vector<std::string> out;
  for (const Change& c : a.changes) {
    for (const auto& o : c.old_nodes) {
      if (!Starts(o.text, old_text)) continue;
      if (c.op == ChangeOp::kDropped) out.push_back("(dropped)");
      for (const auto& n : c.new_nodes) out.push_back(n.text);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("A provision of a translated article left unpaired is the one at its place (Luật Trẻ em)",
          "[align][translated-residue]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  std::string dir = std::string(std::getenv("CONGVAN_UNSEEN_TEXTS")) + "/../en9/";
  std::string vi_path = dir + "children_law_2016_vi_headed.txt";
  std::string en_path = dir + "children_law_2016_en.txt";
  if (!std::filesystem::exists(vi_path) || !std::filesystem::exists(en_path)) {
    WARN("unseen/en9 (the Law on Children and its translation) is not here: not run");
    return;
  }
  Document vi = congvan::testing::ParseString(congvan::testing::ReadFile(vi_path));
  Document en = congvan::testing::ParseString(congvan::testing::ReadFile(en_path),
                                              congvan::testing::InLanguage(Language::kEnglish));
  // Điều 28's only paragraph, and the paragraph under khoản 3 of Điều 61.
  const std::pair<const char*, const char*> pairs[] = {
      {"Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị mua bán",
       "Children have the right to be protected, in any form, from trafficking"},
      {"Việc nuôi con nuôi được thực hiện", "The child adoption must comply"},
  };
  for (bool vi_first : {true, false}) {
    INFO((vi_first ? "vi -> en" : "en -> vi"));
    Alignment a = vi_first ? congvan::Align(vi, en).value() : congvan::Align(en, vi).value();
    for (const auto& [vi_text, en_text] : pairs) {
      std::string from = vi_first ? vi_text : en_text;
      std::string to = vi_first ? en_text : vi_text;
      INFO("old: " << from);
      std::vector<std::string> partners = PartnersOf(a, from);
      REQUIRE(partners.size() == 1);
      CHECK(Starts(partners[0], to));
    }
  }
}
