// The <meta> of an Akoma Ntoso document: FRBR identification (Work,
// Expression, Manifestation), the organisations it names, and congvan's
// proprietary record of what AKN has no element for (source, line count,
// blank lines, every metadata field as parsed, diagnostics), which is what
// lets read/akn_reader.cc rebuild the same Document.
#ifndef CONGVAN_IO_AKN_META_H_
#define CONGVAN_IO_AKN_META_H_

#include <pugixml.hpp>
#include <string>

#include "congvan/document.h"

namespace congvan::akn {

// The AKN document type: "act" for legislation (a text numbered in
// articles, or a kind that is legislation), "doc" for everything else.
std::string DocumentType(const Document& doc);
// The name attribute of the document element: its kind in camelCase
// ASCII ("nghiDinh", "congVan", "officialDispatch"), or "act" / "document"
// when the kind is unknown.
std::string DocumentName(const Document& doc, const std::string& type);

// The work URI: /akn/vn/{type}/{name}/{date or "nn"}/{number slug or "nn"}.
std::string WorkUri(const Document& doc, const std::string& type, const std::string& name);

// Appends <meta> to the document element.
void AppendMeta(pugi::xml_node document, const Document& doc, const std::string& type,
                const std::string& name);

}  // namespace congvan::akn

#endif  // CONGVAN_IO_AKN_META_H_
