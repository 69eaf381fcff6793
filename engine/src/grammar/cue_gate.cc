// Reading a floating cue alternative's necessary condition (grammar/cue_gate.h).
//
// Approach: the alternative is read left to right as RE2 reads it, as a
// concatenation of atoms, each with its repetition: a character, an escape,
// a class, a group (not looked into), "." or an assertion. Anything the
// reader does not know for certain (an escape other than the few below, a
// brace that is not a repetition, a flag group, a "|" at the top level)
// refuses the whole alternative, so a condition is only ever read from text
// whose meaning is plain. A literal run is a sequence of character atoms each
// required at least once, with nothing between them; the tail is what stands
// before a final "$", atom by atom backwards, while each atom is one ASCII
// byte wide. A group is looked into only for the choices: a group that
// stands once, whose alternatives are plain characters ("(anh|video|clip)"),
// right after a run gives that run followed by each alternative.
#include "grammar/cue_gate.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(CONGVAN_CUE_GATE_SSSE3)
#include <tmmintrin.h>
#endif

#include "grammar/lazy_regex.h"
#include "text/cpu_features.h"

namespace congvan::grammar_internal {

namespace {

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
const std::bitset<128>& Spaces() {  // RE2's \s: [\t\n\f\r ]
  static const std::bitset<128> set = Bytes("\t\n\f\r ");
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

// The top-level atoms of `p`, or nullopt when one is not read for certain.
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

// The longest run of characters every match holds one after the other.
std::string RequiredLiteral(const std::vector<Atom>& atoms) {
  std::string best;
  std::string run;
  for (const Atom& atom : atoms) {
    bool joins = atom.kind == AtomKind::kChar && atom.min >= 1;
    if (joins) run += atom.text;
    // A repeated character ("a+", "a{2,3}") is held once, then the run may
    // go on with another count of it: the run ends after it.
    if (!joins || atom.max != 1 || atom.min != 1) {
      if (run.size() > best.size()) best = run;
      run.clear();
    }
  }
  if (run.size() > best.size()) best = run;
  return best;
}

// A run of characters (each exactly once) right before a group of plain
// alternatives that stands exactly once: the run followed by each
// alternative, one of which every match holds. Of several such groups, the
// one whose shortest choice is longest; none when that is no longer than
// `literal` (the literal alone says as much). *run_size: the run's bytes.
std::vector<std::string> RequiredChoices(const std::vector<Atom>& atoms, const std::string& literal,
                                         size_t* run_size) {
  std::vector<std::string> best;
  *run_size = 0;
  size_t best_shortest = literal.size();
  std::string run;
  for (const Atom& atom : atoms) {
    if (atom.kind == AtomKind::kChar && atom.min == 1 && atom.max == 1) {
      run += atom.text;
      continue;
    }
    if (!atom.alternatives.empty() && atom.min == 1 && atom.max == 1) {
      std::vector<std::string> choices;
      size_t shortest = std::string::npos;
      for (const std::string& alternative : atom.alternatives) {
        choices.push_back(run + alternative);
        shortest = std::min(shortest, choices.back().size());
      }
      if (shortest > best_shortest) {
        best = std::move(choices);
        best_shortest = shortest;
        *run_size = run.size();
      }
    }
    run.clear();
  }
  return best;
}

// Before a final "$": optional one-byte atoms, backwards, up to a required one.
std::vector<CueCondition::TailAtom> RequiredTail(const std::vector<Atom>& atoms) {
  std::vector<CueCondition::TailAtom> tail;
  if (atoms.size() < 2 || atoms.back().kind != AtomKind::kEnd) return {};
  for (size_t k = atoms.size() - 1; k-- > 0;) {
    const Atom& atom = atoms[k];
    CueCondition::TailAtom t;
    if (atom.kind == AtomKind::kClass) {
      t.bytes = atom.bytes;
    } else if (atom.kind == AtomKind::kChar && atom.text.size() == 1) {
      t.bytes.set(static_cast<unsigned char>(atom.text[0]));
    } else {
      return {};
    }
    t.max = atom.max;
    t.required = atom.min >= 1;
    tail.push_back(t);
    if (t.required) return tail;
  }
  return {};  // nothing required: a match may end with none of these bytes
}

// Whether line[0, end) ends as tail[k…] says (backtracking over the optional
// atoms: each may take from none to `max` bytes).
bool TailFitsFrom(const std::vector<CueCondition::TailAtom>& tail, size_t k, std::string_view line,
                  size_t end) {
  const CueCondition::TailAtom& atom = tail[k];
  auto fits = [&](size_t at) {
    auto u = static_cast<unsigned char>(line[at]);
    return u < 0x80 && atom.bytes[u];
  };
  if (atom.required) return end > 0 && fits(end - 1);
  for (size_t taken = 0;; ++taken) {
    if (TailFitsFrom(tail, k + 1, line, end - taken)) return true;
    if (static_cast<int>(taken) == atom.max || taken == end || !fits(end - taken - 1)) {
      return false;
    }
  }
}

}  // namespace

bool CueCondition::TailFits(std::string_view line) const {
  return tail.empty() || TailFitsFrom(tail, 0, line, line.size());
}

bool CueCondition::HoldsChoice(std::string_view line) const {
  if (choices.empty()) return true;
  auto stands_at = [&](size_t at) {
    return std::any_of(choices.begin(), choices.end(), [&](const std::string& choice) {
      return line.compare(at, choice.size(), choice) == 0;
    });
  };
  if (choice_run == 0) {  // no shared run to look for: each choice in turn
    return std::any_of(choices.begin(), choices.end(), [&](const std::string& choice) {
      return line.find(choice) != std::string_view::npos;
    });
  }
  // Every choice begins with the run: the choices are compared where it stands.
  const std::string_view run = std::string_view(choices.front()).substr(0, choice_run);
  for (size_t at = line.find(run); at != std::string_view::npos; at = line.find(run, at + 1)) {
    if (stands_at(at)) return true;
  }
  return false;
}

bool CueCondition::MayMatch(std::string_view line) const {
  return TailFits(line) && (literal.empty() || line.find(literal) != std::string_view::npos) &&
         HoldsChoice(line);
}

std::optional<CueCondition> ReadCueCondition(std::string_view alternative,
                                             const RE2::Options& options) {
  // Bytes compared as written only when RE2 reads them so.
  if (!options.case_sensitive() || options.literal() ||
      options.encoding() != RE2::Options::EncodingUTF8) {
    return std::nullopt;
  }
  for (size_t at = alternative.find("(?"); at != std::string_view::npos;
       at = alternative.find("(?", at + 2)) {
    if (alternative.substr(at + 2, 1) != ":") return std::nullopt;  // a flag group
  }
  std::optional<std::vector<Atom>> atoms = ReadAtoms(alternative);
  if (!atoms) return std::nullopt;
  CueCondition condition;
  condition.literal = RequiredLiteral(*atoms);
  condition.tail = RequiredTail(*atoms);
  // Choices only where the gate asks them: of the few lines a tail fits.
  if (!condition.tail.empty())
    condition.choices = RequiredChoices(*atoms, condition.literal, &condition.choice_run);
  if (condition.literal.empty() && condition.tail.empty()) return std::nullopt;
  return condition;
}

bool BetterBehindGate(std::string_view alternative, const RE2::Options& options) {
  if (!AnchoredAtStart(alternative)) return false;
  std::optional<CueCondition> condition = ReadCueCondition(alternative, options);
  if (!condition || condition->tail.empty()) return false;
  std::optional<std::vector<Atom>> atoms = ReadAtoms(alternative);
  if (!atoms || atoms->size() < 2 || atoms->front().kind != AtomKind::kAssertion) return false;
  const Atom& opening = (*atoms)[1];  // the first atom after "^"
  return opening.kind != AtomKind::kChar && (opening.max < 0 || opening.max >= kLongOpeningRun);
}

namespace {

// The bytes `atom` may begin with, or none known (all 256 then).
std::bitset<256> FirstBytes(const Atom& atom) {
  std::bitset<256> first;
  if (atom.kind == AtomKind::kChar) {
    first.set(static_cast<unsigned char>(atom.text[0]));
  } else if (atom.kind == AtomKind::kClass) {
    for (size_t b = 0; b < 128; ++b) first[b] = atom.bytes[b];
  } else if (!atom.alternatives.empty()) {
    for (const std::string& a : atom.alternatives) first.set(static_cast<unsigned char>(a[0]));
  } else {
    first.set();
  }
  return first;
}

// The opening's pieces, read from "^" on: characters, ASCII classes with
// their counts (each disjoint from what follows it, so taking the most bytes
// of the class never takes what a match gives the next piece), and a last
// group of plain alternatives.
void ReadOpening(const std::vector<Atom>& atoms, CueEnds& ends) {
  for (size_t k = 1; k < atoms.size(); ++k) {
    const Atom& atom = atoms[k];
    CueEnds::Piece piece;
    if (atom.kind == AtomKind::kChar && atom.min == 1 && atom.max == 1) {
      if (!ends.opening.empty() && !ends.opening.back().text.empty()) {
        ends.opening.back().text += atom.text;  // one compare for a run
        continue;
      }
      piece.text = atom.text;
    } else if (atom.kind == AtomKind::kClass && atom.max != 0) {
      // The class could take a byte of what a match gives the pieces after
      // it: of the next one, and of every one after an optional piece
      // ("^\d{1,3}\s*\d" matches "12", which the greedy \d{1,3} would eat).
      std::bitset<256> next;
      for (size_t m = k + 1; m < atoms.size(); ++m) {
        next |= FirstBytes(atoms[m]);
        if (atoms[m].min > 0 && atoms[m].kind != AtomKind::kAssertion) break;
        if (m + 1 == atoms.size()) next.set();
      }
      if (k + 1 == atoms.size() || (next & FirstBytes(atom)).any()) return;
      for (size_t b = 0; b < 128; ++b) piece.bytes[b] = atom.bytes[b];
      piece.min = atom.min, piece.max = atom.max;
    } else if (!atom.alternatives.empty() && atom.min == 1 && atom.max == 1) {
      piece.choices = atom.alternatives;
      ends.opening.push_back(std::move(piece));
      return;  // choices of unlike lengths: what follows is not read
    } else {
      return;
    }
    ends.opening.push_back(std::move(piece));
  }
}

// The ending's pieces, read from "$" back: characters and "\s*" (not after
// a space, which "\s*" would take).
void ReadEnding(const std::vector<Atom>& atoms, CueEnds& ends) {
  for (size_t k = atoms.size() - 1; k-- > 0;) {
    const Atom& atom = atoms[k];
    CueEnds::Piece piece;
    if (atom.kind == AtomKind::kChar && atom.min == 1 && atom.max == 1) {
      const bool after_spaces = !ends.ending.empty() && ends.ending.back().max < 0;
      if (after_spaces && Spaces()[static_cast<unsigned char>(atom.text.back())]) return;
      if (!ends.ending.empty() && !ends.ending.back().text.empty()) {
        ends.ending.back().text.insert(0, atom.text);  // one compare for a run
        continue;
      }
      piece.text = atom.text;
    } else if (atom.kind == AtomKind::kClass && atom.bytes == Spaces() && atom.min == 0 &&
               atom.max < 0) {
      for (size_t b = 0; b < 128; ++b) piece.bytes[b] = Spaces()[b];
      piece.min = 0, piece.max = -1;
    } else {
      return;
    }
    ends.ending.push_back(std::move(piece));
  }
}

size_t TextBytes(const std::vector<CueEnds::Piece>& pieces) {
  size_t n = 0;
  for (const CueEnds::Piece& piece : pieces) n += piece.text.size();
  return n;
}

}  // namespace

std::optional<CueEnds> ReadCueEnds(std::string_view alternative) {
  // A flag ("(?i)", "(?s)") changes what the pieces match: read nothing.
  for (size_t at = alternative.find("(?"); at != std::string_view::npos;
       at = alternative.find("(?", at + 2)) {
    if (at + 2 < alternative.size() &&
        std::string_view("imsU-").find(alternative[at + 2]) != std::string_view::npos)
      return std::nullopt;
  }
  std::optional<std::vector<Atom>> atoms = ReadAtoms(alternative);
  if (!atoms || atoms->empty()) return std::nullopt;
  CueEnds ends;
  if (atoms->front().kind == AtomKind::kAssertion && alternative.substr(0, 1) == "^")
    ReadOpening(*atoms, ends);
  if (atoms->back().kind == AtomKind::kEnd) ReadEnding(*atoms, ends);
  // An opening must say more than "begins with a digit" (every numbered
  // clause does): two pieces at least; an ending, three characters.
  if (ends.opening.size() < 2) ends.opening.clear();
  if (TextBytes(ends.ending) < 3) ends.ending.clear();
  if (ends.opening.empty() && ends.ending.empty()) return std::nullopt;
  return ends;
}

std::bitset<256> CueEnds::FirstBytes() const {
  std::bitset<256> first;
  if (opening.empty()) return first.set();
  const Piece& piece = opening.front();
  if (!piece.text.empty()) {
    first.set(static_cast<unsigned char>(piece.text.front()));
  } else if (!piece.choices.empty()) {
    for (const std::string& c : piece.choices) first.set(static_cast<unsigned char>(c.front()));
  } else {
    if (piece.min == 0) return first.set();
    for (size_t b = 0; b < 128; ++b) first[b] = piece.bytes[b];
  }
  return first;
}

std::bitset<256> CueEnds::LastBytes() const {
  std::bitset<256> last;
  if (ending.empty() || ending.front().text.empty()) return last.set();
  last.set(static_cast<unsigned char>(ending.front().text.back()));
  return last;
}

namespace {

// Whether `text` stands in `line` at `at`: a byte loop, most lines differing
// at the first byte (a memcmp call costs more than that).
bool StandsAt(std::string_view line, size_t at, std::string_view text) {
  if (at > line.size() || line.size() - at < text.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    if (line[at + k] != text[k]) return false;
  }
  return true;
}

bool InPiece(const CueEnds::Piece& piece, char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 128 && piece.bytes[u];
}

}  // namespace

bool CueEnds::Fits(std::string_view line) const {
  size_t at = 0;
  for (const Piece& piece : opening) {
    if (!piece.choices.empty()) {
      if (std::none_of(piece.choices.begin(), piece.choices.end(),
                       [&](const std::string& c) { return StandsAt(line, at, c); }))
        return false;
    } else if (!piece.text.empty()) {
      if (!StandsAt(line, at, piece.text)) return false;
      at += piece.text.size();
    } else {
      int n = 0;
      while (at < line.size() && (piece.max < 0 || n < piece.max) && InPiece(piece, line[at]))
        ++at, ++n;
      if (n < piece.min) return false;
    }
  }
  size_t end = line.size();
  for (const Piece& piece : ending) {
    if (piece.text.empty()) {  // "\s*"
      while (end > 0 && InPiece(piece, line[end - 1])) --end;
    } else {
      if (end < piece.text.size() || !StandsAt(line, end - piece.text.size(), piece.text))
        return false;
      end -= piece.text.size();
    }
  }
  return true;
}

void CueGate::Add(std::string_view alternative, const RE2::Options& options) {
  std::optional<CueCondition> condition = ReadCueCondition(alternative, options);
  if (!condition) {
    always_open_ = true;
    return;
  }
  Entry entry;
  if (!condition->literal.empty()) {
    for (size_t j = 0; j < literals_.size(); ++j) {
      if (literals_[j] == condition->literal) entry.literal = static_cast<int>(j);
    }
    if (entry.literal < 0 && literals_.size() < 64) {
      entry.literal = static_cast<int>(literals_.size());
      first_byte_literals_[static_cast<unsigned char>(condition->literal[0])] |= uint64_t{1}
                                                                                 << entry.literal;
      literals_.push_back(condition->literal);
      uint64_t head = 0, mask = 0;
      for (size_t k = 0; k < 8 && k < condition->literal.size(); ++k) {
        head |= uint64_t{static_cast<unsigned char>(condition->literal[k])} << (8 * k);
        mask |= uint64_t{0xff} << (8 * k);
      }
      heads_.push_back(head);
      head_masks_.push_back(mask);
      Probe probe;
      probe.width = static_cast<int>(std::min<size_t>(3, condition->literal.size()));
      for (size_t k = 0; k < 3; ++k) {
        bool held = k < condition->literal.size();
        probe.bytes[k].fill(held ? static_cast<uint8_t>(condition->literal[k]) : 0);
      }
      probes_.push_back(probe);
      const uint8_t bucket = static_cast<uint8_t>(1u << (entry.literal % kBuckets));
      for (size_t k = 0; k < 3; ++k) {
        for (size_t nib = 0; nib < 16; ++nib) {  // a shorter literal: any byte here
          auto byte = static_cast<unsigned char>(
              condition->literal[std::min(k, condition->literal.size() - 1)]);
          bool held = k < condition->literal.size();
          if (!held || (byte & 0x0f) == nib) low_nibbles_[k][nib] |= bucket;
          if (!held || (byte >> 4) == nib) high_nibbles_[k][nib] |= bucket;
        }
      }
    }
    if (entry.literal < 0) condition->literal.clear();  // no room: the tail alone
    if (condition->literal.empty() && condition->tail.empty()) {
      always_open_ = true;
      return;
    }
  }
  // Choices read from a group elsewhere than by the literal ("\b(sua
  // doi|bo sung)\b.{0,40}\bboi:$") leave the literal to be looked for.
  entry.choices_hold_literal =
      !condition->choices.empty() &&
      std::all_of(condition->choices.begin(), condition->choices.end(), [&](const std::string& c) {
        return c.find(condition->literal) != std::string::npos;
      });
  if (condition->tail.empty()) entry.last_bytes.set();
  for (const CueCondition::TailAtom& atom : condition->tail) {
    for (size_t b = 0; b < 128; ++b) entry.last_bytes[b] = entry.last_bytes[b] || atom.bytes[b];
  }
  entry.condition = std::move(*condition);
  if (entry.condition.tail.empty()) {
    untailed_literals_ |= uint64_t{1} << entry.literal;  // no tail: a literal, always
  } else if (tailed_.size() < 64) {
    for (size_t b = 0; b < 256; ++b) {
      if (entry.last_bytes[b]) tailed_by_last_byte_[b] |= uint64_t{1} << tailed_.size();
    }
    tailed_.push_back(entries_.size());
  } else {
    too_many_tails_ = true;
  }
  entries_.push_back(std::move(entry));
}

bool CueGate::MayMatch(std::string_view line) const {
  if (always_open_) return true;
  if (too_many_tails_) return MayMatchEntryByEntry(line);
  uint64_t wanted = untailed_literals_;  // and the literals of the alternatives whose tail fits
  if (!line.empty()) {
    for (uint64_t m = tailed_by_last_byte_[static_cast<unsigned char>(line.back())]; m != 0;
         m &= m - 1) {
      const Entry& entry = entries_[tailed_[static_cast<size_t>(std::countr_zero(m))]];
      if (!entry.condition.TailFits(line)) continue;
      // Few lines fit a tail: those that do are asked the choices at once,
      // not left to the scan; the literal too when it is not in them.
      if (!entry.condition.choices.empty() && !entry.condition.HoldsChoice(line)) continue;
      if (entry.literal < 0 || entry.choices_hold_literal) return true;
      wanted |= uint64_t{1} << entry.literal;
    }
  }
  if (wanted == 0) return false;
  return HoldsLiteral(line, wanted);
}

bool CueGate::MayMatchEntryByEntry(std::string_view line) const {
  uint64_t wanted = 0;  // literals of the alternatives whose tail fits
  const size_t last = line.empty() ? 0 : static_cast<unsigned char>(line.back());
  for (const Entry& entry : entries_) {
    if (!entry.condition.tail.empty() && (line.empty() || !entry.last_bytes[last])) continue;
    if (!entry.condition.TailFits(line)) continue;
    if (!entry.condition.choices.empty() && !entry.condition.HoldsChoice(line)) continue;
    if (entry.literal < 0 || entry.choices_hold_literal) return true;
    wanted |= uint64_t{1} << entry.literal;
  }
  if (wanted == 0) return false;
  return HoldsLiteral(line, wanted);
}

bool CueGate::HoldsLiteralAt(const unsigned char* bytes, size_t n, size_t i,
                             uint64_t wanted) const {
  for (uint64_t m = first_byte_literals_[bytes[i]] & wanted; m != 0; m &= m - 1) {
    const std::string& literal = literals_[static_cast<size_t>(std::countr_zero(m))];
    if (literal.size() <= n - i && std::memcmp(bytes + i, literal.data(), literal.size()) == 0) {
      return true;
    }
  }
  return false;
}

bool CueGate::HoldsLiteralAtAny(const unsigned char* bytes, size_t n, size_t i, unsigned offsets,
                                uint64_t wanted) const {
  for (; offsets != 0; offsets &= offsets - 1) {
    if (HoldsLiteralAt(bytes, n, i + static_cast<size_t>(std::countr_zero(offsets)), wanted))
      return true;
  }
  return false;
}

bool CueGate::HasSsse3() {
#if defined(CONGVAN_CUE_GATE_SSSE3)
  return text::CpuHasSsse3();
#else
  return false;
#endif
}

bool CueGate::HoldsLiteral(std::string_view line, uint64_t wanted) const {
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
#if defined(CONGVAN_CUE_GATE_SSSE3)
  if (use_avx2_) return HoldsLiteralAvx2(bytes, n, wanted);
  if (use_ssse3_) return HoldsLiteralSsse3(bytes, n, wanted);
#endif
#if defined(__SSE2__)
  return HoldsLiteralSse2(bytes, n, wanted);
#else
  for (size_t i = 0; i < n; ++i) {
    if (HoldsLiteralAt(bytes, n, i, wanted)) return true;
  }
  return false;
#endif
}

#if defined(__SSE2__)
namespace {

// The bytes of a line from the first offset no whole block reads (fewer
// than 18 left), then zeros: blocks at 0 and 16 read up to 34 bytes of it.
// The offsets past the line are masked off (OffsetsBefore) and the
// literals compared in the line itself, so the zeros are never matched.
struct PaddedTail {
  alignas(16) unsigned char bytes[48] = {};
  PaddedTail(const unsigned char* from, size_t count) { std::memcpy(bytes, from, count); }
};

unsigned OffsetsBefore(size_t count) { return count >= 16 ? 0xffffu : (1u << count) - 1; }

}  // namespace

bool CueGate::HoldsLiteralSse2(const unsigned char* bytes, size_t n, uint64_t wanted) const {
  // The wanted literals' probes, gathered once for the line.
  std::array<const Probe*, 64> chosen;
  size_t count = 0;
  for (uint64_t m = wanted; m != 0; m &= m - 1)
    chosen[count++] = &probes_[static_cast<size_t>(std::countr_zero(m))];
  // Offsets of p[0…15] where some wanted literal's first bytes stand.
  auto candidates = [&](const unsigned char* p) {
    __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    __m128i third = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    auto equal = [](__m128i block, const std::array<uint8_t, 16>& probe) {
      return _mm_cmpeq_epi8(block, _mm_load_si128(reinterpret_cast<const __m128i*>(probe.data())));
    };
    __m128i found = _mm_setzero_si128();
    for (size_t c = 0; c < count; ++c) {
      const Probe& probe = *chosen[c];
      __m128i at = equal(here, probe.bytes[0]);
      if (probe.width > 1) at = _mm_and_si128(at, equal(next, probe.bytes[1]));
      if (probe.width > 2) at = _mm_and_si128(at, equal(third, probe.bytes[2]));
      found = _mm_or_si128(found, at);
    }
    return static_cast<unsigned>(_mm_movemask_epi8(found));
  };
  size_t i = 0;
  for (; i + 18 <= n; i += 16) {
    if (HoldsLiteralAtAny(bytes, n, i, candidates(bytes + i), wanted)) return true;
  }
  if (i == n) return false;
  const PaddedTail tail(bytes + i, n - i);
  for (size_t at = 0; i + at < n; at += 16) {
    unsigned offsets = candidates(tail.bytes + at) & OffsetsBefore(n - i - at);
    if (HoldsLiteralAtAny(bytes, n, i + at, offsets, wanted)) return true;
  }
  return false;
}
#endif

#if defined(CONGVAN_CUE_GATE_SSSE3)
namespace {

// The nibble tables and the wanted buckets, in registers for a line's scan.
struct NibbleTables {
  __m128i low[3], high[3], want;
};

// Offsets of p[0…15] where the first three bytes of a literal of a wanted
// bucket may stand: per byte position k, the buckets whose literals may have
// p[k]'s low nibble and its high nibble there, looked up with PSHUFB.
__attribute__((target("ssse3"), always_inline)) inline unsigned CandidatesSsse3(
    const unsigned char* p, const NibbleTables& t) {
  const __m128i nibble = _mm_set1_epi8(0x0f);
  __m128i found = t.want;
  for (int k = 0; k < 3; ++k) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    __m128i lo = _mm_and_si128(v, nibble);
    __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
    found = _mm_and_si128(
        found, _mm_and_si128(_mm_shuffle_epi8(t.low[k], lo), _mm_shuffle_epi8(t.high[k], hi)));
  }
  return ~static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(found, _mm_setzero_si128()))) &
         0xffffu;
}

}  // namespace

