// How a writer for people shows where a node or block is in its source:
// "[12]", "[12-15]", "[12-15,18]" (several runs when page furniture
// interrupts it). Shared by the outline and the golden dump.
#ifndef CONGVAN_IO_SPAN_LABEL_H_
#define CONGVAN_IO_SPAN_LABEL_H_

#include <string>
#include <vector>

#include "congvan/document.h"

namespace congvan::io {

inline std::string SpanLabel(const LineSpans& spans) {
  std::string out;
  for (const LineSpan& s : spans) {
    if (!out.empty()) out += ",";
    out += std::to_string(s.first);
    if (s.last != s.first) out += "-" + std::to_string(s.last);
  }
  return "[" + out + "]";
}

}  // namespace congvan::io

#endif  // CONGVAN_IO_SPAN_LABEL_H_
