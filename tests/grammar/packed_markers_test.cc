// A line's markers packed in 8 bytes (Grammar::PackMarkers) and read back
// without RE2 (Grammar::MarkersOf) must be Grammar::Match's answer, field by
// field: the parse keeps the packed answer on each line and paragraph and
// never matches the line again. Checked on every corpus line in both
// grammars, as written and without its opening quote, and on lines whose
// answer cannot be packed (two markers; offsets past the fields' widths),
// which MarkersOf matches again; and MarkersOf into a vector reused from
// line to line gives the same.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "congvan/grammar.h"
#include "support/corpus.h"
#include "support/same_markers.h"

namespace {

using congvan::Grammar;
using congvan::MarkerMatch;
using congvan::testing::SameMarkers;
using Packed = Grammar::PackedMarkers;

std::shared_ptr<const Grammar> Load(congvan::Language language) {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
  REQUIRE(loaded.ok());
  return *loaded;
}

// Packs `line`, reads it back, and compares with Match; returns the state.
uint64_t CheckLine(const Grammar& g, std::string_view line, const std::string& where) {
  Packed packed = g.PackMarkers(line);
  if (!packed.matched()) FAIL_CHECK(where << ": not matched after PackMarkers: '" << line << "'");
  std::vector<MarkerMatch> expected = g.Match(line);
  if (!SameMarkers(g.MarkersOf(packed, line), expected))
    FAIL_CHECK(where << ": unpacked markers differ on '" << line << "'");
  // Into one vector reused for every line, as the paragraph joiner asks.
  static std::vector<MarkerMatch> reused;
  g.MarkersOf(packed, line, &reused);
  if (!SameMarkers(reused, expected))
    FAIL_CHECK(where << ": markers unpacked into a reused vector differ on '" << line << "'");
  if (packed.empty() != expected.empty())
    FAIL_CHECK(where << ": empty() is wrong on '" << line << "'");
  return packed.state;
}

}  // namespace

TEST_CASE("Packed markers read back as Match's on every corpus line", "[grammar]") {
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto grammar = Load(language);
    long states[4] = {0, 0, 0, 0};
    for (const std::string& name : congvan::testing::CorpusTexts()) {
      std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
      std::string line;
      while (std::getline(in, line)) {
        ++states[CheckLine(*grammar, line, name)];
        // A quoted provision's line is asked about without its quote too.
        if (line.rfind("\xE2\x80\x9C", 0) == 0) CheckLine(*grammar, line.substr(3), name);
      }
    }
    // Nearly every line packs: no marker, or one.
    CHECK(states[Packed::kNone] > 1000);
    CHECK(states[Packed::kOne] > 1000);
    CHECK(states[Packed::kMany] * 100 < states[Packed::kOne]);
  }
}

TEST_CASE("A line whose markers do not pack is matched again", "[grammar]") {
  auto grammar = Load(congvan::Language::kVietnamese);
  const Grammar& g = *grammar;
  // Two readings of one marker: "(i)" as a roman numeral and as a letter.
  std::string two = "(i) Trường hợp có giấy tờ về quyền sử dụng đất";
  CHECK(CheckLine(g, two, "two markers") == Packed::kMany);
  CHECK(g.Match(two).size() == 2);
  // One marker, its text past the widest offset a packed answer holds.
  std::string far_text = "1." + std::string(1100, ' ') + "Nội dung";
  CHECK(CheckLine(g, far_text, "far text") == Packed::kMany);
  CHECK(g.Match(far_text).size() == 1);
  // A breadcrumb before the marker (the grammar's <lead>) puts the marker
  // past the line's start: still one marker, packed with its offset.
  std::string breadcrumb = "Luật Đất đai. Chương II";
  CHECK(CheckLine(g, breadcrumb, "breadcrumb") == Packed::kOne);
  std::vector<MarkerMatch> found = g.MarkersOf(g.PackMarkers(breadcrumb), breadcrumb);
  REQUIRE(found.size() == 1);
  CHECK(found[0].marker == "Chương II");
  CHECK(found[0].value == 2);
  // A packed answer whose text would begin past the line's end (another
  // line's answer: outside MarkersOf's REQUIRES) is matched again, not read
  // past the line.
  std::vector<MarkerMatch> out;
  g.MarkersOf(g.PackMarkers("Điều 5. Phạm vi"), "Điều", &out);
  CHECK(SameMarkers(out, g.Match("Điều")));
  // No marker; and a packed answer never made reads as Match.
  CHECK(CheckLine(g, "Nội dung không đánh số", "plain") == Packed::kNone);
  CHECK(SameMarkers(g.MarkersOf(Packed{}, "a) Nội dung"), g.Match("a) Nội dung")));
  CHECK_FALSE(Packed{}.matched());
}

