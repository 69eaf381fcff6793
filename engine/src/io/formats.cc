// The writer tables (congvan/formats.h): each artifact's formats in one list,
// in the order --help shows them. Adding a format is adding its writer in
// io/ and one entry here.
#include "congvan/formats.h"

#include "congvan/timeline_writers.h"
#include "congvan/writers.h"

namespace congvan {

const std::vector<OutputFormat<Document>>& DocumentFormats() {
  static const std::vector<OutputFormat<Document>> table = {
      {"json", "the JSON contract (docs/DESIGN.md)",
       [](const Document& d) { return WriteJson(d); }},
      {"outline", "tasks indented, with markers and line numbers", WriteOutline},
      {"akn", "Akoma Ntoso 3.0 XML", WriteAkomaNtoso},
      {"dump", "the canonical one-line-per-node dump of the golden tests", WriteDump},
  };
  return table;
}

const std::vector<OutputFormat<Timeline>>& TimelineFormats() {
  static const std::vector<OutputFormat<Timeline>> table = {
      {"text", "a table: one row per lineage, one column per version",
       [](const Timeline& t) { return WriteTimelineText(t); }},
      {"json", "the timeline contract: versions and lineages", WriteTimelineJson},
      {"csv", "one row per lineage (RFC 4180)", WriteTimelineCsv},
      {"html", "one self-contained page with an SVG chart", WriteTimelineHtml},
  };
  return table;
}

}  // namespace congvan
