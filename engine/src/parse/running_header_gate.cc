// The running-header gate's out-of-line part (parse/running_header_gate.h):
// whether a few hashes repeat, by sorting them — a law has a dozen lines at
// page edges, a scanned copy a few hundred.
#include "parse/running_header_gate.h"

#include <algorithm>

namespace congvan::parse {

bool AnyHashTwice(std::vector<uint32_t>& hashes) {
  std::sort(hashes.begin(), hashes.end());
  return std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
}

}  // namespace congvan::parse
