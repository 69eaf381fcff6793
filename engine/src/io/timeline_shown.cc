// The count of lineages shown, as the timeline's text and HTML writers
// say it.
//
// Approach: `congvan timeline --articles --changed` leaves out most lineages
// of a law (on Luật Đất đai 1993 → 2024, 3,088 of 3,521), and a count of the
// rest alone reads as if it were the whole timeline. FilterLineages records
// the filter and how many it left out in the Timeline; this phrase states
// both, with the options that chose, in one place so the formats agree. The
// JSON says the same as numbers (timeline_json.cc).
#include "io/timeline_shown.h"

#include <string>

namespace congvan::io_internal {

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

std::string LineagesShown(const Timeline& t) {
  const size_t shown = t.lineages.size();
  const std::string options = FilterOptions(t.filter);
  if (options.empty() && t.lineages_left_out == 0) {
    return GroupedCount(shown) + (shown == 1 ? " lineage" : " lineages");
  }
  return GroupedCount(shown) + " of " + GroupedCount(shown + t.lineages_left_out) +
         " lineages shown (" + options + ")";
}

}  // namespace congvan::io_internal
