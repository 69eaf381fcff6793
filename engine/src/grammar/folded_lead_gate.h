// Whether the fold of a text may begin with one of a field's leading
// literals, decided on the text's first bytes.
//
// "action" is asked of every provision, and its Vietnamese patterns are all
// anchored where the text begins ("^(?:sua doi,? bo sung|sua doi)\b", "^bo
// sung\b", …): a provision can hold a verb only when its fold begins with one
// of the patterns' leading literals (required_literals.h). Judging that by
// the fold's first byte let through every provision beginning with t, h, d, b
// or s ("Trong", "Thực hiện", "Đối với", "Bộ": half of a law's provisions),
// each of which was then folded for 40 bytes and asked of every pattern.
// This gate follows the leads byte by byte: while the text's bytes are ASCII
// letters or digits their fold is the byte in lower case, so "Trong" leaves
// no lead after two bytes and nothing is folded; at the first other byte it
// folds a short prefix (FoldWithOffsets, the fold the patterns see: per code
// point, a space run judged by what is already written, so a prefix cut where
// a code point begins folds to the whole fold's prefix) and compares that.
// It answers false only when no lead can begin the fold.
#ifndef CONGVAN_GRAMMAR_FOLDED_LEAD_GATE_H_
#define CONGVAN_GRAMMAR_FOLDED_LEAD_GATE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

class FoldedLeadGate {
 public:
  // Positions FollowLetters reads from tables (by_position_, ending_at_)
  // rather than by comparing each lead still alive (LeadsGoingOn).
  static constexpr size_t kTabled = 24;

  FoldedLeadGate() = default;
  // `leads`: folded strings (lower case, no diacritics), none empty.
  // `tabled`: how many positions are read from tables (at most kTabled; 0,
  // every lead compared one by one: the plain way tests compare with).
  explicit FoldedLeadGate(std::vector<std::string> leads, size_t tabled = kTabled);

  // False only when the fold of `text` (FoldWithOffsets) begins with none of
  // the leads. A gate without leads lets everything through.
  bool MayBegin(std::string_view text) const;
  // MayBegin's first step alone, for a text whose first byte is `b`: false
  // only when `b` is an ASCII letter or digit (its fold is itself in lower
  // case) that no lead begins with. Any other byte, or a gate that does not
  // follow its leads (none, or more than 64): true.
  bool FirstByteMayBegin(unsigned char b) const;

 private:
  // The leads the fold's first bytes may still begin, followed through the
  // text's first ASCII letters and digits, letters with marks that fold to
  // one letter (the Latin blocks, by a table read from the fold) and single
  // spaces between them (`*run` bytes of it). Returns 1 (a lead is whole: the
  // fold begins with it), 0 (none is left) or -1 (undecided where the run
  // ends: another byte, a second space, a combining mark).
  int FollowLetters(std::string_view text, size_t* run) const;
  // Of the leads `alive` (a mask), those whose byte at `folded` is `c`; or,
  // with `*whole`, one of them is `folded` bytes long (the fold begins with
  // it). Tables up to kTabled, the leads compared one by one past it.
  uint64_t LeadsGoingOn(uint64_t alive, size_t folded, char c, bool* whole) const;
  // The same judged on the fold of the first `cut` bytes of `text` (moved on
  // to a code point's start): 1, 0, or -1 when a lead may begin past them.
  int FoldedPrefixAgrees(std::string_view text, size_t cut) const;
  // Undecided after `followed_bytes`: short prefixes folded, then longer ones.
  bool FoldedPrefixMayBegin(std::string_view text, size_t followed_bytes) const;

  static constexpr size_t kFirstLook = 8;  // bytes past the followed run folded first
  std::vector<std::string> leads_;
  size_t tabled_ = kTabled;
  size_t longest_ = 0;
  bool followed_ = false;  // at most 64 leads: FollowLetters keeps them in a mask
  // By byte: the leads (bit i: leads_[i]) that begin with it.
  std::array<uint64_t, 256> first_{};
  // By position p < kTabled and ASCII byte c (index p * 128 + c): the leads
  // whose p-th byte is c; and by length p ≤ kTabled, the leads that long.
  // Read from the leads when the gate is made: one mask per letter followed
  // instead of a comparison per lead alive ("s" leaves several vi verbs alive).
  std::vector<uint64_t> by_position_;
  std::array<uint64_t, kTabled + 1> ending_at_{};
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_FOLDED_LEAD_GATE_H_
