// Atomic output: write to a temporary file beside the target, then rename,
// so a failed or interrupted run never leaves a partial output file. Devices
// and pipes (/dev/null, a FIFO) are written in place: renaming over them
// would replace the device itself. When the temporary file cannot be made,
// the error says why in terms of the target's directory (missing, not a
// directory, or accepting no new file, as /proc does), not the bare errno of
// a file name the user never gave.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "congvan/writers.h"

namespace congvan {
namespace {

Status WriteError(const std::string& path, std::string message) {
  Location where;
  where.file = path;
  return Status::Error(StatusCode::kIoError, std::move(message), where);
}

std::string CannotWrite() { return std::string("cannot write: ") + std::strerror(errno); }

// Why no temporary file could be created beside `path`, where the output
// is written before it is renamed over `path` (errno still set by the
// failed open).
std::string CannotCreateBeside(const std::string& path) {
  const int error = errno;
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "."
                          : slash == 0               ? "/"
                                                     : path.substr(0, slash);
  struct stat info;
  if (stat(dir.c_str(), &info) != 0)
    return "cannot write: its directory " + dir + " does not exist";
  if (!S_ISDIR(info.st_mode)) return "cannot write: " + dir + " is not a directory";
  return "cannot write: no file can be created in " + dir + " (" + std::strerror(error) +
         "), where the output is written first";
}

}  // namespace

Status WriteFileAtomically(const std::string& path,
                           const std::function<bool(std::ostream&)>& write) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) return WriteError(path, "is a directory");
    std::ofstream out(path, std::ios::binary);
    if (!out) return WriteError(path, CannotWrite());
    if (!write(out)) return WriteError(path, "output abandoned");
    out.flush();
    return out ? Status::Ok() : WriteError(path, "write failed");
  }
  std::string temp = path + ".tmp." + std::to_string(getpid());
  std::ofstream out(temp, std::ios::binary);
  if (!out) return WriteError(path, CannotCreateBeside(path));
  bool complete = write(out);
  out.flush();
  bool ok = static_cast<bool>(out);
  out.close();
  if (!complete || !ok) {
    std::remove(temp.c_str());
    return WriteError(path, complete ? "write failed" : "output abandoned");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    Status error = WriteError(path, CannotWrite());
    std::remove(temp.c_str());
    return error;
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, const std::string& content) {
  return WriteFileAtomically(path, [&](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return true;
  });
}

}  // namespace congvan
