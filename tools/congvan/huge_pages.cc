// Re-executing the CLI once with glibc's huge-page tunables (see huge_pages.h).
#include "huge_pages.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif

namespace congvan::cli {
namespace {

// Set in the re-executed process's environment only, and removed by it at
// once: the guard against executing again.
constexpr const char* kReexecMarker = "CONGVAN_HUGE_PAGES_REEXEC";

// Below this much input the exec costs more than the huge pages save: on the
// build machine the second start costs ≈ 16 ms of CPU and the huge pages
// save ≈ 4 ms a MB (DESIGN, "Huge pages for the parse").
constexpr unsigned long long kLargeInputBytes = 8ull << 20;

const char* skip_reason = "not asked yet";

// GLIBC_TUNABLES at start, from the environment glibc hands main() (glibc
// 2.36 cuts the original bytes, the ones /proc/self/environ shows, at each ':').
std::string tunables_at_start;

bool SanitizerBuild() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

bool UnderValgrind() {
#if defined(RUNNING_ON_VALGRIND)
  if (RUNNING_ON_VALGRIND) return true;
#endif
  const char* preload = std::getenv("LD_PRELOAD");
  return preload != nullptr && std::strstr(preload, "vgpreload") != nullptr;
}

// A debugger or strace is attached (gdb scripts such as bench/stage_rss.gdb
// set breakpoints in this process image, not in a re-executed one).
bool Traced() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("TracerPid:", 0) == 0) return std::atoi(line.c_str() + 10) != 0;
  }
  return false;
}

// False where transparent huge pages are switched off ("[never]"), so the
// exec would buy nothing; true where the setting cannot be read.
bool TransparentHugePagesAvailable() {
  std::ifstream enabled("/sys/kernel/mm/transparent_hugepage/enabled");
  if (!enabled) return true;
  std::string setting((std::istreambuf_iterator<char>(enabled)), std::istreambuf_iterator<char>());
  return setting.find("[never]") == std::string::npos;
}

// Adds the sizes of the regular files directly in `dir` to *bytes, visiting
// at most *entries_left entries (a folder of more counts as large).
void AddFolderBytes(const char* dir, unsigned long long* bytes, int* entries_left) {
  DIR* d = opendir(dir);
  if (d == nullptr) return;
  while (const dirent* e = readdir(d)) {
    if (--*entries_left < 0 || *bytes >= kLargeInputBytes) break;
    struct stat info;
    if (fstatat(dirfd(d), e->d_name, &info, 0) == 0 && S_ISREG(info.st_mode))
      *bytes += info.st_size;
  }
  closedir(d);
}

// Whether the arguments name at least kLargeInputBytes of input: the regular
// files among them, the files directly inside the folders among them (a
// folder of more than 4,096 entries counts as large), and "-" when standard
// input is a regular file. A pipe's size is unknown and counts nothing.
bool InputsAreLarge(char** argv) {
  unsigned long long bytes = 0;
  int entries_left = 4096;
  for (char** arg = argv + 1; *arg != nullptr && bytes < kLargeInputBytes; ++arg) {
    struct stat info;
    bool is_stdin = std::strcmp(*arg, "-") == 0;
    if ((is_stdin ? fstat(STDIN_FILENO, &info) : stat(*arg, &info)) != 0) continue;
    if (S_ISREG(info.st_mode)) bytes += info.st_size;
    if (S_ISDIR(info.st_mode) && !is_stdin) AddFolderBytes(*arg, &bytes, &entries_left);
    if (entries_left < 0) return true;
  }
  return bytes >= kLargeInputBytes;
}

// The reason not to re-execute, or nullptr. Every run asks this, nearly
// always with small inputs: the input size (a stat per argument) is asked
// before the two file reads (/proc/self/status, the THP setting), which
// only a run that would re-execute needs.
const char* ReasonToStay(char** argv) {
  const char* opt = std::getenv("CONGVAN_HUGE_PAGES");
  if (opt != nullptr && std::strcmp(opt, "0") == 0) return "CONGVAN_HUGE_PAGES=0";
  if (std::getenv("GLIBC_TUNABLES") != nullptr) return "GLIBC_TUNABLES set by the caller";
  if (SanitizerBuild()) return "sanitizer build";
  if (UnderValgrind()) return "under valgrind";
  bool forced = opt != nullptr && std::strcmp(opt, "1") == 0;
  if (!forced && !InputsAreLarge(argv)) return "inputs under 8 MB";
  if (Traced()) return "traced (a debugger or strace)";
  if (!TransparentHugePagesAvailable()) return "transparent huge pages are off";
  return nullptr;
}

}  // namespace

void ReexecWithHugePages(char** argv) {
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  tunables_at_start = tunables == nullptr ? "(unset)" : tunables;
#if defined(__linux__)
  if (std::getenv(kReexecMarker) != nullptr) {
    // The re-executed process: glibc has read the tunables; children of this
    // process (none today) must not inherit them, nor the marker.
    unsetenv("GLIBC_TUNABLES");
    unsetenv(kReexecMarker);
    skip_reason = nullptr;
    return;
  }
  skip_reason = ReasonToStay(argv);
  if (skip_reason != nullptr) return;
  if (setenv("GLIBC_TUNABLES", kHugePageTunables, 1) == 0 && setenv(kReexecMarker, "1", 1) == 0) {
    execv("/proc/self/exe", argv);
  }
  unsetenv("GLIBC_TUNABLES");  // not set by the caller (checked above)
  unsetenv(kReexecMarker);
  skip_reason = "the exec failed";
#else
  (void)argv;
  skip_reason = "not Linux";
#endif
}

void PrintHugePagesStatus(std::ostream& out) {
  out << "re-executed: " << (skip_reason == nullptr ? "yes" : std::string("no, ") + skip_reason)
      << "\n";
  out << "GLIBC_TUNABLES at start: " << tunables_at_start << "\n";
  const char* now = std::getenv("GLIBC_TUNABLES");
  out << "GLIBC_TUNABLES now: " << (now == nullptr ? "(unset)" : now) << "\n";
}

}  // namespace congvan::cli
