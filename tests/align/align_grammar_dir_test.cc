// The aligner reads its words from the grammars it is told
// (AlignOptions::grammar_dir, set by `congvan diff --grammars DIR` and
// `congvan timeline --grammars DIR`): who acts in a provision and how a text
// defines a short name are <align-words> of the grammar file, so a user's
// grammars change the alignment as they change the parse.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH
// (as tests/align/actor_partners_test.cc). New Điều 5 khoản 2 "Hằng năm, các
// bộ quản lý ngành, lĩnh vực chủ động rà soát …" (line 182) is old Điều 9
// khoản 3 "Bộ quản lý ngành, lĩnh vực rà soát …" (196) because both name the
// ministry ("bộ", an actor head of grammars/vi.xml); a copy of the grammars
// without that head leaves the pair to the text, which gives old Điều 9
// khoản 1 điểm a (166). An unchanged copy aligns as the default grammars do.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "congvan/grammar_dir.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"
#include "support/grammar_copy.h"

using congvan::Alignment;
using congvan::AlignOptions;
using congvan::Document;
using congvan::testing::FindChange;
using congvan::testing::GrammarCopy;

namespace {

const char kOld[] = "pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt";
const char kNew[] = "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt";

}  // namespace

TEST_CASE("Align() reads the actor words of the grammars it is given", "[align][grammar_dir]") {
  Document old_doc = congvan::testing::ParseCorpus(kOld);
  Document new_doc = congvan::testing::ParseCorpus(kNew);
  GrammarCopy same("align-same", "", "");
  GrammarCopy no_ministry("align-no-ministry", "<heads>bộ; ", "<heads>");
  AlignOptions options;
  Alignment by_default = congvan::Align(old_doc, new_doc, options).value();
  CHECK(FindChange(by_default, 196, 182) != nullptr);
  options.grammar_dir = same.path();
  CHECK(FindChange(congvan::Align(old_doc, new_doc, options).value(), 196, 182) != nullptr);
  options.grammar_dir = no_ministry.path();
  Alignment without = congvan::Align(old_doc, new_doc, options).value();
  CHECK(FindChange(without, 196, 182) == nullptr);
  CHECK(FindChange(without, 166, 182) != nullptr);
}

TEST_CASE("congvan diff --grammars DIR aligns with DIR's words", "[cli][align][grammar_dir]") {
  const std::string old_path = congvan::testing::CorpusPath(kOld);
  const std::string new_path = congvan::testing::CorpusPath(kNew);
  GrammarCopy same("diff-same", "", "");
  GrammarCopy no_ministry("diff-no-ministry", "<heads>bộ; ", "<heads>");
  auto diff = [&](const std::string& grammars) {
    auto r = congvan::testing::RunCongvan(
        {"diff", "--format", "json", "--grammars", grammars, old_path, new_path});
    INFO(r.err);
    CHECK(r.exit_code == 1);  // something changed
    return r.out;
  };
  const std::string by_default = diff(congvan::DefaultGrammarDir());
  CHECK(diff(same.path()) == by_default);
  CHECK(diff(no_ministry.path()) != by_default);
}
