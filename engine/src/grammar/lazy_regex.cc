// Checking a grammar pattern without compiling it (grammar/lazy_regex.h).
//
// Approach: RE2::Set::Add runs RE2's parser alone, with the flags RE2's
// constructor uses, so its error is the one the constructor would give; it
// parses a copy whose Unicode category classes are \d (see lazy_regex.h). The
// capturing groups are counted on the pattern text by a small scanner that
// knows the only places where "(" is not a group: after a backslash, inside
// \Q…\E, inside a character class, and before "?" (except named groups).
// tests/grammar/lazy_regex_test.cc checks it against RE2's own count on
// every pattern of the grammars.
#include "grammar/lazy_regex.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

namespace {

// RE2's parse of `pattern`: empty, or its error message.
std::string ParseError(std::string_view pattern, const RE2::Options& options) {
  RE2::Set scratch(options, RE2::UNANCHORED);
  std::string error;
  if (scratch.Add(pattern, &error) < 0) return error.empty() ? "invalid pattern" : error;
  return "";
}

}  // namespace

// Unicode general categories, and the scripts the grammars name, that RE2
// knows (tests/grammar/lazy_regex_test.cc checks each with RE2); other
// names are kept for RE2 to judge.
const std::vector<std::string_view>& CheapClassNames() {
  static const std::vector<std::string_view> kNames = {
      "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc",
      "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C",
      "Cc", "Cf", "Co", "Cs",
      // \p{Latin} in the letterhead numbers and English issuers: a script
      // class costs a parse what a category costs.
      "Latin", "Greek", "Cyrillic"};
  return kNames;
}

namespace {

// `pattern` with each class named in CheapClassNames (\p{Lu}, \P{L}, \pN,
// \p{Latin}) written \d.
std::string WithCheapClasses(std::string_view pattern) {
  const std::vector<std::string_view>& names = CheapClassNames();
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] != '\\' || i + 2 >= pattern.size()) {
      out.push_back(pattern[i++]);
      continue;
    }
    char kind = pattern[i + 1];
    if (kind == 'p' || kind == 'P') {
      size_t close = pattern[i + 2] == '{' ? pattern.find('}', i + 3) : i + 2;
      std::string_view name = pattern[i + 2] == '{' && close != std::string_view::npos
                                  ? pattern.substr(i + 3, close - i - 3)
                                  : pattern.substr(i + 2, 1);
      if (close != std::string_view::npos &&
          std::find(names.begin(), names.end(), name) != names.end()) {
        out += "\\d";
        i = close + 1;
        continue;
      }
    }
    out.append(pattern.substr(i, 2));  // any other escape, as written
    i += 2;
  }
  return out;
}

}  // namespace

std::string PatternError(std::string_view pattern, const RE2::Options& options) {
  if (ParseError(WithCheapClasses(pattern), options).empty()) return "";
  // The message quotes the pattern: take it from the pattern as written.
  std::string error = ParseError(pattern, options);
  return error.empty() ? "invalid pattern" : error;
}

namespace {

// What of RE2::Options changes a compilation, as a key beside the pattern.
std::string OptionsKey(const RE2::Options& o) {
  std::string key;
  for (bool flag : {o.posix_syntax(), o.longest_match(), o.literal(), o.never_nl(), o.dot_nl(),
                    o.never_capture(), o.case_sensitive(), o.perl_classes(), o.word_boundary(),
                    o.one_line(), o.log_errors()}) {
    key.push_back(flag ? '1' : '0');
  }
  key += std::to_string(static_cast<int>(o.encoding()));
  key += '/';
  key += std::to_string(o.max_mem());
  return key;
}

// The cell of (pattern, options), shared while any LazyRegex holds it.
std::shared_ptr<LazyRegex::Cell> SharedCell(std::string pattern, const RE2::Options& options) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::weak_ptr<LazyRegex::Cell>> cells;
  std::pair<std::string, std::string> key{pattern, OptionsKey(options)};
  std::lock_guard<std::mutex> lock(mutex);
  std::weak_ptr<LazyRegex::Cell>& slot = cells[key];
  if (std::shared_ptr<LazyRegex::Cell> alive = slot.lock()) return alive;
  auto cell = std::make_shared<LazyRegex::Cell>();
  cell->pattern = std::move(pattern);
  cell->options = options;
  slot = cell;
  return cell;
}

}  // namespace

LazyRegex::LazyRegex(std::string pattern, const RE2::Options& options)
    : cell_(SharedCell(std::move(pattern), options)) {}

int LazyRegexSet::Add(std::string_view pattern, std::string* error) {
  std::string bad = PatternError(pattern, options_);
  if (!bad.empty()) {
    if (error != nullptr) *error = bad;
    return -1;
  }
  patterns_.emplace_back(pattern);
  return static_cast<int>(patterns_.size()) - 1;
}

void LazyRegexSet::Compile() const {
  for (const std::string& pattern : patterns_) {
    // Checked when added; should RE2 still refuse one, a pattern that
    // matches nothing keeps the indices of the others.
    if (set_.Add(pattern, nullptr) < 0) set_.Add("[^\\x00-\\x{10FFFF}]", nullptr);
  }
  set_.Compile();
}

