// Stage 2 of parsing: body lines → paragraphs.
//
// Two physical layouts exist and are decided per document, never assumed:
// web copies put one paragraph per line (consecutive lines are separate
// paragraphs even without a blank line), PDF/OCR extractions hard-wrap
// paragraphs at a fixed width. A document is hard-wrapped when its lines are
// short (90th percentile of lengths ≤ 130 code points) and a fair share of
// them stop mid-sentence and continue on the next line in lower case.
//
// In a hard-wrapped document a line joins the open paragraph when the text
// plainly continues: the previous line is not finished, and either the line
// follows directly or (across blank lines and page furniture) it starts in
// lower case. A line that begins with something marker-like still joins
// when the previous line ran to the margin without finishing its sentence —
// that is a wrapped "Điều 5 của Luật…" or "2024 từ…", not a new item.
#include <algorithm>
#include <string>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxWrappedWidth = 130;   // longer lines mean one paragraph per line
constexpr int kMinJoinEvidencePercent = 15;
constexpr double kFullWidthRatio = 0.8;    // a line this close to the width ran to the margin

bool IsPageFurniture(BlockRole role) {
  return role == BlockRole::kPageBreak || role == BlockRole::kPageNumber ||
         role == BlockRole::kRunningHeader || role == BlockRole::kNoise;
}

bool EndsParagraph(std::string_view s) {
  return EndsWithTerminalPunctuation(s) || (!s.empty() && s.back() == ':');
}

// Starts with punctuation that cannot open a paragraph (", ...", ".. và").
bool StartsWithContinuationPunctuation(std::string_view s) {
  return !s.empty() && (s[0] == ',' || s[0] == ';' || s[0] == '.' || s[0] == ')');
}

// The line ends with a word that cannot end a sentence or a heading (a
// conjunction, a preposition: the grammar's <continuation> words), so the
// next line continues it whatever its first letter.
bool EndsWithContinuationWord(std::string_view text, const Grammar& grammar) {
  size_t space = text.find_last_of(' ');
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return !last.empty() && grammar.IsContinuationWord(last);
}

// The line starts with a heading of legislation (part, chapter, section,
// article: the continuous style and those ranked above it). Its title often
// runs to the margin without punctuation, and what follows is a new item.
bool IsStructuralHeading(std::string_view text, const Grammar& grammar) {
  int structural_rank = -1;
  for (const MarkerStyle& s : grammar.styles()) {
    if (s.continuous) structural_rank = std::max(structural_rank, s.rank);
  }
  for (const MarkerMatch& m : grammar.Match(text)) {
    if (grammar.styles()[static_cast<size_t>(m.style)].rank <= structural_rank) return true;
  }
  return false;
}

