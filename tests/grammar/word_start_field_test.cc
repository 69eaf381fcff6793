// grammar/word_start_field.h: a field's word-start patterns joined into one
// program give the matches the patterns give run one by one — checked for
// the typed numbers of both grammars on every corpus line, the heads and
// tails the paragraph joiner asks about, every corpus text whole and texts
// where one pattern's match overlaps another's; and the case-insensitive
// test the join rests on (characters of one case orbit fold alike) checked
// against ICU's case closure for every letter of those patterns.
#include "grammar/word_start_field.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

using congvan::Grammar;
using congvan::Language;
using congvan::grammar_internal::WordStartProgram;

namespace {

struct Expected {
  size_t begin, end;
  int pattern;
  std::map<std::string, std::string> groups;
  bool operator==(const Expected& o) const {
    return begin == o.begin && end == o.end && pattern == o.pattern && groups == o.groups;
  }
};

std::vector<congvan::testing::GrammarPatternEntry> TypedNumbers(const char* language) {
  std::vector<congvan::testing::GrammarPatternEntry> out;
  for (const auto& e : congvan::testing::ReadGrammarPatterns(language, "//meta/pattern")) {
    if (e.field == "typed-number") out.push_back(e);
  }
  return out;
}

// The field's matches as each pattern, compiled and run alone from the end
// of its previous match, finds them (Grammar::FindMetaIn's own loop).
std::vector<Expected> OneByOne(const std::vector<std::unique_ptr<RE2>>& res,
                               const std::vector<std::string>& values, const std::string& text) {
  std::vector<Expected> out;
  for (size_t k = 0; k < res.size(); ++k) {
    const RE2& re = *res[k];
    int n = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
    re2::StringPiece whole;
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, &whole, 1)) {
      size_t begin = static_cast<size_t>(whole.data() - text.data());
      size_t end = begin + whole.size();
      REQUIRE(re.Match(text, begin, end, RE2::ANCHOR_BOTH, groups.data(), n));
      Expected e{begin, end, static_cast<int>(k), {}};
      for (const auto& [name, index] : re.NamedCapturingGroups()) {
        const re2::StringPiece& g = groups[static_cast<size_t>(index)];
        if (g.data() != nullptr) e.groups[name] = std::string(g.data(), g.size());
      }
      e.groups["value"] = values[k];
      out.push_back(e);
      pos = end > pos ? end : pos + 1;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Expected& a, const Expected& b) { return a.begin < b.begin; });
  return out;
}

std::vector<Expected> FromGrammar(const Grammar& g, const std::string& text) {
  std::vector<Expected> out;
  for (const auto& m : g.FindMeta("typed-number", text)) {
    out.push_back({m.begin, m.end, m.pattern, m.groups});
  }
  return out;
}

// Cut where a UTF-8 character begins, at or after `at`.
size_t CharBoundary(const std::string& s, size_t at) {
  while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
  return at;
}

}  // namespace

TEST_CASE("the typed-number patterns of both grammars are joined", "[grammar][word_start]") {
  for (const char* language : {"vi", "en"}) {
    std::vector<std::string> patterns;
    for (const auto& e : TypedNumbers(language)) patterns.push_back(e.pattern);
    REQUIRE(patterns.size() == 7);
    auto joined = WordStartProgram::Join(patterns, congvan::testing::GrammarRegexOptions());
    REQUIRE(joined != nullptr);
    // One copy of the word-start prefix and of the shared closing group.
    const std::string& p = joined->pattern();
    CHECK(p.find("(?:^|[^\\p{L}])") == p.rfind("(?:^|[^\\p{L}])"));
    CHECK(p.find("(?:[^\\p{L}\\d]|$)") == p.rfind("(?:[^\\p{L}\\d]|$)"));
  }
}

