// Search: the compiled FTS5 expression joined with the task and document
// rows, filtered by the document's metadata, in the order a researcher reads
// a corpus — by year, then document, then the task's place in it.
//
// Approach: one SELECT whose WHERE clause grows with the filters given; each
// filter value is a bound parameter (never pasted into SQL). The kind and
// issuer filters compare folded strings through congvan_fold(), a function
// registered on this connection only. Every row is stepped to count the total,
// but only the first `limit` are turned into hits and highlighted.
#include "corpus/search.h"

#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "corpus/fts_query.h"
#include "corpus/highlight.h"
#include "corpus/sqlite_module_loader.h"

namespace congvan::corpus {
namespace {

void FoldFunction(sqlite3_context* context, int, sqlite3_value** argv) {
  const unsigned char* text = Sqlite().value_text(argv[0]);
  if (text == nullptr) {
    Sqlite().result_null(context);
    return;
  }
  std::string folded =
      FoldKey(std::string_view(reinterpret_cast<const char*>(text),
                               static_cast<std::size_t>(Sqlite().value_bytes(argv[0]))));
  Sqlite().result_text64(context, folded.data(), folded.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// The SELECT for `query`, and the values of its parameters ?2, ?3, … in order
// (?1 is the MATCH expression).
struct Sql {
  std::string text;
  std::vector<std::string> text_params;
  std::vector<std::int64_t> int_params;  // bound before text_params
};

Sql BuildSql(const SearchQuery& query) {
  Sql sql;
  sql.text =
      "SELECT d.source, d.year, d.language, d.kind, d.number, d.issuer, t.path, t.marker, t.depth,"
      " t.text, t.line_first, t.line_last"
      " FROM task_fts JOIN tasks t ON t.id = task_fts.rowid JOIN documents d ON d.id = "
      "t.document_id"
      " WHERE task_fts MATCH ?1";
  int next = 2;
  auto param = [&] { return " ?" + std::to_string(next++); };
  if (query.year_from) {
    sql.text += " AND d.year >=" + param();
    sql.int_params.push_back(*query.year_from);
  }
  if (query.year_to) {
    sql.text += " AND d.year <=" + param();
    sql.int_params.push_back(*query.year_to);
  }
  if (!query.language.empty()) {
    sql.text += " AND d.language =" + param();
    sql.text_params.push_back(query.language);
  }
  if (!query.kind.empty()) {
    sql.text += " AND congvan_fold(d.kind) =" + param();
    sql.text_params.push_back(FoldKey(query.kind));
  }
  if (!query.issuer.empty()) {
    sql.text += " AND instr(congvan_fold(d.issuer)," + param() + ") > 0";
    sql.text_params.push_back(FoldKey(query.issuer));
  }
  sql.text += " ORDER BY d.year IS NULL, d.year, d.source, t.seq";
  return sql;
}

SearchHit ReadHit(const Statement& row) {
  SearchHit hit;
  hit.source = row.Text(0);
  if (!row.IsNull(1)) hit.year = static_cast<int>(row.Int(1));
  hit.language = row.Text(2);
  hit.kind = row.Text(3);
  hit.number = row.Text(4);
  hit.issuer = row.Text(5);
  hit.path = row.Text(6);
  hit.marker = row.Text(7);
  hit.depth = static_cast<int>(row.Int(8));
  hit.text = row.Text(9);
  hit.line_first = static_cast<int>(row.Int(10));
  hit.line_last = static_cast<int>(row.Int(11));
  return hit;
}

}  // namespace

Status RegisterFoldFunction(Database& db) {
  int rc = Sqlite().create_function_v2(db.handle(), "congvan_fold", 1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, FoldFunction,
                                       nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return db.Error("cannot register congvan_fold");
  return Status::Ok();
}

Result<SearchResult> Search(const Database& db, const SearchQuery& query) {
  std::shared_ptr<const Lexicon> lexicon = query.lexicon;
  if (query.concepts && lexicon == nullptr) {
    auto loaded = Lexicon::Load(DefaultLexiconPath());
    if (!loaded.ok()) return loaded.status();
    lexicon = *loaded;
  }
  auto fts = CompileQuery(query.text, query.concepts ? lexicon.get() : nullptr);
  if (!fts.ok()) return fts.status();

  Sql sql = BuildSql(query);
  auto stmt = db.Prepare(sql.text);
  if (!stmt.ok()) return stmt.status();
  int index = 1;
  stmt->Bind(index++, fts->match);
  for (std::int64_t v : sql.int_params) stmt->Bind(index++, v);
  for (const std::string& v : sql.text_params) stmt->Bind(index++, v);

  SearchResult result;
  result.fts_query = fts->match;
  result.expansions = fts->expansions;
  Highlighter highlighter(fts->words, fts->prefixes);
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ++result.total;
    if (query.limit != 0 && result.hits.size() >= query.limit) continue;
    SearchHit hit = ReadHit(*stmt);
    hit.highlights = highlighter.Spans(hit.text);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace congvan::corpus
