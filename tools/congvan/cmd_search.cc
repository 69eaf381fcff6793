// `congvan search --db FILE.db QUERY`: full-text search over the tasks of a
// corpus database built by `congvan index`. The engine (CorpusDb::Search)
// returns structured hits; this file only reads the options and writes the
// hits as text (grouped by document, matches highlighted on a terminal), JSON
// or CSV (RFC 4180, for spreadsheets and pandas).
#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/corpus_db.h"
#include "congvan/parse.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "usage: congvan search --db FILE.db QUERY [options]\n\n"
    "Finds the tasks of an indexed corpus (see 'congvan index') that match QUERY,\n"
    "ordered by year, then document, then place in the document. Matching ignores\n"
    "case and diacritics (kiem tra = kiểm tra = KIỂM TRA; dang = Đảng) and meets\n"
    "English inflections (inspection = inspections).\n\n"
    "QUERY: words side by side are a phrase (\"kiểm tra thuế\": those words, in that\n"
    "order); \"quotes\" make a phrase too; AND, OR, NOT (in capitals) combine phrases\n"
    "(a phrase after another without an operator is ANDed); word* is a prefix.\n"
    "--concepts widens each phrase through the bilingual lexicon to the concepts it\n"
    "names, in Vietnamese and English: 'kiểm tra' and 'thanh tra' also find\n"
    "'inspection', and 'inspection' finds both.\n\n";

constexpr const char* kExamples = R"(examples:
  congvan search --db corpus.db kiem tra
  congvan search --db corpus.db "bình đẳng giới" --year 2021..2024
  congvan search --db corpus.db 'thanh tra' --concepts --language en
  congvan search --db corpus.db 'bạo lực gia đình OR "gender-based violence"'
  congvan search --db corpus.db 'hợp đồng NOT lao động' --kind 'Nghị định'
  congvan search --db corpus.db 'bảo hiểm y tế' --issuer 'quoc hoi' --format csv -o hits.csv
  congvan search --db corpus.db inspect* --format json --limit 0
)";

// A four-digit year, or nullopt.
std::optional<int> Year(const std::string& text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(text);
}

// "2021..2024", "2021", "2021..", "..2024" → the query's year bounds.
std::optional<std::string> ParseYears(const std::string& text, SearchQuery* query) {
  std::string bad = "bad --year '" + text + "' (expected YEAR, A..B, A.. or ..B, e.g. 2021..2024)";
  std::size_t dots = text.find("..");
  if (dots == std::string::npos) {
    auto year = Year(text);
    if (!year) return bad;
    query->year_from = query->year_to = year;
    return std::nullopt;
  }
  std::string a = text.substr(0, dots), b = text.substr(dots + 2);
  if (a.empty() && b.empty()) return bad;
  if (!a.empty() && !(query->year_from = Year(a))) return bad;
  if (!b.empty() && !(query->year_to = Year(b))) return bad;
  if (query->year_from && query->year_to && *query->year_from > *query->year_to) {
    return "bad --year '" + text + "': " + a + " is after " + b;
  }
  return std::nullopt;
}

const char* kMark = "\033[1;33m";  // bold yellow
const char* kDim = "\033[2m";
const char* kReset = "\033[0m";

std::string Highlighted(const SearchHit& hit, bool colour) {
  if (!colour) return hit.text;
  std::string out;
  std::size_t at = 0;
  for (const auto& [begin, end] : hit.highlights) {
    out += hit.text.substr(at, begin - at) + kMark + hit.text.substr(begin, end - begin) + kReset;
    at = end;
  }
  return out + hit.text.substr(at);
}

std::string Lines(const SearchHit& hit) {
  return hit.line_first == hit.line_last
             ? std::to_string(hit.line_first)
             : std::to_string(hit.line_first) + "-" + std::to_string(hit.line_last);
}

// One header line per document, then its hits indented:
//   2021 vi  corpus/gender-equality/2021-vi-dispatch.txt  (Công văn 1234/LĐTBXH-BĐG)
//     2.a  a)  Tăng cường kiểm tra …  [line 13]
std::string WriteText(const SearchResult& result, bool colour) {
  std::string out;
  std::string document;
  for (const SearchHit& hit : result.hits) {
    if (hit.source != document) {
      if (!document.empty()) out += "\n";
      document = hit.source;
      std::string what = hit.kind;
      if (!hit.number.empty()) what += (what.empty() ? "" : " ") + hit.number;
      out += hit.year ? std::to_string(*hit.year) : std::string("----");
      out += " ";
      out += hit.language;
      out += "  ";
      out += hit.source;
      if (!what.empty()) out += "  (" + what + ")";
      out += "\n";
    }
    std::string where = hit.path + (hit.marker.empty() ? "" : "  " + hit.marker);
    out += "  " + where + "  " + Highlighted(hit, colour) + "  " + (colour ? kDim : "") + "[line " +
           Lines(hit) + "]" + (colour ? kReset : "") + "\n";
  }
  return out;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string WriteCsv(const SearchResult& result) {
  std::string out =
      "source,year,language,kind,number,issuer,path,marker,line_first,line_last,text\r\n";
  for (const SearchHit& h : result.hits) {
    for (const std::string& field :
         {h.source, h.year ? std::to_string(*h.year) : std::string(), h.language, h.kind, h.number,
          h.issuer, h.path, h.marker, std::to_string(h.line_first), std::to_string(h.line_last)}) {
      out += CsvField(field) + ",";
    }
    out += CsvField(h.text) + "\r\n";
  }
  return out;
}

po::options_description SearchOptions() {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(), "the database built by 'congvan index' (required)")(
      "year", po::value<std::string>(),
      "documents of these years: 2024, 2021..2024, 2021.. or ..2023;\n"
      "documents without a year (neither in the text nor in the\n"
      "file name) are excluded ('congvan index' counts them)")(
      "language,l", po::value<std::string>(), "documents in this language: vi or en")(
      "kind", po::value<std::string>(),
      "documents of this kind, as the parser names it\n"
      "(Công văn, Nghị định, Thông tư, Luật, Decree; case and accents ignored)")(
      "issuer", po::value<std::string>(),
      "documents whose issuer contains this (case and\naccents ignored)")(
      "concepts",
      "widen the query through the bilingual lexicon to the\n"
      "same concepts in Vietnamese and English")(
      "lexicon", po::value<std::string>(),
      "lexicon TSV for --concepts (default:\ngrammars/lexicon/vi-en.tsv)")(
      "limit,n", po::value<int>()->default_value(200), "at most this many hits (0 = all)")(
      "format,f", po::value<std::string>()->default_value("text"), "output: text, json or csv")(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)")(
      "color", po::value<std::string>()->default_value("auto"),
      "highlight matches: auto (on a terminal, unless NO_COLOR\nis set), always or never");
  return visible;
}

