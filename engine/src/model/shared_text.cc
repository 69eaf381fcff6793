// SharedText (congvan/shared_text.h): a text that owns is one allocation
// holding the reference count and exactly its bytes (`make_shared` of a char
// array, not a `std::string` behind a pointer: no growth slack, one block);
// a view keeps the buffer it reads through the shared pointer's aliasing
// constructor, so views of one buffer share one count. The empty text has no
// buffer and reads a static "".
#include "congvan/shared_text.h"

#include <algorithm>
#include <cstring>
#include <ostream>
#include <utility>

namespace congvan {

SharedText::SharedText(std::string_view text) {
  if (text.empty()) return;
  std::shared_ptr<char[]> own = std::make_shared_for_overwrite<char[]>(text.size());
  std::memcpy(own.get(), text.data(), text.size());
  data_ = own.get();
  size_ = text.size();
  keep_ = std::move(own);
}

SharedText SharedText::View(std::shared_ptr<const std::string> buffer, std::string_view part) {
  SharedText out;
  if (part.empty()) return out;
  out.data_ = part.data();
  out.size_ = part.size();
  out.keep_ = std::move(buffer);
  return out;
}

SharedText SharedText::substr(std::size_t pos, std::size_t n) const {
  SharedText out;
  pos = std::min(pos, size_);
  n = std::min(n, size_ - pos);
  if (n == 0) return out;
  out.keep_ = keep_;
  out.data_ = data_ + pos;
  out.size_ = n;
  return out;
}

SharedText& SharedText::operator+=(std::string_view more) {
  if (more.empty()) return *this;
  std::shared_ptr<char[]> own = std::make_shared_for_overwrite<char[]>(size_ + more.size());
  if (size_ > 0) std::memcpy(own.get(), data_, size_);
  std::memcpy(own.get() + size_, more.data(), more.size());
  data_ = own.get();
  size_ += more.size();
  keep_ = std::move(own);  // after the copy: `more` may be a run of the old buffer
  return *this;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.view(); }

}  // namespace congvan
