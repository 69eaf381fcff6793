// A ZIP archive built in memory with libzip: an empty buffer source opened
// as an archive, one buffer source per part, and after zip_close() the
// archive's bytes read back from the source (kept alive by zip_source_keep).
#include "io/docx_package.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace congvan::io_internal {
namespace {

Status ZipError(const std::string& what, zip_error_t* error) {
  return Status::Error(StatusCode::kIoError,
                       "cannot build the .docx (" + what + ": " + zip_error_strerror(error) + ")");
}

struct SourceDeleter {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

// The bytes the buffer source holds.
Result<std::string> SourceBytes(zip_source_t* source) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(source, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      zip_source_open(source) != 0) {
    return ZipError("reading the archive", zip_source_error(source));
  }
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t got = out.empty() ? 0 : zip_source_read(source, out.data(), st.size);
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
    return ZipError("reading the archive", zip_source_error(source));
  }
  return out;
}

}  // namespace

Result<std::string> ZipPackage(const std::vector<PackagePart>& parts, std::time_t modified) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceDeleter> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return ZipError("memory buffer", &error);
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) return ZipError("opening the archive", &error);
  zip_source_keep(buffer.get());  // zip_close() must not free it: its bytes are the result
  for (const PackagePart& part : parts) {
    zip_source_t* data = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
    zip_int64_t index =
        data == nullptr ? -1 : zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (data != nullptr) zip_source_free(data);
      Status status = ZipError("adding " + part.name, zip_get_error(archive));
      zip_discard(archive);
      return status;
    }
    zip_uint64_t entry = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) != 0 ||
        zip_file_set_mtime(archive, entry, modified, 0) != 0) {
      Status status = ZipError("adding " + part.name, zip_get_error(archive));
      zip_discard(archive);
      return status;
    }
  }
  if (zip_close(archive) != 0) {
    Status status = ZipError("writing the archive", zip_get_error(archive));
    zip_discard(archive);
    return status;
  }
  return SourceBytes(buffer.get());
}

}  // namespace congvan::io_internal
