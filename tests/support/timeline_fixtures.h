// Test helper: the timeline tests' real excerpts (tests/timeline/real/, with
// provenance in its README), by name and parsed.
#ifndef CONGVAN_TESTS_SUPPORT_TIMELINE_FIXTURES_H_
#define CONGVAN_TESTS_SUPPORT_TIMELINE_FIXTURES_H_

#include <string>

#include "congvan/parse.h"

namespace congvan::testing {

// The path of tests/timeline/real/NAME.
std::string TimelineFixturePath(const std::string& name);
// That excerpt, parsed; fails the test when it does not parse.
Document ParseTimelineFixture(const std::string& name);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_TIMELINE_FIXTURES_H_
