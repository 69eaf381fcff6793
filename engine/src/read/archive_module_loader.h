// Opening congvan's archive module (read/archive_module.h) on first use.
#ifndef CONGVAN_READ_ARCHIVE_MODULE_LOADER_H_
#define CONGVAN_READ_ARCHIVE_MODULE_LOADER_H_

#include <string>

#include "congvan/status.h"
#include "read/archive_module.h"

namespace congvan::read {

// The module's functions, loaded once per process (thread-safe; the module
// stays loaded). `purpose` starts the error message ("reading a .docx"):
// kNotFound, naming every place looked at and dlopen's reason, when no
// usable module is installed.
Result<const ArchiveModule*> LoadArchiveModule(const std::string& purpose);

}  // namespace congvan::read

#endif  // CONGVAN_READ_ARCHIVE_MODULE_LOADER_H_
