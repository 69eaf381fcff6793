// The canonical dump: a compact, stable text form of a parsed document, one
// line per node and per block, for golden files and the structure score
// (tools/score). A node line is
//   <2 spaces per depth>[“ ]PATH MARKER [LINES] first eight words…
// with '·' for an unnumbered paragraph and '“ ' before the provisions an
// amending node quotes (listed right under it, one level deeper). A block
// line is "<role> [LINES] first six words…". Line spans are "a-b", several
// joined by ",". The format is stable: goldens are reviewed against it.
#include <string>

#include "congvan/writers.h"
#include "io/span_label.h"

namespace congvan {
namespace {

std::string FirstWords(std::string_view text, int words) {
  std::string out;
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n';
    if (!space && !in_word && ++count > words) return out + "…";
    in_word = !space;
    out.push_back(c == '\n' ? ' ' : c);
  }
  return out;
}

void DumpNode(const Node& n, int depth, bool quoted, std::string& out) {
  out += std::string(static_cast<size_t>(depth) * 2, ' ');
  if (quoted) out += "\xE2\x80\x9C ";
  out += n.path + " " + (n.marker.empty() ? "\xC2\xB7" : n.marker) + " " + io::SpanLabel(n.spans) +
         " " + FirstWords(n.text, 8) + "\n";
  for (const Node& q : n.quoted()) DumpNode(q, depth + 1, true, out);
  for (const Node& c : n.children) DumpNode(c, depth + 1, quoted, out);
}

}  // namespace

std::string WriteDump(const Document& doc) {
  std::string out = "language " + std::string(LanguageCode(doc.language)) + "\n";
  for (const Node& n : doc.tasks) DumpNode(n, 0, false, out);
  for (const Block& b : doc.blocks) {
    out += "<" + std::string(BlockRoleName(b.role)) + "> " + io::SpanLabel(b.spans) + " " +
           FirstWords(b.text, 6) + "\n";
  }
  return out;
}

}  // namespace congvan
