// Cross-references taken out of a text (see cross_references.h). One pass
// over the words marks the runs that make a reference; a second joins the
// unmarked words. The word lists are short and closed (the levels and the
// types of legal text of Vietnamese and English legislation), compared as
// written in both cases of their first letter.
#include "align/cross_references.h"

#include <algorithm>
#include <array>
#include <vector>

#include "align/legal_text_words.h"
#include "align/word_scanner.h"

namespace congvan::align_internal {
namespace {

using Words = std::vector<std::string_view>;

bool IsLevelWord(std::string_view w) {
  return OneOf(w, {"điểm",     "Điểm",     "khoản",     "Khoản",     "điều",       "Điều",
                   "mục",      "Mục",      "chương",    "Chương",    "phần",       "Phần",
                   "point",    "Point",    "points",    "Points",    "clause",     "Clause",
                   "clauses",  "Clauses",  "paragraph", "Paragraph", "paragraphs", "Paragraphs",
                   "article",  "Article",  "articles",  "Articles",  "section",    "Section",
                   "sections", "Sections", "chapter",   "Chapter",   "part",       "Part"});
}

bool IsRomanNumeral(std::string_view w) {
  return !w.empty() && w.size() <= 6 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// A number, one ASCII letter, đ (or its English spelling dd), a Roman numeral.
bool IsOrdinal(std::string_view w) {
  if (w.empty()) return false;
  if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (w.size() == 1 && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))) return true;
  return w == "đ" || w == "Đ" || w == "dd" || IsRomanNumeral(w);
}

bool IsJoiner(std::string_view w) {
  return OneOf(w, {"và", "hoặc", "đến", "các", "của", "and", "or", "to", "of"});
}

// The words "này" / "this" can close: a level ("khoản này", "this Article")
// or a type of legal text; one or two.
size_t ClosableAt(const Words& w, size_t i) {
  if (i < w.size() && IsLevelWord(w[i])) return 1;
  return LegalTextTypeAt(w, i);
}

// The end of the reference run that opens at w[i] (a level word followed by
// an ordinal), or i when none opens there.
size_t RunEnd(const Words& w, size_t i) {
  if (i + 1 >= w.size() || !IsLevelWord(w[i]) || !IsOrdinal(w[i + 1])) return i;
  size_t end = i + 2;
  for (size_t j = end; j < w.size();) {
    if (IsOrdinal(w[j]) && !IsJoiner(w[j])) {
      end = j = j + 1;
    } else if (IsLevelWord(w[j]) && j + 1 < w.size() && IsOrdinal(w[j + 1])) {
      end = j = j + 2;
    } else if (IsJoiner(w[j])) {
      ++j;  // kept only if a level word or an ordinal follows
    } else {
      break;
    }
  }
  return end;
}

// "Điều này", "khoản này", "Nghị định này" (optionally after "của") at w[i]:
// the words to drop, 0 when none.
size_t SelfReferenceAt(const Words& w, size_t i) {
  size_t at = i;
  if (at < w.size() && OneOf(w[at], {"của", "of"})) ++at;
  if (at < w.size() && OneOf(w[at], {"this", "This"})) {
    size_t k = ClosableAt(w, at + 1);
    return k > 0 ? at + 1 + k - i : 0;
  }
  size_t k = ClosableAt(w, at);
  if (k > 0 && at + k < w.size() && w[at + k] == "này") return at + k + 1 - i;
  return 0;
}

// The words before a reference run opening at w[i] that introduce it: "(theo)
// quy định tại (các)", "nêu tại (các)", "tại (các)"; "referred to in",
// "specified in". Returns where the reference starts.
size_t LeadStart(const Words& w, size_t i) {
  size_t at = i;
  if (at >= 1 && OneOf(w[at - 1], {"các", "Các"})) --at;
  if (at >= 1 && w[at - 1] == "tại") {
    --at;
    if (at >= 1 && w[at - 1] == "nêu") {
      --at;
    } else if (at >= 2 && OneOf(w[at - 2], {"quy", "Quy"}) && w[at - 1] == "định") {
      at -= 2;
      if (at >= 1 && OneOf(w[at - 1], {"theo", "Theo"})) --at;
    }
  } else if (at >= 3 && OneOf(w[at - 3], {"referred", "specified", "prescribed", "provided"}) &&
             (w[at - 2] == "to" || w[at - 2] == "in" || w[at - 2] == "for") && w[at - 1] == "in") {
    at -= 3;
  } else if (at >= 2 && OneOf(w[at - 2], {"specified", "prescribed", "provided", "stated"}) &&
             w[at - 1] == "in") {
    at -= 2;
  }
  return at;
}

}  // namespace

std::string WithoutCrossReferences(std::string_view text) {
  Words w;
  ScanWords(text, &w);
  std::vector<bool> drop(w.size(), false);
  for (size_t i = 0; i < w.size();) {
    size_t end = RunEnd(w, i);
    if (end > i) {
      // "khoản 1 Điều này", "Điều 39 của Nghị định này": the closing words too.
      end += SelfReferenceAt(w, end);
    } else {
      end = i + SelfReferenceAt(w, i);
    }
    if (end == i) {
      ++i;
      continue;
    }
    std::fill(drop.begin() + static_cast<long>(LeadStart(w, i)),
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
