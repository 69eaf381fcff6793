// The boundary between the engine and congvan's archive module.
//
// libzip (the Word reader's and writer's ZIP access) links libcrypto, libz
// and libbz2; the corpus's content hashes used libcrypto directly. Linked
// into the binary they were mapped by every run — libcrypto alone is
// ≈ 1.4 MB of resident memory at start-up — though only a .docx read or
// written and `congvan corpus` use them. So the calls into libzip and
// libcrypto live in a module of their own (read/archive_module/, built as
// libcongvan_archive.so beside the PDF module) that the engine opens with
// dlopen on first use (read/archive_module_loader.h). The interface is kept
// small and free of the engine's types: "these entries of a ZIP archive",
// "a ZIP archive of these parts", "the SHA-256 of these bytes"; the XML work
// and every message naming a file stay in the engine. Both sides are built
// together from this header; the table's stamp (module_stamp.h) is made
// from the function list below, so a module of another build is refused,
// never called with other types.
#ifndef CONGVAN_READ_ARCHIVE_MODULE_H_
#define CONGVAN_READ_ARCHIVE_MODULE_H_

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "read/module_stamp.h"

namespace congvan::read {

// What became of one entry of an archive read by Unzip.
enum class ZipEntryState {
  kSkipped,     // not wanted: only its name is known
  kRead,        // bytes holds the whole entry
  kNoSize,      // the archive does not say the entry's size
  kTooLarge,    // larger than the limit unpacked: not read
  kCannotOpen,  // libzip cannot open it (encrypted, unknown compression)
  kDamaged,     // reading it failed or gave fewer bytes than announced
};

struct ZipEntry {
  std::string name;  // as libzip gives it (UTF-8)
  ZipEntryState state = ZipEntryState::kSkipped;
  std::string bytes;
};

// A part to pack: its name inside the archive ("word/document.xml") and its
// bytes.
struct ArchivePart {
  std::string name;
  std::string bytes;
};

// Which entries Unzip reads (the others keep only their names).
using ZipEntryFilter = bool (*)(std::string_view name);

// The module's functions, declared once for the table and its stamp.
// unzip: every entry of the ZIP archive `bytes` in archive order, the wanted
//   ones read (up to max_entry_bytes each). False when the bytes are not a
//   consistent ZIP archive, with libzip's reason in `error` (empty when
//   libzip could not even make a source of the bytes).
// zip: the ZIP archive holding `parts` in the given order (deflated, UTF-8
//   names), every entry stamped with `modified`. False, with what failed and
//   libzip's reason in `error`, only when libzip fails.
// sha256: SHA-256 of `bytes` (32 bytes into `digest`); false only when
//   libcrypto cannot allocate.
#define CONGVAN_ARCHIVE_MODULE_FUNCTIONS                                                         \
  bool (*unzip)(std::string_view bytes, ZipEntryFilter wanted, std::uint64_t max_entry_bytes,    \
                std::vector<ZipEntry> & entries, std::string & error);                           \
  bool (*zip)(const std::vector<ArchivePart>& parts, std::time_t modified, std::string& archive, \
              std::string& error);                                                               \
  bool (*sha256)(std::string_view bytes, unsigned char* digest);

struct ArchiveModule {
  ModuleStamp stamp;
  CONGVAN_ARCHIVE_MODULE_FUNCTIONS
};

inline constexpr ModuleStamp kArchiveModuleStamp = StampOf<ArchiveModule>(
    CONGVAN_MODULE_TEXT(CONGVAN_ARCHIVE_MODULE_FUNCTIONS),
    {sizeof(ZipEntry), sizeof(ZipEntryState), sizeof(ArchivePart)},
    {TypeSpelling<decltype(ArchiveModule::unzip)>(), TypeSpelling<decltype(ArchiveModule::zip)>(),
     TypeSpelling<decltype(ArchiveModule::sha256)>()});

using ArchiveModuleEntry = const ArchiveModule* (*)();

// The entry point's symbol (the stamp, not the name, tells the builds apart).
inline constexpr const char* kArchiveModuleSymbol = "congvan_archive_module";

}  // namespace congvan::read

#endif  // CONGVAN_READ_ARCHIVE_MODULE_H_
