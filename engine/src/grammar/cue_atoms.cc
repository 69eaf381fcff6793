// The atoms of a cue alternative (see cue_atoms.h).
#include "grammar/cue_atoms.h"

#include <utility>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

namespace {

// The alternatives of the group p = "(…)" or "(?:…)" when each is plain
// characters (no escape, class, group, repetition, "." or anchor): the
// strings one of which every match of the group is. Empty otherwise.
std::vector<std::string> PlainAlternatives(std::string_view p) {
  if (p.size() < 2 || p.front() != '(' || p.back() != ')') return {};
  std::string_view body = p.substr(1, p.size() - 2);
  if (body.substr(0, 2) == "?:") {
    body.remove_prefix(2);
  } else if (!body.empty() && body[0] == '?') {
    return {};  // a flag or a named group
  }
  std::vector<std::string> alternatives(1);
  for (char c : body) {
    if (c == '|') {
      if (alternatives.back().empty()) return {};
      alternatives.emplace_back();
    } else if (std::string_view("\\.+*?()[]{}^$").find(c) != std::string_view::npos) {
      return {};
    } else {
      alternatives.back() += c;
    }
  }
  if (alternatives.back().empty()) return {};
  return alternatives;
}

std::bitset<128> Bytes(std::string_view members) {
  std::bitset<128> set;
  for (char c : members) set.set(static_cast<unsigned char>(c));
  return set;
}

const std::bitset<128>& Digits() {
  static const std::bitset<128> set = Bytes("0123456789");
  return set;
}
const std::bitset<128>& WordBytes() {  // RE2's \w: [0-9A-Za-z_], ASCII only
  static const std::bitset<128> set =
      Bytes("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");
  return set;
}

bool IsAsciiPunctuation(char c) {
  auto u = static_cast<unsigned char>(c);
  return u > 0x20 && u < 0x7f &&
         !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

// The ASCII bytes a plain class "[…]" (no negation, no named class)
// matches, or nullopt. `body` is what stands between the brackets.
std::optional<std::bitset<128>> ClassBytes(std::string_view body) {
  if (body.empty() || body[0] == '^') return std::nullopt;
  std::bitset<128> set;
  size_t i = 0;
  auto one = [&](char* out) -> int {  // 1: a byte in *out, 2: a set merged, 0: refused
    char c = body[i];
    if (static_cast<unsigned char>(c) >= 0x80 || c == '[') return 0;
    if (c != '\\') {
      *out = c;
      ++i;
      return 1;
    }
    if (i + 1 >= body.size()) return 0;
    char e = body[i + 1];
    i += 2;
    if (e == 'd') set |= Digits();
    if (e == 's') set |= Spaces();
    if (e == 'w') set |= WordBytes();
    if (e == 'd' || e == 's' || e == 'w') return 2;
    if (!IsAsciiPunctuation(e)) return 0;
    *out = e;
    return 1;
  };
  while (i < body.size()) {
    char low = 0;
    int got = one(&low);
    if (got == 0) return std::nullopt;
    if (got == 2) continue;
    if (i + 1 < body.size() && body[i] == '-') {  // a range "a-z" ("-" last is a member)
      ++i;
      char high = 0;
      if (one(&high) != 1 || high < low) return std::nullopt;
      for (int c = low; c <= high; ++c) set.set(static_cast<size_t>(c));
    } else {
      set.set(static_cast<unsigned char>(low));
    }
  }
  return set;
}

// The index just past the group that opens at p[at] ("("), or npos.
size_t GroupEnd(std::string_view p, size_t at) {
  int depth = 0;
  size_t i = at;
  while (i < p.size()) {
    if (size_t next = OpaqueUnitEnd(p, i); next != i) {
      i = next;
    } else {
      if (p[i] == '(') ++depth;
      if (p[i] == ')' && --depth == 0) return i + 1;
      ++i;
    }
  }
  return std::string_view::npos;
}

// Reads a repetition at p[*i] into `atom` ("?", "*", "+", "{m}", "{m,}",
// "{m,n}", each perhaps followed by "?"). False on a brace that is not one.
bool ReadRepetition(std::string_view p, size_t* i, Atom* atom) {
  if (*i >= p.size()) return true;
  char c = p[*i];
  if (c == '?' || c == '*' || c == '+') {
    atom->min = c == '+' ? 1 : 0;
    atom->max = c == '?' ? 1 : -1;
    ++*i;
  } else if (c == '{') {
    size_t close = p.find('}', *i);
    if (close == std::string_view::npos) return false;
    std::string_view body = p.substr(*i + 1, close - *i - 1);
    size_t comma = body.find(',');
    auto number = [](std::string_view digits, int* out) {
      if (digits.empty() || digits.size() > 4) return false;
      int v = 0;
      for (char d : digits) {
        if (d < '0' || d > '9') return false;
        v = v * 10 + (d - '0');
      }
      *out = v;
      return true;
    };
    if (!number(body.substr(0, comma), &atom->min)) return false;
    if (comma == std::string_view::npos) {
      atom->max = atom->min;
    } else if (comma + 1 == body.size()) {
      atom->max = -1;
    } else if (!number(body.substr(comma + 1), &atom->max)) {
      return false;
    }
    *i = close + 1;
  } else {
    return true;
  }
  if (*i < p.size() && p[*i] == '?') ++*i;  // non-greedy: the same strings
  return true;
}

// Reads the escape at p[*i] ("\…") into `atom`; false when not known.
bool ReadEscape(std::string_view p, size_t* i, Atom* atom) {
  if (*i + 1 >= p.size()) return false;
  char e = p[*i + 1];
  *i += 2;
  switch (e) {
    case 'd':
      atom->kind = AtomKind::kClass, atom->bytes = Digits();
      return true;
    case 's':
      atom->kind = AtomKind::kClass, atom->bytes = Spaces();
      return true;
    case 'w':
      atom->kind = AtomKind::kClass, atom->bytes = WordBytes();
      return true;
    case 'b':
    case 'B':
    case 'A':
      atom->kind = AtomKind::kAssertion;
      return true;
    case 'D':
    case 'S':
    case 'W':
      atom->kind = AtomKind::kOther;
      return true;
    case 'p':
    case 'P': {
      atom->kind = AtomKind::kOther;
      if (*i < p.size() && p[*i] == '{') {
        size_t close = p.find('}', *i);
        if (close == std::string_view::npos) return false;
        *i = close + 1;
      } else {
        ++*i;  // \pL
      }
      return *i <= p.size();
    }
    default:
      if (!IsAsciiPunctuation(e)) return false;  // \z, \x41, \123, \Q … : not read
      atom->kind = AtomKind::kChar;
      atom->text.assign(1, e);
      return true;
  }
}

}  // namespace

const std::bitset<128>& Spaces() {
  static const std::bitset<128> set = Bytes("\t\n\f\r ");
  return set;
}

std::optional<std::vector<Atom>> ReadAtoms(std::string_view p) {
  std::vector<Atom> atoms;
  size_t i = 0;
  while (i < p.size()) {
    Atom atom;
    char c = p[i];
    auto u = static_cast<unsigned char>(c);
    if (c == '(') {
      size_t end = GroupEnd(p, i);
      if (end == std::string_view::npos) return std::nullopt;
      atom.alternatives = PlainAlternatives(p.substr(i, end - i));
      i = end;
    } else if (c == '[') {
      size_t end = ClassEnd(p, i);
      if (end > p.size()) return std::nullopt;
      if (auto bytes = ClassBytes(p.substr(i + 1, end - i - 2))) {
        atom.kind = AtomKind::kClass;
        atom.bytes = *bytes;
      }
      i = end;
    } else if (c == '\\') {
      if (!ReadEscape(p, &i, &atom)) return std::nullopt;
    } else if (c == '.') {
      ++i;
    } else if (c == '^') {
      atom.kind = AtomKind::kAssertion;
      ++i;
    } else if (c == '$') {
      atom.kind = AtomKind::kEnd;
      ++i;
    } else if (c == '|' || c == ')' || c == '{' || c == '}' || c == '?' || c == '*' || c == '+') {
      return std::nullopt;  // not an atom of a plain concatenation
    } else if (u < 0x80) {
      atom.kind = AtomKind::kChar;
      atom.text.assign(1, c);
      ++i;
    } else {  // a UTF-8 character: its bytes, one atom
      size_t n = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 0;
      if (n == 0 || i + n > p.size()) return std::nullopt;
      atom.kind = AtomKind::kChar;
      atom.text.assign(p.substr(i, n));
      i += n;
    }
    if (!ReadRepetition(p, &i, &atom)) return std::nullopt;
    atom.end = i;
    if ((atom.kind == AtomKind::kAssertion || atom.kind == AtomKind::kEnd) &&
        (atom.min != 1 || atom.max != 1)) {
      return std::nullopt;
    }
    atoms.push_back(std::move(atom));
  }
  return atoms;
}

}  // namespace congvan::grammar_internal
