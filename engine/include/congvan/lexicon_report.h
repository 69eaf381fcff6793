// What `congvan lexicon` prints, as artifacts with writers: a lexicon's size
// (stats), how much of a text its concepts cover (coverage), and the text
// with every concept hit marked (match). The CLI gathers the facts and picks
// a writer from congvan/formats.h; the text and JSON layouts live here.
#ifndef CONGVAN_LEXICON_REPORT_H_
#define CONGVAN_LEXICON_REPORT_H_

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "congvan/lexicon.h"

namespace congvan {

// A lexicon's size. Borrows `lexicon`.
struct LexiconStats {
  const Lexicon& lexicon;
  std::string path;  // where it was loaded from
};

// How much of a text a lexicon covers. Borrows `lexicon`.
struct LexiconCoverageReport {
  const Lexicon& lexicon;
  std::string lexicon_path;
  std::string source;  // the text's file name
  Language language;
  std::string scope;  // "body" or "text"
  LexiconCoverage coverage;
  int top = 30;  // uncovered words listed, most frequent first (0: all)
};

// stats: "lexicon: PATH", the sizes, then concepts per domain; JSON: the same
// numbers as one object.
void WriteLexiconStatsText(const LexiconStats& stats, std::ostream& out);
void WriteLexiconStatsJson(const LexiconStats& stats, std::ostream& out);

// coverage: the share of content words covered, then the uncovered words
// with their counts (ties in first-seen order of the folded word).
void WriteLexiconCoverageText(const LexiconCoverageReport& report, std::ostream& out);
void WriteLexiconCoverageJson(const LexiconCoverageReport& report, std::ostream& out);

// `text` with every concept hit as [surface|concept-id].
void WriteConceptMatches(const Lexicon& lexicon, std::string_view text, Language language,
                         std::ostream& out);

}  // namespace congvan

#endif  // CONGVAN_LEXICON_REPORT_H_
