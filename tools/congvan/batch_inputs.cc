// Batch inputs (batch_inputs.h). Approach: std::filesystem's recursive
// iterator, with errors taken as error codes (never exceptions): a
// subdirectory that cannot be listed becomes an input carrying the error, so
// the run reports it and goes on. The formats are not filtered by file
// extension — the readers recognise them by content — so every regular file
// is an input; hidden names are left out because they are tool state (.git,
// .DS_Store), not documents.
#include "batch_inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace congvan::cli {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::uintmax_t SizeOf(const fs::path& path) {
  std::error_code ec;
  std::uintmax_t size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

// The files under `dir`, sorted by path, plus error inputs for what could
// not be listed.
std::vector<BatchInput> WalkDirectory(const std::string& dir) {
  std::vector<BatchInput> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) return {BatchInput{dir, 0, dir + ": cannot list the directory: " + ec.message()}};
  for (; it != end; it.increment(ec)) {
    if (ec) {
      found.push_back({dir, 0, dir + ": cannot list the directory: " + ec.message()});
      break;
    }
    const fs::path& path = it->path();
    if (Hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) found.push_back({path.string(), SizeOf(path), ""});
  }
  std::sort(found.begin(), found.end(),
            [](const BatchInput& a, const BatchInput& b) { return a.path < b.path; });
  return found;
}

}  // namespace

std::vector<BatchInput> ExpandBatchInputs(const std::vector<std::string>& args) {
  std::vector<BatchInput> inputs;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      std::vector<BatchInput> files = WalkDirectory(arg);
      inputs.insert(inputs.end(), std::make_move_iterator(files.begin()),
                    std::make_move_iterator(files.end()));
    } else {
      inputs.push_back({arg, arg == "-" ? 0 : SizeOf(arg), ""});
    }
  }
  return inputs;
}

}  // namespace congvan::cli
