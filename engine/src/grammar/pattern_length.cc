// The longest match a pattern allows (see pattern_length.h for the use).
//
// Approach: a recursive-descent reading of the pattern's text as RE2 parses
// it — alternation, sequence, atom, repetition — that adds up an upper bound
// on the bytes each part can match. The bound only has to be safe, not
// tight: whatever may stand for any character counts as the longest UTF-8
// sequence, and anything this reader does not follow exactly (flag groups,
// which may switch case folding or what "^" means; \Q…\E) gives no bound at
// all rather than a guess. tests/grammar/pattern_length_test.cc checks the
// bound against RE2's matches on the grammars' own patterns.
#include "grammar/pattern_length.h"

#include <algorithm>
#include <cstdint>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {
namespace {

constexpr size_t kAnyCharacter = 4;           // the longest UTF-8 sequence
constexpr size_t kTooLong = size_t{1} << 24;  // no use as a bound beyond this

class LengthReader {
 public:
  explicit LengthReader(std::string_view pattern) : p_(pattern) {}

  std::optional<size_t> Whole() {
    std::optional<size_t> n = Alternation();
    if (!n || at_ != p_.size()) return std::nullopt;  // a stray ")"
    return n;
  }

 private:
  // Alternatives up to ")" or the end: the longest of them.
  std::optional<size_t> Alternation() {
    size_t longest = 0;
    while (true) {
      std::optional<size_t> n = Sequence();
      if (!n) return std::nullopt;
      longest = std::max(longest, *n);
      if (at_ >= p_.size() || p_[at_] != '|') return longest;
      ++at_;
    }
  }

  // Atoms with their repetitions, up to "|", ")" or the end: their sum.
  std::optional<size_t> Sequence() {
    size_t total = 0;
    while (at_ < p_.size() && p_[at_] != '|' && p_[at_] != ')') {
      std::optional<size_t> atom = Atom();
      if (!atom) return std::nullopt;
      std::optional<size_t> repeated = Repeated(*atom);
      if (!repeated) return std::nullopt;
      total += *repeated;
      if (total > kTooLong) return std::nullopt;
    }
    return total;
  }

  std::optional<size_t> Atom() {
    char c = p_[at_];
    switch (c) {
      case '(':
        return Group();
      case '[':
        return SkipClass() ? std::optional<size_t>(kAnyCharacter) : std::nullopt;
      case '\\':
        return Escape();
      case '^':
      case '$':
        ++at_;
        return 0;
      case '.':
        ++at_;
        return kAnyCharacter;
      case '*':
      case '+':
      case '?':
        return std::nullopt;  // a repetition of nothing: not RE2's syntax
      default: {
        size_t bytes = Utf8SequenceLength(c);  // a literal character ("{" too, when no repetition)
        at_ = std::min(p_.size(), at_ + bytes);
        return bytes;
      }
    }
  }

  // "(…)", "(?:…)", "(?P<name>…)", "(?<name>…)"; a flag group is not read.
  std::optional<size_t> Group() {
    ++at_;
    if (p_.substr(at_, 2) == "?:") {
      at_ += 2;
    } else if (p_.substr(at_, 3) == "?P<" || p_.substr(at_, 2) == "?<") {
      size_t close = p_.find('>', at_);
      if (close == std::string_view::npos) return std::nullopt;
      at_ = close + 1;
    } else if (p_.substr(at_, 1) == "?") {
      return std::nullopt;
    }
    std::optional<size_t> inner = Alternation();
    if (!inner || at_ >= p_.size() || p_[at_] != ')') return std::nullopt;
    ++at_;
    return inner;
  }

  // Moves past the class opening at "["; false when it is not closed.
  bool SkipClass() {
    size_t end = ClassEnd(p_, at_);
    if (end > p_.size()) return false;
    at_ = end;
    return true;
  }

  // At "\": moves past the escape; the bytes it can match.
  std::optional<size_t> Escape() {
    size_t end = EscapeEnd(p_, at_);
    if (end > p_.size()) return std::nullopt;
    char e = p_[at_ + 1];
    size_t escaped_bytes = end - at_ - 1;
    at_ = end;
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return 0;
      case 'Q':
        return std::nullopt;
      case 'C':
        return 1;  // one byte
      default:
        break;
    }
    auto b = static_cast<uint8_t>(e);
    if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
      return kAnyCharacter;  // \d \s \w \D \S \W \p{…} \x41, \n \t …, octal: one character
    }
    return escaped_bytes;  // an escaped punctuation mark or character
  }

  static constexpr size_t kNotRepetition = ~size_t{0};
  static constexpr size_t kUnbounded = ~size_t{0} - 1;

  // At "{": the upper bound of "{n}" or "{n,m}" (moving past it), kUnbounded
  // for "{n,}", kNotRepetition when the "{" is a literal (RE2 reads "a{",
  // "a{,2}" so).
  size_t RepetitionBound() {
    size_t i = at_ + 1;
    auto number = [&](size_t* value) {
      size_t start = i;
      *value = 0;
      while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9' && i - start < 7) {
        *value = *value * 10 + static_cast<size_t>(p_[i] - '0');
        ++i;
      }
      return i > start;
    };
    size_t low = 0, high = 0;
    if (!number(&low)) return kNotRepetition;
    high = low;
    bool open_ended = false;
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      open_ended = !number(&high);
    }
    if (i >= p_.size() || p_[i] != '}') return kNotRepetition;
    at_ = i + 1;
    return open_ended ? kUnbounded : high;
  }

  // `atom`'s bytes under the repetitions that follow it.
  std::optional<size_t> Repeated(size_t atom) {
    size_t n = atom;
    while (at_ < p_.size()) {
      char c = p_[at_];
      if (c == '*' || c == '+') return std::nullopt;
      if (c == '?') {  // optional, or the lazy mark of the repetition before
        ++at_;
        continue;
      }
      if (c != '{') break;
      size_t bound = RepetitionBound();
      if (bound == kNotRepetition) break;
      if (bound == kUnbounded) return std::nullopt;
      n *= bound;
      if (n > kTooLong) return std::nullopt;
    }
    return n;
  }

  std::string_view p_;
  size_t at_ = 0;
};

}  // namespace

std::optional<size_t> MaxMatchBytes(std::string_view pattern) {
  return LengthReader(pattern).Whole();
}

}  // namespace congvan::grammar_internal
