// `congvan lexicon`: tools for curating the bilingual lexicon.
//   coverage FILE  which content words of a text no lexicon entry covers,
//                  most frequent first, and the share of content words covered;
//   match FILE     the text with every concept hit marked, to check entries;
//   stats          size of the lexicon per language and per domain.
// The text is parsed first (ParseFile), and by default only its body counts:
// task texts and the prose blocks (title, lead, preamble, addressees,
// closing), not footers, captions, signatures or page furniture.
#include <algorithm>
#include <boost/program_options.hpp>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/grammar_dir.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"

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

std::string FormsSummary(const Lexicon& lex) {
  std::ostringstream s;
  s << lex.concept_count() << " concepts; " << lex.surface_form_count(Language::kVietnamese)
    << " vi / " << lex.surface_form_count(Language::kEnglish) << " en forms";
  return s.str();
}

int RunStats(const po::variables_map& vm) {
  Loaded l;
  if (int rc = LoadLexicon(vm, &l); rc != kExitOk) return rc;
  const Lexicon& lex = *l.lexicon;
  std::map<std::string, int> by_domain;
  for (int c = 0; c < lex.concept_count(); ++c) ++by_domain[lex.domain(c)];
  std::string format = vm["format"].as<std::string>();
  if (format == "json") {
    nlohmann::json j;
    j["lexicon"] = l.path;
    j["concepts"] = lex.concept_count();
    j["surface_forms"] = {{"vi", lex.surface_form_count(Language::kVietnamese)},
                          {"en", lex.surface_form_count(Language::kEnglish)}};
    j["domains"] = by_domain;
    return Emit("-", j.dump(2) + "\n");
  }
  std::ostringstream out;
  out << "lexicon: " << l.path << "\n" << FormsSummary(lex) << "\n\nconcepts per domain:\n";
  for (const auto& [domain, n] : by_domain) {
    out << "  " << std::setw(5) << n << "  " << domain << "\n";
  }
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
  std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") {
    return Fail(kExitUsage, "lexicon: unknown --format '" + format + "' (expected text or json)");
  }
  int top = vm["top"].as<int>();
  if (top < 0) return Fail(kExitUsage, "lexicon: --top must be 0 (all) or more");

  Loaded l;
  if (int rc = LoadLexicon(vm, &l); rc != kExitOk) return rc;
  // The bytes are read once ('-' is standard input), parsed, and for
  // --scope text decoded again (the Document keeps only classified pieces).
  std::string bytes;
  if (file == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Fail(kExitInputError, file + ": cannot open the file");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
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

  if (sub == "match") {
    std::string out;
    size_t prev = 0;
    for (const ConceptHit& h : lex.Match(text, language)) {
      out.append(text, prev, h.begin - prev);
      out +=
          "[" + text.substr(h.begin, h.end - h.begin) + "|" + lex.concept_id(h.concept_index) + "]";
      prev = h.end;
    }
    out.append(text, prev, std::string::npos);
    return Emit("-", out);
  }

  LexiconCoverage cov = lex.Coverage(text, language);
  std::map<std::string, int> counts;
  for (const std::string& w : cov.uncovered) ++counts[w];
  std::vector<std::pair<std::string, int>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (top > 0 && ranked.size() > static_cast<size_t>(top)) ranked.resize(top);

  if (format == "json") {
    nlohmann::json j;
    j["source"] = name;
    j["language"] = LanguageCode(language);
    j["scope"] = scope;
    j["lexicon"] = l.path;
    j["concepts"] = lex.concept_count();
    j["content_tokens"] = cov.content_tokens;
    j["covered_tokens"] = cov.covered_tokens;
    j["coverage"] = cov.ratio();
    j["distinct_uncovered"] = counts.size();
    nlohmann::json words = nlohmann::json::array();
    for (const auto& [w, n] : ranked) words.push_back({{"word", w}, {"count", n}});
    j["uncovered"] = words;
    return Emit("-", j.dump(2) + "\n");
  }
  std::ostringstream out;
  out << name << " (" << LanguageCode(language) << ", " << scope << ")\n"
      << "lexicon: " << l.path << " (" << FormsSummary(lex) << ")\n"
      << "coverage: " << std::fixed << std::setprecision(3) << cov.ratio() << " ("
      << cov.covered_tokens << " of " << cov.content_tokens << " content words)\n";
  if (ranked.empty()) {
    out << "every content word is covered\n";
  } else {
    out << "uncovered content words, most frequent first (" << counts.size() << " distinct):\n";
    for (const auto& [w, n] : ranked) out << "  " << std::setw(5) << n << "  " << w << "\n";
  }
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
