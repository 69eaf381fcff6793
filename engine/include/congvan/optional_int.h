// OptionalInt: an optional 32-bit int that leaves room for a flag beside it.
//
// `std::optional<int>` is 8 bytes (the int, a flag, 3 of padding), and a
// `bool` after it in a struct takes 8 more with the next member's alignment:
// a `Node`'s ordinal and its `division` flag were 16 bytes. OptionalInt is
// the int and its flag too, but it has constructors of its own, so the
// Itanium C++ ABI (gcc, clang) lets the next member of a struct live in its
// tail padding when it is declared `[[no_unique_address]]`: `Node` keeps its
// `division` there, 8 bytes for both (`static_assert`ed beside `Node`).
//
// It reads as the `std::optional<int>` it replaces: `if (n.ordinal)`,
// `*n.ordinal`, `has_value()`, `value()`, `value_or(v)`, `reset()`,
// assignment from an int, from `std::nullopt` or from an optional,
// conversion to `std::optional<int>`, `==` with ints, optionals and
// `std::nullopt` (empty equals empty).
#ifndef CONGVAN_OPTIONAL_INT_H_
#define CONGVAN_OPTIONAL_INT_H_

#include <cstdint>
#include <optional>

namespace congvan {

class OptionalInt {
 public:
  OptionalInt() {}  // NOLINT: user-provided, so the tail padding may be reused
  OptionalInt(int value) : value_(value), has_value_(true) {}  // NOLINT: as optional
  OptionalInt(std::nullopt_t) {}                               // NOLINT
  OptionalInt(const std::optional<int>& value)                 // NOLINT
      : value_(value.value_or(0)), has_value_(value.has_value()) {}

  bool has_value() const { return has_value_; }
  explicit operator bool() const { return has_value_; }
  // REQUIRES: has_value() (as optional's operator*; value() is the same here).
  int operator*() const { return value_; }
  int value() const { return value_; }
  int value_or(int fallback) const { return has_value_ ? value_ : fallback; }
  void reset() { *this = OptionalInt(); }
  operator std::optional<int>() const {  // NOLINT: reads as the optional
    return has_value_ ? std::optional<int>(value_) : std::nullopt;
  }

  friend bool operator==(const OptionalInt& a, const OptionalInt& b) {
    return a.has_value_ == b.has_value_ && (!a.has_value_ || a.value_ == b.value_);
  }
  friend bool operator==(const OptionalInt& a, int b) { return a.has_value_ && a.value_ == b; }
  friend bool operator==(const OptionalInt& a, std::nullopt_t) { return !a.has_value_; }
  friend bool operator==(const OptionalInt& a, const std::optional<int>& b) {
    return a == OptionalInt(b);
  }

 private:
  std::int32_t value_ = 0;
  bool has_value_ = false;
};

}  // namespace congvan

#endif  // CONGVAN_OPTIONAL_INT_H_
