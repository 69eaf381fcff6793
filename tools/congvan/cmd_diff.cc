// `congvan diff OLD NEW`: which tasks were added, dropped, reworded, moved,
// split or merged between two versions of a dispatch — as text, JSON, one
// self-contained HTML page, or a Word document whose tracked changes turn
// OLD into NEW. A Vietnamese/English pair is aligned through the
// bilingual lexicon (AlignAuto). Both files are parsed first; any input error
// stops the run before anything is written (and -o is written atomically).
// Exit status as diff(1): 0 nothing changed, 1 something did, 2 trouble (a bad
// command line or a bad input alike — not the 1 other commands use for input
// errors, which here would read as "changed").
#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/align.h"
#include "congvan/cross_language.h"
#include "congvan/diff_docx.h"
#include "congvan/diff_report.h"
#include "congvan/formats.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

// diff(1)'s exit statuses.
constexpr int kExitSame = 0;
constexpr int kExitChanged = 1;
constexpr int kExitTrouble = 2;

constexpr const char* kExamples = R"(examples:
  congvan diff corpus/gender-equality/2021-vi-dispatch.txt corpus/gender-equality/2023-vi-news-summary.txt
  congvan diff old.txt new.txt --only-changes --color always | less -R
  congvan diff old.txt new.txt --format html -o report.html
  congvan diff old.txt new.txt --format docx -o changes.docx   # open in Word: Review > Accept/Reject
  congvan diff old.txt new.txt --format docx --author "Phòng Pháp chế" -o changes.docx
  congvan diff old.txt new.txt --format html --ui-lang en -o report.html   # English page
  congvan diff old.txt new.txt --format json --reworded-min 0.3 --match-min 0.4
  congvan diff --lang-old vi --lang-new vi old.txt new.txt
  congvan diff --tracked-changes draft.docx     # before / after Word's tracked changes
  congvan diff - new.txt < old.txt              # '-' is standard input (one side)
  congvan diff -q old.txt new.txt && echo same  # only the exit status

exit status (as diff(1)): 0 no task changed (every task unchanged, none
renumbered), 1 something changed, 2 trouble: a bad command line, an input
that cannot be read or parsed, an output that cannot be written.

ops: unchanged (equal after whitespace normalisation), reworded (same task, new
wording), moved (under another section, or out of order; renumbering alone is
not a move: a pair whose number changed is marked "renumbered"), split (one
old task became several), merged (several became one), added, dropped (a
whole section is reported once, with its task count).
A Vietnamese/English pair has no word redline: each matched task shows the
concepts (bilingual lexicon) the new version adds (+) and no longer has (-).

docx: the new version as a Word document with tracked changes (author and date
on each): accepting them all gives NEW, rejecting them all gives OLD. Reworded
tasks are changed word by word, moved tasks are Word moves, dropped tasks are
deleted paragraphs where they stood; numbering is typed text, kept as written.
The file is binary: it is never written to a terminal (use -o).

