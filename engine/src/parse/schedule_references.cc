// Line roles, the reference line above a Schedule.
//
// An Act's Schedules follow its last section, each under its heading
// ("SCHEDULE 1Emergency registration of …", the style of level "schedule" in
// the grammar). legislation.gov.uk prints above each heading the section that
// introduces the Schedule ("Section 2"), a marginal reference its pages set
// beside the heading; copied as text it is a line of its own right above it.
// Read as a section heading with no title it took the Schedule as its title
// or its child, and the whole Schedule hung under a section that is not
// there. Approach: a line that is only a division heading's marker (a level,
// no text after it) directly above a Schedule's heading (blank lines between
// allowed) is that reference: page furniture. A section heading alone on its
// line is otherwise left alone (a translated law's "Section 1" / its title
// on the next line), as is a Schedule's heading under anything else. The rule
// asks the grammar's levels only: a grammar with no "schedule" level never
// meets it.

#include <string_view>
#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {
namespace {

constexpr std::string_view kScheduleLevel = "schedule";

const std::string& LevelOf(const Grammar& grammar, const MarkerMatch& m) {
  return grammar.styles()[static_cast<size_t>(m.style)].level;
}

bool HasScheduleStyle(const Grammar& grammar) {
  for (const MarkerStyle& style : grammar.styles()) {
    if (style.level == kScheduleLevel) return true;
  }
  return false;
}

bool OpensSchedule(const SourceLine& line, const Grammar& grammar) {
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    if (LevelOf(grammar, m) == kScheduleLevel) return true;
  }
  return false;
}

// A division heading's marker and nothing after it ("Section 2"), of a level
// other than a Schedule's.
bool IsBareDivisionMarker(const SourceLine& line, const Grammar& grammar) {
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    const std::string& level = LevelOf(grammar, m);
    if (level.empty() || level == kScheduleLevel) continue;
    if (line.text.find_first_not_of(" \t", m.text_begin) == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void MarkScheduleReferences(std::vector<SourceLine>& lines, const Grammar& grammar) {
  if (!HasScheduleStyle(grammar)) return;  // Vietnamese: no line asked
  SourceLine* previous = nullptr;          // the last non-blank line
  for (SourceLine& line : lines) {
    if (line.blank) continue;
    SourceLine* reference = previous;
    previous = &line;
    if (reference == nullptr || reference->role || line.role) continue;
    if (HasNoMarkers(grammar, *reference) || !IsBareDivisionMarker(*reference, grammar) ||
        !OpensSchedule(line, grammar)) {
      continue;
    }
    reference->role = BlockRole::kFurniture;
  }
}

}  // namespace congvan::parse
