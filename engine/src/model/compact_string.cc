// CompactString (congvan/compact_string.h): everything is inline in the
// header but the stream output, which writes the text's bytes as a
// std::string's would be written.
#include "congvan/compact_string.h"

#include <ostream>

namespace congvan {

std::ostream& operator<<(std::ostream& out, const CompactString& text) {
  return out << text.view();
}

}  // namespace congvan