The HTML report names both versions by kind, number, date and issuer, lists the
changes with links, filters them by kind (buttons; report.html#only=reworded,added
or #hide-unchanged open it filtered), links to one change (#c-12) or task
(#new-2.b), reads on a phone and prints on A4 (a change never split across pages).
)";

// Reads an optional threshold in [0, 1] into `target`.
bool Threshold(const po::variables_map& vm, const char* name, double* target, std::string* error) {
  if (!vm.count(name)) return true;
  double v = vm[name].as<double>();
  if (!(v >= 0.0 && v <= 1.0)) {
    std::ostringstream given;  // as typed: 7, not 7.000000
    given << v;
    *error = std::string("diff: --") + name + " must be between 0 and 1, got " + given.str();
    return false;
  }
  *target = v;
  return true;
}

// The command line of `congvan diff`, with the aligner's defaults shown.
po::options_description DiffOptions() {
  AlignOptions defaults;
  auto num = [](double v) {
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    return s;
  };
  po::options_description visible(
      "usage: congvan diff OLD NEW [options]\n\n"
      "Aligns the task trees of two versions of a dispatch and reports what changed.\n\noptions");
  visible.add_options()("help,h", "show this help")(
      "format,f", po::value<std::string>()->default_value("text"),
      ("output: " + FormatNames(DiffFormats())).c_str())(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)")(
      "quiet,q", "print nothing; only the exit status says whether anything changed")(
      "color", po::value<std::string>()->default_value("auto"),
      "text colours: auto (on a terminal, unless NO_COLOR is set), always or never")(
      "only-changes", "leave unchanged tasks out (text, json, html)")(
      "author", po::value<std::string>(), "docx: author of the tracked changes (default congvan)")(
      "date", po::value<std::string>(),
      "docx: date of the tracked changes, ISO 8601 with a time (e.g. 2025-03-01T09:30:00Z; "
      "default: now, UTC)")("ui-lang", po::value<std::string>(),
                            "html: language of the page's own words, vi or en\n"
                            "(default: the language of OLD)")(
      "tracked-changes",
      "one Word FILE: compare its text before the tracked\n"
      "changes (rejected) with its text after them (accepted)")(
      "lang", po::value<std::string>(), "language of both files: vi or en (default: detect)")(
      "lang-old", po::value<std::string>(), "language of OLD: vi or en")(
      "lang-new", po::value<std::string>(), "language of NEW: vi or en")(
      "grammars", po::value<std::string>(), kGrammarsHelp)(
      "match-min", po::value<double>(),
      ("minimum combined score for two tasks to correspond (default " + num(defaults.match_min) +
       ")")
          .c_str())("reworded-min", po::value<double>(),
                    ("minimum text similarity of corresponding tasks (default " +
                     num(defaults.reworded_min) + ")")
                        .c_str())(
      "split-min", po::value<double>(),
      ("share of a piece contained in the task it split from (default " +
       num(defaults.split_piece_min) + ")")
          .c_str())("merge-min", po::value<double>(),
                    ("share of a piece contained in the task it merged into (default " +
                     num(defaults.merge_piece_min) + ")")
                        .c_str())("clause-min", po::value<double>(),
                                  ("similarity of a piece to one clause of the whole (default " +
                                   num(defaults.clause_match_min) + ")")
                                      .c_str())(
      "max-candidates", po::value<int>(),
      ("candidates kept per old task (default " + std::to_string(defaults.max_candidates) + ")")
          .c_str());
  AddReaderOptions(visible);
  return visible;
}

// How each version is read and parsed: reader options, the two readings of
// a Word file's tracked changes, grammars, languages. Returns the exit code
// on a bad option.
std::optional<int> ReadParseOptions(const po::variables_map& vm, bool tracked_changes,
                                    ParseOptions* parse_old, ParseOptions* parse_new) {
  if (auto error = ReaderOptions(vm, &parse_old->read)) return Fail(kExitUsage, "diff: " + *error);
  parse_new->read = parse_old->read;
  if (tracked_changes) {
    if (!vm["tracked"].defaulted()) {
      return Fail(kExitUsage,
                  "diff: --tracked-changes compares both readings; leave out --tracked");
    }
    parse_old->read.accept_tracked_changes = false;
    parse_new->read.accept_tracked_changes = true;
  }
  if (vm.count("grammars")) {
    parse_old->grammar_dir = parse_new->grammar_dir = vm["grammars"].as<std::string>();
  }
  for (auto [name, target] : {std::pair<const char*, ParseOptions*>{"lang", parse_old},
                              {"lang", parse_new},
                              {"lang-old", parse_old},
                              {"lang-new", parse_new}}) {
    if (!vm.count(name) || vm[name].as<std::string>() == "auto") continue;
    std::string error;
    target->language = LanguageOption("--" + std::string(name), vm[name].as<std::string>(),
                                      target->grammar_dir, &error);
    if (!target->language) return Fail(kExitUsage, "diff: " + error);
  }
  return std::nullopt;
}

