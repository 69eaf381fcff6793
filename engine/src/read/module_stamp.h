// What a module's table says of itself, so that a module built from another
// version of its header is refused rather than called.
//
// Approach: every module table (pdf_module.h, archive_module.h,
// html_module.h, corpus/sqlite_module.h) starts with a ModuleStamp, filled
// by the module from its own copy of the header and compared by the loader
// (OpenFirstModuleTable, module_opener.h) with the engine's. The stamp holds
// the table's size and a signature: an FNV-1a hash, computed at compile time,
// of the text of the table's function list (the header declares the list
// once, in a macro, and both the struct and the signature are made from it)
// , of the sizes of the types the functions exchange, and of each member's
// type as the compiler spells it (TypeSpelling: aliases such as a callback's
// HtmlListLabel or sqlite3.h's declarations expanded, so retyping a
// callback's parameter changes the stamp although the list's text does not).
// Adding, removing, reordering, renaming or retyping a function, or growing
// an exchanged struct, changes the stamp with no number to bump by hand. What it cannot
// see is a change inside an exchanged type that keeps its size (two members
// of one type swapped): such a change still needs the entry point's name
// changed. The stamp stays the first member of every table, so that a loader
// can always read it.
#ifndef CONGVAN_READ_MODULE_STAMP_H_
#define CONGVAN_READ_MODULE_STAMP_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

// The text of a macro's expansion, as a string literal.
#define CONGVAN_MODULE_TEXT(...) CONGVAN_MODULE_TEXT_OF(__VA_ARGS__)
#define CONGVAN_MODULE_TEXT_OF(...) #__VA_ARGS__

namespace congvan::read {

struct ModuleStamp {
  std::uint64_t table_size = 0;
  std::uint64_t signature = 0;

  friend constexpr bool operator==(const ModuleStamp&, const ModuleStamp&) = default;
};

// FNV-1a, 64 bits: `hash` continued by one byte.
constexpr std::uint64_t ModuleHashByte(std::uint64_t hash, unsigned char byte) {
  return (hash ^ byte) * 1099511628211ULL;
}

// The compiler's spelling of `T`, aliases expanded: the text of
// __PRETTY_FUNCTION__, which names the template's argument (GCC and Clang
// both expand a type alias there; the spelling differs between compilers,
// but the engine and its modules are built by one).
template <typename T>
constexpr std::string_view TypeSpelling() {
  return __PRETTY_FUNCTION__;
}

// The stamp of `Table`, whose functions are declared by `functions` (the
// text of the list), exchange types of `exchanged_sizes` and are members of
// the types spelled `member_types` (TypeSpelling<decltype(Table::member)>).
template <typename Table>
constexpr ModuleStamp StampOf(std::string_view functions,
                              std::initializer_list<std::size_t> exchanged_sizes,
                              std::initializer_list<std::string_view> member_types) {
  std::uint64_t signature = 14695981039346656037ULL;
  for (char c : functions) signature = ModuleHashByte(signature, static_cast<unsigned char>(c));
  for (std::string_view type : member_types) {
    for (char c : type) signature = ModuleHashByte(signature, static_cast<unsigned char>(c));
    signature = ModuleHashByte(signature, 0);
  }
  for (std::size_t size : exchanged_sizes) {
    for (int shift = 0; shift < 64; shift += 8) {
      signature = ModuleHashByte(signature, static_cast<unsigned char>(size >> shift));
    }
  }
  return {sizeof(Table), signature};
}

}  // namespace congvan::read

#endif  // CONGVAN_READ_MODULE_STAMP_H_
