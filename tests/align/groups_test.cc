// Groups (engine/src/align/groups.h): a new article whose provisions are all
// new text is no split piece of an old article whose provisions went
// elsewhere.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 48 "Thủ tục đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, …" went
// into new Điều 35 (its khoản 1 → khoản 1; tests/diff/expected/
// 2017-decree-102_2022-decree-99.tsv, line 343 → 382). New Điều 36 "Thay đổi
// thông tin về bên bảo đảm, thay đổi về tài sản bảo đảm là quyền sử dụng đất,
// …" is new text (no row names its line 393); the groups pass took it as a
// piece of old Điều 48's split by subtree containment (0.57).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;

TEST_CASE(
    "A new article of new text is not a split piece of an old article whose provisions went "
    "elsewhere (decree 102/2017 → 99/2022)",
    "[align][groups]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const std::string old48 = "Thủ tục đăng ký biện pháp bảo đảm bằng quyền sử dụng đất";
  const std::string new35 = "Thủ tục giải quyết hồ sơ đăng ký đối với quyền sử dụng đất";
  const std::string new36 = "Thay đổi thông tin về bên bảo đảm, thay đổi về tài sản bảo đảm";
  int changes_of_48 = 0;
  for (const Change& c : a.changes) {
    bool has48 = false;
    for (const auto& o : c.old_nodes) has48 = has48 || o.text.rfind(old48, 0) == 0;
    if (!has48) continue;
    ++changes_of_48;
    bool has35 = false, has36 = false;
    for (const auto& n : c.new_nodes) {
      has35 = has35 || n.text.rfind(new35, 0) == 0;
      has36 = has36 || n.text.rfind(new36, 0) == 0;
    }
    CHECK(has35);
    CHECK_FALSE(has36);
  }
  CHECK(changes_of_48 == 1);
}
