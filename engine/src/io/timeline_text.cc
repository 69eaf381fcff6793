// Timeline → a plain-text table for a terminal: theme headings, then one row
// per lineage with one column per version ("<path> <symbol>") and the
// lineage's latest text. Widths are counted in code points (ICU), so
// Vietnamese paths and labels line up. Unrelated pairs are noted above the
// table. The table is a grid by nature (lineages × versions); it is written
// row by row to the stream.
#include <algorithm>
#include <cmath>
#include <ostream>
#include <sstream>
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
    case TimelineOp::kNotCovered:
      return "?";
  }
  return "?";
}

// A division's marker as a reader cites it: "Điều 206." → "Điều 206".
std::string DivisionName(const LineageNode& n) {
  std::string name = n.marker;
  while (!name.empty() && (name.back() == '.' || name.back() == ':' || name.back() == ' ')) {
    name.pop_back();
  }
  return name;
}

std::string Cell(const Lineage& l, int v, bool division_markers) {
  TimelineOp op = l.CellOp(v);
  if (const LineageNode* n = l.NodeAt(v)) {
    std::string name = division_markers && n->division ? DivisionName(*n) : std::string();
    return (name.empty() ? n->path : name) + " " + Symbol(op);
  }
  return Symbol(op);
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// Notes on pairs: cross-language, partial coverage, unrelated.
void WritePairNotes(const Timeline& t, std::ostream& out) {
  for (size_t p = 0; p < t.alignments.size() && p + 1 < t.versions.size(); ++p) {
    const AlignmentSummary& s = t.alignments[p].summary;
    bool cross = p < t.cross_language.size() && t.cross_language[p];
    std::string pair = "  " + t.versions[p].label + " → " + t.versions[p + 1].label + ": ";
    if (p < t.pairs.size() && t.pairs[p].unrelated) {
      out << pair << "UNRELATED: only " << Percent(t.pairs[p].shared)
          << " of the tasks of the two have a counterpart (" << Percent(t.pairs[p].smaller_shared)
          << " of the smaller one's); not versions of the same series\n";
    }
    if (!cross && s.coverage_note.empty()) continue;
    out << pair << (cross ? "aligned across languages (bilingual lexicon)" : "")
        << (cross && !s.coverage_note.empty() ? "; " : "") << s.coverage_note
        << (s.coverage_note.empty() ? "" : " (their tasks: ? not covered)") << "\n";
  }
}

// Said of a version the input order placed (TimelineInputOrderNote).
std::string PlacedByInputOrder(const TimelineVersion& tv) {
  const std::string note = TimelineInputOrderNote(tv);
  return note.empty() ? note : "  " + note;
}

}  // namespace

void WriteTimelineText(const Timeline& t, std::ostream& out, const TimelineTextOptions& options) {
  const size_t nv = t.versions.size();
  std::vector<size_t> width(nv, 0);
  size_t id_width = 7;  // "lineage"
  for (size_t v = 0; v < nv; ++v) width[v] = CodePoints(t.versions[v].label);
  for (const Lineage& l : t.lineages) {
    id_width = std::max(id_width, CodePoints(l.id));
    for (size_t v = 0; v < nv; ++v)
      width[v] =
          std::max(width[v], CodePoints(Cell(l, static_cast<int>(v), options.division_markers)));
  }
  out << "timeline: " << nv << (nv == 1 ? " version, " : " versions, ") << TimelineLineagesShown(t)
      << "\n";
  for (const TimelineVersion& tv : t.versions) {
    out << "  " << tv.label << "  " << tv.source << "  (" << tv.task_count
        << (tv.task_count == 1 ? " task)" : " tasks)")
        << (tv.unrelated ? "  UNRELATED to its neighbours" : "") << PlacedByInputOrder(tv) << "\n";
  }
  WritePairNotes(t, out);
  out << "\n" << PadRight("lineage", id_width);
  for (size_t v = 0; v < nv; ++v) out << "  " << PadRight(t.versions[v].label, width[v]);
  if (options.text_width > 0) out << "  latest text";
  out << "\n";
  const std::string* theme = nullptr;
  for (const Lineage& l : t.lineages) {
    if (!theme || l.theme != *theme) {
      theme = &l.theme;
      out << "── " << l.theme << ": " << Shorten(l.theme_label, 70) << "\n";
    }
    std::string row = PadRight(l.id, id_width);
    for (size_t v = 0; v < nv; ++v)
      row += "  " + PadRight(Cell(l, static_cast<int>(v), options.division_markers), width[v]);
    if (options.text_width > 0 && !l.nodes.empty()) {
      row += "  " + Shorten(l.nodes.back().text, options.text_width);
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out << row << "\n";
  }
  out << "\n+ new  = unchanged  ~ reworded  > moved  < split (a piece)  & merged  x gone  "
         "? not covered (the version does not report on the section)  · absent\n";
}

std::string WriteTimelineText(const Timeline& t, const TimelineTextOptions& options) {
  std::ostringstream out;
  WriteTimelineText(t, out, options);
  return out.str();
}

}  // namespace congvan
