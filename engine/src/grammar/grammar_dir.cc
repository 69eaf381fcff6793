// Finding the grammar directory (congvan/grammar_dir.h).
//
// Approach: a short list of candidates, tried in order, each checked for a
// grammar file (<code>.xml) so that an empty or half-installed directory is
// not taken. The installed location is found from the file holding the code
// (/proc/self/exe unless a shared module named itself) plus a relative path
// CMake derives from the install layout, so an installed tree can be moved
// as a whole (a .deb extracted under any root, `cmake --install --prefix`).
// The source tree compiled in is a candidate only while that file lies in
// the build tree the engine was configured for. Every call looks again (a
// few stat calls): the environment may change between calls, as in tests.
#include "congvan/grammar_dir.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "congvan/grammar.h"

namespace congvan {
namespace {

namespace fs = std::filesystem;

std::mutex& LocationMutex() {
  static std::mutex mutex;
  return mutex;
}

std::optional<CodeLocation>& ChosenLocation() {
  static std::optional<CodeLocation> location;
  return location;
}

bool HoldsGrammar(const fs::path& dir) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".xml") return true;
  }
  return false;
}

// True when `file` lies inside `dir` (both made absolute and normal; symlinks
// resolved where they exist).
bool IsInside(const fs::path& file, const fs::path& dir) {
  std::error_code error;
  fs::path f = fs::weakly_canonical(file, error);
  if (error) return false;
  fs::path d = fs::weakly_canonical(dir, error);
  if (error) return false;
  return std::mismatch(d.begin(), d.end(), f.begin(), f.end()).first == d.end();
}

}  // namespace

void SetCodeLocation(CodeLocation location) {
  std::lock_guard<std::mutex> lock(LocationMutex());
  if (location.file.empty()) {
    ChosenLocation().reset();
  } else {
    ChosenLocation() = std::move(location);
  }
}

CodeLocation CurrentCodeLocation() {
  {
    std::lock_guard<std::mutex> lock(LocationMutex());
    if (ChosenLocation()) return *ChosenLocation();
  }
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  return {error ? std::string() : exe.string(), CONGVAN_GRAMMARS_FROM_BINDIR};
}

Result<std::string> FindGrammarDir() {
  if (const char* env = std::getenv("CONGVAN_GRAMMARS"); env != nullptr && *env != '\0') {
    if (HoldsGrammar(env)) return std::string(env);
    std::error_code error;
    const char* why = !fs::exists(env, error)         ? " does not exist"
                      : !fs::is_directory(env, error) ? " is not a directory"
                                                      : " holds no grammar files (<code>.xml)";
    return Status::Error(StatusCode::kGrammarError, std::string("CONGVAN_GRAMMARS=") + env + why);
  }
  std::vector<std::string> looked_at = {"$CONGVAN_GRAMMARS (not set)"};
  CodeLocation code = CurrentCodeLocation();
  if (!code.file.empty()) {
    fs::path installed =
        (fs::path(code.file).parent_path() / code.grammars_relative).lexically_normal();
    if (HoldsGrammar(installed)) return installed.string();
    looked_at.push_back(installed.string());
    if (IsInside(code.file, CONGVAN_BUILD_DIR)) {
      if (HoldsGrammar(CONGVAN_GRAMMAR_DIR)) return std::string(CONGVAN_GRAMMAR_DIR);
      looked_at.push_back(CONGVAN_GRAMMAR_DIR);
    }
  }
  std::string places;
  for (const std::string& p : looked_at) places += (places.empty() ? "" : ", ") + p;
  return Status::Error(StatusCode::kNotFound,
                       "no grammar directory found (looked in " + places +
                           "); reinstall congvan, or name one with --grammars DIR or "
                           "CONGVAN_GRAMMARS");
}

std::vector<std::string> InstalledFileCandidates(const std::string& from_grammars,
                                                 const std::string& build_path) {
  std::vector<std::string> out;
  CodeLocation code = CurrentCodeLocation();
  if (code.file.empty()) return out;
  fs::path installed = fs::path(code.file).parent_path() / code.grammars_relative / from_grammars;
  out.push_back(installed.lexically_normal().string());
  if (IsInside(code.file, CONGVAN_BUILD_DIR)) out.push_back(build_path);
  return out;
}

Result<std::string> ResolveGrammarDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  return FindGrammarDir();
}

std::string DefaultGrammarDir() {
  auto found = FindGrammarDir();
  return found.ok() ? *found : std::string();
}

}  // namespace congvan
