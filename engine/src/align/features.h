// Feature extraction for the aligner (internal to engine/src/align).
#ifndef CONGVAN_SRC_ALIGN_FEATURES_H_
#define CONGVAN_SRC_ALIGN_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/align.h"
#include "congvan/document.h"

namespace congvan::align_internal {

// Relative weights of the feature families (multiplied into TF-IDF).
inline constexpr double kWordWeight = 1.0;            // "w:" case-folded word (tone-normalised)
inline constexpr double kFoldedWeight = 0.3;          // "d:" diacritic-folded word
inline constexpr double kBigramWeight = 0.7;          // "b:" adjacent syllable pair (Vietnamese)
inline constexpr double kEnglishBigramWeight = 0.25;  // "b:" adjacent stem pair (English)
inline constexpr double kAnchorWeight = 1.5;  // "a:" periods, years, percentages, doc numbers
inline constexpr double kStructuralAnchorWeight =
    8.0;  // "s:" place in legislation, across languages

// Receives features one by one; `key` is only valid during the call.
class FeatureSink {
 public:
  virtual ~FeatureSink() = default;
  virtual void Add(std::string_view key, double weight) = 0;
};

// The 64-bit hash a feature key is known by in the feature space.
std::uint64_t KeyHash(std::string_view key);

// The hashed keys of one word as written: "w:" + its tone key (English: its
// stem) and "d:" + its diacritic-folded key (0 when that would repeat "w:").
// Cached per thread: a language's vocabulary is small next to the words of a
// large document, and the ICU folds behind the keys are costly.
struct WordKeys {
  std::uint64_t word = 0;
  std::uint64_t folded = 0;
};
WordKeys KeysOfWord(std::string_view raw, Language language);

// Receives features as hashes of their keys: the aligner's fast path, where
// no string is built per feature (word keys are hashed once per distinct
// word, bigrams combine their words' hashes).
class HashedFeatureSink : public FeatureSink {
 public:
  virtual void AddHash(std::uint64_t key_hash, double weight) = 0;
  void Add(std::string_view key, double weight) override { AddHash(KeyHash(key), weight); }
  // The features of one word as written ("d:" at kFoldedWeight when there is
  // one, then "w:" at kWordWeight, as KeysOfWord gives them); returns the
  // "w:" hash, which bigrams are made of. A sink that caches per word
  // overrides it and must keep that order.
  virtual std::uint64_t AddWord(std::string_view raw, Language language);
};

// Sends the built-in features of `text` (NFC UTF-8) to `sink`:
//  - "w:<word>"  every word (word_scanner.h), case-folded with Vietnamese
//                tone placement normalised (FoldToneKey); English words stemmed
//  - "d:<key>"   the same word (stem) with every diacritic removed (FoldKey):
//                an extra feature for texts typed without marks, never the only one
//  - bigrams     adjacent words (Vietnamese syllable bigrams; stem bigrams in
//                English), hashed from their words' hashes
//  - "a:..."     anchors: periods "a:p2021-2030" (hyphen/en dash/"from … to …"
//                normalised), years "a:y2021", percentages, cited document numbers
// A publisher's bracketed note is left out first, by the note words of
// `language` in the grammars of `grammar_dir` (empty: the default).
void ExtractTextFeatures(std::string_view text, Language language, const std::string& grammar_dir,
                         HashedFeatureSink* sink);

// Anchors only (also used by tests).
void ExtractAnchors(std::string_view text, std::vector<WeightedFeature>* out);
void ExtractAnchors(std::string_view text, FeatureSink* sink);

// Whether two texts hold the same words in the same order, whitespace runs
// (and leading or trailing whitespace) not counted: such texts are
// "unchanged". Texts are NFC already, as every Document is; case counts.
// Compares in place, word by word, without building normalised copies.
bool SameTextUpToSpacing(std::string_view a, std::string_view b);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_FEATURES_H_
