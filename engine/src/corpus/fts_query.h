// The query language of `congvan search`, compiled to an FTS5 MATCH
// expression over the folded task text.
#ifndef CONGVAN_CORPUS_FTS_QUERY_H_
#define CONGVAN_CORPUS_FTS_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/corpus_db.h"
#include "congvan/lexicon.h"

namespace congvan::corpus {

struct FtsQuery {
  std::string match;  // the FTS5 expression
  std::vector<ConceptExpansion> expansions;
  // Folded words of every phrase and expansion, for highlighting; `prefixes`
  // are the words that ended in '*'.
  std::vector<std::string> words;
  std::vector<std::string> prefixes;
};

// Compiles `query` (syntax: congvan/corpus_db.h SearchQuery::text). With a
// lexicon, each phrase that names concepts is widened to "the phrase, or every
// concept it names in any of their forms" (vi and en), plus any numbers of the
// phrase. Fails (kInvalidArgument) on a query without words, an operator
// without a phrase on each side, or an unclosed quote.
Result<FtsQuery> CompileQuery(std::string_view query, const Lexicon* lexicon);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_FTS_QUERY_H_
