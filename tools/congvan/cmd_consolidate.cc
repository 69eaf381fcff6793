// `congvan consolidate BASE AMENDING...`: a consolidated text (văn bản hợp
// nhất) as a preview — the amending documents' instructions applied to the
// base, each change with a note citing the amending provision, and every
// instruction that could not be applied exactly listed (in the output and as
// a count on stderr), never guessed.
#include <boost/program_options.hpp>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/consolidate.h"
#include "congvan/grammar.h"
#include "congvan/parse.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExamples = R"(examples:
  congvan consolidate corpus/legislation/2022-vi-circular-17-2022-tt-bldtbxh.txt \
      corpus/legislation/2023-vi-circular-03-2023-tt-bldtbxh-amending-17-2022.txt
  congvan consolidate law.txt amending-2019.txt amending-2024.txt -o consolidated.txt
  congvan consolidate decree.docx amending.pdf --format json -o consolidated.json

Amending documents are applied in the order given. An instruction is applied
when its target is in the base exactly once and its quoted text fits it:
provisions replaced ("Sửa đổi, bổ sung khoản 2 Điều 5 như sau:"), added
("Bổ sung khoản 3 vào Điều 7"), renamed ("Sửa tên Điều 23"), repealed ("Bãi
bỏ điểm c khoản 1 Điều 7") and phrases replaced ("thay cụm từ “…” bằng cụm từ
“…”"). Everything else is listed under "not applied" with the reason.
Exit status: 0 when every instruction was applied, 3 when some were not or
an amending document holds none (the output is still written; stderr says
which), 1 on a bad input file, 2 on a bad command line.
)";

inline constexpr int kExitSomeUnapplied = 3;

// An "amending" document in which not one instruction was found — a text
// that amends nothing, or the base and the amending document given the other
// way round — would otherwise pass as "0 applied, 0 not applied", exit 0,
// with the base written out unchanged. Each such document gets one line on
// stderr; returns how many there were (the run then exits 3, "not
// everything applied", its output still written).
int ReportAmendingWithoutInstructions(const Consolidation& consolidated) {
  std::set<std::string> with_instructions;
  for (const auto* changes : {&consolidated.applied, &consolidated.unapplied}) {
    for (const ConsolidationChange& c : *changes) with_instructions.insert(c.source);
  }
  int without = 0;
  for (const Document& doc : consolidated.amending) {
    if (with_instructions.count(doc.source)) continue;
    ++without;
    std::cerr << "congvan: " << doc.source
              << ": no amending instruction found (\"Sửa đổi, bổ sung …\", \"Bãi bỏ …\", "
                 "\"… is amended as follows\"): nothing of it applied; is it an amending "
                 "document, given after the base?\n";
  }
  return without;
}

int RunConsolidate(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "format,f", po::value<std::string>()->default_value("text"),
      "output: text (the consolidated text with its\n"
      "notes) or json (tree, notes, applied and unapplied)")(
      "output,o", po::value<std::string>()->default_value("-"), "output file (default: stdout)")(
      "grammars", po::value<std::string>(), kGrammarsHelp);
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit =
          ParseArguments("consolidate", args, visible,
                         "usage: congvan consolidate BASE AMENDING... [options]\n\n"
                         "Applies the amending documents to the base and writes the consolidated\n"
                         "text (văn bản hợp nhất) as a preview, with notes citing each amending\n"
                         "provision.\n\n",
                         kExamples, vm)) {
    return *exit;
  }
  std::vector<std::string> files;
  if (vm.count("file")) files = vm["file"].as<std::vector<std::string>>();
  if (files.size() < 2) {
    return Fail(kExitUsage,
                "consolidate: needs a base and at least one amending document (see 'congvan "
                "consolidate --help')");
  }
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    return Fail(kExitUsage,
                "consolidate: unknown --format '" + format + "' (expected text or json)");
  }
  const std::string output = vm["output"].as<std::string>();
  if (auto exit = RefuseOverwritingInput("consolidate", output, files)) return *exit;
  ParseOptions options;
  if (vm.count("grammars")) options.grammar_dir = vm["grammars"].as<std::string>();
  if (auto error = ReaderOptions(vm, &options.read))
    return Fail(kExitUsage, "consolidate: " + *error);

  std::vector<Document> docs;
  for (const std::string& file : files) {
    auto doc = ParseInput(file, options);
    if (!doc.ok()) return Fail(kExitInputError, doc.status().ToString());
    docs.push_back(std::move(*doc));
  }
  auto grammar = Grammar::LoadForLanguage(options.grammar_dir, docs.front().language);
  if (!grammar.ok()) return Fail(kExitInputError, grammar.status().ToString());
  Document base = std::move(docs.front());
  docs.erase(docs.begin());
  auto consolidated = Consolidate(base, docs, **grammar);
  if (!consolidated.ok()) return Fail(kExitInputError, consolidated.status().ToString());

  int exit = EmitStream(output, [&](std::ostream& out) -> std::string {
    if (format == "json") {
      WriteConsolidatedJson(*consolidated, out);
    } else {
      out << WriteConsolidatedText(*consolidated, **grammar);
    }
    return "";
  });
  if (exit != kExitOk) return exit;
  std::cerr << "congvan: consolidate: " << consolidated->applied.size()
            << " instruction(s) applied, " << consolidated->unapplied.size() << " not applied"
            << (consolidated->unapplied.empty() ? "" : " (listed in the output)") << "\n";
  for (const ConsolidationChange& u : consolidated->unapplied) {
    std::cerr << "congvan: " << u.source << ":" << u.line << ": not applied: " << u.reason << "\n";
  }
  const int without = ReportAmendingWithoutInstructions(*consolidated);
  return consolidated->unapplied.empty() && without == 0 ? kExitOk : kExitSomeUnapplied;
}

}  // namespace

namespace {
const CommandRegistrar kRegisterConsolidate(
    {"consolidate", "apply amending documents to a base: a consolidated text with notes",
     RunConsolidate});
}  // namespace

}  // namespace congvan::cli
