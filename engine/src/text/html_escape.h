// Escaping text for HTML element content and attribute values (both
// reports): & < > " ' become entities, everything else is copied. The one
// escaper of the engine; XML output goes through pugixml, which escapes itself.
#ifndef CONGVAN_SRC_TEXT_HTML_ESCAPE_H_
#define CONGVAN_SRC_TEXT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace congvan::text {

inline std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_HTML_ESCAPE_H_
