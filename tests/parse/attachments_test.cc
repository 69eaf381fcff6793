// MayAnnounceAttachment (parse/attachments.h), the byte test MarkAttachments
// asks before the grammar's "attachment" patterns: on every line of every
// corpus text (and of the unseen texts with $CONGVAN_UNSEEN_TEXTS), as
// written and trimmed, in NFC and NFD, with both grammars, a line it turns
// away is one the patterns do not match. The corpus holds attachment lines
// that open with "*(" and "* (" (two dispatches): a gate that wants "("
// first (counted below as a wrong gate) misses them, and a gate that does
// not skip the emphasis run (tried on purpose) fails this test on them.
#include "parse/attachments.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "support/trimmed_lines.h"
#include "support/unicode_forms.h"

using congvan::Grammar;
using congvan::parse::MayAnnounceAttachment;

namespace {

// A gate too strict on purpose: only a line opening with "(" may attach.
bool OpensWithParenthesis(std::string_view text) { return !text.empty() && text[0] == '('; }

}  // namespace

TEST_CASE("A line MayAnnounceAttachment turns away matches no attachment pattern",
          "[parse][attachments]") {
  std::vector<std::string> subjects = congvan::testing::CorpusLinesAsWrittenAndTrimmed();
  const size_t written = subjects.size();
  for (size_t k = 0; k < written; ++k) subjects.push_back(congvan::testing::ToNfd(subjects[k]));
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    const Grammar::MetaFieldRef attachment = grammar.MetaFieldNamed("attachment");
    REQUIRE(!attachment.empty());
    size_t matched = 0, asked = 0, wrong_gate_misses = 0;
    for (const std::string& line : subjects) {
      const bool matches = !grammar.FindMeta(attachment, line).empty();
      const bool may = MayAnnounceAttachment(line);
      if (matches) {
        INFO(line);
        CHECK(may);
        ++matched;
        if (!OpensWithParenthesis(line)) ++wrong_gate_misses;
      }
      asked += may ? 1 : 0;
    }
    INFO((language == congvan::Language::kVietnamese ? "vi" : "en")
         << ": " << matched << " attachment lines, " << asked << " of " << subjects.size()
         << " asked");
    // The gate turns most lines away (most open with a letter or a digit),
    // and real attachment lines are among the Vietnamese subjects.
    CHECK(asked * 5 < subjects.size());
    if (language == congvan::Language::kVietnamese) {
      CHECK(matched > 0);  // the English texts attach none
      // "*(Kèm theo …)" and "* (Ban hành …)" are in the corpus.
      CHECK(wrong_gate_misses > 0);
    }
  }
}

TEST_CASE("MayAnnounceAttachment skips the emphasis run and asks at the first other byte",
          "[parse][attachments]") {
  CHECK(MayAnnounceAttachment("(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND)"));
  CHECK(MayAnnounceAttachment("[Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND]"));
  CHECK(MayAnnounceAttachment("*(Kèm theo Kế hoạch số 5/KH-UBND)*"));
  CHECK(MayAnnounceAttachment("** _ \t(Kèm theo …"));
  CHECK(MayAnnounceAttachment("\xEF\xBC\x88Kèm theo"));  // a full-width "(": asked
  CHECK(MayAnnounceAttachment("\xE2\x80\x9CKèm theo"));  // "“": asked
  CHECK_FALSE(MayAnnounceAttachment("Điều 1. Phạm vi điều chỉnh"));
  CHECK_FALSE(MayAnnounceAttachment("Ủy ban nhân dân"));
  CHECK_FALSE(MayAnnounceAttachment("\xE1\xBA\xA2nh"));  // "Ảnh", U+1EA2
  CHECK_FALSE(MayAnnounceAttachment("1. Ban hành kèm theo"));
  CHECK_FALSE(MayAnnounceAttachment("** Kèm theo"));
  CHECK_FALSE(MayAnnounceAttachment("*_ "));
  CHECK_FALSE(MayAnnounceAttachment(""));
}

// The fold claims the gate rests on, for every code point whose first byte it
// turns away: a Latin letter with marks folds to something that is neither
// empty nor opens with "*", "_", a space, a tab, "(" or "[".
TEST_CASE("Latin letters with marks fold to no byte an attachment line may open with",
          "[parse][attachments]") {
  auto encode = [](char32_t c) {
    std::string out;
    if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (c & 0x3F));
    return out;
  };
  size_t checked = 0;
  for (char32_t first : {char32_t{0xC0}, char32_t{0x1E00}}) {
    const char32_t last = first == 0xC0 ? 0x27F : 0x1EFF;
    for (char32_t c = first; c <= last; ++c) {
      const std::string alone = encode(c);
      REQUIRE_FALSE(MayAnnounceAttachment(alone));
      for (const std::string& text : {alone, alone + "(", alone + " [x"}) {
        const std::string folded = congvan::FoldForCues(text);
        INFO(static_cast<unsigned>(c));
        REQUIRE(!folded.empty());
        CHECK(std::string_view("*_ \t([").find(folded[0]) == std::string_view::npos);
        ++checked;
      }
    }
  }
  CHECK(checked == 3 * ((0x27F - 0xC0 + 1) + (0x1EFF - 0x1E00 + 1)));
  // Every ASCII letter and digit folds to a letter or digit.
  for (int b = 0; b < 128; ++b) {
    if (!std::isalnum(b)) continue;
    const std::string one(1, static_cast<char>(b));
    CHECK_FALSE(MayAnnounceAttachment(one));
    const std::string folded = congvan::FoldForCues(one);
    INFO(b);
    REQUIRE(folded.size() == 1);
    CHECK(std::isalnum(static_cast<unsigned char>(folded[0])));
  }
}
