// The walks that find a text's lines by counting and searching the whole
// text rather than one line at a time agree with the line-at-a-time answer on
// every corpus text and unseen law ($CONGVAN_UNSEEN_TEXTS):
//   - CountByte (parse/byte_count.h) with std::count, on every text from its
//     first 70 offsets and cut 70 ways at its end (every block remainder);
//   - SplitLines (parse/text_utils.cc), which counts its lines by CountByte and
//     asks DoubleStars only of lines before which one search found a '*',
//     with SplitLines asked of each line alone;
//   - StripPortalNotes (parse/portal_notes.cc), which goes from one '[' to the
//     next, numbers a line by the newlines before it and puts the lines between
//     as one run, with StripPortalNotes asked of each line alone.
// A broken walk (a line misnumbered, a run put twice or lost, a star line
// missed) fails these.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/byte_count.h"
#include "parse/parse_internal.h"
#include "parse/portal_notes.h"
#include "support/corpus.h"

using congvan::Grammar;
using congvan::Note;
using congvan::parse::CountByte;
using congvan::parse::SourceLine;
using congvan::parse::SplitLines;
using congvan::parse::StripPortalNotes;

namespace {

std::shared_ptr<const Grammar> Load(congvan::Language language) {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
  REQUIRE(loaded.ok());
  return *loaded;
}

// The text's lines as std::getline gives them, plus the empty line after a
// final '\n' (a line StripPortalNotes keeps).
std::vector<std::string> LinesOf(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) return lines;
    start = nl + 1;
  }
}

// StripPortalNotes asked of each line alone, its notes numbered as the line.
std::string StripLineByLine(const std::string& text, const Grammar& grammar,
                            std::vector<Note>* notes) {
  std::string out;
  int number = 0;
  for (std::string line : LinesOf(text)) {
    ++number;
    std::vector<Note> found;
    StripPortalNotes(line, grammar, &found);
    for (Note& note : found) notes->push_back({number, std::move(note.text)});
    if (number > 1) out += '\n';
    out += line;
  }
  return out;
}

void CheckStripAgrees(const std::string& text, const Grammar& grammar) {
  std::string whole = text;
  std::vector<Note> whole_notes;
  const bool cut = StripPortalNotes(whole, grammar, &whole_notes);
  std::vector<Note> line_notes;
  const std::string by_line = StripLineByLine(text, grammar, &line_notes);
  REQUIRE(whole == by_line);
  REQUIRE(cut == !line_notes.empty());
  REQUIRE(whole_notes.size() == line_notes.size());
  for (size_t k = 0; k < whole_notes.size(); ++k) {
    REQUIRE(whole_notes[k].line == line_notes[k].line);
    REQUIRE(whole_notes[k].text == line_notes[k].text);
  }
}

}  // namespace

TEST_CASE("line walks: CountByte counts as std::count on every text and every remainder",
          "[parse]") {
  long asked = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const std::string_view all(text);
    for (size_t cut = 0; cut < 70 && cut <= all.size(); ++cut) {
      for (const std::string_view s : {all.substr(cut), all.substr(0, all.size() - cut)}) {
        for (char byte : {'\n', '[', '*', ' '}) {
          REQUIRE(CountByte(s, byte) == static_cast<size_t>(std::count(s.begin(), s.end(), byte)));
          ++asked;
        }
      }
    }
  }
  CHECK(asked > 10000);
  // Every byte value, at every place of a 200-byte text (blocks and tail).
  for (int value = 0; value < 256; ++value) {
    const char byte = static_cast<char>(value);
    std::string text(200, static_cast<char>(value ^ 1));
    for (size_t at = 0; at < text.size(); at += 7) text[at] = byte;
    CHECK(CountByte(text, byte) == static_cast<size_t>(std::count(text.begin(), text.end(), byte)));
  }
  // More than 63 blocks of a lane's four compares at once (the lanes' sums).
  const std::string newlines(64 * 200 + 5, '\n');
  CHECK(CountByte(newlines, '\n') == newlines.size());
}

TEST_CASE("line walks: SplitLines answers as for each line alone on every corpus and unseen text",
          "[parse]") {
  long lines_seen = 0, star_lines = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const std::vector<SourceLine> lines = SplitLines(text);
    std::vector<std::string> raw = LinesOf(text);
    if (!raw.empty() && raw.back().empty() && raw.size() > 1) raw.pop_back();  // the final '\n'
    REQUIRE(lines.size() == raw.size());
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::vector<SourceLine> alone = SplitLines(raw[k]);
      REQUIRE(alone.size() == 1);
      const SourceLine& a = alone[0];
      const SourceLine& l = lines[k];
      INFO("line " << k + 1 << ": " << raw[k]);
      REQUIRE(l.number == static_cast<int>(k) + 1);
      REQUIRE(l.text == a.text);
      REQUIRE(l.blank == a.blank);
      REQUIRE(l.bold == a.bold);
      REQUIRE(l.opens_bold_run == a.opens_bold_run);
      REQUIRE(l.opens_italic_run == a.opens_italic_run);
      REQUIRE(l.closes_run == a.closes_run);
      REQUIRE(l.table_separator == a.table_separator);
      star_lines += raw[k].find('*') != std::string::npos;
      ++lines_seen;
    }
  }
  CHECK(lines_seen > 20000);
  CHECK(star_lines > 0);  // the walk's star search is exercised
}

TEST_CASE("line walks: StripPortalNotes answers as line by line on every corpus and unseen text",
          "[parse][notes]") {
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    const auto grammar = Load(language);
    for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
      CheckStripAgrees(text, *grammar);
    }
  }
}

TEST_CASE("line walks: StripPortalNotes on notes at the edges of a text", "[parse][notes]") {
  const auto grammar = Load(congvan::Language::kVietnamese);
  const std::string note = "[Khoản này được hướng dẫn bởi Điều 5 Thông tư 08/2018/TT-BTP]";
  const std::string other = "[a]";
  const std::vector<std::string> texts = {
      note,
      note + "\n",
      "\n" + note,
      "Điều 1. " + note + "\n1. Một " + note + " hai " + other + "\n" + note + "\n\nb) " + note,
      "x\n" + other + "\n" + note + note + "\n" + std::string(5000, 'y') + "\n" + note + " z",
      "[" + note + "\n" + note + "]\n[[" + note,
      other + "\n" + other + "\n",
  };
  int with_notes = 0;
  for (const std::string& text : texts) {
    INFO(text);
    CheckStripAgrees(text, *grammar);
    std::string copy = text;
    std::vector<Note> notes;
    with_notes += StripPortalNotes(copy, *grammar, &notes);
  }
  CHECK(with_notes == 6);
  // A note's line is its number in the text as given.
  std::string text = "a\n\nb " + note + "\nc\n" + note;
  std::vector<Note> notes;
  REQUIRE(StripPortalNotes(text, *grammar, &notes));
  CHECK(text == "a\n\nb\nc\n");
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].line == 3);
  CHECK(notes[1].line == 5);
}
