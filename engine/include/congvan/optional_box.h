// OptionalBox<T>: an optional value kept on the heap, for a large member that
// few objects of a type ever set.
//
// `std::optional<T>` stores T inline, so every object pays sizeof(T) whether
// it holds a value or not; a task tree holds one `Node` per line of a law and
// only amending provisions carry an `AmendmentTarget` (232 bytes). The box is
// one pointer: empty costs 8 bytes, set costs one allocation. It keeps
// `optional`'s reading — `if (n.target)`, `n.target->article`, `*n.target`,
// `n.target = t`, `has_value()`, `reset()` — and value semantics: copying
// copies the value, comparing compares the values (two empty boxes are equal),
// moving moves the pointer and leaves the source empty.
#ifndef CONGVAN_OPTIONAL_BOX_H_
#define CONGVAN_OPTIONAL_BOX_H_

#include <memory>
#include <utility>

namespace congvan {

template <typename T>
class OptionalBox {
 public:
  OptionalBox() = default;
  OptionalBox(const T& value) : value_(std::make_unique<T>(value)) {}        // NOLINT: as optional
  OptionalBox(T&& value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT
  OptionalBox(const OptionalBox& other)
      : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  OptionalBox(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const OptionalBox& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  OptionalBox& operator=(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const T& value) { return Set(T(value)); }
  OptionalBox& operator=(T&& value) { return Set(std::move(value)); }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  // REQUIRES: has_value().
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }

  template <typename... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }
  void reset() { value_.reset(); }

  friend bool operator==(const OptionalBox& a, const OptionalBox& b) {
    if (!a.value_ || !b.value_) return !a.value_ && !b.value_;
    return *a.value_ == *b.value_;
  }

 private:
  // Reuses the allocation when the box already holds a value.
  OptionalBox& Set(T&& value) {
    if (value_) {
      *value_ = std::move(value);
    } else {
      value_ = std::make_unique<T>(std::move(value));
    }
    return *this;
  }

  std::unique_ptr<T> value_;
};

}  // namespace congvan

#endif  // CONGVAN_OPTIONAL_BOX_H_
