// The task glue tables (see json_task_glue.h), built by constexpr code from
// the layout's rules: a member is a comma (but the first), a newline and
// the indent of its depth, the quoted name, a colon and a space; compact
// drops the newline, the indent and the space.
#include "io/json_task_glue.h"

#include <array>

namespace congvan::io_internal {
namespace {

class GlueMaker {
 public:
  constexpr GlueMaker(int depth, bool compact) : depth_(depth), compact_(compact) {}
  constexpr GlueMaker& Add(const char* text) {
    while (*text != '\0') glue_.bytes[glue_.size++] = *text++;
    return *this;
  }
  // Newline and indent at `depth` (nothing when compact).
  constexpr GlueMaker& Line(int depth) {
    if (compact_) return *this;
    glue_.bytes[glue_.size++] = '\n';
    for (int k = 0; k < 2 * depth; ++k) glue_.bytes[glue_.size++] = ' ';
    return *this;
  }
  // The member `name` at the maker's depth, after a comma unless `first`.
  constexpr GlueMaker& Member(const char* name, bool first = false) {
    if (!first) Add(",");
    Line(depth_).Add("\"").Add(name).Add(compact_ ? "\":" : "\": ");
    return *this;
  }
  constexpr JsonGlue Done() const { return glue_; }

 private:
  JsonGlue glue_;
  int depth_;
  bool compact_;
};

constexpr TaskGlueRow MakeRow(int depth, bool compact) {
  const auto make = [&] { return GlueMaker(depth, compact); };
  TaskGlueRow row;
  const auto at = [&](TaskGlue piece) -> JsonGlue& {
    return row.pieces[static_cast<size_t>(piece)];
  };
  at(TaskGlue::kOpenLines) = make().Add("{").Member("lines", true).Add("[").Line(depth + 1).Done();
  at(TaskGlue::kOpenLevel) = make().Add("{").Member("level", true).Done();
  at(TaskGlue::kLevelLines) = make().Member("lines").Add("[").Line(depth + 1).Done();
  at(TaskGlue::kPairMiddle) = make().Add(",").Line(depth + 1).Done();
  at(TaskGlue::kPairEndMarker) = make().Line(depth).Add("]").Member("marker").Done();
  at(TaskGlue::kOrdinal) = make().Member("ordinal").Done();
  at(TaskGlue::kPath) = make().Member("path").Done();
  at(TaskGlue::kStyle) = make().Member("style").Done();
  at(TaskGlue::kText) = make().Member("text").Done();
  at(TaskGlue::kChildren) = make().Member("children").Add("[").Done();
  at(TaskGlue::kLeafEnd) = make().Add("]").Line(depth - 1).Add("}").Done();
  return row;
}

constexpr TaskGlueTable MakeTable(bool compact) {
  TaskGlueTable table;
  for (int depth = 1; depth <= kMaxTaskGlueDepth; ++depth) {
    table[static_cast<size_t>(depth)] = MakeRow(depth, compact);
  }
  return table;
}

}  // namespace

constexpr TaskGlueTable kPrettyTaskGlue = MakeTable(false);
constexpr TaskGlueTable kCompactTaskGlue = MakeTable(true);

}  // namespace congvan::io_internal
