// `congvan extract`: the text a reader produced from a file — what the
// parser sees — with Word's and HTML's numbering rendered, a PDF's pages
// separated by form feeds, a legacy encoding decoded. --map adds where each
// line came from; --format json gives the text, the format, the encoding,
// the warnings and the map in one object.
#include <boost/program_options.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/reader.h"
#include "input_bytes.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExamples = R"(examples:
  congvan extract cong-van.docx                  # the text, numbering rendered
  congvan extract scan.pdf --ocr -o scan.txt     # OCR of a scanned PDF
  congvan extract page.html --map                # line<TAB>where it came from<TAB>text
  congvan extract old.txt --format json          # text, format, encoding, warnings, map
  curl -s URL | congvan extract - --map          # '-' is standard input
)";

std::string Where(const SourceOrigin& o) {
  std::string out;
  if (o.page) out += "page " + std::to_string(o.page);
  if (o.paragraph)
    out += std::string(out.empty() ? "" : " ") + "paragraph " + std::to_string(o.paragraph);
  if (!o.element.empty()) out += std::string(out.empty() ? "" : " ") + o.element;
  return out;
}

std::string WithMap(const ExtractedText& t) {
  std::vector<std::string> where;
  for (const OriginRun& run : t.origins) {
    for (int l = run.first_line; l <= run.last_line; ++l) {
      if (static_cast<size_t>(l) > where.size()) where.resize(static_cast<size_t>(l));
      where[static_cast<size_t>(l) - 1] = Where(run.origin);
    }
  }
  std::string out;
  std::istringstream lines(t.text);
  std::string line;
  for (size_t n = 1; std::getline(lines, line); ++n) {
    out += std::to_string(n) + "\t" + (n <= where.size() ? where[n - 1] : "") + "\t" + line + "\n";
  }
  return out;
}

std::string AsJson(const ExtractedText& t) {
  nlohmann::ordered_json j;
  j["format"] = t.format;
  j["encoding"] = t.encoding;
  j["warnings"] = nlohmann::json::array();
  for (const Diagnostic& w : t.warnings) j["warnings"].push_back(w.message);
  j["map"] = nlohmann::json::array();
  for (const OriginRun& run : t.origins) {
    nlohmann::ordered_json r;
    r["lines"] = {run.first_line, run.last_line};
    if (run.origin.page) r["page"] = run.origin.page;
    if (run.origin.paragraph) r["paragraph"] = run.origin.paragraph;
    if (!run.origin.element.empty()) r["element"] = run.origin.element;
    j["map"].push_back(r);
  }
  j["text"] = t.text;
  return j.dump(2) + "\n";
}

int RunExtract(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "format,f", po::value<std::string>()->default_value("text"), "output: text or json")(
      "map", "prefix each line with its number and where it came from\n(page, paragraph, element)")(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)");
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit = ParseArguments(
          "extract", args, visible,
          "usage: congvan extract FILE [options]\n\n"
          "Prints the text a reader makes of a file: what 'congvan parse' reads.\n\n",
          kExamples, vm)) {
    return *exit;
  }
  if (!vm.count("file") || vm["file"].as<std::vector<std::string>>().size() != 1) {
    return Fail(kExitUsage, "extract: takes exactly one FILE (see 'congvan extract --help')");
  }
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    return Fail(kExitUsage, "extract: unknown --format '" + format + "' (expected text or json)");
  }
  ReadOptions read;
  if (auto error = ReaderOptions(vm, &read)) return Fail(kExitUsage, "extract: " + *error);
  const std::string file = vm["file"].as<std::vector<std::string>>()[0];
  if (auto exit = RefuseOverwritingInput("extract", vm["output"].as<std::string>(), {file}))
    return *exit;
  auto bytes = ReadInputBytes(file);
  if (!bytes.ok()) return Fail(kExitInputError, bytes.status().ToString());
  auto text = ReadDocument(*bytes, file == "-" ? kStandardInputName : file, read);
  if (!text.ok()) return Fail(kExitInputError, text.status().ToString());
  std::string out = format == "json"  ? AsJson(*text)
                    : vm.count("map") ? WithMap(*text)
                                      : text->text;
  return Emit(vm["output"].as<std::string>(), out);
}

const CommandRegistrar kRegistrar(
    {"extract", "print the text a reader makes of a file (Word, PDF, HTML, legacy encodings)",
     RunExtract});

}  // namespace
}  // namespace congvan::cli
