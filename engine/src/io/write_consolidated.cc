// Writers of a consolidated text (congvan/consolidate.h).
//
// Text: laid out as a consolidated text reads — the base's title, a line
// saying this is a preview and what it consolidates, the preamble, every
// provision on its own line as "marker text" with its note marks ("[2]"),
// the closing and signature blocks, then the notes and the instructions not
// applied. Page furniture of the base (running headers, page numbers, web
// page text) is left out; everything else is the base's own wording.
// JSON: the same content as data, the tree in the parse output's Node format
// (with "notes"), built with nlohmann.
#include <nlohmann/json.hpp>
#include <sstream>

#include "congvan/consolidate.h"
#include "congvan/writers.h"
#include "consolidate/provisions.h"

namespace congvan {
namespace {

bool Before(BlockRole r) {
  return r == BlockRole::kTitle || r == BlockRole::kLead || r == BlockRole::kPreamble;
}

bool After(BlockRole r) {
  return r == BlockRole::kClosing || r == BlockRole::kSignature || r == BlockRole::kAnnex;
}

void WriteNodes(std::span<const Node> nodes, const Consolidation& c, std::ostream& out) {
  for (const Node& n : nodes) {
    out << n.marker << (n.marker.empty() || n.text.empty() ? "" : " ") << n.text;
    auto notes = c.notes.find(n.path);
    if (notes != c.notes.end()) {
      for (int note : notes->second) out << " [" << note << "]";
    }
    out << "\n";
    WriteNodes(n.children, c, out);
  }
}

// Adds "notes" to the JSON of every node that has some.
void AddNotes(nlohmann::json& nodes, const Consolidation& c) {
  for (nlohmann::json& n : nodes) {
    auto notes = c.notes.find(n.value("path", ""));
    if (notes != c.notes.end()) n["notes"] = notes->second;
    AddNotes(n["children"], c);
  }
}

int FirstTaskLine(const Document& d) {
  int first = 0;
  ForEachTask(d.tasks, [&](const Node& n, int, const Node*) {
    int line = n.lines().first;
    if (line > 0 && (first == 0 || line < first)) first = line;
  });
  return first;
}

}  // namespace

std::string WriteConsolidatedText(const Consolidation& c, const Grammar& grammar) {
  std::ostringstream out;
  const Document& d = c.document;
  int first_task = FirstTaskLine(d);
  auto starts_before = [&](const Block& b) {
    return !b.spans.empty() && (first_task == 0 || b.spans.front().first < first_task);
  };
  for (const Block& b : d.blocks) {
    if (Before(b.role) && starts_before(b)) out << b.text << "\n";
  }
  std::string amending;
  for (const Document& a : c.amending)
    amending += (amending.empty() ? "" : "; ") + consolidate::CiteDocument(a, grammar);
  out << "\n"
      << consolidate::Fill(
             grammar, "preview-head",
             {{"base", consolidate::CiteDocument(d, grammar)}, {"amending", amending}})
      << "\n\n";
  WriteNodes(d.tasks, c, out);
  out << "\n";
  for (const Block& b : d.blocks) {
    if (After(b.role) && !starts_before(b)) out << b.text << "\n";
  }
  out << "\n" << consolidate::Phrase(grammar, "notes-head") << ":\n";
  for (const ConsolidationChange& a : c.applied) {
    if (a.note_number > 0) out << "[" << a.note_number << "] " << a.note << "\n";
  }
  if (!c.unapplied.empty()) {
    out << "\n" << consolidate::Phrase(grammar, "unapplied-head") << ":\n";
    for (const ConsolidationChange& u : c.unapplied) {
      out << "- " << u.source << ":" << u.line << ": " << u.provision
          << (u.provision.empty() ? "" : ": ") << u.instruction << " — " << u.reason << "\n";
    }
  }
  return out.str();
}

namespace {

nlohmann::json ChangeJson(const ConsolidationChange& ch) {
  nlohmann::json j = {{"operation", ch.operation},    {"target", ch.target},
                      {"document", ch.document},      {"source", ch.source},
                      {"provision", ch.provision},    {"line", ch.line},
                      {"instruction", ch.instruction}};
  if (ch.reason.empty()) {
    j["note"] = ch.note;
    j["note_number"] = ch.note_number;
  } else {
    j["reason"] = ch.reason;
  }
  return j;
}

nlohmann::json DocumentRef(const Document& d) {
  return {{"source", d.source}, {"number", d.meta.number}, {"kind", d.meta.kind}};
}

}  // namespace

void WriteConsolidatedJson(const Consolidation& c, std::ostream& out) {
  nlohmann::json j;
  j["base"] = DocumentRef(c.document);
  j["amending"] = nlohmann::json::array();
  for (const Document& a : c.amending) j["amending"].push_back(DocumentRef(a));
  j["tasks"] = DocumentToJson(c.document)["tasks"];
  AddNotes(j["tasks"], c);
  j["notes"] = nlohmann::json::array();
  for (const ConsolidationChange& a : c.applied) {
    if (a.note_number > 0) j["notes"].push_back({{"number", a.note_number}, {"text", a.note}});
  }
  j["applied"] = nlohmann::json::array();
  for (const ConsolidationChange& a : c.applied) j["applied"].push_back(ChangeJson(a));
  j["unapplied"] = nlohmann::json::array();
  for (const ConsolidationChange& u : c.unapplied) j["unapplied"].push_back(ChangeJson(u));
  out << j.dump(2) << "\n";
}

}  // namespace congvan
