// Huge pages for the whole CLI process: glibc's malloc asked, through its
// GLIBC_TUNABLES, to back its heap with transparent huge pages.
//
// Approach: a parse touches about 1.5× its input of fresh memory, and every
// 4 KB page costs one kernel fault on first touch — on a 100 MB law 42 k
// faults, 0.45 s of system time against 1.05 s of user time (DESIGN, "Huge
// pages for the parse"). glibc (2.35+) can advise transparent huge pages on
// its heap and on the chunks it maps (`glibc.malloc.hugetlb=1`), and with a
// high `glibc.malloc.mmap_threshold` every allocation comes from that one heap,
// so freed vectors are reused instead of being unmapped and faulted in again;
// a high `glibc.malloc.trim_threshold` keeps memory freed at the heap's top
// for the next document of a batch instead of returning it (20 MB of 557
// documents: faults 8–12 k → 3.8 k; a set mmap_threshold alone would leave the
// trim threshold at 128 KB, and then more faults than without: 12 k).
// Those tunables are read only when the process starts, and glibc 2.36 has no
// mallopt for them, so main() calls ReexecWithHugePages first: when the
// variable is not set it sets it and executes /proc/self/exe again with the
// same arguments, once, and only when the arguments name at least 8 MB of
// input (files, the files of a folder, standard input when it is a file):
// the second start costs ≈ 16 ms of CPU, which a smaller input does not win
// back (CONGVAN_HUGE_PAGES=1 re-executes whatever the input). The re-executed
// process removes the variable from its environment again, so a child it
// starts does not inherit it. Skipped (the process goes on as it is) with
// CONGVAN_HUGE_PAGES=0, when the caller set GLIBC_TUNABLES, under valgrind
// (callgrind would profile the exec, not the parse), under a debugger or
// strace (TracerPid; bench/stage_rss.gdb breaks in this process image), in
// sanitizer builds, off Linux, where transparent huge pages are "never", and
// when the exec fails. Output never changes: only where memory comes from.
#ifndef CONGVAN_TOOLS_CONGVAN_HUGE_PAGES_H_
#define CONGVAN_TOOLS_CONGVAN_HUGE_PAGES_H_

#include <ostream>

namespace congvan::cli {

// The tunables set for the re-executed process.
inline constexpr const char* kHugePageTunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold="
    "4294967296";

// Re-executes the process once with kHugePageTunables (see above); returns
// only when it does not (then the reason is kept for the status).
void ReexecWithHugePages(char** argv);

// `congvan --huge-pages-status` (hidden, for tests and bug reports): whether
// this process was re-executed, or why not; the GLIBC_TUNABLES it started
// with; and whether the variable is still in its environment (it must not be
// after a re-execution).
void PrintHugePagesStatus(std::ostream& out);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_CONGVAN_HUGE_PAGES_H_
