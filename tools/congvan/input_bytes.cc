// See input_bytes.h. The path is looked at with stat() before it is opened:
// an ifstream opens a directory without complaint on Linux and reads nothing,
// which would surface later as the misleading "empty file".
#include "input_bytes.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace congvan::cli {

Result<std::string> ReadInputBytes(const std::string& file) {
  if (file == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  Location where;
  where.file = file;
  struct stat info;
  if (stat(file.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return Status::Error(StatusCode::kNotFound, "no such file", where);
    }
    return Status::Error(StatusCode::kNotFound, std::string("cannot open: ") + std::strerror(errno),
                         where);
  }
  if (S_ISDIR(info.st_mode)) {
    return Status::Error(StatusCode::kInvalidInput, "is a directory, not a text file", where);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Status::Error(StatusCode::kNotFound, std::string("cannot open: ") + std::strerror(errno),
                         where);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace congvan::cli
