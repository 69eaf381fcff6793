// The corpus database schema and its migrations (docs/CORPUS_DB.md describes
// the tables for people).
#ifndef CONGVAN_CORPUS_SCHEMA_H_
#define CONGVAN_CORPUS_SCHEMA_H_

#include "congvan/status.h"
#include "corpus/sqlite.h"

namespace congvan::corpus {

// PRAGMA application_id of a corpus database: "CVDB" in ASCII.
inline constexpr int kApplicationId = 0x43564442;

// Brings a database opened for writing to the current schema: a new, empty
// file gets every table; an older corpus database runs the migrations it
// lacks, each in its own transaction. Fails (kInvalidInput) on a SQLite file
// that is some other application's, or whose schema is newer than this build.
Status MigrateSchema(Database& db);

// Checks, without changing anything, that `db` is a corpus database of the
// current schema version (for read-only use).
Status CheckSchema(const Database& db);

}  // namespace congvan::corpus

#endif  // CONGVAN_CORPUS_SCHEMA_H_
