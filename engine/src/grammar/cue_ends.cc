// A lazy cue's ends (see cue_ends.h): its opening read from "^" on, its
// ending from "$" back, over the alternative's atoms (cue_atoms.h).
#include "grammar/cue_ends.h"

#include <algorithm>
#include <utility>

#include "grammar/cue_atoms.h"

namespace congvan::grammar_internal {

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

namespace {

// The bytes a line that fits pieces[k…] from some offset may hold `offset`
// bytes further on; every byte past the last piece. A class piece is taken
// for each count it allows (a superset of the one Fits takes greedily).
std::bitset<256> BytesAt(const std::vector<CueEnds::Piece>& pieces, size_t k, size_t offset) {
  std::bitset<256> bytes;
  if (k == pieces.size()) return bytes.set();
  const CueEnds::Piece& piece = pieces[k];
  auto from = [&](std::string_view text) {
    if (text.size() > offset) {
      bytes.set(static_cast<unsigned char>(text[offset]));
    } else {
      bytes |= BytesAt(pieces, k + 1, offset - text.size());
    }
  };
  if (!piece.text.empty()) {
    from(piece.text);
  } else if (!piece.choices.empty()) {
    for (const std::string& c : piece.choices) from(c);
  } else {
    if (piece.max < 0 || static_cast<size_t>(piece.max) > offset) {
      for (size_t b = 0; b < 128; ++b) bytes[b] = bytes[b] || piece.bytes[b];
    }
    const size_t most = piece.max < 0 ? offset : std::min(offset, static_cast<size_t>(piece.max));
    for (size_t n = static_cast<size_t>(piece.min); n <= most; ++n)
      bytes |= BytesAt(pieces, k + 1, offset - n);
  }
  return bytes;
}

}  // namespace

std::bitset<256> CueEnds::OpeningBytesAt(size_t offset) const {
  return BytesAt(opening, 0, offset);
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

}  // namespace congvan::grammar_internal
