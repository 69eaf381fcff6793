// Timeline → CSV for spreadsheets (RFC 4180): one row per lineage, one column
// per version. Fields containing a comma, a quote, CR or LF are quoted with
// quotes doubled; records end with CRLF. A UTF-8 text without BOM.
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

std::string WriteTimelineCsv(const Timeline& t) {
  std::string out = "lineage,theme";
  for (const TimelineVersion& v : t.versions) out += "," + Field(v.label);
  out += ",text\r\n";
  for (const Lineage& l : t.lineages) {
    out += Field(l.id) + "," + Field(l.theme);
    for (size_t v = 0; v < t.versions.size(); ++v) {
      std::string cell;
      TimelineOp op = l.CellOp(static_cast<int>(v));
      if (const LineageNode* n = l.NodeAt(static_cast<int>(v))) {
        cell = std::string(TimelineOpName(op)) + " " + n->path + ": " + n->text;
      } else if (op == TimelineOp::kGone) {
        cell = "gone";
      }
      out += "," + Field(cell);
    }
    out += "," + Field(l.nodes.empty() ? std::string() : l.nodes.back().text) + "\r\n";
  }
  return out;
}

}  // namespace congvan
