// The floor of a parse's system time: read a file into fresh memory as the
// CLI reads its input (one buffer, transparent huge pages advised), then
// write one byte a 4 KB page of EXTRA_MB more fresh memory (the parse's
// records above the text), and exit. Nothing else: no parse, no output.
//
// Approach: after another program (uconv) the system time of a parse is
// mostly the kernel zeroing its fresh pages (bench/after_uconv.sh's header),
// so run beside congvan in bench/after_uconv.sh, this program tells what the
// text's buffer alone costs (EXTRA_MB=0) and what the memory above it costs
// (EXTRA_MB set to what the parse's heap holds above the text): the most any
// cut of the parse's records can save, and what remains when they are all
// gone. It takes `parse FILE ...` as congvan does, so the script runs it as
// a binary (DESIGN, "A lean parse path", branch mem-peak10).
//
// Ways to get the text into memory other than the CLI's (session 39, speed11;
// benchmarks/README.md "Session 39: speed11"), each a build flag:
//   -DPOPULATE=1   the huge-page buffer faulted in by MADV_POPULATE_WRITE
//                  before the read (one call instead of a fault a 2 MB page);
//   -DSMALL_PAGES=1  no MADV_HUGEPAGE: 4 KB pages (with POPULATE, populated);
//   -DMAP_FILE=1   no copy: the file mapped private and read-only,
//                  MADV_POPULATE_READ (the page cache's own pages, never
//                  zeroed; what parse-mmap9 did for note-free texts);
//   -DMAP_FILE=2   the same mapping populated by mmap's MAP_POPULATE instead
//                  of the madvise (issue 10's question of session 42).
// With -DPASSES=n the text is then read n times a byte in 64 (every cache
// line), as the parse's passes read it: the user time that shows the cost
// of first touching each 4 KB mapping (on the build machine, a PVM guest
// with shadow page tables, a few microseconds a page, billed as user time).
//
// Build: g++ -O2 -o /tmp/read_touch0 bench/read_touch.cc
//        g++ -O2 -DEXTRA_MB=36 -o /tmp/read_touch36 bench/read_touch.cc
//        g++ -O2 -DMAP_FILE=1 -DPASSES=4 -o /tmp/read_map bench/read_touch.cc
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>

#ifndef EXTRA_MB
#define EXTRA_MB 0
#endif
#ifndef POPULATE
#define POPULATE 0
#endif
#ifndef SMALL_PAGES
#define SMALL_PAGES 0
#endif
#ifndef MAP_FILE
#define MAP_FILE 0
#endif
#ifndef PASSES
#define PASSES 0
#endif
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: read_touch parse FILE\n");
    return 2;
  }
  int fd = open(argv[2], O_RDONLY);
  struct stat info;
  if (fd < 0 || fstat(fd, &info) != 0) return 1;
  constexpr size_t kHuge = size_t{2} << 20;
  const size_t size = static_cast<size_t>(info.st_size);
  const size_t extra = size_t{EXTRA_MB} << 20;
  // The extra memory begins past the text; past its last 2 MB with MAP_FILE, whose last
  // page is the file's, read-only.
  const size_t text_end = MAP_FILE ? (size + kHuge - 1) & ~(kHuge - 1) : size;
  const size_t total = text_end + extra;
  void* mapped =
      mmap(nullptr, total + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return 1;
  char* buffer =
      reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(mapped) + kHuge - 1) & ~(kHuge - 1));
  if (!SMALL_PAGES) madvise(buffer, total, MADV_HUGEPAGE);
  const char* text = buffer;
  if (MAP_FILE) {  // the file's page cache at the buffer's place, read-only, not copied
    const int populate = MAP_FILE == 2 ? MAP_POPULATE : 0;
    void* file = mmap(buffer, size, PROT_READ, MAP_PRIVATE | MAP_FIXED | populate, fd, 0);
    if (file == MAP_FAILED) return 1;
    if (MAP_FILE == 1 && madvise(file, size, MADV_POPULATE_READ) != 0) return 1;
    text = static_cast<const char*>(file);
  } else {
    if (POPULATE && madvise(buffer, size, MADV_POPULATE_WRITE) != 0) return 1;
    for (size_t got = 0; got < size;) {
      ssize_t n = read(fd, buffer + got, size - got);
      if (n <= 0) return 1;
      got += static_cast<size_t>(n);
    }
  }
  unsigned long passes = 0;
  for (int pass = 0; pass < PASSES; ++pass) {
    for (size_t at = 0; at < size; at += 64) passes += static_cast<unsigned char>(text[at]);
  }
  for (size_t at = 0; at < extra; at += 4096) buffer[text_end + at] = 1;
  unsigned sum = 0;  // read the pages back, so nothing is optimised away
  for (size_t at = 0; at < size; at += 4096) sum += static_cast<unsigned char>(text[at]);
  for (size_t at = text_end; at < total; at += 4096) sum += static_cast<unsigned char>(buffer[at]);
  std::printf("%u %lu\n", sum, passes);
  return 0;
}