// The aligner's thresholds from the command line. Returns the exit code on a
// bad value.
std::optional<int> ReadAlignOptions(const po::variables_map& vm, AlignOptions* options) {
  std::string error;
  if (!Threshold(vm, "match-min", &options->match_min, &error) ||
      !Threshold(vm, "reworded-min", &options->reworded_min, &error) ||
      !Threshold(vm, "split-min", &options->split_piece_min, &error) ||
      !Threshold(vm, "merge-min", &options->merge_piece_min, &error) ||
      !Threshold(vm, "clause-min", &options->clause_match_min, &error)) {
    return Fail(kExitUsage, error);
  }
  if (vm.count("max-candidates")) {
    int k = vm["max-candidates"].as<int>();
    if (k < 1 || k > 1000)
      return Fail(kExitUsage, "diff: --max-candidates must be between 1 and 1000");
    options->max_candidates = k;
  }
  return std::nullopt;
}

// Colours for the text report: --color always, or auto on a terminal unless
// NO_COLOR (no-color.org) is set and not empty.
bool UseColour(const std::string& color, const std::string& output) {
  const char* no_color = std::getenv("NO_COLOR");
  bool wanted = no_color == nullptr || *no_color == '\0';
  bool to_stdout = output.empty() || output == "-";
  return color == "always" || (color == "auto" && wanted && to_stdout && StdoutIsTerminal());
}

// --author and --date belong to docx, --ui-lang to html (only the HTML page
// has words of its own); a binary file is never written to a terminal.
// Returns the exit code on a bad combination.
std::optional<int> CheckDocxOptions(const po::variables_map& vm,
                                    const OutputFormat<DiffArtifact>& format) {
  const std::string& output = vm["output"].as<std::string>();
  if (format.binary && (output.empty() || output == "-") && StdoutIsTerminal()) {
    return Fail(kExitUsage, "diff: --format " + format.name +
                                " writes a binary Word file; name it with -o FILE." + format.name);
  }
  if (format.name != "html" && vm.count("ui-lang")) {
    return Fail(kExitUsage, "diff: --ui-lang applies only to --format html");
  }
  if (format.name != "docx") {
    for (const char* name : {"author", "date"}) {
      if (vm.count(name))
        return Fail(kExitUsage, std::string("diff: --") + name + " applies only to --format docx");
    }
    return std::nullopt;
  }
  if (vm.count("author") && vm["author"].as<std::string>().empty()) {
    return Fail(kExitUsage, "diff: --author must not be empty");
  }
  return std::nullopt;
}

// Writes the diff in `format` to `output` (atomically), or to stdout.
// Returns `changed` on success; a bad writer option (docx: --date) is a usage
// error, any other failure trouble, and neither leaves a file behind.
int EmitDiff(const OutputFormat<DiffArtifact>& format, const DiffArtifact& diff,
             const std::string& output, int changed) {
  // Rendered whole before anything is written: the writers build strings anyway.
  std::ostringstream content;
  if (Status written = format.write(diff, content); !written.ok()) {
    bool usage = written.code() == StatusCode::kInvalidArgument;
    return Fail(usage ? kExitUsage : kExitTrouble,
                (usage ? "diff: --" : "diff: ") + written.message());
  }
  return Emit(output, content.str()) == kExitOk ? changed : kExitTrouble;
}

// Whether anything changed: a task that is not unchanged, or one whose number did.
bool Changed(const Alignment& alignment) {
  for (const Change& change : alignment.changes) {
    if (change.op != ChangeOp::kUnchanged) return true;
  }
  return alignment.summary.renumbered > 0;
}

