// Inline AKN text (io/akn_inline.h). Citations are located by plain string
// search of the citation as the metadata stage found it (Reference::text):
// the leftmost occurrence of each, overlapping ones dropped. pugixml indents
// an element that follows another element, which would put white space into
// mixed content; an empty text node before every inline element stops that
// (pugixml never indents after character data).
#include "io/akn_inline.h"

#include <algorithm>
#include <string>

#include "io/akn_vocabulary.h"

namespace congvan::akn {
namespace {

struct Occurrence {
  size_t begin = 0;
  size_t end = 0;
  const Reference* ref = nullptr;
};

std::vector<Occurrence> FindCitations(std::string_view text,
                                      const std::vector<const Reference*>& refs) {
  std::vector<Occurrence> found;
  for (const Reference* r : refs) {
    if (r->text.empty()) continue;
    size_t at = text.find(r->text);
    if (at != std::string_view::npos) found.push_back({at, at + r->text.size(), r});
  }
  std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Occurrence> kept;
  for (const Occurrence& o : found) {
    if (kept.empty() || o.begin >= kept.back().end) kept.push_back(o);
  }
  return kept;
}

pugi::xml_node AppendInlineElement(pugi::xml_node parent, const char* name) {
  if (parent.last_child().type() != pugi::node_pcdata) parent.append_child(pugi::node_pcdata);
  return parent.append_child(name);
}

void AppendPlain(pugi::xml_node parent, std::string_view text) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty()) parent.append_child(pugi::node_pcdata).set_value(std::string(line).c_str());
    if (nl == std::string_view::npos) break;
    AppendInlineElement(parent, "eol");
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

std::string ReferenceHref(const Reference& ref) {
  std::string type = IsLegislationKind(ref.type) ? "act" : "doc";
  std::string number = Slug(ref.number);
  return "/akn/vn/" + type + "/" + CamelName(ref.type, "document") + "/" +
         (ref.date.empty() ? "nn" : ref.date) + "/" + (number.empty() ? "nn" : number);
}

void AppendInline(pugi::xml_node parent, std::string_view text,
                  const std::vector<const Reference*>& refs) {
  size_t at = 0;
  for (const Occurrence& o : FindCitations(text, refs)) {
    AppendPlain(parent, text.substr(at, o.begin - at));
    pugi::xml_node ref = AppendInlineElement(parent, "ref");
    ref.append_attribute("href") = ReferenceHref(*o.ref).c_str();
    AppendPlain(ref, text.substr(o.begin, o.end - o.begin));
    at = o.end;
  }
  AppendPlain(parent, text.substr(at));
}

namespace {

void CollectText(pugi::xml_node element, bool collapse, int depth, std::string& out) {
  if (depth > kMaxInlineDepth) return;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!collapse) {
        out += child.value();
        continue;
      }
      for (const char* c = child.value(); *c != '\0'; ++c) {
        bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
        if (!space) {
          out.push_back(*c);
        } else if (!out.empty() && out.back() != ' ' && out.back() != '\n') {
          out.push_back(' ');
        }
      }
    } else if (child.type() == pugi::node_element) {
      std::string_view name = LocalName(child.name());
      if (name == "eol" || name == "br") {
        if (collapse && !out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
      } else if (name != "quotedStructure" && name != "authorialNote") {
        CollectText(child, collapse, depth + 1, out);
      }
    }
  }
}

}  // namespace

std::string InlineText(pugi::xml_node element, bool collapse_whitespace) {
  std::string out;
  CollectText(element, collapse_whitespace, 0, out);
  if (collapse_whitespace) {
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    size_t start = out.find_first_not_of(" \n");
    out.erase(0, start == std::string::npos ? out.size() : start);
  }
  return out;
}

}  // namespace congvan::akn
