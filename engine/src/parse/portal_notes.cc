// Legal portals (thuvienphapluat.vn and its copies) write their editorial
// notes into the text of a law, in brackets, wherever the annotated provision
// is: after an article's title ("Điều 192. Thanh tra nhà ở [Điều này bị bãi
// bỏ bởi …]"), between a chapter's number and its title ("Chương V [Chương
// này được hướng dẫn bởi …] CẢI TẠO …"), at the start or end of a clause, or
// alone on a line. Read as text, a note hides markers and titles from every
// later stage, and a note that looks like a consolidated text's footnote
// took the rest of the document with it.
//
// Approach: before lines are split, each "[…]" on one line whose folded
// content the grammar's note cue recognises (a provision "được hướng dẫn /
// sửa đổi / bãi bỏ … bởi" another text) is cut out of the text, which is
// compacted in its own buffer (line numbers unchanged), and kept with its line. Once the tree and
// the blocks are built, each note goes to the provision or block whose lines hold it; one that
// stood alone goes to the provision open at its line.
//
// A portal's cut is furniture of another kind: a free preview leaves out
// passages and writes, where it does, an ellipsis and a notice in the
// portal's own language ("... ... ... Hãy đăng nhập hoặc đăng ký Thành viên
// Pro tại đây để xem toàn bộ văn bản tiếng Anh."), on the line of the text
// before the cut or at the head of the text that resumes ("… Anh. **Article
// 1. Scope"). An ellipsis run followed by a sentence that a furniture cue of
// the note kind recognises (<cue role="furniture" kind="note">, matched on the
// sentence's fold) is cut out with one space beside it, so the text that
// resumes opens its line again; the cut is not kept (it says nothing of a
// provision). Line numbers are unchanged.
#include "parse/portal_notes.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "congvan/text_fold.h"
#include "parse/byte_count.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxNoteBytes = 2000;  // a note is a sentence or two, never a page

// Writes the kept text over the text it was read from: every run put is read
// at or after the place it goes to (a line's kept bytes are never more than
// its bytes), so the text is compacted in its own buffer and no second copy
// of a 100 MB law is made (that copy set the process's peak).
class InPlaceWriter {
 public:
  explicit InPlaceWriter(std::string& text) : base_(text.data()) {}
  // REQUIRES: `run` lies in the text, at or after size().
  // A long run is moved in pieces: past a few KB glibc's memmove turns to
  // `rep movsb`, which callgrind counts a byte at a time (18.8 M for the
  // 20 MB law's one run after its first note, against ≈ 0.6 M in pieces),
  // while on the processor both are the same memory-bound copy. Moving a
  // piece forward never overwrites bytes of a later piece not yet moved.
  void Put(std::string_view run) {
    if (run.data() != base_ + size_) {
      constexpr size_t kPiece = 2048;
      for (size_t at = 0; at < run.size(); at += kPiece) {
        std::memmove(base_ + size_ + at, run.data() + at, std::min(kPiece, run.size() - at));
      }
    }
    size_ += run.size();
  }
  void Put(char c) { base_[size_++] = c; }
  size_t size() const { return size_; }

 private:
  char* base_;
  size_t size_ = 0;
};

// Cuts the notes out of one line, putting the rest to `out`.
// Returns whether any note was cut.
bool StripLine(std::string_view line, int number, const Grammar& grammar, InPlaceWriter& out,
               std::vector<Note>* notes) {
  bool cut = false;
  size_t from = 0;
  while (true) {
    size_t open = line.find('[', from);
    if (open == std::string_view::npos) break;
    size_t close = line.find(']', open + 1);
    if (close == std::string_view::npos) break;
    std::string_view note = line.substr(open, close + 1 - open);
    size_t nested = note.find('[', 1);
    if (nested != std::string_view::npos) {  // "[a [note]": look again from the inner '['
      from = open + nested;
      continue;
    }
    if (note.size() > kMaxNoteBytes ||
        grammar.MatchCue("note", FoldForCues(note.substr(1, note.size() - 2))) < 0) {
      from = close + 1;
      continue;
    }
    notes->push_back({number, std::string(note)});  // copied before `out` may write over it
    // Keep the text before the note, drop one space around it.
    std::string_view before = line.substr(0, open);
    std::string_view after = line.substr(close + 1);
    if (!before.empty() && before.back() == ' ' && (after.empty() || after.front() == ' '))
      before.remove_suffix(1);
    else if (before.empty() && !after.empty() && after.front() == ' ')
      after.remove_prefix(1);
    out.Put(before);
    line = after;
    from = 0;
    cut = true;
  }
  out.Put(line);
  return cut;
}

