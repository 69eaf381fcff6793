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
#include <sys/stat.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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
  congvan timeline luat-2014.txt vbhn-2018.txt vbhn-2020.txt --order given
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
lists the years in the order wanted, and --order given keeps the files in the
order given (when a version's year is wrong: a consolidated text read as of the
year of the law it consolidates). Versions of one year go by their issue date
when each has one, else in the order given, which a line on stderr says, naming
them (and the JSON: "placed_by_input_order"). Consecutive versions are
aligned (across languages through the bilingual lexicon), and each task is
followed through them: + new, = unchanged, ~ reworded, > moved, < split,
& merged, x gone, ? not covered (the next version reports on other sections
only, so the task is not known to be dropped).

On a law every clause, point and paragraph is a lineage (thousands):
--articles keeps the articles and the divisions above them, --changed the
lineages that change somewhere (a "?" cell counts: a later version that does
not report on the task cannot show it unchanged); both keep the ids of the
whole timeline, and every format says how many lineages it shows of how many.

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

po::options_description TimelineOptionsDescription() {
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
      "explicit order of the versions by year, e.g. 2021,2023,2024; or 'given': the\n"
      "files in the order given, whatever their years")(
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
      "merged, or ? not covered: a later version does not report on the task's "
      "section, so it is not known to be the same): leaves out the tasks that stay "
      "the same in every version");
  AddReaderOptions(visible);
  return visible;
}

