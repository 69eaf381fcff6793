// The archive module's one exported symbol (read/archive_module.h:
// kArchiveModuleSymbol): the table of its functions.
#include "read/archive_module.h"
#include "read/archive_module/sha256.h"
#include "read/archive_module/unzip.h"
#include "read/archive_module/zip.h"

extern "C" __attribute__((visibility("default"))) const congvan::read::ArchiveModule*
congvan_archive_module() {
  static const congvan::read::ArchiveModule kModule = {congvan::read::kArchiveModuleStamp,
                                                       &congvan::read::Unzip, &congvan::read::Zip,
                                                       &congvan::read::Sha256};
  return &kModule;
}
