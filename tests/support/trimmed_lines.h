// Test helper: a text's non-blank lines with their edge blanks trimmed — the
// real lines the marker and path tests ask the grammar about, one by one.
#ifndef CONGVAN_TESTS_SUPPORT_TRIMMED_LINES_H_
#define CONGVAN_TESTS_SUPPORT_TRIMMED_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace congvan::testing {

// The lines of `text` (split at '\n'), spaces and tabs trimmed at both ends
// and a '\r' at the end, blank ones left out; views into `text`.
std::vector<std::string_view> TrimmedLines(std::string_view text);

// Every line of the corpus texts (and the unseen ones with
// $CONGVAN_UNSEEN_TEXTS) as written, and again with its leading blanks
// trimmed when it has some: the lines the set-matching tests ask both ways.
std::vector<std::string> CorpusLinesAsWrittenAndTrimmed();

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_TRIMMED_LINES_H_
