// The lines of a web page (see read/html_module.h, HtmlModule::page_lines),
// inside the HTML module: the only code of congvan that calls gumbo.
//
// Approach: gumbo, a conforming HTML5 parser, builds the tree; a walk over
// it writes text: inline content joins the current line, a block element
// ends it, <br> breaks it, white space collapses as a browser collapses it
// (except in <pre>). List items open with the label the engine draws for
// them — <ol type="a" start="3">, <li value="7">, reversed lists, "-" for
// <ul> — and table cells are written between "|" lines, the way the corpus's
// web copies have them, so the parser's table rules apply.
#include "read/html_module/page_lines.h"

#include <gumbo.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace congvan::read {
namespace {

// Elements whose content is never text of the document.
bool Dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
      return true;
    default:
      return false;
  }
}

// Elements that begin and end a line of their own.
bool Block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

std::string Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : "";
}

// Writes the text of a gumbo tree, line by line, with the element each line came from.
class HtmlText {
 public:
  explicit HtmlText(HtmlListLabel label) : label_(label) {}

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      Text(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      Children(node->v.document.children);
      return;
    }
    const GumboElement& e = node->v.element;
    if (Dropped(e.tag)) return;
    switch (e.tag) {
      case GUMBO_TAG_BR:
        EndLine();
        return;
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
        List(e);
        return;
      case GUMBO_TAG_TABLE:
        Table(e);
        return;
      case GUMBO_TAG_PRE:
        ++pre_;
        break;
      default:
        break;
    }
    bool block = Block(e.tag);
    if (block) {
      EndLine();
      element_ = gumbo_normalized_tagname(e.tag);
    }
    Children(e.children);
    if (block) EndLine();
    if (e.tag == GUMBO_TAG_PRE) --pre_;
  }

  std::vector<HtmlLine> Take() {
    EndLine();
    return std::move(lines_);
  }

 private:
  void Children(const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i)
      Walk(static_cast<const GumboNode*>(children.data[i]));
  }

  void Text(const char* text) {
    for (const char* p = text; *p; ++p) {
      char c = *p;
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (pre_ > 0 && c == '\n') {
        EndLine();
        continue;
      }
      if (space && pre_ == 0) {
        pending_space_ = !line_.empty();
        continue;
      }
      if (pending_space_) line_.push_back(' ');
      pending_space_ = false;
      line_.push_back(c);
    }
  }

  void EndLine() {
    pending_space_ = false;
    if (line_.empty()) return;
    lines_.push_back({std::move(line_), element_});
    line_.clear();
  }

  // <ol>/<ul>: each <li> opens a line with its label.
  void List(const GumboElement& list) {
    EndLine();
    bool ordered = list.tag == GUMBO_TAG_OL;
    std::string type = Attribute(list, "type");
    bool reversed = gumbo_get_attribute(&list.attributes, "reversed") != nullptr;
    int items = 0;
    for (unsigned i = 0; i < list.children.length; ++i) {
      auto* child = static_cast<const GumboNode*>(list.children.data[i]);
      items += child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_LI;
    }
    std::string start = Attribute(list, "start");
    int value = !start.empty() ? std::atoi(start.c_str()) : (reversed ? items : 1);
    for (unsigned i = 0; i < list.children.length; ++i) {
      auto* child = static_cast<const GumboNode*>(list.children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_LI) {
        Walk(child);
        continue;
      }
      const GumboElement& li = child->v.element;
      std::string own = Attribute(li, "value");
      if (!own.empty()) value = std::atoi(own.c_str());
      EndLine();
      element_ = "li";
      line_ = ordered ? label_(type, value) : "-";
      pending_space_ = true;
      Children(li.children);
      EndLine();
      value += reversed ? -1 : 1;
    }
  }

  // A table: each cell's content after a "|" line, and a "|" line to close.
  void Table(const GumboElement& table) {
    EndLine();
    CellsOf(table);
    Separator();
  }
  void CellsOf(const GumboElement& e) {
    for (unsigned i = 0; i < e.children.length; ++i) {
      auto* child = static_cast<const GumboNode*>(e.children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& c = child->v.element;
      if (c.tag == GUMBO_TAG_TD || c.tag == GUMBO_TAG_TH) {
        Separator();
        element_ = "td";
        Children(c.children);
        EndLine();
      } else if (c.tag == GUMBO_TAG_CAPTION) {
        Walk(child);
      } else {
        CellsOf(c);  // thead, tbody, tr
      }
    }
  }
  void Separator() {
    EndLine();
    if (!lines_.empty() && lines_.back().text == "|") return;
    line_ = "|";
    element_ = "table";
    EndLine();
  }

  HtmlListLabel label_;
  std::vector<HtmlLine> lines_;
  std::string line_;
  std::string element_ = "body";
  bool pending_space_ = false;
  int pre_ = 0;
};

}  // namespace

bool PageLines(std::string_view utf8, HtmlListLabel label, std::vector<HtmlLine>& lines) {
  // The tree is freed however the walk ends (a list label or a line's
  // allocation may throw).
  auto destroy = [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()), destroy);
  if (output == nullptr) return false;
  HtmlText writer(label);
  writer.Walk(output->document);
  output.reset();
  lines = writer.Take();
  return true;
}

}  // namespace congvan::read
