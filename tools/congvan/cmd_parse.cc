// `congvan parse`: one or more dispatches → task trees (JSON, outline or
// Akoma Ntoso; Akoma Ntoso is read as input too). With several files, JSON
// output is an array and outlines are concatenated; any input error stops the run before anything
// is written. With --jsonl, files and directories are parsed in parallel into JSON Lines, one
// record per input, and a bad input is a record, not the end of the run (parse_batch.h).
#include <algorithm>
#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "command.h"
#include "congvan/formats.h"
#include "congvan/parse.h"
#include "parse_batch.h"
#include "progress_bar.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExamples = R"(examples:
  congvan parse corpus/gender-equality/2021-vi-dispatch.txt --format outline
  congvan parse dispatch.txt -o dispatch.json
  congvan parse --lang en corpus/gender-equality/2024-en-qa-summary.txt
  congvan parse --format akn dispatch.txt -o dispatch.akn.xml   # valid Akoma Ntoso 3.0
  congvan parse dispatch.akn.xml --format outline       # AKN read back into the same tree
  congvan parse cong-van.docx --format outline          # Word numbering rendered
  congvan parse scan.pdf --ocr --format outline         # a scanned PDF
  congvan parse old-file.txt --encoding tcvn3           # a TCVN3 (ABC) text
  xclip -o | congvan parse - --format outline          # text from standard input
  congvan parse --jsonl corpus/ -o corpus.jsonl         # a folder, one JSON line per file
  congvan parse --jsonl -j 2 a.docx b.pdf dir/ | jq -c 'select(.error)'   # the failures
  find /data -name '*.pdf' | congvan parse --jsonl --files-from - -o pdfs.jsonl

--jsonl: every file under a directory is read (hidden names skipped; the
format is recognised by content), in path order. Each input gives one line:
the object --format json prints, or {"source": FILE, "error": MESSAGE}.
A bad input never stops the run. A progress bar is drawn on a terminal, a
summary line ends the run. Exit status: 0 every input parsed, 1 one or more
failed (their records say why), 2 bad command line.
Without --jsonl, several files give one JSON array and any error stops the run.
)";

// The inputs of a --jsonl run: the FILE|DIR arguments, then the lines of
// --files-from (a file, or standard input for "-"; blank lines skipped).
std::optional<int> JsonlInputs(const po::variables_map& vm, std::vector<std::string>* inputs) {
  if (vm.count("file")) *inputs = vm["file"].as<std::vector<std::string>>();
  if (!vm.count("files-from")) return std::nullopt;
  std::string list = vm["files-from"].as<std::string>();
  if (list == "-" && std::count(inputs->begin(), inputs->end(), "-") > 0) {
    return Fail(kExitUsage, "parse: standard input cannot be both --files-from - and an input '-'");
  }
  std::ifstream file;
  if (list != "-") {
    file.open(list);
    if (!file) return Fail(kExitInputError, list + ": cannot open the --files-from list");
  }
  std::istream& in = list == "-" ? std::cin : file;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) inputs->push_back(line);
  }
  return std::nullopt;
}

// The number of cores, at least 1.
unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// `parse --jsonl`: checks the options that only batch runs take and runs it.
int RunJsonl(const po::variables_map& vm, const ParseOptions& options) {
  if (!vm["format"].defaulted() && vm["format"].as<std::string>() != "json") {
    return Fail(kExitUsage, "parse: --jsonl writes JSON; leave out --format");
  }
  BatchOptions batch;
  batch.parse = options;
  batch.output = vm["output"].as<std::string>();
  batch.progress = StderrIsTerminal();
  batch.jobs = DefaultJobs();
  if (vm.count("jobs")) {
    int jobs = vm["jobs"].as<int>();
    if (jobs < 1 || jobs > 256) return Fail(kExitUsage, "parse: --jobs must be between 1 and 256");
    batch.jobs = static_cast<unsigned>(jobs);
  }
  std::vector<std::string> inputs;
  if (auto exit = JsonlInputs(vm, &inputs)) return *exit;
  if (inputs.empty()) return Fail(kExitUsage, "parse: no input file (see 'congvan parse --help')");
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) {
    return Fail(kExitUsage, "parse: standard input ('-') can be given only once");
  }
  return RunParseBatch(inputs, batch);
}

