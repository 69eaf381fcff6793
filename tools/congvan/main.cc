// congvan: turns legal guidance texts into task trees and compares versions.
// This file only dispatches to the subcommand table (command.h).
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "command.h"
#include "congvan/grammar_dir.h"
#include "congvan/parse.h"
#include "congvan/writers.h"
#include "huge_pages.h"
#include "options_help.h"

namespace congvan::cli {

std::vector<Command>& Commands() {
  static std::vector<Command> commands;
  return commands;
}

std::optional<Language> LanguageOption(const std::string& option, const std::string& code,
                                       const std::string& grammar_dir, std::string* error) {
  auto available = AvailableLanguages(grammar_dir);
  if (!available.ok()) {
    *error = available.status().ToString();
    return std::nullopt;
  }
  std::string names;
  for (const Language& l : *available) {
    if (l.code() == code) return l;
    names += (names.empty() ? "" : ", ") + l.code();
  }
  *error = "unknown " + option + " '" + code +
           "' (expected auto or a language with a grammar: " + names + ")";
  return std::nullopt;
}

int Fail(int code, const std::string& message) {
  std::cerr << "congvan: " << message << "\n";
  return code;
}

int Emit(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return kExitOk;
  }
  if (Status s = WriteFileAtomically(path, content); !s.ok()) {
    return Fail(kExitInputError, s.ToString());
  }
  return kExitOk;
}

Result<Document> ParseInput(const std::string& file, const ParseOptions& options) {
  if (file != "-") return ParseFile(file, options);
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return ParseBytes(bytes, kStandardInputName, options);
}

std::optional<int> RefuseOverwritingInput(const std::string& command, const std::string& output,
                                          const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") return std::nullopt;
  std::error_code ec;
  if (!std::filesystem::exists(output, ec)) return std::nullopt;
  for (const std::string& input : inputs) {
    if (std::filesystem::equivalent(output, input, ec) && !ec) {
      return Fail(kExitUsage,
                  command + ": -o " + output +
                      " is an input file; refusing to overwrite it (choose another output)");
    }
  }
  return std::nullopt;
}

int EmitStream(const std::string& path, const std::function<std::string(std::ostream&)>& write) {
  std::string error;
  if (path.empty() || path == "-") {
    error = write(std::cout);
    std::cout.flush();
    return error.empty() ? kExitOk : Fail(kExitInputError, error);
  }
  Status io_status = WriteFileAtomically(path, [&](std::ostream& out) {
    error = write(out);
    return error.empty();
  });
  if (!error.empty()) return Fail(kExitInputError, error);
  if (!io_status.ok()) return Fail(kExitInputError, io_status.ToString());
  return kExitOk;
}

std::optional<int> ParseArguments(const std::string& command, const std::vector<std::string>& args,
                                  const boost::program_options::options_description& visible,
                                  const std::string& usage, const std::string& examples,
                                  boost::program_options::variables_map& vm,
                                  const std::vector<std::string>& leading) {
  namespace po = boost::program_options;
  po::options_description hidden;
  po::positional_options_description positional;
  for (const std::string& name : leading) {
    hidden.add_options()(name.c_str(), po::value<std::string>(), "");
    positional.add(name.c_str(), 1);
  }
  hidden.add_options()("file", po::value<std::vector<std::string>>(), "input files");
  positional.add("file", -1);
  po::options_description all;
  all.add(visible).add(hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Fail(kExitUsage, command + ": " + e.what() + " (see 'congvan " + command + " --help')");
  }
  if (vm.count("help")) {
    std::cout << usage;
    WriteOptionsHelp(std::cout, visible);
    std::cout << "\n" << examples;
    return kExitOk;
  }
  return std::nullopt;
}

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }

namespace {

// Levenshtein distance, for "did you mean" on mistyped subcommands.
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

void PrintUsage(std::ostream& out) {
  std::vector<Command> sorted = Commands();
  std::sort(sorted.begin(), sorted.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  out << "usage: congvan <command> [options]\n\n"
         "Turns Vietnamese and English legal guidance texts into task trees and\n"
         "shows how they change between versions and languages.\n\ncommands:\n";
  size_t column = 0;  // the longest name and two spaces ("consolidate" is 11 letters)
  for (const Command& c : sorted) column = std::max(column, c.name.size() + 2);
  for (const Command& c : sorted) {
    out << "  " << c.name << std::string(column - c.name.size(), ' ') << c.summary << "\n";
  }
  out << "\nRun 'congvan <command> --help' (or 'congvan help <command>') for the options\n"
         "and examples of a command.\n"
         "  --version   print the version and the grammar directory in use\n\n"
         "data: the grammars and the bilingual lexicon are read from --grammars DIR, else\n"
         "$CONGVAN_GRAMMARS, else share/congvan/grammars of the installation (next to\n"
         "the binary's bin/).\n\n"
         "memory: on Linux, inputs of 8 MB or more run with glibc's heap in huge pages\n"
         "(the process re-executes itself once); CONGVAN_HUGE_PAGES=0 turns this off.\n";
}

// `congvan --version`: the version, then where the grammars are read from.
void PrintVersion(std::ostream& out) {
  out << "congvan " << CONGVAN_CLI_VERSION << "\n";
  auto dir = congvan::FindGrammarDir();
  out << "grammars: " << (dir.ok() ? *dir : dir.status().ToString()) << "\n";
}

}  // namespace
}  // namespace congvan::cli

int main(int argc, char** argv) {
  using namespace congvan::cli;
  ReexecWithHugePages(argv);  // returns unless it re-executes (huge_pages.h)
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  // `congvan help diff` is `congvan diff --help`, as git and go have it.
  if (args[0] == "help" && args.size() == 2) args = {args[1], "--help"};
  const std::string& name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (name == "--huge-pages-status") {  // hidden: for tests and bug reports
    PrintHugePagesStatus(std::cout);
    return kExitOk;
  }
  if (name == "--version" || name == "-V") {
    PrintVersion(std::cout);
    return kExitOk;
  }
  for (const Command& c : Commands()) {
    if (c.name == name) {
      try {
        return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
      } catch (const std::exception& e) {
        // Engine code does not throw on input; this guards library surprises.
        return Fail(c.internal_error_exit, std::string("internal error: ") + e.what());
      }
    }
  }
  std::string hint;
  size_t best = 3;
  for (const Command& c : Commands()) {
    size_t d = EditDistance(name, c.name);
    if (d < best) {
      best = d;
      hint = c.name;
    }
  }
  return Fail(kExitUsage, "unknown command '" + name + "'" +
                              (hint.empty() ? "" : "; did you mean '" + hint + "'?") +
                              " (see 'congvan --help')");
}
