// Internal: a file's bytes read once into a string, in huge pages when large.
//
// Approach: the parse reads a text file into one buffer and decodes it in
// place (read_owned.h), so the buffer is the largest single allocation of a
// parse (the whole input). Its pages are first touched by the read itself,
// one kernel fault per 4 KB page — on a 100 MB law 25 k of the process's
// 42 k faults, ≈ 9 µs of system time each on the build machine. The string is
// reserved first (malloc maps it, nothing is touched), its whole 2 MB blocks
// are advised transparent huge pages (text/huge_pages.h: madvise MADV_HUGEPAGE; a hint, nothing
// changes where THP is off or "never"), and only then filled by read(2), so
// the blocks fault once per 2 MB. Where the standard library has
// resize_and_overwrite (C++23) the buffer is not zero-filled before the read;
// GCC 12's libstdc++ declares it only under C++23, so with GCC ≥ 12 this one
// file is compiled as C++23 (engine/CMakeLists.txt; keep its includes to the
// standard library's strings and status.h). Elsewhere (clang, older GCC) the
// buffer is resized first, which costs one memset over the input.
#ifndef CONGVAN_READ_FILE_BYTES_H_
#define CONGVAN_READ_FILE_BYTES_H_

#include <cstddef>
#include <string>

#include "congvan/status.h"

namespace congvan::read {

// Reads at most `size` bytes of `path` (its size from stat: a file that shrank
// since gives fewer bytes, one that grew gives the first `size`). Errors name
// the file: "cannot open file for reading", "read error".
Result<std::string> ReadFileBytes(const std::string& path, std::size_t size);

}  // namespace congvan::read

#endif  // CONGVAN_READ_FILE_BYTES_H_
