// Where a hit's text matches the query, for highlighting.
#ifndef CONGVAN_CORPUS_HIGHLIGHT_H_
#define CONGVAN_CORPUS_HIGHLIGHT_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace congvan::corpus {

class Highlighter {
 public:
  // `words` and `prefixes` are folded words of the compiled query (FtsQuery).
  Highlighter(const std::vector<std::string>& words, const std::vector<std::string>& prefixes);

  // Byte ranges of `text` (as written) whose words fold to a query word, its
  // Porter stem, or start with a query prefix; neighbours separated only by
  // spaces are one range ("kiểm tra").
  std::vector<std::pair<std::size_t, std::size_t>> Spans(std::string_view text) const;

 private:
  bool Matches(const std::string& folded_word) const;
  std::set<std::string> keys_;  // words and their stems
  std::vector<std::string> prefixes_;
};

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_HIGHLIGHT_H_
