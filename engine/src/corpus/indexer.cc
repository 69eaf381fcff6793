// Indexing one file: read → hash → (skip | parse → replace rows).
//
// Approach: a document is keyed by its canonical absolute path, so the same
// file reached through another relative path is the same row. The bytes are
// read once, hashed, and given to ParseBytes, so what is hashed is what is
// parsed. Parsing happens before the transaction opens (the write lock is
// held only while rows are written); the transaction deletes the old rows of
// the document (tasks' FTS entries go through the schema's triggers) and
// inserts the new ones, tasks in document order so that a parent's row id is
// known before its children are written. A text without a year takes the
// year of its file name (YearFromFileName, the rule of `congvan timeline`),
// and documents.year_source records which of the two it is.
#include "corpus/indexer.h"

#include <sys/stat.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <utility>

#include "congvan/parse.h"
#include "congvan/text_fold.h"
#include "corpus/content_hash.h"
#include "corpus/sqlite_module_loader.h"

namespace congvan::corpus {
namespace {

struct StoredDocument {
  std::int64_t id = 0;
  std::string hash;
};

Result<std::string> ReadBytes(const std::string& file, std::size_t max_bytes) {
  Location where = At(file);
  struct stat info;
  if (stat(file.c_str(), &info) != 0)
    return Status::Error(StatusCode::kNotFound, "no such file", where);
  if (S_ISDIR(info.st_mode)) {
    return Status::Error(StatusCode::kInvalidInput, "is a directory, not a document", where);
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    return Status::Error(StatusCode::kLimitExceeded,
                         "file is larger than the limit of " + std::to_string(max_bytes) + " bytes",
                         where);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::Error(StatusCode::kIoError, "cannot open file for reading", where);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::Error(StatusCode::kIoError, "read error", where);
  return bytes;
}

Result<std::optional<StoredDocument>> FindStored(const Database& db, const std::string& key) {
  auto stmt = db.Prepare("SELECT id, content_hash FROM documents WHERE path = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<StoredDocument>();
  return std::optional<StoredDocument>(StoredDocument{stmt->Int(0), stmt->Text(1)});
}

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

// Binds text, or NULL for an empty string.
void BindOptional(Statement& stmt, int index, const std::string& text) {
  if (text.empty()) {
    stmt.BindNull(index);
  } else {
    stmt.Bind(index, text);
  }
}

Status DeleteDocument(Database& db, std::int64_t id) {
  for (const char* sql :
       {"DELETE FROM tasks WHERE document_id = ?1", "DELETE FROM blocks WHERE document_id = ?1",
        "DELETE FROM citations WHERE document_id = ?1", "DELETE FROM documents WHERE id = ?1"}) {
    auto stmt = db.Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    Status s = stmt->Bind(1, id).Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

struct FileFacts {
  std::string key;     // canonical absolute path
  std::string source;  // as given
  std::string hash;
  std::size_t bytes = 0;
  const char* year_source = nullptr;  // "text" | "file name"; null when there is no year
};

Result<std::int64_t> InsertDocument(Database& db, const Document& doc, const FileFacts& facts) {
  auto stmt = db.Prepare(
      "INSERT INTO documents (path, source, content_hash, bytes, format, encoding, language, kind,"
      " number, date, issuer, year, title, task_count, indexed_at, year_source)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
  if (!stmt.ok()) return stmt.status();
  const Metadata& m = doc.meta;
  stmt->Bind(1, facts.key).Bind(2, facts.source).Bind(3, facts.hash);
  stmt->Bind(4, static_cast<std::int64_t>(facts.bytes)).Bind(5, doc.source_info.format);
  BindOptional(*stmt, 6, doc.source_info.encoding);
  stmt->Bind(7, doc.language.code());
  BindOptional(*stmt, 8, m.kind);
  BindOptional(*stmt, 9, m.number);
  BindOptional(*stmt, 10, m.date);
  BindOptional(*stmt, 11, m.issuer);
  stmt->Bind(12, m.year);
  BindOptional(*stmt, 13, m.title);
  stmt->Bind(14, static_cast<std::int64_t>(doc.TaskCount())).Bind(15, UtcNow());
  BindOptional(*stmt, 16, facts.year_source == nullptr ? "" : facts.year_source);
  Status s = stmt->Run();
  if (!s.ok()) return s;
  return static_cast<std::int64_t>(Sqlite().last_insert_rowid(db.handle()));
}

Status InsertTasks(Database& db, const Document& doc, std::int64_t document_id) {
  auto stmt = db.Prepare(
      "INSERT INTO tasks (document_id, seq, parent_id, depth, path, marker, ordinal, level, text,"
      " folded, line_first, line_last) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (!stmt.ok()) return stmt.status();
  std::unordered_map<const Node*, std::int64_t> row_of;
  std::int64_t seq = 0;
  Status status;
  ForEachTask(doc.tasks, [&](const Node& node, int depth, const Node* parent) {
    if (!status.ok()) return;
    stmt->Reset();
    stmt->Bind(1, document_id).Bind(2, seq++);
    if (parent != nullptr) {
      stmt->Bind(3, row_of.at(parent));
    } else {
      stmt->BindNull(3);
    }
    stmt->Bind(4, static_cast<std::int64_t>(depth)).Bind(5, node.path);
    BindOptional(*stmt, 6, node.marker);
    stmt->Bind(7, node.ordinal);
    BindOptional(*stmt, 8, node.level);
    stmt->Bind(9, node.text).Bind(10, FoldKey(node.text));
    LineSpan lines = node.lines();
    stmt->Bind(11, static_cast<std::int64_t>(lines.first))
        .Bind(12, static_cast<std::int64_t>(lines.last));
    status = stmt->Run();
    row_of[&node] = Sqlite().last_insert_rowid(db.handle());
  });
  return status;
}

Status InsertBlocksAndCitations(Database& db, const Document& doc, std::int64_t document_id) {
  auto block = db.Prepare(
      "INSERT INTO blocks (document_id, seq, role, text, line_first, line_last)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!block.ok()) return block.status();
  std::int64_t seq = 0;
  for (const Block& b : doc.blocks) {
    int first = b.spans.empty() ? 0 : b.spans.front().first;
    int last = b.spans.empty() ? 0 : b.spans.back().last;
    block->Reset();
    block->Bind(1, document_id).Bind(2, seq++).Bind(3, std::string_view(BlockRoleName(b.role)));
    block->Bind(4, b.text)
        .Bind(5, static_cast<std::int64_t>(first))
        .Bind(6, static_cast<std::int64_t>(last));
    if (Status s = block->Run(); !s.ok()) return s;
  }
  auto cite = db.Prepare(
      "INSERT INTO citations (document_id, type, number, date, text, line)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!cite.ok()) return cite.status();
  for (const Reference& r : doc.meta.references) {
    cite->Reset();
    cite->Bind(1, document_id);
    BindOptional(*cite, 2, r.type);
    BindOptional(*cite, 3, r.number);
    BindOptional(*cite, 4, r.date);
    cite->Bind(5, r.text).Bind(6, static_cast<std::int64_t>(r.line));
    if (Status s = cite->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status ReplaceDocument(Database& db, const Document& doc, const FileFacts& facts,
                       const std::optional<StoredDocument>& stored) {
  auto tx = Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  if (stored) {
    if (Status s = DeleteDocument(db, stored->id); !s.ok()) return s;
  }
  auto id = InsertDocument(db, doc, facts);
  if (!id.ok()) return id.status();
  if (Status s = InsertTasks(db, doc, *id); !s.ok()) return s;
  if (Status s = InsertBlocksAndCitations(db, doc, *id); !s.ok()) return s;
  return (*tx)->Commit();
}

}  // namespace

Result<IndexOutcome> IndexFile(Database& db, const std::string& file, const IndexOptions& options) {
  auto bytes = ReadBytes(file, options.parse.max_input_bytes);
  if (!bytes.ok()) return bytes.status();
  FileFacts facts;
  std::error_code ec;
  std::filesystem::path canonical =
      std::filesystem::weakly_canonical(std::filesystem::absolute(file, ec), ec);
  if (ec)
    return Status::Error(StatusCode::kIoError, "cannot resolve the path: " + ec.message(),
                         At(file));
  facts.key = canonical.string();
  facts.source = std::filesystem::path(file).lexically_normal().string();
  auto hash = ContentHash(*bytes);
  if (!hash.ok()) return Status::Error(hash.status().code(), hash.status().message(), At(file));
  facts.hash = std::move(*hash);
  facts.bytes = bytes->size();

  auto stored = FindStored(db, facts.key);
  if (!stored.ok()) return stored.status();
  if (*stored && (*stored)->hash == facts.hash && !options.force) return IndexOutcome::kSkipped;

  auto doc = ParseBytes(*bytes, file, options.parse);
  if (!doc.ok()) return doc.status();
  // The year rule of `congvan timeline`: the text's year, else the file name's.
  if (doc->meta.year) {
    facts.year_source = "text";
  } else if ((doc->meta.year = YearFromFileName(file))) {
    facts.year_source = "file name";
  }
  if (Status s = ReplaceDocument(db, *doc, facts, *stored); !s.ok()) return s;
  return stored->has_value() ? IndexOutcome::kReindexed : IndexOutcome::kIndexed;
}

}  // namespace congvan::corpus
