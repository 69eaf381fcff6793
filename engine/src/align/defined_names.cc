// Defined names taken out of a text (see defined_names.h). A scan for the
// formulas of defining; for each, the parenthesis and the long name before it
// are cut out. Texts that define nothing (nearly all) are returned as they are
// after one search per formula.
#include "align/defined_names.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace congvan::align_internal {
namespace {

bool IsSpaceOrPunct(char c) {
  return c == ' ' || c == ',' || c == '(' || c == '"' || c == '\n' || c == '\t';
}

bool IsClauseEnd(char c) { return c == '.' || c == ';' || c == ':' || c == ')'; }

// The first definition formula at or after `from`: its position and length,
// or npos.
std::pair<size_t, size_t> NextFormula(std::string_view text, size_t from,
                                      const std::vector<std::string>& formulas) {
  size_t best = std::string_view::npos, length = 0;
  for (std::string_view f : formulas) {
    size_t at = text.find(f, from);
    if (at < best) best = at, length = f.size();
  }
  return {best, length};
}

// The short name's first word, without quotes or an article of the language
// ("the Ministry").
std::string_view FirstWord(std::string_view name, const std::vector<std::string>& articles) {
  while (!name.empty() && (name.front() == '"' || name.front() == ' ')) name.remove_prefix(1);
  if (name.rfind("“", 0) == 0) name.remove_prefix(std::string_view("“").size());
  for (std::string_view article : articles) {
    if (name.rfind(article, 0) == 0) return FirstWord(name.substr(article.size()), articles);
  }
  size_t end = 0;
  while (end < name.size() && name[end] != ' ' && name[end] != ',' && name[end] != ')' &&
         name[end] != '"')
    ++end;
  return name.substr(0, end);
}

// Where the long name before the parenthesis at `open` begins: the last
// occurrence of `word`, as a word, between the clause's start and `open`;
// `open` itself when there is none.
size_t LongNameStart(std::string_view text, size_t open, std::string_view word) {
  size_t clause_start = open;
  while (clause_start > 0 && !IsClauseEnd(text[clause_start - 1])) --clause_start;
  if (word.empty()) return open;
  std::string_view clause = text.substr(clause_start, open - clause_start);
  for (size_t at = clause.rfind(word); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : clause.rfind(word, at - 1)) {
    bool starts = at == 0 || IsSpaceOrPunct(clause[at - 1]);
    size_t after = at + word.size();
    bool ends = after == clause.size() || IsSpaceOrPunct(clause[after]);
    if (starts && ends) return clause_start + at;
  }
  return open;
}

// Appends `segment` to `out`, one space between them.
void AppendSpaced(std::string_view segment, std::string* out) {
  if (out->empty() || out->back() == ' ') {
    while (!segment.empty() && segment.front() == ' ') segment.remove_prefix(1);
  }
  out->append(segment);
}

}  // namespace

std::string WithoutDefinedNames(std::string_view text, const DefinitionWords& words) {
  const std::vector<std::string>& formulas = words.formulas;
  std::string out;
  size_t kept_from = 0;
  auto [at, length] = NextFormula(text, 0, formulas);
  while (at != std::string_view::npos) {
    size_t close = text.find(')', at + length);
    if (close == std::string_view::npos) break;
    std::string_view name = text.substr(at + length, close - at - length);
    size_t start =
        std::max(LongNameStart(text, at, FirstWord(name, words.name_articles)), kept_from);
    AppendSpaced(text.substr(kept_from, start - kept_from), &out);
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
    kept_from = close + 1;
    std::tie(at, length) = NextFormula(text, kept_from, formulas);
  }
  if (kept_from == 0) return std::string(text);
  AppendSpaced(text.substr(kept_from), &out);
  return out;
}

}  // namespace congvan::align_internal
