// parse/open_levels.h: SetPosition, writing into one position reused from
// marker to marker (stale suffix, prefix and letter values in it), equals
// PositionOf for every marker of every line of every corpus and unseen text,
// both grammars, with every letter-sequence mask; a slot given back holds an
// empty OpenLevel when taken again.
#include "parse/open_levels.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "support/corpus.h"

using congvan::Grammar;
using congvan::MarkerMatch;
using congvan::parse::ListPosition;

namespace {

bool Same(const ListPosition& a, const ListPosition& b) {
  return a.style == b.style && a.value == b.value && a.suffix == b.suffix && a.prefix == b.prefix &&
         a.sequence_values == b.sequence_values && a.sequence_mask == b.sequence_mask;
}

}  // namespace

TEST_CASE("SetPosition in reused storage is PositionOf on every corpus and unseen line",
          "[parse][levels]") {
  size_t asked = 0, with_prefix = 0, with_letters = 0;
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    ListPosition reused;
    for (const std::string& text : texts) {
      size_t begin = 0;
      while (begin < text.size()) {
        size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + begin, end - begin);
        begin = end + 1;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
          line.remove_prefix(1);
        for (const MarkerMatch& m : grammar.Match(line)) {
          for (unsigned mask : {~0u, 1u, 2u, 3u, 4u}) {
            congvan::parse::SetPosition(m, grammar, mask, &reused);
            INFO(line << " mask " << mask);
            CHECK(Same(reused, congvan::parse::PositionOf(m, grammar, mask)));
            ++asked;
          }
          with_prefix += m.prefix.empty() ? 0 : 1;
          with_letters += m.sequence_values.empty() ? 0 : 1;
        }
      }
    }
  }
  CHECK(asked > 40000);  // the corpus alone: 44,655
  CHECK(with_prefix > 100);
  CHECK(with_letters > 1000);
}

TEST_CASE("An open level given back is taken again empty", "[parse][levels]") {
  congvan::parse::OpenLevels levels;
  int a = levels.Take();
  {
    congvan::parse::OpenLevel& l = levels[a];
    l.position.style = 3;
    l.position.value = 7;
    l.position.suffix.assign(1, 'a');
    l.position.prefix = {2, 1};
    l.position.sequence_values = {4, 0};
    l.position.sequence_mask = 1;
    l.ordinal_text = "dd";
    l.last_child = 12;
  }
  int b = levels.Take();
  CHECK(b != a);
  levels.GiveBack(a);
  int c = levels.Take();
  CHECK(c == a);
  const congvan::parse::OpenLevel fresh;
  CHECK(Same(levels[c].position, fresh.position));
  CHECK(levels[c].ordinal_text.empty());
  CHECK(levels[c].last_child == -1);
}
