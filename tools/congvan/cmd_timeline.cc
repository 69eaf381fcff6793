// `congvan timeline FILE...`: each task's path through the versions of a
// guidance, whatever the language of each version — as a text table, JSON,
// CSV or one self-contained HTML chart. Every file is parsed first; any input
// error stops the run before anything is written (and -o is atomic). With
// --learn-terms, candidate vi-en term pairs from the confident cross-language
// alignments go to a separate review file (never into the lexicon).
// Versions that share too little to be one series (CheckSameSeries) stop the
// run with one line unless --force, which builds the timeline and flags them
// in every format. The output is streamed (EmitStream): a timeline of
// hundreds of versions is never held in memory as one string.
#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/cross_language.h"
#include "congvan/formats.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"
#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kUtf8ByteOrderMark = "\xEF\xBB\xBF";

constexpr const char* kExamples = R"(examples:
  congvan timeline corpus/gender-equality/2021-vi-dispatch.txt \
      corpus/gender-equality/2023-vi-news-summary.txt \
      corpus/gender-equality/2024-en-qa-summary.txt \
      corpus/gender-equality/2025-en-news-summary.txt
  congvan timeline v2021.txt v2023.txt v2024.txt --format html -o timeline.html
  congvan timeline a.txt b.txt --order 2024,2021 --format csv -o timeline.csv
  congvan timeline v2023-vi.txt v2024-en.txt --learn-terms candidates.tsv
  congvan timeline v*.txt --format csv --excel -o timeline.csv   # for Excel
  congvan timeline dispatch-2021.txt unrelated-decree.txt --force --format json
  congvan timeline luat-dat-dai-2013.txt luat-dat-dai-2024.txt --articles --changed
  curl -s https://example.org/2025.txt | congvan timeline v2024.txt -    # '-': standard input

