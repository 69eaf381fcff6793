// The literals a pattern's every match holds (see required_literals.h).
//
// Approach: a recursive-descent reading of the pattern's text as RE2 parses
// it — alternation, sequence, atom, repetition — as pattern_length.cc reads
// it for a bound. Each part yields what it is known to match: exactly one of
// a few strings (a literal, or an alternation of literals: "(?:số|Số|SỐ)"),
// and a conjunction of choices every match of it meets. A sequence joins
// adjacent exact parts into longer strings and keeps the choices of the
// rest; a part that may repeat zero times yields nothing; an alternation
// yields one choice that unites its alternatives' best ones (or nothing if an
// alternative has none). Everything not followed exactly gives up on the
// whole pattern (case-insensitive flags, \Q…\E), so an answer is never a
// guess; tests/grammar/required_literals_test.cc checks the choices against
// RE2's matches of every grammar pattern on every corpus line.
#include "grammar/required_literals.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {
namespace {

constexpr size_t kMaxStrings = 16;  // an exact set or a choice grows no larger

size_t ShortestLength(const LiteralChoice& choice) {
  size_t shortest = ~size_t{0};
  for (const std::string& s : choice) shortest = std::min(shortest, s.size());
  return shortest;
}

// More selective first: fewer strings to look for, then a longer shortest one.
bool MoreSelective(const LiteralChoice& a, const LiteralChoice& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return ShortestLength(a) > ShortestLength(b);
}

// What a part of the pattern is known to match.
struct Part {
  // The part matches exactly one of these strings ("" for an assertion).
  std::optional<std::vector<std::string>> exact;
  // Every match of the part holds a string of each choice.
  std::vector<LiteralChoice> required;
  // Every match of the part begins with one of these (none: not known).
  std::vector<std::string> lead;
};

// `strings` as a choice, or nothing when one is empty (met by every text).
std::optional<LiteralChoice> AsChoice(std::vector<std::string> strings) {
  if (strings.empty()) return std::nullopt;
  for (const std::string& s : strings) {
    if (s.empty()) return std::nullopt;
  }
  std::sort(strings.begin(), strings.end());
  strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
  return strings;
}

const LiteralChoice* BestChoice(const std::vector<LiteralChoice>& choices) {
  auto best = std::min_element(choices.begin(), choices.end(), MoreSelective);
  return best == choices.end() ? nullptr : &*best;
}

class LiteralReader {
 public:
  explicit LiteralReader(std::string_view pattern) : p_(pattern) {}

  std::optional<Part> Whole() {
    Part whole = Alternation();
    if (failed_ || at_ != p_.size()) return std::nullopt;
    return whole;
  }

 private:
  // Alternatives up to ")" or the end.
  Part Alternation() {
    std::vector<Part> alternatives;
    while (true) {
      alternatives.push_back(Sequence());
      if (failed_ || at_ >= p_.size() || p_[at_] != '|') break;
      ++at_;
    }
    if (alternatives.size() == 1) return std::move(alternatives.front());
    Part out;
    std::vector<std::string> all_exact;
    bool exact = true;
    for (const Part& a : alternatives) {
      if (!a.exact) {
        exact = false;
        break;
      }
      all_exact.insert(all_exact.end(), a.exact->begin(), a.exact->end());
    }
    if (exact && all_exact.size() <= kMaxStrings) {
      out.exact = all_exact;
      if (auto choice = AsChoice(all_exact)) {
        out.required.push_back(*choice);
        out.lead = *choice;
      }
      return out;
    }
    std::vector<std::string> leads;  // every alternative's, when each has some
    for (const Part& a : alternatives) {
      if (a.lead.empty()) {
        leads.clear();
        break;
      }
      leads.insert(leads.end(), a.lead.begin(), a.lead.end());
    }
    if (leads.size() <= kMaxStrings) {
      if (auto choice = AsChoice(leads)) out.lead = *choice;
    }
    // Each alternative's most selective choice; all of them together are one.
    std::vector<std::string> united;
    for (const Part& a : alternatives) {
      const LiteralChoice* best = BestChoice(a.required);
      if (best == nullptr) return out;  // an alternative may match anything
      united.insert(united.end(), best->begin(), best->end());
    }
    if (united.size() > kMaxStrings) return out;
    if (auto choice = AsChoice(united)) out.required.push_back(*choice);
    return out;
  }

