// Every JSON output the test suite makes the CLI produce is checked against
// its JSON Schema (schemas/*.schema.json): RunCongvan calls
// CheckOutputAgainstSchema after each run.
#ifndef CONGVAN_TESTS_SUPPORT_SCHEMA_CHECK_H_
#define CONGVAN_TESTS_SUPPORT_SCHEMA_CHECK_H_

#include <optional>
#include <string>
#include <vector>

namespace congvan::testing {

// Which schema a command line's output follows: the schema's name and how
// the output holds its values ("one", "array" for parse with several files,
// "jsonl" for parse --jsonl). nullopt when the output is not JSON.
struct OutputSchema {
  std::string name;
  std::string mode;
};
std::optional<OutputSchema> SchemaOfOutput(const std::vector<std::string>& args);

// Validates `json` (the command's stdout, or its -o file) with
// tools/check_schema --strict under Debian's /usr/bin/python3. Returns ""
// when valid, the validator's messages otherwise.
std::string SchemaErrors(const OutputSchema& schema, const std::string& json);

// For RunCongvan: when `args` ask for JSON and the command wrote some, fails
// the current test unless it validates. `out` is the command's stdout.
void CheckOutputAgainstSchema(const std::vector<std::string>& args, int exit_code,
                              const std::string& out);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_SCHEMA_CHECK_H_
