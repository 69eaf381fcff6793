// A metadata field whose patterns each begin a word the same way, compiled
// as one program.
//
// Approach: the grammar's typed numbers ("điều 5", "khoản 2", "điểm a" …) are
// seven patterns per language of the shape `(?i)(?:^|[^\p{L}])WORD …`. Each
// compiles its own copy of the "not a letter" class (and some a second one
// after the number): ≈ 5–14 M instructions a pattern, 65 M for the seven vi
// ones, paid by every process that asks one question of the field (the
// paragraph joiner does, on a line that opens with a typed number). Joined,
// `(?i)(?:^|[^\p{L}])(?:(?P<w0>WORD0 …)|(?P<w1>WORD1 …)|…)` builds the class
// once, and bodies ending in the same group (`(?:[^\p{L}\d]|$)`) share it:
// 15 M for the seven.
//
// The answers stay those of the patterns run one by one (Grammar::FindMetaIn
// runs each from the end of its previous match): the bodies' leading
// literals (grammar/required_literals.h) begin with a letter and differ
// from each other's at some character — case-insensitively by the loose
// fold under (?i), which maps every character of an RE2 case orbit to the
// same key (tests/grammar/word_start_field_test.cc checks that against
// ICU's case closure) — so at any place at most one pattern can match, and
// there the joined program's match is that pattern's. FindAll keeps each
// pattern's next search position and asks the program from the smallest; a
// match of a pattern that its own previous match overlaps is passed over, as
// the pattern alone would. Patterns not of this shape are not joined.
#ifndef CONGVAN_GRAMMAR_WORD_START_FIELD_H_
#define CONGVAN_GRAMMAR_WORD_START_FIELD_H_

#include <re2/re2.h>

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

class WordStartProgram {
 public:
  // One match of one of the joined patterns: its position among them, its
  // span in the subject and its named groups (name as the pattern writes it,
  // in name order, unset ones absent).
  struct Match {
    size_t pattern = 0;
    size_t begin = 0, end = 0;
    std::vector<std::pair<const std::string*, re2::StringPiece>> groups;
  };

  // The program joining `patterns` (each checked: PatternError is empty), or
  // nullptr when they are not all `FLAGS(?:^|[^\p{L}])BODY` with one FLAGS
  // ("" or "(?i)") and bodies proven apart as above, or are fewer than two.
  static std::unique_ptr<WordStartProgram> Join(const std::vector<std::string>& patterns,
                                                const RE2::Options& options);

  // The joined pattern (for tests and the curious).
  const std::string& pattern() const { return re_->pattern(); }

  // Whether the loose fold of `subject` holds the fold of one of the bodies'
  // leading literals: false only when no pattern can match (every match
  // begins its body with one, and under (?i) the characters RE2 matches for
  // a literal's fold alike). Asked before the program is compiled, so that
  // a process whose texts hold none of the words never compiles it.
  bool MayMatch(std::string_view subject) const;
  bool compiled() const { return re_->compiled(); }

  // Every match of every pattern in `subject`, as each pattern run alone from
  // the end of its previous match finds them (RE2 leftmost-first, UNANCHORED
  // from that position, `subject` the context), in order of begin.
  // `find_span` finds the leftmost match of the joined program beginning at
  // or after a position (Grammar's probing search).
  using SpanFinder = bool (*)(const RE2& re, std::atomic<uint32_t>& probes,
                              std::string_view subject, size_t pos, size_t* begin, size_t* end);
  void FindAll(std::string_view subject, SpanFinder find_span, std::vector<Match>* out) const;

 private:
  WordStartProgram() = default;

  std::unique_ptr<LazyRegex> re_;
  std::vector<std::string> folded_leads_;  // the fold of every body's leading literals
  size_t patterns_ = 0;
  // Per pattern: the group wrapping its body, and its named groups (name as
  // written → group index in the joined program), by name.
  std::vector<int> body_group_;
  std::vector<std::vector<std::pair<std::string, int>>> names_;
  int groups_ = 0;  // capturing groups of the joined program
  mutable std::atomic<uint32_t> probes_{0};
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_WORD_START_FIELD_H_
