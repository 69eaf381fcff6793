// Whether a text's fold may begin with a lead: the ASCII run followed byte by
// byte, then a short prefix folded (folded_lead_gate.h).
#include "grammar/folded_lead_gate.h"

#include <algorithm>
#include <utility>

#include "congvan/text_fold.h"

namespace congvan::grammar_internal {

namespace {

// The fold of an ASCII letter or digit: itself, letters in lower case
// (FoldWithOffsets); other bytes are left to the fold. 0: not one.
char FoldedAsciiAlnum(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + 32);
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return static_cast<char>(c);
  return 0;
}

}  // namespace

FoldedLeadGate::FoldedLeadGate(std::vector<std::string> leads) : leads_(std::move(leads)) {
  for (const std::string& s : leads_) longest_ = std::max(longest_, s.size());
  followed_ = !leads_.empty() && leads_.size() <= 64;
  if (!followed_) return;
  for (size_t i = 0; i < leads_.size(); ++i)
    first_[static_cast<unsigned char>(leads_[i][0])] |= uint64_t{1} << i;
}

int FoldedLeadGate::FollowAscii(std::string_view text, size_t* run) const {
  if (text.empty()) return 0;  // no lead is empty
  char first = FoldedAsciiAlnum(static_cast<unsigned char>(text[0]));
  if (first == 0) {
    *run = 0;
    return -1;
  }
  // Most texts are turned away by their first letter ("Các", "Việc").
  uint64_t alive = first_[static_cast<unsigned char>(first)];
  if (alive == 0) return 0;
  size_t k = 1;
  for (; k < text.size(); ++k) {
    char c = FoldedAsciiAlnum(static_cast<unsigned char>(text[k]));
    if (c == 0) break;
    uint64_t next = 0;
    for (uint64_t rest = alive; rest != 0; rest &= rest - 1) {
      const std::string& lead = leads_[static_cast<size_t>(__builtin_ctzll(rest))];
      if (lead.size() == k) return 1;  // the fold begins with this lead
      if (lead[k] == c) next |= rest & -rest;
    }
    if (next == 0) return 0;
    alive = next;
  }
  *run = k;
  for (uint64_t rest = alive; rest != 0; rest &= rest - 1) {
    if (leads_[static_cast<size_t>(__builtin_ctzll(rest))].size() == k) return 1;
  }
  // The whole text was letters and digits: its fold is that, shorter than
  // every lead still alive.
  return k == text.size() ? 0 : -1;
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

bool FoldedLeadGate::FoldedPrefixMayBegin(std::string_view text, size_t ascii_run) const {
  // First the ASCII run and a few bytes after it: most texts part from every
  // lead at their first letter with marks ("Thực" → "thu", "Bộ Tài" → "bo
  // t"). Then enough bytes for the longest lead when each code point folds
  // to one byte or more (a Vietnamese letter: two or three bytes to one); a
  // fold that comes out shorter still decides only what it holds.
  int agrees = FoldedPrefixAgrees(text, std::min(text.size(), ascii_run + kFirstLook));
  if (agrees >= 0) return agrees == 1;
  size_t longer = std::min(text.size(), 2 * longest_ + kFirstLook);
  if (longer <= ascii_run + kFirstLook) return true;
  return FoldedPrefixAgrees(text, longer) != 0;
}

bool FoldedLeadGate::MayBegin(std::string_view text) const {
  if (leads_.empty()) return true;
  size_t ascii_run = 0;
  if (followed_) {
    int followed = FollowAscii(text, &ascii_run);
    if (followed >= 0) return followed == 1;
  }
  return FoldedPrefixMayBegin(text, ascii_run);
}

}  // namespace congvan::grammar_internal
