// One table of writers per artifact: the output formats of a parsed document
// and of a timeline, each an entry {name, description, write}. The CLI and
// the Python module look a format up here, so a new format is one entry in
// engine/src/io/formats.cc, not an edit of every command's if/else chain.
#ifndef CONGVAN_FORMATS_H_
#define CONGVAN_FORMATS_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/timeline.h"
#include "congvan/timeline_writers.h"

namespace congvan {

template <typename Artifact>
struct OutputFormat {
  std::string name;         // the --format value: "json"
  std::string description;  // one line for --help
  // Streams the artifact to `out` (a timeline of hundreds of versions is
  // never held as one string).
  std::function<void(const Artifact&, std::ostream&)> write;
};

// json, outline, akn, dump (congvan/writers.h), in that order.
const std::vector<OutputFormat<Document>>& DocumentFormats();
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
