// Internal interfaces between the parse stages (not part of the public API).
#ifndef CONGVAN_PARSE_PARSE_INTERNAL_H_
#define CONGVAN_PARSE_PARSE_INTERNAL_H_

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "parse/candidate_markers.h"
#include "parse/chunked_list.h"

namespace congvan::parse {

// Letterhead, list heads ("Kính gửi:", "Nơi nhận:"), footers, signatures and
// attached texts' titles are short lines: line roles ask their cues, and the
// attachment pass its titles, only of lines up to this many bytes.
constexpr size_t kMaxCueLineBytes = 320;

// One physical source line. A law has one record per line and the records
// live from the split to the blocks, through both of the parse's heap peaks:
// they hold views, not strings, and pack their flags as bits (40 bytes, was
// 88; 56 with the cue fold's view, which line roles keep aside now).
// The line's markers are kept packed (8 bytes, in the room a one-byte role
// left): line roles, the paragraphs and the paragraphs' markers each asked
// RE2 about the same line, and now only the first question does.
struct SourceLine {
  std::string_view text;  // trimmed (spaces, tabs, NBSP, zero-width), NFC; a view
                          // into the decoded text, which outlives the lines
  // The grammar's cues on the line's fold (FoldEndsForCues of its run),
  // matched once by line roles (LineCue). Where they are not known, line
  // roles keep the fold aside to match again; no other stage reads cues.
  Grammar::CueHits cues;
  // The grammar's markers on `text`, packed when first asked (LineMarkers): a
  // memo of a function of `text`, so filled in through const references too.
  mutable Grammar::PackedMarkers markers;
  int number = 0;                 // 1-based
  std::optional<BlockRole> role;  // set when the line is not body text
  bool blank : 1 = false;
  // First title line of an attached text ("KẾ HOẠCH" … "kèm theo").
  bool attachment_start : 1 = false;
  bool opens_bold_run : 1 = false;    // "**" opens a bold run here that the line does not close
  bool bold : 1 = false;              // the whole line is bold ("**1. Mục đích**")
  bool opens_italic_run : 1 = false;  // "*" opens an italic run here that the line does not close
  bool closes_run : 1 = false;        // ends with a '*' that closes a run opened before
  // The rest of a run opened on the line before ("**CHÍNH" / "PHỦ**").
  bool continues_run : 1 = false;
  bool legal_basis : 1 = false;  // opens a legal basis ("Căn cứ …"), from the grammar's basis cue
  bool closing_cue : 1 = false;  // opens a closing sentence ("Trong quá trình thực hiện …")
  bool opens_step : 1 = false;   // a step of a procedure ("Bước 2: …"), from the step cue
  // The line was a table's "|" (blank once its markup is stripped).
  bool table_separator : 1 = false;
  bool table_cell : 1 = false;  // inside a table flattened one cell per line (tables.h)
};
// The packed markers took the room a one-byte role left: a law has one record
// per line, alive beside the paragraphs while they are built (a memory peak).
static_assert(sizeof(void*) != 8 || sizeof(SourceLine) == 40, "SourceLine grew");

// The grammar's markers on a line, as Grammar::Match(line.text) gives them,
// matched by RE2 once: the first question packs the answer into the line and
// the later ones read it from there.
inline Grammar::PackedMarkers PackedLineMarkers(const Grammar& grammar, const SourceLine& line) {
  if (!line.markers.matched()) line.markers = grammar.PackMarkers(line.text);
  return line.markers;
}
inline std::vector<MarkerMatch> LineMarkers(const Grammar& grammar, const SourceLine& line) {
  return grammar.MarkersOf(PackedLineMarkers(grammar, line), line.text);
}
// Whether no marker opens the line (Match(line.text).empty()), without making
// the matches.
inline bool HasNoMarkers(const Grammar& grammar, const SourceLine& line) {
  return PackedLineMarkers(grammar, line).empty();
}
// A division heading with its title on the line ("Điều 112. Các"): line
// roles and the table pass both ask it.
inline bool OpensTitledDivision(const SourceLine& line, const Grammar& grammar) {
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    if (!grammar.styles()[static_cast<size_t>(m.style)].level.empty() &&
        m.text_begin < line.text.size())
      return true;
  }
  return false;
}
// Whether line `k` holds a form's signing placeholder ("(Ký, họ tên)",
// "(Signature, full name)"; the grammar's field `signing-placeholder`): a
// signed text never prints one, a form to fill in always does. The line roles
// (a signing box inside an article) and the appendix's end both ask it.
inline bool SigningPlaceholderAt(const std::vector<SourceLine>& lines, size_t k,
                                 const Grammar& grammar) {
  if (k >= lines.size() || lines[k].blank) return false;
  const Grammar::MetaFieldRef placeholder = grammar.MetaFieldNamed("signing-placeholder");
  return !grammar.FindMeta(placeholder, lines[k].text).empty();
}

