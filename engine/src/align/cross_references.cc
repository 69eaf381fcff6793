// Cross-references taken out of a text (see cross_references.h). One pass
// over the words marks the runs that make a reference; a second joins the
// unmarked words. The words are the language's (reference_words.h: the
// grammar's <references>), compared as written.
#include "align/cross_references.h"

#include <algorithm>
#include <array>
#include <vector>

#include "align/reference_words.h"
#include "align/word_scanner.h"

namespace congvan::align_internal {
namespace {

using Words = std::vector<std::string_view>;

bool IsRomanNumeral(std::string_view w) {
  return !w.empty() && w.size() <= 6 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// A number, one ASCII letter, a Roman numeral, or an ordinal the language
// writes as a word (đ).
bool IsOrdinal(const ReferenceWords& r, std::string_view w) {
  if (w.empty()) return false;
  if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (w.size() == 1 && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))) return true;
  return r.IsOrdinalWord(w) || IsRomanNumeral(w);
}

// The words "này" / "this" can close: a level ("khoản này", "this Article")
// or a type of legal text; one or two.
size_t ClosableAt(const ReferenceWords& r, const Words& w, size_t i) {
  if (i < w.size() && r.IsLevel(w[i])) return 1;
  return r.TextTypeAt(w, i);
}

// The end of the reference run that opens at w[i] (a level word followed by
// an ordinal), or i when none opens there.
size_t RunEnd(const ReferenceWords& r, const Words& w, size_t i) {
  if (i + 1 >= w.size() || !r.IsLevel(w[i]) || !IsOrdinal(r, w[i + 1])) return i;
  size_t end = i + 2;
  for (size_t j = end; j < w.size();) {
    if (IsOrdinal(r, w[j]) && !r.IsJoiner(w[j])) {
      end = j = j + 1;
    } else if (r.IsLevel(w[j]) && j + 1 < w.size() && IsOrdinal(r, w[j + 1])) {
      end = j = j + 2;
    } else if (r.IsJoiner(w[j])) {
      ++j;  // kept only if a level word or an ordinal follows
    } else {
      break;
    }
  }
  return end;
}

// "Điều này", "khoản này", "Nghị định này" (optionally after "của"), "this
// Article" at w[i]: the words to drop, 0 when none.
size_t SelfReferenceAt(const ReferenceWords& r, const Words& w, size_t i) {
  size_t at = i;
  if (at < w.size() && r.IsOf(w[at])) ++at;
  if (at < w.size() && r.IsThisBefore(w[at])) {
    size_t k = ClosableAt(r, w, at + 1);
    return k > 0 ? at + 1 + k - i : 0;
  }
  size_t k = ClosableAt(r, w, at);
  if (k > 0 && at + k < w.size() && r.IsThisAfter(w[at + k])) return at + k + 1 - i;
  return 0;
}

// The words before a reference run opening at w[i] that introduce it: "(theo)
// quy định tại (các)", "nêu tại (các)", "tại (các)"; "referred to in",
// "specified in". Returns where the reference starts.
size_t LeadStart(const ReferenceWords& r, const Words& w, size_t i) {
  size_t at = i;
  if (at >= 1 && r.IsLeadPlural(w[at - 1])) --at;
  return at - r.LeadBefore(w, at);
}

}  // namespace

std::string WithoutCrossReferences(std::string_view text, const ReferenceWords& r) {
  Words w;
  ScanWords(text, &w);
  std::vector<bool> drop(w.size(), false);
  for (size_t i = 0; i < w.size();) {
    size_t end = RunEnd(r, w, i);
    if (end > i) {
      // "khoản 1 Điều này", "Điều 39 của Nghị định này": the closing words too.
      end += SelfReferenceAt(r, w, end);
    } else {
      end = i + SelfReferenceAt(r, w, i);
    }
    if (end == i) {
      ++i;
      continue;
    }
    std::fill(drop.begin() + static_cast<long>(LeadStart(r, w, i)),
              drop.begin() + static_cast<long>(end), true);
    i = end;
  }
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (drop[i]) continue;
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

}  // namespace congvan::align_internal