int RunDiff(const std::vector<std::string>& args) {
  po::options_description visible = DiffOptions();
  po::variables_map vm;
  if (auto exit = ParseArguments("diff", args, visible, "", kExamples, vm)) return *exit;
  std::vector<std::string> files;
  if (vm.count("file")) files = vm["file"].as<std::vector<std::string>>();
  bool tracked_changes = vm.count("tracked-changes") > 0;
  size_t expected = tracked_changes ? 1 : 2;
  if (files.size() != expected) {
    return Fail(
        kExitUsage,
        std::string("diff: expected ") +
            (tracked_changes ? "one Word file with --tracked-changes" : "two files, OLD and NEW") +
            ", got " + std::to_string(files.size()) + " (see 'congvan diff --help')");
  }
  if (tracked_changes) files.push_back(files[0]);
  std::string format_name = vm["format"].as<std::string>();
  const OutputFormat<DiffArtifact>* format = FindFormat(DiffFormats(), format_name);
  if (format == nullptr) {
    return Fail(kExitUsage, "diff: unknown --format '" + format_name + "' (expected " +
                                FormatNames(DiffFormats()) + ")");
  }
  if (auto exit = CheckDocxOptions(vm, *format)) return *exit;
  std::string color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never") {
    return Fail(kExitUsage,
                "diff: unknown --color '" + color + "' (expected auto, always or never)");
  }
  ParseOptions parse_old, parse_new;
  if (auto exit = ReadParseOptions(vm, tracked_changes, &parse_old, &parse_new)) return *exit;
  AlignOptions options;
  if (auto exit = ReadAlignOptions(vm, &options)) return *exit;
  options.grammar_dir = parse_old.grammar_dir;  // the aligner's words, as the parser's
  DiffReportOptions report;
  report.grammar_dir = parse_old.grammar_dir;
  if (vm.count("ui-lang") && vm["ui-lang"].as<std::string>() != "auto") {
    std::string error;
    report.ui_language =
        LanguageOption("--ui-lang", vm["ui-lang"].as<std::string>(), report.grammar_dir, &error);
    if (!report.ui_language) return Fail(kExitUsage, "diff: " + error);
  }
  const std::string& output = vm["output"].as<std::string>();
  if (auto exit = RefuseOverwritingInput("diff", output, files)) return *exit;
  if (files[0] == "-" && files[1] == "-")
    return Fail(kExitUsage, "diff: standard input can be only one of OLD and NEW");

  auto old_doc = ParseInput(files[0], parse_old);
  if (!old_doc.ok()) return Fail(kExitTrouble, old_doc.status().ToString());
  // Only Word records tracked changes: any other file read twice is the same
  // text twice, and "nothing changed" (exit 0) would be a wrong answer.
  if (tracked_changes && old_doc->source_info.format != "docx") {
    return Fail(kExitTrouble, files[0] + ": not a Word document (read as " +
                                  old_doc->source_info.format +
                                  "); --tracked-changes compares a .docx before and after its "
                                  "tracked changes");
  }
  auto new_doc = ParseInput(files[1], parse_new);
  if (!new_doc.ok()) return Fail(kExitTrouble, new_doc.status().ToString());
  // Same language: Align() as is. Different languages: the bilingual concept
  // features and cross-language score (cross_language.h), no word redlines;
  // each matched change carries its concept delta, which the reports show.
  // Across languages, the lexicon of the grammars named (--grammars), if any.
  std::shared_ptr<const Lexicon> lexicon;
  if (old_doc->language != new_doc->language) {
    auto named = LexiconOfGrammars(options.grammar_dir);
    if (!named.ok()) return Fail(kExitTrouble, named.status().ToString());
    lexicon = *named;
  }
  Result<Alignment> aligned = AlignAuto(*old_doc, *new_doc, options, lexicon);
  if (!aligned.ok()) return Fail(kExitTrouble, files[0] + ": " + aligned.status().ToString());
  const Alignment& alignment = *aligned;

  int changed = Changed(alignment) ? kExitChanged : kExitSame;
  if (vm.count("quiet")) return changed;
  report.only_changes = vm.count("only-changes") > 0;
  report.color = UseColour(color, output);
  DiffArtifact diff{alignment, *old_doc, *new_doc, report, {}};
  if (vm.count("author")) diff.docx.author = vm["author"].as<std::string>();
  if (vm.count("date")) diff.docx.date = vm["date"].as<std::string>();
  // Any failure to write is trouble (2), like a bad option; success tells whether anything changed.
  return EmitDiff(*format, diff, output, changed);
}

const CommandRegistrar kRegisterDiff(
    {"diff", "compare two versions: added, dropped, reworded, moved, split, merged tasks", RunDiff,
     kExitTrouble});

}  // namespace
}  // namespace congvan::cli
