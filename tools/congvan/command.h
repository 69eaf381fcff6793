// The subcommand table of the congvan CLI. Each subcommand lives in its own
// cmd_*.cc and registers itself with a static CommandRegistrar, so adding a
// subcommand never touches main.cc.
#ifndef CONGVAN_TOOLS_COMMAND_H_
#define CONGVAN_TOOLS_COMMAND_H_

#include <boost/program_options.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "congvan/document.h"
#include "congvan/lexicon.h"
#include "congvan/parse.h"
#include "congvan/reader.h"

namespace congvan::cli {

// Exit codes shared by every subcommand — except `diff`, which follows
// diff(1): 0 same, 1 changed, 2 trouble of any kind (cmd_diff.cc).
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;  // bad input file or grammar
inline constexpr int kExitUsage = 2;       // bad command line

struct Command {
  std::string name;
  std::string summary;                                           // one line for `congvan --help`
  std::function<int(const std::vector<std::string>& args)> run;  // args after the name
  int internal_error_exit = kExitInputError;                     // main's exit when `run` throws
};

std::vector<Command>& Commands();

struct CommandRegistrar {
  explicit CommandRegistrar(Command c) { Commands().push_back(std::move(c)); }
};

// Prints "congvan: <message>" on stderr (one line) and returns `code`.
int Fail(int code, const std::string& message);

// Writes output to `path` atomically, or to stdout when path is empty or "-".
// Returns kExitOk or prints the error and returns kExitInputError.
int Emit(const std::string& path, const std::string& content);

// Streams what `write` produces to `path` (atomically: a temporary file
// renamed into place) or to stdout. `write` returns "" on success or an error
// message; on error nothing is left at `path`, the message is printed and
// kExitInputError returned.
int EmitStream(const std::string& path, const std::function<std::string(std::ostream&)>& write);

// How standard input ("-" on the command line) is named in documents and errors.
inline constexpr const char* kStandardInputName = "(standard input)";

// Parses FILE, or standard input when FILE is "-" (read whole, named
// kStandardInputName in the document and in errors).
Result<Document> ParseInput(const std::string& file, const ParseOptions& options);

// `-o output` names one of the input files (the same file, by any path):
// prints "congvan: <command>: -o <output> is an input file; …" and returns
// kExitUsage to return at once; nullopt when the output is safe to write.
std::optional<int> RefuseOverwritingInput(const std::string& command, const std::string& output,
                                          const std::vector<std::string>& inputs);

// Parses a subcommand's arguments: the `visible` options, then positional
// arguments stored under the names in `leading` (one each) and the rest under
// "file". On --help prints `usage`, the options and `examples` to stdout; on a
// bad option prints one error line. Returns the exit code to return at once,
// or nullopt to go on with `vm` filled.
std::optional<int> ParseArguments(const std::string& command, const std::vector<std::string>& args,
                                  const boost::program_options::options_description& visible,
                                  const std::string& usage, const std::string& examples,
                                  boost::program_options::variables_map& vm,
                                  const std::vector<std::string>& leading = {});

// The language a --lang style option names: a code with a grammar in
// `grammar_dir`. Sets `error` (one line naming the option and the languages
// there are) and returns nullopt otherwise.
std::optional<Language> LanguageOption(const std::string& option, const std::string& code,
                                       const std::string& grammar_dir, std::string* error);

// Help text of --grammars, shared by the subcommands that take it: where the
// grammars come from when it is not given (congvan/grammar_dir.h).
inline constexpr const char* kGrammarsHelp =
    "directory of the grammar files <code>.xml\n"
    "(default: $CONGVAN_GRAMMARS, else\n"
    "share/congvan/grammars of the installation)";

// The reader options (--from, --encoding, --ocr, --ocr-lang, --tracked) of
// every subcommand that reads documents, and their values; ReaderOptions
// returns a one-line error for a bad value.
void AddReaderOptions(boost::program_options::options_description& options);
std::optional<std::string> ReaderOptions(const boost::program_options::variables_map& vm,
                                         ReadOptions* read);

// True when stdout is a terminal (for --color auto).
bool StdoutIsTerminal();

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_COMMAND_H_
