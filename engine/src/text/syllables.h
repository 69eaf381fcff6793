// Vietnamese syllables: which letter strings are one, and joining syllables
// that PDF extraction broke apart with spaces ("ĐIỀ U" → "ĐIỀU", "T hủ tướ ng"
// → "Thủ tướng").
//
// A syllable is an onset (possibly empty) and a rhyme, both from the lists in
// the grammar file (<syllables onsets="…" rhymes="…">), compared without
// tone marks and case. Vowel marks stay (â ă ê ô ơ ư are their own letters),
// so "điề" (rhyme "iê" without a final) is not a syllable and "điều" is.
// A rhyme closed by a stop (c, ch, p, t) takes only the tones the grammar
// lists for it (in Vietnamese the acute and the dot below: "tác", "tạc", never
// "tàc" or "tac"), so "và t" is not joined into "vàt".
#ifndef CONGVAN_TEXT_SYLLABLES_H_
#define CONGVAN_TEXT_SYLLABLES_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace congvan::text {

struct SyllableRepairs;

// How the repair finds the word pairs it asks about: ruled out by their
// shape first (text/syllable_gate.h), where the lists allow it and the
// processor has AVX2, or every word asked of the memo (the walk; tests).
enum class SyllableScan { kShapeGate, kEveryWord };

class SyllableSet {
 public:
  // `stop_finals`: rhyme endings that close a syllable with a stop;
  // `stop_tone_examples`: letters carrying the tones such a rhyme may take
  // ("á ạ"). Either empty: no tone rule.
  SyllableSet(const std::vector<std::string>& onsets, const std::vector<std::string>& rhymes,
              const std::vector<std::string>& stop_finals = {},
              const std::vector<std::string>& stop_tone_examples = {});

  // True when `token` (letters only, any case, NFC, with or without tone
  // marks) is one syllable: at most one tone mark, a known onset and rhyme.
  bool Valid(std::string_view token) const;
  // Valid(word) for a word inside a text that ends at `text_end`: the same
  // answer, its memo key read from the text sixteen bytes at a time where the
  // text has them (RepairBrokenSyllables asks about every word this way).
  // REQUIRES: `word` lies within [some start, text_end).
  bool ValidInText(std::string_view word, const char* text_end) const;
  // Valid(token) computed afresh, without the memo (what the memo keeps; tests).
  bool ValidUncached(std::string_view token) const;

 private:
  // The repair finds its thread's memo of this set's answers once per text.
  friend std::optional<std::string> RepairBrokenSyllables(std::string_view text,
                                                          const SyllableSet& set,
                                                          SyllableRepairs* report,
                                                          SyllableScan scan);
  bool ToneFitsFinal(std::string_view key, UChar32 tone) const;

  // Looked up by std::string_view without building a string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using KeySet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  KeySet onsets_;
  std::vector<std::string> stop_finals_;
  std::vector<UChar32> stop_tones_;
  KeySet rhymes_;
  size_t longest_onset_ = 0;
  size_t longest_rhyme_ = 0;
  uint64_t number_;  // unique per set: keys the per-thread memo of Valid()'s answers
  // No syllable of the lists holds a vowel, a consonant, a vowel: the repair
  // may rule pairs out by their shape (text/syllable_gate.h).
  bool vowels_together_ = false;
};

struct SyllableRepairs {
  int count = 0;
  int first_line = 0;        // 1-based line of the first repair
  std::string first_before;  // "ĐIỀ U"
  std::string first_after;   // "ĐIỀU"
};

// Joins two (or three) neighbouring words when none of the pieces but their
// join is a syllable, keeping the pieces' case consistent. Returns the
// repaired text, or nullopt when nothing was repaired; line breaks are kept.
std::optional<std::string> RepairBrokenSyllables(std::string_view text, const SyllableSet& set,
                                                 SyllableRepairs* report,
                                                 SyllableScan scan = SyllableScan::kShapeGate);

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_SYLLABLES_H_
