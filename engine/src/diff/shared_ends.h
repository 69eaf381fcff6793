// The bytes two texts share at either end, cut where word breaking agrees.
#ifndef CONGVAN_DIFF_SHARED_ENDS_H_
#define CONGVAN_DIFF_SHARED_ENDS_H_

#include <cstddef>
#include <string_view>

namespace congvan::diff {

// Byte lengths of the prefix and the suffix two texts share, each ending or
// starting at a cut where ICU's word breaking breaks whatever surrounds it.
// prefix + suffix never exceeds the shorter text's length.
struct SharedEnds {
  size_t prefix = 0;  // bytes
  size_t suffix = 0;  // bytes
};

// The shared ends of `a` and `b` (see shared_ends.cc for why the cuts are
// safe for the token diff). Both zero when the texts share no cut.
SharedEnds SharedEndsOf(std::string_view a, std::string_view b);

}  // namespace congvan::diff

#endif  // CONGVAN_DIFF_SHARED_ENDS_H_
