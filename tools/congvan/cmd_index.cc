// `congvan index --db FILE.db FILE|DIR...`: parses documents into the corpus
// database (congvan/corpus_db.h; schema in docs/CORPUS_DB.md). Directories are
// walked for the file types the readers know. Each file is its own
// transaction: a file that fails is reported in one line and the others go
// on; files whose bytes have not changed since they were indexed are skipped.
// Counts go to stderr (with the documents dated by their file name and those
// without a year); the exit code is 1 when any file failed.
#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/corpus_db.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "usage: congvan index --db FILE.db FILE|DIR... [options]\n\n"
    "Parses documents into a searchable SQLite database (created when missing):\n"
    "each document's metadata, task tree, blocks and cited documents, with a\n"
    "full-text index for 'congvan search'. Directories are walked recursively for\n"
    ".txt .md .docx .pdf .html .htm files. A file whose bytes have not changed\n"
    "since it was indexed is skipped; a changed file replaces its rows. A document\n"
    "whose text names no year takes the year in its file name (2021-dispatch.txt),\n"
    "as 'congvan timeline' does (documents.year_source says which); the summary\n"
    "on stderr counts those and the documents left without a year, which\n"
    "'search --year' leaves out. The schema is documented in docs/CORPUS_DB.md,\n"
    "for sqlite3 and pandas.\n\n";

constexpr const char* kExamples = R"(examples:
  congvan index --db corpus.db corpus/
  congvan index --db corpus.db corpus/ new-dispatch.docx     # again: only new or changed files
  congvan index --db corpus.db scans/ --ocr                  # scanned PDFs through Tesseract
  congvan index --db corpus.db corpus/ --force               # re-parse everything (a new congvan)
  sqlite3 corpus.db 'SELECT year, kind, number, source FROM documents ORDER BY year'
)";

struct Counts {
  int indexed = 0;
  int reindexed = 0;
  int skipped = 0;
  int failed = 0;
};

// Indexes every file of one FILE|DIR argument; failures are printed and counted.
void IndexPath(CorpusDb& db, const std::string& path, const IndexOptions& options, bool verbose,
               Counts* counts) {
  auto files = CorpusFiles({path});
  if (!files.ok()) {
    Fail(kExitInputError, files.status().ToString());
    ++counts->failed;
    return;
  }
  for (const std::string& file : *files) {
    auto outcome = db.IndexFile(file, options);
    if (!outcome.ok()) {
      Fail(kExitInputError, outcome.status().ToString());
      ++counts->failed;
      continue;
    }
    if (verbose) std::cerr << IndexOutcomeName(*outcome) << "  " << file << "\n";
    switch (*outcome) {
      case IndexOutcome::kIndexed:
        ++counts->indexed;
        break;
      case IndexOutcome::kReindexed:
        ++counts->reindexed;
        break;
      case IndexOutcome::kSkipped:
        ++counts->skipped;
        break;
    }
  }
}

int RunIndex(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(), "the database file (required; created when missing)")(
      "lang,l", po::value<std::string>()->default_value("auto"),
      "language of every file: auto (detected per file) or\na grammar's code (vi, en)")(
      "force", "re-index every file, even when its bytes are unchanged")(
      "verbose,v", "one line per file on stderr: indexed, reindexed or skipped")(
      "grammars", po::value<std::string>(), kGrammarsHelp);
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit = ParseArguments("index", args, visible, kUsage, kExamples, vm)) return *exit;
  if (!vm.count("db"))
    return Fail(kExitUsage, "index: --db FILE.db is required (see 'congvan index --help')");
  if (!vm.count("file")) {
    return Fail(kExitUsage, "index: no FILE or DIR to index (see 'congvan index --help')");
  }
  IndexOptions options;
  options.force = vm.count("force") > 0;
  if (vm.count("grammars")) options.parse.grammar_dir = vm["grammars"].as<std::string>();
  if (auto error = ReaderOptions(vm, &options.parse.read))
    return Fail(kExitUsage, "index: " + *error);
  std::string lang = vm["lang"].as<std::string>();
  if (lang != "auto") {
    std::string error;
    options.parse.language = LanguageOption("--lang", lang, options.parse.grammar_dir, &error);
    if (!options.parse.language) return Fail(kExitUsage, "index: " + error);
  }
  const std::string db_path = vm["db"].as<std::string>();
  auto db = CorpusDb::Open(db_path, CorpusDbMode::kReadWrite);
  if (!db.ok()) return Fail(kExitInputError, db.status().ToString());

  Counts counts;
  for (const std::string& path : vm["file"].as<std::vector<std::string>>()) {
    IndexPath(**db, path, options, vm.count("verbose") > 0, &counts);
  }
  std::cerr << "congvan index: " << counts.indexed << " indexed, " << counts.reindexed
            << " reindexed, " << counts.skipped << " skipped (unchanged), " << counts.failed
            << " failed";
  if (auto totals = (*db)->Counts(); totals.ok()) {
    std::cerr << "; " << db_path << " holds " << totals->first
              << (totals->first == 1 ? " document, " : " documents, ") << totals->second
              << (totals->second == 1 ? " task" : " tasks");
  }
  // A document without a year never passes `search --year`: say how many there are.
  if (auto years = (*db)->CountYearSources(); years.ok()) {
    std::cerr << "; " << years->none << " without a year (left out by search --year), "
              << years->from_file_name << " dated by their file name";
  }
  std::cerr << "\n";
  return counts.failed > 0 ? kExitInputError : kExitOk;
}

const CommandRegistrar kRegisterIndex({"index",
                                       "store parsed documents in a searchable SQLite database",
                                       RunIndex});

}  // namespace
}  // namespace congvan::cli
