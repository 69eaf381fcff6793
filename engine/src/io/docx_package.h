// Internal: an Open Packaging Conventions (ZIP) archive built in memory.
#ifndef CONGVAN_SRC_IO_DOCX_PACKAGE_H_
#define CONGVAN_SRC_IO_DOCX_PACKAGE_H_

#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "congvan/status.h"
#include "read/archive_module.h"

namespace congvan::io_internal {

// A part of the package: its name inside the archive ("word/document.xml")
// and its bytes.
using PackagePart = read::ArchivePart;

// The ZIP archive holding `parts` in the given order (deflated, UTF-8
// names), every entry stamped with `modified`, made by congvan's archive
// module (read/archive_module.h: libzip, opened on first use). Fails
// (kIoError) when libzip does, kNotFound when the module cannot be loaded.
Result<std::string> ZipPackage(const std::vector<PackagePart>& parts, std::time_t modified);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_DOCX_PACKAGE_H_
