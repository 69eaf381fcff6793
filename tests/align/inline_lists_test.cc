// Inline lists (engine/src/align/inline_lists.h): a lead-in whose points were
// written into one provision of the new version went there with them.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH.
// Old Điều 3 khoản 1 "Loại điều kiện lao động" with points a) types V, VI,
// b) type IV, c) types I–III became new Điều 3 khoản 2, one sentence "Nghề,
// công việc có điều kiện lao động được xếp loại I, II, III là …"; its heading
// went on as new khoản 1, which lists the six types (tests/diff/expected/
// 2021-circular-29_2025-circular-03.tsv, lines 55 → 40 and 55 → 60).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;

TEST_CASE("A lead-in whose points became one sentence went there too (circular 29/2021 → 03/2025)",
          "[align][inline_lists]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // The changes holding old khoản 1 "Loại điều kiện lao động": before the
  // rule one, to new khoản 1 only.
  bool to_types = false, to_sentence = false;
  for (const Change& c : a.changes) {
    bool has_lead_in = false;
    for (const auto& o : c.old_nodes) {
      has_lead_in =
          has_lead_in || (o.marker == "1." && o.text.rfind("Loại điều kiện lao động", 0) == 0);
    }
    if (!has_lead_in) continue;
    CHECK(c.op != ChangeOp::kDropped);
    for (const auto& n : c.new_nodes) {
      if (n.marker == "1." && n.text.rfind("Điều kiện lao động gồm 6 loại", 0) == 0)
        to_types = true;
      if (n.marker == "2." &&
          n.text.rfind("Nghề, công việc có điều kiện lao động được xếp loại I, II, III", 0) == 0)
        to_sentence = true;
    }
  }
  CHECK(to_types);
  CHECK(to_sentence);
}
