// The written form of a list's markers ("1." where a repair style reads "1,"
// as 1), kept by the tree builder for the report of a repaired marker: the
// list's own form of the number is rendered from the last marker of its
// style (Grammar::RenderMarker). Only what RenderMarker reads of a marker is
// kept — its style, the marker and the ordinal as written, the prefix — in
// one reused record per style: a whole MarkerMatch (five strings and
// vectors) copied into a map for every item of such a list cost as much as
// the rest of placing the item's marker. tests/parse/written_form_test.cc
// holds the kept form to the whole marker under RenderMarker on every marker
// of every corpus and unseen line, so a RenderMarker that came to read more
// of a marker would fail it.
#ifndef CONGVAN_PARSE_WRITTEN_FORM_H_
#define CONGVAN_PARSE_WRITTEN_FORM_H_

#include <cstddef>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::parse {

class WrittenForms {
 public:
  // `m` becomes the written form of its style.
  void Keep(const MarkerMatch& m) {
    if (static_cast<size_t>(m.style) >= forms_.size())
      forms_.resize(static_cast<size_t>(m.style) + 1);
    MarkerMatch& form = forms_[static_cast<size_t>(m.style)];
    form.style = m.style;
    form.marker = m.marker;
    form.ordinal_text = m.ordinal_text;
    if (!m.prefix.empty() || !form.prefix.empty()) form.prefix = m.prefix;
  }
  // The written form kept for `style` (as RenderMarker reads it), or null.
  const MarkerMatch* Of(int style) const {
    if (style < 0 || static_cast<size_t>(style) >= forms_.size()) return nullptr;
    const MarkerMatch& form = forms_[static_cast<size_t>(style)];
    return form.style >= 0 ? &form : nullptr;
  }

 private:
  std::vector<MarkerMatch> forms_;  // by style; style -1 where none is kept
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_WRITTEN_FORM_H_
