// The lines of a web page (see read/html_module.h, HtmlModule::page_lines),
// inside the HTML module: the only code of congvan that calls gumbo.
//
// Approach: gumbo, a conforming HTML5 parser, builds the tree; a walk over
// it writes text: inline content joins the current line, a block element
// ends it, <br> breaks it, white space collapses as a browser collapses it
// (except in <pre>). List items open with the label the engine draws for
// them — <ol type="a" start="3">, <li value="7">, reversed lists, "-" for
// <ul> — and table cells are written between "|" lines, the way the corpus's
// web copies have them, so the parser's table rules apply. The walk keeps
// its own stack (a page may nest deeper than the native stack allows) and
// list numbers stay within int, saturating as a browser's do.
#include "read/html_module/page_lines.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "read/html_module/gumbo_allocations.h"

namespace congvan::read {
namespace {

// Elements whose content is never text of the document. A <form> is one
// (a search box, a login, a comment box) except the form that wraps a whole
// page (PageForm).
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
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
      return true;
    default:
      return false;
  }
}

// Whether `node` holds text outside dropped elements (scripts, controls).
bool HoldsText(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    for (const char* c = node->v.text.text; *c != '\0'; ++c) {
      if (!std::isspace(static_cast<unsigned char>(*c))) return true;
    }
    return false;
  }
  if (node->type != GUMBO_NODE_ELEMENT || Dropped(node->v.element.tag)) return false;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (HoldsText(static_cast<const GumboNode*>(children.data[i]))) return true;
  }
  return false;
}

// The form an ASP.NET Web Forms page (SharePoint, and the legal portals built
// on it: vbpl.vn, thuvienphapluat.vn, many .gov.vn sites) wraps its whole
// body in, <body><form id="aspnetForm">: the document is inside it, so it is
// walked like the body; its controls stay dropped (input, select, button,
// textarea). A form anywhere deeper is a page's control panel.
// A body-level form wraps the page only when none of its siblings holds text:
// a search box or a login beside the page's <div>s stays dropped.
bool PageForm(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (node->v.element.tag != GUMBO_TAG_FORM || parent == nullptr ||
      parent->type != GUMBO_NODE_ELEMENT || parent->v.element.tag != GUMBO_TAG_BODY) {
    return false;
  }
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling != node && HoldsText(sibling)) return false;
  }
  return true;
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

// A list attribute's number ("start", "value"), clamped to int as a browser
// clamps it; `absent` when the attribute is missing or holds no number.
int ListNumber(const std::string& text, int absent) {
  if (text.empty()) return absent;
  char* end = nullptr;
  long long number = std::strtoll(text.c_str(), &end, 10);
  if (end == text.c_str()) return absent;
  return static_cast<int>(std::clamp<long long>(number, std::numeric_limits<int>::min(),
                                                std::numeric_limits<int>::max()));
}

// The next item's number: one up (down in a reversed list), staying at the
// end of int's range as a browser's ordinals do.
int NextListNumber(int value, bool reversed) {
  if (reversed) return value == std::numeric_limits<int>::min() ? value : value - 1;
  return value == std::numeric_limits<int>::max() ? value : value + 1;
}

// Writes the text of a gumbo tree, line by line, with the element each line
// came from. The walk keeps its own stack of steps (a node to visit, or what
// is left to do once an element's children are written), so a page nested
// however deep walks in constant native stack.
class HtmlText {
 public:
  explicit HtmlText(HtmlListLabel label) : label_(label) {}

  void Walk(const GumboNode* root) {
    steps_.push_back({Step::kVisit, root});
    while (!steps_.empty()) {
      Step step = steps_.back();
      steps_.pop_back();
      Do(step);
    }
  }

  std::vector<HtmlLine> Take() {
    EndLine();
    return std::move(lines_);
  }

 private:
  struct Step {
    enum Kind {
      kVisit,        // write `node`
      kEndBlock,     // a block element's children are written
      kEndPre,       // a <pre>'s children are written
      kEndBlockPre,  // both
      kListItem,     // open <li> `node` of the innermost list
      kEndListItem,  // its children are written: the next number
      kEndList,      // the innermost list is done
      kCells,        // the cells under `node` (a table, thead, tbody, tr)
      kOpenCell,     // a cell begins: its "|" line
      kEndCell,      // a cell's children are written
      kSeparator,    // the "|" line closing a table
    };
    Kind kind;
    const GumboNode* node = nullptr;
  };
  struct OpenList {
    bool ordered;
    bool reversed;
    std::string type;
    int value;
  };

