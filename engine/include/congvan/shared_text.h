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
// It reads like the string it replaces — every read (`view()`, `find`,
// comparison, `+` with strings, ...) from `StringReads`, shared with
// `CompactString`; `substr` returns a SharedText of the same buffer.
// Assignment from a string or `+=` makes it own; nothing writes into a
// shared buffer.
#ifndef CONGVAN_SHARED_TEXT_H_
#define CONGVAN_SHARED_TEXT_H_

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "congvan/string_reads.h"

namespace congvan {

class SharedText : public StringReads<SharedText> {
 public:
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

  // Whether the text is a run of a buffer other texts may share (not its own).
  bool shares(const SharedText& other) const {
    return text_ != nullptr && other.text_ != nullptr && !text_.owner_before(other.text_) &&
           !other.text_.owner_before(text_);
  }

  std::size_t size() const { return size_; }
  const char* data() const { return size_ != 0 ? text_.get() : ""; }

  // The run [pos, pos + n) of this text (clamped), sharing its buffer.
  // REQUIRES: pos <= size().
  SharedText substr(std::size_t pos, std::size_t n = npos) const;

  // Appending makes the text own the result.
  SharedText& operator+=(std::string_view more);
  SharedText& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { *this = SharedText(); }

 private:
  // The text's first byte, sharing the ownership of the buffer it lies in
  // (shared_ptr's aliasing constructor); null when empty.
  std::shared_ptr<const char> text_;
  std::size_t size_ = 0;
};

std::ostream& operator<<(std::ostream& out, const SharedText& text);

}  // namespace congvan

#endif  // CONGVAN_SHARED_TEXT_H_
