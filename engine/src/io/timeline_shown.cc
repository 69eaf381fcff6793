// The words every format of a timeline (text, HTML, the CLI's stderr) uses
// for two things a reader must not miss: how many lineages are shown, and
// which versions only the input order placed.
//
// Approach: `congvan timeline --articles --changed` leaves out most lineages
// of a law (on Luật Đất đai 1993 → 2024, 3,088 of 3,521), and a count of the
// rest alone reads as if it were the whole timeline. FilterLineages records
// the filter and how many it left out in the Timeline; the phrase here
// states both, with the options that chose. A version whose year is shared
// by versions without an issue date, or which has no year at all, stands
// where the input put it (TimelineVersion::placed_by_input_order); the note
// here says so and why. Each is worded once, here, so the formats agree; the
// JSON says the same as numbers and flags (timeline_json.cc), and the CSV
// keeps its header names for scripts (the CLI says the count on stderr).
#include "io/timeline_shown.h"

#include <string>

#include "congvan/timeline_writers.h"

namespace congvan {
namespace io_internal {

std::string GroupedCount(size_t n) {
  std::string digits = std::to_string(n);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

std::string FilterOptions(const LineageFilter& filter) {
  std::string options;
  if (filter.divisions_only) options += "--articles";
  if (filter.changed_only) options += options.empty() ? "--changed" : " --changed";
  return options;
}

}  // namespace io_internal

std::string TimelineLineagesShown(const Timeline& t, bool grouped_digits) {
  auto count = [&](size_t n) {
    return grouped_digits ? io_internal::GroupedCount(n) : std::to_string(n);
  };
  const size_t shown = t.lineages.size();
  const std::string options = io_internal::FilterOptions(t.filter);
  if (options.empty() && t.lineages_left_out == 0) {
    return count(shown) + (shown == 1 ? " lineage" : " lineages");
  }
  return count(shown) + " of " + count(shown + t.lineages_left_out) + " lineages shown (" +
         options + ")";
}

std::string TimelineInputOrderNote(const TimelineVersion& version) {
  if (!version.placed_by_input_order) return "";
  if (!version.year) return "last, in the order given (no year in the text or the file name)";
  return "in the order given (not every version of " + std::to_string(*version.year) +
         " has an issue date)";
}

}  // namespace congvan
