// FoldedSingleByte (congvan/text_fold.h), the fold's own answer to "what does
// this letter fold to", against the fold itself: for every code point of the
// Latin blocks (U+0080–U+024F and the spacing modifiers to U+02FF), Latin
// Extended Additional (U+1E00–U+1EFF) and General Punctuation (U+2000–U+206F)
// it answers the one byte FoldKey gives the code point alone when that is one
// byte other than a space, a tab or NUL, and 0 otherwise — on the sequence
// alone (two or three bytes: decoded), followed by more bytes (read by its
// bytes), and cut short (0). The grammar's FoldedLeadGate follows letters with
// marks by this answer (its own table of them is gone), so the gate is checked
// on every such letter too: a lead of the letter's fold is followed, any other
// letter's is turned away.
#include "text/folded_single_byte.h"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "congvan/text_fold.h"
#include "grammar/folded_lead_gate.h"

namespace {

std::string Utf8(UChar32 c) {
  char bytes[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, c);
  return std::string(bytes, static_cast<size_t>(n));
}

// What the fold writes for `c` alone when it is one byte other than a blank
// or NUL, else 0.
char PlainSingleByte(UChar32 c) {
  const std::string folded = congvan::FoldKey(Utf8(c));
  if (folded.size() != 1 || folded[0] == ' ' || folded[0] == '\t' || folded[0] == '\0') return 0;
  return folded[0];
}

template <typename Each>
void ForEachTableCodePoint(Each each) {
  for (UChar32 c = 0x80; c < 0x300; ++c) each(c);
  for (UChar32 c = 0x1E00; c < 0x1F00; ++c) each(c);
  for (UChar32 c = 0x2000; c < 0x2070; ++c) each(c);
}

}  // namespace

TEST_CASE("FoldedSingleByte answers what the fold writes for each code point of its table") {
  int single = 0;
  ForEachTableCodePoint([&](UChar32 c) {
    const std::string seq = Utf8(c);
    const char expected = PlainSingleByte(c);
    single += expected != 0;
    for (const std::string& text : {seq, seq + "ab", seq + "\xC3\xA1"}) {
      size_t length = 99;
      const char got = congvan::FoldedSingleByte(text, &length);
      INFO("U+" << std::hex << c << " in " << text.size() << " bytes");
      CHECK(got == expected);
      CHECK(length == (got != 0 ? seq.size() : 99));
    }
    for (size_t cut = 1; cut < seq.size(); ++cut) {
      size_t length = 99;
      INFO("U+" << std::hex << c << " cut to " << cut);
      CHECK(congvan::FoldedSingleByte(std::string_view(seq).substr(0, cut), &length) == 0);
      CHECK(congvan::FoldedSingleByte(seq.substr(0, cut) + "ab", &length) == 0);
      CHECK(length == 99);
    }
  });
  // The Vietnamese letters with marks (134 of Latin Extended Additional and
  // Latin-1) and more: a table that answered 0 everywhere would fail here.
  CHECK(single > 400);
  size_t length = 0;
  CHECK(congvan::FoldedSingleByte("Ệ", &length) == 'e');
  CHECK(length == 3);
  CHECK(congvan::FoldedSingleByte("đ", &length) == 'd');
  CHECK(length == 2);
  CHECK(congvan::FoldedSingleByte("A", &length) == 0);  // ASCII is not asked
  CHECK(congvan::FoldedSingleByte("", &length) == 0);
}

TEST_CASE("FoldedLeadGate follows every Latin letter with marks as the fold does") {
  using congvan::grammar_internal::FoldedLeadGate;
  int followed = 0;
  ForEachTableCodePoint([&](UChar32 c) {
    const char folded = PlainSingleByte(c);
    if (!((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9'))) return;
    ++followed;
    const std::string text = Utf8(c) + "xyz tail";
    const char other = folded == 'q' ? 'w' : 'q';
    INFO("U+" << std::hex << c);
    CHECK(FoldedLeadGate({std::string{folded} + "xyz"}).MayBegin(text));
    CHECK(FoldedLeadGate({std::string{folded} + "xy"}).MayBegin(text));
    CHECK_FALSE(FoldedLeadGate({std::string{other} + "xyz"}).MayBegin(text));
    CHECK_FALSE(FoldedLeadGate({std::string{folded} + "xq"}).MayBegin(text));
  });
  CHECK(followed > 400);
}
