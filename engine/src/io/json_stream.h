// Streaming JSON (internal to io/): values built with nlohmann and
// serialised by it, the framing between them (braces, commas, keys,
// indentation) written here in the layout of nlohmann's dump(2) — or its
// compact dump() on one line — so a large document is written piece by piece
// without a DOM of the whole.
#ifndef CONGVAN_SRC_IO_JSON_STREAM_H_
#define CONGVAN_SRC_IO_JSON_STREAM_H_

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace congvan::io_internal {

// Output of nlohmann values, nested at any depth: pretty-printed (nlohmann's
// dump(2) layout) or compact on one line (dump()'s, for JSON Lines).
class JsonStream {
 public:
  JsonStream(std::ostream& out, bool compact) : out_(out), compact_(compact) {}

  // Writes `value` as nlohmann's dump would inside the current nesting.
  void Value(const nlohmann::json& value) {
    std::string s = value.dump(compact_ ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace);
    // Raw newlines only occur between elements (strings escape theirs).
    size_t start = 0;
    for (size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', start)) {
      out_.write(s.data() + start, static_cast<std::streamsize>(nl + 1 - start));
      Indent();
      start = nl + 1;
    }
    out_.write(s.data() + start, static_cast<std::streamsize>(s.size() - start));
  }
  void Key(const std::string& key) {
    Separator();
    Value(nlohmann::json(key));
    out_ << (compact_ ? ":" : ": ");
  }
  void BeginObject() { Begin('{'); }
  void EndObject() { End('}'); }
  void BeginArray() { Begin('['); }
  void EndArray() { End(']'); }
  // Before an array element.
  void Element() { Separator(); }
  // Writes `value` on one line (nlohmann's dump()) whatever the mode, for
  // long arrays of scalars that would otherwise take a line per element.
  void Compact(const nlohmann::json& value) {
    out_ << value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  // Writes the members of `object` into the object being written.
  void Members(const nlohmann::json& object) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      Key(it.key());
      Value(it.value());
    }
  }

 private:
  void Indent() {
    static const std::string kSpaces(256, ' ');
    size_t n = static_cast<size_t>(depth_) * 2;
    while (n > 0) {
      size_t chunk = std::min(n, kSpaces.size());
      out_.write(kSpaces.data(), static_cast<std::streamsize>(chunk));
      n -= chunk;
    }
  }
  void Begin(char c) {
    out_.put(c);
    ++depth_;
    first_ = true;
  }
  void End(char c) {
    --depth_;
    if (!first_ && !compact_) {
      out_.put('\n');
      Indent();
    }
    out_.put(c);
    first_ = false;
  }
  void Separator() {
    if (!first_) out_.put(',');
    first_ = false;
    if (compact_) return;
    out_.put('\n');
    Indent();
  }

  std::ostream& out_;
  bool compact_;
  int depth_ = 0;
  bool first_ = true;
};

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_STREAM_H_
