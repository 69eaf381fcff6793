// Language detection's one-pass scores (grammar_internal::DetectionScores,
// grammar/language_detection.cc) against the obvious reference, the pass it
// replaced: each grammar alone, every character through ICU's u_isalpha and
// u_tolower and a set of its own letters, every word a std::string looked up
// in the set of frequent words. Asked of every corpus text as written, in NFD,
// cut inside a character and from odd offsets (ill-formed starts), and of a
// few texts of other scripts and of long words; the scores must be equal, not
// close (they decide the language).
#include "grammar/language_detection.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"
#include "support/unicode_forms.h"

namespace {

using congvan::Grammar;
using congvan::Language;

// A grammar's <detect> as the reference reads it from the grammar file:
// its letters, lower case, and its words, lower case as the loader lowers them.
struct Detect {
  std::set<UChar32> letters;
  std::set<std::string> words;
};

std::string Element(const std::string& xml, const std::string& name) {
  size_t detect = xml.find("<detect");
  if (detect == std::string::npos) return "";
  size_t open = xml.find("<" + name + ">", detect);
  size_t close = xml.find("</" + name + ">", detect);
  if (open == std::string::npos || close == std::string::npos) return "";
  open += name.size() + 2;
  return xml.substr(open, close - open);
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s + " ") {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return out;
}

Detect ReadDetect(Language lang) {
  std::string xml = congvan::testing::ReadFile(congvan::DefaultGrammarDir() + "/" +
                                               congvan::LanguageCode(lang) + ".xml");
  Detect d;
  std::string letters = Element(xml, "letters");
  const auto* p = reinterpret_cast<const uint8_t*>(letters.data());
  for (int32_t i = 0; i < static_cast<int32_t>(letters.size());) {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(letters.size()), c);
    if (c >= 0 && c != ' ' && c != '\n') d.letters.insert(u_tolower(c));
  }
  for (const std::string& w : Split(Element(xml, "words"))) {
    d.words.insert(congvan::grammar_internal::ToLowerUtf8(w));
  }
  return d;
}

// The former DetectionScore, one grammar at a time, ICU for every character.
double ReferenceScore(const Detect& g, std::string_view text) {
  if (g.letters.empty() && g.words.empty()) return 0;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(std::min<size_t>(text.size(), 1 << 16));
  long letters = 0, own_letters = 0, words = 0, own_words = 0;
  std::string word;
  auto end_word = [&]() {
    if (word.empty()) return;
    ++words;
    own_words += g.words.count(word) ? 1 : 0;
    word.clear();
  };
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) {
      end_word();
      continue;
    }
    ++letters;
    UChar32 lower = u_tolower(c);
    own_letters += g.letters.count(lower) ? 1 : 0;
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, lower, error);
    if (!error) word.append(buffer, static_cast<size_t>(length));
  }
  end_word();
  double score = 0;
  if (letters > 0) score += 100.0 * static_cast<double>(own_letters) / static_cast<double>(letters);
  if (words > 0) score += 100.0 * static_cast<double>(own_words) / static_cast<double>(words);
  return score;
}

}  // namespace

TEST_CASE("Language detection's one pass gives the reference's scores", "[grammar]") {
  std::vector<std::shared_ptr<const Grammar>> loaded;
  std::vector<Detect> detects;
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    auto g = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(g.ok());
    loaded.push_back(*g);
    detects.push_back(ReadDetect(lang));
    REQUIRE_FALSE(detects.back().words.empty());
  }
  std::vector<const Grammar*> grammars;
  for (const auto& g : loaded) grammars.push_back(g.get());
  std::vector<std::string> texts = {
      "",
      "Điều 1. Phạm vi điều chỉnh",
      "The Minister of Justice shall report on the law.",
      "Ωμέγα και άλφα; Кириллица и латиница; 中文文本",
      std::string(300, 'a') + " và " + std::string(40, 'Z') + " THE",
      "K\u212Aelvin \u0130stanbul ẞtraße và CỦA Của",
  };
  for (const std::string& relative : congvan::testing::CorpusTexts()) {
    std::string text = congvan::testing::ReadFile(congvan::testing::CorpusPath(relative));
    texts.push_back(text);
    texts.push_back(congvan::testing::ToNfd(text));
    texts.push_back(text.substr(0, std::min<size_t>(text.size(), 70001)));
    if (text.size() > 3) texts.push_back(text.substr(1, text.size() / 2 + 1));
  }
  long asked = 0;
  for (const std::string& text : texts) {
    const std::vector<double> scores = congvan::grammar_internal::DetectionScores(text, grammars);
    REQUIRE(scores.size() == grammars.size());
    for (size_t k = 0; k < grammars.size(); ++k) {
      const double reference = ReferenceScore(detects[k], text);
      CHECK(scores[k] == reference);
      CHECK(grammars[k]->DetectionScore(text) == reference);
      ++asked;
    }
  }
  CHECK(asked >= 2 * 4 * 40);
}
