// JSON for a parsed Document, following the contract in docs/DESIGN.md
// (field names are fixed; fields are only ever added).
#include <string>

#include "congvan/writers.h"

namespace congvan {
namespace {

nlohmann::json SpansJson(const std::vector<LineSpan>& spans) {
  nlohmann::json out = nlohmann::json::array();
  for (const LineSpan& s : spans) out.push_back({s.first, s.last});
  return out;
}

nlohmann::json NodeJson(const Node& n) {
  nlohmann::json j;
  j["path"] = n.path;
  j["marker"] = n.marker.empty() ? nlohmann::json(nullptr) : nlohmann::json(n.marker);
  j["ordinal"] = n.ordinal ? nlohmann::json(*n.ordinal) : nlohmann::json(nullptr);
  j["style"] = n.style.empty() ? nlohmann::json(nullptr) : nlohmann::json(n.style);
  j["text"] = n.text;
  LineSpan all = n.lines();
  j["lines"] = {all.first, all.last};
  if (n.spans.size() > 1) j["spans"] = SpansJson(n.spans);
  j["children"] = nlohmann::json::array();
  for (const Node& c : n.children) j["children"].push_back(NodeJson(c));
  return j;
}

}  // namespace

nlohmann::json DocumentToJson(const Document& doc) {
  nlohmann::json j;
  j["source"] = doc.source;
  j["language"] = LanguageCode(doc.language);
  nlohmann::json meta;
  auto or_null = [](const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
  };
  meta["title"] = or_null(doc.meta.title);
  meta["number"] = or_null(doc.meta.number);
  meta["date"] = or_null(doc.meta.date);
  meta["issuer"] = or_null(doc.meta.issuer);
  meta["year"] = doc.meta.year ? nlohmann::json(*doc.meta.year) : nlohmann::json(nullptr);
  meta["references"] = nlohmann::json::array();
  for (const Reference& r : doc.meta.references) {
    meta["references"].push_back(
        {{"type", r.type}, {"number", r.number}, {"date", or_null(r.date)}, {"text", r.text},
         {"line", r.line}});
  }
  j["meta"] = meta;
  j["blocks"] = nlohmann::json::array();
  for (const Block& b : doc.blocks) {
    nlohmann::json bj;
    bj["role"] = BlockRoleName(b.role);
    bj["text"] = b.text;
    bj["lines"] = {b.spans.front().first, b.spans.back().last};
    if (b.spans.size() > 1) bj["spans"] = SpansJson(b.spans);
    j["blocks"].push_back(std::move(bj));
  }
  j["tasks"] = nlohmann::json::array();
  for (const Node& n : doc.tasks) j["tasks"].push_back(NodeJson(n));
  j["diagnostics"] = doc.diagnostics;
  return j;
}

std::string WriteJson(const Document& doc) {
  // Invalid UTF-8 cannot reach here (decoding rejects it), but replace rather
  // than throw if it ever does.
  return DocumentToJson(doc).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace congvan
