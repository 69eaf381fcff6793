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
       [](const Document& d, std::ostream& out) { WriteJson(d, out); }},
      {"outline", "tasks indented, with markers and line numbers",
       [](const Document& d, std::ostream& out) { out << WriteOutline(d); }},
      {"akn", "Akoma Ntoso 3.0 XML",
       [](const Document& d, std::ostream& out) { out << WriteAkomaNtoso(d); }},
      {"dump", "the canonical one-line-per-node dump of the golden tests",
       [](const Document& d, std::ostream& out) { out << WriteDump(d); }},
  };
  return table;
}

const std::vector<OutputFormat<Timeline>>& TimelineFormats() {
  static const std::vector<OutputFormat<Timeline>> table = {
      {"text", "a table: one row per lineage, one column per version",
       [](const Timeline& t, std::ostream& out) { WriteTimelineText(t, out); }},
      {"json", "the timeline contract: versions and lineages",
       [](const Timeline& t, std::ostream& out) { WriteTimelineJson(t, out); }},
      {"csv", "one row per lineage (RFC 4180)",
       [](const Timeline& t, std::ostream& out) { WriteTimelineCsv(t, out); }},
      {"html", "one self-contained page with an SVG chart",
       [](const Timeline& t, std::ostream& out) { WriteTimelineHtml(t, out); }},
  };
  return table;
}

}  // namespace congvan
