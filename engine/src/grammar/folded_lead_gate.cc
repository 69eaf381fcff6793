// Whether a text's fold may begin with a lead: the letters, digits and single
// spaces it begins with followed one by one, then a short prefix folded
// (folded_lead_gate.h).
#include "grammar/folded_lead_gate.h"

#include <algorithm>
#include <array>
#include <utility>

#include "congvan/text_fold.h"
#include "text/folded_single_byte.h"

namespace congvan::grammar_internal {

namespace {

// The fold of an ASCII letter or digit: itself, letters in lower case
// (FoldWithOffsets); other bytes are left to the fold. 0: not one.
char FoldedAsciiAlnum(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + 32);
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return static_cast<char>(c);
  return 0;
}

// The fold of the letter with marks `p` begins with (of `size` bytes), when
// it is one ASCII letter or digit, and its width in `*width`; else 0. Asked
// of the fold's own table (FoldedSingleByte).
char FoldedLetter(const unsigned char* p, size_t size, size_t* width) {
  const char c = FoldedSingleByte(std::string_view(reinterpret_cast<const char*>(p), size), width);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
}

}  // namespace

FoldedLeadGate::FoldedLeadGate(std::vector<std::string> leads, size_t tabled)
    : leads_(std::move(leads)), tabled_(std::min(tabled, kTabled)) {
  for (const std::string& s : leads_) longest_ = std::max(longest_, s.size());
  followed_ = !leads_.empty() && leads_.size() <= 64;
  if (!followed_) return;
  by_position_.assign(kTabled * 128, 0);
  for (size_t i = 0; i < leads_.size(); ++i) {
    const std::string& lead = leads_[i];
    const uint64_t bit = uint64_t{1} << i;
    first_[static_cast<unsigned char>(lead[0])] |= bit;
    if (lead.size() <= kTabled) ending_at_[lead.size()] |= bit;
    for (size_t p = 0; p < lead.size() && p < kTabled; ++p) {
      const auto c = static_cast<unsigned char>(lead[p]);
      if (c < 128) by_position_[p * 128 + c] |= bit;
    }
  }
}

uint64_t FoldedLeadGate::LeadsGoingOn(uint64_t alive, size_t folded, char c, bool* whole) const {
  if (folded < tabled_) {
    *whole = (alive & ending_at_[folded]) != 0;
    return alive & by_position_[folded * 128 + static_cast<unsigned char>(c)];
  }
  uint64_t next = 0;
  for (uint64_t rest = alive; rest != 0; rest &= rest - 1) {
    const std::string& lead = leads_[static_cast<size_t>(__builtin_ctzll(rest))];
    if (lead.size() == folded) {
      *whole = true;
      return 0;
    }
    if (lead[folded] == c) next |= rest & -rest;
  }
  *whole = false;
  return next;
}

int FoldedLeadGate::FollowLetters(std::string_view text, size_t* run) const {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  if (size == 0) return 0;  // no lead is empty
  uint64_t alive = 0;
  size_t k = 0, folded = 0;
  bool after_space = true;  // a space first, or after a space, is left to the fold
  while (k < size) {
    size_t width = 1;
    char c = FoldedAsciiAlnum(p[k]);
    if (c == 0 && p[k] == ' ' && !after_space) c = ' ';
    if (c == 0 && p[k] >= 0x80) c = FoldedLetter(p + k, size - k, &width);
    if (c == 0) break;
    after_space = c == ' ';
    uint64_t next = 0;
    if (folded == 0) {
      // Most texts are turned away by their first letter ("Các", "Việc").
      next = first_[static_cast<unsigned char>(c)];
    } else {
      bool whole = false;
      next = LeadsGoingOn(alive, folded, c, &whole);
      if (whole) return 1;  // the fold begins with a lead alive
    }
    if (next == 0) return 0;
    alive = next;
    ++folded;
    k += width;
  }
  *run = k;
  for (uint64_t rest = alive; rest != 0; rest &= rest - 1) {
    if (leads_[static_cast<size_t>(__builtin_ctzll(rest))].size() == folded) return 1;
  }
  if (folded == 0) return -1;  // nothing followed: the fold judges
  // The whole text was followed: its fold is what was followed, shorter than
  // every lead still alive.
  return k == size ? 0 : -1;
}

int FoldedLeadGate::FoldedPrefixAgrees(std::string_view text, size_t cut) const {
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  thread_local std::string folded;
  FoldWithOffsets(text.substr(0, cut), &folded, nullptr);
  bool whole = cut == text.size();
  int answer = 0;
  for (const std::string& lead : leads_) {
    size_t n = std::min(lead.size(), folded.size());
    if (folded.compare(0, n, lead, 0, n) != 0) continue;
    if (n == lead.size()) return 1;  // the fold begins with it
    if (!whole) answer = -1;         // it may, past the prefix
  }
  return answer;
}

bool FoldedLeadGate::FoldedPrefixMayBegin(std::string_view text, size_t followed_bytes) const {
  // First the ASCII run and a few bytes after it: most texts part from every
  // lead at their first letter with marks ("Thực" → "thu", "Bộ Tài" → "bo
  // t"). Then enough bytes for the longest lead when each code point folds
  // to one byte or more (a Vietnamese letter: two or three bytes to one); a
  // fold that comes out shorter still decides only what it holds.
  int agrees = FoldedPrefixAgrees(text, std::min(text.size(), followed_bytes + kFirstLook));
  if (agrees >= 0) return agrees == 1;
  size_t longer = std::min(text.size(), 2 * longest_ + kFirstLook);
  if (longer <= followed_bytes + kFirstLook) return true;
  return FoldedPrefixAgrees(text, longer) != 0;
}

bool FoldedLeadGate::FirstByteMayBegin(unsigned char b) const {
  const char c = FoldedAsciiAlnum(b);
  return !followed_ || c == 0 || first_[static_cast<unsigned char>(c)] != 0;
}

bool FoldedLeadGate::MayBegin(std::string_view text) const {
  if (leads_.empty()) return true;
  size_t followed_bytes = 0;
  if (followed_) {
    int followed = FollowLetters(text, &followed_bytes);
    if (followed >= 0) return followed == 1;
  }
  return FoldedPrefixMayBegin(text, followed_bytes);
}

}  // namespace congvan::grammar_internal