size_t ClassEnd(std::string_view p, size_t at) {
  size_t i = at + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;  // "[]a]": a leading ']' is a member
  while (i < p.size() && p[i] != ']') {
    if (p[i] == '\\') {
      i += 2;
    } else if (p.substr(i, 2) == "[:") {
      size_t close = p.find(":]", i + 2);  // "[[:alpha:]]"
      i = close == std::string_view::npos ? p.size() : close + 2;
    } else {
      ++i;
    }
  }
  return i + 1;
}

size_t EscapeEnd(std::string_view p, size_t at) {
  if (at + 1 >= p.size()) return p.size() + 1;
  char e = p[at + 1];
  size_t i = at + 2;
  auto braces = [&]() -> size_t {  // "{Latin}", "{1EA0}"
    size_t close = p.find('}', i);
    return close == std::string_view::npos ? p.size() + 1 : close + 1;
  };
  auto up_to = [&](size_t most, auto member) {
    for (size_t n = 0; n < most && i < p.size() && member(p[i]); ++n) ++i;
    return i;
  };
  switch (e) {
    case 'p':
    case 'P':
      if (i < p.size() && p[i] == '{') return braces();
      return i < p.size() ? i + 1 : p.size() + 1;  // "\pL"
    case 'x':
      if (i < p.size() && p[i] == '{') return braces();
      return up_to(2, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    default:
      break;
  }
  if (e >= '0' && e <= '7') {  // octal: up to three digits in all
    return up_to(2, [](char c) { return c >= '0' && c <= '7'; });
  }
  return std::min(at + 1 + Utf8SequenceLength(e), p.size());
}

size_t OpaqueUnitEnd(std::string_view p, size_t at) {
  if (p.substr(at, 2) == "\\Q") {
    size_t end = p.find("\\E", at + 2);
    return end == std::string_view::npos ? p.size() : end + 2;
  }
  if (p[at] == '\\') return std::min(EscapeEnd(p, at), p.size());
  if (p[at] == '[') return ClassEnd(p, at);
  return at;
}

int CountCapturingGroups(std::string_view p) {
  int groups = 0;
  size_t i = 0;
  while (i < p.size()) {
    if (size_t next = OpaqueUnitEnd(p, i); next != i) {
      i = next;
    } else {
      if (p[i] == '(') {
        bool plain = p.substr(i + 1, 1) != "?";
        bool named =
            p.substr(i + 1, 3) == "?P<" ||
            (p.substr(i + 1, 2) == "?<" && p.substr(i + 3, 1) != "=" && p.substr(i + 3, 1) != "!");
        if (plain || named) ++groups;
      }
      ++i;
    }
  }
  return groups;
}

bool AnchoredAtStart(std::string_view p) {
  // A flag group ("(?m)", "(?i:…)") may change what "^" means: not decided
  // (an escaped "\(?" is refused as well: that only costs speed).
  for (size_t at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2)) {
    if (p.substr(at + 2, 1) != ":") return false;
  }
  bool alternative_starts = true;  // the next character opens a top-level alternative
  int depth = 0;
  size_t i = 0;
  while (i < p.size()) {
    if (alternative_starts) {
      // "^" itself, not made optional by a repetition ("^?a", "^*a").
      if (p[i] != '^' || p.substr(i + 1, 1).find_first_of("?*{+") == 0) return false;
      alternative_starts = false;
      ++i;
      continue;
    }
    if (size_t next = OpaqueUnitEnd(p, i); next != i) {
      i = next;
    } else {
      if (p[i] == '(') ++depth;
      if (p[i] == ')') --depth;
      if (p[i] == '|' && depth == 0) alternative_starts = true;
      ++i;
    }
  }
  return !alternative_starts;  // "" and "^a|" are not anchored
}

std::vector<std::string_view> TopLevelAlternatives(std::string_view p) {
  // A flag group ("(?i)a|b") changes the alternatives after it.
  for (size_t at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2)) {
    if (p.substr(at + 2, 1) != ":") return {};
  }
  std::vector<std::string_view> alternatives;
  int depth = 0;
  size_t begin = 0;
  size_t i = 0;
  while (i < p.size()) {
    if (size_t next = OpaqueUnitEnd(p, i); next != i) {
      i = next;
    } else {
      if (p[i] == '(') ++depth;
      if (p[i] == ')') --depth;
      if (p[i] == '|' && depth == 0) {
        alternatives.push_back(p.substr(begin, i - begin));
        begin = i + 1;
      }
      ++i;
    }
  }
  alternatives.push_back(p.substr(begin));
  for (std::string_view a : alternatives) {
    if (a.empty()) return {};  // "a|" matches the empty string anywhere
  }
  return alternatives;
}

std::vector<std::string_view> TopLevelUnits(std::string_view a) {
  std::vector<std::string_view> units;
  size_t i = 0;
  while (i < a.size()) {
    size_t next = OpaqueUnitEnd(a, i);
    if (next == i && a[i] == '(') {
      int depth = 0;
      while (next < a.size()) {
        size_t skip = OpaqueUnitEnd(a, next);
        if (skip != next) {
          next = skip;
          continue;
        }
        if (a[next] == '(') ++depth;
        if (a[next] == ')' && --depth == 0) break;
        ++next;
      }
      next = std::min(next + 1, a.size());
    } else if (next == i) {
      next = std::min(i + Utf8SequenceLength(a[i]), a.size());
    }
    units.push_back(a.substr(i, next - i));
    i = next;
  }
  return units;
}

}  // namespace congvan::grammar_internal
