// `congvan lexicon`: tools for curating the bilingual lexicon.
//   coverage FILE  which content words of a text no lexicon entry covers,
//                  most frequent first, and the share of content words covered;
//   match FILE     the text with every concept hit marked, to check entries;
//   stats          size of the lexicon per language and per domain.
// The text is parsed first (ParseFile), and by default only its body counts:
// task texts and the prose blocks (title, lead, preamble, addressees,
// closing), not footers, captions, signatures or page furniture. The command
// gathers the facts; the reports are written by io/ (congvan/lexicon_report.h)
// through the tables of congvan/formats.h.
#include <boost/program_options.hpp>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/formats.h"
#include "congvan/grammar_dir.h"
#include "congvan/lexicon.h"
#include "congvan/lexicon_report.h"
#include "congvan/parse.h"
#include "input_bytes.h"

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "usage: congvan lexicon <coverage|match|stats> [FILE] [options]\n\n"
    "Tools for curating the bilingual lexicon (lexicon/vi-en.tsv in the grammar\n"
    "directory).\n"
    "  coverage FILE  content words of FILE that no lexicon entry covers, most\n"
    "                 frequent first, and the share of content words covered\n"
    "  match FILE     FILE's text with every concept found marked [text|concept]\n"
    "  stats          number of concepts and surface forms, per language and domain\n";

constexpr const char* kExamples = R"(examples:
  congvan lexicon coverage corpus/gender-equality/2021-vi-dispatch.txt
  congvan lexicon coverage corpus/gender-equality/2024-en-qa-summary.txt --top 50
  congvan lexicon coverage dispatch.txt --lang vi --scope text --format json
  congvan lexicon match corpus/gender-equality/2025-en-news-summary.txt
  congvan lexicon stats --lexicon my-lexicon.tsv
)";

// Roles whose text is running prose worth covering.
bool IsBodyRole(BlockRole role) {
  switch (role) {
    case BlockRole::kTitle:
    case BlockRole::kLead:
    case BlockRole::kPreamble:
    case BlockRole::kAddressees:
    case BlockRole::kClosing:
      return true;
    default:
      return false;
  }
}

// The text to measure: the body of the parsed document, or all of it.
std::string TextOf(const Document& doc, const std::string& scope, const std::string& decoded) {
  if (scope == "text") return decoded;
  std::string out;
  for (const Block& b : doc.blocks) {
    if (IsBodyRole(b.role)) out += b.text + "\n";
  }
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) { out += n.text + "\n"; });
  return out;
}

struct Loaded {
  std::shared_ptr<const Lexicon> lexicon;
  std::string path;
};

int LoadLexicon(const po::variables_map& vm, Loaded* loaded) {
  if (!vm.count("lexicon")) {
    auto dir = FindGrammarDir();
    if (!dir.ok()) return Fail(kExitInputError, dir.status().ToString());
  }
  loaded->path = vm.count("lexicon") ? vm["lexicon"].as<std::string>() : DefaultLexiconPath();
  auto lex = Lexicon::Load(loaded->path);
  if (!lex.ok()) return Fail(kExitInputError, lex.status().ToString());
  loaded->lexicon = *lex;
  return kExitOk;
}

int RunStats(const po::variables_map& vm) {
  std::string format_name = vm["format"].as<std::string>();
  const OutputFormat<LexiconStats>* format = FindFormat(LexiconStatsFormats(), format_name);
  if (format == nullptr) {
    return Fail(kExitUsage, "lexicon: unknown --format '" + format_name + "' (expected " +
                                FormatNames(LexiconStatsFormats()) + ")");
  }
  Loaded l;
  if (int rc = LoadLexicon(vm, &l); rc != kExitOk) return rc;
  std::ostringstream out;
  if (Status s = format->write({*l.lexicon, l.path}, out); !s.ok())
    return Fail(kExitInputError, s.ToString());
  return Emit("-", out.str());
}

