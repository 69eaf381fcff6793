// A place that begins or ends inside a line (congvan/line_spans.h from_byte /
// to_byte) and the lossless check of a line cut in parts
// (engine/src/model/lossless_check.cc): the cut lives on the heap, a list
// without one stays inline; Append keeps the first part's start and the
// appended part's end; a cut line is lossless only when its parts tile it.
#include <catch2/catch.hpp>

#include "congvan/document.h"
#include "congvan/line_spans.h"

using congvan::Block;
using congvan::BlockRole;
using congvan::Document;
using congvan::LineSpans;
using congvan::Node;

namespace {

LineSpans Part(int first, int last, int from, int to) {
  LineSpans spans{{first, last}};
  spans.set_cut(from, to);
  return spans;
}

Node Task(LineSpans spans) {
  Node n;
  n.spans = std::move(spans);
  return n;
}

// A title on line 1, line 2 cut at byte 48 between two tasks, the second
// running on to line 3.
Document CutDocument() {
  Document doc;
  doc.line_count = 3;
  Block title;
  title.role = BlockRole::kTitle;
  title.spans = LineSpans{{1, 1}};
  doc.blocks.push_back(title);
  doc.tasks.push_back(Task(Part(2, 2, 0, 48)));
  doc.tasks.push_back(Task(Part(2, 3, 48, LineSpans::kLineEnd)));
  return doc;
}

}  // namespace

TEST_CASE("A cut span list keeps its bytes through copies and moves", "[model][line_spans]") {
  LineSpans plain{{15, 15}};
  CHECK_FALSE(plain.cut());
  CHECK(plain.from_byte() == 0);
  CHECK(plain.to_byte() == LineSpans::kLineEnd);
  LineSpans cut = Part(15, 15, 143, LineSpans::kLineEnd);
  CHECK(cut.cut());
  CHECK(cut.size() == 1);
  CHECK(cut.front().first == 15);
  CHECK_FALSE(cut == plain);  // the same lines, another place
  LineSpans copy = cut;
  CHECK(copy == cut);
  CHECK(copy.from_byte() == 143);
  LineSpans moved = std::move(copy);
  CHECK(moved.from_byte() == 143);
  moved.push_back({17, 18});  // the cut stays where it was
  CHECK(moved.size() == 2);
  CHECK(moved.from_byte() == 143);
  moved.clear();
  CHECK_FALSE(moved.cut());
  moved.push_back({3, 3});
  CHECK_FALSE(moved.cut());
}

TEST_CASE("Append joins a later part: its start, the other's end, one span per line",
          "[model][line_spans]") {
  // A heading cut out of the end of line 15 takes its title on line 16.
  LineSpans heading = Part(15, 15, 143, LineSpans::kLineEnd);
  heading.Append(LineSpans{{16, 16}});
  CHECK_FALSE(heading == Part(15, 15, 143, LineSpans::kLineEnd));
  CHECK(heading.size() == 2);
  CHECK(heading.from_byte() == 143);
  CHECK(heading.to_byte() == LineSpans::kLineEnd);
  // Two parts of one line become one span from the first's start to the
  // second's end.
  LineSpans first = Part(14, 15, 0, 60);
  first.Append(Part(15, 15, 60, 120));
  CHECK(first.size() == 1);
  CHECK(first.front().first == 14);
  CHECK(first.front().last == 15);
  CHECK(first.from_byte() == 0);
  CHECK(first.to_byte() == 120);
  // Without cuts Append is push_back span by span, as the merges were.
  LineSpans whole{{3, 3}};
  whole.Append(LineSpans{{4, 5}});
  CHECK(whole == LineSpans{{3, 3}, {4, 5}});
  CHECK_FALSE(whole.cut());
  LineSpans empty;
  empty.Append(Part(9, 9, 5, LineSpans::kLineEnd));
  CHECK(empty.from_byte() == 5);
}

TEST_CASE("A cut line is lossless when its parts tile it and nothing claims it whole",
          "[model][lossless]") {
  CHECK(congvan::CheckLossless(CutDocument()) == "");

  Document gap = CutDocument();
  gap.tasks[1].spans = Part(2, 3, 50, LineSpans::kLineEnd);
  CHECK(congvan::CheckLossless(gap) == "line 2 is cut at byte 50 but its part before ends at 48");

  Document rest_lost = CutDocument();
  rest_lost.tasks[1].spans = LineSpans{{3, 3}};
  CHECK(congvan::CheckLossless(rest_lost) ==
        "line 2 is cut at byte 48 and nothing claims its rest");

  Document also_whole = CutDocument();
  also_whole.blocks[0].spans = LineSpans{{1, 2}};
  CHECK(congvan::CheckLossless(also_whole) == "line 2 is cut and also claimed whole");

  Document uncut;
  uncut.line_count = 2;
  uncut.tasks.push_back(Task(LineSpans{{1, 2}}));
  uncut.tasks.push_back(Task(LineSpans{{2, 2}}));
  CHECK(congvan::CheckLossless(uncut) == "line 2 is claimed 2 times");
}
