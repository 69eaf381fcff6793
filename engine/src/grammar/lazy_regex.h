// Regular expressions of a grammar, compiled the first time they are used.
//
// Approach: loading a grammar used to compile every pattern (≈ 400 of them,
// many with large Unicode classes) and spent nine tenths of its 75 ms (both
// languages) in RE2, though a document reaches only some of the patterns and
// language detection loads every grammar. Now the loader only checks each
// pattern's syntax, and compilation happens once, on first use, under
// std::call_once (a grammar is shared by the parallel workers of
// `parse --jsonl`).
//
// The check is RE2's own parser (RE2::Set::Add parses without compiling),
// run on a copy of the pattern whose Unicode category classes (\p{L},
// \p{Lu}, …) are replaced by \d: building those classes is most of what a
// parse costs, and one class escape stands where the other may, so the copy
// parses exactly when the pattern does. An error is then reported from the
// pattern itself, so its message quotes what the author wrote. What only the
// compiler can refuse (a pattern over RE2's memory budget) shows as a pattern
// that matches nothing — the grammars in grammars/ are far from that limit.
#ifndef CONGVAN_GRAMMAR_LAZY_REGEX_H_
#define CONGVAN_GRAMMAR_LAZY_REGEX_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

// The class names (\p{Name}) the syntax check reads as \d: general
// categories and a few scripts, every one a name RE2 knows.
const std::vector<std::string_view>& CheapClassNames();

// Checks the syntax of `pattern` without compiling it (and without building
// its Unicode category classes). Returns the empty string when it parses,
// else RE2's message ("missing ): (\d+").
std::string PatternError(std::string_view pattern, const RE2::Options& options);

// The number of capturing groups in `pattern` ("(…)", "(?P<name>…)",
// "(?<name>…)"), counted on the text as RE2 reads it: escapes, \Q…\E and
// character classes hold no groups. REQUIRES: PatternError(pattern) is empty.
int CountCapturingGroups(std::string_view pattern);

// The index just past the character class that opens at p[at] ("["), as RE2
// reads it ("[]a]", "[^]a]", "[[:alpha:]]", escapes); greater than p.size()
// when the class is not closed.
size_t ClassEnd(std::string_view p, size_t at);

