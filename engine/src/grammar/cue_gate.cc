// Reading a floating cue alternative's necessary condition (grammar/cue_gate.h).
//
// Approach: the alternative is read as a concatenation of atoms
// (grammar/cue_atoms.h), and refused whole when one is not read for certain,
// so a condition is only ever read from text whose meaning is plain. A
// literal run is a sequence of character atoms each required at least once,
// with nothing between them; the tail is what stands before a final "$", atom
// by atom backwards, while each atom is one ASCII byte wide. A group is
// looked into only for the choices: a group that stands once, whose
// alternatives are plain characters ("(anh|video|clip)"), right after a run
// gives that run followed by each alternative. The gate then asks a line the
// literals in one scan (below) and the tails from its last bytes.
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

#include "grammar/cue_atoms.h"
#include "grammar/lazy_regex.h"
#include "text/cpu_features.h"

namespace congvan::grammar_internal {

namespace {

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
