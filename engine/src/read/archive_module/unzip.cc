// Unzip (see unzip.h).
//
// Approach: libzip opens the archive from memory with ZIP_CHECKCONS (an
// inconsistent archive is refused, not half read); every entry's name is
// listed in archive order and each wanted entry is read whole, unless the
// archive announces more than max_entry_bytes for it (a zip bomb is bad
// input, not work). An entry that cannot be read is marked with the reason,
// not reported: whether it matters is the caller's business (the Word
// reader fails on a damaged document.xml and skips a damaged page header).
#include "read/archive_module/unzip.h"

#include <zip.h>

namespace congvan::read {
namespace {

// One entry, read when wanted.
ZipEntry ReadEntry(zip_t* archive, zip_uint64_t index, const char* name, ZipEntryFilter wanted,
                   std::uint64_t max_entry_bytes) {
  ZipEntry entry;
  entry.name = name;
  if (!wanted(entry.name)) return entry;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    entry.state = ZipEntryState::kNoSize;
    return entry;
  }
  if (st.size > max_entry_bytes) {
    entry.state = ZipEntryState::kTooLarge;
    return entry;
  }
  zip_file_t* file = zip_fopen_index(archive, index, 0);
  if (file == nullptr) {
    entry.state = ZipEntryState::kCannotOpen;
    return entry;
  }
  entry.bytes.assign(static_cast<size_t>(st.size), '\0');
  zip_int64_t got = entry.bytes.empty() ? 0 : zip_fread(file, entry.bytes.data(), st.size);
  zip_fclose(file);
  bool whole = got >= 0 && static_cast<zip_uint64_t>(got) == st.size;
  if (!whole) entry.bytes.clear();
  entry.state = whole ? ZipEntryState::kRead : ZipEntryState::kDamaged;
  return entry;
}

}  // namespace

bool Unzip(std::string_view bytes, ZipEntryFilter wanted, std::uint64_t max_entry_bytes,
           std::vector<ZipEntry>& entries, std::string& error) {
  zip_error_t zerror;
  zip_error_init(&zerror);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerror);
  if (source == nullptr) {  // out of memory: no reason worth giving
    error.clear();
    zip_error_fini(&zerror);
    return false;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror);
  if (archive == nullptr) {
    zip_source_free(source);
    error = zip_error_strerror(&zerror);
    zip_error_fini(&zerror);
    return false;
  }
  zip_error_fini(&zerror);
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_uint64_t index = static_cast<zip_uint64_t>(i);
    const char* name = zip_get_name(archive, index, 0);
    if (name != nullptr)
      entries.push_back(ReadEntry(archive, index, name, wanted, max_entry_bytes));
  }
  zip_discard(archive);  // frees the source too
  return true;
}

}  // namespace congvan::read
