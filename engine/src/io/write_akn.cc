// Akoma Ntoso 3.0 export, valid against the OASIS schema (schemas/akn/).
//
// Approach: one AKN hierarchy element per task node, so the tree survives
// as it is and read/akn_reader.cc rebuilds it node for node. Legislation
// uses AKN's own elements: a node's grammar level names it (part, chapter,
// section, subsection, article, with the marker in <num> and the title in
// <heading>), an article's children are <paragraph>s (khoản), deeper
// numbered items <point>s (điểm), unnumbered paragraphs at any depth
// <alinea>s ("Trong Luật này, các từ ngữ … như sau:"). A dispatch's
// tasks have no legal level: they are <hcontainer name="task">, and a run
// of bullet siblings ("-", "+") anywhere is an AKN <list> of <indent>s.
// eIds follow the AKN naming convention (chp_2__art_5__para_1__point_a):
// each component is a numbered node's own number, or an unnumbered node's
// count among its unnumbered siblings, made unique among its siblings. Text
// goes into <intro> (a node with children) or <content>; the provisions an
// amending node quotes into <mod><quotedStructure>. Non-task blocks are
// <p class="role"> in <preface> (before the tasks), <preamble> (lead and
// preamble) and <conclusions> (after the tasks). What AKN has no place for —
// grammar style, ordinal, path, source lines, amendment target — rides in
// congvan's namespace (io/akn_vocabulary.h). Built with pugixml: nothing is
// escaped by hand.
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/writers.h"
#include "io/akn_inline.h"
#include "io/akn_meta.h"
#include "io/akn_vocabulary.h"

namespace congvan {
namespace {

bool IsBullet(const Node& n) { return !n.marker.empty() && !n.ordinal; }

// A UK Act's Schedule (the grammar's level "schedule"): AKN has no element of
// its own for it; legislation.gov.uk's AKN writes <hcontainer name="schedule">,
// and so does this writer, its paragraphs inside.
constexpr const char* kScheduleLevel = akn::kScheduleContainer;

// `article_depth`: 0 outside articles, 1 for an article's children, 2 below them, ...
std::string ElementFor(const Node& n, int article_depth) {
  if (auto element = akn::ElementForLevel(n.level)) return *element;
  // A Schedule's numbered paragraph (a division of no level, right under the
  // Schedule or one of its Parts): AKN's <paragraph>, its sub-paragraphs <point>s.
  if (n.division && n.level.empty() && !n.marker.empty() && article_depth == 1) {
    return "paragraph";
  }
  if (n.division || (article_depth == 0 && !IsBullet(n))) return "hcontainer";
  if (n.marker.empty()) return "alinea";
  if (article_depth == 1) return "paragraph";
  return IsBullet(n) ? "indent" : "point";
}

// A codified article's code as an eId component: a division of legislation
// whose marker carries no value (ordinal 0: "Điều 8.1.LQ.37.", a Pháp điển
// page's article 37 of the law filed under subject 8, topic 1) is named by the
// marker's last word, folded ("8-1-lq-37", "8-1-nd-1-2"): its path's component
// is 0 for every one of them. Empty for any other node.
std::string CodifiedCode(const Node& n) {
  if (n.level.empty() || !n.ordinal || *n.ordinal != 0) return {};
  std::string_view marker(n.marker);
  const size_t space = marker.rfind(' ');
  std::string code = akn::Slug(space == std::string_view::npos ? marker : marker.substr(space + 1));
  return code.find_first_of("0123456789") == std::string::npos ? std::string() : code;
}

// eId components of one group of siblings: a numbered node's own number
// (the last component of its path: its ordinal, or its letter), an
// unnumbered one's count among the unnumbered siblings of its element; a
// repeat (OCR repeats markers) gets "-2", "-3", ….
class SiblingIds {
 public:
  std::string Next(const std::string& element, const Node& n) {
    std::string own;
    if (n.marker.empty()) {
      own = std::to_string(++unnumbered_[element]);
    } else if (std::string code = CodifiedCode(n); !code.empty()) {
      own = std::move(code);
    } else {
      size_t dot = n.path.rfind('.');
      own = n.path.substr(dot == std::string::npos ? 0 : dot + 1);
      own = own.substr(0, own.find('#'));
    }
    // A repeat's "-2" must not take the id of a codified sibling whose code
    // ends so ("8.1.NĐ.1" repeated vs "8.1.NĐ.1.2"): each id given is marked
    // used, and a taken one moves on to the next count.
    const std::string base = akn::EIdComponent(element, own);
    std::string id = base;
    if (int seen = ++used_[base]; seen > 1) {
      do {
        id = base + '-' + std::to_string(seen++);
      } while (used_.count(id) != 0);
      used_[base] = seen - 1;
      ++used_[id];
    }
    return id;
  }

