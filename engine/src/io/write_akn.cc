// Akoma Ntoso 3.0 export: the dispatch as <doc name="dispatch"> with the
// front matter in <preface>/<preamble>, tasks as nested <point>s in
// <mainBody>, and closing, recipients and signature in <conclusions>.
// Built with pugixml, so escaping is never done by hand.
#include <pugixml.hpp>
#include <sstream>
#include <string>

#include "congvan/writers.h"

namespace congvan {
namespace {

constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

std::string EId(const std::string& path) {
  std::string out = "point_";
  for (char c : path) out.push_back(c == '.' ? '_' : (c == '#' ? '-' : c));
  return out;
}

void AddNode(pugi::xml_node parent, const Node& n) {
  pugi::xml_node point = parent.append_child("point");
  point.append_attribute("eId") = EId(n.path).c_str();
  if (!n.marker.empty()) point.append_child("num").text() = n.marker.c_str();
  pugi::xml_node content = point.append_child(n.children.empty() ? "content" : "intro");
  content.append_child("p").text() = n.text.c_str();
  for (const Node& c : n.children) AddNode(point, c);
}

}  // namespace

std::string WriteAkomaNtoso(const Document& doc) {
  pugi::xml_document xml;
  pugi::xml_node decl = xml.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node akn = xml.append_child("akomaNtoso");
  akn.append_attribute("xmlns") = kAknNamespace;
  pugi::xml_node d = akn.append_child("doc");
  d.append_attribute("name") = "dispatch";

  pugi::xml_node meta = d.append_child("meta");
  pugi::xml_node frbr = meta.append_child("identification");
  frbr.append_attribute("source") = "#congvan";
  pugi::xml_node work = frbr.append_child("FRBRWork");
  work.append_child("FRBRthis").append_attribute("value") = doc.source.c_str();
  if (!doc.meta.number.empty()) {
    work.append_child("FRBRnumber").append_attribute("value") = doc.meta.number.c_str();
  }
  if (!doc.meta.date.empty()) {
    pugi::xml_node date = work.append_child("FRBRdate");
    date.append_attribute("date") = doc.meta.date.c_str();
    date.append_attribute("name") = "issue";
  }
  if (!doc.meta.issuer.empty()) {
    work.append_child("FRBRauthor").append_attribute("href") = doc.meta.issuer.c_str();
  }
  work.append_child("FRBRlanguage").append_attribute("language") = LanguageCode(doc.language);

  pugi::xml_node preface = d.append_child("preface");
  pugi::xml_node preamble = d.append_child("preamble");
  pugi::xml_node body = d.append_child("mainBody");
  pugi::xml_node conclusions = d.append_child("conclusions");
  for (const Block& b : doc.blocks) {
    pugi::xml_node target;
    switch (b.role) {
      case BlockRole::kHeader:
      case BlockRole::kTitle:
      case BlockRole::kAddressees:
        target = preface;
        break;
      case BlockRole::kLead:
      case BlockRole::kPreamble:
        target = preamble;
        break;
      default:
        target = conclusions;
        break;
    }
    pugi::xml_node p = target.append_child("p");
    p.append_attribute("class") = BlockRoleName(b.role);
    p.text() = b.text.c_str();
  }
  for (const Node& n : doc.tasks) AddNode(body, n);
  for (pugi::xml_node n : {preface, preamble, conclusions}) {
    if (!n.first_child()) d.remove_child(n);
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace congvan
