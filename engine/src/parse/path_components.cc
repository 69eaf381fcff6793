// Path components (see path_components.h). A letter's component is a pure
// function of the marker's style, value, letter sequence and ordinal as
// written (RenderMarker reads nothing else of a marker reduced to its
// ordinal), so the memo is keyed by exactly those; a number's is its digits
// and suffix, written with to_chars.
#include "parse/path_components.h"

#include <algorithm>
#include <charconv>

namespace congvan::parse {
namespace {

bool IsLetterKind(OrdinalKind kind) {
  return kind == OrdinalKind::kLetters || kind == OrdinalKind::kDecimalLetter;
}

}  // namespace

std::string RenderPathComponent(const Grammar& grammar, const MarkerMatch& m,
                                const ListPosition& p) {
  const MarkerStyle& s = grammar.styles()[static_cast<size_t>(p.style)];
  if (IsLetterKind(s.kind)) {
    MarkerMatch letter = m;
    letter.prefix.clear();
    letter.marker = m.ordinal_text;
    std::string rendered = grammar.RenderMarker(letter, p.value, FirstSequence(p.sequence_mask));
    std::string lower;
    for (char c : rendered) lower.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    return lower;
  }
  return std::to_string(p.value) + p.suffix;
}

std::string_view PathComponents::Of(const MarkerMatch& m, const ListPosition& p) {
  const MarkerStyle& s = styles_[static_cast<size_t>(p.style)];
  if (!IsLetterKind(s.kind)) {
    // The digits and the suffix in a fixed buffer when they fit (a string
    // assigned and appended to was a third of a component's cost).
    char* end = std::to_chars(number_, number_ + kNumberDigits, p.value).ptr;
    if (p.suffix.size() <= sizeof number_ - kNumberDigits) {
      end = std::copy(p.suffix.begin(), p.suffix.end(), end);
      return {number_, static_cast<size_t>(end - number_)};
    }
    scratch_.assign(number_, end);
    scratch_ += p.suffix;
    return scratch_;
  }
  if (p.value < 0 || p.value > kMaxMemoValue) {
    scratch_ = RenderPathComponent(grammar_, m, p);
    return scratch_;
  }
  // The letter the plain way renders it: the style renders `value` in the
  // sequence FirstSequence picks (the rendering reads the style from the
  // marker, equal to p.style but for a repaired form's marker).
  const int sequence = FirstSequence(p.sequence_mask);
  if (letters_by_value_.size() <= static_cast<size_t>(p.value))
    letters_by_value_.resize(static_cast<size_t>(p.value) + 1);
  std::vector<Letter>& rendered = letters_by_value_[static_cast<size_t>(p.value)];
  const std::string_view ordinal = m.ordinal_text.view();
  for (const Letter& l : rendered) {
    if (l.style == m.style && l.sequence == sequence && l.ordinal_text == ordinal)
      return l.component;
  }
  rendered.push_back(
      {m.style, sequence, std::string(ordinal), RenderPathComponent(grammar_, m, p)});
  return rendered.back().component;
}

}  // namespace congvan::parse
