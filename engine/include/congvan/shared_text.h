// SharedText: a task's text as a run of one shared, immutable buffer — the
// document's decoded text — or, when the text is not a run of it (lines
// joined, a text built or edited), a buffer of its own.
//
// A law is almost all task text, and each task's text is, byte for byte, a
// run of the decoded input: its line after the marker. As `std::string`s the
// texts were a second copy of the input, alive beside it where the paragraphs
// are made (the parse's heap peak). A SharedText is a pointer to its buffer's
// keeper (a reference count and the buffer's first byte) and the run's offset
// and size in it, 32 bits each — 16 bytes (24, a `std::shared_ptr` and a
// size, from branch `parse-mem8` to `parse-tree2`; 32, as the `std::string`
// it replaced, before) — so a view cannot dangle: a Node copied out of its
// Document (the aligner, the timeline, consolidate) keeps the buffer with
// it, and the buffer goes with the last text that views it. Copying shares
// (a reference count, no allocation); a text made from a `std::string` or by
// appending owns an exact-size buffer of its own (one allocation: the keeper
// and the bytes). A run more than 4 GB into its buffer is copied into a
// buffer of its own; a text of 4 GB or more cannot be made (std::length_error).
//
// It reads like the string it replaces — every read (`view()`, `find`,
// comparison, `+` with strings, ...) from `StringReads`, shared with
// `CompactString`; `substr` returns a SharedText of the same buffer.
// Assignment from a string or `+=` makes it own; nothing writes into a
// shared buffer.
#ifndef CONGVAN_SHARED_TEXT_H_
#define CONGVAN_SHARED_TEXT_H_

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "congvan/string_reads.h"

namespace congvan {

class SharedText : public StringReads<SharedText> {
 public:
  SharedText() = default;
  // Moving copies (a reference count), so a moved-from text still reads as
  // it did — as when the view was a pointer beside its keeper, before the
  // text was the keeper's own pointer: the tree builder reads paragraphs'
  // texts after moving them into drafts.
  SharedText(const SharedText& other) noexcept
      : keeper_(other.keeper_), offset_(other.offset_), size_(other.size_) {
    if (keeper_ != nullptr) keeper_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedText& operator=(const SharedText& other) noexcept {
    SharedText copy(other);
    Swap(copy);
    return *this;
  }
  ~SharedText() { Release(); }
  // Owns a copy of `text` (empty: no buffer).
  SharedText(std::string_view text);  // NOLINT: implicit, as the string it replaces
  SharedText(const std::string& text) : SharedText(std::string_view(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string_view(text)) {}         // NOLINT

  // The run `part` of `buffer`, sharing it. Each call makes a keeper of its
  // own (an allocation): to take many runs of one buffer, take it whole
  // once and then `Run` of that.
  // REQUIRES: `part` lies within *buffer (or is empty).
  static SharedText View(std::shared_ptr<const std::string> buffer, std::string_view part);

  // The run `part` of this text, sharing its buffer (no allocation).
  // REQUIRES: `part` lies within view() (or is empty).
  SharedText Run(std::string_view part) const {
    return part.empty() ? SharedText()
                        : substr(static_cast<std::size_t>(part.data() - data()), part.size());
  }

  SharedText& operator=(std::string_view text) { return *this = SharedText(text); }
  SharedText& operator=(const std::string& text) { return *this = SharedText(text); }
  SharedText& operator=(const char* text) { return *this = SharedText(text); }

  // Whether the text is a run of a buffer other texts may share (not its own).
  bool shares(const SharedText& other) const {
    return keeper_ != nullptr && keeper_ == other.keeper_;
  }

  std::size_t size() const { return size_; }
  const char* data() const { return keeper_ != nullptr ? keeper_->first + offset_ : ""; }

  // The run [pos, pos + n) of this text (clamped), sharing its buffer.
  // REQUIRES: pos <= size().
  SharedText substr(std::size_t pos, std::size_t n = npos) const;

  // Appending makes the text own the result.
  SharedText& operator+=(std::string_view more);
  SharedText& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { *this = SharedText(); }

  // What keeps a buffer alive: its reference count and its first byte. Made
  // and destroyed in shared_text.cc (a text's own bytes follow it; a view of
  // a `std::string` buffer holds that buffer's shared pointer).
  struct Keeper {
    std::atomic<std::size_t> refs{1};
    const char* first = nullptr;
    void (*destroy)(Keeper*) = nullptr;
  };

 private:
  SharedText(Keeper* keeper, std::size_t offset, std::size_t size);
  void Release() noexcept {
    if (keeper_ != nullptr && keeper_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      keeper_->destroy(keeper_);
    }
  }
  void Swap(SharedText& other) noexcept {
    std::swap(keeper_, other.keeper_);
    std::swap(offset_, other.offset_);
    std::swap(size_, other.size_);
  }

  Keeper* keeper_ = nullptr;  // null when empty
  std::uint32_t offset_ = 0;  // of the text's first byte from keeper_->first
  std::uint32_t size_ = 0;
};

std::ostream& operator<<(std::ostream& out, const SharedText& text);

}  // namespace congvan

#endif  // CONGVAN_SHARED_TEXT_H_
