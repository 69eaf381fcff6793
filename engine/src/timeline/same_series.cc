// CheckSameSeries(): a timeline's unrelated pairs as one error line, for the
// front ends that refuse to chain documents of different series unless told
// to (`congvan timeline --force`, the Python module's force=True).
//
// Approach: the builder has already measured each pair (TimelinePair); this
// only words the first unrelated one. The version named is the one that
// does not belong: the later of the pair, unless the earlier is unrelated to
// both its neighbours (a stray document in the middle or at the start of a
// series). When that version is an amending text, the line says what to
// give instead: the consolidated text its amendments make.
#include <cmath>
#include <string>

#include "congvan/timeline.h"

namespace congvan {
namespace {

std::string FileName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// At least a fifth of its tasks amend another text. A consolidated text
// quotes an amending provision now and then in its footnotes; an amending
// law is made of them (Luật 51/2024/QH15: 48 of its 63 tasks; the three
// consolidations of the law it amends, 6 of 465–561).
bool IsAmendingText(const TimelineVersion& v) {
  return v.amending_tasks > 0 && v.amending_tasks * 5 >= v.task_count;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// An amending text (a law "sửa đổi, bổ sung một số điều") is the most
// common stray in a real series: a researcher gives the law, its amending
// law and the consolidation. Its tasks are instructions, not the law's
// provisions; the version it makes is the consolidation.
std::string AmendingHint(const TimelineVersion& stray) {
  if (!IsAmendingText(stray)) return "";
  return "; it amends another text (" + std::to_string(stray.amending_tasks) + " of its " +
         std::to_string(stray.task_count) +
         " tasks are amending provisions): the version it makes is the text with its "
         "amendments applied — the consolidated text (văn bản hợp nhất), or 'congvan "
         "consolidate BASE AMENDING'";
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
                             ": not a version of the same series" + AmendingHint(stray));
  }
  // An amending text that shares enough to pass as a version (Luật
  // 43/2024/QH15 quotes the clauses it rewrites: 8 of its 10 tasks amend,
  // 80% of them have a counterpart in Luật Đất đai 2024) is no version either.
  if (t.versions.size() > 1) {
    for (const TimelineVersion& v : t.versions) {
      if (!IsAmendingText(v)) continue;
      return Status::Error(
          StatusCode::kInvalidInput,
          "timeline: " + v.source + ": not a version of the series" + AmendingHint(v));
    }
  }
  return Status::Ok();
}

}  // namespace congvan
