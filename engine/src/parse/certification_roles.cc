// Line roles, a consolidated text's certification above its signature.
//
// After the last provision ("…/.") a consolidated text closes with the
// consolidating office in capitals ("VĂN PHÒNG QUỐC HỘI"), the
// consolidation's own number ("Số: 28/VBHN-VPQH", consolidated_text.h), the
// heading ("XÁC THỰC VĂN BẢN HỢP NHẤT") and the place and date. These short
// lines are the signature's, not tasks. Only a short line with a slash is
// asked the number: a law's prose is not.

#include <string_view>
#include <vector>

#include "parse/consolidated_text.h"
#include "parse/line_roles.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxCertifyingOfficeLines = 3;  // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"
constexpr size_t kMaxCertificationLines = 4;  // heading, place and date, below the number
constexpr int kMaxCertificationWords = 12;

bool CertificationLine(const SourceLine& l) {
  return !l.role && AtMostWords(l.text, kMaxCertificationWords) &&
         !EndsWithTerminalPunctuation(l.text);
}

}  // namespace

// A consolidated text closes with the consolidating office's certification
// above its signature, after the last provision ("…/."): the office
// in capitals ("VĂN PHÒNG QUỐC HỘI"), the consolidation's own number ("Số:
// 28/VBHN-VPQH", consolidated_text.h), the heading ("XÁC THỰC VĂN BẢN HỢP
// NHẤT") and the place and date ("Hà Nội, ngày 07 tháng 12 năm 2020"). These
// short lines are the signature's, not tasks. From each such number line
// below the top, the office above and the lines below up to the date (or
// the signature's cue, left to ClassifyBelowTop) are marked. Only a short
// line with a slash is asked the number: a law's prose is not.
void MarkCertifications(std::vector<SourceLine>& lines, const Grammar& grammar, size_t i) {
  for (; i < lines.size(); ++i) {
    const SourceLine& at = lines[i];
    if (at.role || at.text.find('/') == std::string_view::npos || !CertificationLine(at) ||
        ConsolidationNumber(at.text, grammar).empty()) {
      continue;
    }
    size_t first = i, seen = 0;
    for (size_t j = i; j-- > 0 && seen < kMaxCertifyingOfficeLines;) {
      if (lines[j].blank) continue;
      if (!CertificationLine(lines[j]) || !MostlyUppercase(lines[j].text)) break;
      first = j;
      ++seen;
    }
    size_t last = i;
    seen = 0;
    for (size_t j = i + 1; j < lines.size() && seen < kMaxCertificationLines; ++j) {
      // A PDF's stray dot between the number and the heading (VBHN 466/2025).
      if (lines[j].blank || (!lines[j].role && LetterCount(lines[j].text, 1) == 0)) continue;
      if (!CertificationLine(lines[j]) || LineCue(grammar, lines[j], CueKind::kSignature) >= 0)
        break;
      last = j;
      ++seen;
      if (!grammar.FindMeta("date", lines[j].text, /*in_header=*/true).empty()) break;
    }
    for (size_t k = first; k <= last; ++k) {
      if (!lines[k].blank) lines[k].role = BlockRole::kSignature;
    }
    i = last;
  }
}

}  // namespace congvan::parse