  void Do(const Step& step) {
    switch (step.kind) {
      case Step::kVisit:
        Visit(step.node);
        return;
      case Step::kEndPre:
        --pre_;
        return;
      case Step::kEndBlockPre:
        --pre_;
        EndLine();
        return;
      case Step::kEndBlock:
      case Step::kEndCell:
        EndLine();
        return;
      case Step::kListItem:
        ListItem(step.node->v.element);
        return;
      case Step::kEndListItem:
        EndLine();
        lists_.back().value = NextListNumber(lists_.back().value, lists_.back().reversed);
        return;
      case Step::kEndList:
        lists_.pop_back();
        return;
      case Step::kCells:
        Cells(step.node->v.element);
        return;
      case Step::kOpenCell:
        Separator();
        element_ = "td";
        return;
      case Step::kSeparator:
        Separator();
        return;
    }
  }

  void Visit(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      Text(node->v.text.text);
      return;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
      PushChildren(node->v.document.children);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (Dropped(e.tag) && !PageForm(node)) return;
    switch (e.tag) {
      case GUMBO_TAG_BR:
        EndLine();
        return;
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
        List(e);
        return;
      case GUMBO_TAG_TABLE:
        EndLine();
        steps_.push_back({Step::kSeparator, nullptr});
        steps_.push_back({Step::kCells, node});
        return;
      default:
        break;
    }
    bool block = Block(e.tag);
    bool pre = e.tag == GUMBO_TAG_PRE;
    if (pre) ++pre_;
    if (block) {
      EndLine();
      element_ = gumbo_normalized_tagname(e.tag);
    }
    if (block || pre) {
      steps_.push_back(
          {pre ? (block ? Step::kEndBlockPre : Step::kEndPre) : Step::kEndBlock, nullptr});
    }
    PushChildren(e.children);
  }

  // Visits of `children`, the first on top.
  void PushChildren(const GumboVector& children) {
    for (unsigned i = children.length; i-- > 0;)
      steps_.push_back({Step::kVisit, static_cast<const GumboNode*>(children.data[i])});
  }

  static bool IsElement(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
  }

  // <ol>/<ul>: each <li> opens a line with its label.
  void List(const GumboElement& list) {
    EndLine();
    bool ordered = list.tag == GUMBO_TAG_OL;
    bool reversed = gumbo_get_attribute(&list.attributes, "reversed") != nullptr;
    int items = 0;
    for (unsigned i = 0; i < list.children.length; ++i)
      items += IsElement(static_cast<const GumboNode*>(list.children.data[i]), GUMBO_TAG_LI);
    int value = ListNumber(Attribute(list, "start"), reversed ? items : 1);
    lists_.push_back({ordered, reversed, Attribute(list, "type"), value});
    steps_.push_back({Step::kEndList, nullptr});
    for (unsigned i = list.children.length; i-- > 0;) {
      auto* child = static_cast<const GumboNode*>(list.children.data[i]);
      steps_.push_back({IsElement(child, GUMBO_TAG_LI) ? Step::kListItem : Step::kVisit, child});
    }
  }

  void ListItem(const GumboElement& li) {
    OpenList& list = lists_.back();
    list.value = ListNumber(Attribute(li, "value"), list.value);
    EndLine();
    element_ = "li";
    line_ = list.ordered ? label_(list.type, list.value) : "-";
    pending_space_ = true;
    steps_.push_back({Step::kEndListItem, nullptr});
    PushChildren(li.children);
  }

  // A table: each cell's content after a "|" line, and a "|" line to close.
  void Cells(const GumboElement& e) {
    for (unsigned i = e.children.length; i-- > 0;) {
      auto* child = static_cast<const GumboNode*>(e.children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& c = child->v.element;
      if (c.tag == GUMBO_TAG_TD || c.tag == GUMBO_TAG_TH) {
        steps_.push_back({Step::kEndCell, nullptr});
        PushChildren(c.children);
        steps_.push_back({Step::kOpenCell, nullptr});
      } else if (c.tag == GUMBO_TAG_CAPTION) {
        steps_.push_back({Step::kVisit, child});
      } else {
        steps_.push_back({Step::kCells, child});  // thead, tbody, tr
      }
    }
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

  void Separator() {
    EndLine();
    if (!lines_.empty() && lines_.back().text == "|") return;
    line_ = "|";
    element_ = "table";
    EndLine();
  }

  HtmlListLabel label_;
  std::vector<Step> steps_;
  std::vector<OpenList> lists_;
  std::vector<HtmlLine> lines_;
  std::string line_;
  std::string element_ = "body";
  bool pending_space_ = false;
  int pre_ = 0;
};

}  // namespace

bool PageLines(std::string_view utf8, HtmlListLabel label, std::vector<HtmlLine>& lines) {
  // The tree is freed when `allocations` goes, however the walk ends (a list
  // label or a line's allocation may throw), by a flat loop: gumbo's own
  // gumbo_destroy_output recurses once per level (gumbo_allocations.h).
  GumboAllocations allocations;
  GumboOutput* output = gumbo_parse_with_options(allocations.options(), utf8.data(), utf8.size());
  if (output == nullptr) return false;
  HtmlText writer(label);
  writer.Walk(output->document);
  lines = writer.Take();
  return true;
}

}  // namespace congvan::read
