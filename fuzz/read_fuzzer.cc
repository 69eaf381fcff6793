// libFuzzer entry point over the readers (congvan/reader.h).
//
// Approach: the first byte chooses what the rest is fed to —
//   0: ReadDocument on the raw bytes, the format sniffed (any reader);
//   1: the HTML reader;
//   2: the Word reader, on a .docx built in memory whose word/document.xml
//      is the bytes up to the first NUL and whose word/numbering.xml is the
//      rest — so the fuzzer explores the XML walk and the numbering, not
//      ZIP checksums a mutated archive would fail;
//   3: the text reader with legacy-encoding detection.
// A reader may refuse its input (a Status with a one-line message); on
// success the text must be valid UTF-8 and the origin map must stay inside
// the text. A broken property aborts with a one-line reason.
//
// The same file is linked into `read_fuzz_replay` (fuzz/replay_main.cc),
// which the normal sanitized ctest build runs over fuzz/read_corpus/.
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "congvan/reader.h"

namespace {

[[noreturn]] void Violation(const char* what, const std::string& detail) {
  std::fprintf(stderr, "read_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

// A ZIP archive with the given entries, built in memory with libzip.
std::string ZipOf(const std::string& document, const std::string& numbering) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = out ? zip_open_from_source(out, ZIP_TRUNCATE, &error) : nullptr;
  std::string bytes;
  if (archive != nullptr) {
    zip_source_keep(out);
    for (const auto& [name, data] :
         {std::pair<const char*, const std::string*>{"word/document.xml", &document},
          {"word/numbering.xml", &numbering}}) {
      zip_source_t* entry = zip_source_buffer(archive, data->data(), data->size(), 0);
      if (entry && zip_file_add(archive, name, entry, ZIP_FL_ENC_UTF_8) < 0) zip_source_free(entry);
    }
    if (zip_close(archive) == 0 && zip_source_open(out) == 0) {
      char buffer[4096];
      zip_int64_t n;
      while ((n = zip_source_read(out, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, static_cast<size_t>(n));
      zip_source_close(out);
    } else {
      zip_discard(archive);
    }
    zip_source_free(out);
  } else if (out) {
    zip_source_free(out);
  }
  zip_error_fini(&error);
  return bytes;
}

bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

void Check(const congvan::Result<congvan::ExtractedText>& r) {
  if (!r.ok()) {
    const std::string& m = r.status().message();
    if (m.empty() || m.find('\n') != std::string::npos)
      Violation("error status", "empty or multi-line: " + m);
    return;
  }
  if (!ValidUtf8(r->text)) Violation("text", "not valid UTF-8");
  int lines = 0;
  for (char c : r->text) lines += c == '\n';
  lines += !r->text.empty() && r->text.back() != '\n';
  for (const congvan::OriginRun& run : r->origins) {
    if (run.first_line < 1 || run.first_line > run.last_line || run.last_line > lines) {
      Violation("origins", "run " + std::to_string(run.first_line) + "-" +
                               std::to_string(run.last_line) + " outside " + std::to_string(lines) +
                               " lines");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  congvan::ReadOptions options;
  switch (data[0] % 4) {
    case 0:
      break;
    case 1:
      options.format = "html";
      break;
    case 2: {
      options.format = "docx";
      size_t nul = rest.find('\0');
      std::string zip =
          ZipOf(std::string(rest.substr(0, nul)),
                nul == std::string_view::npos ? std::string() : std::string(rest.substr(nul + 1)));
      Check(congvan::ReadDocument(zip, "fuzz.docx", options));
      return 0;
    }
    default:
      options.format = "text";
      break;
  }
  Check(congvan::ReadDocument(rest, "fuzz-input", options));
  return 0;
}
