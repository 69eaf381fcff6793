// The plan of a tracked-changes Word document: which paragraph is kept,
// reworded, inserted, deleted or moved, in which order.
//
// Approach: each version is flattened into paragraphs (VersionParagraphs:
// block lines and tasks by source line, "marker text" for a task). The
// alignment's one-to-one pairs (unchanged, reworded, and the whole of a split
// or merge with its closest piece) are candidates to stay in place; the
// longest run of them that is in order in both versions (longest increasing
// subsequence) does, every other pair becomes a move, as does every pair the
// aligner calls moved. Between two anchors, identical paragraphs that are not
// tasks (letterhead, addressees, signature, quoted provisions) are matched by
// a longest common subsequence, and what is left on each side is written
// deleted (old) then inserted (new) — or, when both sides are the same number
// of non-task paragraphs that each share most of their words, reworded pair
// by pair. Walking anchors and gaps in order gives a sequence in which the old
// paragraphs keep the old order and the new paragraphs the new order, which
// is what makes "reject all" give the old text and "accept all" the new one.
#include "io/tracked_plan.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace congvan::io {
namespace {

// Control characters (XML 1.0 cannot hold them) and whitespace runs become
// one space; U+FFFE/U+FFFF (not XML characters either) are dropped; the ends
// are trimmed.
std::string CleanParagraph(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    bool space = c <= 0x20 || c == 0x7F;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string TaskText(const Node& node) {
  if (node.marker.empty()) return node.text.str();
  return node.text.empty() ? node.marker.str() : node.marker + " " + node.text;
}

struct Keyed {
  int line;
  VersionParagraph paragraph;
};

void AddQuoted(std::span<const Node> quoted, int depth, int line, std::vector<Keyed>* out) {
  for (const Node& q : quoted) {
    out->push_back({line, {TaskText(q), -1, depth, ParagraphLook::kBody}});
    AddQuoted(q.children, depth + 1, line, out);
  }
}

void AddTasks(std::span<const Node> nodes, int depth, int* index, int* line,
              std::vector<Keyed>* out) {
  for (const Node& node : nodes) {
    if (node.lines().first > 0) *line = node.lines().first;
    ParagraphLook look = node.division ? ParagraphLook::kDivision : ParagraphLook::kBody;
    out->push_back({*line, {TaskText(node), (*index)++, depth, look}});
    AddQuoted(node.quoted(), depth + 1, *line, out);
    AddTasks(node.children, depth + 1, index, line, out);
  }
}

}  // namespace

std::vector<VersionParagraph> VersionParagraphs(const Document& doc) {
  std::vector<Keyed> keyed;
  for (const Block& block : doc.blocks) {
    int line = block.spans.empty() ? 0 : block.spans.front().first;
    ParagraphLook look =
        block.role == BlockRole::kTitle ? ParagraphLook::kTitle : ParagraphLook::kBody;
    size_t start = 0;
    for (size_t nl = block.text.find('\n');; nl = block.text.find('\n', start)) {
      std::string_view piece =
          std::string_view(block.text).substr(start, nl == std::string::npos ? nl : nl - start);
      keyed.push_back({line, {std::string(piece), -1, 0, look}});
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }
  int index = 0, line = 0;
  AddTasks(doc.tasks, 0, &index, &line, &keyed);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const Keyed& a, const Keyed& b) { return a.line < b.line; });
  std::vector<VersionParagraph> out;
  out.reserve(keyed.size());
  for (Keyed& k : keyed) {
    k.paragraph.text = CleanParagraph(k.paragraph.text);
    if (!k.paragraph.text.empty()) out.push_back(std::move(k.paragraph));
  }
  return out;
}

