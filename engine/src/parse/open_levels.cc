// Open levels (see open_levels.h): SetPosition is PositionOf
// (sequence_fit.cc) writing into a position that already has storage;
// tests/parse/open_levels_test.cc holds it to PositionOf on every marker of
// every corpus and unseen line.
#include "parse/open_levels.h"

namespace congvan::parse {

void SetPosition(const MarkerMatch& m, const Grammar& grammar, unsigned mask, ListPosition* into) {
  SetPositionOfStyle(m, EffectiveStyle(m, grammar), mask, into);
}

void SetPositionOfStyle(const MarkerMatch& m, int style, unsigned mask, ListPosition* into) {
  ListPosition& p = *into;
  p.style = style;
  p.value = m.value;
  // Most markers have no suffix, prefix or letter values, and a slot given
  // back holds none: nothing is assigned then.
  if (!m.suffix.empty() || !p.suffix.empty()) p.suffix.assign(m.suffix.view());
  const std::span<const int> prefix = m.prefix.span();
  if (!prefix.empty() || !p.prefix.empty()) p.prefix.assign(prefix.begin(), prefix.end());
  if (!m.sequence_values.empty() || !p.sequence_values.empty())
    p.sequence_values.assign(m.sequence_values.begin(), m.sequence_values.end());
  p.sequence_mask = mask;
  // A letter absent from an alternative rules that alternative out.
  for (size_t s = 0; s < m.sequence_values.size() && s < 32; ++s) {
    if (m.sequence_values[s] <= 0) p.sequence_mask &= ~(1u << s);
  }
  if (p.sequence_mask == 0) p.sequence_mask = mask;
}

void OpenLevels::GiveBack(int slot) {
  OpenLevel& level = *slots_[static_cast<size_t>(slot)];
  level.position.style = -1;
  level.position.value = 0;
  level.position.suffix.clear();
  level.position.prefix.clear();
  level.position.sequence_values.clear();
  level.position.sequence_mask = ~0u;
  if (!level.ordinal_text.empty()) level.ordinal_text.clear();  // an assign, not a store
  level.last_child = -1;
  free_.push_back(slot);
}

}  // namespace congvan::parse
