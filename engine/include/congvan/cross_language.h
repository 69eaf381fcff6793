// Aligning a Vietnamese version of a dispatch with an English one (or the
// other way round): the same aligner as for same-language pairs (align.h),
// fed through its hooks with evidence that survives translation.
//
// Approach (engine/src/align/cross_language.cc): word features never match
// across languages, so a FeatureExtractor adds, for every task, the bilingual
// concepts the lexicon finds in it ("c:<concept id>", weighted by rarity: the
// aligner's IDF, times a lower weight for generic verbs and qualities) and
// language-neutral anchors (periods "2021–2030" whatever the dash, years,
// percentages, cited document numbers such as 10/2019/TT-BKHDT, dates, and a
// bare number only in a typed context: `Điều 3` = `Article 3`), all scaled so
// that they dominate the norm of the task vector. A ScoreFunction suited to
// such pairs leans more on structure (same ordinal at the same depth, parents
// aligned, position) because the text evidence is sparser. Redlines are off
// for cross-language pairs; a concept delta (ConceptDeltas) tells instead
// which concepts a matched task gained or lost.
#ifndef CONGVAN_CROSS_LANGUAGE_H_
#define CONGVAN_CROSS_LANGUAGE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/align.h"
#include "congvan/document.h"
#include "congvan/lexicon.h"
#include "congvan/status.h"

