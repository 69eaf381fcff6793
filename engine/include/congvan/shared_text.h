// SharedText: a task's text as a run of one shared, immutable buffer — the
// document's decoded text — or, when the text is not a run of it (lines
// joined, a text built or edited), a buffer of its own.
//
// A law is almost all task text, and each task's text is, byte for byte, a
// run of the decoded input: its line after the marker. As `std::string`s the
// texts were a second copy of the input, alive beside it where the paragraphs
// are made (the parse's heap peak). A SharedText is a view (pointer and
// size) beside a `std::shared_ptr` that keeps its buffer alive — 24 bytes
// (the shared pointer's own pointer is the text's first byte; 32, as the
// `std::string` it replaced, before branch `parse-mem8`) — so a view cannot dangle: a Node copied
// out of its Document (the aligner, the timeline, consolidate) keeps the
// buffer with it, and the buffer goes with the last text that views it.
// Copying shares (a reference count, no allocation); a text made from a
// `std::string` or by appending owns an exact-size buffer of its own.
//
// It reads like the string it replaces: conversion to `std::string_view`,
// `view()`, `str()` (a copy), `empty()`, `size()`, `data()`, `[]`,
// `front()`/`back()`, iteration, `find`/`rfind`, `starts_with`/`ends_with`,
// `==` and `<` with strings and string literals; `substr` returns a
// SharedText of the same buffer. Assignment from a string or `+=` makes it
// own; nothing writes into a shared buffer.
#ifndef CONGVAN_SHARED_TEXT_H_
#define CONGVAN_SHARED_TEXT_H_

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace congvan {

class SharedText {
 public:
  static constexpr std::size_t npos = std::string_view::npos;

  SharedText() = default;
  // Moving copies (a reference count), so a moved-from text still reads as
  // it did — as when the view was a pointer beside its keeper, before the
  // text was the keeper's own pointer: the tree builder reads paragraphs'
  // texts after moving them into drafts.
  SharedText(const SharedText&) = default;
  SharedText& operator=(const SharedText&) = default;
  // Owns a copy of `text` (empty: no buffer).
  SharedText(std::string_view text);  // NOLINT: implicit, as the string it replaces
  SharedText(const std::string& text) : SharedText(std::string_view(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string_view(text)) {}         // NOLINT

  // The run `part` of `buffer`, sharing it.
  // REQUIRES: `part` lies within *buffer (or is empty).
  static SharedText View(std::shared_ptr<const std::string> buffer, std::string_view part);

  SharedText& operator=(std::string_view text) { return *this = SharedText(text); }
  SharedText& operator=(const std::string& text) { return *this = SharedText(text); }
  SharedText& operator=(const char* text) { return *this = SharedText(text); }

  std::string_view view() const { return {data(), size_}; }
  operator std::string_view() const { return view(); }  // NOLINT: reads as a string
  std::string str() const { return std::string(data(), size_); }
  // Whether the text is a run of a buffer other texts may share (not its own).
  bool shares(const SharedText& other) const {
    return text_ != nullptr && other.text_ != nullptr && !text_.owner_before(other.text_) &&
           !other.text_.owner_before(text_);
  }

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  std::size_t length() const { return size_; }
  const char* data() const { return size_ != 0 ? text_.get() : ""; }
  const char* begin() const { return data(); }
  const char* end() const { return data() + size_; }
  // REQUIRES: i < size() (and !empty() for front and back).
  char operator[](std::size_t i) const { return text_.get()[i]; }
  char front() const { return text_.get()[0]; }
  char back() const { return text_.get()[size_ - 1]; }

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

  // The run [pos, pos + n) of this text (clamped), sharing its buffer.
  // REQUIRES: pos <= size().
  SharedText substr(std::size_t pos, std::size_t n = npos) const;

  // Appending makes the text own the result.
  SharedText& operator+=(std::string_view more);
  SharedText& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { *this = SharedText(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view() == b.view(); }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SharedText& a, const char* b) {
    return a.view() == std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    return a.view() <=> b.view();
  }

 private:
  // The text's first byte, sharing the ownership of the buffer it lies in
  // (shared_ptr's aliasing constructor); null when empty.
  std::shared_ptr<const char> text_;
  std::size_t size_ = 0;
};

std::ostream& operator<<(std::ostream& out, const SharedText& text);

inline std::string operator+(const SharedText& a, std::string_view b) {
  std::string out(a.view());
  out += b;
  return out;
}
inline std::string operator+(std::string_view a, const SharedText& b) {
  std::string out(a);
  out += b.view();
  return out;
}
inline std::string operator+(const std::string& a, const SharedText& b) {
  return std::string_view(a) + b;
}
inline std::string operator+(const char* a, const SharedText& b) { return std::string_view(a) + b; }

}  // namespace congvan

#endif  // CONGVAN_SHARED_TEXT_H_
