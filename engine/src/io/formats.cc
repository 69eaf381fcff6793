// The writer tables (congvan/formats.h): each artifact's formats in one list,
// in the order --help shows them. Adding a format is adding its writer in
// io/ and one entry here. Writers that cannot fail are wrapped to return OK,
// so every table has the one signature.
#include "congvan/formats.h"

#include "congvan/diff_docx.h"
#include "congvan/diff_report.h"
#include "congvan/lexicon_report.h"
#include "congvan/timeline_writers.h"
#include "congvan/writers.h"

namespace congvan {
namespace {

// A writer that cannot fail, as a table entry.
template <typename Artifact, typename Write>
std::function<Status(const Artifact&, std::ostream&)> Infallible(Write write) {
  return [write](const Artifact& artifact, std::ostream& out) {
    write(artifact, out);
    return Status::Ok();
  };
}

Status WriteDocx(const DiffArtifact& d, std::ostream& out) {
  Result<std::string> docx = WriteDiffDocx(d.alignment, d.old_doc, d.new_doc, d.docx);
  if (!docx.ok()) return docx.status();
  out << *docx;
  return Status::Ok();
}

// The ways several artifacts share one output, spelled out member by member
// (a partial designated initializer trips -Wmissing-field-initializers).
constexpr Sequence kOnePerOutput{.open = "", .separator = "", .close = "", .single = true};
constexpr Sequence kJsonArray{.open = "[\n", .separator = ",\n", .close = "]\n", .single = false};
constexpr Sequence kBlankLineBetween{.open = "", .separator = "\n", .close = "", .single = false};

}  // namespace

const std::vector<OutputFormat<Document>>& DocumentFormats() {
  static const std::vector<OutputFormat<Document>> table = {
      {"json", "the JSON contract (docs/DESIGN.md)",
       Infallible<Document>([](const Document& d, std::ostream& out) { WriteJson(d, out); }),
       kJsonArray},
      {"outline", "tasks indented, with markers and line numbers",
       Infallible<Document>([](const Document& d, std::ostream& out) { out << WriteOutline(d); }),
       kBlankLineBetween},
      {"akn", "Akoma Ntoso 3.0 XML", Infallible<Document>([](const Document& d, std::ostream& out) {
         out << WriteAkomaNtoso(d);
       }),
       kOnePerOutput},
      {"dump", "the canonical one-line-per-node dump of the golden tests",
       Infallible<Document>([](const Document& d, std::ostream& out) { out << WriteDump(d); })},
  };
  return table;
}

const std::vector<OutputFormat<DiffArtifact>>& DiffFormats() {
  static const std::vector<OutputFormat<DiffArtifact>> table = {
      {"text", "a summary, then each change with a word redline",
       Infallible<DiffArtifact>([](const DiffArtifact& d, std::ostream& out) {
         out << WriteDiffText(d.alignment, d.old_doc, d.new_doc, d.report);
       }),
       kOnePerOutput},
      {"json", "the diff contract: summary and changes",
       Infallible<DiffArtifact>([](const DiffArtifact& d, std::ostream& out) {
         out << WriteDiffJson(d.alignment, d.old_doc, d.new_doc, d.report);
       }),
       kOnePerOutput},
      {"html", "one self-contained page, filterable by kind of change",
       Infallible<DiffArtifact>([](const DiffArtifact& d, std::ostream& out) {
         out << WriteDiffHtml(d.alignment, d.old_doc, d.new_doc, d.report);
       }),
       kOnePerOutput},
      {"docx", "the new version with Word tracked changes from the old", WriteDocx, kOnePerOutput,
       /*binary=*/true},
  };
  return table;
}

const std::vector<OutputFormat<LexiconStats>>& LexiconStatsFormats() {
  static const std::vector<OutputFormat<LexiconStats>> table = {
      {"text", "sizes, then concepts per domain", Infallible<LexiconStats>(WriteLexiconStatsText),
       kOnePerOutput},
      {"json", "the same numbers as one object", Infallible<LexiconStats>(WriteLexiconStatsJson),
       kOnePerOutput},
  };
  return table;
}

const std::vector<OutputFormat<LexiconCoverageReport>>& LexiconCoverageFormats() {
  static const std::vector<OutputFormat<LexiconCoverageReport>> table = {
      {"text", "the share covered, then the uncovered words",
       Infallible<LexiconCoverageReport>(WriteLexiconCoverageText), kOnePerOutput},
      {"json", "the same as one object",
       Infallible<LexiconCoverageReport>(WriteLexiconCoverageJson), kOnePerOutput},
  };
  return table;
}

const std::vector<OutputFormat<Timeline>>& TimelineFormats() {
  static const std::vector<OutputFormat<Timeline>> table = {
      {"text", "a table: one row per lineage, one column per version",
       Infallible<Timeline>(
           [](const Timeline& t, std::ostream& out) { WriteTimelineText(t, out); }),
       kOnePerOutput},
      {"json", "the timeline contract: versions and lineages",
       Infallible<Timeline>(
           [](const Timeline& t, std::ostream& out) { WriteTimelineJson(t, out); }),
       kOnePerOutput},
      {"csv", "one row per lineage (RFC 4180)",
       Infallible<Timeline>([](const Timeline& t, std::ostream& out) { WriteTimelineCsv(t, out); }),
       kOnePerOutput},
      {"html", "one self-contained page with an SVG chart",
       Infallible<Timeline>(
           [](const Timeline& t, std::ostream& out) { WriteTimelineHtml(t, out); }),
       kOnePerOutput},
  };
  return table;
}

}  // namespace congvan