__attribute__((target("ssse3"))) bool CueGate::HoldsLiteralSsse3(const unsigned char* bytes,
                                                                 size_t n, uint64_t wanted) const {
  uint8_t buckets = 0;  // the wanted literals' buckets
  for (uint64_t m = wanted; m != 0; m &= m - 1)
    buckets |= static_cast<uint8_t>(1u << (std::countr_zero(m) % kBuckets));
  NibbleTables t;
  for (int k = 0; k < 3; ++k) {
    t.low[k] = _mm_load_si128(reinterpret_cast<const __m128i*>(low_nibbles_[k].data()));
    t.high[k] = _mm_load_si128(reinterpret_cast<const __m128i*>(high_nibbles_[k].data()));
  }
  t.want = _mm_set1_epi8(static_cast<char>(buckets));
  size_t i = 0;
  for (; i + 18 <= n; i += 16) {
    unsigned offsets = CandidatesSsse3(bytes + i, t);
    if (offsets != 0 && HoldsLiteralAtAny(bytes, n, i, offsets, wanted)) return true;
  }
  if (i == n) return false;
  const PaddedTail tail(bytes + i, n - i);
  for (size_t at = 0; i + at < n; at += 16) {
    unsigned offsets = CandidatesSsse3(tail.bytes + at, t) & OffsetsBefore(n - i - at);
    if (offsets != 0 && HoldsLiteralAtAny(bytes, n, i + at, offsets, wanted)) return true;
  }
  return false;
}
#endif

}  // namespace congvan::grammar_internal
