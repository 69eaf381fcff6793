// Timeline → a plain-text table for a terminal: theme headings, then one row
// per lineage with one column per version ("<path> <symbol>") and the
// lineage's latest text. Widths are counted in code points (ICU), so
// Vietnamese paths and labels line up.
#include <algorithm>
#include <string>
#include <vector>

#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"
#include "text/shorten.h"

namespace congvan {
namespace {

using text::CodePoints;
using text::PadRight;
using text::Shorten;

const char* Symbol(TimelineOp op) {
  switch (op) {
    case TimelineOp::kAbsent:
      return "·";
    case TimelineOp::kNew:
      return "+";
    case TimelineOp::kUnchanged:
      return "=";
    case TimelineOp::kReworded:
      return "~";
    case TimelineOp::kMoved:
      return ">";
    case TimelineOp::kSplit:
      return "<";
    case TimelineOp::kMerged:
      return "&";
    case TimelineOp::kGone:
      return "x";
  }
  return "?";
}

std::string Cell(const Lineage& l, int v) {
  TimelineOp op = l.CellOp(v);
  if (const LineageNode* n = l.NodeAt(v)) return n->path + " " + Symbol(op);
  return Symbol(op);
}

}  // namespace

std::string WriteTimelineText(const Timeline& t, const TimelineTextOptions& options) {
  const size_t nv = t.versions.size();
  std::vector<size_t> width(nv, 0);
  size_t id_width = 7;  // "lineage"
  for (size_t v = 0; v < nv; ++v) width[v] = CodePoints(t.versions[v].label);
  for (const Lineage& l : t.lineages) {
    id_width = std::max(id_width, CodePoints(l.id));
    for (size_t v = 0; v < nv; ++v)
      width[v] = std::max(width[v], CodePoints(Cell(l, static_cast<int>(v))));
  }
  std::string out;
  out += "timeline: " + std::to_string(nv) + " versions, " + std::to_string(t.lineages.size()) +
         " lineages\n";
  for (size_t v = 0; v < nv; ++v) {
    out += "  " + t.versions[v].label + "  " + t.versions[v].source + "  (" +
           std::to_string(t.versions[v].task_count) +
           (t.versions[v].task_count == 1 ? " task)\n" : " tasks)\n");
  }
  for (size_t p = 0; p < t.alignments.size() && p + 1 < nv; ++p) {
    const AlignmentSummary& s = t.alignments[p].summary;
    bool cross = p < t.cross_language.size() && t.cross_language[p];
    if (!cross && s.coverage_note.empty()) continue;
    out += "  " + t.versions[p].label + " → " + t.versions[p + 1].label + ": " +
           (cross ? "aligned across languages (bilingual lexicon)" : "") +
           (cross && !s.coverage_note.empty() ? "; " : "") + s.coverage_note + "\n";
  }
  out += "\n" + PadRight("lineage", id_width);
  for (size_t v = 0; v < nv; ++v) out += "  " + PadRight(t.versions[v].label, width[v]);
  if (options.text_width > 0) out += "  latest text";
  out += "\n";
  std::string theme;
  for (const Lineage& l : t.lineages) {
    if (l.theme != theme) {
      theme = l.theme;
      out += "── " + l.theme + ": " + Shorten(l.theme_label, 70) + "\n";
    }
    std::string row = PadRight(l.id, id_width);
    for (size_t v = 0; v < nv; ++v) row += "  " + PadRight(Cell(l, static_cast<int>(v)), width[v]);
    if (options.text_width > 0 && !l.nodes.empty()) {
      row += "  " + Shorten(l.nodes.back().text, options.text_width);
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  out +=
      "\n+ new  = unchanged  ~ reworded  > moved  < split (a piece)  & merged  x gone  · absent\n";
  return out;
}

}  // namespace congvan
