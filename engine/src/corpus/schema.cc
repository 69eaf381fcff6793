// Schema and migrations of the corpus database.
//
// Approach: the schema version is PRAGMA user_version and the file is marked
// as ours by PRAGMA application_id. kMigrations[i] takes a database from
// version i to i + 1; a new file runs them all. Migrations are only ever
// appended (a released schema is never edited), so a database written by an
// older build is brought forward on its next `congvan index`, and `congvan
// search` (read-only) asks for that when it meets an old one.
//
// The full-text index is an FTS5 table over tasks.folded (an external-content
// table: it stores only the index, the text lives in `tasks`); triggers keep
// it in step with `tasks`, so rows deleted or inserted by hand in sqlite3 stay
// searchable correctly. Its tokenizer is SQLite's own (porter over unicode61
// with remove_diacritics 2), so the sqlite3 shell and pandas can query it
// without any congvan code; `folded` already has đ → d, which unicode61 alone
// would keep.
#include "corpus/schema.h"

#include <cstdint>
#include <iterator>
#include <string>

#include "congvan/corpus_db.h"

namespace congvan::corpus {
namespace {

constexpr const char* kMigrations[] = {
    // 0 → 1: the first schema.
    R"sql(
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,  -- absolute, canonical: the key for re-indexing
  source       TEXT NOT NULL,         -- the path as given to `congvan index`
  content_hash TEXT NOT NULL,         -- SHA-256 of the file's bytes, hex
  bytes        INTEGER NOT NULL,
  format       TEXT NOT NULL,         -- text | docx | pdf | html
  encoding     TEXT,
  language     TEXT NOT NULL,         -- vi | en | ...
  kind         TEXT,                  -- as the grammar spells it: Công văn, Nghị định, Decree
  number       TEXT,                  -- 1303/LĐTBXH-BĐG
  date         TEXT,                  -- ISO 8601 issue date
  issuer       TEXT,
  year         INTEGER,
  title        TEXT,
  task_count   INTEGER NOT NULL,
  indexed_at   TEXT NOT NULL          -- UTC, ISO 8601
);
CREATE INDEX documents_year ON documents(year);

CREATE TABLE tasks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq         INTEGER NOT NULL,       -- position in document order (pre-order), from 0
  parent_id   INTEGER REFERENCES tasks(id),
  depth       INTEGER NOT NULL,       -- 0 for top-level tasks
  path        TEXT NOT NULL,          -- 2.b.1
  marker      TEXT,                   -- b) ; NULL for an unnumbered paragraph
  ordinal     INTEGER,
  level       TEXT,                   -- article | chapter | ... for divisions of legislation
  text        TEXT NOT NULL,          -- own text, without marker and children
  folded      TEXT NOT NULL,          -- text without case, diacritics, đ (FoldKey)
  line_first  INTEGER NOT NULL,
  line_last   INTEGER NOT NULL
);
CREATE INDEX tasks_document ON tasks(document_id, seq);

CREATE TABLE blocks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq         INTEGER NOT NULL,
  role        TEXT NOT NULL,          -- title | addressees | preamble | signature | ...
  text        TEXT NOT NULL,
  line_first  INTEGER NOT NULL,
  line_last   INTEGER NOT NULL
);
CREATE INDEX blocks_document ON blocks(document_id, seq);

CREATE TABLE citations (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  type        TEXT,                   -- Nghị quyết, Circular, ... as written
  number      TEXT,                   -- 01/NQ-CP
  date        TEXT,                   -- ISO 8601, or NULL
  text        TEXT NOT NULL,          -- the citation as it appears
  line        INTEGER
);
CREATE INDEX citations_document ON citations(document_id);
CREATE INDEX citations_number ON citations(number);

CREATE VIRTUAL TABLE task_fts USING fts5(
  folded, content='tasks', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
  INSERT INTO task_fts(rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
  INSERT INTO task_fts(task_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
END;
CREATE TRIGGER tasks_fts_update AFTER UPDATE OF folded ON tasks BEGIN
  INSERT INTO task_fts(task_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
  INSERT INTO task_fts(rowid, folded) VALUES (new.id, new.folded);
END;
)sql",
    // 1 → 2: where the year comes from. Schema 1 took years from the text only;
    // a document it stored without a year gets an empty hash, so that the next
    // `congvan index` of its file re-parses it and may take the file name's year.
    R"sql(
ALTER TABLE documents ADD COLUMN year_source TEXT;  -- text | file name; NULL when year is NULL
UPDATE documents SET year_source = 'text' WHERE year IS NOT NULL;
UPDATE documents SET content_hash = '' WHERE year IS NULL;
)sql",
};

constexpr int kLatest = static_cast<int>(std::size(kMigrations));
static_assert(kLatest == kCorpusDbSchemaVersion, "a migration per schema version");

struct Identity {
  std::int64_t application_id = 0;
  std::int64_t version = 0;
  std::int64_t objects = 0;  // tables, indexes, ... of any kind
};

Result<Identity> ReadIdentity(const Database& db) {
  Identity id;
  auto app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  auto objects = db.QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!objects.ok()) return objects.status();
  return Identity{*app, *version, *objects};
}

Status NotOurs(const Database& db) {
  return Status::Error(StatusCode::kInvalidInput,
                       "not a congvan corpus database (an SQLite file of another application)",
                       At(db.path()));
}

Status TooNew(const Database& db, std::int64_t version) {
  return Status::Error(StatusCode::kInvalidInput,
                       "corpus database schema " + std::to_string(version) +
                           " is newer than this congvan's (" + std::to_string(kLatest) +
                           "); use a newer congvan",
                       At(db.path()));
}

}  // namespace

Status MigrateSchema(Database& db) {
  auto id = ReadIdentity(db);
  if (!id.ok()) return id.status();
  bool fresh = id->application_id == 0 && id->objects == 0;
  if (!fresh && id->application_id != kApplicationId) return NotOurs(db);
  if (id->version > kLatest) return TooNew(db, id->version);
  for (int v = static_cast<int>(id->version); v < kLatest; ++v) {
    auto tx = Transaction::Begin(db);
    if (!tx.ok()) return tx.status();
    Status s = db.Exec(kMigrations[v]);
    if (s.ok()) {
      s = db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                  "; PRAGMA user_version = " + std::to_string(v + 1));
    }
    if (s.ok()) s = (*tx)->Commit();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status CheckSchema(const Database& db) {
  auto id = ReadIdentity(db);
  if (!id.ok()) return id.status();
  if (id->application_id != kApplicationId) {
    if (id->objects == 0) {
      return Status::Error(StatusCode::kInvalidInput,
                           "empty database (build it with 'congvan index --db FILE DIR')",
                           At(db.path()));
    }
    return NotOurs(db);
  }
  if (id->version > kLatest) return TooNew(db, id->version);
  if (id->version < kLatest) {
    return Status::Error(StatusCode::kInvalidInput,
                         "corpus database schema " + std::to_string(id->version) +
                             " is older than this congvan's (" + std::to_string(kLatest) +
                             "); run 'congvan index --db FILE' once to migrate it",
                         At(db.path()));
  }
  return Status::Ok();
}

}  // namespace congvan::corpus