// --order "2024, 2021" → years, or the exit code of a usage error.
std::optional<int> ParseOrder(const std::string& spec, std::vector<int>* years) {
  size_t start = 0;
  while (start <= spec.size()) {
    size_t comma = spec.find(',', start);
    std::string item =
        spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    std::optional<int> year = ParseYear(item);
    if (!year && item == "given") {
      return Fail(kExitUsage,
                  "timeline: --order given stands alone (not among years): got '" + spec + "'");
    }
    if (!year) {
      return Fail(
          kExitUsage,
          "timeline: --order expects years separated by commas, or 'given', got '" + item + "'");
    }
    years->push_back(*year);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return std::nullopt;
}

// The first input that names the same file as an earlier one (the same path,
// or another path to it: "./a.txt", a link), as "A and B", or nothing. A
// timeline of one document twice reads every task as carried over unchanged:
// a slip of the shell (a glob and a name), never a series, so it is refused
// like '-' twice rather than built. Paths that do not exist are left to the
// reader's "no such file".
std::optional<std::string> RepeatedInput(const std::vector<std::string>& files) {
  std::map<std::pair<dev_t, ino_t>, const std::string*> seen;  // a file is its device and inode
  for (const std::string& file : files) {
    struct stat info;
    if (file == "-" || stat(file.c_str(), &info) != 0) continue;
    auto [it, fresh] = seen.emplace(std::make_pair(info.st_dev, info.st_ino), &file);
    if (fresh) continue;
    return *it->second == file ? file + " is given twice"
                               : *it->second + " and " + file + " are the same file";
  }
  return std::nullopt;
}

// The usage errors found before any file is read, as an exit code.
std::optional<int> CheckUsage(const po::variables_map& vm, const std::vector<std::string>& files) {
  if (files.empty()) {
    return Fail(kExitUsage, "timeline: no input files (see 'congvan timeline --help')");
  }
  if (auto exit = RefuseOverwritingInput("timeline", vm["output"].as<std::string>(), files))
    return *exit;
  if (std::count(files.begin(), files.end(), "-") > 1) {
    return Fail(kExitUsage, "timeline: standard input ('-') can be given only once");
  }
  if (auto repeated = RepeatedInput(files)) {
    return Fail(kExitUsage,
                "timeline: " + *repeated + " (a timeline follows tasks across different versions)");
  }
  const std::string format = vm["format"].as<std::string>();
  if (FindFormat(TimelineFormats(), format) == nullptr) {
    return Fail(kExitUsage, "timeline: unknown --format '" + format + "' (expected " +
                                FormatNames(TimelineFormats()) + ")");
  }
  if (vm.count("excel") && format != "csv") {
    return Fail(kExitUsage, "timeline: --excel applies to --format csv");
  }
  return std::nullopt;
}

// --order, --lexicon, --grammars and the reader options into the options of
// the parse and of the timeline; the exit code of an error.
std::optional<int> Configure(const po::variables_map& vm, ParseOptions* parse,
                             TimelineOptions* options) {
  if (vm.count("order")) {
    const std::string spec = vm["order"].as<std::string>();
    if (spec == "given") {
      options->keep_input_order = true;
    } else if (auto exit = ParseOrder(spec, &options->order)) {
      return *exit;
    }
  }
  if (vm.count("lexicon")) {
    auto lex = Lexicon::Load(vm["lexicon"].as<std::string>());
    if (!lex.ok()) return Fail(kExitInputError, lex.status().ToString());
    options->lexicon = *lex;
  }
  if (vm.count("grammars")) parse->grammar_dir = vm["grammars"].as<std::string>();
  options->align.grammar_dir = parse->grammar_dir;  // the aligner's words, as the parser's
  if (!options->lexicon) {  // the lexicon of the grammars named, if they hold one
    auto named = LexiconOfGrammars(parse->grammar_dir);
    if (!named.ok()) return Fail(kExitInputError, named.status().ToString());
    options->lexicon = *named;
  }
  if (auto error = ReaderOptions(vm, &parse->read)) return Fail(kExitUsage, "timeline: " + *error);
  return std::nullopt;
}

// One line on stderr for each group of versions only the input order placed
// (same year, not all with an issue date; or no year at all), naming the
// files: a timeline must never run in an order nobody chose without a word.
// The note is every format's (TimelineInputOrderNote).
void NoteInputOrder(const Timeline& timeline) {
  std::vector<std::optional<int>> groups;
  for (const TimelineVersion& tv : timeline.versions) {
    if (!tv.placed_by_input_order) continue;
    if (std::find(groups.begin(), groups.end(), tv.year) == groups.end()) groups.push_back(tv.year);
  }
  for (const std::optional<int>& year : groups) {
    std::string names, note;
    for (const TimelineVersion& tv : timeline.versions) {
      if (!tv.placed_by_input_order || tv.year != year) continue;
      names += (names.empty() ? "" : ", ") + tv.source;
      note = TimelineInputOrderNote(tv);
    }
    std::cerr << "congvan: timeline: " << names << ": " << note
              << "; --order given keeps every file in the order given\n";
  }
}

// --articles, --changed, then the output in the format asked.
int WriteTimeline(const po::variables_map& vm, Timeline& timeline) {
  // What the reader sees, in every format (the lineages are built, and
  // --learn-terms reads the alignments, in full).
  LineageFilter filter;
  filter.divisions_only = vm.count("articles") > 0;
  filter.changed_only = vm.count("changed") > 0;
  FilterLineages(&timeline, filter);
  const std::string format = vm["format"].as<std::string>();
  if (format == "csv" && (filter.divisions_only || filter.changed_only)) {
    // A CSV keeps its header names for scripts: the count goes to stderr.
    std::cerr << "congvan: timeline: " << TimelineLineagesShown(timeline, /*grouped_digits=*/false)
              << "\n";
  }
  TimelineTextOptions text_options;
  text_options.division_markers = filter.divisions_only;
  const OutputFormat<Timeline>* writer = FindFormat(TimelineFormats(), format);
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

int RunTimeline(const std::vector<std::string>& args) {
  po::options_description visible = TimelineOptionsDescription();
  po::variables_map vm;
  if (auto exit = ParseArguments("timeline", args, visible, "", kExamples, vm)) return *exit;
  std::vector<std::string> files;
  if (vm.count("file")) files = vm["file"].as<std::vector<std::string>>();
  if (auto exit = CheckUsage(vm, files)) return *exit;
  ParseOptions parse;
  TimelineOptions options;
  if (auto exit = Configure(vm, &parse, &options)) return *exit;

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
  if (timeline.versions.size() == 1) {  // allowed (a series may start), but rarely meant
    std::cerr << "congvan: timeline: one version only (" << timeline.versions[0].source
              << "): every task is new; give the other versions of the series to follow them\n";
  }
  NoteInputOrder(timeline);
  if (vm.count("learn-terms")) {
    int rc = WriteLearnedTerms(timeline, options.lexicon, vm["learn-terms"].as<std::string>());
    if (rc != kExitOk) return rc;
  }
  return WriteTimeline(vm, timeline);
}

const CommandRegistrar kRegisterTimeline(
    {"timeline", "follow each task through the versions (years, vi and en): text, json, csv, html",
     RunTimeline});

}  // namespace
}  // namespace congvan::cli
