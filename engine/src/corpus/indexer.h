// Storing one parsed file in the corpus database.
#ifndef CONGVAN_CORPUS_INDEXER_H_
#define CONGVAN_CORPUS_INDEXER_H_

#include <string>

#include "congvan/corpus_db.h"
#include "corpus/sqlite.h"

namespace congvan::corpus {

// Reads `file`, and unless its SHA-256 equals the stored one (and not
// options.force), parses it and replaces its rows in one transaction. A read
// or parse failure returns the Status naming the file and writes nothing.
Result<IndexOutcome> IndexFile(Database& db, const std::string& file, const IndexOptions& options);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_INDEXER_H_