// `parse FILE...` without --jsonl: every file, in one output; any error stops
// the run.
int RunFiles(const std::vector<std::string>& files, const std::string& output,
             const OutputFormat<Document>& format, const ParseOptions& options) {
  if (auto exit = RefuseOverwritingInput("parse", output, files)) return *exit;
  if (std::count(files.begin(), files.end(), "-") > 1) {
    return Fail(kExitUsage, "parse: standard input ('-') can be given only once");
  }
  if (format.sequence.single && files.size() > 1) {
    return Fail(kExitUsage, "parse: --format " + format.name + " takes one file at a time");
  }

  // Documents are parsed and written one at a time, so memory follows the
  // largest input, not the sum; a failure abandons the output file.
  return EmitStream(output, [&](std::ostream& out) -> std::string {
    bool several = files.size() > 1;
    if (several) out << format.sequence.open;
    for (size_t i = 0; i < files.size(); ++i) {
      auto doc = ParseInput(files[i], options);
      if (!doc.ok()) return doc.status().ToString();
      if (i > 0) out << format.sequence.separator;
      if (Status written = format.write(*doc, out); !written.ok()) return written.ToString();
    }
    if (several) out << format.sequence.close;
    return "";
  });
}

int RunParse(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "lang,l", po::value<std::string>()->default_value("auto"),
      "language: auto (detected) or the code of a\n"
      "grammar file in the grammar directory (vi, en)")(
      "format,f", po::value<std::string>()->default_value("json"),
      ("output: " + FormatNames(DocumentFormats()) +
       " (the canonical\n"
       "one-line-per-node form of the goldens)")
          .c_str())("output,o", po::value<std::string>()->default_value("-"),
                    "output file ('-', the default: stdout)")(
      "jsonl",
      "JSON Lines: one record per FILE, directories walked,\n"
      "files parsed in parallel, bad files reported as records")(
      "files-from", po::value<std::string>(),
      "with --jsonl: also parse the files listed in this\n"
      "file, one path a line ('-': standard input)")(
      "jobs,j", po::value<int>(),
      ("with --jsonl: files parsed at once (default: the\n"
       "number of cores, " +
       std::to_string(DefaultJobs()) + " here)")
          .c_str())("grammars", po::value<std::string>(), kGrammarsHelp);
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit =
          ParseArguments("parse", args, visible,
                         "usage: congvan parse FILE... [options]\n"
                         "       congvan parse --jsonl [-j N] [-o OUT] FILE|DIR...\n\n"
                         "Parses Vietnamese or English legal texts into task trees: plain text\n"
                         "(UTF-8, UTF-16 or a legacy Vietnamese encoding), Word .docx, PDF\n"
                         "(--ocr for scans), saved web pages or Akoma Ntoso XML, recognised by\n"
                         "their content.\n\n",
                         kExamples, vm)) {
    return *exit;
  }
  if (!vm.count("file") && !vm.count("files-from")) {
    return Fail(kExitUsage, "parse: no input file (see 'congvan parse --help')");
  }

  ParseOptions options;
  if (vm.count("grammars")) options.grammar_dir = vm["grammars"].as<std::string>();
  if (auto error = ReaderOptions(vm, &options.read)) return Fail(kExitUsage, "parse: " + *error);
  std::string lang = vm["lang"].as<std::string>();
  if (lang != "auto") {
    std::string error;
    options.language = LanguageOption("--lang", lang, options.grammar_dir, &error);
    if (!options.language) return Fail(kExitUsage, "parse: " + error);
  }
  std::string format_name = vm["format"].as<std::string>();
  const OutputFormat<Document>* format = FindFormat(DocumentFormats(), format_name);
  if (format == nullptr) {
    return Fail(kExitUsage, "parse: unknown --format '" + format_name + "' (expected " +
                                FormatNames(DocumentFormats()) + ")");
  }
  if (vm.count("jsonl")) return RunJsonl(vm, options);
  if (vm.count("jobs") || vm.count("files-from")) {
    return Fail(kExitUsage, "parse: --jobs and --files-from apply to --jsonl runs");
  }
  return RunFiles(vm["file"].as<std::vector<std::string>>(), vm["output"].as<std::string>(),
                  *format, options);
}

}  // namespace

namespace {
const CommandRegistrar kRegisterParse(
    {"parse", "parse dispatches into task trees (JSON, outline, Akoma Ntoso)", RunParse});
}  // namespace

}  // namespace congvan::cli
