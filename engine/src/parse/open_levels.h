// The open state of the tree builder's open levels (tree_builder.cc): where
// each open list stands and how its number is written. A long law opens and
// closes one level per clause and point, but only a few are open at once, so
// the slots are reused — and so is what they hold: a position is filled in
// place (SetPosition), its vectors keeping their capacity, where a fresh
// ListPosition per item (PositionOf) was a malloc and a free per vector.
#ifndef CONGVAN_PARSE_OPEN_LEVELS_H_
#define CONGVAN_PARSE_OPEN_LEVELS_H_

#include <memory>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "parse/sequence_fit.h"

namespace congvan::parse {

// What placing reads of an item while it is an open level (on the stack):
// where its list stands, how its number is written.
struct OpenLevel {
  ListPosition position;  // its number path is position.prefix then position.value
  // As written: "2", "đ", "dd", "26a"; the marker's own type, so copied
  // from it inline (a std::string assigned from it per item cost twice that).
  CompactString ordinal_text;
  // The draft attached under it last, or -1: children are attached only to
  // open levels, so placing asks about them only here.
  int last_child = -1;
};

// Sets `*into` to PositionOf(m, grammar, mask), reusing what it holds.
void SetPosition(const MarkerMatch& m, const Grammar& grammar, unsigned mask, ListPosition* into);
// SetPosition when the caller knows the marker's effective style `style`
// (EffectiveStyle(m, grammar)).
void SetPositionOfStyle(const MarkerMatch& m, int style, unsigned mask, ListPosition* into);

// Slots of OpenLevel, each at a fixed address (a reference to one stays
// valid as others are taken), given back when the level closes.
class OpenLevels {
 public:
  // A slot holding an empty OpenLevel.
  int Take() {
    if (free_.empty()) {
      slots_.push_back(std::make_unique<OpenLevel>());
      return static_cast<int>(slots_.size()) - 1;
    }
    int slot = free_.back();
    free_.pop_back();
    return slot;
  }
  // The slot is emptied (its vectors keep their capacity) and reused.
  void GiveBack(int slot);
  OpenLevel& operator[](int slot) const { return *slots_[static_cast<size_t>(slot)]; }
  // Every slot is freed; none is read again.
  void Clear() {
    std::vector<std::unique_ptr<OpenLevel>>().swap(slots_);
    std::vector<int>().swap(free_);
  }

 private:
  std::vector<std::unique_ptr<OpenLevel>> slots_;
  std::vector<int> free_;  // slots given back
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_OPEN_LEVELS_H_