namespace {

bool SamePacked(Packed a, Packed b) {
  return a.state == b.state && a.style == b.style && a.has_ordinal == b.has_ordinal &&
         a.marker_begin == b.marker_begin && a.marker_size == b.marker_size &&
         a.ordinal_begin == b.ordinal_begin && a.ordinal_size == b.ordinal_size &&
         a.text_begin == b.text_begin;
}

}  // namespace

// PackMarkers makes its matches in a per-thread scratch that every line
// reuses (its elements and their letter values' buffers): a line's answer must
// not depend on what the scratch held. Each line is packed as the first
// question of a fresh thread (a fresh scratch: the plain way) and again on the
// main thread, in corpus order, right after a line that leaves two letter
// markers in the scratch.
TEST_CASE("Packed markers do not depend on the line packed before", "[grammar]") {
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto grammar = Load(language);
    const Grammar& g = *grammar;
    std::vector<std::string> lines;
    for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
      std::istringstream in(text);
      std::string line;
      while (std::getline(in, line)) lines.push_back(line);
    }
    // Plain: a fresh thread's scratch for its first line; the thread then
    // packs the rest, so each answer is also checked against one made after
    // every other kind of line.
    std::vector<Packed> fresh(lines.size());
    std::thread([&] {
      for (size_t i = 0; i < lines.size(); ++i) fresh[i] = g.PackMarkers(lines[i]);
    }).join();
    std::thread([&] { CHECK(SamePacked(g.PackMarkers(lines.back()), fresh.back())); }).join();
    const std::string dirty = "(i) (ii) Trường hợp có giấy tờ";  // two readings, letters
    size_t differ = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      g.PackMarkers(dirty);
      if (!SamePacked(g.PackMarkers(lines[i]), fresh[i])) {
        ++differ;
        FAIL_CHECK("packed after a dirty scratch differs on '" << lines[i] << "'");
      }
    }
    CHECK(differ == 0);
    CHECK(lines.size() > 10000);
  }
}

// The tree builder and the paragraph joiner each unpack every line's marker
// into one vector they reuse (Grammar::MarkersOf(packed, line, &out)), which
// writes the marker over whatever the last line left: its letter values, a
// decimal prefix, an inserted article's suffix, a second marker. Each corpus
// and unseen line is unpacked right after a line that leaves one of those,
// and must read as Match's answer field by field.
TEST_CASE("Markers unpacked over another line's read as Match's", "[grammar]") {
  const std::vector<std::string> dirty = {
      "(i) Trường hợp có giấy tờ",  // two markers, one of them letters
      "2.1.a) Nội dung",            // decimal prefix and letter values
      "Điều 26a. Sửa đổi",          // an inserted article's suffix
      "1.2.3. Nội dung",            // a two-part prefix
      "đ) Nội dung",                // a two-byte letter
      "Section 12b. Scope",
      "(iv) the term",
  };
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto grammar = Load(language);
    const Grammar& g = *grammar;
    std::vector<MarkerMatch> reused;
    size_t lines = 0, differ = 0, k = 0;
    for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
      std::istringstream in(text);
      std::string line;
      while (std::getline(in, line)) {
        const std::string& before = dirty[k++ % dirty.size()];
        g.MarkersOf(g.PackMarkers(before), before, &reused);
        g.MarkersOf(g.PackMarkers(line), line, &reused);
        ++lines;
        if (!SameMarkers(reused, g.Match(line))) {
          ++differ;
          FAIL_CHECK("unpacked after '" << before << "' differs on '" << line << "'");
        }
      }
    }
    CHECK(differ == 0);
    CHECK(lines > 10000);
  }
}