// The line opens a numbered item: a marker followed by a capital or a quote
// ("1. Các công việc", "a) Lái xe", "Điều 6. Hợp đồng"), not a figure or a
// cross-reference that a sentence wrapped onto the line.
bool OpensItem(std::string_view text, const Grammar& grammar) {
  for (const MarkerMatch& m : grammar.Match(text)) {
    std::string_view rest = text.substr(std::min(m.text_begin, text.size()));
    if (m.value > 0 && !rest.empty() && !StartsLowercase(rest) && LetterCount(rest.substr(0, 8)) > 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

Layout DetectLayout(const std::vector<SourceLine>& lines) {
  Layout layout;
  std::vector<size_t> lengths;
  int evidence = 0;
  const SourceLine* previous = nullptr;
  for (const SourceLine& line : lines) {
    if (line.blank || line.role) {
      previous = nullptr;
      continue;
    }
    lengths.push_back(CodePointCount(line.text));
    if (previous != nullptr && !EndsParagraph(previous->text) && StartsLowercase(line.text)) {
      ++evidence;
    }
    previous = &line;
  }
  if (lengths.size() < 4) return layout;
  std::vector<size_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end());
  size_t p90 = sorted[sorted.size() * 9 / 10];
  if (p90 > kMaxWrappedWidth) return layout;
  if (evidence * 100 < static_cast<int>(lengths.size()) * kMinJoinEvidencePercent) return layout;
  layout.hard_wrapped = true;
  layout.line_width = static_cast<int>(p90);
  return layout;
}

std::vector<Paragraph> BuildParagraphs(const std::vector<SourceLine>& lines, const Layout& layout,
                                       const Grammar& grammar) {
  std::vector<Paragraph> paragraphs;
  Paragraph* open = nullptr;
  bool open_is_heading = false;  // the open paragraph is a part/chapter/section/article heading
  bool bold_open = false;        // a "**" run opened on a line before and is not closed yet
  const SourceLine* last_line = nullptr;  // last line of the open paragraph
  bool blank_gap = false;                 // blank lines since last_line
  bool furniture_gap = false;             // page furniture since last_line

  auto full_width = [&](const SourceLine& l) {
    return layout.line_width > 0 &&
           static_cast<double>(CodePointCount(l.text)) >= kFullWidthRatio * layout.line_width;
  };

  for (const SourceLine& line : lines) {
    if (line.blank) {
      blank_gap = true;
      continue;
    }
    if (line.role) {
      if (IsPageFurniture(*line.role)) {
        furniture_gap = true;
      } else {
        open = nullptr;  // any other block ends the paragraph
        bold_open = false;
      }
      continue;
    }
    bool join = false;
    if (open != nullptr && bold_open && !line.attachment_start) {
      join = true;  // a bold run ("**7. Báo và" / "Phát thanh, …**") is one heading
    } else if (open != nullptr && layout.hard_wrapped && !line.attachment_start &&
               EndsWithContinuationWord(last_line->text, grammar)) {
      join = true;  // "a) Phối hợp Sở Nông nghiệp và" / "Môi trường …"
    } else if (open != nullptr && layout.hard_wrapped && !line.attachment_start) {
      std::string_view prev = last_line->text;
      bool looks_like_marker = !grammar.Match(line.text).empty();
      bool unfinished = !EndsParagraph(prev);
      if (blank_gap || furniture_gap) {
        join = unfinished && !looks_like_marker &&
               (StartsLowercase(line.text) || StartsWithContinuationPunctuation(line.text));
      } else if (unfinished) {
        // A short unfinished line followed by a capital is a heading; at the
        // margin it is a sentence wrapped before a name or a number — unless
        // the line opens an item with a capital ("1. Các công việc …" under
        // a long article heading). A figure that is not a marker
        // ("17/11/2023 để …") continues too.
        bool continues = StartsLowercase(line.text) ||
                         StartsWithContinuationPunctuation(line.text) ||
                         (!line.text.empty() && line.text[0] >= '0' && line.text[0] <= '9');
        join = (full_width(*last_line) && !(open_is_heading && OpensItem(line.text, grammar))) ||
               (continues && !looks_like_marker);
      } else {
        // A finished sentence at the margin continues with the next one in
        // the same paragraph; a short finished line ends the paragraph.
        join = !looks_like_marker && full_width(*last_line) && !line.text.empty() &&
               prev.back() != ':';
      }
    }
    if (join) {
      const std::string& prev = open->text;
      bool hyphen = prev.size() >= 2 && prev.back() == '-' && prev[prev.size() - 2] != ' ';
      if (!hyphen) open->text.push_back(' ');
      open->text += line.text;
      if (furniture_gap) {
        open->spans.push_back({line.number, line.number});
      } else {
        open->spans.back().last = line.number;
      }
    } else {
      paragraphs.emplace_back();
      open = &paragraphs.back();
      open->attachment_start = line.attachment_start;
      open->text = std::string(line.text);
      open_is_heading = IsStructuralHeading(line.text, grammar);
      open->spans.push_back({line.number, line.number});
    }
    last_line = &line;
    blank_gap = false;
    furniture_gap = false;
    if (line.toggles_emphasis) bold_open = !bold_open;
  }
  for (Paragraph& p : paragraphs) p.markers = grammar.Match(p.text);
  return paragraphs;
}

}  // namespace congvan::parse
