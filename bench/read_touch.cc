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
// Build: g++ -O2 -o /tmp/read_touch0 bench/read_touch.cc
//        g++ -O2 -DEXTRA_MB=36 -o /tmp/read_touch36 bench/read_touch.cc
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>

#ifndef EXTRA_MB
#define EXTRA_MB 0
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
  const size_t total = size + extra;
  void* mapped =
      mmap(nullptr, total + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return 1;
  char* buffer =
      reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(mapped) + kHuge - 1) & ~(kHuge - 1));
  madvise(buffer, total, MADV_HUGEPAGE);
  for (size_t got = 0; got < size;) {
    ssize_t n = read(fd, buffer + got, size - got);
    if (n <= 0) return 1;
    got += static_cast<size_t>(n);
  }
  for (size_t at = 0; at < extra; at += 4096) buffer[size + at] = 1;
  unsigned sum = 0;  // read the pages back, so nothing is optimised away
  for (size_t at = 0; at < total; at += 4096) sum += static_cast<unsigned char>(buffer[at]);
  std::printf("%u\n", sum);
  return 0;
}
