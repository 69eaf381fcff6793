// The inputs of a batch run: files named on the command line, and every file
// under the directories named there.
#ifndef CONGVAN_TOOLS_BATCH_INPUTS_H_
#define CONGVAN_TOOLS_BATCH_INPUTS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace congvan::cli {

struct BatchInput {
  std::string path;          // as given, or the directory's path joined with the file's
  std::uintmax_t bytes = 0;  // size for progress (0 when unknown: stdin, a missing file)
  std::string error;         // set when the input cannot be read at all (a directory
                             // that cannot be listed); it becomes an error record
};

// Expands `args` in order: a directory becomes its regular files (and those
// of its subdirectories, sorted by path; names starting with '.' are
// skipped, symbolic links to directories are not followed), anything else —
// a file, "-", a path that does not exist — stays one input, so that parsing
// it reports what is wrong. Never fails: problems become inputs with an error.
std::vector<BatchInput> ExpandBatchInputs(const std::vector<std::string>& args);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_BATCH_INPUTS_H_
