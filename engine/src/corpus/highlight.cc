// Highlighting hits in their original text.
//
// Approach: FTS5 matches the folded copy of a task, whose byte offsets are
// not those of the text shown to the user (đ is two bytes, d one; NFC
// letters lose their marks). So the text as written is cut into ICU word
// tokens and each is folded with the same FoldKey and stemmed with the same
// Porter algorithm as the FTS5 tokenizer (EnglishRootStem), then compared with
// the query's words. This marks every occurrence of a query word, which is
// what a reader scanning the hit wants, even where FTS5 matched the phrase
// only once.
#include "corpus/highlight.h"

#include "congvan/lexicon.h"
#include "congvan/text_fold.h"

namespace congvan::corpus {

Highlighter::Highlighter(const std::vector<std::string>& words,
                         const std::vector<std::string>& prefixes)
    : prefixes_(prefixes) {
  for (const std::string& w : words) {
    keys_.insert(w);
    keys_.insert(EnglishRootStem(w));
  }
}

bool Highlighter::Matches(const std::string& folded_word) const {
  if (keys_.count(folded_word) > 0 || keys_.count(EnglishRootStem(folded_word)) > 0) return true;
  for (const std::string& p : prefixes_) {
    if (folded_word.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

std::vector<std::pair<std::size_t, std::size_t>> Highlighter::Spans(std::string_view text) const {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const WordToken& t : WordTokens(text)) {
    if (!t.is_word || !Matches(FoldKey(text.substr(t.begin, t.end - t.begin)))) continue;
    bool only_spaces_between =
        !spans.empty() &&
        text.substr(spans.back().second, t.begin - spans.back().second).find_first_not_of(' ') ==
            std::string_view::npos;
    if (only_spaces_between) {
      spans.back().second = t.end;
    } else {
      spans.emplace_back(t.begin, t.end);
    }
  }
  return spans;
}

}  // namespace congvan::corpus