TEST_CASE("patterns that may match at one place are not joined", "[grammar][word_start]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  // "part" begins "partial": both may match at one place.
  CHECK(WordStartProgram::Join(
            {"(?i)(?:^|[^\\p{L}])part\\s+(?P<n>\\d+)", "(?i)(?:^|[^\\p{L}])partial\\s+(?P<n>\\d+)"},
            options) == nullptr);
  // Case-insensitively "Điều" and "điều" are one word.
  CHECK(WordStartProgram::Join(
            {"(?i)(?:^|[^\\p{L}])Điều\\s+(?P<n>\\d+)", "(?i)(?:^|[^\\p{L}])điều\\s+(?P<m>\\d+)"},
            options) == nullptr);
  // Case-sensitively they are two.
  CHECK(WordStartProgram::Join(
            {"(?:^|[^\\p{L}])Điều\\s+(?P<n>\\d+)", "(?:^|[^\\p{L}])điều\\s+(?P<m>\\d+)"},
            options) != nullptr);
  // A body that may begin with a non-letter ("(5)") could match where the
  // prefix reads that character for another pattern.
  CHECK(WordStartProgram::Join({"(?:^|[^\\p{L}])\\(\\d\\)", "(?:^|[^\\p{L}])khoản\\s+\\d+"},
                               options) == nullptr);
  // Another prefix, or flags that differ.
  CHECK(WordStartProgram::Join({"\\bđiều\\s+\\d+", "\\bkhoản\\s+\\d+"}, options) == nullptr);
  CHECK(WordStartProgram::Join({"(?i)(?:^|[^\\p{L}])điều\\s+\\d+", "(?:^|[^\\p{L}])khoản\\s+\\d+"},
                               options) == nullptr);
}

TEST_CASE("characters of the typed-number words' case orbits fold alike", "[grammar][word_start]") {
  // Under (?i) the join tells words apart by their folds; that is sound when
  // every character RE2 matches for a letter (its simple case orbit, within
  // ICU's case closure) folds as the letter does.
  size_t letters = 0;
  for (const char* language : {"vi", "en"}) {
    for (const auto& e : TypedNumbers(language)) {
      const std::string& p = e.pattern;
      for (int32_t i = 0; i < static_cast<int32_t>(p.size());) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(p.data()), i, static_cast<int32_t>(p.size()), c);
        if (c < 0 || !u_isalpha(c)) continue;
        ++letters;
        std::string own;
        icu::UnicodeString(c).toUTF8String(own);
        icu::UnicodeSet orbit(c, c);
        orbit.closeOver(USET_CASE_INSENSITIVE);
        for (int32_t r = 0; r < orbit.getRangeCount(); ++r) {
          for (UChar32 m = orbit.getRangeStart(r); m <= orbit.getRangeEnd(r); ++m) {
            std::string member;
            icu::UnicodeString(m).toUTF8String(member);
            INFO(own << " ~ " << member);
            CHECK(congvan::FoldKey(member) == congvan::FoldKey(own));
          }
        }
      }
    }
  }
  CHECK(letters > 100);
}

TEST_CASE("the joined typed numbers answer as the patterns one by one", "[grammar][word_start]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  std::vector<std::string> subjects = {
      "điểm a khoản 2 Điều 5",  // the point's match takes the space the clause's begins with
      "Điều 5 điều 6 ĐIỀU 7",
      "khoản 1, khoản 2 và khoản 3",
      "theo Phụ lục II, Chương III, Phần 2 và Mục 4",
      "point a clause 2 Article 5 art. 6 Annex III",
      "point (b) of paragraph 2 of Article 10, Part II, Chapter IV, Section 3, Appendix 2",
      "Clause 3 Article 4 CLAUSE 5 ARTICLE 6 Paragraph 7",
      "Điều 47, về cấp tài khoản",
      "xđiều 5",
      "(điều 5)",
  };
  for (const std::string& text : texts) {
    subjects.push_back(text);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      subjects.push_back(line);
      subjects.push_back(line.substr(0, CharBoundary(line, std::min<size_t>(32, line.size()))));
      if (line.size() > 48) subjects.push_back(line.substr(CharBoundary(line, line.size() - 48)));
    }
  }
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    std::vector<std::unique_ptr<RE2>> res;
    std::vector<std::string> values, patterns;
    for (const auto& e : TypedNumbers(lang == Language::kVietnamese ? "vi" : "en")) {
      res.push_back(std::make_unique<RE2>(e.pattern, options));
      REQUIRE(res.back()->ok());
      REQUIRE(e.value.find('{') == std::string::npos);
      values.push_back(e.value);
      patterns.push_back(e.pattern);
    }
    auto joined = WordStartProgram::Join(patterns, options);
    REQUIRE(joined != nullptr);
    size_t matches = 0, turned_away = 0;
    for (const std::string& s : subjects) {
      std::vector<Expected> expected = OneByOne(res, values, s);
      matches += expected.size();
      INFO(s.substr(0, 200));
      REQUIRE(FromGrammar(**loaded, s) == expected);
      // The words' test before compiling turns away no text with a match.
      bool may = joined->MayMatch(s);
      if (!expected.empty()) REQUIRE(may);
      turned_away += may ? 0 : 1;
    }
    CHECK(turned_away > subjects.size() / 2);
    // The corpus is Vietnamese but for two joint statements.
    CHECK(matches > (lang == Language::kVietnamese ? 1000 : 5));
  }
}