constexpr size_t kMaxCutNoticeBytes = 400;  // one sentence of the portal's

// Whether `c` belongs to an ellipsis run: '.', a space, or (first byte) "…".
bool InEllipsisRun(std::string_view text, size_t at) {
  return text[at] == '.' || text[at] == ' ' || text.substr(at, 3) == "\u2026";
}

// Whether the grammar has a furniture cue of the note kind: only then are
// ellipses looked at.
bool HasCutNoticeCue(const Grammar& grammar) {
  for (const Grammar::RoleCue& cue : grammar.role_cues()) {
    if (cue.kind == "note" && cue.role == BlockRole::kFurniture) return true;
  }
  return false;
}

// The cut notice whose ellipsis run opens at `at` ("..." or "…"): its end,
// one space after it included, or `at` when there is none (then `*run_end`
// is where the run ends). The sentence after the run, to its full stop, is
// to be matched by a furniture cue of the note kind.
size_t CutNoticeEnd(std::string_view text, size_t at, const Grammar& grammar, size_t* run_end) {
  size_t start = at;
  while (start < text.size() && text[start] != '\n' && InEllipsisRun(text, start)) {
    start += text[start] == '.' || text[start] == ' ' ? 1 : 3;
  }
  *run_end = std::min(start, text.size());
  const size_t line_end = std::min(text.find('\n', start), text.size());
  const size_t stop = text.substr(start, line_end - start).find('.');
  if (stop == std::string_view::npos || stop == 0 || stop > kMaxCutNoticeBytes) return at;
  const int cue = grammar.MatchCue("note", FoldForCues(text.substr(start, stop)));
  if (cue < 0 || grammar.role_cues()[static_cast<size_t>(cue)].role != BlockRole::kFurniture) {
    return at;
  }
  size_t end = start + stop + 1;
  if (end < line_end && text[end] == ' ') ++end;
  return end;
}

// The next ellipsis ("..." or "…") at or after `from`, each kind searched
// again only once passed.
class Ellipses {
 public:
  explicit Ellipses(std::string_view text)
      : text_(text), dots_(text.find("...")), sign_(text.find("\u2026")) {}
  size_t Next(size_t from) {
    if (dots_ != std::string_view::npos && dots_ < from) dots_ = text_.find("...", from);
    if (sign_ != std::string_view::npos && sign_ < from) sign_ = text_.find("\u2026", from);
    return std::min(dots_, sign_);
  }

 private:
  std::string_view text_;
  size_t dots_, sign_;
};

// Cuts the portal's cut notices out of `text`, in place (line numbers kept).
void StripCutNotices(std::string& text, const Grammar& grammar) {
  if (!HasCutNoticeCue(grammar)) return;
  const std::string_view all(text);
  Ellipses ellipses(all);
  size_t at = ellipses.Next(0);
  if (at == std::string_view::npos) return;
  InPlaceWriter out(text);
  size_t unwritten = 0;
  while (at != std::string_view::npos) {
    size_t run_end = at;
    const size_t end = CutNoticeEnd(all, at, grammar, &run_end);
    if (end == at) {
      at = ellipses.Next(std::max(run_end, at + 1));
      continue;
    }
    size_t kept_end = at;  // one space before the run goes with the notice
    if (kept_end > unwritten && all[kept_end - 1] == ' ') --kept_end;
    out.Put(all.substr(unwritten, kept_end - unwritten));
    // (The bytes before `unwritten` may be written over: the last byte kept
    // is read where it was put.)
    const bool text_before = out.size() > 0 && text[out.size() - 1] != '\n';
    const bool text_after = end < all.size() && all[end] != '\n';
    if (text_before && text_after) out.Put(' ');
    unwritten = end;
    at = ellipses.Next(end);
  }
  out.Put(all.substr(unwritten));
  text.resize(out.size());
}

