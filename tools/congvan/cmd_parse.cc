// `congvan parse`: one or more dispatches → task trees (JSON, outline or
// Akoma Ntoso; Akoma Ntoso is read as input too). With several files, JSON
// output is an array and outlines are concatenated. Any input error stops the run before anything is written.
#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/parse.h"
#include "congvan/writers.h"

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
)";

int RunParse(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()
      ("help,h", "show this help")
      ("lang,l", po::value<std::string>()->default_value("auto"), "language: auto (detected) or the code of a\n"
       "grammar file in the grammar directory (vi, en)")
      ("format,f", po::value<std::string>()->default_value("json"), "output: json, outline, akn or dump (the canonical\n"
       "one-line-per-node form of the goldens)")
      ("output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)")
      ("grammars", po::value<std::string>(), kGrammarsHelp);
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit = ParseArguments("parse", args, visible,
                                 "usage: congvan parse FILE... [options]\n\n"
                                 "Parses Vietnamese or English legal texts into task trees: plain text\n"
                                 "(UTF-8, UTF-16 or a legacy Vietnamese encoding), Word .docx, PDF\n"
                                 "(--ocr for scans), saved web pages or Akoma Ntoso XML, recognised by\n"
                                 "their content.\n\n",
                                 kExamples, vm)) {
    return *exit;
  }
  if (!vm.count("file")) return Fail(kExitUsage, "parse: no input file (see 'congvan parse --help')");

  ParseOptions options;
  if (vm.count("grammars")) options.grammar_dir = vm["grammars"].as<std::string>();
  if (auto error = ReaderOptions(vm, &options.read)) return Fail(kExitUsage, "parse: " + *error);
  std::string lang = vm["lang"].as<std::string>();
  if (lang != "auto") {
    std::string error;
    options.language = LanguageOption("--lang", lang, options.grammar_dir, &error);
    if (!options.language) return Fail(kExitUsage, "parse: " + error);
  }
  std::string format = vm["format"].as<std::string>();
  if (format != "json" && format != "outline" && format != "akn" && format != "dump") {
    return Fail(kExitUsage,
                "parse: unknown --format '" + format + "' (expected json, outline, akn or dump)");
  }
  const auto& files = vm["file"].as<std::vector<std::string>>();
  if (auto exit = RefuseOverwritingInput("parse", vm["output"].as<std::string>(), files)) return *exit;
  if (std::count(files.begin(), files.end(), "-") > 1) {
    return Fail(kExitUsage, "parse: standard input ('-') can be given only once");
  }
  if (format == "akn" && files.size() > 1) {
    return Fail(kExitUsage, "parse: --format akn takes one file at a time");
  }

  // Documents are parsed and written one at a time, so memory follows the
  // largest input, not the sum; a failure abandons the output file.
  return EmitStream(vm["output"].as<std::string>(), [&](std::ostream& out) -> std::string {
    bool array = format == "json" && files.size() > 1;
    if (array) out << "[\n";
    for (size_t i = 0; i < files.size(); ++i) {
      auto doc = ParseInput(files[i], options);
      if (!doc.ok()) return doc.status().ToString();
      if (format == "json") {
        if (i > 0) out << ",\n";
        WriteJson(*doc, out);
      } else if (format == "outline") {
        if (i > 0) out << "\n";
        out << WriteOutline(*doc);
      } else if (format == "dump") {
        out << WriteDump(*doc);
      } else {
        out << WriteAkomaNtoso(*doc);
      }
    }
    if (array) out << "]\n";
    return "";
  });
}

}  // namespace

namespace {
const CommandRegistrar kRegisterParse(
    {"parse", "parse dispatches into task trees (JSON, outline, Akoma Ntoso)", RunParse});
}  // namespace

}  // namespace congvan::cli
