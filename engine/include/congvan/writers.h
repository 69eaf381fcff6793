// Serialising a Document: JSON (the contract in docs/DESIGN.md), an indented
// outline for people, Akoma Ntoso XML, and the canonical one-line-per-node
// dump used by golden tests.
#ifndef CONGVAN_WRITERS_H_
#define CONGVAN_WRITERS_H_

#include <string>

#include <nlohmann/json.hpp>

#include "congvan/document.h"

namespace congvan {

nlohmann::json DocumentToJson(const Document& doc);
std::string WriteJson(const Document& doc);        // pretty-printed, trailing newline
std::string WriteOutline(const Document& doc);     // tasks indented, markers, line numbers
std::string WriteAkomaNtoso(const Document& doc);  // AKN 3.0 <doc name="dispatch">

// Writes `content` to `path` atomically (temp file + rename), so a failure
// never leaves a partial file behind. Returns an error message, or "".
std::string WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace congvan

#endif  // CONGVAN_WRITERS_H_
