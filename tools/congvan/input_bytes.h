// The bytes of one input file as the subcommands that read a file without
// parsing it first (extract, lexicon) get them, with the same one-line errors
// `parse` gives (engine/src/parse/parser.cc, ParseFile): a missing path is
// "no such file", a directory "is a directory, not a text file", so a user
// meets one wording whichever command they ran. "-" is standard input.
#ifndef CONGVAN_TOOLS_INPUT_BYTES_H_
#define CONGVAN_TOOLS_INPUT_BYTES_H_

#include <string>

#include "congvan/status.h"

namespace congvan::cli {

// Reads `file` whole ("-": standard input). The error names the file.
Result<std::string> ReadInputBytes(const std::string& file);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_INPUT_BYTES_H_
