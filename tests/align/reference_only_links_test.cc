// Links made of cross-references only (engine/src/align/reference_only_links.h,
// cross_references.h): a provision paired into an article that is not its
// article's counterpart by the references both make, and nothing else, is
// unpaired.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 37 (the ship file for changes) khoản 2 "a) Các giấy tờ nêu tại các điểm
// a, b và d khoản 1 Điều này;" was linked to new Điều 25 (the cases a land
// office registers) điểm đ "Đăng ký thay đổi, xóa đăng ký đối với trường hợp
// quy định tại các điểm a, b và d khoản này." (cosine 0.61), and old Điều 46
// khoản 2 "a) Các loại giấy tờ quy định tại các điểm a, b và c khoản 1 Điều
// này;" to its điểm d (0.63); the review pairs none of the four
// (tests/diff/expected/2017-decree-102_2022-decree-99.tsv has no row for old
// lines 257, 331 nor new lines 290, 296).
#include <catch2/catch.hpp>
#include <string>

#include "align/align_vocabulary.h"
#include "align/cross_references.h"
#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;
using congvan::align_internal::ReferenceWords;
using congvan::align_internal::VocabularyFor;
using congvan::align_internal::WithoutCrossReferences;

namespace {

// True when one change relates an old task with text `old_text` and a new
// task with text `new_text`.
bool Linked(const Alignment& a, const std::string& old_text, const std::string& new_text) {
  for (const Change& c : a.changes) {
    bool has_old = false, has_new = false;
    for (const auto& o : c.old_nodes) has_old = has_old || o.text == old_text;
    for (const auto& n : c.new_nodes) has_new = has_new || n.text == new_text;
    if (has_old && has_new) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Cross-references are taken out of a provision's words", "[align][references]") {
  const ReferenceWords& vi = VocabularyFor(congvan::Language::kVietnamese).references;
  const ReferenceWords& en = VocabularyFor(congvan::Language::kEnglish).references;
  CHECK(WithoutCrossReferences("Các giấy tờ nêu tại các điểm a, b và d khoản 1 Điều này;", vi) ==
        "Các giấy tờ");
  CHECK(WithoutCrossReferences("Đăng ký thay đổi, xóa đăng ký đối với trường hợp quy định tại "
                               "các điểm a, b và d khoản này.",
                               vi) == "Đăng ký thay đổi xóa đăng ký đối với trường hợp");
  CHECK(WithoutCrossReferences("Thực hiện các nhiệm vụ, quyền hạn quy định tại Điều 21 của Luật "
                               "này.",
                               vi) == "Thực hiện các nhiệm vụ quyền hạn");
  CHECK(WithoutCrossReferences("Obligations referred to in Clause 2, Article 5 of this Law, "
                               "and under point dd",
                               en) == "Obligations and under");
  // A level word without an ordinal, and a bare number, are words of the text.
  CHECK(WithoutCrossReferences("Điều kiện cấp 2 loại giấy phép", vi) ==
        "Điều kiện cấp 2 loại giấy phép");
}

TEST_CASE(
    "Provisions of articles that are not counterparts, alike only by their references, are not "
    "linked (decree 102/2017 → 99/2022)",
    "[align][references]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK_FALSE(Linked(a, "Các giấy tờ nêu tại các điểm a, b và d khoản 1 Điều này;",
                     "Đăng ký thay đổi, xóa đăng ký đối với trường hợp quy định tại các điểm a, b "
                     "và d khoản này."));
  CHECK_FALSE(Linked(a, "Các loại giấy tờ quy định tại các điểm a, b và c khoản 1 Điều này;",
                     "Đăng ký thay đổi, xóa đăng ký đối với trường hợp quy định tại các điểm a, b "
                     "và c khoản này."));
  // A provision alike by its own words keeps its partner across articles,
  // a reference in one of them or not: old Điều 61 khoản 1 (refusing to give
  // information) → new Điều 51 khoản 1, reviewed (old line 416 → new 549).
  CHECK(Linked(a,
               "Cơ quan đăng ký từ chối cung cấp thông tin về biện pháp bảo đảm khi có một "
               "trong các căn cứ sau đây:",
               "Cơ quan đăng ký từ chối cung cấp thông tin và thực hiện việc từ chối áp dụng theo "
               "quy định tại khoản 2 Điều 15 Nghị định này khi có một trong các căn cứ sau đây:"));
}
