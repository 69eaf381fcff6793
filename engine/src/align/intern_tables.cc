// Open-addressing intern tables (see intern_tables.h).
#include "align/intern_tables.h"

#include <bit>
#include <cstring>

namespace congvan::align_internal {
namespace {

std::uint64_t Load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

std::uint64_t Load4(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Table geometry for `slots` (a power of two): mask and the shift that keeps
// the top bits of a 64-bit product.
void Geometry(size_t slots, size_t* mask, int* shift) {
  *mask = slots - 1;
  *shift = 64 - std::countr_zero(slots);
}

}  // namespace

void HashIdMap::Reserve(size_t n) {
  size_t slots = keys_.size();
  while (n * 4 > slots * 3) slots *= 2;
  if (slots != keys_.size()) Rehash(slots);
}

int HashIdMap::InternZero(bool* inserted) {
  *inserted = zero_id_ < 0;
  if (*inserted) zero_id_ = static_cast<int>(size_++);
  return zero_id_;
}

void HashIdMap::Rehash(size_t slots) {
  std::vector<std::uint64_t> old_keys(slots, 0);
  std::vector<int> old_ids(slots, -1);
  old_keys.swap(keys_);
  old_ids.swap(ids_);
  Geometry(slots, &mask_, &shift_);
  for (size_t k = 0; k < old_keys.size(); ++k) {
    if (old_keys[k] == 0) continue;
    size_t i = Slot(old_keys[k]);
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = old_keys[k];
    ids_[i] = old_ids[k];
  }
}

// Up to 16 bytes the two words cover the whole word, so equal prints mean
// equal words; beyond, the arena holds the bytes.
WordIdCache::Fingerprint WordIdCache::PrintOf(std::string_view word) {
  Fingerprint p;
  const char* s = word.data();
  size_t n = word.size();
  p.size = static_cast<std::uint32_t>(n);
  if (n >= 8) {
    p.head = Load8(s);
    p.tail = Load8(s + n - 8);
  } else if (n >= 4) {
    p.head = Load4(s) | (Load4(s + n - 4) << 32);
  } else if (n > 0) {
    p.head = static_cast<unsigned char>(s[0]) |
             (std::uint64_t{static_cast<unsigned char>(s[n / 2])} << 8) |
             (std::uint64_t{static_cast<unsigned char>(s[n - 1])} << 16);
  }
  return p;
}

bool WordIdCache::Same(const Entry& e, const Fingerprint& p, std::string_view word) const {
  if (!(e.print == p)) return false;
  return p.size <= 16 || std::memcmp(arena_.data() + e.arena, word.data(), word.size()) == 0;
}

const WordIds* WordIdCache::Find(std::string_view word) const {
  Fingerprint p = PrintOf(word);
  for (size_t i = Slot(p);; i = (i + 1) & mask_) {
    const Entry& e = table_[i];
    if (e.print.size == 0) return nullptr;
    if (Same(e, p, word)) return &e.ids;
  }
}

void WordIdCache::Insert(std::string_view word, const WordIds& ids) {
  Fingerprint p = PrintOf(word);
  size_t i = Slot(p);
  while (table_[i].print.size != 0) i = (i + 1) & mask_;
  Entry& e = table_[i];
  e.print = p;
  e.ids = ids;
  if (word.size() > 16) {
    e.arena = static_cast<std::uint32_t>(arena_.size());
    arena_.append(word);
  }
  if (++size_ * 4 > table_.size() * 3) Rehash(table_.size() * 2);
}

void WordIdCache::Rehash(size_t slots) {
  std::vector<Entry> old(slots);
  old.swap(table_);
  Geometry(slots, &mask_, &shift_);
  for (const Entry& e : old) {
    if (e.print.size == 0) continue;
    size_t i = Slot(e.print);
    while (table_[i].print.size != 0) i = (i + 1) & mask_;
    table_[i] = e;
  }
}

}  // namespace congvan::align_internal
