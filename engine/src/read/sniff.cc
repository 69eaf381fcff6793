// Sniffing a file's format from its bytes (see sniff.h). PDF allows bytes
// before "%PDF-", so its mark is looked for in the first kPdfWindow bytes; a
// ZIP is a Word document when it holds word/document.xml (the name is stored
// uncompressed in the archive's headers); HTML is recognised by its first
// tag, after a BOM and white space, being one that only HTML opens with;
// Akoma Ntoso by an <akomaNtoso> element (any prefix) and the AKN 3.0
// namespace in the first kXmlWindow bytes of a text that opens with '<'.
#include "read/sniff.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace congvan::read {
namespace {

constexpr size_t kPdfWindow = 1024;
constexpr size_t kHtmlWindow = 4096;
constexpr size_t kXmlWindow = 4096;
constexpr std::string_view kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string LowerPrefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, std::min(n, s.size())));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The bytes after a UTF-8 BOM and leading white space, when they open a
// tag; empty otherwise.
std::string_view MarkupStart(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  if (i >= bytes.size() || bytes[i] != '<') return {};
  return bytes.substr(i);
}

bool LooksLikeAkomaNtoso(std::string_view bytes) {
  std::string_view head = MarkupStart(bytes).substr(0, kXmlWindow);
  if (head.find(kAknNamespace) == std::string_view::npos) return false;
  return head.find("<akomaNtoso") != std::string_view::npos ||
         head.find(":akomaNtoso") != std::string_view::npos;
}

bool LooksLikeHtml(std::string_view bytes) {
  bytes = MarkupStart(bytes);
  if (bytes.empty()) return false;
  std::string head = LowerPrefix(bytes, kHtmlWindow);
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Sniffed SniffFormat(std::string_view bytes) {
  if (bytes.substr(0, kPdfWindow).find("%PDF-") != std::string_view::npos) return Sniffed::kPdf;
  if (StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06")) {
    return bytes.find("word/document.xml") != std::string_view::npos ? Sniffed::kDocx
                                                                     : Sniffed::kOtherZip;
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Sniffed::kLegacyWord;
  if (StartsWith(bytes, "{\\rtf")) return Sniffed::kRtf;
  if (LooksLikeAkomaNtoso(bytes)) return Sniffed::kAkn;
  if (LooksLikeHtml(bytes)) return Sniffed::kHtml;
  return Sniffed::kText;
}

}  // namespace congvan::read
