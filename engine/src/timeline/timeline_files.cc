// BuildTimelineFromFiles(): the timeline of files on disk, as the CLI and the
// Python module both build it (one place, so their JSON is the same).
//
// Approach: parse every file first (the first error stops everything; a
// caller may parse some paths its own way, as the CLI does for "-"), give a
// version whose text names no year the year in its file name, then
// BuildTimeline(). The year in a name is YearFromFileName (congvan/parse.h),
// which `congvan index` uses too.
#include <string>
#include <utility>
#include <vector>

#include "congvan/parse.h"
#include "congvan/timeline.h"

namespace congvan {

Result<Timeline> BuildTimelineFromFiles(const std::vector<std::string>& paths,
                                        const ParseOptions& parse, const TimelineOptions& options,
                                        const TimelineInputParser& parse_input) {
  std::vector<Document> docs;
  docs.reserve(paths.size());
  for (const std::string& path : paths) {
    auto doc = parse_input ? parse_input(path, parse) : ParseFile(path, parse);
    if (!doc.ok()) return doc.status();
    if (!doc->meta.year) doc->meta.year = YearFromFileName(path);
    docs.push_back(std::move(*doc));
  }
  Result<Timeline> timeline = BuildTimeline(std::move(docs), options);
  if (!timeline.ok()) {
    const Status& s = timeline.status();
    return Status::Error(s.code(), "timeline: " + s.ToString());
  }
  return timeline;
}

}  // namespace congvan