namespace {

constexpr size_t kMaxLcsCells = 4'000'000;  // beyond it, gaps are matched greedily
constexpr double kRewordedShare = 0.5;      // of the longer text, equal under the redline

using Pair = std::pair<int, int>;  // old paragraph, new paragraph

size_t EqualBytes(const std::vector<RedlineSegment>& segments) {
  size_t n = 0;
  for (const RedlineSegment& s : segments) n += s.op == RedlineOp::kEqual ? s.text.size() : 0;
  return n;
}

// Longest increasing subsequence of `pairs` (sorted by new) in old.
std::vector<Pair> InOrder(const std::vector<Pair>& pairs) {
  std::vector<int> tails, previous(pairs.size(), -1);
  for (size_t i = 0; i < pairs.size(); ++i) {
    auto at = std::lower_bound(tails.begin(), tails.end(), pairs[i].first, [&](int t, int old) {
      return pairs[static_cast<size_t>(t)].first < old;
    });
    if (at != tails.begin()) previous[i] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(static_cast<int>(i));
    } else {
      *at = static_cast<int>(i);
    }
  }
  std::vector<Pair> out;
  for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[static_cast<size_t>(i)]) {
    out.push_back(pairs[static_cast<size_t>(i)]);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

class Planner {
 public:
  Planner(const Document& old_doc, const Document& new_doc)
      : old_(VersionParagraphs(old_doc)),
        new_(VersionParagraphs(new_doc)),
        cross_language_(old_doc.language != new_doc.language),
        old_move_(old_.size(), -1),
        new_move_(new_.size(), -1) {}

  std::vector<TrackedParagraph> Run(const Alignment& alignment) {
    std::vector<Pair> anchors = InOrder(Candidates(alignment));
    int o = 0, n = 0;
    for (const Pair& a : anchors) {
      Gap(o, a.first, n, a.second);
      Paired(a.first, a.second);
      o = a.first + 1;
      n = a.second + 1;
    }
    Gap(o, static_cast<int>(old_.size()), n, static_cast<int>(new_.size()));
    return std::move(out_);
  }

 private:
  // Paragraph positions of tasks, by preorder index.
  static std::vector<int> TaskPositions(const std::vector<VersionParagraph>& paragraphs) {
    std::vector<int> out;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      int t = paragraphs[p].task_index;
      if (t < 0) continue;
      if (static_cast<size_t>(t) >= out.size()) out.resize(static_cast<size_t>(t) + 1, -1);
      out[static_cast<size_t>(t)] = static_cast<int>(p);
    }
    return out;
  }

  // The piece of a split or merge closest to its whole: most text in common.
  int ClosestPiece(int whole, const std::vector<int>& pieces, bool whole_is_old) const {
    int best = -1;
    size_t best_equal = 0;
    for (int piece : pieces) {
      const std::string& a = whole_is_old ? old_[static_cast<size_t>(whole)].text
                                          : old_[static_cast<size_t>(piece)].text;
      const std::string& b = whole_is_old ? new_[static_cast<size_t>(piece)].text
                                          : new_[static_cast<size_t>(whole)].text;
      size_t equal = cross_language_ ? 0 : EqualBytes(Redline(a, b));
      if (best < 0 || equal > best_equal) best = piece, best_equal = equal;
    }
    return best;
  }

  // Pairs that may stay in place, sorted by new position; moved pairs are
  // recorded as moves at once.
  std::vector<Pair> Candidates(const Alignment& alignment) {
    std::vector<int> old_at = TaskPositions(old_), new_at = TaskPositions(new_);
    auto position = [](const std::vector<int>& at, const NodeRef& r) {
      return r.index >= 0 && static_cast<size_t>(r.index) < at.size()
                 ? at[static_cast<size_t>(r.index)]
                 : -1;
    };
    auto positions = [&](const std::vector<int>& at, const std::vector<NodeRef>& refs) {
      std::vector<int> out;
      for (const NodeRef& r : refs) {
        if (int p = position(at, r); p >= 0) out.push_back(p);
      }
      return out;
    };
    std::vector<Pair> pairs;
    std::vector<bool> old_used(old_.size()), new_used(new_.size());
    auto keep = [&](int o, int n) {  // a paragraph is in one pair at most
      bool fresh = !old_used[static_cast<size_t>(o)] && !new_used[static_cast<size_t>(n)];
      old_used[static_cast<size_t>(o)] = new_used[static_cast<size_t>(n)] = true;
      return fresh;
    };
    for (const Change& c : alignment.changes) {
      std::vector<int> olds = positions(old_at, c.old_nodes), news = positions(new_at, c.new_nodes);
      if (olds.empty() || news.empty()) continue;
      Pair p{-1, -1};
      if (olds.size() == 1 && news.size() == 1) {
        p = {olds[0], news[0]};
      } else if (c.op == ChangeOp::kSplit && olds.size() == 1) {
        p = {olds[0], ClosestPiece(olds[0], news, true)};
      } else if (c.op == ChangeOp::kMerged && news.size() == 1) {
        p = {ClosestPiece(news[0], olds, false), news[0]};
      }
      if (p.first < 0 || !keep(p.first, p.second)) continue;
      if (c.op == ChangeOp::kMoved) {
        AddMove(p.first, p.second);
      } else {
        pairs.push_back(p);
      }
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.second < b.second; });
    std::vector<Pair> in_order = InOrder(pairs);
    std::sort(in_order.begin(), in_order.end());
    for (const Pair& p : pairs) {
      if (!std::binary_search(in_order.begin(), in_order.end(), p)) AddMove(p.first, p.second);
    }
    std::sort(in_order.begin(), in_order.end(),
              [](const Pair& a, const Pair& b) { return a.second < b.second; });
    return in_order;
  }

  void AddMove(int o, int n) {
    old_move_[static_cast<size_t>(o)] = new_move_[static_cast<size_t>(n)] =
        static_cast<int>(move_origin_.size());
    move_origin_.push_back(o);
  }

  bool FreeOld(int o) const { return old_move_[static_cast<size_t>(o)] < 0; }
  bool FreeNew(int n) const { return new_move_[static_cast<size_t>(n)] < 0; }

  // Identical free paragraphs of old[ob, oe) and new[nb, ne), in order.
  std::vector<Pair> Identical(int ob, int oe, int nb, int ne) const {
    size_t rows = static_cast<size_t>(oe - ob), cols = static_cast<size_t>(ne - nb);
    auto same = [&](int o, int n) {
      return FreeOld(o) && FreeNew(n) &&
             old_[static_cast<size_t>(o)].text == new_[static_cast<size_t>(n)].text;
    };
    std::vector<Pair> out;
    if (rows == 0 || cols == 0) return out;
    if (rows * cols >
        kMaxLcsCells) {  // greedy: each old paragraph takes the next identical new one
      int next = nb;
      for (int o = ob; o < oe; ++o) {
        for (int n = next; n < ne; ++n) {
          if (same(o, n)) {
            out.emplace_back(o, n);
            next = n + 1;
            break;
          }
        }
      }
      return out;
    }
    std::vector<std::uint32_t> lcs((rows + 1) * (cols + 1), 0);  // suffix lengths
    auto at = [&](size_t r, size_t c) -> std::uint32_t& { return lcs[r * (cols + 1) + c]; };
    for (size_t r = rows; r-- > 0;) {
      for (size_t c = cols; c-- > 0;) {
        at(r, c) = same(ob + static_cast<int>(r), nb + static_cast<int>(c))
                       ? at(r + 1, c + 1) + 1
                       : std::max(at(r + 1, c), at(r, c + 1));
      }
    }
    for (size_t r = 0, c = 0; r < rows && c < cols;) {
      if (same(ob + static_cast<int>(r), nb + static_cast<int>(c))) {
        out.emplace_back(ob + static_cast<int>(r++), nb + static_cast<int>(c++));
      } else if (at(r + 1, c) >= at(r, c + 1)) {
        ++r;
      } else {
        ++c;
      }
    }
    return out;
  }

  void Gap(int ob, int oe, int nb, int ne) {
    for (const Pair& p : Identical(ob, oe, nb, ne)) {
      Unpaired(ob, p.first, nb, p.second);
      Paired(p.first, p.second);
      ob = p.first + 1;
      nb = p.second + 1;
    }
    Unpaired(ob, oe, nb, ne);
  }

  // Old[ob, oe) and new[nb, ne) with nothing identical between them.
  void Unpaired(int ob, int oe, int nb, int ne) {
    if (oe - ob > 0 && oe - ob == ne - nb && Rewordings(ob, oe, nb)) {
      for (int i = 0; i < oe - ob; ++i) Paired(ob + i, nb + i);
      return;
    }
    for (int o = ob; o < oe; ++o) {
      const VersionParagraph& p = old_[static_cast<size_t>(o)];
      bool moved = !FreeOld(o);
      Push(moved ? TrackedOp::kMovedFrom : TrackedOp::kDeleted,
           {{moved ? RedlineOp::kEqual : RedlineOp::kDelete, p.text}}, p,
           old_move_[static_cast<size_t>(o)]);
    }
    for (int n = nb; n < ne; ++n) {
      const VersionParagraph& p = new_[static_cast<size_t>(n)];
      if (FreeNew(n)) {
        Push(TrackedOp::kInserted, {{RedlineOp::kInsert, p.text}}, p, -1);
      } else {
        MovedTo(n);
      }
    }
  }

  // Non-task paragraphs, none moved, each sharing most of its text with its
  // counterpart at the same place: a letterhead line or a date rewritten.
  bool Rewordings(int ob, int oe, int nb) const {
    if (cross_language_) return false;
    for (int i = 0; i < oe - ob; ++i) {
      int o = ob + i, n = nb + i;
      const VersionParagraph& a = old_[static_cast<size_t>(o)];
      const VersionParagraph& b = new_[static_cast<size_t>(n)];
      if (!FreeOld(o) || !FreeNew(n) || a.task_index >= 0 || b.task_index >= 0) return false;
      double longer = static_cast<double>(std::max(a.text.size(), b.text.size()));
      if (static_cast<double>(EqualBytes(Redline(a.text, b.text))) < kRewordedShare * longer)
        return false;
    }
    return true;
  }

  void Paired(int o, int n) {
    const std::string& a = old_[static_cast<size_t>(o)].text;
    const VersionParagraph& b = new_[static_cast<size_t>(n)];
    if (a == b.text) {
      Push(TrackedOp::kEqual, {{RedlineOp::kEqual, a}}, b, -1);
    } else if (cross_language_) {
      Push(TrackedOp::kReworded, {{RedlineOp::kDelete, a}, {RedlineOp::kInsert, b.text}}, b, -1);
    } else {
      Push(TrackedOp::kReworded, Redline(a, b.text), b, -1);
    }
  }

  // The new place of a moved paragraph: the words it kept are moved, the
  // words it gained inserted; the words it lost are only at its old place.
  void MovedTo(int n) {
    const VersionParagraph& p = new_[static_cast<size_t>(n)];
    int move = new_move_[static_cast<size_t>(n)];
    std::vector<RedlineSegment> segments;
    if (cross_language_) {
      segments.push_back({RedlineOp::kEqual, p.text});
    } else {
      const std::string& before =
          old_[static_cast<size_t>(move_origin_[static_cast<size_t>(move)])].text;
      for (RedlineSegment& s : Redline(before, p.text)) {
        if (s.op == RedlineOp::kDelete) continue;
        if (!segments.empty() && segments.back().op == s.op) {
          segments.back().text += s.text;
        } else {
          segments.push_back(std::move(s));
        }
      }
    }
    Push(TrackedOp::kMovedTo, std::move(segments), p, move);
  }

  void Push(TrackedOp op, std::vector<RedlineSegment> segments, const VersionParagraph& p,
            int move) {
    out_.push_back({op, std::move(segments), move, p.depth, p.look});
  }

  std::vector<VersionParagraph> old_, new_;
  bool cross_language_;
  std::vector<int> old_move_, new_move_;  // move number of each paragraph, -1 when not moved
  std::vector<int> move_origin_;          // old paragraph of each move
  std::vector<TrackedParagraph> out_;
};

}  // namespace

std::vector<TrackedParagraph> PlanTrackedChanges(const Alignment& alignment,
                                                 const Document& old_doc, const Document& new_doc) {
  return Planner(old_doc, new_doc).Run(alignment);
}

}  // namespace congvan::io
