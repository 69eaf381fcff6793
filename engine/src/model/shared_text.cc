// SharedText (congvan/shared_text.h): a text that owns is one allocation
// holding the reference count and exactly its bytes (`make_shared` of a char
// array, not a `std::string` behind a pointer: no growth slack, one block);
// a view keeps the buffer it reads through the shared pointer's aliasing
// constructor, whose pointer is the view's first byte (so the text is that
// pointer and a size, 24 bytes), and views of one buffer share one count. The empty text has no
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
  size_ = text.size();
  const char* first = own.get();
  text_ = std::shared_ptr<const char>(std::move(own), first);
}

SharedText SharedText::View(std::shared_ptr<const std::string> buffer, std::string_view part) {
  SharedText out;
  if (part.empty()) return out;
  out.size_ = part.size();
  out.text_ = std::shared_ptr<const char>(std::move(buffer), part.data());
  return out;
}

SharedText SharedText::substr(std::size_t pos, std::size_t n) const {
  SharedText out;
  pos = std::min(pos, size_);
  n = std::min(n, size_ - pos);
  if (n == 0) return out;
  out.text_ = std::shared_ptr<const char>(text_, text_.get() + pos);
  out.size_ = n;
  return out;
}

SharedText& SharedText::operator+=(std::string_view more) {
  if (more.empty()) return *this;
  std::shared_ptr<char[]> own = std::make_shared_for_overwrite<char[]>(size_ + more.size());
  if (size_ > 0) std::memcpy(own.get(), text_.get(), size_);
  std::memcpy(own.get() + size_, more.data(), more.size());
  size_ += more.size();
  const char* first = own.get();
  text_ = std::shared_ptr<const char>(std::move(own), first);  // after the copy: `more` may be
                                                               // a run of the old buffer
  return *this;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.view(); }

}  // namespace congvan
