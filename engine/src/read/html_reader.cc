// Saved web pages (see html_reader.h).
//
// Approach: the charset comes from a BOM or the page's <meta charset> /
// <meta http-equiv="Content-Type"> (looked for in the first kCharsetWindow
// bytes, which are ASCII in every charset a page may declare); the bytes are
// converted to UTF-8 with ICU and handed to the HTML module
// (read/html_module.h, opened on the first page), where gumbo parses them
// and a walk over the tree writes the lines a reader sees, each list item
// opened by the label a browser draws for it (ListLabel, here:
// <ol type="a" start="3">, <li value="7">, reversed lists). The lines become
// the extracted text and its origins here.
#include "read/html_reader.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "read/html_module.h"
#include "read/html_module_loader.h"
#include "read/read_error.h"
#include "read/text_reader.h"
#include "text/decode.h"
#include "text/roman_numerals.h"

namespace congvan::read {
namespace {

constexpr size_t kCharsetWindow = 4096;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The charset a page declares in its first bytes, lower case, or "".
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = Lower(std::string(bytes.substr(0, kCharsetWindow)));
  size_t at = head.find("charset");
  while (at != std::string::npos) {
    size_t i = at + 7;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
      ++i;
    size_t end = i;
    while (end < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
            head[end] == '_' || head[end] == ':' || head[end] == '.')) {
      ++end;
    }
    if (end > i && head.find('<') < at) return head.substr(i, end - i);
    at = head.find("charset", at + 7);
  }
  return "";
}

bool DeclaresWesternSingleByte(const std::string& charset) {
  return charset == "windows-1252" || charset == "iso-8859-1" || charset == "latin1" ||
         charset == "cp1252" || charset == "iso-8859-15";
}

bool HasNonAscii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
}

// The page's bytes as UTF-8: in the charset it declares (ICU), or as plain
// text is read when it declares none.
Result<std::string> PageToUtf8(std::string bytes, const std::string& source,
                               const ReadOptions& options, std::string* encoding) {
  std::string charset = DeclaredCharset(bytes);
  bool bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 || bytes.compare(0, 2, "\xFF\xFE") == 0 ||
             bytes.compare(0, 2, "\xFE\xFF") == 0;
  if (charset.empty() || bom || options.encoding != "auto") {
    return DecodeToUtf8(std::move(bytes), source, options, encoding);
  }
  if (charset == "utf-8" || charset == "utf8") {
    *encoding = "utf-8";
    auto text = text::DecodeOwned(std::move(bytes), source);
    if (!text.ok() && text.status().message() == "invalid UTF-8") {
      return ReadError(source, "the page declares charset utf-8 but is not valid UTF-8 (byte " +
                                   std::to_string(text.status().where().byte_offset.value_or(0)) +
                                   "); name its encoding with --encoding");
    }
    return text;
  }
  // A page declared in a Western single-byte charset whose bytes are valid
  // UTF-8 with letters beyond ASCII is UTF-8 (an editor saved it so under an
  // old declaration: lawphil's Republic Act 11934, "windows-1252", whose
  // "Section 1. Short Title" read "Section 1.ï¿½Short Title"); real Latin-1
  // text is almost never valid UTF-8 once it holds such letters.
  if (DeclaresWesternSingleByte(charset) && HasNonAscii(bytes)) {
    auto text = text::DecodeOwned(bytes, source);
    if (text.ok()) {
      *encoding = "utf-8";
      return text;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) {
    return ReadError(
        source, "the page declares charset '" + charset + "', which is not one congvan can read");
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return ReadError(source, "the page is not valid " + charset);
  std::string utf8;
  u.toUTF8String(utf8);
  *encoding = charset;
  return text::DecodeOwned(std::move(utf8), source);
}

// The label a browser draws for item `value` of a list of `type` (roman
// numerals from 1 to 3999, decimal beyond, as CSS counters fall back).
std::string ListLabel(const std::string& type, int value) {
  if (value <= 0) return std::to_string(value) + ".";
  if (type == "a" || type == "A") {
    std::string letters;
    for (int v = value; v > 0; v = (v - 1) / 26)
      letters.insert(letters.begin(), static_cast<char>('a' + (v - 1) % 26));
    if (type == "A") {
      for (char& c : letters) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return letters + ".";
  }
  if ((type == "i" || type == "I") && value <= 3999)
    return text::RomanNumeral(value, type == "I") + ".";
  return std::to_string(value) + ".";
}

// The page's lines as the extracted text, each line its own origin run (its
// element; `paragraph` numbers the lines, as each block line is one).
ExtractedText TextOf(const std::vector<HtmlLine>& lines) {
  ExtractedText out;
  for (size_t i = 0; i < lines.size(); ++i) {
    out.text += lines[i].text;
    out.text.push_back('\n');
    int line = static_cast<int>(i) + 1;
    out.origins.push_back({line, line, {0, line, lines[i].element}});
  }
  return out;
}

}  // namespace

Result<ExtractedText> ReadHtml(std::string bytes, const std::string& source,
                               const ReadOptions& options) {
  std::string encoding;
  auto utf8 = PageToUtf8(std::move(bytes), source, options, &encoding);
  if (!utf8.ok()) return utf8.status();
  auto module = LoadHtmlModule();
  if (!module.ok()) return ReadError(source, module.status().message(), module.status().code());
  std::vector<HtmlLine> lines;
  if (!(*module)->page_lines(*utf8, &ListLabel, lines)) {
    return ReadError(source, "the HTML parser could not read the page");
  }
  ExtractedText out = TextOf(lines);
  out.format = "html";
  out.encoding = encoding;
  if (out.text.find_first_not_of(" \n|") == std::string::npos) {
    return ReadError(source, "the page holds no text");
  }
  auto text = text::DecodeOwned(std::move(out.text), source);  // NFC, spaces
  if (!text.ok()) return text.status();
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