// The level a note names: "[Điều này …]" is the article's note even where
// it stands on the article's first paragraph; "[Chương này …]" the chapter's.
std::string NamedLevel(const std::string& note) {
  std::string folded = FoldForCues(std::string_view(note).substr(1));
  if (folded.rfind("dieu nay", 0) == 0) return "article";
  if (folded.rfind("chuong nay", 0) == 0) return "chapter";
  if (folded.rfind("muc nay", 0) == 0) return "section";
  if (folded.rfind("phan nay", 0) == 0) return "part";
  return "";
}

// The owner of each note (null where none): the innermost node whose own
// spans hold the note's line, or, when the note names a level ("[Điều này
// …]"), the nearest such node or ancestor of that level. The first node in
// post-order (children before their parent, siblings in order) whose own spans
// hold a line is the innermost one, so one walk of the tree answers every
// note: at each node, the notes on its spans' lines not yet owned are its.
// (An index of every subtree's reach, one hash entry per node, cost 40 bytes
// a task at the end of the parse, its memory peak on a long law.)
class NoteOwners {
 public:
  explicit NoteOwners(const std::vector<Note>& notes) : notes_(notes), owner_(notes.size()) {
    by_line_.reserve(notes.size());
    levels_.reserve(notes.size());
    for (size_t k = 0; k < notes.size(); ++k) {
      by_line_.push_back(k);
      levels_.push_back(NamedLevel(notes[k].text));
    }
    std::stable_sort(by_line_.begin(), by_line_.end(),
                     [&notes](size_t a, size_t b) { return notes[a].line < notes[b].line; });
    lines_.reserve(notes.size());
    for (size_t k : by_line_) lines_.push_back(notes[k].line);
    if (!lines_.empty() && lines_.front() >= 0) {
      has_note_.assign(static_cast<size_t>(lines_.back()) + 1, false);
      for (int line : lines_) has_note_[static_cast<size_t>(line)] = true;
    }
  }

  std::vector<Node*> Find(std::vector<Node>& tasks) {
    Walk(tasks);
    return std::move(owner_);
  }

 private:
  void Walk(std::span<Node> nodes) {
    for (Node& n : nodes) {
      path_.push_back(&n);
      Walk(n.children.span());
      for (const LineSpan& s : n.spans) Claim(s);
      path_.pop_back();
    }
  }

  // False only when no note stands on a line of `span` (a short span is
  // looked at line by line; a long one, or no line table, says "may").
  bool NoteMayBeOn(const LineSpan& span) const {
    constexpr int kLinesLookedAt = 8;
    if (has_note_.empty() || span.first < 0 || span.last - span.first >= kLinesLookedAt)
      return true;
    const int last = std::min(span.last, static_cast<int>(has_note_.size()) - 1);
    for (int line = span.first; line <= last; ++line) {
      if (has_note_[static_cast<size_t>(line)]) return true;
    }
    return false;
  }

  // The notes on the lines of `span` that no node owns yet go to the node at
  // the end of path_ (or to its nearest ancestor of the level they name).
  // The notes' lines are searched as one array of ints (a search through
  // the note records cost a load more per step, at every span of every node).
  void Claim(const LineSpan& span) {
    if (lines_.empty() || span.last < lines_.front() || span.first > lines_.back()) return;
    if (!NoteMayBeOn(span)) return;
    auto first_line = std::lower_bound(lines_.begin(), lines_.end(), span.first);
    auto first = by_line_.begin() + (first_line - lines_.begin());
    for (auto it = first; it != by_line_.end() && notes_[*it].line <= span.last; ++it) {
      if (owner_[*it] != nullptr) continue;
      owner_[*it] = path_.back();
      const std::string& level = levels_[*it];
      if (level.empty()) continue;
      for (size_t k = path_.size(); k-- > 0;) {
        if (path_[k]->level == level) {
          owner_[*it] = path_[k];
          break;
        }
      }
    }
  }

  const std::vector<Note>& notes_;
  std::vector<size_t> by_line_;  // note indices by line (stable)
  std::vector<int> lines_;       // the line of each note of by_line_, in its order
  // Whether a note stands on a line, up to the last note's (empty when a
  // line number is negative): most nodes hold no note, and their spans are a
  // line or a few, so a look at their lines answers before any search.
  std::vector<bool> has_note_;
  std::vector<std::string> levels_;  // the level each note names, or ""
  std::vector<Node*> owner_;
  std::vector<Node*> path_;  // the node walked and its ancestors
};