// Fills `query` from the options; returns a one-line error for a bad value.
std::optional<std::string> ReadQuery(const po::variables_map& vm, SearchQuery* query) {
  for (const std::string& word : vm["file"].as<std::vector<std::string>>()) {
    query->text += (query->text.empty() ? "" : " ") + word;
  }
  if (vm.count("year")) {
    if (auto error = ParseYears(vm["year"].as<std::string>(), query)) return error;
  }
  if (vm.count("language")) {
    query->language = vm["language"].as<std::string>();
    if (!LanguageFromCode(query->language)) {
      return "unknown --language '" + query->language + "' (expected a language code: vi or en)";
    }
  }
  if (vm.count("kind")) query->kind = vm["kind"].as<std::string>();
  if (vm.count("issuer")) query->issuer = vm["issuer"].as<std::string>();
  query->concepts = vm.count("concepts") > 0;
  int limit = vm["limit"].as<int>();
  if (limit < 0) return "--limit must be 0 (all) or more";
  query->limit = static_cast<std::size_t>(limit);
  return std::nullopt;
}

void ReportOnStderr(const SearchResult& result) {
  for (const ConceptExpansion& e : result.expansions) {
    std::string forms;
    for (const std::string& f : e.forms) forms += (forms.empty() ? "" : ", ") + f;
    std::cerr << "congvan search: '" << e.phrase << "' → concept " << e.concept_id << ": " << forms
              << "\n";
  }
  std::cerr << "congvan search: " << result.total << (result.total == 1 ? " hit" : " hits");
  if (result.hits.size() < result.total) {
    std::cerr << ", " << result.hits.size() << " shown (--limit 0 for all)";
  }
  std::cerr << "\n";
}

int RunSearch(const std::vector<std::string>& args) {
  po::options_description visible = SearchOptions();
  po::variables_map vm;
  if (auto exit = ParseArguments("search", args, visible, kUsage, kExamples, vm)) return *exit;
  if (!vm.count("db"))
    return Fail(kExitUsage, "search: --db FILE.db is required (see 'congvan search --help')");
  if (!vm.count("file")) return Fail(kExitUsage, "search: no QUERY (see 'congvan search --help')");
  SearchQuery query;
  if (auto error = ReadQuery(vm, &query)) return Fail(kExitUsage, "search: " + *error);
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json" && format != "csv") {
    return Fail(kExitUsage,
                "search: unknown --format '" + format + "' (expected text, json or csv)");
  }
  std::string color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never") {
    return Fail(kExitUsage,
                "search: unknown --color '" + color + "' (expected auto, always or never)");
  }
  const std::string output = vm["output"].as<std::string>();
  const std::string db_path = vm["db"].as<std::string>();
  if (auto exit = RefuseOverwritingInput("search", output, {db_path})) return *exit;
  if (query.concepts && vm.count("lexicon")) {
    auto lexicon = Lexicon::Load(vm["lexicon"].as<std::string>());
    if (!lexicon.ok()) return Fail(kExitInputError, lexicon.status().ToString());
    query.lexicon = *lexicon;
  }

  auto db = CorpusDb::Open(db_path, CorpusDbMode::kReadOnly);
  if (!db.ok()) return Fail(kExitInputError, db.status().ToString());
  auto result = (*db)->Search(query);
  if (!result.ok()) {
    const Status& s = result.status();
    int code = s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitInputError;
    return Fail(code, (s.where().file.empty() ? "search: " : "") + s.ToString());
  }
  const char* no_color = std::getenv("NO_COLOR");
  bool colour =
      color == "always" || (color == "auto" && (no_color == nullptr || *no_color == '\0') &&
                            (output == "-" || output.empty()) && StdoutIsTerminal());
  std::string content = format == "json"  ? WriteSearchJson(*result, query.text)
                        : format == "csv" ? WriteCsv(*result)
                                          : WriteText(*result, colour);
  // The count after the hits are written: none is reported for an output
  // that could not be written ("161 hits" above "/tmp: is a directory").
  int exit = Emit(output, content);
  if (exit == kExitOk) ReportOnStderr(*result);
  return exit;
}

const CommandRegistrar kRegisterSearch(
    {"search", "full-text search of a corpus database (diacritic-blind, cross-language)",
     RunSearch});

}  // namespace
}  // namespace congvan::cli