CSV is plain UTF-8 by default, as scripts, databases and csvkit expect (a
byte order mark would become part of the first column's name there);
--excel starts it with the UTF-8 byte order mark, without which Excel reads
Vietnamese as mojibake.

Versions are ordered by the year in their metadata (the date or the year in the
title/lead), or by the year in the file name when the text gives none ('-' reads
a version from standard input: it has no file name to take a year from); --order
lists the years in the order wanted. Versions of one year go by their issue
date when each has one, else in the order given. Consecutive versions are
aligned (across languages through the bilingual lexicon), and each task is
followed through them: + new, = unchanged, ~ reworded, > moved, < split,
& merged, x gone, ? not covered (the next version reports on other sections
only, so the task is not known to be dropped).

On a law every clause, point and paragraph is a lineage (thousands):
--articles keeps the articles and the divisions above them, --changed the
lineages that change somewhere; both keep the ids of the whole timeline.

Two consecutive versions that share too little to be one series (under 20% of
their tasks have a counterpart, and under half of the smaller one's) are
refused with one line naming them and the share; --force builds the timeline
anyway and marks them "unrelated" in every format.
)";

// A year 1900–2099 written as exactly four digits, or nullopt.
std::optional<int> ParseYear(const std::string& s) {
  if (s.size() != 4) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int y = std::stoi(s);
  if (y < 1900 || y > 2099) return std::nullopt;
  return y;
}

// --learn-terms: candidate vi-en term pairs from the timeline's cross-language
// alignments, written to `path` for review. Returns the exit code.
int WriteLearnedTerms(const Timeline& timeline, std::shared_ptr<const Lexicon> lexicon,
                      const std::string& path) {
  if (path.empty() || path == "-") {
    return Fail(kExitUsage, "timeline: --learn-terms needs a file name (it is a review file)");
  }
  std::vector<AlignedPair> pairs;
  bool any_cross = false;
  for (size_t p = 0; p < timeline.alignments.size(); ++p) {
    pairs.push_back({&timeline.alignments[p], timeline.versions[p].language,
                     timeline.versions[p + 1].language});
    any_cross |= timeline.cross_language[p];
  }
  if (any_cross && !lexicon) {
    auto loaded = DefaultLexicon();  // the one the timeline was aligned with
    if (!loaded.ok()) return Fail(kExitInputError, loaded.status().ToString());
    lexicon = *loaded;
  }
  std::string tsv = lexicon ? WriteTermCandidatesTsv(LearnTermCandidates(pairs, *lexicon))
                            : WriteTermCandidatesTsv({});
  return Emit(path, tsv);
}

int RunTimeline(const std::vector<std::string>& args) {
  po::options_description visible(
      "usage: congvan timeline FILE... [options]\n\n"
      "Follows every task of a guidance through its versions (years), in Vietnamese\n"
      "and English alike. One FILE may be '-': that version is read from standard input.\n\n"
      "options");
  visible.add_options()("help,h", "show this help")(
      "format,f", po::value<std::string>()->default_value("text"),
      ("output: " + FormatNames(TimelineFormats())).c_str())(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)")(
      "order", po::value<std::string>(),
      "explicit order of the versions by year, e.g. 2021,2023,2024")(
      "lexicon", po::value<std::string>(),
      "bilingual lexicon TSV (default: lexicon/vi-en.tsv in the grammar directory)")(
      "excel",
      "with --format csv: start with a UTF-8 byte order mark so that\n"
      "Excel shows Vietnamese correctly")(
      "learn-terms", po::value<std::string>(),
      "write candidate vi-en term pairs (for review) learned from the alignments to this file")(
      "grammars", po::value<std::string>(), kGrammarsHelp)(
      "force",
      "build the timeline even when a version shares too little with its neighbours "
      "to be of the same series (it is flagged \"unrelated\")")(
      "articles",
      "only the lineages of articles and the divisions above them (parts, chapters, "
      "sections): a law's article-level history; the text table names them \"Điều 5\"")(
      "changed",
      "only the lineages that change somewhere (new, gone, reworded, moved, split, "
      "merged): leaves out the tasks that stay the same in every version");
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit = ParseArguments("timeline", args, visible, "", kExamples, vm)) return *exit;
  std::vector<std::string> files;
  if (vm.count("file")) files = vm["file"].as<std::vector<std::string>>();
  if (files.empty()) {
    return Fail(kExitUsage, "timeline: no input files (see 'congvan timeline --help')");
  }
  if (auto exit = RefuseOverwritingInput("timeline", vm["output"].as<std::string>(), files))
    return *exit;
  if (std::count(files.begin(), files.end(), "-") > 1) {
    return Fail(kExitUsage, "timeline: standard input ('-') can be given only once");
  }
  std::string format = vm["format"].as<std::string>();
  const OutputFormat<Timeline>* writer = FindFormat(TimelineFormats(), format);
  if (writer == nullptr) {
    return Fail(kExitUsage, "timeline: unknown --format '" + format + "' (expected " +
                                FormatNames(TimelineFormats()) + ")");
  }
  if (vm.count("excel") && format != "csv") {
    return Fail(kExitUsage, "timeline: --excel applies to --format csv");
  }
  TimelineOptions options;
  if (vm.count("order")) {
    std::string spec = vm["order"].as<std::string>();
    size_t start = 0;
    while (start <= spec.size()) {
      size_t comma = spec.find(',', start);
      std::string item =
          spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      while (!item.empty() && item.front() == ' ') item.erase(item.begin());
      while (!item.empty() && item.back() == ' ') item.pop_back();
      std::optional<int> year = ParseYear(item);
      if (!year) {
        return Fail(kExitUsage,
                    "timeline: --order expects years separated by commas, got '" + item + "'");
      }
      options.order.push_back(*year);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  if (vm.count("lexicon")) {
    auto lex = Lexicon::Load(vm["lexicon"].as<std::string>());
    if (!lex.ok()) return Fail(kExitInputError, lex.status().ToString());
    options.lexicon = *lex;
  }
  ParseOptions parse;
  if (vm.count("grammars")) parse.grammar_dir = vm["grammars"].as<std::string>();
  options.align.grammar_dir = parse.grammar_dir;  // the aligner's words, as the parser's
  if (!options.lexicon) {  // the lexicon of the grammars named, if they hold one
    auto named = LexiconOfGrammars(parse.grammar_dir);
    if (!named.ok()) return Fail(kExitInputError, named.status().ToString());
    options.lexicon = *named;
  }
  if (auto error = ReaderOptions(vm, &parse.read)) return Fail(kExitUsage, "timeline: " + *error);

  // Shared with the Python module, so both give the same timeline.
  // ParseInput reads "-" from standard input.
  auto built = BuildTimelineFromFiles(files, parse, options, ParseInput);
  if (!built.ok()) return Fail(kExitInputError, built.status().ToString());
  Timeline& timeline = *built;
  if (!vm.count("force")) {
    Status same = CheckSameSeries(timeline);
    if (!same.ok())
      return Fail(kExitInputError, same.ToString() + " (--force builds the timeline anyway)");
  }

  if (vm.count("learn-terms")) {
    int rc = WriteLearnedTerms(timeline, options.lexicon, vm["learn-terms"].as<std::string>());
    if (rc != kExitOk) return rc;
  }

  // --articles, --changed: what the reader sees, in every format (the
  // lineages are built, and --learn-terms reads the alignments, in full).
  LineageFilter filter;
  filter.divisions_only = vm.count("articles") > 0;
  filter.changed_only = vm.count("changed") > 0;
  FilterLineages(&timeline, filter);
  TimelineTextOptions text_options;
  text_options.division_markers = filter.divisions_only;

  return EmitStream(vm["output"].as<std::string>(), [&](std::ostream& out) {
    // Excel reads a CSV as UTF-8 only after a byte-order mark (--excel).
    if (vm.count("excel")) out << kUtf8ByteOrderMark;
    if (format == "text") {  // the one format with options of its own
      WriteTimelineText(timeline, out, text_options);
      return std::string();
    }
    Status written = writer->write(timeline, out);
    return written.ok() ? std::string() : written.ToString();
  });
}

const CommandRegistrar kRegisterTimeline(
    {"timeline", "follow each task through the versions (years, vi and en): text, json, csv, html",
     RunTimeline});

}  // namespace
}  // namespace congvan::cli
