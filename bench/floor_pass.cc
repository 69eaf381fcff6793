// The floor: the least work any parser of these texts must do, as the issue
// "lean parse core" measured it — read the file once, an ICU NFC quick check,
// one RE2::Set over 21 marker patterns per line, and a JSON array of the line
// texts escaped by the parse writer's own escaper. tools/bench runs it beside
// `congvan parse` and `uconv -x nfc` over the same bytes, so the three figures
// come from the same machine and the same moment.
//
// Usage: floor_pass FILE > /dev/null   (prints lines and matches to stderr)
#include <fcntl.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "io/json_escape.h"

namespace {

// The marker shapes of vi.xml and en.xml, one per style family.
constexpr const char* kMarkers[] = {
    R"((?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+\p{L}+)",
    R"((?:Phần|PHẦN)\s+[IVXLC]+\b)",
    R"((?:Chương|CHƯƠNG)\s*[IVXLC]+\b)",
    R"((?:Chương|CHƯƠNG)\s+\d{1,3}\b)",
    R"((?:Mục|MỤC)\s+\d{1,3}\b)",
    R"((?:Điều|ĐIỀU)\s*\d{1,4}[a-zđ]?)",
    R"([IVXLC]+\.\s)",
    R"(\d{1,3}\.\s)",
    R"(\d{1,3}\.\d{1,3}\.?\s)",
    R"(\d{1,3}\)\s)",
    R"(\(\d{1,3}\)\s)",
    R"([a-zđ]\)\s)",
    R"(\([a-zđ]\)\s)",
    R"([A-Z]\.\s)",
    R"(Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),)",
    R"([-–—•]\s)",
    R"(\+\s)",
    R"((?:Article|ARTICLE)\s+\d{1,4})",
    R"((?:Chapter|CHAPTER)\s+[IVXLC\d]+\b)",
    R"((?:Section|SECTION)\s+\d{1,3}\b)",
    R"((?:First|Second|Third|Fourth|Fifth|Sixth),)",
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: floor_pass FILE\n");
    return 2;
  }
  int fd = open(argv[1], O_RDONLY);
  struct stat info {};
  if (fd < 0 || fstat(fd, &info) != 0) {
    std::fprintf(stderr, "floor_pass: %s: cannot open\n", argv[1]);
    return 1;
  }
  const size_t size = static_cast<size_t>(info.st_size);
  void* mapped = size ? mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0) : nullptr;
  if (size && mapped == MAP_FAILED) {
    std::fprintf(stderr, "floor_pass: %s: cannot map\n", argv[1]);
    return 1;
  }
  std::string_view text(static_cast<const char*>(mapped), size);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  bool is_nfc =
      U_SUCCESS(status) &&
      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(size)), status);

  RE2::Options options;
  options.set_log_errors(false);
  RE2::Set markers(options, RE2::ANCHOR_START);
  for (const char* pattern : kMarkers) markers.Add(pattern, nullptr);
  markers.Compile();

  std::string out = "[";
  long lines = 0, marked = 0;
  std::vector<int> which;
  for (size_t begin = 0; begin < size;) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = size;
    std::string_view line = text.substr(begin, end - begin);
    which.clear();
    if (markers.Match(line, &which)) ++marked;
    out += lines++ ? ",\n  " : "\n  ";
    congvan::io_internal::AppendJsonString(out, line);
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
    begin = end + 1;
  }
  out += "\n]\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fprintf(stderr, "floor_pass: %ld lines, %ld with a marker, NFC: %s\n", lines, marked,
               is_nfc ? "yes" : "no");
  if (mapped) munmap(mapped, size);
  close(fd);
  return 0;
}
