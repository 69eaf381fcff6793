// The line splitter's trim and the letter count answer as ICU does
// (parse/text_utils.cc): ASCII White_Space read by range, the letters of the
// usual blocks read from a table of u_isalpha's answers. Every ASCII byte at a
// line's edges, and every line of every corpus text and unseen law
// ($CONGVAN_UNSEEN_TEXTS) from its first four offsets.
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "parse/parse_internal.h"
#include "support/corpus.h"
#include "support/reference_letters.h"

using congvan::parse::LetterCount;
using congvan::parse::SplitLines;
using congvan::testing::ReferenceLetterCount;

TEST_CASE("line text: an ASCII byte at a line's edges is trimmed when ICU calls it White_Space",
          "[parse]") {
  for (int c = 1; c < 0x80; ++c) {
    // Markup at the edges is stripped for its own reasons; a newline splits.
    if (std::string_view("\n#*_|<>").find(static_cast<char>(c)) != std::string_view::npos) {
      continue;
    }
    const std::string edge(1, static_cast<char>(c));
    const std::string text = edge + "ab" + edge;
    INFO("byte " << c);
    const auto lines = SplitLines(text);
    REQUIRE(lines.size() == 1);
    CHECK((lines[0].text == "ab") == (u_isUWhiteSpace(c) != 0));
  }
}

TEST_CASE("line text: the letter count answers as ICU on every corpus and unseen line", "[parse]") {
  long asked = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      for (size_t from = 0; from < 4 && from <= line.size(); ++from) {
        const std::string_view s = std::string_view(line).substr(from);
        INFO(line << " from " << from);
        REQUIRE(LetterCount(s, 3) == ReferenceLetterCount(s, 3));
        REQUIRE(LetterCount(s) == ReferenceLetterCount(s, 1 << 30));
        ++asked;
      }
    }
  }
  CHECK(asked > 50000);
}
