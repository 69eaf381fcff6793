// The text form of a diff, for a terminal or a pager.
//
// Layout: a header naming both versions, the summary (counts per op, whole
// sections added or dropped with their size, the coverage note), then one
// block per change: the op, the old and new labels (path + marker), and the
// text — redlined for reworded/moved/split/merged tasks. Without colour the
// redline uses wdiff's [-deleted-]{+inserted+} notation; with colour, red
// strike-through and green. A cross-language matched change shows both texts
// and, under them, its concept delta: "concepts: N kept", then "+ concept
// (new forms)" for what the new task adds and "− concept (old forms)" for what
// it no longer has (ConceptDeltaText, indented under the texts).
#include <cstdio>
#include <string>

#include "congvan/cross_language.h"
#include "congvan/diff_report.h"
#include "io/change_labels.h"
#include "text/shorten.h"

namespace congvan {
namespace {

using io::MoveExplanation;
using io::RefLabel;
using text::Shorten;

constexpr const char* kReset = "\033[0m";
constexpr const char* kRed = "\033[31m";
constexpr const char* kGreen = "\033[32m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kStrike = "\033[9m";

std::string Version(const Document& doc) {
  std::string s = doc.source + " (" + LanguageCode(doc.language);
  if (doc.meta.year) s += ", " + std::to_string(*doc.meta.year);
  return s + ", " + std::to_string(doc.TaskCount()) + " tasks)";
}

std::string Labels(const std::vector<NodeRef>& refs) {
  std::string s;
  for (const NodeRef& r : refs) {
    if (!s.empty()) s += " + ";
    s += RefLabel(r);
  }
  return s;
}

// The concept delta under a change's texts: a "concepts:" line naming how
// many concepts both sides keep, then ConceptDeltaText's "+"/"−" lines,
// indented one level deeper than the texts, green/red with colour.
template <typename Paint>
std::string DeltaLines(const ConceptDelta& delta, const Paint& paint) {
  std::string head = "    concepts: " + std::to_string(delta.kept.size()) + " kept";
  if (delta.added.empty() && delta.removed.empty()) head += ", none added or removed";
  std::string out = paint(kDim, head) + "\n";
  std::string lines = ConceptDeltaText(delta);
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t end = lines.find('\n', pos);
    if (end == std::string::npos) end = lines.size();
    std::string line = lines.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty()) continue;
    // "  + …" adds, "  − …" removes.
    bool added = line.rfind("  +", 0) == 0;
    out += "    " + paint(added ? kGreen : kRed, line) + "\n";
  }
  return out;
}

}  // namespace

std::string WriteDiffText(const Alignment& alignment, const Document& old_doc,
                          const Document& new_doc, const DiffReportOptions& options) {
  const bool color = options.color;
  auto paint = [&](const char* code, const std::string& s) {
    return color ? std::string(code) + s + kReset : s;
  };
  std::string out;
  out += paint(kBold, "old: ") + Version(old_doc) + "\n";
  out += paint(kBold, "new: ") + Version(new_doc) + "\n";
  const AlignmentSummary& sum = alignment.summary;
  out += paint(kBold, "summary:");
  for (int i = 0; i < kChangeOpCount; ++i) {
    out += std::string(i == 0 ? " " : ", ") + std::to_string(sum.counts[static_cast<size_t>(i)]) +
           " " + ChangeOpName(static_cast<ChangeOp>(i));
  }
  if (sum.renumbered > 0) out += "; " + std::to_string(sum.renumbered) + " renumbered";
  out += "\n";
  for (const SectionNote& n : sum.sections_dropped) {
    out += "  section dropped: " + RefLabel(n.section) + " (" + std::to_string(n.task_count) +
           " tasks) " + Shorten(n.section.text, 100) + "\n";
  }
  for (const SectionNote& n : sum.sections_added) {
    out += "  section added: " + RefLabel(n.section) + " (" + std::to_string(n.task_count) +
           " tasks) " + Shorten(n.section.text, 100) + "\n";
  }
  if (!sum.coverage_note.empty()) out += "  note: " + sum.coverage_note + "\n";

  for (const Change& c : alignment.changes) {
    if (options.only_changes && c.op == ChangeOp::kUnchanged) continue;
    out += "\n";
    std::string head = ChangeOpName(c.op);
    const char* head_color = kBold;
    switch (c.op) {
      case ChangeOp::kAdded:
        head_color = kGreen;
        break;
      case ChangeOp::kDropped:
        head_color = kRed;
        break;
      case ChangeOp::kUnchanged:
        head_color = kDim;
        break;
      default:
        break;
    }
    if (c.section_task_count > 0) {
      head += " section (" + std::to_string(c.section_task_count) + " tasks)";
    }
    std::string where;
    if (!c.old_nodes.empty()) where += Labels(c.old_nodes);
    if (!c.old_nodes.empty() && !c.new_nodes.empty()) where += " → ";
    if (!c.new_nodes.empty()) where += Labels(c.new_nodes);
    out += paint(head_color, head) + "  " + where;
    if (!c.old_nodes.empty() && !c.new_nodes.empty() && c.op != ChangeOp::kUnchanged) {
      char sim[32];
      std::snprintf(sim, sizeof sim, "  similarity %.2f", c.similarity);
      out += sim;
    }
    if (c.op == ChangeOp::kMoved) out += "  (" + MoveExplanation(c) + ")";
    if (c.renumbered) out += "  (renumbered)";
    out += "\n";
    if (!c.redline.empty()) {
      std::string line = "    ";
      for (const RedlineSegment& seg : c.redline) {
        switch (seg.op) {
          case RedlineOp::kEqual:
            line += seg.text;
            break;
          case RedlineOp::kDelete:
            line +=
                color ? std::string(kRed) + kStrike + seg.text + kReset : "[-" + seg.text + "-]";
            break;
          case RedlineOp::kInsert:
            line += color ? std::string(kGreen) + seg.text + kReset : "{+" + seg.text + "+}";
            break;
        }
      }
      out += line + "\n";
    } else if (!c.old_nodes.empty() && !c.new_nodes.empty() && c.op != ChangeOp::kUnchanged) {
      // No word redline (e.g. a cross-language pair): both texts, old first.
      for (const NodeRef& r : c.old_nodes) {
        out += "    " + paint(kRed, "- ") + Shorten(r.text, options.max_text_chars) + "\n";
      }
      for (const NodeRef& r : c.new_nodes) {
        out += "    " + paint(kGreen, "+ ") + Shorten(r.text, options.max_text_chars) + "\n";
      }
    } else {
      const std::vector<NodeRef>& refs = c.new_nodes.empty() ? c.old_nodes : c.new_nodes;
      for (const NodeRef& r : refs) {
        std::string text = Shorten(r.text, options.max_text_chars);
        out += "    " +
               (c.op == ChangeOp::kDropped ? paint(kRed, text)
                : c.op == ChangeOp::kAdded ? paint(kGreen, text)
                                           : text) +
               "\n";
      }
    }
    if (c.concept_delta) out += DeltaLines(*c.concept_delta, paint);
  }
  return out;
}

}  // namespace congvan