// Splits decoded text into trimmed lines (numbering from 1).
// REQUIRES: `text` outlives the returned lines (they hold views into it).
std::vector<SourceLine> SplitLines(std::string_view text);

// Stage 1: roles that a line has by itself or by its place around the body
// (letterhead, title, addressee and recipient lists, page furniture, media,
// footers, noise). Lines left without a role are body text.
void ClassifyLines(std::vector<SourceLine>& lines, const Grammar& grammar, Language lang);

// A paragraph of body text: one line, or several joined hard-wrapped lines.
//
// Its candidate markers (Grammar::Match at its start) are made when asked,
// not kept from the matching on: a law has one per paragraph, and all of them
// alive at once (104 bytes and a malloc header each, 47 MB on the 100 MB law)
// were the parse's memory peak before placing began. What is kept is the
// packed answer (`line_markers`, 8 bytes): kOne is made into `made_markers`
// by Markers() and dropped again by ReleaseMarkers() (a pass over the whole
// document reads each paragraph and lets it go) or ClearMarkers() (placed);
// kMany (several markers, or a repair's) is held in `made_markers` itself,
// which is then the answer.
struct Paragraph {
  SharedText text;  // a run of the decoded text's buffer, or its own when lines were joined
  LineSpans spans;
  // The markers made from `line_markers` (kOne), or the answer (kMany); see above.
  mutable CandidateMarkers made_markers;
  // Its markers' answer, packed: for a paragraph of one line, its line's
  // (SourceLine::markers); for a joined one, MatchParagraphMarkers packs it.
  // kNotMatched until then, and read as no markers.
  Grammar::PackedMarkers line_markers;
  std::optional<BlockRole> role;  // preamble, closing, ... once decided
  bool attachment_start = false;  // opens an attached text (a plan after its decision)
  bool opens_step = false;        // opens with a procedure's step ("Bước 2: …")

  // Its candidate markers, made from the packed answer when first asked; kept
  // (and valid) until ReleaseMarkers, ClearMarkers or SetMarkers.
  const CandidateMarkers& Markers(const Grammar& grammar) const {
    if (line_markers.state == Grammar::PackedMarkers::kOne && made_markers.empty()) {
      // Made in a scratch every paragraph reuses and moved into the marker's
      // own block: no vector made and freed around it.
      thread_local std::vector<MarkerMatch> scratch;
      grammar.MarkersOf(line_markers, text, &scratch);
      made_markers.SetOne(std::move(scratch.front()));
    }
    return made_markers;
  }
  // Whether a marker whose style satisfies `style_test` (a function of the
  // style index) may be among Markers(): false when there is none, or one
  // (packed) of another style; true when Markers() must be read to know. The
  // passes over the whole document ask it first, so a law's paragraphs are
  // not all made for each pass.
  template <typename StyleTest>
  bool MayHaveMarkerStyle(StyleTest style_test) const {
    switch (line_markers.state) {
      case Grammar::PackedMarkers::kOne:
        return style_test(static_cast<int>(line_markers.style));
      case Grammar::PackedMarkers::kMany:
        return !made_markers.empty();
      default:
        return false;
    }
  }
  // Whether Markers() is non-empty, without making them.
  bool HasMarkers() const {
    return line_markers.state == Grammar::PackedMarkers::kOne || !made_markers.empty();
  }
  // Drops markers Markers() made (they are made again when asked); an answer
  // held in `made_markers` (kMany) stays.
  void ReleaseMarkers() const {
    if (line_markers.state == Grammar::PackedMarkers::kOne) made_markers.clear();
  }
  // No markers from now on (the paragraph is placed).
  void ClearMarkers() {
    line_markers.state = Grammar::PackedMarkers::kNone;
    made_markers.clear();
  }
  // The markers are `markers` from now on (a repair's, a quoted paragraph's).
  void SetMarkers(std::vector<MarkerMatch> markers) {
    made_markers = std::move(markers);
    line_markers.state =
        made_markers.empty() ? Grammar::PackedMarkers::kNone : Grammar::PackedMarkers::kMany;
  }
};
// One record per body line of a law, alive beside the line records while
// they are built and until placed (then released a chunk at a time): 40
// bytes (48 with a 16-byte SharedText, 56 with a 16-byte span list, 64 with a
// 24-byte SharedText, 80 with the markers as a vector).
static_assert(sizeof(void*) != 8 || sizeof(Paragraph) == 40, "Paragraph grew");
// The paragraphs of a text, in order: in chunks, so that the tree builder
// lets the placed ones go while it places the rest (chunked_list.h).
using Paragraphs = ChunkedList<Paragraph>;

