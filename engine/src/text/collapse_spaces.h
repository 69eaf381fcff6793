// One space for each run of spaces and tabs, none at either end: how the
// grammar's loader reads the phrases it is given and how the metadata reader
// compares a letterhead's cells, whose words a Word table pads apart.
#ifndef CONGVAN_SRC_TEXT_COLLAPSE_SPACES_H_
#define CONGVAN_SRC_TEXT_COLLAPSE_SPACES_H_

#include <string>
#include <string_view>

namespace congvan::text {

inline std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_COLLAPSE_SPACES_H_
