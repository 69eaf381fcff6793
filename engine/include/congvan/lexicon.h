// The bilingual lexicon: Vietnamese and English surface forms mapped to
// shared concept ids (grammars/lexicon/vi-en.tsv, format in
// grammars/lexicon/README.md), and a matcher that finds the concepts of a
// text. The aligner compares texts of the two languages through the concepts
// they share; `congvan lexicon coverage` shows what the lexicon misses.
#ifndef CONGVAN_LEXICON_H_
#define CONGVAN_LEXICON_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan {

// One concept found in a text: `concept_index` indexes Lexicon::concept_id()
// (not `concept`, which is a C++20 keyword); [begin, end) are byte offsets
// into the text given to Match().
struct ConceptHit {
  int concept_index = -1;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Content-word coverage of a text by the lexicon.
// Content words are word tokens with at least two letters that are not
// stopwords, Roman numerals ("XV"), parts of citation codes ("01/NQ-CP"),
// e-mail addresses or domain names.
struct LexiconCoverage {
  std::size_t content_tokens = 0;  // content words of the text
  std::size_t covered_tokens = 0;  // ... of which inside a ConceptHit
  // Case-folded uncovered content words, in text order, with repetitions.
  std::vector<std::string> uncovered;
  double ratio() const {
    return content_tokens == 0 ? 0.0 : static_cast<double>(covered_tokens) / content_tokens;
  }
};

class Lexicon {
 public:
  // Loads a lexicon file, and the stopword lists "stopwords-vi.txt" and
  // "stopwords-en.txt" from the same directory when they exist (they only
  // matter for coverage). On failure the Status (kNotFound, kIoError or
  // kGrammarError) names the file and, for malformed content, the line:
  // "vi-en.tsv:12: expected 4 tab-separated fields, found 3".
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& path);

  // Parses lexicon text held in memory; `source_name` is used in errors.
  // Stopwords are given as text too (one word a line, '#' comments).
  static Result<std::shared_ptr<const Lexicon>> FromString(std::string_view tsv,
                                                           const std::string& source_name,
                                                           std::string_view stopwords_vi = {},
                                                           std::string_view stopwords_en = {});

  // The concepts of `text` (UTF-8, NFC or NFD), left to right, non-overlapping;
  // at each position the longest surface form wins. Comparison is case- and
  // diacritic-tolerant (a match whose accented words carry other diacritics
  // than the form is accepted only for multiword forms where at most half the
  // words differ so), English words are compared by stem (train, trains,
  // trained, training), and spaces, line breaks and dashes between the words
  // of a multiword form are ignored ("kinh tế - xã hội" = "kinh tế-xã hội").
  // When several concepts share a folded form, the one whose form agrees
  // with the text's diacritics best wins. Never fails; linear in text length.
  std::vector<ConceptHit> Match(std::string_view text, Language lang) const;

  // Uncovered content words of `text` (case-folded, text order, repeated).
  std::vector<std::string> UncoveredWords(std::string_view text, Language lang) const;

  // Counts content tokens and those covered by Match(); see LexiconCoverage.
  LexiconCoverage Coverage(std::string_view text, Language lang) const;

  // True when `word` (one token) is on the language's stopword list.
  bool IsStopword(std::string_view word, Language lang) const;

  int concept_count() const;
  // REQUIRES: 0 <= concept_index < concept_count().
  const std::string& concept_id(int concept_index) const;
  const std::string& domain(int concept_index) const;
  // The forms of a concept as written in the file (first = preferred).
  const std::vector<std::string>& forms(int concept_index, Language lang) const;
  // Index of a concept id, or -1.
  int FindConcept(std::string_view id) const;
  // Number of distinct surface forms of a language.
  std::size_t surface_form_count(Language lang) const;

  ~Lexicon();
  struct Impl;

 private:
  Lexicon();
  std::unique_ptr<Impl> impl_;
};

// The light English stemmer used by the matcher: lower-cased input, returns a
// stem shared by inflections (-s, -es, -ies, -ed, -ied, -ing, possessive 's)
// and by British/American spellings (labour/labor, mobilise/mobilize,
// programme/program). Exposed for the aligner's English features.
std::string EnglishStem(std::string_view lower_word);
// The strong stemmer of the same module: Porter's algorithm, steps 1–5, on
// lower-case ASCII words (others unchanged); derivations meet too
// ("organizing"/"organization"). Used for the aligner's English features.
std::string EnglishRootStem(std::string_view lower_word);

// "<DefaultGrammarDir()>/lexicon/vi-en.tsv" (congvan/grammar_dir.h: where the
// grammar directory is looked for).
std::string DefaultLexiconPath();

// The bilingual lexicon of the grammars in `grammar_dir`, for a caller that
// was given a grammar directory (--grammars, the Python module's grammars=):
// its lexicon/vi-en.tsv when a directory is named and holds one; null
// otherwise, and the aligner loads the default (DefaultLexicon()). The
// file's Status when it does not load (lexicon/grammar_lexicon.cc).
Result<std::shared_ptr<const Lexicon>> LexiconOfGrammars(const std::string& grammar_dir);

}  // namespace congvan

#endif  // CONGVAN_LEXICON_H_
