// The passes of line roles and what they share (not part of the public API).
//
// ClassifyLines (line_roles.cc) runs one pass per concern over the line
// records, in order; each pass lives in its own file and is declared here.
// What several passes ask of a line is here too: its cues (LineCue, from the
// bits MarkLineCues keeps on the line, or the fold KeptFolds keeps aside)
// and whether it is a lone number. LineCue is asked some fifty times a line
// and stays inline.
#ifndef CONGVAN_PARSE_LINE_ROLES_H_
#define CONGVAN_PARSE_LINE_ROLES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

using CueKind = Grammar::CueKind;

// The folds of the lines whose cues the cue sets could not answer
// (CueHits::known false: RE2 out of memory, or a grammar of more than 63
// cues), kept by MarkLineCues for CueOfKind to match again: runs of the folds
// ClassifyLines owns, by line number. A line record carried a view of its
// fold (16 bytes a line, empty for nearly every line, and alive beside the
// paragraphs while they are built: a memory peak); LineCue finds the fold
// here instead, in the table of the ClassifyLines running on this thread
// (line_cues.cc).
class KeptFolds {
 public:
  explicit KeptFolds(const std::string& folds);
  ~KeptFolds();
  KeptFolds(const KeptFolds&) = delete;
  KeptFolds& operator=(const KeptFolds&) = delete;

  // The line's fold is the end of the folds from `begin` on.
  // REQUIRES: lines kept in order.
  void Keep(const SourceLine& line, size_t begin) {
    kept_.push_back({line.number, begin, folds_.size() - begin});
  }
  // The fold kept for `line`, or empty when none was. Out of line: LineCue,
  // asked some fifty times a line, stays small enough to be inlined.
  [[gnu::noinline]] static std::string_view Of(const SourceLine& line);

 private:
  struct Kept {
    int number;
    size_t begin;
    size_t size;
  };
  static thread_local const KeptFolds* current_;
  const std::string& folds_;
  const KeptFolds* outer_;
  std::vector<Kept> kept_;
};

// The index of the grammar's first cue of `kind` on the line, or -1: the
// stages below ask about each line in several passes, so its cues are
// matched once (MarkLineCues) and kept on the line. A line whose cues are
// known and none (≈ 99 % of a law's lines) is answered here, without the
// call: CueOfKind's answer is the lowest of the line's bits of that kind.
inline int LineCue(const Grammar& grammar, const SourceLine& line, Grammar::CueKind kind) {
  if (line.cues.known && line.cues.bits == 0) return -1;
  return grammar.CueOfKind(line.cues, kind,
                           line.cues.known ? std::string_view() : KeptFolds::Of(line));
}

// A line of at most four bytes of digits and dashes ("15", "-3-"), as a
// page's number stands.
inline bool IsLoneNumber(const SourceLine& line) {
  return !line.text.empty() && line.text.size() <= 4 &&
         line.text.find_first_not_of("0123456789-– ") == std::string_view::npos;
}

// Cue roles (line_cues.cc): each line's cue answers (SourceLine::cues), its
// "line" cue's role, the cue flags the later stages read (legal basis,
// closing, step), and each short line's running-header key hash, in line
// order, into `header_hashes`. Folds go through `folds`, one line's at a
// time; `kept_folds` keeps those of lines the cue sets could not answer.
void MarkLineCues(std::vector<SourceLine>& lines, const Grammar& grammar, std::string& folds,
                  KeptFolds& kept_folds, std::vector<uint32_t>& header_hashes);

// Footnotes (footnote_roles.cc).
// A line that opens with a division heading; with `dotted`, only one whose
// marker ends in its dot or colon ("Điều 5.", not "Điều 18 Thông tư số …").
bool OpensDivision(const SourceLine& line, const Grammar& grammar, bool dotted);
// A footnote cue's line and the rest of its note, at the foot of a page.
void MarkPageFootnotes(std::vector<SourceLine>& lines, const Grammar& grammar);
// The notes a gazette page prints above a found one, numbered up to it.
void MarkNotesAboveFootnotes(std::vector<SourceLine>& lines, const Grammar& grammar);
// A PDF copy's lone note number above its note.
void MarkFootnotes(std::vector<SourceLine>& lines);

// Noise (noise_roles.cc).
// OCR garbage and stray lines with almost no letters, unless they end or
// open a wrapped sentence.
void MarkNoise(std::vector<SourceLine>& lines, const Grammar& grammar);
// A rule ("---") under page furniture is that furniture's.
void KeepRulesWithFurniture(std::vector<SourceLine>& lines);

// Furniture that comes back page after page (running_headers.cc).
// Running headers and footers; with `gate`, a text that provably holds none
// returns first, and the pass returns true (running_header_gate.h).
// `header_hashes` are MarkLineCues'.
bool MarkRunningHeaders(std::vector<SourceLine>& lines, const Grammar& grammar,
                        const std::vector<uint32_t>& header_hashes, bool gate);
// Keeps a page number's role only between page furniture or beside a
// running header.
void ConfirmPageNumbers(std::vector<SourceLine>& lines);
// A portal's electronic-signature stamp, from line `from` on.
void MarkStamps(std::vector<SourceLine>& lines, const Grammar& grammar, size_t from);

// A table of contents whose page numbers were lost (toc_pages.cc).
void MarkTocPages(std::vector<SourceLine>& lines);

// What a copy's source put around the document (site_furniture.cc).
// A Markdown converter's front matter ("---" / "key: value" / "---").
void MarkFrontMatter(std::vector<SourceLine>& lines);
// A saved web page's own text above the letterhead; true when it found some.
bool MarkSiteFurniture(std::vector<SourceLine>& lines, const Grammar& grammar);
// A portal's box about the document ("Số hiệu:", "Nơi ban hành:"); true when
// it found one.
bool MarkSiteBox(std::vector<SourceLine>& lines, const Grammar& grammar);
// A saved web page's own text after the document, from its caption of the
// document on (searched from line `below_top`).
void MarkWebCaption(std::vector<SourceLine>& lines, const Grammar& grammar, size_t below_top);

// List blocks (list_blocks.cc): gives `role` to the head at `head` and the
// items of its list; returns the index after the last absorbed line.
size_t AbsorbList(std::vector<SourceLine>& lines, size_t head, BlockRole role,
                  const Grammar& grammar);

// The top of the document (top_roles.cc): letterhead, subject, title,
// addressees. Returns the index of the first line below the top.
size_t ClassifyTop(std::vector<SourceLine>& lines, const Grammar& grammar);

// A consolidated text's certification above its signature, searched from
// line `i` (certification_roles.cc).
void MarkCertifications(std::vector<SourceLine>& lines, const Grammar& grammar, size_t i);

// Below the top, from line `i` (below_top_roles.cc): list blocks, footers,
// the signature block that ends the body, and the annex after it.
void ClassifyBelowTop(std::vector<SourceLine>& lines, const Grammar& grammar, size_t i);

// An annex's short cells are its text, not page furniture or noise; notes
// the body cites are footnotes (annex_roles.cc).
void CleanAnnex(std::vector<SourceLine>& lines);

// The lower-case rest of a wrapped division heading is body text, never a
// role of its own (wrapped_headings.cc).
void KeepWrappedHeadings(std::vector<SourceLine>& lines, const Grammar& grammar);

// The line naming the section that introduces a Schedule, printed right above
// the Schedule's heading ("Section 2" / "SCHEDULE 1…"), is page furniture, not
// a section heading (schedule_references.cc).
void MarkScheduleReferences(std::vector<SourceLine>& lines, const Grammar& grammar);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_LINE_ROLES_H_
