// Line roles, the annex's own text.
//
// Inside an annex (a form, a table flattened one cell per line) short cells
// look like page numbers, running headers, bylines or noise; they are the
// annex's own text. Only the furniture the body has too stays furniture, and
// notes the body cites ("[1]", "<sup>1</sup>") are footnotes.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parse/line_roles.h"
#include "parse/running_header_keys.h"

namespace congvan::parse {
namespace {

// Whether line i's role is page furniture the body has too: a running header
// repeated before the annex, or a page number beside one.
bool BodyFurniture(const std::vector<SourceLine>& lines, size_t i,
                   const std::set<std::string>& body_headers) {
  const SourceLine& line = lines[i];
  if (line.role == BlockRole::kPageBreak) return true;
  if (line.role == BlockRole::kRunningHeader) return body_headers.count(HeaderKey(lines, i)) > 0;
  if (line.role != BlockRole::kPageNumber) return false;
  for (size_t j = i > 2 ? i - 2 : 0; j < std::min(lines.size(), i + 3); ++j) {
    if (j != i && lines[j].role == BlockRole::kRunningHeader &&
        body_headers.count(HeaderKey(lines, j))) {
      return true;
    }
  }
  return false;
}

// A footnote after the text: "[2] Nghị định …" or "<sup>2</sup> …" whose
// reference ("[2]", "<sup>2</sup>") the body cites inline.
bool StartsCitedFootnote(std::string_view text, const std::string& body) {
  std::string mark;
  if (text.substr(0, 1) == "[") {
    mark = std::string(text.substr(0, text.find(']') + 1));
  } else if (text.substr(0, 5) == "<sup>") {
    size_t close = text.find("</sup>");
    if (close != std::string_view::npos) mark = std::string(text.substr(0, close + 6));
  }
  if (mark.size() < 3 || mark.size() > 12) return false;
  for (size_t at = body.find(mark); at != std::string::npos; at = body.find(mark, at + 1)) {
    if (at > 0 && body[at - 1] != '\n') return true;  // cited inside a line
  }
  return false;
}

}  // namespace

// Inside an annex (a form, a table flattened one cell per line) short cells
// look like page numbers, running headers, bylines or noise; they are the
// annex's own text. Only the furniture the body has too stays furniture, and
// notes the body cites ("[1]", "<sup>1</sup>") are footnotes.
void CleanAnnex(std::vector<SourceLine>& lines) {
  // The page's own text above the document (a portal's caption, banners)
  // opens no annex: the annex, or the page's text after the document, comes
  // after the body.
  size_t top = 0;
  while (top < lines.size() && (lines[top].blank || lines[top].role == BlockRole::kFurniture))
    ++top;
  size_t first_annex = lines.size();
  for (size_t i = top; i < lines.size(); ++i) {
    if (lines[i].role == BlockRole::kAnnex || lines[i].role == BlockRole::kFurniture) {
      first_annex = i;
      break;
    }
  }
  // Nothing to clean without an annex; else the body is copied once, at its size
  // (appending line by line doubled it: 12.8 MB for a 5 MB law without an annex).
  if (first_annex == lines.size()) return;
  std::set<std::string> body_headers;
  std::string body;  // the text before the first annex line, for footnote references
  size_t body_size = 0;
  for (size_t i = 0; i < first_annex; ++i) body_size += lines[i].text.size() + 1;
  body.reserve(body_size);
  for (size_t i = 0; i < first_annex; ++i) {
    if (lines[i].role == BlockRole::kRunningHeader) body_headers.insert(HeaderKey(lines, i));
    body.append(lines[i].text).push_back('\n');
  }
  bool in_annex = false, in_footnote = false;
  for (size_t i = first_annex; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.attachment_start) in_annex = false;
    if (line.role == BlockRole::kAnnex) in_annex = true;
    if (!in_annex || line.blank) continue;
    if (StartsCitedFootnote(line.text, body)) in_footnote = true;
    if (in_footnote &&
        (line.role == BlockRole::kAnnex || !line.role || line.role == BlockRole::kNoise)) {
      line.role = BlockRole::kFootnote;
      continue;
    }
    bool cell =
        line.role == BlockRole::kNoise || line.role == BlockRole::kAuthor ||
        line.role == BlockRole::kMedia || line.role == BlockRole::kPageNumber ||
        line.role == BlockRole::kRunningHeader;  // a TOC entry (dots and a page number) stays one
    if (cell && !BodyFurniture(lines, i, body_headers)) line.role = BlockRole::kAnnex;
  }
}

}  // namespace congvan::parse
