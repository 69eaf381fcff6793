// A text's trimmed non-blank lines (see trimmed_lines.h).
#include "support/trimmed_lines.h"

#include <sstream>

#include "support/corpus.h"

namespace congvan::testing {

std::vector<std::string_view> TrimmedLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
    begin = end + 1;
  }
  return out;
}

std::vector<std::string> CorpusLinesAsWrittenAndTrimmed() {
  std::vector<std::string> lines;
  for (const std::string& text : CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      lines.push_back(line);
      const size_t first = line.find_first_not_of(" \t");
      if (first != 0 && first != std::string::npos) lines.push_back(line.substr(first));
    }
  }
  return lines;
}

}  // namespace congvan::testing
