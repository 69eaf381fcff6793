// Writing a ZIP archive in memory (see read/archive_module.h: zip).
#ifndef CONGVAN_READ_ARCHIVE_MODULE_ZIP_H_
#define CONGVAN_READ_ARCHIVE_MODULE_ZIP_H_

#include <ctime>
#include <string>
#include <vector>

#include "read/archive_module.h"

namespace congvan::read {

bool Zip(const std::vector<ArchivePart>& parts, std::time_t modified, std::string& archive,
         std::string& error);

}  // namespace congvan::read

#endif  // CONGVAN_READ_ARCHIVE_MODULE_ZIP_H_
