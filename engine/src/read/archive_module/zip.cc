// Zip (see zip.h), moved here from io/docx_package.cc.
//
// Approach: an empty libzip buffer source opened as an archive, one buffer
// source per part (deflated, UTF-8 name, the given time stamp), and after
// zip_close() the archive's bytes read back from the source (kept alive by
// zip_source_keep). A failure names what failed and libzip's reason.
#include "read/archive_module/zip.h"

#include <zip.h>

#include <memory>

namespace congvan::read {
namespace {

bool Fail(const std::string& what, zip_error_t* zerror, std::string& error) {
  error = what + ": " + zip_error_strerror(zerror);
  return false;
}

struct SourceDeleter {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

// The bytes the buffer source holds.
bool SourceBytes(zip_source_t* source, std::string& out, std::string& error) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(source, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      zip_source_open(source) != 0) {
    return Fail("reading the archive", zip_source_error(source), error);
  }
  out.assign(static_cast<size_t>(st.size), '\0');
  zip_int64_t got = out.empty() ? 0 : zip_source_read(source, out.data(), st.size);
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
    return Fail("reading the archive", zip_source_error(source), error);
  }
  return true;
}

// Adds one part to the archive; false (the archive untouched otherwise) on failure.
bool AddPart(zip_t* archive, const ArchivePart& part, std::time_t modified, std::string& error) {
  zip_source_t* data = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
  zip_int64_t index =
      data == nullptr ? -1 : zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    if (data != nullptr) zip_source_free(data);
    return Fail("adding " + part.name, zip_get_error(archive), error);
  }
  zip_uint64_t entry = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) != 0 ||
      zip_file_set_mtime(archive, entry, modified, 0) != 0) {
    return Fail("adding " + part.name, zip_get_error(archive), error);
  }
  return true;
}

}  // namespace

bool Zip(const std::vector<ArchivePart>& parts, std::time_t modified, std::string& archive_bytes,
         std::string& error) {
  zip_error_t zerror;
  zip_error_init(&zerror);
  std::unique_ptr<zip_source_t, SourceDeleter> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &zerror));
  if (!buffer) return Fail("memory buffer", &zerror, error);
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerror);
  if (archive == nullptr) return Fail("opening the archive", &zerror, error);
  zip_source_keep(buffer.get());  // zip_close() must not free it: its bytes are the result
  for (const ArchivePart& part : parts) {
    if (!AddPart(archive, part, modified, error)) {
      zip_discard(archive);
      return false;
    }
  }
  if (zip_close(archive) != 0) {
    Fail("writing the archive", zip_get_error(archive), error);
    zip_discard(archive);
    return false;
  }
  return SourceBytes(buffer.get(), archive_bytes, error);
}

}  // namespace congvan::read
