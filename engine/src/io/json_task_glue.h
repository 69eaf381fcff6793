// The fixed bytes between a parsed task's values, made once per nesting
// depth and layout, so the JSON writer copies one block where it wrote a
// separator, a key, a bracket and a separator again. Approach: a task
// without notes, quoted provisions, a second span or a target (nearly every
// task of a law) always writes the same members in the same order —
// [level,] lines, marker, ordinal, path, style, text, children — so
// everything between two of its values is known from its depth alone:
// "{", newline, indent, "\"lines\": [", newline, a deeper indent before the
// first line number, and so on. The tables are built when the program is
// compiled (every depth up to kMaxTaskGlueDepth, both of nlohmann's
// layouts), each piece padded to a fixed block the writer copies whole and
// then moves past what counts. write_json.cc writes a task with them;
// tests/io/json_writer_test.cc compares the result with nlohmann's on every
// corpus text and fuzz input, and the pieces with what JsonStream writes
// for the same members at every depth.
#ifndef CONGVAN_SRC_IO_JSON_TASK_GLUE_H_
#define CONGVAN_SRC_IO_JSON_TASK_GLUE_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace congvan::io_internal {

// One piece: its bytes, zero-padded to kBytes (what is copied), and how
// many of them count.
struct JsonGlue {
  static constexpr size_t kBytes = 64;
  char bytes[kBytes] = {};
  uint32_t size = 0;
};

// The pieces of a task, at the depth of its members (its object's inside).
enum class TaskGlue {
  kOpenLines,      // {  "lines": [  (then the first line number)
  kOpenLevel,      // {  "level":
  kLevelLines,     // ,  "lines": [  (after the level)
  kPairMiddle,     // ,  between the two line numbers
  kPairEndMarker,  // ],  "marker":
  kOrdinal,        // ,  "ordinal":
  kPath,           // ,  "path":
  kStyle,          // ,  "style":
  kText,           // ,  "text":
  kChildren,       // ,  "children": [
  kLeafEnd,        // ]  }  (a leaf's empty children and the task's end)
  kCount
};

// The deepest task whose pieces fit kBytes in the pretty layout.
inline constexpr int kMaxTaskGlueDepth = 12;

// The pieces at one depth, and the tables (json_task_glue.cc), a row a
// depth (row 0 unused).
struct TaskGlueRow {
  JsonGlue pieces[static_cast<size_t>(TaskGlue::kCount)];
};
using TaskGlueTable = std::array<TaskGlueRow, kMaxTaskGlueDepth + 1>;
extern const TaskGlueTable kPrettyTaskGlue;
extern const TaskGlueTable kCompactTaskGlue;

// The pieces for members at `depth` in the given layout; null when deeper
// than kMaxTaskGlueDepth (the writer then goes member by member). Inline:
// asked once a task.
inline const JsonGlue* TaskGlueAt(int depth, bool compact) {
  if (depth < 1 || depth > kMaxTaskGlueDepth) return nullptr;
  return (compact ? kCompactTaskGlue : kPrettyTaskGlue)[static_cast<size_t>(depth)].pieces;
}

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_TASK_GLUE_H_
