// The outline: a person's view of the tree. Tasks indented by depth, each with
// its marker (or '·' for an unnumbered paragraph), its text cut to one screen
// line, its source lines and how many portal notes it carries; non-task
// blocks listed after, by role.
#include <map>
#include <string>
#include <vector>

#include "congvan/writers.h"
#include "io/span_label.h"
#include "text/shorten.h"

namespace congvan {
namespace {

constexpr int kMaxTextCodePoints = 90;

std::string Shorten(std::string_view text) { return text::Shorten(text, kMaxTextCodePoints); }

// "→ amend khoản 2 Điều 5 (81/2018/NĐ-CP)": what an amending node changes.
std::string TargetLabel(const AmendmentTarget& t) {
  std::string out = "→";
  if (!t.action.empty()) out += " " + t.action;
  if (!t.point.empty()) out += " point " + t.point;
  if (t.clause > 0) out += " clause " + std::to_string(t.clause);
  if (!t.article.empty()) out += " article " + t.article;
  if (!t.section.empty()) out += " section " + t.section;
  if (!t.chapter.empty()) out += " chapter " + t.chapter;
  if (!t.part.empty()) out += " part " + t.part;
  if (!t.document.empty()) out += " of " + t.document;
  return out;
}

// Diagnostic kinds by the line they are reported on, shown beside the node.
using DiagnosticsByLine = std::map<int, std::vector<const Diagnostic*>>;

void WriteNode(const Node& n, int depth, const DiagnosticsByLine& diagnostics, std::string& out,
               const char* quote = "") {
  out += std::string(static_cast<size_t>(depth) * 2, ' ');
  out += quote;
  out += n.marker.empty() ? "·" : n.marker;
  out += " " + Shorten(n.text) + "  " + io::SpanLabel(n.spans);
  if (n.target()) out += "  " + TargetLabel(*n.target());
  if (!n.notes().empty())  // a portal's notes on it, in the JSON's "notes"
    out +=
        "  (" + std::to_string(n.notes().size()) + (n.notes().size() == 1 ? " note)" : " notes)");
  auto it = n.spans.empty() ? diagnostics.end() : diagnostics.find(n.spans.front().first);
  if (it != diagnostics.end()) {
    for (const Diagnostic* d : it->second) out += std::string("  !") + DiagnosticKindName(d->kind);
  }
  out += "\n";
  for (const Node& q : n.quoted()) WriteNode(q, depth + 1, diagnostics, out, "“ ");
  for (const Node& c : n.children) WriteNode(c, depth + 1, diagnostics, out, quote);
}

}  // namespace

std::string WriteOutline(const Document& doc) {
  std::string out;
  out += "# " + doc.source + " (" + LanguageCode(doc.language) + ")";
  if (!doc.meta.number.empty()) out += "  number " + doc.meta.number;
  if (!doc.meta.date.empty()) out += "  date " + doc.meta.date;
  if (doc.meta.year) out += "  year " + std::to_string(*doc.meta.year);
  out += "\n";
  if (!doc.meta.issuer.empty()) out += "# issuer: " + doc.meta.issuer + "\n";
  if (!doc.meta.kind.empty()) out += "# kind: " + doc.meta.kind + "\n";
  if (!doc.meta.title.empty()) out += "# title: " + Shorten(doc.meta.title) + "\n";
  int total = doc.TaskCount();
  out += "tasks: " + std::to_string(doc.tasks.size()) + " top-level, " + std::to_string(total) +
         " in all\n";
  DiagnosticsByLine by_line;
  for (const Diagnostic& d : doc.diagnostics) by_line[d.line].push_back(&d);
  for (const Node& n : doc.tasks) WriteNode(n, 1, by_line, out);
  out += "blocks:\n";
  for (const Block& b : doc.blocks) {
    out += "  <" + std::string(BlockRoleName(b.role)) + "> " + Shorten(b.text) + "  " +
           io::SpanLabel(b.spans) + "\n";
  }
  if (!doc.diagnostics.empty()) {
    out += "diagnostics:\n";
    for (const Diagnostic& d : doc.diagnostics) {
      out += "  " + std::to_string(d.line) + ": " + DiagnosticKindName(d.kind) + ": " + d.message +
             "\n";
    }
  }
  if (!doc.meta.references.empty()) {
    out += "references:\n";
    for (const Reference& r : doc.meta.references) {
      out += "  " + r.type + " " + r.number + (r.date.empty() ? "" : " (" + r.date + ")") + "  [" +
             std::to_string(r.line) + "]\n";
    }
  }
  return out;
}

}  // namespace congvan
