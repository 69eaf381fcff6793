// See timeline_fixtures.h.
#include "support/timeline_fixtures.h"

#include <catch2/catch.hpp>
#include <utility>

namespace congvan::testing {

std::string TimelineFixturePath(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/timeline/real/" + name;
}

Document ParseTimelineFixture(const std::string& name) {
  auto doc = ParseFile(TimelineFixturePath(name));
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc.value());
}

}  // namespace congvan::testing
