// SharedText (congvan/shared_text.h): a text that owns is one allocation, its
// keeper followed by exactly its bytes (no growth slack, one block); a view
// of a `std::string` buffer has a keeper holding that buffer's shared
// pointer, made once per `View` call, and every run taken of it (`substr`,
// `Run`) shares that keeper's count, so a parse makes one keeper for its
// decoded text. A keeper goes with the last text that holds it; the empty
// text has none and reads a static "". Offsets and sizes are 32 bits: a view
// that ends further than that into its buffer is copied into one of its own.
#include "congvan/shared_text.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>
#include <ostream>
#include <stdexcept>
#include <utility>

namespace congvan {
namespace {

constexpr std::size_t kMaxRun = std::numeric_limits<std::uint32_t>::max();

// A keeper whose bytes follow it in the same allocation.
struct OwnKeeper : SharedText::Keeper {
  static void Destroy(SharedText::Keeper* keeper) {
    static_cast<OwnKeeper*>(keeper)->~OwnKeeper();
    ::operator delete(static_cast<void*>(keeper));
  }
};

// A keeper of a `std::string` buffer shared with others (the decoded text).
struct BufferKeeper : SharedText::Keeper {
  std::shared_ptr<const std::string> buffer;
  static void Destroy(SharedText::Keeper* keeper) { delete static_cast<BufferKeeper*>(keeper); }
};

// An own keeper with room for `size` bytes after it; first points there.
OwnKeeper* NewOwnKeeper(std::size_t size) {
  if (size > kMaxRun) throw std::length_error("SharedText: a text of 4 GB or more");
  void* block = ::operator new(sizeof(OwnKeeper) + size);
  auto* keeper = new (block) OwnKeeper;
  keeper->first = reinterpret_cast<const char*>(keeper + 1);
  keeper->destroy = &OwnKeeper::Destroy;
  return keeper;
}

char* OwnBytes(OwnKeeper* keeper) { return reinterpret_cast<char*>(keeper + 1); }

}  // namespace

SharedText::SharedText(Keeper* keeper, std::size_t offset, std::size_t size)
    : keeper_(keeper),
      offset_(static_cast<std::uint32_t>(offset)),
      size_(static_cast<std::uint32_t>(size)) {}

SharedText::SharedText(std::string_view text) {
  if (text.empty()) return;
  OwnKeeper* own = NewOwnKeeper(text.size());
  std::memcpy(OwnBytes(own), text.data(), text.size());
  *this = SharedText(own, 0, text.size());
}

SharedText SharedText::View(std::shared_ptr<const std::string> buffer, std::string_view part) {
  if (part.empty()) return SharedText();
  const std::size_t offset = static_cast<std::size_t>(part.data() - buffer->data());
  if (offset + part.size() > kMaxRun) return SharedText(part);  // every run below 4 GB
  auto* keeper = new BufferKeeper;
  keeper->first = buffer->data();
  keeper->destroy = &BufferKeeper::Destroy;
  keeper->buffer = std::move(buffer);
  return SharedText(keeper, offset, part.size());
}

SharedText SharedText::substr(std::size_t pos, std::size_t n) const {
  pos = std::min<std::size_t>(pos, size_);
  n = std::min<std::size_t>(n, size_ - pos);
  if (n == 0) return SharedText();
  keeper_->refs.fetch_add(1, std::memory_order_relaxed);
  return SharedText(keeper_, offset_ + pos, n);  // within this text: below 4 GB
}

SharedText& SharedText::operator+=(std::string_view more) {
  if (more.empty()) return *this;
  OwnKeeper* own = NewOwnKeeper(static_cast<std::size_t>(size_) + more.size());
  if (size_ > 0) std::memcpy(OwnBytes(own), data(), size_);
  std::memcpy(OwnBytes(own) + size_, more.data(), more.size());
  // After the copy: `more` may be a run of the old buffer.
  *this = SharedText(own, 0, static_cast<std::size_t>(size_) + more.size());
  return *this;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.view(); }

}  // namespace congvan
