// Matching the marker styles that may follow the <lead> without the lead in
// their patterns (grammar/lead_styles.h).
//
// Approach: the lead's text is read unit by unit as RE2 reads it (escapes,
// classes, groups: lazy_regex.h OpaqueUnitEnd); a unit that might match "."
// or is not understood makes the answer false, and the grammar keeps the
// full patterns.
#include "grammar/lead_styles.h"

#include <string_view>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

namespace {

// Whether the escape `unit` ("\s", "\-") can match no ".": a class escape
// that holds none, an assertion, a control character, or an escaped ASCII
// punctuation character other than ".". Anything else (\p{…}, \x2E, \S,
// octal) is not read: false.
bool EscapeExcludesDot(std::string_view unit) {
  if (unit.size() != 2) return false;
  const char e = unit[1];
  if (std::string_view("sdwbBntrf").find(e) != std::string_view::npos) return true;
  const auto u = static_cast<unsigned char>(e);
  const bool punctuation = (u >= '!' && u <= '/') || (u >= ':' && u <= '@') ||
                           (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
  return punctuation && e != '.';
}

// Whether the character class `unit` ("[^.\n]", "[ab]") can match no ".":
// a negated class that names "." among its members, or a plain class of
// single characters and escapes (EscapeExcludesDot) without ".", "[" or a
// range.
bool ClassExcludesDot(std::string_view unit) {
  std::string_view body = unit.substr(1, unit.size() - 2);
  if (!body.empty() && body.front() == '^') {
    return body.substr(1).find('.') != std::string_view::npos;
  }
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '.' || c == '[') return false;
    if (c == '-' && i != 0 && i + 1 != body.size()) return false;  // a range: not read
    if (c == '\\') {
      if (i + 1 >= body.size() || !EscapeExcludesDot(body.substr(i, 2))) return false;
      ++i;
    }
  }
  return true;
}

// Whether the flags of the group opening at p[at] ("(?i:", "(?i)") hold
// none that swaps greediness ("U").
bool KeepsGreediness(std::string_view p, size_t at) {
  if (p.substr(at + 1, 1) != "?") return true;
  for (size_t j = at + 2; j < p.size() && p[j] != ':' && p[j] != ')'; ++j) {
    if (p[j] == 'U') return false;
  }
  return true;
}

}  // namespace

bool LeadEndsAfterFirstDot(std::string_view lead, const RE2::Options& options) {
  if (options.longest_match() || options.never_nl()) return false;
  constexpr std::string_view kTail = "\\.\\s+";
  if (lead.size() < kTail.size() || lead.substr(lead.size() - kTail.size()) != kTail) return false;
  const size_t body_end = lead.size() - kTail.size();
  int depth = 0;
  size_t i = 0;
  while (i < body_end) {
    if (const size_t next = OpaqueUnitEnd(lead, i); next != i) {
      if (next > body_end) return false;  // the tail's "\." is not a unit of its own
      std::string_view unit = lead.substr(i, next - i);
      const bool excludes = unit.front() == '[' ? ClassExcludesDot(unit) : EscapeExcludesDot(unit);
      if (!excludes) return false;
      i = next;
      continue;
    }
    const char c = lead[i];
    if (c == '.') return false;
    if (c == '(') {
      if (!KeepsGreediness(lead, i)) return false;
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;  // "A|B\.\s+": the tail belongs to the last alternative only
    }
    ++i;
  }
  return i == body_end && depth == 0;
}

bool FindLeadEnds(const RE2& lead, std::string_view line, LeadEnds* ends) {
  re2::StringPiece match;
  if (!lead.Match(line, 0, line.size(), RE2::ANCHOR_START, &match, 1)) return false;
  // The lead's "." is the line's first (its body holds none), and at least
  // one whitespace byte follows it in every match.
  const size_t dot = line.find('.');
  if (dot == std::string_view::npos || dot + 2 > match.size()) return false;
  ends->longest = match.size();
  ends->shortest = dot + 2;
  return true;
}

bool MatchStyleAfterLead(const RE2& style, const LeadEnds& ends, std::string_view line,
                         re2::StringPiece* groups, int n) {
  for (size_t end = ends.longest; end >= ends.shortest; --end) {
    // The text before `end` is the match's context (\b, ^), as it is for
    // the style inside the full pattern.
    if (style.Match(line, end, line.size(), RE2::ANCHOR_START, groups, n)) {
      const char* match_end = groups[0].data() + groups[0].size();
      groups[0] = re2::StringPiece(line.data(), static_cast<size_t>(match_end - line.data()));
      return true;
    }
  }
  return style.Match(line, 0, line.size(), RE2::ANCHOR_START, groups, n);
}

}  // namespace congvan::grammar_internal
