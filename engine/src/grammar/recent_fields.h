// The metadata fields a thread asked about last (Grammar::FindMetaIn): the
// stages ask one field of many texts in a row ("action" of every provision
// of a law, 84 k questions on the 20 MB law), and hashing its name for the
// fields' map cost more than comparing it with the few asked last. Keyed by
// the grammar's generation (unique per loaded grammar, never reused), so an
// entry cannot name a field of another grammar, even one loaded at the same
// address. Trivially constructed, so a thread_local one needs no guard.
#ifndef CONGVAN_GRAMMAR_RECENT_FIELDS_H_
#define CONGVAN_GRAMMAR_RECENT_FIELDS_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace congvan::grammar_internal {

template <typename Field>
class RecentFields {
 public:
  // The field remembered for (generation, name), or null.
  const Field* Find(uint64_t generation, std::string_view name) const {
    for (const Entry& e : entries_) {
      if (e.generation == generation && e.size == name.size() && e.field != nullptr &&
          std::memcmp(e.name, name.data(), name.size()) == 0) {
        return e.field;
      }
    }
    return nullptr;
  }
  // Remembers `field` in place of the entry remembered longest ago; a name
  // longer than an entry holds is not remembered, nor a grammar without a
  // generation (0: not read from a file).
  void Remember(uint64_t generation, std::string_view name, const Field* field) {
    if (name.size() > kMaxName || generation == 0) return;
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % kEntries;
    e.generation = generation;
    e.field = field;
    e.size = static_cast<uint8_t>(name.size());
    std::memcpy(e.name, name.data(), name.size());
  }

 private:
  static constexpr size_t kEntries = 4;
  static constexpr size_t kMaxName = 22;
  struct Entry {
    uint64_t generation;
    const Field* field;
    uint8_t size;
    char name[kMaxName + 1];
  };
  Entry entries_[kEntries];
  size_t next_;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_RECENT_FIELDS_H_
