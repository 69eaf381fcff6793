// JSON for a parsed Document, following the contract in docs/DESIGN.md
// (field names are fixed; fields are only ever added).
//
// Two forms: DocumentToJson builds an nlohmann DOM (for API users who want to
// edit it), and WriteJson streams. A DOM costs about ten times the text it
// holds (a std::map per task) and a quarter of parse time went into building
// and escaping it, so WriteJson writes every field directly through
// io/json_stream.h, in nlohmann's pretty-print layout and key order. The DOM
// stays the reference: tests/io/json_writer_test.cc requires both to give the
// same bytes on every corpus text and fuzz input. WriteJsonLine writes the
// same members compact on one line (one record of a JSON Lines stream), in
// nlohmann's compact layout.
#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "congvan/writers.h"
#include "io/json_stream.h"
#include "io/json_task_glue.h"
#include "parse/signer.h"

namespace congvan {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json SpansJson(const LineSpans& spans) {
  json out = json::array();
  for (const LineSpan& s : spans) out.push_back({s.first, s.last});
  return out;
}

// A portal's notes on a provision or block: [{"line", "text"}].
json NotesJson(const std::vector<Note>& notes) {
  json out = json::array();
  for (const Note& note : notes) out.push_back({{"line", note.line}, {"text", note.text}});
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
  if (n.spans.cut()) j["line_bytes"] = {n.spans.from_byte(), n.spans.to_byte()};
  if (n.spans.size() > 1) j["spans"] = SpansJson(n.spans);
  if (!n.notes().empty()) j["notes"] = NotesJson(n.notes());
  return j;
}

json NodeJson(const Node& n);

// "5" is written as a number, "26a" as written. Nine digits at most, so
// std::stoi cannot overflow.
bool IsArticleNumber(const std::string& article) {
  return !article.empty() && article.size() <= 9 &&
         article.find_first_not_of("0123456789") == std::string::npos;
}

json TargetJson(const AmendmentTarget& t) {
  json j = json::object();
  if (!t.action.empty()) j["action"] = t.action;
  if (!t.part.empty()) j["part"] = t.part;
  if (!t.chapter.empty()) j["chapter"] = t.chapter;
  if (!t.section.empty()) j["section"] = t.section;
  if (!t.article.empty()) {
    // "5" as a number, "26a" as written.
    j["article"] = IsArticleNumber(t.article) ? json(std::stoi(t.article)) : json(t.article);
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
  if (n.target()) j["target"] = TargetJson(*n.target());
  if (!n.quoted().empty()) {
    j["quoted"] = json::array();
    for (const Node& q : n.quoted()) j["quoted"].push_back(NodeJson(q));
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
    out.push_back({{"kind", DiagnosticKindName(d.kind)},
                   {"line", d.line},
                   {"message", d.message},
                   {"expected", OrNull(d.expected)},
                   {"found", OrNull(d.found)}});
  }
  return out;
}

json MetaJson(const Metadata& m, const std::vector<parse::Signer>& signers) {
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
  meta["signers"] = json::array();
  for (const parse::Signer& signer : signers) {
    meta["signers"].push_back({{"capacity", signer.capacity}, {"name", OrNull(signer.name)}});
  }
  return meta;
}

json BlockJson(const Block& b) {
  json j;
  j["role"] = BlockRoleName(b.role);
  j["text"] = b.text;
  j["lines"] = {b.spans.front().first, b.spans.back().last};
  if (b.spans.cut()) j["line_bytes"] = {b.spans.from_byte(), b.spans.to_byte()};
  if (b.spans.size() > 1) j["spans"] = SpansJson(b.spans);
  if (!b.notes.empty()) j["notes"] = NotesJson(b.notes);
  return j;
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
  j["warnings"] = json::array();
  for (const Diagnostic& w : doc.source_info.warnings) j["warnings"].push_back(w.message);
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

// The direct writer: the same values as the DOM above, streamed with
// io_internal::JsonStream. nlohmann keeps object members sorted by key, so
// each object's members are written here in sorted order; only the top
// level and a task's "children" (after its fields) keep the order the
// streaming writer has always used.
using io_internal::JsonStream;

void StreamSpans(JsonStream& js, const LineSpans& spans) {
  js.BeginArray();
  for (const LineSpan& s : spans) js.Pair(s.first, s.last);
  js.EndArray();
}

// Where a place cut inside a line begins on its first line and ends on its
// last ("line_bytes": [from, to], to -1 for the line's end); nothing when
// it is not cut. "line_bytes" sorts before "lines".
void StreamLineBytes(JsonStream& js, const LineSpans& spans) {
  if (!spans.cut()) return;
  js.Key("line_bytes");
  js.Pair(spans.from_byte(), spans.to_byte());
}

void StreamTarget(JsonStream& js, const AmendmentTarget& t) {
  js.BeginObject();
  if (!t.action.empty()) {
    js.Key("action");
    js.String(t.action);
  }
  if (!t.article.empty()) {
    js.Key("article");
    if (IsArticleNumber(t.article)) {
      js.Int(std::stoi(t.article));
    } else {
      js.String(t.article);
    }
  }
  if (!t.chapter.empty()) {
    js.Key("chapter");
    js.String(t.chapter);
  }
  if (t.clause > 0) {
    js.Key("clause");
    js.Int(t.clause);
  }
  if (!t.document.empty()) {
    js.Key("document");
    js.String(t.document);
  }
  if (!t.part.empty()) {
    js.Key("part");
    js.String(t.part);
  }
  if (!t.point.empty()) {
    js.Key("point");
    js.String(t.point);
  }
  if (!t.section.empty()) {
    js.Key("section");
    js.String(t.section);
  }
  js.EndObject();
}

// Where "children" goes among a node's keys: last for the tasks (the order
// WriteJson always had), first (sorted) for quoted provisions, which were
// DOM values.
enum class ChildrenKey { kFirst, kLast };

void StreamNode(JsonStream& js, const Node& n, ChildrenKey children_key);

void StreamChildren(JsonStream& js, const Node& n, ChildrenKey children_key) {
  js.Key("children");
  js.BeginArray();
  for (const Node& c : n.children) StreamNode(js, c, children_key);
  js.EndArray();
}

void StreamNotes(JsonStream& js, const std::vector<Note>& notes) {
  js.BeginArray();
  for (const Note& note : notes) {
    js.BeginObject();
    js.Key("line");
    js.Int(note.line);
    js.Key("text");
    js.String(note.text);
    js.EndObject();
  }
  js.EndArray();
}

// A task's members before "children", in nlohmann's (sorted) key order.
void StreamTaskMembers(JsonStream& js, const Node& n) {
  if (!n.level.empty()) {
    js.Key("level");
    js.String(n.level);
  }
  StreamLineBytes(js, n.spans);
  LineSpan all = n.lines();
  js.Key("lines");
  js.Pair(all.first, all.last);
  js.Key("marker");
  js.StringOrNull(n.marker);
  if (!n.notes().empty()) {
    js.Key("notes");
    StreamNotes(js, n.notes());
  }
  js.Key("ordinal");
  if (n.ordinal) {
    js.Int(*n.ordinal);
  } else {
    js.Null();
  }
  js.Key("path");
  js.String(n.path);
  if (!n.quoted().empty()) {
    js.Key("quoted");
    js.BeginArray();
    for (const Node& q : n.quoted()) StreamNode(js, q, ChildrenKey::kFirst);
    js.EndArray();
  }
  if (n.spans.size() > 1) {
    js.Key("spans");
    StreamSpans(js, n.spans);
  }
  js.Key("style");
  js.StringOrNull(n.style);
  if (n.target()) {
    js.Key("target");
    StreamTarget(js, *n.target());
  }
  js.Key("text");
  js.String(n.text);
}

// A task without notes, quoted provisions, a second span or a target:
// nearly every task of a law. Its strings are read once (an interned name
// is a call away); path is a view of a CompactString, so sixteen bytes are
// readable at it when it is shorter than that, and so is a marker held
// inline (a ShortString of up to seven bytes, members of the Node after it);
// a longer marker is an exact-size heap block and goes the ordinary way.
struct PlainTask {
  std::string_view level, marker, path, style, text;
};

// An interned name as a view; the empty name (most tasks' level, a plain
// paragraph's style) without a call into the process's name table.
std::string_view NameOf(const InternedName& name) {
  return name.empty() ? std::string_view() : std::string_view(name);
}

// A place cut out of a line is not plain: its "line_bytes" go the ordinary way.
bool IsPlainTask(const Node& n) {
  return n.spans.size() <= 1 && !n.spans.cut() && n.notes().empty() && n.quoted().empty() &&
         !n.target();
}

// The most a plain task writes before its children (a leaf's empty
// "children" and its end included): a separator and the eleven pieces of
// io/json_task_glue.h, two integers, five strings (two of them copied as
// sixteen bytes, JsonCursor::StringWithin16).
size_t PlainTaskRoom(const PlainTask& t, int depth, bool compact) {
  using io_internal::JsonCursor;
  const size_t strings =
      t.level.size() + t.marker.size() + t.path.size() + t.style.size() + t.text.size();
  return JsonCursor::SeparatorRoom(depth, compact) + 11 * io_internal::JsonGlue::kBytes +
         3 * JsonCursor::kIntRoom + JsonCursor::StringRoom(strings) +
         4 * JsonCursor::StringRoom(0) + 2 * 16;
}

// A plain task whose members' depth has glue (io/json_task_glue.h): its
// members and "children" through one cursor, the pieces between its values
// copied whole — a leaf's empty array and its end included —, then its
// children through the stream. False (nothing written) when there is no
// glue that deep or its room is more than a cursor takes; StreamNode then
// writes it member by member, the same bytes (tests/io/json_writer_test.cc).
bool StreamPlainTask(JsonStream& js, const Node& n) {
  if (!IsPlainTask(n)) return false;
  using io_internal::TaskGlue;
  using After = io_internal::JsonCursor::AfterGlue;
  const io_internal::JsonGlue* glue = io_internal::TaskGlueAt(js.depth() + 1, js.compact());
  if (glue == nullptr) return false;
  const PlainTask t{NameOf(n.level), n.marker, n.path, NameOf(n.style), n.text};
  const size_t room = PlainTaskRoom(t, js.depth(), js.compact());
  if (room > JsonStream::kMaxCursorRoom) return false;
  const auto piece = [glue](TaskGlue g) -> const io_internal::JsonGlue& {
    return glue[static_cast<size_t>(g)];
  };
  io_internal::JsonCursor c = js.Open(room);
  c.BeforeValue();  // the separator before the task's "{"
  if (t.level.empty()) {
    c.Glue(piece(TaskGlue::kOpenLines), 2, After::kValueNext);
  } else {
    c.Glue(piece(TaskGlue::kOpenLevel), 1, After::kValueNext);
    c.String(t.level);
    c.Glue(piece(TaskGlue::kLevelLines), 1, After::kValueNext);
  }
  const LineSpan all = n.lines();
  c.Int(all.first);
  c.Glue(piece(TaskGlue::kPairMiddle), 0, After::kValueNext);
  c.Int(all.last);
  c.Glue(piece(TaskGlue::kPairEndMarker), -1, After::kValueNext);
  if (t.marker.empty()) {
    c.Null();
  } else if (t.marker.size() <= ShortString::kInlineCapacity) {
    c.StringWithin16(t.marker);  // inline in the Node: sixteen bytes of it readable
  } else {
    c.String(t.marker);  // an exact-size heap block (ShortString): no bytes past it
  }
  c.Glue(piece(TaskGlue::kOrdinal), 0, After::kValueNext);
  if (n.ordinal) {
    c.Int(*n.ordinal);
  } else {
    c.Null();
  }
  c.Glue(piece(TaskGlue::kPath), 0, After::kValueNext);
  c.StringWithin16(t.path);
  c.Glue(piece(TaskGlue::kStyle), 0, After::kValueNext);
  c.StringOrNull(t.style);
  c.Glue(piece(TaskGlue::kText), 0, After::kValueNext);
  c.String(t.text);
  c.Glue(piece(TaskGlue::kChildren), 1, After::kEmptyContainer);
  if (n.children.empty()) {
    c.Glue(piece(TaskGlue::kLeafEnd), -2, After::kValueDone);
    js.Close(c);
    return true;
  }
  js.Close(c);
  for (const Node& child : n.children) {
    if (!StreamPlainTask(js, child)) StreamNode(js, child, ChildrenKey::kLast);
  }
  js.EndArray();
  js.EndObject();
  return true;
}

void StreamNode(JsonStream& js, const Node& n, ChildrenKey children_key) {
  if (children_key == ChildrenKey::kLast && StreamPlainTask(js, n)) return;
  js.BeginObject();
  if (children_key == ChildrenKey::kFirst) StreamChildren(js, n, children_key);
  StreamTaskMembers(js, n);
  if (children_key == ChildrenKey::kLast) StreamChildren(js, n, children_key);
  js.EndObject();
}

void StreamDiagnostics(JsonStream& js, const std::vector<Diagnostic>& diagnostics) {
  js.BeginArray();
  for (const Diagnostic& d : diagnostics) {
    js.BeginObject();
    js.Key("expected");
    js.StringOrNull(d.expected);
    js.Key("found");
    js.StringOrNull(d.found);
    js.Key("kind");
    js.String(DiagnosticKindName(d.kind));
    js.Key("line");
    js.Int(d.line);
    js.Key("message");
    js.String(d.message);
    js.EndObject();
  }
  js.EndArray();
}

void StreamMeta(JsonStream& js, const Metadata& m, const std::vector<parse::Signer>& signers) {
  js.BeginObject();
  js.Key("date");
  js.StringOrNull(m.date);
  js.Key("issuer");
  js.StringOrNull(m.issuer);
  js.Key("kind");
  js.StringOrNull(m.kind);
  js.Key("number");
  js.StringOrNull(m.number);
  js.Key("references");
  js.BeginArray();
  for (const Reference& r : m.references) {
    js.BeginObject();
    js.Key("date");
    js.StringOrNull(r.date);
    js.Key("line");
    js.Int(r.line);
    js.Key("number");
    js.String(r.number);
    js.Key("text");
    js.String(r.text);
    js.Key("type");
    js.String(r.type);
    js.EndObject();
  }
  js.EndArray();
  js.Key("signers");
  js.BeginArray();
  for (const parse::Signer& signer : signers) {
    js.BeginObject();
    js.Key("capacity");
    js.BeginArray();
    for (const std::string& line : signer.capacity) js.String(line);
    js.EndArray();
    js.Key("name");
    js.StringOrNull(signer.name);
    js.EndObject();
  }
  js.EndArray();
  js.Key("title");
  js.StringOrNull(m.title);
  js.Key("year");
  if (m.year) {
    js.Int(*m.year);
  } else {
    js.Null();
  }
  js.EndObject();
}

void StreamBlock(JsonStream& js, const Block& b) {
  js.BeginObject();
  StreamLineBytes(js, b.spans);
  js.Key("lines");
  js.Pair(b.spans.front().first, b.spans.back().last);
  if (!b.notes.empty()) {
    js.Key("notes");
    StreamNotes(js, b.notes);
  }
  js.Key("role");
  js.String(BlockRoleName(b.role));
  if (b.spans.size() > 1) {
    js.Key("spans");
    StreamSpans(js, b.spans);
  }
  js.Key("text");
  js.String(b.text);
  js.EndObject();
}

void StreamSource(JsonStream& js, const Document& doc) {
  const SourceInfo& info = doc.source_info;
  js.BeginObject();
  js.Key("encoding");
  js.String(info.encoding);
  js.Key("format");
  js.String(info.format);
  if (!info.origins.empty()) {
    js.Key("map");
    js.BeginArray();
    for (const OriginRun& run : info.origins) {
      js.BeginObject();
      if (!run.origin.element.empty()) {
        js.Key("element");
        js.String(run.origin.element);
      }
      js.Key("lines");
      js.Pair(run.first_line, run.last_line);
      if (run.origin.page) {
        js.Key("page");
        js.Int(run.origin.page);
      }
      if (run.origin.paragraph) {
        js.Key("paragraph");
        js.Int(run.origin.paragraph);
      }
      js.EndObject();
    }
    js.EndArray();
  }
  js.Key("path");
  js.String(doc.source);
  js.Key("warnings");
  js.BeginArray();
  for (const Diagnostic& w : info.warnings) js.String(w.message);
  js.EndArray();
  js.EndObject();
}

}  // namespace

nlohmann::json DocumentToJson(const Document& doc) {
  json j;
  j["source"] = SourceJson(doc);
  j["language"] = LanguageCode(doc.language);
  j["meta"] = MetaJson(doc.meta, parse::ReadSigners(doc));
  j["blocks"] = json::array();
  for (const Block& b : doc.blocks) j["blocks"].push_back(BlockJson(b));
  j["tasks"] = json::array();
  for (const Node& n : doc.tasks) j["tasks"].push_back(NodeJson(n));
  j["diagnostics"] = DiagnosticsJson(doc.diagnostics);
  return j;
}

namespace {

void StreamDocument(const Document& doc, std::ostream& out, bool compact) {
  io_internal::JsonStream js(out, compact);
  js.BeginObject();
  js.Key("source");
  StreamSource(js, doc);
  js.Key("language");
  js.String(LanguageCode(doc.language));
  js.Key("meta");
  StreamMeta(js, doc.meta, parse::ReadSigners(doc));
  js.Key("blocks");
  js.BeginArray();
  for (const Block& b : doc.blocks) StreamBlock(js, b);
  js.EndArray();
  js.Key("tasks");
  js.BeginArray();
  for (const Node& n : doc.tasks) StreamNode(js, n, ChildrenKey::kLast);
  js.EndArray();
  js.Key("diagnostics");
  StreamDiagnostics(js, doc.diagnostics);
  js.EndObject();
  js.Raw("\n");
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
