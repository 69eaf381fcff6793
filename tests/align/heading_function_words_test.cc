// The regrouped-articles guard's function words (engine/src/align/
// textless_divisions.h, HeadingsShareAWord): two articles' headings must
// share a syllable that is not a function word of their language, and the
// function words are the grammar's (<continuation> in grammars/<code>.xml),
// not a list of the aligner's own.
//
// Vietnamese, real headings of the corpus pair Nghị định 102/2017/NĐ-CP →
// 99/2022/NĐ-CP: old Điều 58 (line 404) and new Điều 21 (248), which the
// stage pairs, share "hủy", "đăng", "ký"; old Điều 2 "Giải thích từ ngữ"
// (24) and new Điều 15 "Từ chối đăng ký" (170) share only "từ", the
// preposition ("từ ngày", "từ đất") the grammar lists, here two unrelated
// words. English, in the shape of a translated law's headings (commercial
// translations may not be committed): "Rights and obligations of the
// employer" and "Responsibilities of the Ministry of Finance" share only
// "of" and "the", which the Vietnamese list the guard kept before did not
// know; "Responsibilities of the Ministry of Finance" and
// "Responsibilities of provincial People's Committees" share a word.
#include <catch2/catch.hpp>

#include "align/textless_divisions.h"

using congvan::Language;
using congvan::align_internal::HeadingsShareAWord;

TEST_CASE("Regrouped articles' headings share a word of their own (decree 102/2017 → 99/2022)",
          "[align][regrouped_articles][heading_function_words]") {
  const Language vi = Language::kVietnamese;
  CHECK(
      HeadingsShareAWord("Khôi phục dữ liệu trong trường hợp kết quả đăng ký biện pháp bảo đảm "
                         "bị hủy không đúng các căn cứ do pháp luật quy định",
                         vi, "Hủy đăng ký", vi));
  CHECK_FALSE(HeadingsShareAWord("Giải thích từ ngữ", vi, "Từ chối đăng ký", vi));
  CHECK_FALSE(HeadingsShareAWord("Trách nhiệm của Bộ Tư pháp", vi,
                                 "Quyền, nghĩa vụ của người yêu cầu đăng ký", vi));
  // Words the grammar's <heading-function-words> adds to its <continuation>
  // (the review of session 39: the guard's own list had them).
  CHECK_FALSE(HeadingsShareAWord("Đối tượng áp dụng", vi, "Chính sách đối với người lao động", vi));
  CHECK_FALSE(HeadingsShareAWord("Trường hợp được miễn thuế", vi, "Người được hưởng chế độ", vi));
  CHECK_FALSE(HeadingsShareAWord("Hồ sơ có giá trị pháp lý", vi, "Cơ sở có đủ điều kiện", vi));
}

TEST_CASE("English headings sharing only \"of\" and \"the\" share no word",
          "[align][regrouped_articles][heading_function_words]") {
  const Language en = Language::kEnglish;
  CHECK_FALSE(HeadingsShareAWord("Rights and obligations of the employer", en,
                                 "Responsibilities of the Ministry of Finance", en));
  CHECK(HeadingsShareAWord("Responsibilities of the Ministry of Finance", en,
                           "Responsibilities of provincial People's Committees", en));
}
