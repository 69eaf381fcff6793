// The Python module `congvan` (pybind11): parse, diff, timeline and search from the
// engine, as dicts and lists shaped exactly like the CLI's JSON output.
//
// Approach: each function runs the engine the way its CLI subcommand does
// and serialises with the engine's own JSON writers (WriteJson,
// WriteDiffJson, WriteTimelineJson, WriteSearchJson); the standard library's json.loads turns
// that text into Python objects. One serialisation for both front ends, so
// they cannot drift; json.loads costs a few per cent of a parse (measured in
// docs/DESIGN.md, "Installation and the Python module"). Engine work runs
// with the GIL released. An input error becomes congvan.Error carrying the
// engine's one-line message ("FILE:LINE: what is wrong"), never a crash.
//
// On import the module names its own file (dladdr) as the code location, so
// an installed module finds <prefix>/share/congvan/grammars relative to
// itself (congvan/grammar_dir.h), as the congvan binary does.
#include <dlfcn.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "congvan/corpus_db.h"
#include "congvan/cross_language.h"
#include "congvan/diff_report.h"
#include "congvan/grammar_dir.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"
#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "congvan/writers.h"

namespace py = pybind11;

namespace congvan::python {
namespace {

// Raised for every input error; its message is the engine's one line.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

template <typename T>
T Unwrap(Result<T> result) {
  if (!result.ok()) throw Error(result.status().ToString());
  return std::move(result).value();
}

// Input given either as bytes (parsed in memory) or as a path.
struct Input {
  std::optional<std::string> bytes;
  std::string path;  // the file, or the name bytes are known by
};

// bytes / bytearray / memoryview → the bytes; str / os.PathLike → a path.
Input ReadInputArgument(const py::handle& value, const char* function) {
  if (py::isinstance<py::bytes>(value) || py::isinstance<py::bytearray>(value) ||
      py::isinstance<py::memoryview>(value)) {
    py::bytes bytes = py::module_::import("builtins").attr("bytes")(value);
    return {std::string(bytes), "(bytes)"};
  }
  py::module_ os = py::module_::import("os");
  if (py::isinstance<py::str>(value) || py::hasattr(value, "__fspath__")) {
    return {std::nullopt, os.attr("fsdecode")(value).cast<std::string>()};
  }
  throw py::type_error(std::string(function) +
                       "(): expected a path (str or os.PathLike) or bytes, got " +
                       py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
}

Result<Document> ParseInput(const Input& input, const ParseOptions& options) {
  if (input.bytes) return ParseBytes(*input.bytes, input.path, options);
  return ParseFile(input.path, options);
}

// grammars=None (the installed ones, congvan/grammar_dir.h) or a directory
// of grammar files, as the CLI's --grammars: its grammars parse, its
// <align-words> guide the aligner and its lexicon/vi-en.tsv, if it holds one,
// links the languages.
std::string GrammarDirOf(const py::object& grammars) {
  if (grammars.is_none()) return "";
  if (py::isinstance<py::str>(grammars) || py::hasattr(grammars, "__fspath__"))
    return py::module_::import("os").attr("fsdecode")(grammars).cast<std::string>();
  throw py::type_error("grammars: expected None or a directory (str or os.PathLike)");
}

// lang=None (detect) or the code of a language with a grammar in `grammar_dir`.
ParseOptions ParseOptionsFor(const std::optional<std::string>& lang,
                             const std::string& grammar_dir) {
  ParseOptions options;
  options.grammar_dir = grammar_dir;
  if (!lang || *lang == "auto") return options;
  std::string names;
  for (const Language& l : Unwrap(AvailableLanguages(grammar_dir))) {
    if (l.code() == *lang) {
      options.language = l;
      return options;
    }
    names += (names.empty() ? "" : ", ") + l.code();
  }
  throw Error("unknown lang '" + *lang + "' (expected None or a language with a grammar: " + names +
              ")");
}

py::object JsonToPython(const std::string& json) {
  return py::module_::import("json").attr("loads")(py::str(json));
}

py::object Parse(const py::handle& path_or_bytes, const std::optional<std::string>& lang,
                 const py::object& grammars) {
  Input input = ReadInputArgument(path_or_bytes, "parse");
  ParseOptions options = ParseOptionsFor(lang, GrammarDirOf(grammars));
  std::string json;
  {
    py::gil_scoped_release unlocked;
    json = WriteJson(Unwrap(ParseInput(input, options)));
  }
  return JsonToPython(json);
}

py::object Diff(const py::handle& old_version, const py::handle& new_version,
                const py::object& grammars) {
  Input old_input = ReadInputArgument(old_version, "diff");
  Input new_input = ReadInputArgument(new_version, "diff");
  ParseOptions parse;
  parse.grammar_dir = GrammarDirOf(grammars);
  AlignOptions align;
  align.grammar_dir = parse.grammar_dir;  // the aligner's words, as the parser's
  std::string json;
  {
    py::gil_scoped_release unlocked;
    Document old_doc = Unwrap(ParseInput(old_input, parse));
    Document new_doc = Unwrap(ParseInput(new_input, parse));
    std::shared_ptr<const Lexicon> lexicon;
    if (old_doc.language != new_doc.language)
      lexicon = Unwrap(LexiconOfGrammars(parse.grammar_dir));
    Result<Alignment> aligned = AlignAuto(old_doc, new_doc, align, lexicon);
    if (!aligned.ok()) throw Error(old_input.path + ": " + aligned.status().ToString());
    const Alignment& alignment = *aligned;
    json = WriteDiffJson(alignment, old_doc, new_doc);
  }
  return JsonToPython(json);
}

py::object TimelineOf(const py::iterable& paths, bool force, const py::object& grammars) {
  std::vector<std::string> files;
  for (const py::handle& p : paths) {
    Input input = ReadInputArgument(p, "timeline");
    if (input.bytes)
      throw py::type_error("timeline(): expects paths (the file name can give the year)");
    files.push_back(input.path);
  }
  if (files.empty()) throw Error("timeline: no input files");
  ParseOptions parse;
  parse.grammar_dir = GrammarDirOf(grammars);  // Python objects only while holding the GIL
  std::string json;
  {
    py::gil_scoped_release unlocked;
    TimelineOptions options;
    options.align.grammar_dir = parse.grammar_dir;
    options.lexicon = Unwrap(LexiconOfGrammars(parse.grammar_dir));
    Timeline timeline = Unwrap(BuildTimelineFromFiles(files, parse, options));
    // As the CLI: versions of different series are refused unless forced.
    if (!force) {
      Status same = CheckSameSeries(timeline);
      if (!same.ok()) throw Error(same.ToString() + " (force=True builds the timeline anyway)");
    }
    json = WriteTimelineJson(timeline);
  }
  return JsonToPython(json);
}

// year=None | 2021 | (2021, 2023) | (2021, None): the inclusive range.
void ReadYears(const py::object& year, SearchQuery* query) {
  if (year.is_none()) return;
  if (py::isinstance<py::int_>(year)) {
    query->year_from = query->year_to = year.cast<int>();
    return;
  }
  if (py::isinstance<py::tuple>(year) && py::len(year) == 2) {
    py::tuple range = year.cast<py::tuple>();
    if (!range[0].is_none()) query->year_from = range[0].cast<int>();
    if (!range[1].is_none()) query->year_to = range[1].cast<int>();
    if (query->year_from && query->year_to && *query->year_from > *query->year_to) {
      throw Error("search: year range (" + std::to_string(*query->year_from) + ", " +
                  std::to_string(*query->year_to) + ") runs backwards");
    }
    return;
  }
  throw py::type_error("search(): year is None, an int or a (from, to) tuple");
}

// The hits of `congvan search --db DB QUERY --format json` (its "hits" list).
py::object Search(const py::handle& db, const std::string& text, const py::object& year,
                  const std::optional<std::string>& language,
                  const std::optional<std::string>& kind, const std::optional<std::string>& issuer,
                  bool concepts, std::size_t limit) {
  Input database = ReadInputArgument(db, "search");
  if (database.bytes) throw py::type_error("search(): db is the path of a corpus database");
  SearchQuery query;
  query.text = text;
  ReadYears(year, &query);
  query.language = language.value_or("");
  query.kind = kind.value_or("");
  query.issuer = issuer.value_or("");
  query.concepts = concepts;
  query.limit = limit;
  std::string json;
  {
    py::gil_scoped_release unlocked;
    auto opened = Unwrap(CorpusDb::Open(database.path, CorpusDbMode::kReadOnly));
    json = WriteSearchJson(Unwrap(opened->Search(query)), query.text);
  }
  return JsonToPython(json)["hits"];
}

// The installed grammars are found relative to this module's file.
void NameCodeLocation() {
  static const char kAnchor = 0;
  Dl_info info;
  if (dladdr(&kAnchor, &info) == 0 || info.dli_fname == nullptr) return;
  std::error_code error;
  std::filesystem::path file = std::filesystem::absolute(info.dli_fname, error);
  if (!error) SetCodeLocation({file.string(), CONGVAN_GRAMMARS_FROM_PYTHONDIR});
}

}  // namespace
}  // namespace congvan::python

PYBIND11_MODULE(congvan, m) {
  using namespace congvan::python;
  NameCodeLocation();
  m.doc() =
      "congvan: Vietnamese and English legal texts as task trees, compared across versions.\n\n"
      "Every function returns the structures of the matching `congvan ... --format json`\n"
      "(docs/DESIGN.md, \"Output contracts\"); input errors raise congvan.Error.";
  m.attr("__version__") = CONGVAN_VERSION;
  py::register_exception<Error>(m, "Error");
  m.def("parse", &Parse, py::arg("path_or_bytes"), py::arg("lang") = py::none(), py::kw_only(),
        py::arg("grammars") = py::none(),
        "parse(path_or_bytes, lang=None, *, grammars=None) -> dict\n\n"
        "The task tree of a text, Word, PDF or HTML file (a path, or its bytes), as\n"
        "`congvan parse FILE --format json`. lang: None (detect) or the code of a\n"
        "language with a grammar ('vi', 'en'). grammars: a directory of grammar\n"
        "files to use instead of the installed ones, as --grammars.");
  m.def("diff", &Diff, py::arg("old"), py::arg("new"), py::kw_only(),
        py::arg("grammars") = py::none(),
        "diff(old, new, *, grammars=None) -> dict\n\n"
        "What changed between two versions (paths or bytes), as\n"
        "`congvan diff OLD NEW --format json`. grammars: as for parse (with its\n"
        "lexicon/vi-en.tsv, if it holds one, across languages).");
  m.def("timeline", &TimelineOf, py::arg("paths"), py::arg("force") = false, py::kw_only(),
        py::arg("grammars") = py::none(),
        "timeline(paths, force=False, *, grammars=None) -> dict\n\n"
        "Each task's lineage through the versions (an iterable of paths), as\n"
        "`congvan timeline FILE... --format json`. Versions that share too little\n"
        "to be one series raise congvan.Error unless force=True (as --force).\n"
        "grammars: as for diff.");
  m.def("search", &Search, py::arg("db"), py::arg("query"), py::kw_only(),
        py::arg("year") = py::none(), py::arg("language") = py::none(),
        py::arg("kind") = py::none(), py::arg("issuer") = py::none(), py::arg("concepts") = false,
        py::arg("limit") = 0,
        "search(db, query, *, year=None, language=None, kind=None, issuer=None,\n"
        "       concepts=False, limit=0) -> list\n\n"
        "Tasks of a corpus database (`congvan index`) matching the query, as the\n"
        "\"hits\" of `congvan search --db DB QUERY --format json`: diacritic-blind;\n"
        "year an int or a (from, to) tuple; concepts=True expands the query through\n"
        "the bilingual lexicon.");
}