int RunCoverageOrMatch(const std::string& sub, const po::variables_map& vm) {
  if (!vm.count("file")) {
    return Fail(kExitUsage, "lexicon " + sub + ": no input file (see 'congvan lexicon --help')");
  }
  const auto& files = vm["file"].as<std::vector<std::string>>();
  if (files.size() != 1) {
    return Fail(kExitUsage, "lexicon " + sub + ": takes exactly one FILE");
  }
  const std::string& file = files[0];
  ParseOptions options;
  if (auto error = ReaderOptions(vm, &options.read)) return Fail(kExitUsage, "lexicon: " + *error);
  std::string lang = vm["lang"].as<std::string>();
  if (lang != "auto") {
    // The lexicon has a Vietnamese and an English side.
    auto l = LanguageFromCode(lang);
    if (!l || (*l != Language::kVietnamese && *l != Language::kEnglish)) {
      return Fail(kExitUsage, "lexicon: unknown --lang '" + lang + "' (expected auto, vi or en)");
    }
    options.language = l;
  }
  std::string scope = vm["scope"].as<std::string>();
  if (scope != "body" && scope != "text") {
    return Fail(kExitUsage, "lexicon: unknown --scope '" + scope + "' (expected body or text)");
  }
  std::string format_name = vm["format"].as<std::string>();
  const OutputFormat<LexiconCoverageReport>* format =
      FindFormat(LexiconCoverageFormats(), format_name);
  if (format == nullptr) {
    return Fail(kExitUsage, "lexicon: unknown --format '" + format_name + "' (expected " +
                                FormatNames(LexiconCoverageFormats()) + ")");
  }
  int top = vm["top"].as<int>();
  if (top < 0) return Fail(kExitUsage, "lexicon: --top must be 0 (all) or more");

  Loaded l;
  if (int rc = LoadLexicon(vm, &l); rc != kExitOk) return rc;
  // The bytes are read once ('-' is standard input), parsed, and for
  // --scope text decoded again (the Document keeps only classified pieces).
  auto read = ReadInputBytes(file);
  if (!read.ok()) return Fail(kExitInputError, read.status().ToString());
  const std::string bytes = std::move(*read);
  const std::string name = file == "-" ? kStandardInputName : file;
  auto doc = ParseBytes(bytes, name, options);
  if (!doc.ok()) return Fail(kExitInputError, doc.status().ToString());
  std::string decoded;
  if (scope == "text") {
    auto text = ReadDocument(bytes, name, options.read);  // the text the parser read
    if (!text.ok()) return Fail(kExitInputError, text.status().ToString());
    decoded = std::move(text->text);
  }
  const Language language = doc->language;
  const std::string text = TextOf(*doc, scope, decoded);
  const Lexicon& lex = *l.lexicon;

  std::ostringstream out;
  if (sub == "match") {
    WriteConceptMatches(lex, text, language, out);
    return Emit("-", out.str());
  }
  LexiconCoverageReport report{lex, l.path, name, language, scope, lex.Coverage(text, language),
                               top};
  if (Status s = format->write(report, out); !s.ok()) return Fail(kExitInputError, s.ToString());
  return Emit("-", out.str());
}

int RunLexicon(const std::vector<std::string>& args) {
  po::options_description visible("options");
  visible.add_options()("help,h", "show this help")(
      "lang,l", po::value<std::string>()->default_value("auto"),
      "language of FILE: auto, vi or en")("lexicon", po::value<std::string>(),
                                          "lexicon TSV (default: lexicon/vi-en.tsv in the\n"
                                          "grammar directory)")(
      "scope", po::value<std::string>()->default_value("body"),
      "body (tasks and prose blocks of the parsed text) or text (every line)")(
      "top,n", po::value<int>()->default_value(30), "uncovered words to list (0 = all)")(
      "format,f", po::value<std::string>()->default_value("text"), "output: text or json");
  AddReaderOptions(visible);
  po::variables_map vm;
  if (auto exit = ParseArguments("lexicon", args, visible, kUsage + std::string("\n"), kExamples,
                                 vm, {"sub"})) {
    return *exit;
  }
  if (!vm.count("sub")) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string sub = vm["sub"].as<std::string>();
  if (sub == "coverage" || sub == "match") return RunCoverageOrMatch(sub, vm);
  if (sub == "stats") {
    if (vm.count("file")) return Fail(kExitUsage, "lexicon stats: takes no FILE");
    return RunStats(vm);
  }
  return Fail(kExitUsage,
              "lexicon: unknown subcommand '" + sub +
                  "' (expected coverage, match or stats; see 'congvan lexicon --help')");
}

const CommandRegistrar kRegisterLexicon(
    {"lexicon", "lexicon coverage of a text, concept hits, lexicon statistics", RunLexicon});

}  // namespace
}  // namespace congvan::cli
