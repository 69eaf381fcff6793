// SharedText: a task's text as a run of one shared, immutable buffer — the
// document's decoded text — or, when the text is not a run of it (lines
// joined, a text built or edited), a buffer of its own.
//
// A law is almost all task text, and each task's text is, byte for byte, a
// run of the decoded input: its line after the marker. As `std::string`s the
// texts were a second copy of the input, alive beside it where the paragraphs
// are made (the parse's heap peak). A SharedText is one 64-bit word (16 bytes
// from branch `parse-tree2` to `parse-node5`: a keeper pointer and a 32-bit
// offset and size; 24, a `std::shared_ptr` and a size, from `parse-mem8`; 32,
// as the `std::string` it replaced, before), and a view cannot dangle: a Node
// copied out of its Document (the aligner, the timeline, consolidate) keeps
// the buffer with it, and the buffer goes with the last text that views it.
//
// The word is one of three things:
// - 0: the empty text;
// - odd: a *short run* of a viewed buffer — bits 1..15 the buffer's slot in a
//   process table (`Slot`: its first byte and its record), bits 16..47 the
//   run's offset in it, bits 48..63 its size (below 64 KB). A task's text is
//   nearly always one: reading it is two loads, as with the keeper pointer;
// - even: a pointer to a reference-counted `Record` whose bytes the text is:
//   an *own* text (its bytes follow the record, one allocation), a *long run*
//   (a run record pointing at its root: a viewed buffer beyond the word's
//   reach, or an own text a run is taken of), or — never held by a text — a
//   viewed buffer's record (which holds the buffer's shared pointer).
// Copying shares (a reference count on the root, no allocation); a text made
// from a `std::string` or by appending owns an exact-size record of its own.
// The table has 2^15 slots, taken when a buffer is viewed (`View`, once a
// parse) and given back when its last text goes; with none free, runs of a
// buffer are long runs. A text of 4 GB or more cannot be made
// (std::length_error). The layout is integer arithmetic on the word: it holds
// on any platform whose records are at least 2-aligned.
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
  SharedText(const SharedText& other) noexcept : word_(other.word_) { Retain(); }
  SharedText& operator=(const SharedText& other) noexcept {
    SharedText copy(other);
    std::swap(word_, copy.word_);
    return *this;
  }
  ~SharedText() { Release(); }
  // Owns a copy of `text` (empty: no buffer).
  SharedText(std::string_view text);  // NOLINT: implicit, as the string it replaces
  SharedText(const std::string& text) : SharedText(std::string_view(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string_view(text)) {}         // NOLINT

  // The run `part` of `buffer`, sharing it. Each call makes a record of its
  // own (an allocation and a slot): to take many runs of one buffer, take it
  // whole once and then `Run` of that.
  // REQUIRES: `part` lies within *buffer (or is empty).
  static SharedText View(std::shared_ptr<const std::string> buffer, std::string_view part);

  // The run `part` of this text, sharing its buffer (no allocation for a
  // short run of a viewed buffer).
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
    const Record* root = Root();
    return root != nullptr && root == other.Root();
  }

  std::size_t size() const {
    if ((word_ & 1) != 0) return static_cast<std::size_t>(word_ >> kSizeShift);
    return word_ != 0 ? AsRecord()->size : 0;
  }
  const char* data() const {
    if ((word_ & 1) != 0) return slots_[SlotOf(word_)].first + OffsetOf(word_);
    return word_ != 0 ? AsRecord()->data : "";
  }

  // The run [pos, pos + n) of this text (clamped), sharing its buffer.
  // REQUIRES: pos <= size().
  SharedText substr(std::size_t pos, std::size_t n = npos) const;

  // Appending makes the text own the result.
  SharedText& operator+=(std::string_view more);
  SharedText& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { *this = SharedText(); }

  // What keeps bytes alive: a reference count, the text's first byte and
  // size, and what kind of record it is (the kinds are made and destroyed in
  // shared_text.cc).
  struct Record {
    std::atomic<std::uint64_t> refs{1};
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint16_t slot = 0;  // a viewed buffer's slot, kNoSlot if it has none
    std::uint8_t kind = 0;
  };
  // A viewed buffer's entry in the process table: its first byte and record.
  struct Slot {
    const char* first = nullptr;
    Record* record = nullptr;
  };
  static constexpr int kSlotBits = 15;

 private:
  static constexpr int kOffsetShift = 16;
  static constexpr int kSizeShift = 48;
  static constexpr std::uint64_t kSlotMask = (std::uint64_t{1} << kSlotBits) - 1;
  static constexpr std::uint64_t kOffsetMask = 0xFFFFFFFFull;

  explicit SharedText(std::uint64_t word) : word_(word) {}
  static std::size_t SlotOf(std::uint64_t word) {
    return static_cast<std::size_t>((word >> 1) & kSlotMask);
  }
  static std::size_t OffsetOf(std::uint64_t word) {
    return static_cast<std::size_t>((word >> kOffsetShift) & kOffsetMask);
  }
  Record* AsRecord() const { return reinterpret_cast<Record*>(static_cast<std::uintptr_t>(word_)); }
  // The record whose reference count this text holds (a short run's
  // buffer record, or its own record).
  Record* Counted() const {
    if ((word_ & 1) != 0) return slots_[SlotOf(word_)].record;
    return AsRecord();
  }
  // The record whose bytes these are (for `shares`): a long run's root.
  const Record* Root() const;
  void Retain() const noexcept {
    if (word_ != 0) Counted()->refs.fetch_add(1, std::memory_order_relaxed);
  }
  void Release() noexcept {
    if (word_ != 0) Unref(Counted());
  }
  // Drops a reference to `record`, destroying it with the last.
  static void Unref(Record* record) noexcept {
    if (record->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) Destroy(record);
  }
  static void Destroy(Record* record) noexcept;
  // The text of `n` bytes at `first` within `root`'s bytes, holding a new
  // reference to `root` (a short run when it fits the word, else a run record).
  static SharedText RunOf(Record* root, const char* first, std::size_t n);

  // Written under a mutex when a buffer is viewed, before any text reads
  // the slot; read without it (shared_text.cc).
  static Slot slots_[std::size_t{1} << kSlotBits];

  std::uint64_t word_ = 0;
};

std::ostream& operator<<(std::ostream& out, const SharedText& text);

}  // namespace congvan

#endif  // CONGVAN_SHARED_TEXT_H_
