// CheckSameSeries(): a timeline's unrelated pairs as one error line, for the
// front ends that refuse to chain documents of different series unless told
// to (`congvan timeline --force`, the Python module's force=True).
//
// Approach: the builder has already measured each pair (TimelinePair); this
// only words the first unrelated one. The version named is the one that
// does not belong: the later of the pair, unless the earlier is unrelated to
// both its neighbours (a stray document in the middle or at the start of a
// series).
#include <cmath>
#include <string>

#include "congvan/timeline.h"

namespace congvan {
namespace {

std::string FileName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

}  // namespace

Status CheckSameSeries(const Timeline& t) {
  for (size_t p = 0; p < t.pairs.size() && p + 1 < t.versions.size(); ++p) {
    const TimelinePair& pair = t.pairs[p];
    if (!pair.unrelated) continue;
    bool earlier_stray = t.versions[p].unrelated && !t.versions[p + 1].unrelated;
    const TimelineVersion& stray = t.versions[earlier_stray ? p : p + 1];
    const TimelineVersion& other = t.versions[earlier_stray ? p + 1 : p];
    std::string where = earlier_stray ? "the version after it" : "the version before it";
    return Status::Error(StatusCode::kInvalidInput,
                         "timeline: " + stray.source + " shares " + Percent(pair.shared) +
                             " of the tasks with " + FileName(other.source) + ", " + where +
                             ": not a version of the same series");
  }
  return Status::Ok();
}

}  // namespace congvan
