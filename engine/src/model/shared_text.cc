// SharedText (congvan/shared_text.h): the records and the slot table. An own
// text is one allocation, its record followed by exactly its bytes (no growth
// slack); a viewed `std::string` buffer has a record holding the buffer's
// shared pointer, made once per `View` call and given a slot of the table, so
// that every short run taken of it (`substr`, `Run`) is a word with no
// allocation, counted on that record; a run the word cannot hold (64 KB or
// longer, 4 GB or more into its buffer, a buffer without a slot, or a run of
// an own text) is a run record pointing at its root. A record goes with the
// last text that holds it, and a buffer's slot with its record; the empty
// text has none and reads a static "".
#include "congvan/shared_text.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>
#include <new>
#include <ostream>
#include <stdexcept>
#include <utility>
#include <vector>

namespace congvan {
namespace {

using Record = SharedText::Record;

constexpr std::size_t kMaxText = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint16_t kNoSlot = std::numeric_limits<std::uint16_t>::max();
constexpr std::size_t kSlotCount = std::size_t{1} << SharedText::kSlotBits;
constexpr std::size_t kMaxShortRun = 0xFFFF;

enum Kind : std::uint8_t { kOwn, kRun, kBuffer };

// A run of its root's bytes, holding one reference to the root.
struct RunRecord : Record {
  Record* root = nullptr;
};

// A viewed `std::string` buffer (the decoded text).
struct BufferRecord : Record {
  std::shared_ptr<const std::string> buffer;
};

// The slots no buffer holds, under their mutex; slots never handed out are
// counted by `fresh` (the table is handed out in order first, so its untouched
// pages are never made resident).
struct FreeSlots {
  std::mutex mutex;
  std::vector<std::uint16_t> given_back;
  std::size_t fresh = 0;
};

FreeSlots& Free() {
  static FreeSlots* free_slots = new FreeSlots;  // never destroyed: texts may outlive statics
  return *free_slots;
}

// An own record with room for `size` bytes after it; data points there.
Record* NewOwnRecord(std::size_t size) {
  if (size > kMaxText) throw std::length_error("SharedText: a text of 4 GB or more");
  void* block = ::operator new(sizeof(Record) + size);
  auto* record = new (block) Record;
  record->data = reinterpret_cast<const char*>(record + 1);
  record->size = static_cast<std::uint32_t>(size);
  record->slot = kNoSlot;
  record->kind = kOwn;
  return record;
}

char* OwnBytes(Record* record) { return reinterpret_cast<char*>(record + 1); }

}  // namespace

SharedText::Slot SharedText::slots_[std::size_t{1} << SharedText::kSlotBits];

SharedText::SharedText(std::string_view text) {
  if (text.empty()) return;
  Record* own = NewOwnRecord(text.size());
  std::memcpy(OwnBytes(own), text.data(), text.size());
  word_ = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(own));
}

SharedText SharedText::View(std::shared_ptr<const std::string> buffer, std::string_view part) {
  if (part.empty()) return SharedText();
  if (part.size() > kMaxText) throw std::length_error("SharedText: a text of 4 GB or more");
  auto* record = new BufferRecord;
  record->data = buffer->data();
  record->slot = kNoSlot;
  record->kind = kBuffer;
  record->buffer = std::move(buffer);
  {
    FreeSlots& free_slots = Free();
    std::lock_guard<std::mutex> lock(free_slots.mutex);
    if (!free_slots.given_back.empty()) {
      record->slot = free_slots.given_back.back();
      free_slots.given_back.pop_back();
    } else if (free_slots.fresh < kSlotCount) {
      record->slot = static_cast<std::uint16_t>(free_slots.fresh++);
    }
    if (record->slot != kNoSlot) slots_[record->slot] = Slot{record->data, record};
  }
  SharedText text = RunOf(record, part.data(), part.size());
  Unref(record);  // the run holds it now
  return text;
}

SharedText SharedText::RunOf(Record* root, const char* first, std::size_t n) {
  const auto offset = static_cast<std::size_t>(first - root->data);
  root->refs.fetch_add(1, std::memory_order_relaxed);
  if (root->slot != kNoSlot && offset + n <= kOffsetMask && n <= kMaxShortRun) {
    return SharedText(1 | (std::uint64_t{root->slot} << 1) |
                      (static_cast<std::uint64_t>(offset) << kOffsetShift) |
                      (static_cast<std::uint64_t>(n) << kSizeShift));
  }
  auto* run = new RunRecord;
  run->data = first;
  run->size = static_cast<std::uint32_t>(n);  // within a text: below 4 GB
  run->slot = kNoSlot;
  run->kind = kRun;
  run->root = root;
  return SharedText(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(run)));
}

void SharedText::Destroy(Record* record) noexcept {
  switch (record->kind) {
    case kOwn:
      record->~Record();
      ::operator delete(static_cast<void*>(record));
      return;
    case kRun: {
      auto* run = static_cast<RunRecord*>(record);
      Record* root = run->root;
      delete run;
      Unref(root);
      return;
    }
    default: {
      auto* buffer = static_cast<BufferRecord*>(record);
      if (buffer->slot != kNoSlot) {
        FreeSlots& free_slots = Free();
        std::lock_guard<std::mutex> lock(free_slots.mutex);
        slots_[buffer->slot] = Slot{};
        free_slots.given_back.push_back(buffer->slot);
      }
      delete buffer;
    }
  }
}

const SharedText::Record* SharedText::Root() const {
  if (word_ == 0) return nullptr;
  const Record* record = Counted();
  return record->kind == kRun ? static_cast<const RunRecord*>(record)->root : record;
}

// The paths in order of frequency: a run of a short run (a task's text after
// its marker), a short run of a run record (each paragraph of the whole
// viewed text), then the rest through RunOf.
SharedText SharedText::substr(std::size_t pos, std::size_t n) const {
  const std::uint64_t word = word_;
  if ((word & 1) != 0) {  // same slot, within its bytes
    const auto size = static_cast<std::size_t>(word >> kSizeShift);
    pos = std::min(pos, size);
    n = std::min(n, size - pos);
    if (n == 0) return SharedText();
    slots_[SlotOf(word)].record->refs.fetch_add(1, std::memory_order_relaxed);
    const std::uint64_t slot_bits = word & ((std::uint64_t{1} << kOffsetShift) - 1);
    return SharedText(slot_bits |
                      (static_cast<std::uint64_t>(OffsetOf(word) + pos) << kOffsetShift) |
                      (static_cast<std::uint64_t>(n) << kSizeShift));
  }
  if (word == 0) return SharedText();
  Record* record = AsRecord();
  pos = std::min<std::size_t>(pos, record->size);
  n = std::min<std::size_t>(n, record->size - pos);
  if (n == 0) return SharedText();
  if (n == record->size) {  // the whole text: the text itself
    record->refs.fetch_add(1, std::memory_order_relaxed);
    return SharedText(word);
  }
  Record* root = record->kind == kRun ? static_cast<RunRecord*>(record)->root : record;
  return RunOf(root, record->data + pos, n);
}

SharedText& SharedText::operator+=(std::string_view more) {
  if (more.empty()) return *this;
  const std::size_t size = this->size();
  if (size + more.size() > kMaxText) throw std::length_error("SharedText: a text of 4 GB or more");
  Record* own = NewOwnRecord(size + more.size());
  if (size > 0) std::memcpy(OwnBytes(own), data(), size);
  std::memcpy(OwnBytes(own) + size, more.data(), more.size());
  // After the copy: `more` may be a run of the old buffer.
  *this = SharedText(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(own)));
  return *this;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.view(); }

}  // namespace congvan