  // Atoms with their repetitions, up to "|", ")" or the end.
  Part Sequence() {
    Part out;
    std::vector<std::string> run{""};  // the exact strings of the parts just read
    bool all_exact = true;
    bool at_start = true;  // no text read yet but the run's: it begins every match
    auto flush_run = [&] {
      if (auto choice = AsChoice(run)) {
        out.required.push_back(*choice);
        if (at_start) out.lead = *choice;
      }
      at_start = at_start && run.size() == 1 && run.front().empty();
      run.assign(1, "");
    };
    while (!failed_ && at_ < p_.size() && p_[at_] != '|' && p_[at_] != ')') {
      Part atom = Atom();
      if (failed_) break;
      Repeat(atom);
      if (!atom.exact) {
        all_exact = false;
        bool begins = at_start && run.size() == 1 && run.front().empty();
        flush_run();
        if (begins && out.lead.empty()) out.lead = atom.lead;
        at_start = false;
        out.required.insert(out.required.end(), atom.required.begin(), atom.required.end());
        continue;
      }
      if (run.size() * atom.exact->size() > kMaxStrings) {
        all_exact = false;
        flush_run();
        at_start = false;
      }
      std::vector<std::string> joined;
      for (const std::string& left : run) {
        for (const std::string& right : *atom.exact) joined.push_back(left + right);
      }
      run = std::move(joined);
    }
    if (all_exact) out.exact = run;
    flush_run();
    return out;
  }

  Part Atom() {
    char c = p_[at_];
    switch (c) {
      case '(':
        return Group();
      case '[': {
        size_t end = ClassEnd(p_, at_);
        if (end > p_.size()) return Fail();
        Part out = ClassMembers(p_.substr(at_ + 1, end - at_ - 2));
        at_ = end;
        return out;
      }
      case '\\':
        return Escape();
      case '^':
      case '$':
        ++at_;
        return Exactly("");
      case '.':
        ++at_;
        return {};
      case '*':
      case '+':
      case '?':
        return Fail();  // a repetition of nothing: not RE2's syntax
      default: {
        size_t bytes = std::min(Utf8SequenceLength(c), p_.size() - at_);
        Part out = Exactly(std::string(p_.substr(at_, bytes)));
        at_ += bytes;
        return out;
      }
    }
  }

  // "(…)", "(?:…)", "(?P<name>…)", "(?<name>…)", and flag groups "(?ms)",
  // "(?s:…)": flags other than case folding change no literal.
  Part Group() {
    ++at_;
    if (p_.substr(at_, 3) == "?P<" || p_.substr(at_, 2) == "?<") {
      size_t close = p_.find('>', at_);
      if (close == std::string_view::npos) return Fail();
      at_ = close + 1;
    } else if (p_.substr(at_, 1) == "?") {
      size_t end = p_.find_first_of(":)", at_);
      if (end == std::string_view::npos) return Fail();
      std::string_view flags = p_.substr(at_ + 1, end - at_ - 1);
      if (flags.find('i') != std::string_view::npos) return Fail();
      at_ = end + 1;
      if (p_[end] == ')') return Exactly("");  // flags for the rest: no text
    }
    Part inner = Alternation();
    if (failed_ || at_ >= p_.size() || p_[at_] != ')') return Fail();
    ++at_;
    return inner;
  }

