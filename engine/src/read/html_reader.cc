// Saved web pages (see html_reader.h).
//
// Approach: the charset comes from a BOM or the page's <meta charset> /
// <meta http-equiv="Content-Type"> (looked for in the first kCharsetWindow
// bytes, which are ASCII in every charset a page may declare); the bytes are
// converted to UTF-8 with ICU and parsed by gumbo, a conforming HTML5 parser.
// A walk over the tree writes text: inline content joins the current line,
// a block element ends it, <br> breaks it, white space collapses as a
// browser collapses it (except in <pre>). List items get the label a browser
// draws for them — <ol type="a" start="3">, <li value="7">, reversed lists,
// "-" for <ul> — and table cells are written between "|" lines, the way the
// corpus's web copies have them, so the parser's table rules apply.
#include "read/html_reader.h"

#include <gumbo.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "read/read_error.h"
#include "read/text_reader.h"
#include "text/decode.h"
#include "text/roman_numerals.h"

namespace congvan::read {
namespace {

constexpr size_t kCharsetWindow = 4096;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The charset a page declares in its first bytes, lower case, or "".
std::string DeclaredCharset(std::string_view bytes) {
  std::string head = Lower(std::string(bytes.substr(0, kCharsetWindow)));
  size_t at = head.find("charset");
  while (at != std::string::npos) {
    size_t i = at + 7;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
      ++i;
    size_t end = i;
    while (end < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
            head[end] == '_' || head[end] == ':' || head[end] == '.')) {
      ++end;
    }
    if (end > i && head.find('<') < at) return head.substr(i, end - i);
    at = head.find("charset", at + 7);
  }
  return "";
}

// The page's bytes as UTF-8: in the charset it declares (ICU), or as plain
// text is read when it declares none.
Result<std::string> PageToUtf8(std::string bytes, const std::string& source,
                               const ReadOptions& options, std::string* encoding) {
  std::string charset = DeclaredCharset(bytes);
  bool bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 || bytes.compare(0, 2, "\xFF\xFE") == 0 ||
             bytes.compare(0, 2, "\xFE\xFF") == 0;
  if (charset.empty() || bom || options.encoding != "auto") {
    return DecodeToUtf8(std::move(bytes), source, options, encoding);
  }
  if (charset == "utf-8" || charset == "utf8") {
    *encoding = "utf-8";
    auto text = text::DecodeOwned(std::move(bytes), source);
    if (!text.ok() && text.status().message() == "invalid UTF-8") {
      return ReadError(source, "the page declares charset utf-8 but is not valid UTF-8 (byte " +
                                   std::to_string(text.status().where().byte_offset.value_or(0)) +
                                   "); name its encoding with --encoding");
    }
    return text;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) {
    return ReadError(
        source, "the page declares charset '" + charset + "', which is not one congvan can read");
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return ReadError(source, "the page is not valid " + charset);
  std::string utf8;
  u.toUTF8String(utf8);
  *encoding = charset;
  return text::DecodeOwned(std::move(utf8), source);
}

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

// The label a browser draws for item `value` of a list of `type`.
std::string ListLabel(const std::string& type, int value) {
  if (value <= 0) return std::to_string(value) + ".";
  if (type == "a" || type == "A") {
    std::string letters;
    for (int v = value; v > 0; v = (v - 1) / 26)
      letters.insert(letters.begin(), static_cast<char>('a' + (v - 1) % 26));
    if (type == "A") {
      for (char& c : letters) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return letters + ".";
  }
  if (type == "i" || type == "I") return text::RomanNumeral(value, type == "I") + ".";
  return std::to_string(value) + ".";
}

// Writes the text of a gumbo tree, line by line, with where each line came from.
class HtmlText {
 public:
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

  ExtractedText Take() {
    EndLine();
    ExtractedText out;
    for (size_t i = 0; i < lines_.size(); ++i) {
      out.text += lines_[i];
      out.text.push_back('\n');
      int line = static_cast<int>(i) + 1;
      if (!out.origins.empty() && out.origins.back().origin.element == origins_[i].element &&
          out.origins.back().origin.paragraph == origins_[i].paragraph) {
        out.origins.back().last_line = line;
      } else {
        out.origins.push_back({line, line, origins_[i]});
      }
    }
    return out;
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
    lines_.push_back(std::move(line_));
    origins_.push_back({0, ++block_count_, element_});
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
      line_ = ordered ? ListLabel(type, value) : "-";
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
    if (!lines_.empty() && lines_.back() == "|") return;
    line_ = "|";
    element_ = "table";
    EndLine();
  }

  std::vector<std::string> lines_;
  std::vector<SourceOrigin> origins_;
  std::string line_;
  std::string element_ = "body";
  bool pending_space_ = false;
  int pre_ = 0;
  int block_count_ = 0;
};

}  // namespace

Result<ExtractedText> ReadHtml(std::string bytes, const std::string& source,
                               const ReadOptions& options) {
  std::string encoding;
  auto utf8 = PageToUtf8(std::move(bytes), source, options, &encoding);
  if (!utf8.ok()) return utf8.status();
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8->data(), utf8->size());
  if (output == nullptr) return ReadError(source, "the HTML parser could not read the page");
  HtmlText writer;
  writer.Walk(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  ExtractedText out = writer.Take();
  out.format = "html";
  out.encoding = encoding;
  if (out.text.find_first_not_of(" \n|") == std::string::npos) {
    return ReadError(source, "the page holds no text");
  }
  auto text = text::DecodeOwned(std::move(out.text), source);  // NFC, spaces
  if (!text.ok()) return text.status();
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
