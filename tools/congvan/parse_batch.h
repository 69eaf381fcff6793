// `congvan parse --jsonl`: many documents parsed in parallel into a JSON
// Lines stream, one record per input in input order.
#ifndef CONGVAN_TOOLS_PARSE_BATCH_H_
#define CONGVAN_TOOLS_PARSE_BATCH_H_

#include <string>
#include <vector>

#include "congvan/parse.h"

namespace congvan::cli {

struct BatchOptions {
  ParseOptions parse;
  unsigned jobs = 1;         // parsing threads
  std::string output = "-";  // "-" or empty: standard output
  bool progress = false;     // draw a progress bar on stderr
};

// Parses every input (files; directories walked, batch_inputs.h) and writes
// one line per input: the object `parse --format json` prints, compact, or
// {"source": PATH, "error": MESSAGE} for an input that failed. Never stops at
// a bad input; each failure is also one line on stderr, and a one-line
// summary ends the run. Returns kExitOk when every input parsed,
// kExitInputError when any failed or the output could not be written.
int RunParseBatch(const std::vector<std::string>& args, const BatchOptions& options);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_PARSE_BATCH_H_
