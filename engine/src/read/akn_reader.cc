// Reading Akoma Ntoso 3.0 (read/akn_reader.h).
//
// Approach: the AKN tree is the document tree, so it is walked, not
// flattened to text and parsed again — re-parsing would have to rediscover
// what the markup already says, and would lose what the parser decided
// against the text's own layout (a marker read through OCR damage, a
// paragraph joined across a page break). One hierarchy element is one node
// (io/write_akn.cc writes it so); a <list> without a number of its own only
// groups its items. Text is the <heading> of a division, else the <p>s of
// <intro>/<content>; a <p> holding <mod><quotedStructure> holds the quoted
// provisions. When congvan wrote the file, its proprietary record and its
// attributes (io/akn_vocabulary.h) give back what AKN has no place for:
// paths, ordinals, styles, source lines, the metadata as parsed,
// diagnostics. AKN from elsewhere gets ordinals and styles from the
// grammar's reading of <num>, paths from them, lines numbered in document
// order, and metadata from FRBR. Names are compared without namespace
// prefixes, so <akn:article> reads as <article>.
#include "read/akn_reader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <span>

#include "congvan/grammar.h"
#include "io/akn_inline.h"
#include "io/akn_vocabulary.h"
#include "model/tree_depth.h"

namespace congvan::read {
namespace {

using akn::LocalName;

constexpr std::array<std::string_view, 28> kHierarchyElements = {
    "clause",   "section",     "part",      "paragraph",  "chapter", "title",        "article",
    "book",     "tome",        "division",  "list",       "point",   "indent",       "alinea",
    "rule",     "subrule",     "proviso",   "subsection", "subpart", "subparagraph", "subchapter",
    "subtitle", "subdivision", "subclause", "sublist",    "level",   "transitional", "hcontainer"};

bool IsHierarchy(std::string_view local) {
  return std::find(kHierarchyElements.begin(), kHierarchyElements.end(), local) !=
         kHierarchyElements.end();
}

pugi::xml_node Child(pugi::xml_node e, std::string_view local) {
  for (pugi::xml_node c : e.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) return c;
  }
  return {};
}

// The topmost <p>s under `e`, in document order (through containers such
// as <longTitle>, <formula>, <citations>, <blockContainer>).
void TopParagraphs(pugi::xml_node e, int depth, std::vector<pugi::xml_node>* out) {
  if (depth > akn::kMaxInlineDepth) return;
  for (pugi::xml_node c : e.children()) {
    if (c.type() != pugi::node_element) continue;
    if (LocalName(c.name()) == "p") {
      out->push_back(c);
    } else {
      TopParagraphs(c, depth + 1, out);
    }
  }
}

// The <quotedStructure> a paragraph holds, if any.
pugi::xml_node QuotedStructure(pugi::xml_node p) {
  pugi::xml_node mod = Child(p, "mod");
  return mod ? Child(mod, "quotedStructure") : pugi::xml_node();
}

std::optional<BlockRole> RoleFromName(std::string_view name) {
  for (int r = 0; r <= static_cast<int>(BlockRole::kFurniture); ++r) {
    BlockRole role = static_cast<BlockRole>(r);
    if (name == BlockRoleName(role)) return role;
  }
  return std::nullopt;
}

std::optional<int> ToInt(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int LineCount(std::string_view text) {
  return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

class AknReader {
 public:
  AknReader(std::string_view bytes, const std::string& source, const ParseOptions& options)
      : bytes_(bytes), options_(options) {
    doc_.source = source;
    doc_.source_info.format = "akn";
    doc_.source_info.encoding = "utf-8";
  }

  Result<Document> Read();

 private:
  Status Error(const std::string& message, pugi::xml_node at = {}) const;
  Status ErrorAtOffset(const std::string& message, std::ptrdiff_t offset) const;
  const char* Cv(pugi::xml_node e, const char* name) const;
  pugi::xml_attribute CvAttribute(pugi::xml_node e, const char* name) const;
  std::string Text(pugi::xml_node e) const { return akn::InlineText(e, !congvan_); }
  void FindCongvanPrefix(pugi::xml_node root);
  Status ReadRecord(pugi::xml_node record);
  void ReadRecordMetadata(pugi::xml_node record);
  void ReadFrbr(pugi::xml_node meta);
  Status ReadLanguage(pugi::xml_node meta);
  Status ReadSpans(pugi::xml_node e, std::string_view text, bool may_be_empty, LineSpans* spans);
  Status ReadBlocks(pugi::xml_node container, BlockRole fallback);
  Status ReadNodes(pugi::xml_node parent, int level, std::vector<Node>* out);
  Status ReadNode(pugi::xml_node e, int depth, Node* n);
  Status ReadTextBlocks(pugi::xml_node e, int depth, Node* n, std::vector<std::string>* texts);
  Status ReadNodeAttributes(pugi::xml_node e, Node* n) const;
  Node UnnumberedNode(const std::string& text);
  void AssignForeignPaths(std::span<Node> nodes, const std::string& parent_path);
  std::string ReadMarker(Node* n) const;

  std::string_view bytes_;
  const ParseOptions& options_;
  Document doc_;
  std::string cv_prefix_;      // "cv:" as the file binds congvan's namespace; empty if unbound
  bool congvan_ = false;       // written by congvan: its proprietary record is there
  int next_line_ = 1;          // lines of AKN from elsewhere, numbered in document order
  bool in_quotation_ = false;  // reading a quotation's provisions (ReadTextBlocks)
  // Portal notes from congvan's record, attached once the tree is read.
  std::map<int, std::vector<Note>> block_notes_;  // by the block's first line
  std::map<int, std::vector<Note>> node_notes_;   // by the node's index in record order
  Status AttachNotes(pugi::xml_node record);
  std::shared_ptr<const Grammar> grammar_;
};

Status AknReader::ErrorAtOffset(const std::string& message, std::ptrdiff_t offset) const {
  Location where;
  where.file = doc_.source;
  if (offset >= 0 && static_cast<size_t>(offset) <= bytes_.size()) {
    std::string_view before = bytes_.substr(0, static_cast<size_t>(offset));
    where.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    size_t line_start = before.rfind('\n');
    where.column = static_cast<int>(offset) -
                   (line_start == std::string_view::npos ? -1 : static_cast<int>(line_start));
  }
  return Status::Error(StatusCode::kInvalidInput, message, where);
}

Status AknReader::Error(const std::string& message, pugi::xml_node at) const {
  return ErrorAtOffset(message, at ? at.offset_debug() : -1);
}

pugi::xml_attribute AknReader::CvAttribute(pugi::xml_node e, const char* name) const {
  if (cv_prefix_.empty()) return {};
  return e.attribute((cv_prefix_ + name).c_str());
}

const char* AknReader::Cv(pugi::xml_node e, const char* name) const {
  return CvAttribute(e, name).value();
}

void AknReader::FindCongvanPrefix(pugi::xml_node root) {
  for (pugi::xml_attribute a : root.attributes()) {
    std::string_view name = a.name();
    if (name.substr(0, 6) == "xmlns:" && std::string_view(a.value()) == akn::kCongvanNamespace) {
      cv_prefix_ = std::string(name.substr(6)) + ":";
    }
  }
}

Result<Document> AknReader::Read() {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_buffer(bytes_.data(), bytes_.size());
  if (!parsed) {
    return ErrorAtOffset(std::string("not well-formed XML: ") + parsed.description(),
                         parsed.offset);
  }
  pugi::xml_node root = xml.document_element();
  if (LocalName(root.name()) != "akomaNtoso") {
    return Error("not an Akoma Ntoso document (the root element is <" + std::string(root.name()) +
                     ">, not <akomaNtoso>)",
                 root);
  }
  FindCongvanPrefix(root);
  pugi::xml_node document = root.find_child(
      [](pugi::xml_node c) { return c.type() == pugi::node_element && Child(c, "meta"); });
  if (!document) return Error("no document with <meta> inside <akomaNtoso>", root);
  pugi::xml_node meta = Child(document, "meta");
  pugi::xml_node record = Child(meta, "proprietary").child((cv_prefix_ + "document").c_str());
  congvan_ = !cv_prefix_.empty() && record;
  if (congvan_) {
    if (Status s = ReadRecord(record); !s.ok()) return s;
  } else {
    ReadFrbr(meta);
  }
  if (Status s = ReadBlocks(Child(document, "preface"), BlockRole::kHeader); !s.ok()) return s;
  if (Status s = ReadBlocks(Child(document, "preamble"), BlockRole::kPreamble); !s.ok()) return s;
  pugi::xml_node body = Child(document, "body");
  if (!body) body = Child(document, "mainBody");
  if (!body)
    return Error("no <body> or <mainBody> in <" + std::string(document.name()) + ">", document);
  if (Status s = ReadNodes(body, 1, &doc_.tasks); !s.ok()) return s;
  if (Status s = ReadBlocks(Child(document, "conclusions"), BlockRole::kClosing); !s.ok()) return s;
  std::stable_sort(doc_.blocks.begin(), doc_.blocks.end(), [](const Block& a, const Block& b) {
    return a.spans.front().first < b.spans.front().first;
  });
  if (Status s = ReadLanguage(meta); !s.ok()) return s;
  if (!congvan_) AssignForeignPaths(doc_.tasks, "");
  if (Status s = AttachNotes(root); !s.ok()) return s;
  doc_.line_count = std::max(doc_.line_count, next_line_ - 1);
  // Hand-edited line attributes must still give every line one owner, as a
  // parse does (the lossless property every writer and the aligner assume).
  if (std::string problem = CheckLossless(doc_); !problem.empty()) {
    return Error("the " + cv_prefix_ + "lines attributes do not fit together: " + problem, root);
  }
  return std::move(doc_);
}

// Every note of the record goes to the block or provision it names; a note
// naming neither (a hand-edited record) is an error, never dropped.
Status AknReader::AttachNotes(pugi::xml_node root) {
  for (Block& b : doc_.blocks) {
    auto it = block_notes_.find(b.spans.front().first);
    if (it == block_notes_.end()) continue;
    b.notes = std::move(it->second);
    block_notes_.erase(it);
  }
  int index = 0;
  akn::ForEachNodeInRecordOrder(doc_.tasks, [&](Node& n) {
    auto it = node_notes_.find(index++);
    if (it == node_notes_.end()) return;
    n.mutable_notes() = std::move(it->second);
    node_notes_.erase(it);
  });
  if (!block_notes_.empty() || !node_notes_.empty()) {
    return Error("a note in congvan's record names no block or provision of the document", root);
  }
  return Status::Ok();
}

Status AknReader::ReadRecord(pugi::xml_node record) {
  auto lines = ToInt(record.attribute("lineCount").value());
  if (!lines || *lines < 0) return Error("bad lineCount in congvan's record", record);
  doc_.line_count = *lines;
  next_line_ = *lines + 1;
  std::string_view blanks = record.attribute("blankLines").value();
  while (!blanks.empty()) {
    size_t space = blanks.find(' ');
    auto line = ToInt(blanks.substr(0, space));
    if (!line) return Error("bad blankLines in congvan's record", record);
    doc_.blank_lines.push_back(*line);
    blanks.remove_prefix(space == std::string_view::npos ? blanks.size() : space + 1);
  }
  ReadRecordMetadata(record);
  for (pugi::xml_node c : record.children()) {
    std::string_view name = LocalName(c.name());
    if (name == "diagnostic") {
      std::optional<DiagnosticKind> kind = DiagnosticKindFromName(c.attribute("kind").value());
      if (!kind) return Error("unknown diagnostic kind in congvan's record", c);
      doc_.diagnostics.push_back({*kind, c.attribute("line").as_int(), c.text().get(),
                                  c.attribute("expected").value(), c.attribute("found").value()});
    } else if (name == "warning") {
      doc_.source_info.warnings.push_back(ReaderWarning(c.text().get()));
    } else if (name == "note") {
      Note note{c.attribute("line").as_int(), c.text().get()};
      if (c.attribute("block")) {
        block_notes_[c.attribute("block").as_int()].push_back(std::move(note));
      } else {
        node_notes_[c.attribute("node").as_int()].push_back(std::move(note));
      }
    }
  }
  return Status::Ok();
}

void AknReader::ReadRecordMetadata(pugi::xml_node record) {
  Metadata& m = doc_.meta;
  std::map<std::string_view, std::string*> fields = {{"title", &m.title},
                                                     {"kind", &m.kind},
                                                     {"number", &m.number},
                                                     {"date", &m.date},
                                                     {"issuer", &m.issuer}};
  for (pugi::xml_node c : record.children()) {
    std::string_view name = LocalName(c.name());
    if (auto f = fields.find(name); f != fields.end()) {
      *f->second = c.text().get();
    } else if (name == "year") {
      m.year = ToInt(c.text().get());
    } else if (name == "reference") {
      m.references.push_back({c.attribute("type").value(), c.attribute("number").value(),
                              c.attribute("date").value(), c.text().get(),
                              c.attribute("line").as_int()});
    }
  }
}

// AKN from elsewhere: number, kind, date and issuer from the FRBR Work.
void AknReader::ReadFrbr(pugi::xml_node meta) {
  pugi::xml_node work = Child(Child(meta, "identification"), "FRBRWork");
  Metadata& m = doc_.meta;
  m.number = Child(work, "FRBRnumber").attribute("value").value();
  m.kind = Child(work, "FRBRname").attribute("value").value();
  pugi::xml_node date = Child(work, "FRBRdate");
  std::string_view when = date.attribute("date").value();
  if (when.size() >= 10 && std::string_view(date.attribute("name").value()) != "unknown") {
    m.date = std::string(when.substr(0, 10));
    m.year = ToInt(when.substr(0, 4));
  }
  std::string_view author = Child(work, "FRBRauthor").attribute("href").value();
  if (!author.empty() && author.front() == '#') author.remove_prefix(1);
  for (pugi::xml_node refs : meta.children()) {
    if (LocalName(refs.name()) != "references") continue;
    for (pugi::xml_node tlc : refs.children()) {
      if (!author.empty() && author == tlc.attribute("eId").value()) {
        m.issuer = tlc.attribute("showAs").value();
      }
    }
  }
}

// --lang first, then FRBRlanguage (ISO 639-2 or the grammar's own code),
// then the text itself.
Status AknReader::ReadLanguage(pugi::xml_node meta) {
  auto grammars = AllGrammars(options_.grammar_dir);
  if (!grammars.ok()) return grammars.status();
  std::string code = Child(Child(Child(meta, "identification"), "FRBRExpression"), "FRBRlanguage")
                         .attribute("language")
                         .value();
  std::optional<Language> language = options_.language;
  for (const auto& g : *grammars) {
    std::string c = g->language().code();  // language() returns a copy
    if (!language && !code.empty() && (c == code || akn::Iso639_2(c) == code)) {
      language = g->language();
    }
  }
  if (!language) {
    std::string text;
    for (const Block& b : doc_.blocks) text += b.text + "\n";
    ForEachTask(doc_.tasks, [&](const Node& n, int, const Node*) { text += n.text + "\n"; });
    auto detected = DetectLanguage(text, options_.grammar_dir);
    if (!detected.ok()) return detected.status();
    language = *detected;
  }
  doc_.language = *language;
  for (const auto& g : *grammars) {
    if (g->language() == *language) grammar_ = g;
  }
  return Status::Ok();
}

// cv:lines when congvan wrote the element; otherwise the next lines.
Status AknReader::ReadSpans(pugi::xml_node e, std::string_view text, bool may_be_empty,
                            LineSpans* spans) {
  pugi::xml_attribute lines = CvAttribute(e, "lines");
  if (lines) {
    auto parsed = akn::ParseSpans(lines.value());
    if (!parsed) return Error("bad " + cv_prefix_ + "lines '" + lines.value() + "'", e);
    *spans = std::move(*parsed);
    pugi::xml_attribute bytes = CvAttribute(e, "line-bytes");
    if (bytes && !akn::ParseLineBytes(bytes.value(), spans))
      return Error("bad " + cv_prefix_ + "line-bytes '" + bytes.value() + "'", e);
    return Status::Ok();
  }
  // congvan writes no lines for a node that has none; a block always has some
  // (one without, edited in by hand, is placed after the text).
  if (congvan_ && may_be_empty) return Status::Ok();
  int count = LineCount(text);
  *spans = LineSpans{{next_line_, next_line_ + count - 1}};
  next_line_ += count;
  return Status::Ok();
}

Status AknReader::ReadBlocks(pugi::xml_node container, BlockRole fallback) {
  std::vector<pugi::xml_node> paragraphs;
  TopParagraphs(container, 0, &paragraphs);
  for (pugi::xml_node p : paragraphs) {
    Block b;
    std::optional<BlockRole> role = RoleFromName(p.attribute("class").value());
    bool title = Child(p, "docTitle") || LocalName(p.parent().name()) == "longTitle";
    b.role = role ? *role : (title ? BlockRole::kTitle : fallback);
    b.text = Text(p);
    if (!congvan_ && b.text.empty()) continue;
    if (Status s = ReadSpans(p, b.text, false, &b.spans); !s.ok()) return s;
    if (b.spans.empty())
      return Error("a block without lines ('" + std::string(p.attribute("class").value()) + "')",
                   p);
    if (!congvan_ && b.role == BlockRole::kTitle && doc_.meta.title.empty())
      doc_.meta.title = b.text;
    doc_.blocks.push_back(std::move(b));
  }
  return Status::Ok();
}

// `level`: the level in their tree of the nodes read here (1 at the top of
// the tasks and of a quotation). The parser builds a tree, and each
// quotation's provisions as a tree of their own, at most
// MostTreeLevels(options.max_depth) levels deep (model/tree_depth.h), so the
// same count is refused here past the same bound: a <list> that groups a run
// of items is no level (its items are its parent's children), a <list> right
// inside another counts one, so the walk stays bounded whatever the file.
Status AknReader::ReadNodes(pugi::xml_node parent, int level, std::vector<Node>* out) {
  const bool in_list = LocalName(parent.name()) == "list";
  for (pugi::xml_node c : parent.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view local = LocalName(c.name());
    if (local == "list" && !Child(c, "num") && !Child(c, "heading")) {
      // a run of items
      if (Status s = ReadNodes(c, in_list ? level + 1 : level, out); !s.ok()) return s;
      continue;
    }
    if (!IsHierarchy(local)) continue;
    if (local == "hcontainer" &&
        std::string_view(c.attribute("name").value()) == akn::kEmptyBodyContainer) {
      continue;
    }
    if (const int most = MostTreeLevels(options_.max_depth); level > most) {
      return Error("nested deeper than " + std::to_string(most) + " levels", c);
    }
    Node n;
    if (Status s = ReadNode(c, level, &n); !s.ok()) return s;
    out->push_back(std::move(n));
  }
  return Status::Ok();
}

Status AknReader::ReadNode(pugi::xml_node e, int depth, Node* n) {
  std::string_view local = LocalName(e.name());
  n->level = akn::LevelForElement(local);
  // A Schedule is an hcontainer named by its level (write_akn.cc).
  if (local == "hcontainer" &&
      std::string_view(e.attribute("name").value()) == akn::kScheduleContainer) {
    n->level = std::string(akn::kScheduleContainer);
  }
  n->division = !n->level.empty() ||
                (local == "hcontainer" &&
                 std::string_view(e.attribute("name").value()) == akn::kAttachedTextContainer);
  if (pugi::xml_node num = Child(e, "num")) n->marker = Text(num);
  pugi::xml_node heading = Child(e, "heading");
  if (heading) n->text = Text(heading);
  std::vector<std::string> texts;
  for (const char* part : {"intro", "content"}) {
    if (Status s = ReadTextBlocks(Child(e, part), depth, n, &texts); !s.ok()) return s;
  }
  bool texts_are_children = heading || n->division;
  if (!texts_are_children) {
    std::string joined;
    for (const std::string& t : texts) joined += (joined.empty() ? "" : "\n") + t;
    n->text = joined;
  }
  if (Status s = ReadNodeAttributes(e, n); !s.ok()) return s;
  if (Status s = ReadSpans(e, n->text, true, &n->spans); !s.ok()) return s;
  // AKN from elsewhere: a division's own paragraphs are unnumbered nodes under it.
  if (texts_are_children && !congvan_) {
    for (const std::string& t : texts) n->children.push_back(UnnumberedNode(t));
  }
  std::vector<Node> children = n->children.take();  // read as a vector, kept as one block
  if (Status s = ReadNodes(e, depth + 1, &children); !s.ok()) return s;
  n->children = std::move(children);  // a leaf keeps no block
  std::vector<std::string> wrap_up;
  if (Status s = ReadTextBlocks(Child(e, "wrapUp"), depth, n, &wrap_up); !s.ok()) return s;
  for (const std::string& t : wrap_up) n->children.push_back(UnnumberedNode(t));
  return Status::Ok();
}

// The paragraphs of <intro>, <content> or <wrapUp>: text, or quoted provisions.
Status AknReader::ReadTextBlocks(pugi::xml_node e, int depth, Node* n,
                                 std::vector<std::string>* texts) {
  std::vector<pugi::xml_node> paragraphs;
  TopParagraphs(e, 0, &paragraphs);
  for (pugi::xml_node p : paragraphs) {
    if (pugi::xml_node quoted = QuotedStructure(p)) {
      // The quoted provisions are a tree of their own, as the parser builds
      // them; one quoted inside them (never written by congvan) goes on
      // counting, so the walk stays within twice the bound.
      const bool outermost = !in_quotation_;
      in_quotation_ = true;
      Status s = ReadNodes(quoted, outermost ? 1 : depth + 1, &n->mutable_quoted());
      if (outermost) in_quotation_ = false;
      if (!s.ok()) return s;
      continue;
    }
    std::string text = Text(p);
    if (congvan_ || !text.empty()) texts->push_back(std::move(text));
  }
  return Status::Ok();
}

Status AknReader::ReadNodeAttributes(pugi::xml_node e, Node* n) const {
  n->path = Cv(e, "path");
  n->style = Cv(e, "style");
  if (pugi::xml_attribute ordinal = CvAttribute(e, "ordinal")) {
    n->ordinal = ToInt(ordinal.value());
    if (!n->ordinal) return Error("bad " + cv_prefix_ + "ordinal '" + ordinal.value() + "'", e);
  }
  pugi::xml_attribute action = CvAttribute(e, "target");
  if (!action) return Status::Ok();
  AmendmentTarget t;
  t.action = action.value();
  t.part = Cv(e, "targetPart");
  t.chapter = Cv(e, "targetChapter");
  t.section = Cv(e, "targetSection");
  t.article = Cv(e, "targetArticle");
  t.clause = CvAttribute(e, "targetClause").as_int();
  t.point = Cv(e, "targetPoint");
  t.document = Cv(e, "targetDocument");
  n->mutable_target() = std::move(t);
  return Status::Ok();
}

Node AknReader::UnnumberedNode(const std::string& text) {
  Node n;
  n.text = text;
  int count = LineCount(text);
  n.spans.push_back({next_line_, next_line_ + count - 1});
  next_line_ += count;
  return n;
}

// The grammar's reading of a <num>: style and ordinal; returns the path
// component it gives (the letter of a letter item, the number of a
// numbered one), or "" for a bullet or an unknown marker.
std::string AknReader::ReadMarker(Node* n) const {
  if (n->marker.empty() || grammar_ == nullptr) return "";
  // Styles look at what follows a marker ("Chương I" before a capital or
  // the end of the line): the marker alone first, then with its text.
  for (const std::string& line : {n->marker.str(), n->marker + " " + n->text}) {
    for (const MarkerMatch& m : grammar_->Match(line)) {
      std::string written = m.marker;
      while (!written.empty() && written.back() == ' ') written.pop_back();
      if (written != n->marker) continue;
      const MarkerStyle& style = grammar_->styles()[static_cast<size_t>(m.style)];
      n->style = style.id;
      if (m.value <= 0) return "";
      n->ordinal = m.value;
      return style.kind == OrdinalKind::kLetters ? m.ordinal_text.str() : std::to_string(m.value);
    }
  }
  return "";
}

void AknReader::AssignForeignPaths(std::span<Node> nodes, const std::string& parent_path) {
  std::map<std::string, int> seen;
  int position = 0;
  for (Node& n : nodes) {
    ++position;
    std::string own = ReadMarker(&n);
    if (own.empty()) own = std::to_string(position);
    if (int repeat = ++seen[own]; repeat > 1) own += "#" + std::to_string(repeat);
    n.path = parent_path.empty() ? own : parent_path + "." + own;
    AssignForeignPaths(n.children.span(), n.path);
    if (!n.quoted().empty()) AssignForeignPaths(n.mutable_quoted(), n.path);
  }
}

}  // namespace

Result<Document> ReadAkomaNtoso(std::string_view bytes, const std::string& source,
                                const ParseOptions& options) {
  return AknReader(bytes, source, options).Read();
}

}  // namespace congvan::read
