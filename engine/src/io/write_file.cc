// Atomic output: write to a temporary file beside the target, then rename,
// so a failed or interrupted run never leaves a partial output file.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "congvan/writers.h"

namespace congvan {

namespace {

// Devices and pipes (/dev/null, /dev/stdout, a FIFO) are written in place:
// renaming a temporary file over them would replace the device itself.
std::string WriteInPlace(const std::string& path, const std::string& content) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return path + ": cannot write: " + std::strerror(errno);
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = (std::fclose(f) == 0) && ok;
  return ok ? "" : path + ": write failed: " + std::strerror(errno);
}

}  // namespace

std::string WriteFileAtomically(const std::string& path, const std::string& content) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) return path + ": is a directory";
    return WriteInPlace(path, content);
  }
  std::string temp = path + ".tmp." + std::to_string(getpid());
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (f == nullptr) return path + ": cannot write: " + std::strerror(errno);
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(temp.c_str());
    return path + ": write failed: " + std::strerror(errno);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string error = path + ": cannot write: " + std::strerror(errno);
    std::remove(temp.c_str());
    return error;
  }
  return "";
}

}  // namespace congvan
