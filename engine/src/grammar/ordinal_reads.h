// Reading a marker's ordinal text without allocating: the pieces
// Grammar::Impl::ReadOrdinal needs, each giving the answer the string
// functions it replaces gave (std::atoi, find_first_not_of, ToLowerUtf8).
//
// A law's every line carries a marker, and each marker's ordinal is read
// three times (when the line is matched, when the paragraph joiner and the
// tree unpack it): ToLowerUtf8 made a std::string per letter ("a", "đ"), the
// decimal reading a std::string per component for atoi, the arabic reading a
// memchr per digit. Here the common shapes (short ASCII, digits) are read in
// place and anything else goes the old way, so the values cannot differ
// (tests/grammar/ordinal_reads_test.cc compares them on every corpus line).
#ifndef CONGVAN_GRAMMAR_ORDINAL_READS_H_
#define CONGVAN_GRAMMAR_ORDINAL_READS_H_

#include <array>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>

namespace congvan::grammar_internal {

// The number of ASCII digits `text` begins with.
inline std::size_t LeadingDigits(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
  return n;
}

// std::atoi of `text` as a string: anything but up to nine digits (a sign,
// ten digits, a space), out of line so that AtoiOf's common path inlines.
[[gnu::cold, gnu::noinline]] int AtoiOfOther(std::string_view text);
// std::atoi(std::string(text).c_str()): computed in place for up to nine
// ASCII digits (no sign, space or overflow to care about), else by atoi.
inline int AtoiOf(std::string_view text) {
  if (text.size() <= 9 && LeadingDigits(text) == text.size()) {
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
  }
  return AtoiOfOther(text);
}

// The leading digits of `text` read in one pass: their count into *digits
// (LeadingDigits(text)) and AtoiOf of them returned — the arabic ordinal
// ("26a" → 26, *digits 2), read twice at every unpacking of a law's "1." and
// "Điều 5." lines. Ten digits or more go the two-pass way.
inline int LeadingNumber(std::string_view text, std::size_t* digits) {
  std::size_t n = 0;
  int value = 0;
  while (n < text.size() && n < 9 && text[n] >= '0' && text[n] <= '9') {
    value = value * 10 + (text[n] - '0');
    ++n;
  }
  if (n == 9 && n < text.size() && text[n] >= '0' && text[n] <= '9') {
    n = LeadingDigits(text);
    value = AtoiOf(text.substr(0, n));
  }
  *digits = n;
  return value;
}

// ToLowerUtf8(text) (grammar_impl.h), as a view: into `buffer` when `text`
// is short plain ASCII without 'I' (which lowers alike in every locale), else
// into `*other` by ToLowerUtf8 itself. The view lives as long as both.
std::string_view LowerLongerOrdinal(std::string_view text, std::array<char, 16>& buffer,
                                    std::string* other);
inline std::string_view LowerOrdinal(std::string_view text, std::array<char, 16>& buffer,
                                     std::string* other) {
  // One ASCII letter ("a", "B"), most letter markers: lowered here.
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80 && text[0] != 'I') {
    buffer[0] = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + 32) : text[0];
    return std::string_view(buffer.data(), 1);
  }
  return LowerLongerOrdinal(text, buffer, other);
}

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_ORDINAL_READS_H_
