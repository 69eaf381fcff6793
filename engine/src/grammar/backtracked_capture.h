// A marker style's anchored match and ordinal read by a small backtracker
// compiled from the style's pattern, instead of by RE2.
//
// Approach: a marker line pays RE2 twice or thrice, and each call mostly
// for RE2's fixed cost, not for the bytes (DESIGN, "parse-markers7"): the
// style's capture alone is ≈ 520 instructions for "1." and "a)", 3,800 for
// an article line (RE2's bit-state engine), where the match is a handful of
// bytes. Marker patterns are short sequences of literals, classes and
// counted repeats ("(\d{1,4})\.\s*", "([a-zđ])\)\s*", the article's list of
// spellings), so this reader parses the pattern's text into the same
// program RE2's backtracker would run (classes, splits in priority order,
// saves) and runs it with an explicit stack: the first path that reaches
// the end is the leftmost-first match RE2 reports (Perl's order), with the
// same groups. It reads only what it follows exactly — literals and UTF-8
// code points, classes of ASCII ranges and code points (no negation), \d
// \s \w, escaped punctuation, groups, alternation, greedy ? * + {m,n} over a
// part that cannot match empty, ^ $ \b \B as RE2 reads them without flags
// (text's start and end, ASCII word boundary) — and refuses any other
// pattern (\p{…}, ".", flags, lazy repeats), which RE2 then answers.
// A match that takes more steps than a fixed budget, or a deeper stack,
// answers "unknown" and RE2 answers too. Nothing is a guess: tests/grammar/
// backtracked_capture_test.cc compares it with RE2 on every corpus and
// unseen line, both grammars, every style.
#ifndef CONGVAN_GRAMMAR_BACKTRACKED_CAPTURE_H_
#define CONGVAN_GRAMMAR_BACKTRACKED_CAPTURE_H_

#include <re2/stringpiece.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

class LazyRegex;

class BacktrackedCapture {
 public:
  enum class Answer { kMatch, kNoMatch, kUnknown };

  // The program of `pattern` (RE2 syntax, UTF-8, RE2's default options),
  // or nothing when the pattern uses anything this reader does not follow
  // exactly. REQUIRES: RE2 accepts the pattern.
  static std::optional<BacktrackedCapture> Read(std::string_view pattern);

  // As RE2::Match(text, 0, text.size(), RE2::ANCHOR_START, groups, ngroups)
  // of the pattern (kMatch / kNoMatch, groups written as RE2 writes them on
  // a match), or kUnknown past the step budget: then nothing is said.
  // REQUIRES: 1 <= ngroups <= 2.
  Answer Match(std::string_view text, re2::StringPiece (&groups)[2], int ngroups) const;

  // As RE2::NumberOfCapturingGroups.
  int capturing_groups() const { return groups_; }

  // Whether a match may begin with byte `b` (false: no text beginning with
  // it matches), whether its second byte may be `b` (false: no text whose
  // second byte it is matches), and whether the empty text may match.
  bool MayBeginWith(unsigned char b) const { return (first_bytes_[b >> 6] >> (b & 63)) & 1; }
  bool MayGoOnWith(unsigned char b) const { return (second_bytes_[b >> 6] >> (b & 63)) & 1; }
  bool MayMatchEmpty() const { return may_match_empty_; }

  // A class: ASCII members as bits, wider code points as their UTF-8 bytes.
  struct Class {
    std::array<uint64_t, 2> ascii{};
    std::vector<std::string> wide;
    // Bytes of the member at text[pos], 0 when none is.
    size_t At(std::string_view text, size_t pos) const {
      if (pos >= text.size()) return 0;
      const auto b = static_cast<unsigned char>(text[pos]);
      if (b < 0x80) return (ascii[b >> 6] >> (b & 63)) & 1;
      return WideAt(text, pos);
    }
    size_t WideAt(std::string_view text, size_t pos) const;
  };
  // kRun: a class repeated x{min,max} taken greedily without giving back,
  // where giving back cannot help (what follows cannot begin with a byte
  // the class may begin with, or may follow nothing and holds no
  // assertion): x class, y min, z max (−1: unbounded), w where to go on.
  enum class Op : uint8_t { kClass, kSplit, kJump, kSave, kAssert, kRun, kMatch };
  // kAssert's x: what holds where it stands.
  enum Assertion : int { kTextBegin, kTextEnd, kWordBoundary, kNotWordBoundary };
  struct Inst {
    Op op;
    int x = 0;         // class index, split's first choice, jump target, save slot
    int y = 0;         // split's second choice
    int z = 0, w = 0;  // kRun only
  };

 private:
  BacktrackedCapture() = default;
  friend class CaptureCompiler;

  std::vector<Inst> program_;
  std::vector<Class> classes_;
  int groups_ = 0;
  std::array<uint64_t, 4> first_bytes_{}, second_bytes_{};
  bool may_match_empty_ = false;
};

// Per marker style, the readers of the two patterns its capture may run
// (Grammar::Impl::plain_style_res and style_res), read once, on first use.
class StyleCaptures {
 public:
  struct Pair {
    std::optional<BacktrackedCapture> plain, full;
  };
  // The readers for `plain` / `full` (each may be null), built on the first
  // call; thread-safe.
  const std::vector<Pair>& Get(const std::vector<std::unique_ptr<LazyRegex>>& plain,
                               const std::vector<std::unique_ptr<LazyRegex>>& full) const {
    if (ready_.load(std::memory_order_acquire)) return pairs_;
    std::call_once(once_, [&] { Build(plain, full); });
    return pairs_;
  }

 private:
  void Build(const std::vector<std::unique_ptr<LazyRegex>>& plain,
             const std::vector<std::unique_ptr<LazyRegex>>& full) const;

  mutable std::once_flag once_;
  mutable std::atomic<bool> ready_{false};
  mutable std::vector<Pair> pairs_;
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_BACKTRACKED_CAPTURE_H_