namespace congvan {

// Weights of the cross-language feature families, multiplied into TF-IDF.
// The aligner's own word features keep weight ~1; these make concepts and
// anchors carry the evidence of a cross-language pair.
inline constexpr double kConceptWeight = 8.0;         // "c:" content concepts
inline constexpr double kGenericConceptWeight = 4.0;  // domains verb, quality, time, general
inline constexpr double kCrossAnchorWeight = 8.0;     // "a:" anchors (periods, numbers, dates)
inline constexpr double kCrossYearWeight = 2.0;       // "a:y" a bare year

// Thresholds of the cross-language options (CrossLanguageAlignOptions).
inline constexpr double kCrossMatchMin = 0.30;
inline constexpr double kCrossRewordedMin = 0.18;
inline constexpr double kCrossPieceSimilarityMin = 0.22;
inline constexpr double kCrossClauseMatchMin = 0.35;
// Share of a split/merge piece's weight found in the whole: lower than the
// same-language default, as the words of a task (a part of its weight) can
// never be found on the other side.
inline constexpr double kCrossPieceContainedMin = 0.40;

// Emits "c:<concept id>" for every concept of a task's text and the
// language-neutral anchors ("a:..."). Borrows nothing: holds the lexicon.
// Thread-compatible (Lexicon::Match is const).
class ConceptFeatureExtractor : public FeatureExtractor {
 public:
  // REQUIRES: lexicon != nullptr. The typed numbers and dates are read with
  // the grammars of `grammar_dir` (empty: the default grammars).
  explicit ConceptFeatureExtractor(std::shared_ptr<const Lexicon> lexicon,
                                   std::string grammar_dir = "");
  void Extract(std::string_view text, Language language,
               std::vector<WeightedFeature>* out) const override;

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  std::string grammar_dir_;
};

// Anchors of a text that read the same in both languages, as feature keys:
// "a:p2021-2030" (periods, any dash, "from 2021 to 2030", "giai đoạn 2021 -
// 2030"), "a:y2021", "a:%30", "a:r<folded doc number>", "a:d2019-07-30"
// (dates: "ngày 30/7/2019", "30 tháng 7 năm 2019", "July 30, 2019",
// "30 July 2019"), and typed numbers "a:t<type>:<n>" (Điều/Article,
// Khoản/Clause, Điểm/Point, Chương/Chapter, Mục/Section, Phần/Part,
// Phụ lục/Appendix/Annex). A bare number gives nothing. Keys may repeat.
// Typed numbers and dates are read with every grammar of `grammar_dir`
// (empty: the default grammars; none when they do not load).
std::vector<std::string> LanguageNeutralAnchors(std::string_view text,
                                                const std::string& grammar_dir = "");

// The ScoreFunction for cross-language pairs: text_similarity (concepts and
// anchors, as the word features cannot meet) + parent_bonus + ordinal bonus
// (twice AlignOptions::ordinal_bonus: "Thứ sáu" and "(6)" are the sixth task
// of the same guidance) + position_bonus·(1 − position_delta)
// − parent_conflict_penalty. For same-language evidence it is DefaultScore.
double CrossLanguageScore(const PairEvidence& e, const AlignOptions& options);

// `base` with the concept extractor added to extra_features, the
// cross-language score, compute_redlines off, and the cross-language
// thresholds (kCross*) for every threshold `base` left at its AlignOptions
// default (a threshold the caller changed is kept as given).
// REQUIRES: lexicon != nullptr.
AlignOptions CrossLanguageAlignOptions(std::shared_ptr<const Lexicon> lexicon,
                                       AlignOptions base = {});

// Loads DefaultLexiconPath() once per process (thread-safe) and returns it,
// or the Status naming the file (and line) when missing or malformed. A
// failure is not cached: a later call tries again.
Result<std::shared_ptr<const Lexicon>> DefaultLexicon();

// Aligns two documents, choosing the options by their languages: Align(old,
// new, base) when they are the same language (no change has a
// concept_delta); otherwise Align(old, new, CrossLanguageAlignOptions(lexicon,
// base)), loading DefaultLexicon() when `lexicon` is null, and every change
// with tasks on both sides gets its Change::concept_delta (ConceptDeltas). Fails with the lexicon's
// Status when it cannot be loaded ("…/vi-en.tsv:12: expected 4 tab-separated fields …"), or with
// Align()'s. Never throws.
Result<Alignment> AlignAuto(const Document& old_doc, const Document& new_doc,
                            AlignOptions base = {},
                            std::shared_ptr<const Lexicon> lexicon = nullptr);

// ConceptMention and ConceptDelta are declared in align.h (Change carries
// one as Change::concept_delta).

// The concept delta of every change that has tasks on both sides (reworded,
// moved, split, merged, unchanged), in change order; added/dropped changes
// get none. Works for any pair of languages (same-language too). Borrows its
// arguments for the duration of the call.
std::vector<ConceptDelta> ConceptDeltas(const Alignment& alignment, Language old_language,
                                        Language new_language, const Lexicon& lexicon);

// The concept delta of one pair of texts (change_index stays -1).
ConceptDelta ConceptDeltaOf(std::string_view old_text, Language old_language,
                            std::string_view new_text, Language new_language,
                            const Lexicon& lexicon);

// --- Candidate term pairs for the lexicon's curator ------------------------

// A Vietnamese and an English word that keep turning up together, uncovered
// by the lexicon, in tasks a cross-language alignment found to correspond.
struct TermCandidate {
  std::string vi;       // case-folded uncovered Vietnamese word (a syllable)
  std::string en;       // case-folded uncovered English word
  int pairs = 0;        // confident aligned pairs holding both
  int vi_pairs = 0;     // confident aligned pairs holding the Vietnamese word
  int en_pairs = 0;     // ... the English word
  double dice = 0;      // 2·pairs / (vi_pairs + en_pairs)
  std::string example;  // "<old path> ↔ <new path>" of the first such pair
};

struct TermLearnOptions {
  // Only 1-1 changes (reworded, moved) at least this similar are confident.
  double min_similarity = 0.40;
  double min_dice = 0.5;
  int min_pairs = 1;
  int max_candidates = 500;  // hard limit on the list
};

// One pairwise alignment and the languages of its two documents.
struct AlignedPair {
  const Alignment* alignment = nullptr;  // borrowed
  Language old_language = Language::kVietnamese;
  Language new_language = Language::kEnglish;
};

// Co-occurring uncovered words (Lexicon::UncoveredWords) of confidently
// aligned cross-language tasks, best first (pairs, then dice, then words).
// Same-language pairs are skipped. Never writes anything: the caller decides
// where the review file goes (never into the lexicon).
std::vector<TermCandidate> LearnTermCandidates(const std::vector<AlignedPair>& pairs,
                                               const Lexicon& lexicon,
                                               const TermLearnOptions& options = {});

// A review TSV: a comment header, then `vi<TAB>en<TAB>pairs<TAB>vi_pairs<TAB>
// en_pairs<TAB>dice<TAB>example` per candidate.
std::string WriteTermCandidatesTsv(const std::vector<TermCandidate>& candidates);

}  // namespace congvan

#endif  // CONGVAN_CROSS_LANGUAGE_H_
