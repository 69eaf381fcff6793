// Language detection's score (Grammar::DetectionScore, DetectionScores): the
// share of a text's letters that are a grammar's own letters (<detect>
// <letters>), plus the share of its words that are the grammar's frequent
// words (<detect><words>, compared in lower case), over the first 64 KB.
//
// Approach: every document is detected, and a folder of short documents is
// read whole, so this is a per-byte pass. One pass serves every grammar: the
// decoding, the letter test (ICU's u_isalpha, the same for every grammar) and
// the lower-cased word are the text's, and only each grammar's own-letter bit
// and word lookup are asked per grammar. Characters come from a decoder that
// reads ASCII and the common two- and three-byte shapes inline (ICU's U8_NEXT
// for the rest, which decides as it always did). A character of U+0080–U+07FF
// or U+1E00–U+1EFF is looked up once in a table made for the grammars asked
// (DetectTables: its flags from each grammar's table of ICU's answers,
// Impl::detect_table, and its lower case — u_tolower — as UTF-8 bytes, stored
// into the word as one four-byte word), built once per thread while the same
// grammars are asked; other characters ask each grammar's table and
// u_tolower's as before. A word is lowered into a
// fixed buffer, not a std::string per word, and looked up only when its
// length and first byte are those of some frequent word (MayBeDetectWord) —
// a word longer than every frequent word is counted, never looked up.
#include "grammar/language_detection.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/grammar.h"
#include "grammar/grammar_impl.h"

namespace congvan {
namespace {

constexpr size_t kSample = 1 << 16;  // the first 64 KB say enough

// u_tolower(c) for U+0080–U+07FF and U+1E00–U+1EFF (Latin-1, Latin
// Extended-A/B and Additional: nearly every non-ASCII letter of a
// Vietnamese or English text); u_tolower is locale-free.
class LowerCase {
 public:
  LowerCase() {
    for (UChar32 c = 0; c < kLowEnd; ++c) low_[static_cast<size_t>(c)] = u_tolower(c);
    for (UChar32 c = 0; c < 0x100; ++c) {
      extended_[static_cast<size_t>(c)] = u_tolower(kExtendedFirst + c);
    }
  }
  UChar32 Of(UChar32 c) const {
    if (c < kLowEnd) return low_[static_cast<size_t>(c)];
    if (static_cast<uint32_t>(c - kExtendedFirst) < 0x100) {
      return extended_[static_cast<size_t>(c - kExtendedFirst)];
    }
    return u_tolower(c);
  }

