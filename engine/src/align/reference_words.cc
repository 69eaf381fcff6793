// The words of a cross-reference (see reference_words.h): the grammar's
// lists copied as written; a phrase's words split into their '|' forms.
#include "align/reference_words.h"

#include <algorithm>
#include <sstream>

namespace congvan::align_internal {
namespace {

// "Nghị|nghị định|quyết": per word, its forms.
std::vector<std::vector<std::string>> PhraseOf(const std::string& written) {
  std::vector<std::vector<std::string>> out;
  std::istringstream in(written);
  for (std::string word; in >> word;) {
    std::vector<std::string> forms;
    std::istringstream parts(word);
    for (std::string form; std::getline(parts, form, '|');) forms.push_back(form);
    out.push_back(std::move(forms));
  }
  return out;
}

// `w` without its first code point (UTF-8).
std::string WithoutFirstLetter(const std::string& w) {
  size_t n = 1;
  while (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) ++n;
  return w.substr(std::min(n, w.size()));
}

}  // namespace

ReferenceWords ReferenceWords::Of(const AlignWords& words) {
  ReferenceWords out;
  out.levels_ = words.ref_levels;
  out.pieces_ = words.ref_pieces;
  out.articles_ = words.ref_articles;
  out.ordinals_ = words.ref_ordinals;
  out.joiners_ = words.ref_joiners;
  out.of_ = words.ref_of;
  out.this_before_ = words.ref_this_before;
  out.this_after_ = words.ref_this_after;
  out.lead_plurals_ = words.ref_lead_plurals;
  for (const std::string& p : words.ref_text_types) out.text_types_.push_back(PhraseOf(p));
  for (const std::string& p : words.ref_leads) out.leads_.push_back(PhraseOf(p));
  for (const std::string& a : words.ref_articles) {
    std::string tail = WithoutFirstLetter(a);
    if (std::find(out.article_tails_.begin(), out.article_tails_.end(), tail) ==
        out.article_tails_.end())
      out.article_tails_.push_back(tail);
  }
  return out;
}

bool ReferenceWords::PhraseAt(const Phrase& p, const std::vector<std::string_view>& words,
                              size_t i) {
  if (i + p.size() > words.size()) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    if (!In(p[k], words[i + k])) return false;
  }
  return true;
}

size_t ReferenceWords::TextTypeAt(const std::vector<std::string_view>& words, size_t i) const {
  size_t best = 0;
  for (const Phrase& p : text_types_) {
    if (p.size() > best && PhraseAt(p, words, i)) best = p.size();
  }
  return best;
}

size_t ReferenceWords::LeadBefore(const std::vector<std::string_view>& words, size_t end) const {
  size_t best = 0;
  for (const Phrase& p : leads_) {
    if (p.size() > best && p.size() <= end && PhraseAt(p, words, end - p.size())) best = p.size();
  }
  return best;
}

}  // namespace congvan::align_internal
