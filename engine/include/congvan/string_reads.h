// StringReads: the read-only half of `std::string`'s interface, written once
// for the string types the model keeps in place of `std::string` —
// `CompactString` (a Node's path and marker) and `SharedText` (a task's text).
//
// Both store their bytes their own way and answer `data()` and `size()`;
// everything a reader of a string asks besides — `view()`, iteration, `[]`,
// `front`/`back`, `find`/`rfind` and their kin, `starts_with`/`ends_with`,
// `str()`, comparison with strings and string literals, `+` with strings
// (a `std::string`) — is the same reading of that `string_view`, so it lives
// here (the curiously recurring template pattern: `class CompactString :
// public StringReads<CompactString>`). The derived type keeps what differs:
// how it is built and assigned, `substr` (a `std::string` for one, a shared
// run for the other) and `+=`.
//
// The operators are hidden friends: found by argument-dependent lookup when
// one side is the derived type, so they never widen what compares with what
// elsewhere.
#ifndef CONGVAN_STRING_READS_H_
#define CONGVAN_STRING_READS_H_

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace congvan {

template <class Derived>
class StringReads {
 public:
  static constexpr std::size_t npos = std::string_view::npos;

  std::string_view view() const { return {Self().data(), Self().size()}; }
  operator std::string_view() const { return view(); }  // NOLINT: reads as a string
  std::string str() const { return std::string(view()); }

  std::size_t length() const { return Self().size(); }
  bool empty() const { return Self().size() == 0; }
  const char* begin() const { return Self().data(); }
  const char* end() const { return Self().data() + Self().size(); }
  // REQUIRES: i < size() (and !empty() for front and back).
  char operator[](std::size_t i) const { return Self().data()[i]; }
  char front() const { return Self().data()[0]; }
  char back() const { return Self().data()[Self().size() - 1]; }

  std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
  std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
  std::size_t rfind(std::string_view s, std::size_t pos = npos) const {
    return view().rfind(s, pos);
  }
  std::size_t rfind(char c, std::size_t pos = npos) const { return view().rfind(c, pos); }
  std::size_t find_first_of(std::string_view s, std::size_t pos = 0) const {
    return view().find_first_of(s, pos);
  }
  std::size_t find_first_not_of(std::string_view s, std::size_t pos = 0) const {
    return view().find_first_not_of(s, pos);
  }
  std::size_t find_last_not_of(std::string_view s, std::size_t pos = npos) const {
    return view().find_last_not_of(s, pos);
  }
  bool starts_with(std::string_view s) const { return view().starts_with(s); }
  bool ends_with(std::string_view s) const { return view().ends_with(s); }

  friend bool operator==(const Derived& a, const Derived& b) { return a.view() == b.view(); }
  friend bool operator==(const Derived& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Derived& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const Derived& a, const char* b) {
    return a.view() == std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const Derived& a, const Derived& b) {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const Derived& a, std::string_view b) {
    return a.view() <=> b;
  }

  friend std::string operator+(const Derived& a, std::string_view b) {
    std::string out(a.view());
    out += b;
    return out;
  }
  friend std::string operator+(std::string_view a, const Derived& b) {
    std::string out(a);
    out += b.view();
    return out;
  }
  friend std::string operator+(const std::string& a, const Derived& b) {
    return std::string_view(a) + b;
  }
  friend std::string operator+(const char* a, const Derived& b) { return std::string_view(a) + b; }
  friend std::string operator+(const Derived& a, const std::string& b) {
    return a + std::string_view(b);
  }
  friend std::string operator+(const Derived& a, const char* b) { return a + std::string_view(b); }

 private:
  const Derived& Self() const { return static_cast<const Derived&>(*this); }
};

}  // namespace congvan

#endif  // CONGVAN_STRING_READS_H_