 private:
  std::map<std::string, int> unnumbered_;
  std::map<std::string, int> used_;
};

void SetCongvan(pugi::xml_node e, const char* name, const std::string& value) {
  if (!value.empty()) {
    e.append_attribute((std::string(akn::kCongvanPrefix) + ":" + name).c_str()) = value.c_str();
  }
}

void WriteCongvanAttributes(pugi::xml_node e, const Node& n) {
  SetCongvan(e, "path", n.path);
  if (n.ordinal) SetCongvan(e, "ordinal", std::to_string(*n.ordinal));
  SetCongvan(e, "style", n.style);
  SetCongvan(e, "lines", akn::FormatSpans(n.spans));
  SetCongvan(e, "line-bytes", akn::FormatLineBytes(n.spans));
  if (!n.target()) return;
  const AmendmentTarget& t = *n.target();
  e.append_attribute((std::string(akn::kCongvanPrefix) + ":target").c_str()) = t.action.c_str();
  SetCongvan(e, "targetPart", t.part);
  SetCongvan(e, "targetChapter", t.chapter);
  SetCongvan(e, "targetSection", t.section);
  SetCongvan(e, "targetArticle", t.article);
  if (t.clause > 0) SetCongvan(e, "targetClause", std::to_string(t.clause));
  SetCongvan(e, "targetPoint", t.point);
  SetCongvan(e, "targetDocument", t.document);
}

class BodyWriter {
 public:
  explicit BodyWriter(const Document& doc) {
    for (const Reference& r : doc.meta.references) refs_.emplace(r.line, &r);
  }

  // Writes `nodes` under `parent`; `prefix` is the parent's eId plus "__" (or "").
  void WriteNodes(pugi::xml_node parent, std::span<const Node> nodes, int article_depth,
                  const std::string& prefix) {
    pugi::xml_node list;  // the open <list> of a run of bullets
    std::string list_id;
    int lists = 0;
    SiblingIds ids;
    for (const Node& n : nodes) {
      std::string element = ElementFor(n, article_depth);
      if (element != "indent") {
        list = pugi::xml_node();
        WriteNode(parent, n, element, prefix + ids.Next(element, n), article_depth);
        continue;
      }
      if (!list) {
        list_id = prefix + "list_" + std::to_string(++lists);
        list = parent.append_child("list");
        list.append_attribute("eId") = list_id.c_str();
      }
      WriteNode(list, n, element, list_id + "__" + ids.Next(element, n), article_depth);
    }
  }

  std::vector<const Reference*> RefsOn(const LineSpans& spans) const {
    std::vector<const Reference*> out;
    for (const LineSpan& s : spans) {
      for (auto it = refs_.lower_bound(s.first); it != refs_.end() && it->first <= s.last; ++it) {
        out.push_back(it->second);
      }
    }
    return out;
  }

 private:
  void WriteNode(pugi::xml_node parent, const Node& n, const std::string& element,
                 const std::string& eid, int article_depth) {
    pugi::xml_node e = parent.append_child(element.c_str());
    e.append_attribute("eId") = eid.c_str();
    if (element == "hcontainer") {
      e.append_attribute("name") = n.level == kScheduleLevel ? kScheduleLevel
                                   : n.division              ? akn::kAttachedTextContainer
                                                             : akn::kTaskContainer;
    }
    WriteCongvanAttributes(e, n);
    if (!n.marker.empty()) akn::AppendInline(e.append_child("num"), n.marker, {});
    bool heading = !n.level.empty() || n.division;
    std::vector<const Reference*> refs = RefsOn(n.spans);
    if (heading && !n.text.empty()) akn::AppendInline(e.append_child("heading"), n.text, refs);
    bool own_text = !heading && (!n.text.empty() || n.children.empty());
    if (own_text || !n.quoted().empty()) {
      pugi::xml_node block = e.append_child(n.children.empty() ? "content" : "intro");
      if (own_text) akn::AppendInline(block.append_child("p"), n.text, refs);
      if (!n.quoted().empty()) WriteQuoted(block, n, eid);
    }
    // A Schedule's children stand as an article's do; a Part inside a Schedule
    // passes its depth on.
    int child_depth = n.level == "article" || n.level == kScheduleLevel ? 1
                      : !n.level.empty()                                ? article_depth
                      : article_depth > 0                               ? article_depth + 1
                                                                        : 0;
    WriteNodes(e, n.children, child_depth, eid + "__");
  }

