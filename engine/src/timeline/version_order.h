// The order of a timeline's versions (engine/src/timeline/version_order.cc).
#ifndef CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_
#define CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_

#include <vector>

#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan::timeline_internal {

// Indexes into `versions` in timeline order (TimelineOptions::order says
// how): by year, or by `order` when it is not empty; within one year by issue
// date when every version of that year has one, else in input order. Fails
// (kInvalidArgument, naming the file) when `order` repeats a year or cannot
// place a version.
Result<std::vector<size_t>> VersionOrder(const std::vector<Document>& versions,
                                         const std::vector<int>& order);

}  // namespace congvan::timeline_internal

#endif  // CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_
