// Schema checks of CLI output (schema_check.h). Approach: the command line
// says which schema applies (the subcommand, --format, --jsonl); the output
// is written to a temporary file and tools/check_schema validates it in
// --strict mode, which also refuses properties a schema does not list, so a
// field added to an output without its schema fails here. The validator is
// the Debian python3-jsonschema (Draft 2020-12), not a C++ reimplementation.
#include "support/schema_check.h"

#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "support/corpus.h"

namespace congvan::testing {
namespace {

// The value of option `long_name` (or `short_name`), "--x v" or "--x=v".
std::string OptionValue(const std::vector<std::string>& args, const std::string& long_name,
                        const std::string& short_name, const std::string& fallback) {
  for (size_t i = 1; i < args.size(); ++i) {
    if ((args[i] == long_name || args[i] == short_name) && i + 1 < args.size()) return args[i + 1];
    if (args[i].rfind(long_name + "=", 0) == 0) return args[i].substr(long_name.size() + 1);
  }
  return fallback;
}

bool Has(const std::vector<std::string>& args, const std::string& flag) {
  return std::find(args.begin() + 1, args.end(), flag) != args.end();
}

}  // namespace

std::optional<OutputSchema> SchemaOfOutput(const std::vector<std::string>& args) {
  if (args.empty() || Has(args, "--help") || Has(args, "-h")) return std::nullopt;
  const std::string& command = args[0];
  std::string format = OptionValue(args, "--format", "-f", command == "parse" ? "json" : "text");
  if (command == "parse" && Has(args, "--jsonl")) return OutputSchema{"parse-record", "jsonl"};
  if (format != "json") return std::nullopt;
  if (command == "parse") return OutputSchema{"parse", "one"};
  if (command == "diff" && !Has(args, "-q") && !Has(args, "--quiet"))
    return OutputSchema{"diff", "one"};
  if (command == "timeline") return OutputSchema{"timeline", "one"};
  if (command == "consolidate") return OutputSchema{"consolidate", "one"};
  if (command == "extract") return OutputSchema{"extract", "one"};
  if (command == "search") return OutputSchema{"search", "one"};
  if (command == "lexicon" && args.size() > 1 && (args[1] == "stats" || args[1] == "coverage")) {
    return OutputSchema{"lexicon-" + args[1], "one"};
  }
  return std::nullopt;
}

std::string SchemaErrors(const OutputSchema& schema, const std::string& json) {
  TempFile value(json, ".json");
  TempFile errors("");
  std::string command = "/usr/bin/python3 '" + std::string(CONGVAN_SOURCE_DIR) +
                        "/tools/check_schema' --strict " + schema.name +
                        (schema.mode == "one" ? "" : " --" + schema.mode) + " '" + value.path() +
                        "' 2>'" + errors.path() + "'";
  int status = std::system(command.c_str());
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  std::string message = ReadFile(errors.path());
  return message.empty() ? "tools/check_schema failed to run: " + command : message;
}

void CheckOutputAgainstSchema(const std::vector<std::string>& args, int exit_code,
                              const std::string& out) {
  std::optional<OutputSchema> schema = SchemaOfOutput(args);
  if (!schema || exit_code >= 2) return;  // not JSON, or refused before any output
  std::string output = OptionValue(args, "--output", "-o", "-");
  std::string json = out;
  if (output != "-") {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(output, ec))
      return;  // failed run, or a pipe the test reads
    json = ReadFile(output);
  }
  if (json.empty()) return;
  if (schema->name == "parse" && json[0] == '[') schema->mode = "array";  // several files
  INFO("schema " << schema->name << " (" << schema->mode << ") for: congvan " << args[0]);
  CHECK(SchemaErrors(*schema, json) == "");
}

}  // namespace congvan::testing
