// What a timeline's writers say about the lineages shown
// (engine/src/io/timeline_shown.cc).
#ifndef CONGVAN_SRC_IO_TIMELINE_SHOWN_H_
#define CONGVAN_SRC_IO_TIMELINE_SHOWN_H_

#include <string>

#include "congvan/timeline.h"

namespace congvan::io_internal {

// "3,521 lineages" for a whole timeline; "433 of 3,521 lineages shown
// (--articles --changed)" for a filtered one (Timeline::filter).
std::string LineagesShown(const Timeline& t);

// The options that chose the lineages shown: "--articles --changed",
// "--changed", or "" for the whole timeline.
std::string FilterOptions(const LineageFilter& filter);

// 3521 → "3,521" (a reader's count, not a machine's).
std::string GroupedCount(size_t n);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_TIMELINE_SHOWN_H_
