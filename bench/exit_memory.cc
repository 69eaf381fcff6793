// What a process's memory was made of when it exits: preloaded into any
// program, it prints to stderr, at exit, the resident set split into
// anonymous memory (fresh pages the kernel zeroed on first touch: what costs
// system time after another program, bench/after_uconv.sh) and file-backed
// pages (binary, shared libraries, ICU data: page cache, never zeroed), the
// anonymous share in transparent huge pages, the high-water mark, and
// glibc's main heap (arena: how far the heap grew; with the CLI's huge-page
// tunables nothing is given back, so that is the fresh memory the run's
// heap touched). Prints nothing unless EXIT_MEMORY is set, so a program it
// starts is quiet too unless asked.
//
// Build and use (DESIGN, "A lean parse path", branch mem-peak10):
//   g++ -O2 -shared -fPIC -o /tmp/exit_memory.so bench/exit_memory.cc
//   EXIT_MEMORY=1 LD_PRELOAD=/tmp/exit_memory.so build/tools/congvan parse LAW.txt -o /dev/null
// The CLI's huge-page restart keeps LD_PRELOAD, so the re-executed process
// reports (the first, replaced by exec, never exits).
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Prints the lines of `path` whose key (before ':') is one of `keys`.
void PrintKeys(const char* path, const char* const* keys) {
  FILE* file = std::fopen(path, "r");
  if (file == nullptr) return;
  char line[512];
  while (std::fgets(line, sizeof line, file) != nullptr) {
    for (const char* const* key = keys; *key != nullptr; ++key) {
      size_t n = std::strlen(*key);
      if (std::strncmp(line, *key, n) == 0 && line[n] == ':') std::fprintf(stderr, "exit %s", line);
    }
  }
  std::fclose(file);
}

__attribute__((destructor)) void ReportAtExit() {
  if (std::getenv("EXIT_MEMORY") == nullptr) return;
  static const char* const kStatus[] = {"VmHWM", "VmRSS", "RssAnon", "RssFile", nullptr};
  static const char* const kRollup[] = {"Anonymous", "AnonHugePages", nullptr};
  PrintKeys("/proc/self/status", kStatus);
  PrintKeys("/proc/self/smaps_rollup", kRollup);
  struct mallinfo2 heap = mallinfo2();
  std::fprintf(stderr, "exit heap arena %zu bytes, mapped chunks %zu, in use %zu\n", heap.arena,
               heap.hblkhd, heap.uordblks);
}

}  // namespace
