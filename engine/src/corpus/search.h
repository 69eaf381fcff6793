// Running a search over the corpus database.
#ifndef CONGVAN_CORPUS_SEARCH_H_
#define CONGVAN_CORPUS_SEARCH_H_

#include "congvan/corpus_db.h"
#include "corpus/sqlite.h"

namespace congvan::corpus {

// The SQL function congvan_fold(text) (FoldKey) on `db`, used by the kind and
// issuer filters. Connection-local: the stored schema never depends on it.
Status RegisterFoldFunction(Database& db);

// SearchQuery → hits (see CorpusDb::Search). REQUIRES: RegisterFoldFunction(db).
Result<SearchResult> Search(const Database& db, const SearchQuery& query);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_SEARCH_H_
