// The compact list of cited documents (see found_references.h): entries of
// views and spans while the collector scans, the public records made once.
#include "parse/found_references.h"

#include <algorithm>
#include <numeric>

namespace congvan::parse {
namespace {

// Whether `a` and `b` are the same once their spaces are dropped; the order
// of their space-less forms otherwise (-1, 0, 1).
int CompareWithoutSpaces(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && a[i] == ' ') ++i;
    while (j < b.size() && b[j] == ' ') ++j;
    if (i == a.size() || j == b.size()) {
      return i == a.size() ? (j == b.size() ? 0 : -1) : 1;
    }
    const auto x = static_cast<unsigned char>(a[i++]), y = static_cast<unsigned char>(b[j++]);
    if (x != y) return x < y ? -1 : 1;
  }
}

}  // namespace

std::string NumberWithoutSpaces(std::string_view number) {
  std::string out;
  out.reserve(number.size());
  for (char c : number) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

FoundReferences::Span FoundReferences::Place(std::string_view text, std::string_view group) {
  // A group lies in the citation it was matched in; its first copy there
  // has the same bytes.
  const size_t at = group.empty() ? 0 : text.find(group);
  if (at != std::string_view::npos && group.size() <= UINT16_MAX) {
    return {static_cast<uint32_t>(at), static_cast<uint16_t>(group.size()), false};
  }
  return Spill(group);
}

FoundReferences::Span FoundReferences::Spill(std::string_view bytes) {
  Span s{static_cast<uint32_t>(spilled_.size()), 0, true};
  spilled_.append(bytes.substr(0, UINT16_MAX));
  s.size = static_cast<uint16_t>(spilled_.size() - s.offset);
  return s;
}

std::string_view FoundReferences::View(const Entry& e, const Span& s) const {
  if (s.spilled) return std::string_view(spilled_).substr(s.offset, s.size);
  return std::string_view(e.text + s.offset, s.size);
}

void FoundReferences::Add(std::string_view text, std::string_view type, std::string_view number,
                          std::string_view iso_date, int line) {
  Entry e;
  e.text = text.data();
  e.text_size = static_cast<uint32_t>(text.size());
  e.line = line;
  e.type = Place(text, type);
  e.number = Place(text, number);
  if (!iso_date.empty()) e.date = Spill(iso_date);
  entries_.push_back(e);
}

// The entries whose (line, number) an earlier entry has, by index.
std::vector<bool> FoundReferences::Duplicates() const {
  std::vector<uint32_t> order(entries_.size());
  std::iota(order.begin(), order.end(), 0U);
  auto number = [&](uint32_t i) { return View(entries_[i], entries_[i].number); };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (entries_[a].line != entries_[b].line) return entries_[a].line < entries_[b].line;
    const int c = CompareWithoutSpaces(number(a), number(b));
    return c != 0 ? c < 0 : a < b;
  });
  std::vector<bool> duplicate(entries_.size(), false);
  for (size_t k = 1; k < order.size(); ++k) {
    const uint32_t a = order[k - 1], b = order[k];
    duplicate[b] =
        entries_[a].line == entries_[b].line && CompareWithoutSpaces(number(a), number(b)) == 0;
  }
  return duplicate;
}

std::vector<Reference> FoundReferences::Take() {
  const std::vector<bool> duplicate = Duplicates();
  std::vector<uint32_t> kept;
  kept.reserve(entries_.size());
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (!duplicate[i]) kept.push_back(i);
  }
  // In line order, and in the order added within a line.
  std::stable_sort(kept.begin(), kept.end(),
                   [&](uint32_t a, uint32_t b) { return entries_[a].line < entries_[b].line; });
  std::vector<Reference> out;
  out.reserve(kept.size());
  for (uint32_t i : kept) {
    const Entry& e = entries_[i];
    Reference& r = out.emplace_back();
    r.type = std::string(View(e, e.type));
    r.number = NumberWithoutSpaces(View(e, e.number));
    r.date = std::string(View(e, e.date));
    r.text.assign(e.text, e.text_size);
    r.line = e.line;
  }
  entries_ = {};
  spilled_ = {};
  return out;
}

}  // namespace congvan::parse
