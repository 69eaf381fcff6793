// Internal: the paragraphs of a Word document whose tracked changes turn one
// version of a text into another (see tracked_plan.cc), before any XML.
#ifndef CONGVAN_SRC_IO_TRACKED_PLAN_H_
#define CONGVAN_SRC_IO_TRACKED_PLAN_H_

#include <string>
#include <vector>

#include "congvan/align.h"
#include "congvan/document.h"
#include "congvan/redline.h"

namespace congvan::io {

// How a paragraph of one version looks in the Word document.
enum class ParagraphLook { kBody, kTitle, kDivision };

// One paragraph of a version: a line of a block, a task ("marker text"), or
// a provision an amending task quotes. Whitespace is one space, no control
// characters, never empty.
struct VersionParagraph {
  std::string text;
  int task_index = -1;  // preorder index of the task (NodeRef::index); -1 when not a task
  int depth = 0;        // of a task or a quoted provision
  ParagraphLook look = ParagraphLook::kBody;
};

// The document's paragraphs in reading order: blocks and tasks by their first
// source line, a block line by line, quoted provisions after the task that
// quotes them. Lines that hold nothing but whitespace and control characters
// are left out (Word could not show them).
std::vector<VersionParagraph> VersionParagraphs(const Document& doc);

enum class TrackedOp {
  kEqual,      // in both versions, same text: segments = {equal}
  kReworded,   // in both, text changed: the word redline (equal/delete/insert)
  kInserted,   // only in the new version: {insert}
  kDeleted,    // only in the old version: {delete}
  kMovedFrom,  // the old place of a moved paragraph: {equal} = its old text
  kMovedTo,    // its new place: equal (moved words) and insert segments
};

struct TrackedParagraph {
  TrackedOp op = TrackedOp::kEqual;
  std::vector<RedlineSegment> segments;
  int move = -1;  // kMovedFrom / kMovedTo: the move's number, 0-based, shared by the pair
  int depth = 0;
  ParagraphLook look = ParagraphLook::kBody;
};

// The paragraphs of both versions merged into one sequence, in the new
// version's order. Guarantees: the kEqual, kReworded (equal + delete
// segments), kDeleted and kMovedFrom paragraphs, in order, are the old
// version's paragraphs; kEqual, kReworded (equal + insert), kInserted and
// kMovedTo paragraphs are the new version's. Moved tasks (ChangeOp::kMoved,
// and matched tasks that could not stay in order) become move pairs; matched
// tasks in order and identical non-task paragraphs stay in place; the whole
// of a split or merge is reworded into its closest piece. Across languages a
// reworded pair is one deletion and one insertion (no word redline).
std::vector<TrackedParagraph> PlanTrackedChanges(const Alignment& alignment,
                                                 const Document& old_doc, const Document& new_doc);

}  // namespace congvan::io

#endif  // CONGVAN_SRC_IO_TRACKED_PLAN_H_
