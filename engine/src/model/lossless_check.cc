// CheckLossless: every non-blank source line is claimed exactly once, by one
// task (at any depth, quoted provisions included) or one block.
//
// A line claimed whole counts once. A place that begins or ends inside a line
// (LineSpans::from_byte / to_byte: a clause or a heading glued to the sentence
// before it on one physical line) claims only a part of that line, a byte
// interval [from, to) with to = kLineEnd for the line's end. Such a line is
// lossless when its parts tile it: sorted, the first begins at byte 0, each
// begins where the one before ends, the last runs to the line's end, and no
// place claims the line whole beside them. The lengths of lines are not known
// here, so a part ending before the line's end is always followed by another.
#include <algorithm>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "congvan/document.h"

namespace congvan {
namespace {

using BytePart = std::pair<int, int>;  // [from, to), to == LineSpans::kLineEnd: the line's end

// Why the parts of `line` (claimed in parts only) do not tile it, or "".
std::string TilingProblem(int line, std::vector<BytePart> parts) {
  std::sort(parts.begin(), parts.end());
  int at = 0;
  for (const BytePart& part : parts) {
    if (at == LineSpans::kLineEnd || part.first != at) {
      return "line " + std::to_string(line) + " is cut at byte " + std::to_string(part.first) +
             " but its part before ends at " +
             (at == LineSpans::kLineEnd ? std::string("the line's end") : std::to_string(at));
    }
    at = part.second;
  }
  if (at != LineSpans::kLineEnd) {
    return "line " + std::to_string(line) + " is cut at byte " + std::to_string(at) +
           " and nothing claims its rest";
  }
  return "";
}

class LineClaims {
 public:
  explicit LineClaims(const Document& doc)
      : line_count_(doc.line_count),
        owners_(static_cast<size_t>(doc.line_count) + 2, 0),
        blank_(owners_.size(), false) {
    for (int b : doc.blank_lines) {
      if (b >= 1 && b <= doc.line_count) blank_[static_cast<size_t>(b)] = true;
    }
  }

  void Claim(const LineSpans& spans) {
    for (size_t k = 0; k < spans.size(); ++k) {
      const LineSpan& s = spans[k];
      if (s.first < 1 || s.last > line_count_ || s.first > s.last) {
        if (error_.empty()) {
          error_ = "span " + std::to_string(s.first) + "-" + std::to_string(s.last) +
                   " is outside the document";
        }
        return;
      }
      for (int l = s.first; l <= s.last; ++l) {
        if (blank_[static_cast<size_t>(l)]) continue;
        const bool cut_from = k == 0 && l == s.first && spans.from_byte() != 0;
        const bool cut_to =
            k + 1 == spans.size() && l == s.last && spans.to_byte() != LineSpans::kLineEnd;
        if (cut_from || cut_to) {
          parts_[l].push_back(
              {cut_from ? spans.from_byte() : 0, cut_to ? spans.to_byte() : LineSpans::kLineEnd});
        } else {
          ++owners_[static_cast<size_t>(l)];
        }
      }
    }
  }

  std::string Problem() const {
    if (!error_.empty()) return error_;
    for (int l = 1; l <= line_count_; ++l) {
      if (blank_[static_cast<size_t>(l)]) continue;
      const int n = owners_[static_cast<size_t>(l)];
      auto cut = parts_.find(l);
      if (cut != parts_.end()) {
        if (n > 0) return "line " + std::to_string(l) + " is cut and also claimed whole";
        if (std::string problem = TilingProblem(l, cut->second); !problem.empty()) return problem;
        continue;
      }
      if (n == 0) return "line " + std::to_string(l) + " is in no task and no block";
      if (n > 1) return "line " + std::to_string(l) + " is claimed " + std::to_string(n) + " times";
    }
    return "";
  }

 private:
  int line_count_;
  std::vector<int> owners_;  // owners_[l]: how many places claim line l whole
  std::vector<bool> blank_;
  std::map<int, std::vector<BytePart>> parts_;  // lines claimed in parts
  std::string error_;
};

}  // namespace

std::string CheckLossless(const Document& doc) {
  LineClaims claims(doc);
  for (const Block& b : doc.blocks) claims.Claim(b.spans);
  // Tasks, and the provisions that amending tasks quote (at any depth).
  std::function<void(std::span<const Node>)> claim_nodes = [&](std::span<const Node> nodes) {
    for (const Node& n : nodes) {
      claims.Claim(n.spans);
      claim_nodes(n.quoted());
      claim_nodes(n.children);
    }
  };
  claim_nodes(doc.tasks);
  return claims.Problem();
}

}  // namespace congvan
