// The atoms of a cue alternative: its text read as RE2 reads it, as far as
// the readers of what every match must hold need it (grammar/cue_gate.h, the
// floating cue gate's literal, tail and choices; grammar/cue_ends.h, a lazy
// cue's opening and ending).
//
// Approach: an alternative is a concatenation of atoms, each with its
// repetition: a character (its UTF-8 bytes), an escape, a class, a group
// (looked into only for plain alternatives, "(anh|video|clip)"), "." or an
// assertion. Anything the reader does not know for certain (an escape other
// than the few it reads, a brace that is not a repetition, a "|" at the top
// level) refuses the whole alternative, so a condition is only ever read from
// text whose meaning is plain. A class is read to its ASCII bytes only when
// it is plain ("[0-9a-z.]", "\d", "\s", "\w"); any other is kOther.
#ifndef CONGVAN_GRAMMAR_CUE_ATOMS_H_
#define CONGVAN_GRAMMAR_CUE_ATOMS_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

enum class AtomKind : uint8_t {
  kChar,       // one character; `text` holds its bytes
  kClass,      // one ASCII byte of `bytes` (\d, \s, \w, a plain class)
  kAssertion,  // zero-width: ^, \b, \B, \A
  kEnd,        // $
  kOther,      // a group, ".", a class with more than ASCII, \S, \p{…} …
};

struct Atom {
  AtomKind kind = AtomKind::kOther;
  std::string text;
  std::bitset<128> bytes;
  int min = 1;
  int max = 1;     // -1: no bound
  size_t end = 0;  // the offset just past the atom (and its repetition)
  // A group whose alternatives are all plain characters: those alternatives
  // (kOther; empty for any other group).
  std::vector<std::string> alternatives;
};

// The top-level atoms of `p`, or nullopt when one is not read for certain.
std::optional<std::vector<Atom>> ReadAtoms(std::string_view p);

// RE2's \s in ASCII: [\t\n\f\r ].
const std::bitset<128>& Spaces();

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_CUE_ATOMS_H_