  Part Escape() {
    size_t end = EscapeEnd(p_, at_);
    if (end > p_.size()) return Fail();
    char e = p_[at_ + 1];
    size_t escaped = at_ + 1;
    at_ = end;
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return Exactly("");
      case 'Q':
        return Fail();
      default:
        break;
    }
    auto b = static_cast<uint8_t>(e);
    if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
      return {};  // \d \s \w \p{…} \x41, \n \t, octal: a character not read as a literal here
    }
    return Exactly(std::string(p_.substr(escaped, end - escaped)));  // "\.", "\(", "\-"
  }

  // Applies the repetitions after an atom: one that may be absent ("?", "*",
  // "{0,n}") knows nothing; one repeated at least once keeps its choices.
  void Repeat(Part& atom) {
    if (at_ >= p_.size()) return;
    char c = p_[at_];
    size_t low = 1;
    if (c == '*' || c == '?') {
      low = 0;
      ++at_;
    } else if (c == '+') {
      ++at_;
    } else if (c == '{') {
      if (!RepetitionLow(&low)) return;  // a literal "{", read as the next atom
    } else {
      return;
    }
    if (at_ < p_.size() && p_[at_] == '?') ++at_;  // lazy
    if (low == 0) {
      atom = Part{};
      return;
    }
    if (atom.exact) {  // repeated: its first repetition begins it
      if (auto choice = AsChoice(*atom.exact)) {
        atom.required = {*choice};
        atom.lead = *choice;
      }
      atom.exact.reset();
    }
  }

  // At "{": the lower bound of "{n}", "{n,}" or "{n,m}", moving past it;
  // false when the "{" is a literal (RE2 reads "a{", "a{,2}" so).
  bool RepetitionLow(size_t* low) {
    size_t i = at_ + 1, start = i;
    *low = 0;
    while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9' && i - start < 7) {
      *low = *low * 10 + static_cast<size_t>(p_[i] - '0');
      ++i;
    }
    if (i == start) return false;
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') ++i;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    at_ = i + 1;
    return true;
  }

  // A class of a few single characters ("[-_=]", "[ĐÐD]", "[/\\-]") matches
  // exactly one of them; anything else in it — a range, a negation, an
  // escape of a letter or digit (\d, \x{…}, \p{…}), "[:alpha:]" — knows
  // nothing. `inner` is the text between the brackets.
  static Part ClassMembers(std::string_view inner) {
    if (inner.empty() || inner[0] == '^') return {};
    std::vector<std::string> members;
    size_t i = 0;
    while (i < inner.size()) {
      std::string member;
      if (inner[i] == '\\') {
        if (i + 1 >= inner.size()) return {};
        auto e = static_cast<uint8_t>(inner[i + 1]);
        if (e >= 0x80 || (e >= '0' && e <= '9') || (e >= 'A' && e <= 'Z') || (e >= 'a' && e <= 'z'))
          return {};
        member = std::string(1, static_cast<char>(e));
        i += 2;
      } else if (inner[i] == '[') {
        return {};  // "[:alpha:]", or a '[' RE2 may read so
      } else {
        size_t bytes = std::min(Utf8SequenceLength(inner[i]), inner.size() - i);
        member = std::string(inner.substr(i, bytes));
        i += bytes;
      }
      // "a-z": a range (a '-' first or last is itself).
      if (i + 1 < inner.size() && inner[i] == '-') return {};
      members.push_back(std::move(member));
      if (members.size() > kMaxStrings) return {};
    }
    Part out;
    out.exact = members;
    if (auto choice = AsChoice(members)) {
      out.required.push_back(*choice);
      out.lead = *choice;
    }
    return out;
  }

  static Part Exactly(std::string s) {
    Part out;
    out.exact = std::vector<std::string>{std::move(s)};
    if (auto choice = AsChoice(*out.exact)) {
      out.required.push_back(*choice);
      out.lead = *choice;
    }
    return out;
  }

  Part Fail() {
    failed_ = true;
    return {};
  }

  std::string_view p_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

PatternLiterals ReadPatternLiterals(std::string_view pattern, size_t max_choices) {
  std::optional<Part> whole = LiteralReader(pattern).Whole();
  if (!whole) return {};
  PatternLiterals out{std::move(whole->required), std::move(whole->lead)};
  std::vector<LiteralChoice>& choices = out.required;
  std::stable_sort(choices.begin(), choices.end(), MoreSelective);
  choices.erase(std::unique(choices.begin(), choices.end()), choices.end());
  if (choices.size() > max_choices) choices.resize(max_choices);
  return out;
}

std::vector<LiteralChoice> RequiredLiterals(std::string_view pattern, size_t max_choices) {
  return ReadPatternLiterals(pattern, max_choices).required;
}

LiteralChoice LeadingLiterals(std::string_view pattern) {
  return ReadPatternLiterals(pattern).lead;
}

bool BeginsWithOneOf(const LiteralChoice& lead, std::string_view text) {
  for (const std::string& s : lead) {
    if (text.size() >= s.size() && text.compare(0, s.size(), s) == 0) return true;
  }
  return false;
}

bool HoldsRequiredLiterals(const std::vector<LiteralChoice>& choices, std::string_view text) {
  for (const LiteralChoice& choice : choices) {
    bool held = false;
    for (const std::string& s : choice) {
      if (text.find(s) != std::string_view::npos) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}

}  // namespace congvan::grammar_internal
