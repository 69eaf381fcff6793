// VectorBox<T>: a vector kept on the heap behind one pointer, for a list
// member that few objects of a type ever fill.
//
// A `Node` carries the provisions an amendment quotes and the portal notes on
// it; on a law fewer than one task in a hundred has either, yet as
// `std::vector`s they were 48 of every Node's bytes. The box is one pointer
// (null while empty) and reads as the vector it replaces: iteration,
// `empty()`, `size()`, `[]`, `at`, `data()`, `front()`/`back()`, `push_back`/`emplace_back`,
// `insert`, `erase`, `clear()` (which frees the box), assignment from and
// conversion to `const std::vector<T>&`. Copying copies the elements, moving
// moves the pointer and leaves the source empty, comparing compares the
// elements. A caller that needs the vector itself to grow or shrink it asks
// `vector()`, which makes the box if there is none; one that only edits the
// elements in place asks `span()`, which makes none.
#ifndef CONGVAN_VECTOR_BOX_H_
#define CONGVAN_VECTOR_BOX_H_

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace congvan {

template <typename T>
class VectorBox {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = typename std::vector<T>::iterator;
  using const_iterator = typename std::vector<T>::const_iterator;

  VectorBox() = default;
  VectorBox(std::vector<T> items) { *this = std::move(items); }  // NOLINT: as the vector
  VectorBox(std::initializer_list<T> items) : VectorBox(std::vector<T>(items)) {}
  VectorBox(const VectorBox& other)
      : items_(other.empty() ? nullptr : std::make_unique<std::vector<T>>(*other.items_)) {}
  VectorBox(VectorBox&&) noexcept = default;
  VectorBox& operator=(const VectorBox& other) {
    if (this != &other) *this = VectorBox(other);
    return *this;
  }
  VectorBox& operator=(VectorBox&&) noexcept = default;
  VectorBox& operator=(std::vector<T> items) {
    if (items.empty()) {
      items_.reset();
    } else {
      items_ = std::make_unique<std::vector<T>>(std::move(items));
    }
    return *this;
  }

  // The elements; a static empty vector when there are none.
  const std::vector<T>& get() const { return items_ ? *items_ : EmptyVector(); }
  operator const std::vector<T>&() const { return get(); }  // NOLINT: reads as the vector
  // The vector itself, to change in place; makes the box when there is none.
  std::vector<T>& vector() {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    return *items_;
  }
  // The elements as a span, changeable in place without making a box (empty
  // when there is none): for a walk that edits elements but adds or removes
  // none, so it may recurse into every node without giving a leaf a box.
  std::span<T> span() { return items_ ? std::span<T>(*items_) : std::span<T>(); }
  std::span<const T> span() const {
    return items_ ? std::span<const T>(*items_) : std::span<const T>();
  }
  // Moves the elements out and leaves the box empty.
  std::vector<T> take() {
    std::vector<T> out = items_ ? std::move(*items_) : std::vector<T>();
    items_.reset();
    return out;
  }

  bool empty() const { return !items_ || items_->empty(); }
  size_type size() const { return items_ ? items_->size() : 0; }
  const_iterator begin() const { return get().begin(); }
  const_iterator end() const { return get().end(); }
  iterator begin() { return items_ ? items_->begin() : iterator(); }
  iterator end() { return items_ ? items_->end() : iterator(); }
  // REQUIRES: i < size() (and !empty() for front and back).
  const T& operator[](size_type i) const { return (*items_)[i]; }
  T& operator[](size_type i) { return (*items_)[i]; }
  // As the vector's: std::out_of_range when i >= size().
  const T& at(size_type i) const { return get().at(i); }
  T& at(size_type i) {
    if (!items_) EmptyVector().at(i);  // throws: nothing to give, and no box made
    return items_->at(i);
  }
  // The first element, or null while empty (so a `std::span` views the box).
  const T* data() const { return items_ ? items_->data() : nullptr; }
  T* data() { return items_ ? items_->data() : nullptr; }
  const T& front() const { return items_->front(); }
  T& front() { return items_->front(); }
  const T& back() const { return items_->back(); }
  T& back() { return items_->back(); }

  void push_back(const T& item) { vector().push_back(item); }
  void push_back(T&& item) { vector().push_back(std::move(item)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    return vector().emplace_back(std::forward<Args>(args)...);
  }
  template <typename... Args>
  iterator insert(const_iterator pos, Args&&... args) {
    if (!items_) {  // pos is end() of an empty box: insert into a new vector at its end
      return vector().insert(items_->end(), std::forward<Args>(args)...);
    }
    return items_->insert(pos, std::forward<Args>(args)...);
  }
  iterator erase(const_iterator pos) { return items_->erase(pos); }
  iterator erase(const_iterator first, const_iterator last) {
    return items_ ? items_->erase(first, last) : iterator();
  }
  void reserve(size_type n) {
    if (n > 0) vector().reserve(n);
  }
  void clear() { items_.reset(); }

  friend bool operator==(const VectorBox& a, const VectorBox& b) { return a.get() == b.get(); }
  // Against a vector without making a box of it (C++20 also reads b == a, !=).
  friend bool operator==(const VectorBox& a, const std::vector<T>& b) { return a.get() == b; }

 private:
  static const std::vector<T>& EmptyVector() {
    static const std::vector<T> empty;
    return empty;
  }

  std::unique_ptr<std::vector<T>> items_;
};

}  // namespace congvan

#endif  // CONGVAN_VECTOR_BOX_H_
