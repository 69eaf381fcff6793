// A title line that names the document's kind and nothing else (see
// kind_line.h). The kind is the grammar's (the "kind" meta patterns, which
// end on a word boundary: a glued digit hides the kind from them); the mark
// is taken off only where the rest of the line is a kind written in
// capitals, word for word, so a line that merely ends in digits ("ĐIỀU 5",
// "GIAI ĐOẠN 2021-2025") is left as it is.
#include "parse/kind_line.h"

#include <string>

#include "parse/parse_internal.h"
#include "text/ascii_chars.h"
#include "text/trimmed.h"

namespace congvan::parse {
namespace {

using text::IsAsciiDigit;

constexpr size_t kMaxMarkDigits = 2;  // notes on a title run to a few

// The kind found at the start of `line` covers the whole of it: as many
// words as the kind's name ("THÔNG TƯ" for "Thông tư").
bool KindCoversLine(const std::vector<Grammar::MetaMatch>& kinds, std::string_view line) {
  if (kinds.empty() || kinds.front().begin != 0) return false;
  auto value = kinds.front().groups.find("value");
  return value != kinds.front().groups.end() && WordCount(line) == WordCount(value->second);
}

}  // namespace

std::string_view WithoutKindNoteMark(std::string_view line, const Grammar& grammar) {
  std::string_view trimmed = text::TrimmedEnd(line);
  size_t digits = 0;
  while (digits < trimmed.size() && IsAsciiDigit(trimmed[trimmed.size() - 1 - digits])) ++digits;
  if (digits == 0 || digits > kMaxMarkDigits || digits == trimmed.size()) return line;
  std::string_view kind = trimmed.substr(0, trimmed.size() - digits);
  char glued_to = kind.back();
  bool letter = static_cast<unsigned char>(glued_to) >= 0x80 ||
                (glued_to >= 'A' && glued_to <= 'Z') || (glued_to >= 'a' && glued_to <= 'z');
  if (!letter || UpperCase(kind) != kind) return line;
  return KindCoversLine(grammar.FindMeta("kind", kind), kind) ? kind : line;
}

std::vector<Grammar::MetaMatch> KindsOnLine(std::string_view line, const Grammar& grammar) {
  return grammar.FindMeta("kind", WithoutKindNoteMark(line, grammar));
}

bool NamesKindAlone(std::string_view line, const Grammar& grammar) {
  std::string_view kind = text::TrimmedEnd(WithoutKindNoteMark(line, grammar));
  return KindCoversLine(grammar.FindMeta("kind", kind), kind);
}

}  // namespace congvan::parse
