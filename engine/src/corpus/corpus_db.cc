// CorpusDb (congvan/corpus_db.h): opening the file and dispatching to the
// stages, one file each — sqlite (the C API wrapper), schema (tables and
// migrations), indexer (one file in one transaction), fts_query (the query
// language), search and highlight.
//
// A writer puts the database in WAL mode, so `congvan search` can read while
// `congvan index` writes, and enables foreign keys, which the schema declares
// (documents ← tasks, blocks, citations; tasks ← tasks.parent_id).
#include "congvan/corpus_db.h"

#include <filesystem>

#include "corpus/indexer.h"
#include "corpus/schema.h"
#include "corpus/search.h"
#include "corpus/sqlite.h"

namespace congvan {

struct CorpusDb::Impl {
  explicit Impl(corpus::Database database) : db(std::move(database)) {}
  corpus::Database db;
  bool writable = false;
};

const char* IndexOutcomeName(IndexOutcome outcome) {
  switch (outcome) {
    case IndexOutcome::kIndexed:
      return "indexed";
    case IndexOutcome::kReindexed:
      return "reindexed";
    case IndexOutcome::kSkipped:
      return "skipped";
  }
  return "?";
}

CorpusDb::CorpusDb(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CorpusDb::~CorpusDb() = default;

Result<std::unique_ptr<CorpusDb>> CorpusDb::Open(const std::string& path, CorpusDbMode mode) {
  bool writable = mode == CorpusDbMode::kReadWrite;
  std::error_code ec;
  if (!writable && !std::filesystem::exists(path, ec)) {
    return Status::Error(StatusCode::kNotFound,
                         "no such database (build it with 'congvan index --db FILE DIR')",
                         corpus::At(path));
  }
  if (std::filesystem::is_directory(path, ec)) {
    return Status::Error(StatusCode::kInvalidInput, "is a directory, not a database file",
                         corpus::At(path));
  }
  int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  auto db = corpus::Database::Open(path, flags);
  if (!db.ok()) return db.status();
  auto impl = std::make_unique<Impl>(std::move(*db));
  impl->writable = writable;
  corpus::Database& d = impl->db;
  if (writable) {
    // journal_mode is the first statement to read the file: a file that is
    // not SQLite fails here with "file is not a database".
    if (Status s = d.Exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON"); !s.ok()) return s;
    if (Status s = corpus::MigrateSchema(d); !s.ok()) return s;
  } else if (Status s = corpus::CheckSchema(d); !s.ok()) {
    return s;
  }
  if (Status s = corpus::RegisterFoldFunction(d); !s.ok()) return s;
  return std::unique_ptr<CorpusDb>(new CorpusDb(std::move(impl)));
}

Result<IndexOutcome> CorpusDb::IndexFile(const std::string& file, const IndexOptions& options) {
  if (!impl_->writable) {
    return Status::Error(StatusCode::kInvalidArgument, "database opened read-only",
                         corpus::At(impl_->db.path()));
  }
  return corpus::IndexFile(impl_->db, file, options);
}

Result<SearchResult> CorpusDb::Search(const SearchQuery& query) const {
  return corpus::Search(impl_->db, query);
}

Result<std::pair<std::size_t, std::size_t>> CorpusDb::Counts() const {
  auto documents = impl_->db.QueryInt("SELECT count(*) FROM documents");
  if (!documents.ok()) return documents.status();
  auto tasks = impl_->db.QueryInt("SELECT count(*) FROM tasks");
  if (!tasks.ok()) return tasks.status();
  return std::make_pair(static_cast<std::size_t>(*documents), static_cast<std::size_t>(*tasks));
}

Result<CorpusDb::YearSources> CorpusDb::CountYearSources() const {
  auto from_name =
      impl_->db.QueryInt("SELECT count(*) FROM documents WHERE year_source = 'file name'");
  if (!from_name.ok()) return from_name.status();
  auto none = impl_->db.QueryInt("SELECT count(*) FROM documents WHERE year IS NULL");
  if (!none.ok()) return none.status();
  return YearSources{static_cast<std::size_t>(*from_name), static_cast<std::size_t>(*none)};
}

}  // namespace congvan
