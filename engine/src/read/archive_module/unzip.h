// Reading a ZIP archive held in memory (see read/archive_module.h: unzip).
#ifndef CONGVAN_READ_ARCHIVE_MODULE_UNZIP_H_
#define CONGVAN_READ_ARCHIVE_MODULE_UNZIP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "read/archive_module.h"

namespace congvan::read {

bool Unzip(std::string_view bytes, ZipEntryFilter wanted, std::uint64_t max_entry_bytes,
           std::vector<ZipEntry>& entries, std::string& error);

}  // namespace congvan::read

#endif  // CONGVAN_READ_ARCHIVE_MODULE_UNZIP_H_
