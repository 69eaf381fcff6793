// CandidateMarkers: a paragraph's candidate markers (Grammar::Match at its
// start) behind one pointer.
//
// Every paragraph of a law has exactly one candidate marker (403,430 of
// 404,151 on the 100 MB bench law) and keeps it until it is placed; the
// paragraph records and those markers are what is alive, beside the text, at
// the parse's memory peak. As a `std::vector<MarkerMatch>` the list was 24
// bytes in the record (80 bytes then) beside its 128-byte heap block. Here it
// is one word: null when there is no marker; a pointer to the one marker,
// allocated alone (the same 128-byte block); or, tagged by its low bit, a
// pointer to a vector of two or more (a line read as roman and as letter:
// rare). The paragraph record is 64 bytes.
//
// It reads as the vector it replaces for the tree builder and its passes:
// iteration (pointers), `empty()`, `size()`, `front()`, assignment from a
// vector; `clear()` frees. Moving moves the pointer; it is not copied.
#ifndef CONGVAN_PARSE_CANDIDATE_MARKERS_H_
#define CONGVAN_PARSE_CANDIDATE_MARKERS_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::parse {

class CandidateMarkers {
 public:
  CandidateMarkers() = default;
  CandidateMarkers(const CandidateMarkers&) = delete;
  CandidateMarkers& operator=(const CandidateMarkers&) = delete;
  CandidateMarkers(CandidateMarkers&& other) noexcept : bits_(std::exchange(other.bits_, 0)) {}
  CandidateMarkers& operator=(CandidateMarkers&& other) noexcept {
    if (this != &other) {
      clear();
      bits_ = std::exchange(other.bits_, 0);
    }
    return *this;
  }
  CandidateMarkers& operator=(std::vector<MarkerMatch> matches) {
    clear();
    if (matches.size() == 1) {
      bits_ = reinterpret_cast<std::uintptr_t>(new MarkerMatch(std::move(matches.front())));
    } else if (!matches.empty()) {
      bits_ = reinterpret_cast<std::uintptr_t>(new std::vector<MarkerMatch>(std::move(matches))) |
              kManyTag;
    }
    return *this;
  }
  ~CandidateMarkers() { clear(); }
  // `one` is the only marker from now on, moved into its own block (no
  // vector made and freed around it, as assigning one would).
  void SetOne(MarkerMatch&& one) {
    clear();
    bits_ = reinterpret_cast<std::uintptr_t>(new MarkerMatch(std::move(one)));
  }

  // Frees the markers; the list is empty after.
  void clear() {
    if (bits_ == 0) return;
    if (Many()) {
      delete Vector();
    } else {
      delete Single();
    }
    bits_ = 0;
  }

  bool empty() const { return bits_ == 0; }
  std::size_t size() const { return bits_ == 0 ? 0 : Many() ? Vector()->size() : 1; }
  const MarkerMatch* begin() const {
    return bits_ == 0 ? nullptr : Many() ? Vector()->data() : Single();
  }
  const MarkerMatch* end() const { return begin() + size(); }
  // REQUIRES: !empty().
  const MarkerMatch& front() const { return *begin(); }

 private:
  static constexpr std::uintptr_t kManyTag = 1;  // MarkerMatch and vector are 8-aligned
  bool Many() const { return (bits_ & kManyTag) != 0; }
  MarkerMatch* Single() const { return reinterpret_cast<MarkerMatch*>(bits_); }
  std::vector<MarkerMatch>* Vector() const {
    return reinterpret_cast<std::vector<MarkerMatch>*>(bits_ & ~kManyTag);
  }

  std::uintptr_t bits_ = 0;
};
static_assert(sizeof(CandidateMarkers) == sizeof(void*));
static_assert(alignof(MarkerMatch) > 1 && alignof(std::vector<MarkerMatch>) > 1,
              "the low bit of a pointer to either is free for the tag");

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_CANDIDATE_MARKERS_H_
