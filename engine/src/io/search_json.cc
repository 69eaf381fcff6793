// The JSON of a corpus search (congvan/corpus_db.h WriteSearchJson): the
// query as run, its concept expansions and the hits, each with its document,
// place and highlight byte ranges. One writer for `congvan search --format
// json` and the Python module's search(), so the two cannot drift; the
// shape is schemas/search.schema.json when that ships.
#include <nlohmann/json.hpp>
#include <string>

#include "congvan/corpus_db.h"

namespace congvan {

namespace {

nlohmann::json Optional(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

}  // namespace

std::string WriteSearchJson(const SearchResult& result, const std::string& query) {
  nlohmann::json j;
  j["query"] = query;
  j["fts_query"] = result.fts_query;
  j["total"] = result.total;
  j["truncated"] = result.hits.size() < result.total;
  j["expansions"] = nlohmann::json::array();
  for (const ConceptExpansion& e : result.expansions) {
    j["expansions"].push_back(
        {{"phrase", e.phrase}, {"concept", e.concept_id}, {"forms", e.forms}});
  }
  j["hits"] = nlohmann::json::array();
  for (const SearchHit& h : result.hits) {
    nlohmann::json highlights = nlohmann::json::array();
    for (const auto& [begin, end] : h.highlights) highlights.push_back({begin, end});
    j["hits"].push_back({{"source", h.source},
                         {"year", h.year ? nlohmann::json(*h.year) : nlohmann::json()},
                         {"language", h.language},
                         {"kind", Optional(h.kind)},
                         {"number", Optional(h.number)},
                         {"issuer", Optional(h.issuer)},
                         {"path", h.path},
                         {"marker", Optional(h.marker)},
                         {"depth", h.depth},
                         {"text", h.text},
                         {"lines", {h.line_first, h.line_last}},
                         {"highlights", highlights}});
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace congvan
