// ReadDocument(): choosing the reader (see congvan/reader.h).
//
// Approach: --from names a format; otherwise the content decides
// (read/sniff.h: magic bytes, then the start of the text), never the file
// name. Akoma Ntoso is no text to extract: the parser reads it as a tree
// (read/akn_reader.h) before any reader runs. Formats congvan does not read — Word 97–2003 .doc,
// RTF, other ZIP archives — are refused with a line that says what to do instead.
#include "congvan/reader.h"

#include <string>
#include <vector>

#include "read/docx_reader.h"
#include "read/html_reader.h"
#include "read/legacy_encodings.h"
#include "read/pdf_reader.h"
#include "read/read_error.h"
#include "read/read_owned.h"
#include "read/sniff.h"
#include "read/text_reader.h"

namespace congvan {
namespace {

bool Known(const std::vector<std::string>& names, const std::string& name) {
  for (const std::string& n : names) {
    if (n == name) return true;
  }
  return false;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

const std::vector<std::string>& KnownFormats() {
  static const std::vector<std::string> formats = {"text", "docx", "pdf", "html", "akn"};
  return formats;
}

const std::vector<std::string>& KnownEncodings() {
  static const std::vector<std::string> encodings = [] {
    std::vector<std::string> out = {"utf-8", "utf-16le", "utf-16be"};
    for (const std::string& e : read::LegacyEncodings()) out.push_back(e);
    return out;
  }();
  return encodings;
}

Result<ExtractedText> ReadDocument(std::string_view bytes, const std::string& source,
                                   const ReadOptions& options) {
  return read::ReadOwned(std::string(bytes), source, options);
}

namespace read {

Result<ExtractedText> ReadOwned(std::string bytes, const std::string& source,
                                const ReadOptions& options) {
  if (options.format != "auto" && !Known(KnownFormats(), options.format)) {
    return ReadError(
        source,
        "unknown format '" + options.format + "' (expected auto or " + Joined(KnownFormats()) + ")",
        StatusCode::kInvalidArgument);
  }
  if (options.encoding != "auto" && !Known(KnownEncodings(), options.encoding)) {
    return ReadError(source,
                     "unknown encoding '" + options.encoding + "' (expected auto or " +
                         Joined(KnownEncodings()) + ")",
                     StatusCode::kInvalidArgument);
  }
  std::string format = options.format;
  if (format == "auto") {
    switch (read::SniffFormat(bytes)) {
      case read::Sniffed::kPdf:
        format = "pdf";
        break;
      case read::Sniffed::kDocx:
        format = "docx";
        break;
      case read::Sniffed::kHtml:
        format = "html";
        break;
      case read::Sniffed::kText:
        format = "text";
        break;
      case read::Sniffed::kLegacyWord:
        return ReadError(source,
                         "a Word 97-2003 document (.doc) or a password-protected Word file: "
                         "save it as .docx (Word or LibreOffice: File > Save As) and read that");
      case read::Sniffed::kRtf:
        return ReadError(source, "an RTF document: save it as .docx and read that");
      case read::Sniffed::kOtherZip:
        return ReadError(source,
                         "a ZIP archive that is not a Word document (no word/document.xml)");
      case read::Sniffed::kAkn:
        format = "akn";
        break;
    }
  }
  if (format == "akn") {
    // AKN is already a tree: ParseBytes reads it as one (read/akn_reader.h).
    return ReadError(source,
                     "an Akoma Ntoso document is read into its tree by 'congvan parse', "
                     "not extracted as text");
  }
  if (format == "docx") return read::ReadDocx(bytes, source, options);
  if (format == "pdf") return read::ReadPdf(bytes, source, options);
  if (format == "html") return read::ReadHtml(std::move(bytes), source, options);
  return read::ReadText(std::move(bytes), source, options);
}

}  // namespace read
}  // namespace congvan