// The node begun last before `line` (in source order), or null.
Node* OpenAt(std::span<Node> nodes, int line) {
  Node* open = nullptr;
  for (Node& n : nodes) {
    if (n.spans.empty() || n.spans.front().first > line) continue;
    if (open == nullptr || n.spans.front().first >= open->spans.front().first) open = &n;
    if (Node* inner = OpenAt(n.children.span(), line)) {
      if (inner->spans.front().first >= open->spans.front().first) open = inner;
    }
  }
  return open;
}

// The block that holds `line`, else the last block before it, else null.
Block* BlockAt(std::vector<Block>& blocks, int line) {
  Block* before = nullptr;
  for (Block& b : blocks) {
    for (const LineSpan& s : b.spans) {
      if (s.first <= line && line <= s.last) return &b;
    }
    if (!b.spans.empty() && b.spans.back().last < line) before = &b;
  }
  return before;
}

// The block that holds `line`, or null.
Block* BlockHolding(std::vector<Block>& blocks, int line) {
  Block* b = BlockAt(blocks, line);
  if (b == nullptr) return nullptr;
  for (const LineSpan& s : b->spans) {
    if (s.first <= line && line <= s.last) return b;
  }
  return nullptr;
}

}  // namespace

// Only a line holding a '[' can hold a note, so the text is walked from one
// '[' to the next (memchr, one call per '['), not line by line (a memchr
// call per line, and every line put on its own): the lines between are put
// as one run, and counted (parse/byte_count.h) for the next line's number.
// The compaction writes only over bytes before the end of the line just read,
// and each search starts at or after it.
bool StripPortalNotes(std::string& text, const Grammar& grammar, std::vector<Note>* notes) {
  StripCutNotices(text, grammar);
  const std::string_view all(text);
  size_t open = all.find('[');
  if (open == std::string_view::npos) return false;
  InPlaceWriter out(text);
  bool cut = false;
  // The line holding `counted` is line `number`; the bytes from `unwritten`
  // on are as they were read (the line last read ended there).
  int number = 1;
  size_t counted = 0;
  size_t unwritten = 0;  // the text before this is put
  while (open != std::string_view::npos) {
    const size_t newline_before = all.rfind('\n', open);  // at or after `unwritten`
    const size_t line_start = newline_before == std::string_view::npos ? 0 : newline_before + 1;
    number += static_cast<int>(CountByte(all.substr(counted, line_start - counted), '\n'));
    size_t line_end = all.find('\n', open);
    if (line_end == std::string_view::npos) line_end = all.size();
    out.Put(all.substr(unwritten, line_start - unwritten));
    cut = StripLine(all.substr(line_start, line_end - line_start), number, grammar, out, notes) ||
          cut;
    counted = unwritten = line_end;
    open = line_end == all.size() ? std::string_view::npos : all.find('[', line_end);
  }
  out.Put(all.substr(unwritten));
  text.resize(out.size());
  return cut;
}

void AttachPortalNotes(Document& doc, std::vector<Note> notes) {
  if (notes.empty()) return;
  std::vector<Node*> owners = NoteOwners(notes).Find(doc.tasks);
  for (size_t k = 0; k < notes.size(); ++k) {
    Note& note = notes[k];
    if (Node* owner = owners[k]) {
      owner->mutable_notes().push_back(std::move(note));
    } else if (Block* block = BlockHolding(doc.blocks, note.line)) {
      block->notes.push_back(std::move(note));
    } else if (Node* open = OpenAt(doc.tasks, note.line)) {
      open->mutable_notes().push_back(std::move(note));
    } else if (Block* before = BlockAt(doc.blocks, note.line)) {
      before->notes.push_back(std::move(note));
    } else if (!doc.tasks.empty()) {
      doc.tasks.front().mutable_notes().push_back(std::move(note));
    } else if (!doc.blocks.empty()) {
      doc.blocks.front().notes.push_back(std::move(note));
    } else {
      Block block{BlockRole::kFootnote, note.text, {{note.line, note.line}}, {}};
      doc.blocks.push_back(std::move(block));
    }
  }
}

}  // namespace congvan::parse
