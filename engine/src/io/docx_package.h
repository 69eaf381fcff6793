// Internal: an Open Packaging Conventions (ZIP) archive built in memory.
#ifndef CONGVAN_SRC_IO_DOCX_PACKAGE_H_
#define CONGVAN_SRC_IO_DOCX_PACKAGE_H_

#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "congvan/status.h"

namespace congvan::io_internal {

// A part of the package: its name inside the archive ("word/document.xml")
// and its bytes.
struct PackagePart {
  std::string name;
  std::string bytes;
};

// The ZIP archive holding `parts` in the given order (deflated, UTF-8
// names), every entry stamped with `modified`. Fails (kIoError) only when
// libzip does.
Result<std::string> ZipPackage(const std::vector<PackagePart>& parts, std::time_t modified);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_DOCX_PACKAGE_H_
