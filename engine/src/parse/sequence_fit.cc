// Sequence fit: exact continuation first, then the damage the window allows
// (see sequence_fit.h for the window and why).
#include "parse/sequence_fit.h"

namespace congvan::parse {
namespace {

SequenceFit ByDifference(int open_value, int found_value) {
  SequenceFit f;
  f.expected = open_value + 1;
  int diff = found_value - open_value;
  if (diff == 1) {
    f.fit = Fit::kExact;
  } else if (diff == 0) {
    f.fit = Fit::kRepeat;
  } else if (diff >= 2 && diff <= 1 + kMaxLostItems) {
    f.fit = Fit::kGap;
  }
  return f;
}

SequenceFit LetterFit(const ListPosition& open, const MarkerMatch& m) {
  SequenceFit best;
  unsigned exact = 0;
  size_t n = std::min(open.sequence_values.size(), m.sequence_values.size());
  for (size_t s = 0; s < n && s < 32; ++s) {
    if ((open.sequence_mask & (1u << s)) == 0) continue;
    int a = open.sequence_values[s], b = m.sequence_values[s];
    if (a <= 0 || b <= 0) continue;
    SequenceFit f = ByDifference(a, b);
    f.expected_sequence = static_cast<int>(s);
    if (f.fit == Fit::kExact) {
      if (exact == 0) best = f;
      exact |= 1u << s;
    } else if (exact == 0 && best.fit == Fit::kNone && f.fit != Fit::kNone) {
      best = f;
      best.sequence_mask = 1u << s;
    } else if (exact == 0 && best.expected == 0) {
      // Nothing fits yet: remember what the preferred alternative expected.
      best.expected = a + 1;
      best.expected_sequence = static_cast<int>(s);
    }
  }
  if (exact != 0) best.sequence_mask = exact;
  return best;
}

}  // namespace

int EffectiveStyle(const MarkerMatch& m, const Grammar& grammar) {
  int repairs = grammar.styles()[static_cast<size_t>(m.style)].repairs;
  return repairs >= 0 ? repairs : m.style;
}

int FirstSequence(unsigned mask) {
  for (int s = 0; s < 32; ++s) {
    if (mask & (1u << s)) return s;
  }
  return 0;
}

ListPosition PositionOf(const MarkerMatch& m, const Grammar& grammar, unsigned mask) {
  ListPosition p;
  p.style = EffectiveStyle(m, grammar);
  p.value = m.value;
  p.suffix = m.suffix;
  p.prefix.assign(m.prefix.begin(), m.prefix.end());
  p.sequence_values = m.sequence_values;
  p.sequence_mask = mask;
  // A letter absent from an alternative rules that alternative out.
  for (size_t s = 0; s < m.sequence_values.size() && s < 32; ++s) {
    if (m.sequence_values[s] <= 0) p.sequence_mask &= ~(1u << s);
  }
  if (p.sequence_mask == 0) p.sequence_mask = mask;
  return p;
}

SequenceFit FitAfter(const ListPosition& open, const MarkerMatch& m, const Grammar& grammar) {
  const MarkerStyle& style = grammar.styles()[static_cast<size_t>(open.style)];
  SequenceFit none;
  switch (style.kind) {
    case OrdinalKind::kNone: {
      SequenceFit f;
      f.fit = Fit::kExact;
      return f;
    }
    case OrdinalKind::kDecimal:
    case OrdinalKind::kLetterNumber:
      if (m.prefix != open.prefix) return none;
      return ByDifference(open.value, m.value);
    case OrdinalKind::kLetters:
      return LetterFit(open, m);
    case OrdinalKind::kDecimalLetter:
      if (m.prefix != open.prefix) return none;
      return LetterFit(open, m);
    case OrdinalKind::kArabic: {
      // An inserted article ("Điều 26a" after "Điều 26") continues its list.
      if (m.value == open.value && !m.suffix.empty() &&
          m.suffix.view() > std::string_view(open.suffix)) {
        SequenceFit f;
        f.fit = Fit::kExact;
        f.expected = open.value + 1;
        return f;
      }
      if (m.value == open.value && m.suffix != open.suffix) return none;
      return ByDifference(open.value, m.value);
    }
    case OrdinalKind::kRoman:
    case OrdinalKind::kWords:
      return ByDifference(open.value, m.value);
  }
  return none;
}

}  // namespace congvan::parse
