// Vietnamese legacy encodings (see legacy_encodings.h).
//
// Windows-1258 is ICU's converter (it writes tone marks as combining
// characters; the text reader's NFC composes them). VISCII is glibc's iconv.
// TCVN3 (ABC, the .VnTime fonts) and VNI Windows (the VNI-Times fonts, a
// base letter followed by one or two diacritic bytes) are in no library the
// project uses: their tables are data, grammars/encodings/<name>.tsv
// ("BYTES<TAB>TEXT<TAB>NAME", bytes in hex), loaded once and decoded by
// longest match, so a sequence "o ä ø" is one letter "ộ" and not three.
//
// Scoring a decoding: ICU's word break iterator would be the tool for
// words; here a word is a maximal run of letters (u_isalpha), which is what
// a Vietnamese syllable is, and only words with a non-ASCII letter count —
// ASCII words read the same under every candidate.
#include "read/legacy_encodings.h"

#include <iconv.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cerrno>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "read/read_error.h"
#include "text/syllables.h"

namespace congvan::read {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// A byte-sequence table: sequences of up to kMaxSequence bytes → UTF-8.
struct ByteTable {
  std::map<std::string, std::string, std::less<>> entries;
  size_t longest = 1;
};

constexpr size_t kMaxSequence = 4;

Result<ByteTable> LoadTable(const std::string& path) {
  std::ifstream in(path);
  Location where;
  where.file = path;
  if (!in) return Status::Error(StatusCode::kGrammarError, "cannot open encoding table", where);
  ByteTable table;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    size_t tab2 = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    std::string hex = line.substr(0, tab);
    std::string text = tab == std::string::npos ? "" : line.substr(tab + 1, tab2 - tab - 1);
    std::string bytes;
    std::istringstream parts(hex);
    std::string part;
    while (parts >> part) {
      char* end = nullptr;
      long value = std::strtol(part.c_str(), &end, 16);
      if (end == part.c_str() || *end != '\0' || value < 0 || value > 255) {
        where.line = number;
        return Status::Error(StatusCode::kGrammarError, "bad byte '" + part + "'", where);
      }
      bytes.push_back(static_cast<char>(value));
    }
    if (bytes.empty() || bytes.size() > kMaxSequence || text.empty()) {
      where.line = number;
      return Status::Error(StatusCode::kGrammarError, "an entry is BYTES<TAB>TEXT", where);
    }
    table.longest = std::max(table.longest, bytes.size());
    table.entries[bytes] = text;
  }
  return table;
}

// Tables are read once per process and directory.
Result<std::shared_ptr<const ByteTable>> CachedTable(const std::string& dir,
                                                     const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const ByteTable>> cache;
  std::string path = dir + "/encodings/" + name + ".tsv";
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(path);
  if (it != cache.end()) return it->second;
  auto table = LoadTable(path);
  if (!table.ok()) return table.status();
  auto shared = std::make_shared<const ByteTable>(std::move(table.value()));
  cache[path] = shared;
  return shared;
}

std::string DecodeWithTable(std::string_view bytes, const ByteTable& table, int* undecodable) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (size_t i = 0; i < bytes.size();) {
    size_t matched = 0;
    for (size_t n = std::min(table.longest, bytes.size() - i); n > 0 && matched == 0; --n) {
      auto it = table.entries.find(bytes.substr(i, n));
      if (it != table.entries.end()) {
        out += it->second;
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    auto b = static_cast<unsigned char>(bytes[i++]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
    } else {
      out += kReplacement;
      if (undecodable) ++*undecodable;
    }
  }
  return out;
}

Result<std::string> DecodeWithIcu(std::string_view bytes, const char* converter,
                                  const std::string& source, int* undecodable) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(converter, &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return ReadError(source, std::string("no ICU converter for ") + converter);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return ReadError(source, std::string("cannot decode as ") + converter);
  if (undecodable) {
    for (int32_t i = 0; i < u.length(); ++i) *undecodable += u.charAt(i) == 0xFFFD ? 1 : 0;
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

Result<std::string> DecodeWithIconv(std::string_view bytes, const char* from,
                                    const std::string& source, int* undecodable) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1))
    return ReadError(source, std::string("no iconv converter for ") + from);
  std::string out;
  std::string in(bytes);
  char* inp = in.data();
  size_t inleft = in.size();
  char buffer[4096];
  while (inleft > 0) {
    char* outp = buffer;
    size_t outleft = sizeof buffer;
    size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
    out.append(buffer, static_cast<size_t>(outp - buffer));
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {  // a byte with no character
      out += kReplacement;
      if (undecodable) ++*undecodable;
      ++inp;
      --inleft;
    }
  }
  iconv_close(cd);
  return out;
}

}  // namespace

const std::vector<std::string>& LegacyEncodings() {
  static const std::vector<std::string> names = {"windows-1258", "tcvn3", "vni-windows", "viscii"};
  return names;
}

Result<std::string> DecodeLegacy(std::string_view bytes, const std::string& encoding,
                                 const std::string& data_dir, const std::string& source,
                                 int* undecodable) {
  if (undecodable) *undecodable = 0;
  if (encoding == "windows-1258") return DecodeWithIcu(bytes, "windows-1258", source, undecodable);
  if (encoding == "utf-16le") return DecodeWithIcu(bytes, "UTF-16LE", source, undecodable);
  if (encoding == "utf-16be") return DecodeWithIcu(bytes, "UTF-16BE", source, undecodable);
  if (encoding == "viscii") return DecodeWithIconv(bytes, "VISCII", source, undecodable);
  if (encoding == "tcvn3" || encoding == "vni-windows") {
    auto dir = ResolveGrammarDir(data_dir);
    if (!dir.ok()) return dir.status();
    auto table = CachedTable(*dir, encoding);
    if (!table.ok()) return table.status();
    return DecodeWithTable(bytes, **table, undecodable);
  }
  return ReadError(source, "unknown encoding '" + encoding + "'");
}

double VietnameseScore(std::string_view utf8, const text::SyllableSet& syllables) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  int words = 0, valid = 0;
  int32_t start = -1;
  bool non_ascii = false;
  for (int32_t i = 0; i <= n;) {
    int32_t here = i;
    UChar32 c = -1;
    if (i < n) U8_NEXT(s, i, n, c);
    bool letter = c >= 0 && u_isalpha(c);
    if (letter) {
      if (start < 0) start = here;
      non_ascii = non_ascii || c >= 0x80;
    } else if (start >= 0) {
      if (non_ascii) {
        ++words;
        valid += syllables.Valid(
                     utf8.substr(static_cast<size_t>(start), static_cast<size_t>(here - start)))
                     ? 1
                     : 0;
      }
      start = -1;
      non_ascii = false;
    }
    if (here == n) break;
  }
  return words == 0 ? 0.0 : static_cast<double>(valid) / words;
}

}  // namespace congvan::read
