// The process-wide table behind InternedName (congvan/interned_name.h): names
// numbered from 1 in the order they were first made, found by string under
// one mutex (parses on several threads make names at once) and read by
// number without it. The numbered copies live in chunks of 512 that never
// move, reached through a fixed array of chunk pointers, so a number read on
// another thread (it came with the Node that holds it) reads a copy that was
// complete before the number was handed out. The table is never freed: names
// live as long as the process, like the grammars they come from.
#include "congvan/interned_name.h"

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace congvan {
namespace {

constexpr std::uint32_t kChunkBits = 9;
constexpr std::uint32_t kChunkSize = 1u << kChunkBits;
constexpr std::uint32_t kChunks = 4096;  // 2^21 names

struct NameTable {
  std::mutex mutex;
  std::map<std::string, std::uint32_t, std::less<>> numbers;  // name → its number
  std::uint32_t next = 1;
  std::array<std::atomic<const std::string*>, kChunks> chunks{};  // each of kChunkSize names
};

NameTable& Table() {
  static NameTable* table = new NameTable;  // never destroyed: names outlive every static
  return *table;
}

}  // namespace

InternedName::InternedName(std::string_view name) {
  if (name.empty()) return;
  NameTable& table = Table();
  std::lock_guard<std::mutex> lock(table.mutex);
  auto found = table.numbers.find(name);
  if (found != table.numbers.end()) {
    id_ = found->second;
    return;
  }
  const std::uint32_t id = table.next;
  if (id >= kChunks * kChunkSize) throw std::length_error("InternedName: the table is full");
  std::atomic<const std::string*>& chunk = table.chunks[id >> kChunkBits];
  auto* names = const_cast<std::string*>(chunk.load(std::memory_order_relaxed));
  if (names == nullptr) {
    names = new std::string[kChunkSize];  // never freed, as the table
    chunk.store(names, std::memory_order_release);
  }
  names[id & (kChunkSize - 1)] = std::string(name);
  table.numbers.emplace(std::string(name), id);
  ++table.next;
  id_ = id;
}

const std::string& InternedName::Name(std::uint32_t id) {
  static const std::string* empty = new std::string;
  if (id == 0) return *empty;
  return Table().chunks[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
}

}  // namespace congvan
