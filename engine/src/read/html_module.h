// The boundary between the engine and congvan's HTML module.
//
// gumbo (the HTML5 parser of the web page reader) was linked into the binary,
// so every run mapped it — ≈ 80 KiB resident and its share of the dynamic
// loader's relocations — though only an HTML page needs it. So the calls into
// gumbo live in a module of their own (read/html_module/, built as
// libcongvan_html.so beside the PDF and archive modules) that the engine
// opens with dlopen on the first page (read/html_module_loader.h). The
// interface is one function free of the engine's types: "the lines a reader
// sees in this UTF-8 page, each with the element it came from". The charset,
// the labels of list items (handed in as a function, as the PDF module gets
// its page layout), the origins and every message stay in the engine. Both
// sides are built together from this header; the table's stamp
// (module_stamp.h) is made from the function list below, so a module of
// another build is refused, never called with other types.
#ifndef CONGVAN_READ_HTML_MODULE_H_
#define CONGVAN_READ_HTML_MODULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "read/module_stamp.h"

namespace congvan::read {

// One line of a page's text and the element it came from ("p", "li", "td",
// "table" for the "|" lines around cells, "body" for text outside blocks).
struct HtmlLine {
  std::string text;
  std::string element;
};

// The label a browser draws for item `value` of an ordered list whose type
// attribute is `type` ("1", "a", "A", "i", "I" or empty).
using HtmlListLabel = std::string (*)(const std::string& type, int value);

// The module's functions, declared once for the table and its stamp.
// page_lines: the page's text, line by line: block elements on lines of
// their own, white space collapsed as a browser collapses it (kept in
// <pre>), list items opened by `label` ("-" in <ul>), table cells between
// "|" lines, script, style and navigation dropped. False when the parser
// gives no tree.
#define CONGVAN_HTML_MODULE_FUNCTIONS \
  bool (*page_lines)(std::string_view utf8, HtmlListLabel label, std::vector<HtmlLine> & lines);

struct HtmlModule {
  ModuleStamp stamp;
  CONGVAN_HTML_MODULE_FUNCTIONS
};

inline constexpr ModuleStamp kHtmlModuleStamp =
    StampOf<HtmlModule>(CONGVAN_MODULE_TEXT(CONGVAN_HTML_MODULE_FUNCTIONS), {sizeof(HtmlLine)},
                        {TypeSpelling<decltype(HtmlModule::page_lines)>()});

using HtmlModuleEntry = const HtmlModule* (*)();

// The entry point's symbol (the stamp, not the name, tells the builds apart).
inline constexpr const char* kHtmlModuleSymbol = "congvan_html_module";

}  // namespace congvan::read

#endif  // CONGVAN_READ_HTML_MODULE_H_
