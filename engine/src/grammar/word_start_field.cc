// Joining a field's word-start patterns into one program
// (grammar/word_start_field.h).
//
// Approach: each pattern is cut into its flags, the word-start prefix and a
// body; the body's named groups are renamed apart ("n" of the third body is
// "k2_n") and the body is wrapped in a group named for its pattern ("w2").
// Bodies that end in the same non-capturing group share one copy of it after
// their alternation. Which bodies may be joined is decided on their leading
// literals alone (see the header); the group numbers are counted on the
// joined text (CountCapturingGroups), so nothing is compiled before the
// first question.
#include "grammar/word_start_field.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/text_fold.h"
#include "grammar/required_literals.h"

namespace congvan::grammar_internal {

namespace {

constexpr std::string_view kWordStart = "(?:^|[^\\p{L}])";

// The code points of `s`, each as its own UTF-8 text.
std::vector<std::string_view> CodePoints(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = std::min(Utf8SequenceLength(s[i]), s.size() - i);
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

UChar32 FirstCodePoint(std::string_view s) {
  UChar32 c = -1;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Whether `s` begins with a letter, and (case-insensitively) only a letter
// can match its first character: every member of its case closure is one.
// ICU's closure holds RE2's simple case orbits (and full foldings besides).
bool BeginsWithLetter(std::string_view s, bool fold_case) {
  UChar32 c = FirstCodePoint(s);
  if (c < 0 || !u_isalpha(c)) return false;
  if (!fold_case) return true;
  icu::UnicodeSet orbit(c, c);
  orbit.closeOver(USET_CASE_INSENSITIVE);
  for (int32_t i = 0; i < orbit.getRangeCount(); ++i) {
    for (UChar32 m = orbit.getRangeStart(i); m <= orbit.getRangeEnd(i); ++m) {
      if (!u_isalpha(m)) return false;
    }
  }
  return true;
}

// Whether no text can begin with both `a` and `b`: at some character they
// differ — as code points, or under (?i) by their folds (characters of one
// case orbit fold alike, so differing folds are different orbits).
bool Apart(std::string_view a, std::string_view b, bool fold_case) {
  std::vector<std::string_view> ca = CodePoints(a), cb = CodePoints(b);
  for (size_t i = 0; i < std::min(ca.size(), cb.size()); ++i) {
    if (fold_case ? FoldKey(ca[i]) != FoldKey(cb[i]) : ca[i] != cb[i]) return true;
  }
  return false;
}

// The body's last top-level unit when it is a non-capturing group closing
// the body ("…\d+)(?:[^\p{L}\d]|$)" → "(?:[^\p{L}\d]|$)"), else empty. Empty
// too when the body has a top-level "|" (the group would end only the last
// alternative).
std::string_view ClosingGroup(std::string_view body) {
  int depth = 0;
  size_t last_open = std::string_view::npos;
  for (size_t i = 0; i < body.size();) {
    if (size_t next = OpaqueUnitEnd(body, i); next != i) {
      i = next;
      continue;
    }
    if (body[i] == '(' && depth++ == 0) last_open = i;
    if (body[i] == ')') --depth;
    if (body[i] == '|' && depth == 0) return {};
    ++i;
  }
  if (last_open == std::string_view::npos || last_open == 0 || body.back() != ')') return {};
  std::string_view group = body.substr(last_open);
  if (group.substr(0, 3) != "(?:") return {};
  // The group must close at the body's end (a unit, not "(?:a)b)").
  depth = 0;
  for (size_t i = 0; i < group.size();) {
    if (size_t next = OpaqueUnitEnd(group, i); next != i) {
      i = next;
      continue;
    }
    if (group[i] == '(') ++depth;
    if (group[i] == ')' && --depth == 0 && i + 1 != group.size()) return {};
    ++i;
  }
  return group;
}

// `body` with each named group "(?P<name>" renamed "(?P<k{index}_name>";
// appends the names as written to *names. Empty when the body has another
// flag or special group ("(?i:", "(?<"), which this reader does not follow.
std::string RenameGroups(std::string_view body, size_t index, std::vector<std::string>* names) {
  std::string out;
  for (size_t i = 0; i < body.size();) {
    if (size_t next = OpaqueUnitEnd(body, i); next != i) {
      out.append(body.substr(i, next - i));
      i = next;
      continue;
    }
    if (body.substr(i, 2) == "(?" && body.substr(i, 3) != "(?:") {
      if (body.substr(i, 4) != "(?P<") return "";
      size_t close = body.find('>', i + 4);
      if (close == std::string_view::npos) return "";
      std::string name(body.substr(i + 4, close - i - 4));
      names->push_back(name);
      out += "(?P<k" + std::to_string(index) + "_" + name + ">";
      i = close + 1;
      continue;
    }
    out.push_back(body[i++]);
  }
  return out;
}

struct Body {
  std::string text;     // renamed, without a shared closing group
  std::string closing;  // the closing group it shares, or empty
  std::vector<std::string> names;
};

}  // namespace

std::unique_ptr<WordStartProgram> WordStartProgram::Join(const std::vector<std::string>& patterns,
                                                         const RE2::Options& options) {
  if (patterns.size() < 2) return nullptr;
  std::string_view flags = std::string_view(patterns[0]).substr(0, 4) == "(?i)" ? "(?i)" : "";
  bool fold_case = !flags.empty() || !options.case_sensitive();
  std::vector<Body> bodies;
  std::vector<LiteralChoice> leads;
  std::vector<std::string> folded;
  for (size_t k = 0; k < patterns.size(); ++k) {
    std::string_view p = patterns[k];
    if (p.substr(0, flags.size()) != flags) return nullptr;
    p.remove_prefix(flags.size());
    if (p.substr(0, kWordStart.size()) != kWordStart) return nullptr;
    std::string_view body = p.substr(kWordStart.size());
    LiteralChoice lead = LeadingLiterals(body);
    if (lead.empty()) return nullptr;
    for (const std::string& s : lead) {
      if (s.empty() || !BeginsWithLetter(s, fold_case)) return nullptr;
    }
    for (const LiteralChoice& other : leads) {
      for (const std::string& a : lead) {
        for (const std::string& b : other) {
          if (!Apart(a, b, fold_case)) return nullptr;
        }
      }
    }
    for (const std::string& s : lead) folded.push_back(FoldForCues(s));
    leads.push_back(std::move(lead));
    Body b;
    std::string_view closing = ClosingGroup(body);
    b.closing = std::string(closing);
    b.text = RenameGroups(body.substr(0, body.size() - closing.size()), k, &b.names);
    if (b.text.empty()) return nullptr;
    bodies.push_back(std::move(b));
  }
  // A closing group is shared only by bodies that end in it alike.
  std::map<std::string, size_t> closing_count;
  for (const Body& b : bodies) {
    if (!b.closing.empty()) ++closing_count[b.closing];
  }
  for (Body& b : bodies) {
    if (!b.closing.empty() && closing_count[b.closing] < 2) {
      b.text += b.closing;  // no capturing group in it: nothing to rename
      b.closing.clear();
    }
  }
  auto program = std::unique_ptr<WordStartProgram>(new WordStartProgram());
  program->patterns_ = patterns.size();
  program->folded_leads_ = std::move(folded);
  program->body_group_.assign(patterns.size(), 0);
  program->names_.resize(patterns.size());
  std::string joined = std::string(flags) + std::string(kWordStart) + "(?:";
  bool first = true;
  auto wrap = [&](size_t k) {
    if (!first) joined += "|";
    first = false;
    joined += "(?P<w" + std::to_string(k) + ">" + bodies[k].text + ")";
  };
  for (size_t k = 0; k < bodies.size(); ++k) {
    if (bodies[k].closing.empty()) wrap(k);
  }
  for (const auto& [closing, count] : closing_count) {
    if (count < 2) continue;
    if (!first) joined += "|";
    joined += "(?:";
    first = true;
    for (size_t k = 0; k < bodies.size(); ++k) {
      if (bodies[k].closing == closing) wrap(k);
    }
    joined += ")" + closing;
    first = false;
  }
  joined += ")";
  // Group numbers as RE2 gives them: by the position of their "(".
  for (size_t k = 0; k < bodies.size(); ++k) {
    std::string wrapper = "(?P<w" + std::to_string(k) + ">";
    size_t at = joined.find(wrapper);
    program->body_group_[k] = CountCapturingGroups(std::string_view(joined).substr(0, at)) + 1;
    for (const std::string& name : bodies[k].names) {
      std::string renamed = "(?P<k" + std::to_string(k) + "_" + name + ">";
      size_t name_at = joined.find(renamed);
      program->names_[k].emplace_back(
          name, CountCapturingGroups(std::string_view(joined).substr(0, name_at)) + 1);
    }
    std::sort(program->names_[k].begin(), program->names_[k].end());
  }
  program->groups_ = CountCapturingGroups(joined);
  if (!PatternError(joined, options).empty()) return nullptr;
  program->re_ = std::make_unique<LazyRegex>(std::move(joined), options);
  return program;
}

bool WordStartProgram::MayMatch(std::string_view subject) const {
  thread_local std::string folded;
  FoldWithOffsets(subject, &folded, nullptr);
  for (const std::string& lead : folded_leads_) {
    if (folded.find(lead) != std::string::npos) return true;
  }
  return false;
}

void WordStartProgram::FindAll(std::string_view subject, SpanFinder find_span,
                               std::vector<Match>* out) const {
  const RE2& re = re_->get();
  // next[k]: where pattern k, run alone, would search next.
  std::vector<size_t> next(patterns_, 0);
  std::vector<re2::StringPiece> groups(static_cast<size_t>(groups_) + 1);
  for (;;) {
    size_t from = *std::min_element(next.begin(), next.end());
    size_t begin = 0, end = 0;
    if (from > subject.size() || !find_span(re, probes_, subject, from, &begin, &end)) return;
    if (!re.Match(subject, begin, end, RE2::ANCHOR_BOTH, groups.data(),
                  static_cast<int>(groups.size()))) {
      return;  // cannot happen: the span is the program's own match
    }
    size_t k = 0;
    while (k < patterns_ && groups[static_cast<size_t>(body_group_[k])].data() == nullptr) ++k;
    if (k == patterns_) return;  // cannot happen: one body matched
    // No other pattern's match begins between its next position and here:
    // this is the leftmost match of them all, and no two begin alike.
    for (size_t i = 0; i < patterns_; ++i) {
      if (i != k && next[i] <= begin) next[i] = begin + 1;
    }
    if (next[k] > begin) continue;  // inside pattern k's previous match: it would not see this
    Match m;
    m.pattern = k;
    m.begin = begin;
    m.end = end;
    for (const auto& [name, index] : names_[k]) {
      const re2::StringPiece& g = groups[static_cast<size_t>(index)];
      if (g.data() != nullptr) m.groups.emplace_back(&name, g);
    }
    next[k] = end > begin ? end : begin + 1;
    out->push_back(std::move(m));
  }
}

}  // namespace congvan::grammar_internal
