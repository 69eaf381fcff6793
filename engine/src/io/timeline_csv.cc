// Timeline → CSV for spreadsheets (RFC 4180): one row per lineage, one column
// per version. Fields containing a comma, a quote, CR or LF are quoted with
// quotes doubled; records end with CRLF. A UTF-8 text without BOM. A version
// unrelated to its neighbours says so in its header field, so the flag
// survives a spreadsheet; so does a filter (--articles, --changed), with the
// count of the whole timeline, in the first header field. Written row by row
// to the stream.
#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>
#include <string>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"

namespace congvan {
namespace {

std::string Field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void WriteTimelineCsv(const Timeline& t, std::ostream& out) {
  // The header names stay what scripts look up ("lineage", csv.DictReader,
  // pandas) whatever the filter; the CLI says on stderr how many of the
  // whole a filtered timeline shows.
  out << "lineage,theme";
  for (const TimelineVersion& v : t.versions) {
    std::string label = v.label;
    if (v.unrelated) {
      // The pair with the most in common, to say how little that is.
      size_t i = static_cast<size_t>(&v - t.versions.data());
      double best = 0;
      if (i > 0 && i - 1 < t.pairs.size()) best = t.pairs[i - 1].shared;
      if (i < t.pairs.size()) best = std::max(best, t.pairs[i].shared);
      label +=
          " [unrelated: " + std::to_string(static_cast<int>(std::lround(best * 100))) + "% shared]";
    }
    out << "," << Field(label);
  }
  out << ",text\r\n";
  for (const Lineage& l : t.lineages) {
    out << Field(l.id) << "," << Field(l.theme);
    for (size_t v = 0; v < t.versions.size(); ++v) {
      std::string cell;
      TimelineOp op = l.CellOp(static_cast<int>(v));
      if (const LineageNode* n = l.NodeAt(static_cast<int>(v))) {
        cell = std::string(TimelineOpName(op)) + " " + n->path + ": " + n->text;
      } else if (op != TimelineOp::kAbsent) {
        cell = TimelineOpName(op);
      }
      out << "," << Field(cell);
    }
    out << "," << Field(l.nodes.empty() ? std::string() : l.nodes.back().text) << "\r\n";
  }
}

std::string WriteTimelineCsv(const Timeline& t) {
  std::ostringstream out;
  WriteTimelineCsv(t, out);
  return out.str();
}

}  // namespace congvan
