// One table of writers per artifact: the output formats of a parsed document,
// of a diff, of a timeline and of the lexicon reports, each an entry {name, description, write, how
// several share one output, whether it is binary}. The CLI and the Python
// module look a format up here, so a new format is one entry in
// engine/src/io/formats.cc, not an edit of every command's if/else chain.
#ifndef CONGVAN_FORMATS_H_
#define CONGVAN_FORMATS_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/align.h"
#include "congvan/diff_docx.h"
#include "congvan/diff_report.h"
#include "congvan/document.h"
#include "congvan/lexicon_report.h"
#include "congvan/status.h"
#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"

namespace congvan {

// How several artifacts share one output (`congvan parse a.txt b.txt`):
// JSON documents become one array, outlines are separated by a blank line.
// A format that holds a single artifact (one Akoma Ntoso file) takes no more.
struct Sequence {
  std::string_view open;       // before the first, when there are several
  std::string_view separator;  // between two
  std::string_view close;      // after the last, when there are several
  bool single = false;         // one artifact per output
};

template <typename Artifact>
struct OutputFormat {
  std::string name;         // the --format value: "json"
  std::string description;  // one line for --help
  // Streams the artifact to `out` (a timeline of hundreds of versions is
  // never held as one string). Returns OK, or why nothing usable was written
  // (a Word diff's malformed date: kInvalidArgument); on failure `out` may
  // hold a partial output, which the caller discards.
  std::function<Status(const Artifact&, std::ostream&)> write;
  Sequence sequence = {};
  bool binary = false;  // bytes a terminal cannot show (a Word file)
};

// What the diff writers render: the alignment of two documents and the
// options of its reports. Borrows the three; they outlive it.
struct DiffArtifact {
  const Alignment& alignment;
  const Document& old_doc;
  const Document& new_doc;
  DiffReportOptions report;
  DiffDocxOptions docx;
};

// json, outline, akn, dump (congvan/writers.h), in that order.
const std::vector<OutputFormat<Document>>& DocumentFormats();
// text, json, html (congvan/diff_report.h), docx (congvan/diff_docx.h).
const std::vector<OutputFormat<DiffArtifact>>& DiffFormats();
// text, json (congvan/lexicon_report.h): `congvan lexicon stats` and `coverage`.
const std::vector<OutputFormat<LexiconStats>>& LexiconStatsFormats();
const std::vector<OutputFormat<LexiconCoverageReport>>& LexiconCoverageFormats();
// text, json, csv, html (congvan/timeline.h), in that order.
const std::vector<OutputFormat<Timeline>>& TimelineFormats();

// The entry called `name`, or nullptr when the table has none.
template <typename Artifact>
const OutputFormat<Artifact>* FindFormat(const std::vector<OutputFormat<Artifact>>& table,
                                         std::string_view name) {
  for (const auto& f : table) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// The names for a message or --help: "text, json, csv or html".
template <typename Artifact>
std::string FormatNames(const std::vector<OutputFormat<Artifact>>& table) {
  std::string out;
  for (size_t i = 0; i < table.size(); ++i) {
    if (i > 0) out += i + 1 == table.size() ? " or " : ", ";
    out += table[i].name;
  }
  return out;
}

}  // namespace congvan

#endif  // CONGVAN_FORMATS_H_
