// Line roles, cue roles: the grammar's cues on every line, matched once.
//
// Cues come from the grammar file (kind="line", "top", "head", ...), matched
// on a folded copy of the line (lower case, no diacritics) so OCR that loses
// diacritics ("Noi nhận", "Kính gui") is still recognised. Each line is
// folded into the end of a buffer, matched, and its fold dropped again: the
// folds of a whole text (57 MB on a 100 MB law) are never alive together. The
// answers of every cue stay on the line (SourceLine::cues), which the later
// passes ask (LineCue, line_roles.h) instead of the fold; only a line the cue
// sets could not answer keeps its fold, in KeptFolds. A "line" cue gives the
// line its role by itself (page breaks, page numbers, media residue, tables
// of contents, footnotes …).

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_fold.h"
#include "parse/line_roles.h"
#include "parse/running_header_keys.h"

namespace congvan::parse {

KeptFolds::KeptFolds(const std::string& folds) : folds_(folds), outer_(current_) {
  current_ = this;
}
KeptFolds::~KeptFolds() { current_ = outer_; }

std::string_view KeptFolds::Of(const SourceLine& line) {
  if (current_ == nullptr) return {};
  const std::vector<Kept>& kept = current_->kept_;
  auto it = std::lower_bound(kept.begin(), kept.end(), line.number,
                             [](const Kept& k, int number) { return k.number < number; });
  if (it == kept.end() || it->number != line.number) return {};
  return std::string_view(current_->folds_).substr(it->begin, it->size);
}

thread_local const KeptFolds* KeptFolds::current_ = nullptr;

// Roles a line has by itself, from the grammar's "line" cues (page breaks,
// page numbers, media residue, tables of contents, footnotes …), and the
// answers of every cue on each line (SourceLine::cues), which the later
// stages ask instead of the fold. Each line is folded into the end of
// `folds`, matched, and its fold dropped again: the folds of a whole text
// (57 MB on a 100 MB law) are never alive together. Only a line the cue sets
// could not answer (CueHits::known false) keeps its fold there, in
// `kept_folds` (KeptFolds), for CueOfKind to match again. Each
// short line's running-header key hash is kept in `header_hashes`, in line
// order (running_header_keys.h): the header pass need not fold it again.
void MarkLineCues(std::vector<SourceLine>& lines, const Grammar& grammar, std::string& folds,
                  KeptFolds& kept_folds, std::vector<uint32_t>& header_hashes) {
  std::string joined;  // RunText's, reused
  for (size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank) continue;
    const size_t begin = folds.size();
    AppendFoldEndsForCues(RunText(lines, i, joined), &folds);
    const std::string_view folded = std::string_view(folds).substr(begin);
    line.cues = grammar.MatchCues(folded);
    if (KeepsHeaderKeyHash(line)) header_hashes.push_back(HeaderKeyHash(folded));
    if (!line.cues.known) kept_folds.Keep(line, begin);               // for the questions below too
    line.legal_basis = LineCue(grammar, line, CueKind::kBasis) >= 0;  // for the paragraph joiner
    line.closing_cue = LineCue(grammar, line, CueKind::kClosing) >= 0;
    line.opens_step = LineCue(grammar, line, CueKind::kStep) >= 0;  // for the tree builder
    if (!line.role) {                                               // else front matter
      int cue = LineCue(grammar, line, CueKind::kLine);
      if (cue >= 0) line.role = grammar.role_cues()[static_cast<size_t>(cue)].role;
    }
    if (line.cues.known) folds.resize(begin);
  }
}

}  // namespace congvan::parse
