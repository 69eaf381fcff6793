// The corpus database: parsed documents stored in one SQLite file (embedded,
// no server) with a full-text index (FTS5) over task text, so that a corpus of
// thousands of texts can be searched across years and the two languages.
//
// Schema (tables, columns, example SQL): docs/CORPUS_DB.md. In short:
// documents (one row per file, with its content hash and metadata), tasks (the
// task tree, one row per node, with a `folded` copy of the text: case,
// diacritics and đ → d removed by FoldKey), blocks (non-task text), citations
// (documents cited), and task_fts (FTS5 over tasks.folded).
//
// Re-indexing a file whose bytes have not changed is skipped (SHA-256 of the
// bytes); a changed file replaces its rows in one transaction. A document
// whose text names no year takes the year of its file name, as `congvan
// timeline` does (YearFromFileName), and documents.year_source says which.
#ifndef CONGVAN_CORPUS_DB_H_
#define CONGVAN_CORPUS_DB_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "congvan/lexicon.h"
#include "congvan/parse.h"
#include "congvan/status.h"

namespace congvan {

// The schema version this build writes and reads (PRAGMA user_version).
inline constexpr int kCorpusDbSchemaVersion = 2;

enum class CorpusDbMode {
  kReadWrite,  // creates the file and the schema when missing; migrates older schemas
  kReadOnly,   // the file must exist and hold a corpus database of this version
};

struct IndexOptions {
  ParseOptions parse;  // how each file is read and parsed (language, reader options)
  bool force = false;  // re-index files even when their hash is unchanged
};

enum class IndexOutcome {
  kIndexed,    // new file, stored
  kReindexed,  // known file whose bytes changed: its rows were replaced
  kSkipped,    // known file, same bytes: nothing done
};
const char* IndexOutcomeName(IndexOutcome outcome);  // "indexed" | "reindexed" | "skipped"

// What to search for. `text` uses the query language of `congvan search`:
// words side by side form a phrase (in order, adjacent); "quoted" text is a
// phrase too; AND, OR and NOT (upper case) combine phrases; a word ending in
// '*' is a prefix. Matching is blind to case and diacritics (đ = d) and
// English words meet their inflections (Porter stems).
struct SearchQuery {
  std::string text;
  std::optional<int> year_from;  // inclusive; documents without a year never match a year filter
  std::optional<int> year_to;    // inclusive
  std::string language;          // "vi", "en"; empty = any
  std::string kind;    // the document's kind ("Công văn", "Decree"), folded, whole; empty = any
  std::string issuer;  // a part of the issuer's name, folded; empty = any
  // Expand each phrase through the bilingual lexicon: a phrase that names
  // concepts also matches tasks naming the same concepts in any language.
  bool concepts = false;
  // The lexicon for `concepts`; null = Lexicon::Load(DefaultLexiconPath()).
  std::shared_ptr<const Lexicon> lexicon;
  std::size_t limit = 0;  // at most this many hits; 0 = all
};

// One task that matched.
struct SearchHit {
  std::string source;  // the file as it was given to IndexFile
  std::optional<int> year;
  std::string language;
  std::string kind;
  std::string number;
  std::string issuer;
  std::string path;    // the task's path ("2.b.1")
  std::string marker;  // "b)"; empty for an unnumbered paragraph
  int depth = 0;
  std::string text;  // the task's own text, as written
  int line_first = 0;
  int line_last = 0;
  // Byte ranges of `text` whose words match the query, left to right.
  std::vector<std::pair<std::size_t, std::size_t>> highlights;
};

// A phrase of the query and the concept it was expanded through.
struct ConceptExpansion {
  std::string phrase;              // the words of the query that name the concept
  std::string concept_id;          // e.g. "examination"
  std::vector<std::string> forms;  // every surface form searched for it, vi then en
};

struct SearchResult {
  std::vector<SearchHit> hits;  // ordered by year (none last), document, task order
  std::size_t total = 0;        // matches before `limit`
  std::string fts_query;        // the FTS5 MATCH expression that was run
  std::vector<ConceptExpansion> expansions;
};

class CorpusDb {
 public:
  // Opens the database at `path`. Failures (kNotFound, kInvalidInput for a
  // file that is no corpus database or has a newer schema, kIoError) name
  // the file.
  static Result<std::unique_ptr<CorpusDb>> Open(const std::string& path, CorpusDbMode mode);

  // Reads, hashes and parses `file` and stores it in one transaction, keyed by
  // its absolute path. A file that cannot be read or parsed returns the
  // parser's Status (naming the file) and leaves the database as it was (a
  // previously indexed version stays). REQUIRES: opened kReadWrite.
  Result<IndexOutcome> IndexFile(const std::string& file, const IndexOptions& options);

  // Runs a query. Fails with kInvalidArgument on a query without words or
  // with a misplaced operator, kNotFound/kGrammarError when the lexicon
  // cannot be loaded, kIoError on a database error.
  Result<SearchResult> Search(const SearchQuery& query) const;

  // Number of documents and of tasks stored.
  Result<std::pair<std::size_t, std::size_t>> Counts() const;

  // Where the stored documents' years come from (documents.year_source).
  struct YearSources {
    std::size_t from_file_name = 0;  // the text names none; the file name does ("2021-….txt")
    std::size_t none = 0;            // no year at all: a --year filter never matches them
  };
  Result<YearSources> CountYearSources() const;

  ~CorpusDb();
  struct Impl;

 private:
  explicit CorpusDb(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The files to index for `paths`: a file is taken as given; a directory is
// walked recursively (in sorted order, hidden entries skipped) for the
// extensions the readers handle (.txt .md .docx .pdf .html .htm). Fails with
// kNotFound on a path that does not exist.
// The JSON of a search (`congvan search --format json`): query, fts_query,
// total, truncated, expansions and hits (source, year, language, kind,
// number, issuer, path, marker, depth, text, lines, highlights).
std::string WriteSearchJson(const SearchResult& result, const std::string& query);

Result<std::vector<std::string>> CorpusFiles(const std::vector<std::string>& paths);

}  // namespace congvan

#endif  // CONGVAN_CORPUS_DB_H_