// Stage 2: joins body lines into paragraphs. The layout (one paragraph per
// line, or hard-wrapped lines) is decided from the line-length profile and
// from how lines end and begin.
struct Layout {
  bool hard_wrapped = false;
  int line_width = 0;              // typical full line length (code points) when wrapped
  bool short_first_lines = false;  // paragraphs open with an indented, shorter first line
};
Layout DetectLayout(const std::vector<SourceLine>& lines);
// The paragraphs leave joined ones' markers unmatched: MatchParagraphMarkers
// matches them.
// A paragraph of one line, unchanged (most of a law), is a run of `text`
// (the buffer the lines view), not a copy; a joined one owns its text.
// REQUIRES: the lines view `*text`.
Paragraphs BuildParagraphs(const std::vector<SourceLine>& lines, const Layout& layout,
                           const Grammar& grammar, const std::shared_ptr<const std::string>& text);
// The candidate markers at each paragraph's start, packed
// (Paragraph::line_markers; several are made into `made_markers`). Apart
// from BuildParagraphs so that the pipeline can release the line records
// first: records and made markers are not alive together. A paragraph of one
// line carries its line's packed answer (8 bytes) across, so RE2 runs here
// only on joined paragraphs.
void MatchParagraphMarkers(Paragraphs& paragraphs, const Grammar& grammar);

// Stage 3: the task tree. Decides which paragraphs are tasks (the rest get a
// role: preamble, lead, closing, signature, author, annex, noise) and nests
// the tasks. Appends diagnostics. On return `paragraphs` holds only those
// given a role, in order, for the blocks; the others are in the tasks.
std::vector<Node> BuildTaskTree(Paragraphs& paragraphs, const Grammar& grammar, int max_depth,
                                std::vector<Diagnostic>& diagnostics);

// Stage 3b: what each amending provision changes (action, article, clause,
// point, document), from its text, its ancestors and the document's title.
void ResolveAmendmentTargets(std::vector<Node>& tasks, const Grammar& grammar,
                             const std::string& title);

// `text` with the phrases it quotes (“…”) blanked out byte for byte, so that
// a provision named inside a quoted phrase is not read as a target.
std::string WithoutQuotedPhrases(std::string_view text);

// Stage 4: metadata from the whole document.
Metadata ExtractMetadata(const Document& doc, const Grammar& grammar);

// Helpers shared by stages.
// The code points of UTF-8 `s`: its bytes that are not continuation bytes
// (80–BF). CodePointCount reads sixteen bytes at a time (SSE2), the plain
// count one at a time; tests hold them equal.
size_t CodePointCount(std::string_view s);
size_t PlainCodePointCount(std::string_view s);
bool EndsWithTerminalPunctuation(std::string_view s);  // . ; ! ? … (and ./.)
bool StartsLowercase(std::string_view s);              // first letter is lower case
// The line ends with a word that cannot end a sentence or a heading (a
// conjunction, a preposition: the grammar's <continuation> words), so the
// next line continues it whatever its first letter.
bool EndsWithContinuationWord(std::string_view text, const Grammar& grammar);
// Letters in `s`, counting no further than `enough` (a caller asking "at least
// three?" need not scan a 400-byte line).
int LetterCount(std::string_view s, int enough = std::numeric_limits<int>::max());
// Words (runs of other than space and tab) in `s`, counting no further than
// `enough` (parse/line_shape.cc, as MostlyUppercase).
int WordCount(std::string_view s, int enough = std::numeric_limits<int>::max());
// Whether `s` has at most `most` words; stops counting after most + 1, as the
// line-role tests ask it of every line ("a title has at most twelve words").
inline bool AtMostWords(std::string_view s, int most) { return WordCount(s, most + 1) <= most; }
bool MostlyUppercase(std::string_view s);  // ≥ 80% of ≥ 3 letters are capitals
// The length of a place and date that open `s` ("Hà Nội, ngày 30 tháng 11 năm
// 2022 ", up to the space after the year), or 0 when `s` does not open with one.
size_t PlaceDatePrefix(std::string_view s);
std::string UpperCase(std::string_view s);  // ICU full upper-casing

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_PARSE_INTERNAL_H_
