// parse/written_form.h: the written form the tree builder keeps of a list's
// markers (style, marker, ordinal, prefix) renders as the whole marker does
// under Grammar::RenderMarker — for every marker of every line of every corpus
// and unseen text, both grammars, at the marker's value, the next, 1 and 0, the
// records reused from one marker of a style to the next (a prefix kept, then
// none). A RenderMarker that read more of a marker than the kept form holds
// (its suffix, its letter values) would fail here.
#include "parse/written_form.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "support/corpus.h"
#include "support/trimmed_lines.h"

using congvan::Grammar;
using congvan::MarkerMatch;
using congvan::parse::WrittenForms;

using congvan::testing::TrimmedLines;

TEST_CASE("A kept written form renders as its whole marker on every corpus and unseen line",
          "[parse][tree]") {
  size_t asked = 0, with_prefix = 0;
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    WrittenForms forms;  // one for the whole run: every record is reused
    for (const std::string& text : texts) {
      for (std::string_view line : TrimmedLines(text)) {
        for (const MarkerMatch& m : grammar.Match(line)) {
          forms.Keep(m);
          const MarkerMatch* kept = forms.Of(m.style);
          REQUIRE(kept != nullptr);
          with_prefix += m.prefix.empty() ? 0 : 1;
          for (int value : {m.value, m.value + 1, 1, 0}) {
            INFO(line << " value " << value);
            CHECK(grammar.RenderMarker(*kept, value) == grammar.RenderMarker(m, value));
            ++asked;
          }
        }
      }
    }
  }
  CHECK(asked > 20000);  // the corpus alone (CI has no unseen texts): ≈ 35,500
  CHECK(with_prefix > 100);
}

TEST_CASE("No written form is kept for a style until one of its markers is", "[parse][tree]") {
  WrittenForms forms;
  CHECK(forms.Of(0) == nullptr);
  CHECK(forms.Of(-1) == nullptr);
  MarkerMatch m;
  m.style = 3;
  m.marker = "2.";
  m.ordinal_text = "2";
  forms.Keep(m);
  CHECK(forms.Of(2) == nullptr);
  REQUIRE(forms.Of(3) != nullptr);
  CHECK(forms.Of(3)->marker == "2.");
  CHECK(forms.Of(4) == nullptr);
}
