// Serialising a Document: JSON (the contract in docs/DESIGN.md), an indented
// outline for people, Akoma Ntoso XML, and the canonical one-line-per-node
// dump used by golden tests.
#ifndef CONGVAN_WRITERS_H_
#define CONGVAN_WRITERS_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan {

// The JSON contract as an nlohmann DOM.
nlohmann::json DocumentToJson(const Document& doc);
// The same JSON, pretty-printed with a trailing newline, streamed task by
// task (memory stays near the size of the document, unlike a DOM).
void WriteJson(const Document& doc, std::ostream& out);
std::string WriteJson(const Document& doc);
// The same JSON object compact on one line, with a trailing newline: one
// record of a JSON Lines stream (`congvan parse --jsonl`).
void WriteJsonLine(const Document& doc, std::ostream& out);
std::string WriteOutline(const Document& doc);     // tasks indented, markers, line numbers
std::string WriteAkomaNtoso(const Document& doc);  // AKN 3.0 <doc name="dispatch">
// The canonical dump (one line per node and block; format in io/write_dump.cc)
// that golden files and the structure score compare.
std::string WriteDump(const Document& doc);

// Writes `content` to `path` atomically (temp file + rename), so a failure
// never leaves a partial file behind. On failure the Status (kIoError) names
// `path` as its location: "out.json: cannot write: Permission denied".
Status WriteFileAtomically(const std::string& path, const std::string& content);
// Same, with the content produced by `write` into the file's stream; `write`
// returns false to abandon the file (nothing is left behind).
Status WriteFileAtomically(const std::string& path,
                           const std::function<bool(std::ostream&)>& write);

}  // namespace congvan

#endif  // CONGVAN_WRITERS_H_
