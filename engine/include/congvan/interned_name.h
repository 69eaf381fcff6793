// InternedName: a short name from a small fixed vocabulary (a grammar style
// id such as "vi-letter-paren", a level such as "article"), stored once per
// process and held by its number in the process's table.
//
// A task tree holds one `Node` per line of a law, and every numbered one
// names its style and many their level: as `std::string`s those were 64 of a
// Node's 280 bytes (and a heap block for ids longer than 15 bytes) for a
// vocabulary of a few dozen names the grammars define. An InternedName is the
// 32-bit number of a process-lifetime copy of the name (a pointer, 8 bytes,
// until branch `parse-tree2`: two of them and a Node's ordinal now share 16
// bytes, not 24), looked up in one table under a mutex when it is made (a
// parse makes one or two per task); reading it is two array loads, no lock.
// It reads like the string it replaces — `empty()`, `==` with strings and
// string literals, conversion to `const std::string&` and `std::string_view`,
// assignment from either — so readers compile unchanged. The empty name is
// number 0. The table only grows: it is meant for names from grammars and
// models, not for arbitrary text (it holds 2^21 names).
#ifndef CONGVAN_INTERNED_NAME_H_
#define CONGVAN_INTERNED_NAME_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace congvan {

class InternedName {
 public:
  InternedName() = default;
  InternedName(std::string_view name);  // NOLINT: implicit, as the string it replaces
  InternedName(const std::string& name) : InternedName(std::string_view(name)) {}  // NOLINT
  InternedName(const char* name) : InternedName(std::string_view(name)) {}         // NOLINT

  // The name; a static empty string for the empty name. Valid for the process's lifetime.
  const std::string& str() const { return Name(id_); }
  operator const std::string&() const { return str(); }  // NOLINT: reads as a string
  operator std::string_view() const { return str(); }    // NOLINT
  bool empty() const { return id_ == 0; }
  std::size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }
  const char* data() const { return str().data(); }

  // One copy per name, so equal names are equal numbers.
  friend bool operator==(const InternedName& a, const InternedName& b) { return a.id_ == b.id_; }
  friend bool operator==(const InternedName& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const InternedName& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const InternedName& a, const char* b) {
    return a.str() == std::string_view(b);
  }
  friend bool operator<(const InternedName& a, const InternedName& b) { return a.str() < b.str(); }

 private:
  // The name numbered `id` (0: the empty name).
  static const std::string& Name(std::uint32_t id);

  std::uint32_t id_ = 0;
};

}  // namespace congvan

#endif  // CONGVAN_INTERNED_NAME_H_