 private:
  static constexpr UChar32 kLowEnd = 0x800, kExtendedFirst = 0x1E00;
  std::array<UChar32, kLowEnd> low_{};
  std::array<UChar32, 0x100> extended_{};
};

const LowerCase& Lower() {
  static const LowerCase table;
  return table;
}

// The character at p[*i] (before n), *i moved past it; negative for an
// ill-formed sequence, as U8_NEXT gives. The shapes decoded inline are those
// U8_NEXT accepts with no more test than their continuation bytes: two bytes
// from C2–DF, three from E1–EC and EE–EF (Vietnamese letters lead with C3–C6
// and E1).
[[gnu::always_inline]] inline UChar32 NextCharacter(const uint8_t* p, int32_t* i, int32_t n) {
  const int32_t at = *i;
  const uint8_t lead = p[at];
  if (lead < 0x80) {
    *i = at + 1;
    return lead;
  }
  auto continuation = [&](int32_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  if (lead >= 0xC2 && lead <= 0xDF && continuation(at + 1)) {
    *i = at + 2;
    return ((lead & 0x1F) << 6) | (p[at + 1] & 0x3F);
  }
  if (((lead >= 0xE1 && lead <= 0xEC) || lead >= 0xEE) && lead <= 0xEF && continuation(at + 1) &&
      continuation(at + 2)) {
    *i = at + 3;
    return ((lead & 0x0F) << 12) | ((p[at + 1] & 0x3F) << 6) | (p[at + 2] & 0x3F);
  }
  UChar32 c;
  int32_t k = at;
  U8_NEXT(p, k, n, c);
  *i = k;
  return c;
}

// The flags (Impl::kDetectLetter, kDetectOwn) of character c for grammar g.
[[gnu::always_inline]] inline uint8_t DetectFlagsOf(const Grammar::Impl& g, UChar32 c) {
  if (c < 0) return 0;
  const uint8_t* tabled = g.detect_table != nullptr ? g.detect_table->Find(c) : nullptr;
  return tabled != nullptr ? *tabled : g.DetectFlags(c);
}

// What the scores are made of: the text's letters and words, and for each
// grammar asked its own letters and frequent words among them.
struct DetectionCounts {
  long letters = 0, words = 0;
  std::array<long, 32> own_letters{}, own_words{};
};

// Counts the lower-case word `word` (`key`: its first sixteen bytes, zero
// past its end) for each of the `asked` grammars whose frequent words hold it.
[[gnu::always_inline]] inline void CountDetectWord(const std::vector<const Grammar::Impl*>& asked,
                                                   std::string_view word,
                                                   const std::array<uint64_t, 2>& key,
                                                   DetectionCounts* counts) {
  const size_t length = word.size();
  for (size_t k = 0; k < asked.size(); ++k) {
    const Grammar::Impl& g = *asked[k];
    if (length > g.detect_longest_word || !g.MayBeDetectWord(word)) continue;
    bool known = false;
    if (length >= Grammar::Impl::kDetectShapeLengths) {
      known = g.detect_words.count(std::string(word)) > 0;
    } else {
      // Two machine-word compares each (std::array's == is a memcmp call:
      // 9.4 M instructions on the 65-document folder).
      for (const std::array<uint64_t, 2>& candidate : g.detect_word_keys[length]) {
        known = known || ((candidate[0] == key[0]) & (candidate[1] == key[1]));
      }
    }
    counts->own_words[k] += known ? 1 : 0;
  }
}

// A character's answers for the grammars asked (bit 0 a letter, bit k + 1
// one of grammar k's own letters) and, for a letter, its lower case as UTF-8:
// up to three bytes, little-endian in `lower`, their count in its top byte.
struct DetectEntry {
  uint32_t bits = 0;
  uint32_t lower = 0;
};

// The answers of every character of U+0080–U+07FF and U+1E00–U+1EFF (nearly
// every non-ASCII character of a Vietnamese or English text) for one list of
// grammars, so that such a character costs a decode and one load, not a table
// lookup per grammar, a lower-case lookup and a UTF-8 encoding.
class DetectTables {
 public:
  template <class Answers>
  DetectTables(const Answers& answers, const LowerCase& lower) {
    for (UChar32 c = 0; c < 0x800; ++c) low_[static_cast<size_t>(c)] = Entry(c, answers, lower);
    for (UChar32 k = 0; k < 0x100; ++k) {
      extended_[static_cast<size_t>(k)] = Entry(0x1E00 + k, answers, lower);
    }
  }
  const DetectEntry& Low(uint32_t c) const { return low_[c]; }            // c < 0x800
  const DetectEntry& Extended(uint32_t k) const { return extended_[k]; }  // U+1E00 + k

 private:
  template <class Answers>
  static DetectEntry Entry(UChar32 c, const Answers& answers, const LowerCase& lower) {
    DetectEntry e;
    e.bits = answers(c);
    if ((e.bits & 1) == 0) return e;
    uint8_t buffer[4];
    int32_t size = 0;
    UBool error = false;
    U8_APPEND(buffer, size, 4, lower.Of(c), error);
    // (A lower case of these blocks is never over three bytes: all are in the BMP.)
    if (error || size > 3) size = 0;  // appends nothing, as the general path
    for (int32_t b = 0; b < size; ++b) e.lower |= uint32_t{buffer[b]} << (8 * b);
    e.lower |= static_cast<uint32_t>(size) << 24;
    return e;
  }
  std::array<DetectEntry, 0x800> low_{};
  std::array<DetectEntry, 0x100> extended_{};
};

// The counts over the first kSample bytes of `text`, for at most 31 grammars.
// The loop keeps its counts and the word's length in locals (a char store may
// alias any memory, so members or captured counts would be reloaded after each
// byte written) and leaves a word's lookups to CountDetectWord.
DetectionCounts CountDetection(std::string_view text,
                               const std::vector<const Grammar::Impl*>& asked) {
  using Impl = Grammar::Impl;
  const size_t count = asked.size();
  size_t longest_word = 0;
  for (const Impl* g : asked) longest_word = std::max(longest_word, g->detect_longest_word);
  // A character's answers as one word: bit 0 a letter (u_isalpha, the same in
  // every grammar's table), bit k + 1 one of grammar k's own letters.
  auto answers = [&asked, count](UChar32 c) {
    const uint8_t first = DetectFlagsOf(*asked[0], c);
    if ((first & Impl::kDetectLetter) == 0) return uint32_t{0};
    uint32_t bits = 1 | ((first & Impl::kDetectOwn) ? 2u : 0u);
    for (size_t k = 1; k < count; ++k) {
      if (DetectFlagsOf(*asked[k], c) & Impl::kDetectOwn) bits |= 2u << k;
    }
    return bits;
  };
  std::array<uint32_t, 128> ascii{};  // ASCII's answers, asked once per call
  for (UChar32 c = 0; c < 128; ++c) ascii[static_cast<size_t>(c)] = answers(c);
  const LowerCase& lower = Lower();
  // The tables for these grammars, built once per thread while the same
  // grammars are asked (a corpus run asks the same two for every document);
  // a grammar is known by its address and its load's generation number.
  thread_local std::vector<std::pair<const Impl*, uint64_t>> tables_for;
  thread_local std::unique_ptr<DetectTables> tables;
  std::vector<std::pair<const Impl*, uint64_t>> these;
  for (const Impl* g : asked) these.emplace_back(g, g->generation);
  if (tables == nullptr || these != tables_for) {
    tables = std::make_unique<DetectTables>(answers, lower);
    tables_for = these;
  }
  const DetectTables& table = *tables;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(std::min(text.size(), kSample));
  DetectionCounts counts;
  // The word being read, lower case: its bytes while they fit (zero past its
  // end, so its first sixteen are a detect_word_keys key as they stand; a
  // word longer than every frequent word is only counted) and its length.
  // Four bytes of slack: a tabled character's lower case is stored as one
  // four-byte word (its zero padding keeps the bytes past the word zero).
  std::string word(std::max<size_t>(longest_word, 16) + 8, '\0');
  char* const bytes = word.data();
  const size_t room = word.size() - 4;
  size_t length = 0;
  long letters = 0, words = 0;
  for (int32_t i = 0; i < n;) {
    const uint32_t lead = p[i];
    uint32_t bits, lower_bytes = 0;
    bool tabled = true;
    if (lead < 0x80) {
      ++i;
      bits = ascii[lead];
      lower_bytes =
          (lead - 'A' < 26 ? lead + 32 : lead) | (1u << 24);  // ASCII lowers alike everywhere
    } else if (lead - 0xC2 < 0x1E && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      const DetectEntry& e = table.Low(((lead & 0x1F) << 6) | (p[i + 1] & 0x3F));
      i += 2;
      bits = e.bits;
      lower_bytes = e.lower;
    } else if (lead == 0xE1 && i + 2 < n && p[i + 1] - 0xB8u < 4 && (p[i + 2] & 0xC0) == 0x80) {
      const DetectEntry& e = table.Extended(((p[i + 1] - 0xB8u) << 6) | (p[i + 2] & 0x3F));
      i += 3;
      bits = e.bits;
      lower_bytes = e.lower;
    } else {
      const UChar32 c = NextCharacter(p, &i, n);
      bits = c < 0 ? 0 : answers(c);
      tabled = false;
      if (bits & 1) {
        uint8_t buffer[4];
        int32_t size = 0;
        UBool error = false;
        U8_APPEND(buffer, size, 4, lower.Of(c), error);
        if (!error) {
          for (int32_t b = 0; b < size; ++b, ++length) {
            if (length < room) bytes[length] = static_cast<char>(buffer[b]);
          }
        }
      }
    }
    if ((bits & 1) == 0) {  // the word, if any, ends
      if (length == 0) continue;
      ++words;
      if (length <= longest_word) {
        std::array<uint64_t, 2> key;
        std::memcpy(key.data(), bytes, 16);
        CountDetectWord(asked, std::string_view(bytes, length), key, &counts);
      }
      if (length <= 16) {  // most words: two stores, not a memset call
        std::memset(bytes, 0, 16);
      } else {
        std::memset(bytes, 0, std::min(length, room));
      }
      length = 0;
      continue;
    }
    ++letters;
    if (bits > 1) {
      for (size_t k = 0; k < count; ++k) counts.own_letters[k] += (bits >> (k + 1)) & 1;
    }
    if (!tabled) continue;  // appended above
    const size_t size = lower_bytes >> 24;
    if (length < room) {  // room + 4 bytes are there: one store
      const uint32_t packed = lower_bytes & 0xFFFFFF;
      std::memcpy(bytes + length, &packed, 4);
    }
    length += size;
  }
  if (length > 0) {
    ++words;
    if (length <= longest_word) {
      std::array<uint64_t, 2> key;
      std::memcpy(key.data(), bytes, 16);
      CountDetectWord(asked, std::string_view(bytes, length), key, &counts);
    }
  }
  counts.letters = letters;
  counts.words = words;
  return counts;
}

}  // namespace

std::string_view grammar_internal::DetectionOpening(std::string_view text) {
  constexpr size_t kOpening = 4096;  // a letterhead, a title and the first provisions
  if (text.size() <= kOpening) return text;
  const size_t line_end = text.rfind('\n', kOpening);
  return text.substr(0, line_end == std::string_view::npos ? kOpening : line_end);
}

double Grammar::DetectionScore(std::string_view text) const {
  return grammar_internal::DetectionScores(text, {this}).front();
}

std::vector<double> grammar_internal::DetectionScores(std::string_view text,
                                                      const std::vector<const Grammar*>& grammars) {
  using Impl = Grammar::Impl;
  std::vector<double> scores(grammars.size(), 0.0);
  // Each character's own-letter answers are bits of one word, a bit per
  // grammar: more grammars than that are scored in turns (each grammar's
  // score depends on the text and that grammar alone).
  constexpr size_t kMaxAsked = 31;
  // Grammars without <detect> score 0 and are not asked.
  std::vector<const Impl*> asked;
  std::vector<size_t> asked_index;
  for (size_t k = 0; k < grammars.size(); ++k) {
    const Impl& g = Impl::Of(*grammars[k]);
    if (g.detect_code_points.empty() && g.detect_words.empty()) continue;
    asked.push_back(&g);
    asked_index.push_back(k);
  }
  if (asked.size() > kMaxAsked) {
    for (size_t from = 0; from < asked_index.size(); from += kMaxAsked) {
      std::vector<const Grammar*> part;
      for (size_t k = from; k < asked_index.size() && k < from + kMaxAsked; ++k) {
        part.push_back(grammars[asked_index[k]]);
      }
      const std::vector<double> part_scores = DetectionScores(text, part);
      for (size_t k = 0; k < part.size(); ++k) scores[asked_index[from + k]] = part_scores[k];
    }
    return scores;
  }
  if (asked.empty()) return scores;
  const size_t count = asked.size();
  const DetectionCounts counts = CountDetection(text, asked);
  for (size_t k = 0; k < count; ++k) {
    double score = 0;
    if (counts.letters > 0) {
      score +=
          100.0 * static_cast<double>(counts.own_letters[k]) / static_cast<double>(counts.letters);
    }
    if (counts.words > 0) {
      score += 100.0 * static_cast<double>(counts.own_words[k]) / static_cast<double>(counts.words);
    }
    scores[asked_index[k]] = score;
  }
  return scores;
}

}  // namespace congvan