  // The provisions an amending node quotes: <p><mod><quotedStructure>….
  void WriteQuoted(pugi::xml_node block, const Node& n, const std::string& eid) {
    pugi::xml_node p = block.append_child("p");
    p.append_child(pugi::node_pcdata);  // keeps pugixml's indentation out of <p>
    pugi::xml_node mod = p.append_child("mod");
    std::string mod_id = eid + "__mod_1";
    mod.append_attribute("eId") = mod_id.c_str();
    pugi::xml_node quoted = mod.append_child("quotedStructure");
    quoted.append_attribute("eId") = (mod_id + "__qstr_1").c_str();
    WriteNodes(quoted, n.quoted(), 0, mod_id + "__qstr_1__");
  }

  std::multimap<int, const Reference*> refs_;
};

// Where a block goes: lead and preamble to <preamble>; closing matter to
// <conclusions>; anything else by its place, before or after the tasks.
pugi::xml_node ContainerFor(const Block& b, int first_task_line, pugi::xml_node preface,
                            pugi::xml_node preamble, pugi::xml_node conclusions) {
  int line = b.spans.empty() ? 0 : b.spans.front().first;
  bool before_tasks = line < first_task_line;
  switch (b.role) {
    case BlockRole::kLead:
    case BlockRole::kPreamble:
      return before_tasks ? preamble : conclusions;
    case BlockRole::kClosing:
    case BlockRole::kRecipients:
    case BlockRole::kSignature:
    case BlockRole::kAnnex:
    case BlockRole::kFootnote:
    case BlockRole::kFooter:
      return conclusions;
    default:
      return before_tasks ? preface : conclusions;
  }
}

void WriteBlock(pugi::xml_node container, const Block& b, const BodyWriter& body) {
  bool title = b.role == BlockRole::kTitle && std::string(container.name()) != "preamble";
  pugi::xml_node p = (title ? container.append_child("longTitle") : container).append_child("p");
  p.append_attribute("class") = BlockRoleName(b.role);
  SetCongvan(p, "lines", akn::FormatSpans(b.spans));
  SetCongvan(p, "line-bytes", akn::FormatLineBytes(b.spans));
  pugi::xml_node text = p;
  if (title) {
    p.append_child(pugi::node_pcdata);
    text = p.append_child("docTitle");
  }
  akn::AppendInline(text, b.text, body.RefsOn(b.spans));
}

}  // namespace

std::string WriteAkomaNtoso(const Document& doc) {
  pugi::xml_document xml;
  pugi::xml_node decl = xml.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = xml.append_child("akomaNtoso");
  root.append_attribute("xmlns") = akn::kNamespace;
  root.append_attribute((std::string("xmlns:") + akn::kCongvanPrefix).c_str()) =
      akn::kCongvanNamespace;
  std::string type = akn::DocumentType(doc);
  std::string name = akn::DocumentName(doc, type);
  pugi::xml_node d = root.append_child(type.c_str());
  d.append_attribute("name") = name.c_str();
  akn::AppendMeta(d, doc, type, name);

  pugi::xml_node preface = d.append_child("preface");
  pugi::xml_node preamble = d.append_child("preamble");
  pugi::xml_node body = d.append_child(type == "act" ? "body" : "mainBody");
  pugi::xml_node conclusions = d.append_child("conclusions");
  BodyWriter writer(doc);
  int first_task_line = doc.tasks.empty() ? doc.line_count + 1 : doc.tasks.front().lines().first;
  for (const Block& b : doc.blocks) {
    WriteBlock(ContainerFor(b, first_task_line, preface, preamble, conclusions), b, writer);
  }
  writer.WriteNodes(body, doc.tasks, 0, "");
  if (doc.tasks.empty()) {  // the schema wants one element in a body
    pugi::xml_node empty = body.append_child("hcontainer");
    empty.append_attribute("eId") = "hcontainer_1";
    empty.append_attribute("name") = akn::kEmptyBodyContainer;
  }
  for (pugi::xml_node n : {preface, preamble, conclusions}) {
    if (!n.first_child()) d.remove_child(n);
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace congvan
