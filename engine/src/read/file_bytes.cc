// A file's bytes read once, in huge pages when large (see file_bytes.h).
#include "read/file_bytes.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "text/huge_pages.h"

namespace congvan::read {
namespace {

// Fills buffer[0, size) from fd; the number of bytes read (fewer at an early
// end of file), or -1 on an error.
long long ReadAll(int fd, char* buffer, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, buffer + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  return static_cast<long long>(done);
}

Status Error(StatusCode code, const char* message, const std::string& path) {
  Location where;
  where.file = path;
  return Status::Error(code, message, where);
}

}  // namespace

Result<std::string> ReadFileBytes(const std::string& path, std::size_t size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error(StatusCode::kIoError, "cannot open file for reading", path);
  std::string bytes;
  bytes.reserve(size);  // mapped, not yet touched: advise before the first write
  text::AdviseHugePages(bytes.data(), bytes.capacity());
  long long got = 0;
#if defined(__cpp_lib_string_resize_and_overwrite)
  bytes.resize_and_overwrite(size, [&](char* buffer, std::size_t n) {
    got = ReadAll(fd, buffer, n);
    return got < 0 ? 0 : static_cast<std::size_t>(got);
  });
#else
  bytes.resize(size);
  got = ReadAll(fd, bytes.data(), size);
  bytes.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
#endif
  ::close(fd);
  if (got < 0) return Error(StatusCode::kIoError, "read error", path);
  return bytes;
}

}  // namespace congvan::read
