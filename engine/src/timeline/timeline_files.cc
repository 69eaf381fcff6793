// BuildTimelineFromFiles(): the timeline of files on disk, as the CLI and the
// Python module both build it (one place, so their JSON is the same).
//
// Approach: parse every file first (the first error stops everything; a
// caller may parse some paths its own way, as the CLI does for "-"), give a
// version whose text names no year the year in its file name, then
// BuildTimeline(). The year in a name is the first run of exactly four digits
// that reads as a year 1900–2099 ("2021-vi-dispatch.txt"); longer digit runs
// (document numbers, dates written 20210315) are not years.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/parse.h"
#include "congvan/timeline.h"

namespace congvan {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<int> YearFromFileName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (size_t i = 0; i < name.size();) {
    if (!IsAsciiDigit(name[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < name.size() && IsAsciiDigit(name[j])) ++j;
    if (j - i == 4) {
      int year = std::stoi(std::string(name.substr(i, 4)));
      if (year >= 1900 && year <= 2099) return year;
    }
    i = j;
  }
  return std::nullopt;
}

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
