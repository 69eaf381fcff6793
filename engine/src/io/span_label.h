// How a writer for people shows where a node or block is in its source:
// "[12]", "[12-15]", "[12-15,18]" (several runs when page furniture
// interrupts it), and where a place begins or ends inside a line, the bytes
// after a colon: "[15:143-]" (line 15 from byte 143 to its end),
// "[14-15:0-143]". Shared by the outline and the golden dump.
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
  if (spans.cut()) {
    out += ":" + std::to_string(spans.from_byte()) + "-";
    if (spans.to_byte() != LineSpans::kLineEnd) out += std::to_string(spans.to_byte());
  }
  return "[" + out + "]";
}

}  // namespace congvan::io

#endif  // CONGVAN_IO_SPAN_LABEL_H_
