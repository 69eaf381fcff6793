// The two tables the feature space interns through, both open addressing
// with linear probing over a power-of-two array (one cache line per probe,
// no node per entry), grown at three quarters full.
//
// HashIdMap: a feature key's 64-bit hash → its dense id. The keys are hashes
// already (std::hash of the key, or a bigram's mix of two), so the slot is
// the key's top bits times an odd constant: no hashing of its own, which is
// what abseil's map spent most of its time on here.
//
// WordIdCache: a word as written → the ids of its "d:" and "w:" features and
// its "w:" hash (bigrams are made of it), so the words of a document after
// the first occurrence of each cost one probe instead of a keyed lookup in
// the per-thread word cache plus two in the id map. A word of up to 16 bytes
// (every Vietnamese syllable, most English words) is compared by two 8-byte
// loads that cover it — its "fingerprint" — without memcmp; longer words also
// keep their bytes in an arena.
#ifndef CONGVAN_SRC_ALIGN_INTERN_TABLES_H_
#define CONGVAN_SRC_ALIGN_INTERN_TABLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::align_internal {

class HashIdMap {
 public:
  HashIdMap() { Rehash(1024); }
  size_t size() const { return size_; }
  void Reserve(size_t n);
  // The id of `key`, or -1.
  int Find(std::uint64_t key) const {
    if (key == 0) return zero_id_;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return ids_[i];
      if (keys_[i] == 0) return -1;
    }
  }
  // The id of `key`, which gets the next id (size() before the call) when
  // new; *inserted says which.
  int Intern(std::uint64_t key, bool* inserted) {
    if (key == 0) return InternZero(inserted);
    size_t i = Slot(key);
    for (;; i = (i + 1) & mask_) {
      if (keys_[i] == key) {
        *inserted = false;
        return ids_[i];
      }
      if (keys_[i] == 0) break;
    }
    *inserted = true;
    int id = static_cast<int>(size_++);
    keys_[i] = key;
    ids_[i] = id;
    if (size_ * 4 > keys_.size() * 3) Rehash(keys_.size() * 2);
    return id;
  }

 private:
  size_t Slot(std::uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  int InternZero(bool* inserted);
  void Rehash(size_t slots);

  std::vector<std::uint64_t> keys_;  // 0: empty (key 0 is kept in zero_id_)
  std::vector<int> ids_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
  int zero_id_ = -1;
};

// What a word as written interns to (see above).
struct WordIds {
  int folded = -1;  // id of its "d:" feature; -1 when it has none
  int word = -1;    // id of its "w:" feature
  std::uint64_t word_hash = 0;
};

class WordIdCache {
 public:
  WordIdCache() { Rehash(1024); }
  // The entry of `word`, or nullptr.
  const WordIds* Find(std::string_view word) const;
  // Stores `ids` for `word` (not present). REQUIRES: !word.empty().
  void Insert(std::string_view word, const WordIds& ids);

 private:
  struct Fingerprint {
    std::uint64_t head = 0, tail = 0;
    std::uint32_t size = 0;
    bool operator==(const Fingerprint&) const = default;
  };
  struct Entry {
    Fingerprint print;        // size 0: empty
    std::uint32_t arena = 0;  // offset of the bytes of a word over 16 bytes
    WordIds ids;
  };
  static Fingerprint PrintOf(std::string_view word);
  size_t Slot(const Fingerprint& p) const {
    std::uint64_t h = (p.head ^ (p.tail * 0xC2B2AE3D27D4EB4Full) ^ p.size) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> shift_);
  }
  bool Same(const Entry& e, const Fingerprint& p, std::string_view word) const;
  void Rehash(size_t slots);

  std::vector<Entry> table_;
  std::string arena_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_INTERN_TABLES_H_
