// JSON for a parsed Document, following the contract in docs/DESIGN.md
// (field names are fixed; fields are only ever added).
//
// Two forms: DocumentToJson builds an nlohmann DOM (for API users who want to
// edit it), and WriteJson streams. A DOM costs about ten times the text it
// holds (a std::map per task), so streaming is what keeps parsing a 100 MB
// document within a few times its size: each task's own fields become a
// small DOM that nlohmann serialises (all escaping is nlohmann's), and only
// the object/array framing between them is written here, in nlohmann's
// pretty-print layout — or compact on one line (WriteJsonLine, one record of a
// JSON Lines stream): the same members in the same order, in nlohmann's
// compact layout.
#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>

#include "congvan/writers.h"
#include "io/json_stream.h"

namespace congvan {
namespace {

using nlohmann::json;
using io_internal::JsonStream;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json SpansJson(const std::vector<LineSpan>& spans) {
  json out = json::array();
  for (const LineSpan& s : spans) out.push_back({s.first, s.last});
  return out;
}

// A node's own fields, without "children".
json NodeFields(const Node& n) {
  json j;
  j["path"] = n.path;
  j["marker"] = OrNull(n.marker);
  j["ordinal"] = n.ordinal ? json(*n.ordinal) : json(nullptr);
  j["style"] = OrNull(n.style);
  if (!n.level.empty()) j["level"] = n.level;
  j["text"] = n.text;
  LineSpan all = n.lines();
  j["lines"] = {all.first, all.last};
  if (n.spans.size() > 1) j["spans"] = SpansJson(n.spans);
  return j;
}

json NodeJson(const Node& n);

json TargetJson(const AmendmentTarget& t) {
  json j = json::object();
  if (!t.action.empty()) j["action"] = t.action;
  if (!t.part.empty()) j["part"] = t.part;
  if (!t.chapter.empty()) j["chapter"] = t.chapter;
  if (!t.section.empty()) j["section"] = t.section;
  if (!t.article.empty()) {
    // "5" as a number, "26a" as written.
    bool digits = t.article.find_first_not_of("0123456789") == std::string::npos;
    j["article"] = digits ? json(std::stoi(t.article)) : json(t.article);
  }
  if (t.clause > 0) j["clause"] = t.clause;
  if (!t.point.empty()) j["point"] = t.point;
  if (!t.document.empty()) j["document"] = t.document;
  return j;
}

// A node's own fields plus what an amending node carries: its target and the
// provisions it quotes (a small tree of their own).
json NodeFieldsWithAmendment(const Node& n) {
  json j = NodeFields(n);
  if (n.target) j["target"] = TargetJson(*n.target);
  if (!n.quoted.empty()) {
    j["quoted"] = json::array();
    for (const Node& q : n.quoted) j["quoted"].push_back(NodeJson(q));
  }
  return j;
}

json NodeJson(const Node& n) {
  json j = NodeFieldsWithAmendment(n);
  j["children"] = json::array();
  for (const Node& c : n.children) j["children"].push_back(NodeJson(c));
  return j;
}

json DiagnosticsJson(const std::vector<Diagnostic>& diagnostics) {
  json out = json::array();
  for (const Diagnostic& d : diagnostics) {
    out.push_back({{"kind", d.kind},
                   {"line", d.line},
                   {"message", d.message},
                   {"expected", OrNull(d.expected)},
                   {"found", OrNull(d.found)}});
  }
  return out;
}

json MetaJson(const Metadata& m) {
  json meta;
  meta["title"] = OrNull(m.title);
  meta["kind"] = OrNull(m.kind);
  meta["number"] = OrNull(m.number);
  meta["date"] = OrNull(m.date);
  meta["issuer"] = OrNull(m.issuer);
  meta["year"] = m.year ? json(*m.year) : json(nullptr);
  meta["references"] = json::array();
  for (const Reference& r : m.references) {
    meta["references"].push_back({{"type", r.type},
                                  {"number", r.number},
                                  {"date", OrNull(r.date)},
                                  {"text", r.text},
                                  {"line", r.line}});
  }
  return meta;
}

json BlockJson(const Block& b) {
  json j;
  j["role"] = BlockRoleName(b.role);
  j["text"] = b.text;
  j["lines"] = {b.spans.front().first, b.spans.back().last};
  if (b.spans.size() > 1) j["spans"] = SpansJson(b.spans);
  return j;
}

void StreamNode(JsonStream& js, const Node& n) {
  js.BeginObject();
  js.Members(NodeFieldsWithAmendment(n));
  js.Key("children");
  js.BeginArray();
  for (const Node& c : n.children) {
    js.Element();
    StreamNode(js, c);
  }
  js.EndArray();
  js.EndObject();
}

// Where the document came from and how it was read: the path, the reader's
// format and encoding, its warnings, and the map from extracted lines back
// to pages, paragraphs or elements (absent for plain text, where line n is
// line n of the file).
json SourceJson(const Document& doc) {
  json j;
  j["path"] = doc.source;
  j["format"] = doc.source_info.format;
  j["encoding"] = doc.source_info.encoding;
  j["warnings"] = doc.source_info.warnings;
  if (!doc.source_info.origins.empty()) {
    json map = json::array();
    for (const OriginRun& run : doc.source_info.origins) {
      json r;
      r["lines"] = {run.first_line, run.last_line};
      if (run.origin.page) r["page"] = run.origin.page;
      if (run.origin.paragraph) r["paragraph"] = run.origin.paragraph;
      if (!run.origin.element.empty()) r["element"] = run.origin.element;
      map.push_back(std::move(r));
    }
    j["map"] = std::move(map);
  }
  return j;
}

}  // namespace

nlohmann::json DocumentToJson(const Document& doc) {
  json j;
  j["source"] = SourceJson(doc);
  j["language"] = LanguageCode(doc.language);
  j["meta"] = MetaJson(doc.meta);
  j["blocks"] = json::array();
  for (const Block& b : doc.blocks) j["blocks"].push_back(BlockJson(b));
  j["tasks"] = json::array();
  for (const Node& n : doc.tasks) j["tasks"].push_back(NodeJson(n));
  j["diagnostics"] = DiagnosticsJson(doc.diagnostics);
  return j;
}

namespace {

void StreamDocument(const Document& doc, std::ostream& out, bool compact) {
  JsonStream js(out, compact);
  js.BeginObject();
  js.Key("source");
  js.Value(SourceJson(doc));
  js.Key("language");
  js.Value(LanguageCode(doc.language));
  js.Key("meta");
  js.Value(MetaJson(doc.meta));
  js.Key("blocks");
  js.BeginArray();
  for (const Block& b : doc.blocks) {
    js.Element();
    js.Value(BlockJson(b));
  }
  js.EndArray();
  js.Key("tasks");
  js.BeginArray();
  for (const Node& n : doc.tasks) {
    js.Element();
    StreamNode(js, n);
  }
  js.EndArray();
  js.Key("diagnostics");
  js.Value(DiagnosticsJson(doc.diagnostics));
  js.EndObject();
  out << "\n";
}

}  // namespace

void WriteJson(const Document& doc, std::ostream& out) { StreamDocument(doc, out, false); }

void WriteJsonLine(const Document& doc, std::ostream& out) { StreamDocument(doc, out, true); }

std::string WriteJson(const Document& doc) {
  std::ostringstream out;
  WriteJson(doc, out);
  return out.str();
}

}  // namespace congvan
