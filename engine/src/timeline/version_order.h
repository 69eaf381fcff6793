// The order of a timeline's versions (engine/src/timeline/version_order.cc).
#ifndef CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_
#define CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_

#include <vector>

#include "congvan/document.h"
#include "congvan/status.h"
#include "congvan/timeline.h"

namespace congvan::timeline_internal {

// Where the versions go in the timeline.
struct VersionPlaces {
  std::vector<size_t> order;  // indexes into `versions`, in timeline order
  // Per version (input index): it shares its rank with another version and
  // not all of them have an issue date, or its year is unknown — it stands
  // where the input put it, which the reader must be told.
  std::vector<bool> by_input_order;
};

// The timeline order (TimelineOptions says how): the input order when
// keep_input_order, by year, or by `order` when it is not empty; within one year by issue date when
// every version of that year has one, else in input order. Fails (kInvalidArgument, naming the
// file) when `order` repeats a year or cannot place a version.
Result<VersionPlaces> VersionOrder(const std::vector<Document>& versions,
                                   const TimelineOptions& options);

}  // namespace congvan::timeline_internal

#endif  // CONGVAN_SRC_TIMELINE_VERSION_ORDER_H_