// Bytes of the UTF-8 character whose lead byte is `lead` (1 for a stray
// byte): how far a pattern's literal character reaches.
inline size_t Utf8SequenceLength(char lead) {
  auto b = static_cast<unsigned char>(lead);
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

// The index just past the escape at p[at] ("\"), as RE2 reads it: "\pL",
// "\p{Latin}", "\x41", "\x{1EA0}", octal "\101", "\Q" alone (its quote is
// OpaqueUnitEnd's), an escaped character whole ("\.", "\ệ"). Greater than
// p.size() when the escape is cut off ("\" last, "\p{" not closed).
size_t EscapeEnd(std::string_view p, size_t at);

// The index just past the unit at p[at] inside which no "(", ")" or "|" is
// the pattern's own — a "\Q…\E" quote (p.size() when it is not closed), an
// escape, a character class — or `at` itself when p[at] opens none of them.
// The one step every reader of a pattern's text takes (groups, alternatives,
// anchors, the cue gate).
size_t OpaqueUnitEnd(std::string_view p, size_t at);

// Whether every top-level alternative of `pattern` begins with "^", so that
// it can match only where the text begins (no flag group may change "^").
// False when undecided: a caller may then treat the pattern as unanchored.
// REQUIRES: PatternError(pattern) is empty.
bool AnchoredAtStart(std::string_view pattern);

// The top-level alternatives of `pattern` ("a|(b|c)|^d" → "a", "(b|c)",
// "^d"), as views into it: the pattern matches a text exactly when one of
// them does. Empty (undecided) when a flag group ("(?i)", "(?m)") may reach
// across a "|", or an alternative is empty. REQUIRES: PatternError(pattern)
// is empty.
std::vector<std::string_view> TopLevelAlternatives(std::string_view pattern);

// The units of `alternative` (one top-level alternative, or any text without
// a top-level "|") in order: an escape, a class, a "\Q…\E" quote, a whole
// group, or one UTF-8 character; a repetition operator is a unit of its own
// ("\.\s+" → "\.", "\s", "+"). REQUIRES: PatternError(alternative) is empty.
std::vector<std::string_view> TopLevelUnits(std::string_view alternative);

// One pattern, compiled on the first get(). Patterns written alike share
// one compilation in the process (LazyRegex::Cell): a grammar repeats some
// (the same "next" test after five marker styles), and the grammars of a
// multi-language run share others; each compilation of a pattern with
// \p{Lu} costs ≈ 2 M instructions.
class LazyRegex {
 public:
  // REQUIRES: PatternError(pattern, options) is empty.
  LazyRegex(std::string pattern, const RE2::Options& options);
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  const std::string& pattern() const { return cell_->pattern; }
  const RE2::Options& options() const { return cell_->options; }
  // Whether get() has compiled the pattern (in this process, by any handle).
  bool compiled() const { return cell_->ready.load(std::memory_order_acquire) != nullptr; }
  // The compiled pattern; thread-safe. Once compiled, an acquire load
  // answers (std::call_once sets thread-locals and calls pthread_once on
  // every call: a marker line asks for several patterns).
  const RE2& get() const {
    Cell& cell = *cell_;
    if (const RE2* ready = cell.ready.load(std::memory_order_acquire)) return *ready;
    std::call_once(cell.once, [&cell] {
      cell.re = std::make_unique<RE2>(cell.pattern, cell.options);
      cell.ready.store(cell.re.get(), std::memory_order_release);
    });
    return *cell.re;
  }

  // The pattern and its compilation, shared by every LazyRegex of the same
  // pattern and options alive in the process.
  struct Cell {
    std::string pattern;
    RE2::Options options;
    std::once_flag once;
    std::unique_ptr<RE2> re;
    std::atomic<const RE2*> ready{nullptr};  // re once compiled
  };

 private:
  std::shared_ptr<Cell> cell_;
};

// An RE2::Set whose patterns are checked when added and parsed and compiled
// on the first get().
class LazyRegexSet {
 public:
  LazyRegexSet(const RE2::Options& options, RE2::Anchor anchor)
      : options_(options), set_(options, anchor) {}
  LazyRegexSet(const LazyRegexSet&) = delete;
  LazyRegexSet& operator=(const LazyRegexSet&) = delete;

  // As RE2::Set::Add: the pattern's index, or -1 with *error set.
  int Add(std::string_view pattern, std::string* error);
  // As Add, for a pattern already checked with PatternError (the grammar
  // loader checks each pattern once, and a set may reuse it).
  int AddChecked(std::string_view pattern) {
    patterns_.emplace_back(pattern);
    return static_cast<int>(patterns_.size()) - 1;
  }
  // The patterns added, in index order, and the options they compile with.
  const std::vector<std::string>& patterns() const { return patterns_; }
  const RE2::Options& options() const { return options_; }
  // The compiled set; thread-safe. A set that failed to compile matches
  // nothing. Once compiled, an acquire load answers (as LazyRegex::get).
  const RE2::Set& get() const {
    if (compiled_.load(std::memory_order_acquire)) return set_;
    std::call_once(once_, [this] {
      Compile();
      compiled_.store(true, std::memory_order_release);
    });
    return set_;
  }

 private:
  void Compile() const;

  RE2::Options options_;
  std::vector<std::string> patterns_;  // in index order, checked
  mutable RE2::Set set_;
  mutable std::once_flag once_;
  mutable std::atomic<bool> compiled_{false};  // set_ compiled (or failed to)
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LAZY_REGEX_H_
