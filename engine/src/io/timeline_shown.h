// What a timeline's writers and the CLI say about the lineages shown and the
// versions only the input order placed (engine/src/io/timeline_shown.cc; the
// public entry points are in congvan/timeline_writers.h).
#ifndef CONGVAN_SRC_IO_TIMELINE_SHOWN_H_
#define CONGVAN_SRC_IO_TIMELINE_SHOWN_H_

#include <string>

#include "congvan/timeline.h"

namespace congvan::io_internal {

// The options that chose the lineages shown: "--articles --changed",
// "--changed", or "" for the whole timeline.
std::string FilterOptions(const LineageFilter& filter);

// 3521 → "3,521" (a reader's count, not a machine's).
std::string GroupedCount(size_t n);

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_TIMELINE_SHOWN_H_
