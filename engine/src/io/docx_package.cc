// ZipPackage (see docx_package.h): libzip's work is done in congvan's
// archive module, opened here on the first package written, so a run that
// writes no Word document never maps libzip or libcrypto.
#include "io/docx_package.h"

#include "read/archive_module_loader.h"

namespace congvan::io_internal {

Result<std::string> ZipPackage(const std::vector<PackagePart>& parts, std::time_t modified) {
  auto module = read::LoadArchiveModule("writing a .docx");
  if (!module.ok()) return module.status();
  std::string archive, error;
  if (!(*module)->zip(parts, modified, archive, error)) {
    return Status::Error(StatusCode::kIoError, "cannot build the .docx (" + error + ")");
  }
  return archive;
}

}  // namespace congvan::io_internal
