// SyllableSet::Valid's per-thread memo (engine/src/text/syllables.cc,
// WordMemo) against the answers it computes without it. The memo reads a word
// into two zero-padded machine words — with overlapping loads, or inside a
// text (ValidInText) sixteen bytes at once with those past the word masked
// off — so words of every length up to its limit, and words differing in one
// byte at any position, must keep their own answers; and a law's vocabulary,
// asked in text order with its evictions, must answer as each word asked alone.
#include "text/syllables.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "support/corpus.h"
#include "support/vietnamese_syllables.h"

namespace {

using congvan::testing::IsBreak;
using congvan::testing::VietnameseSyllables;
using congvan::testing::WordsOf;
using congvan::text::SyllableSet;

// Valid(word) computed afresh: asking another set first empties this
// thread's memo (it is keyed by the set asked), so the answer is computed.
bool Uncached(const SyllableSet& set, const SyllableSet& other, const std::string& word) {
  (void)other.Valid("a");
  return set.Valid(word);
}

std::vector<std::string> Words() {
  std::vector<std::string> words;
  std::set<std::string> seen;
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    std::istringstream text(congvan::testing::ReadFile(congvan::testing::CorpusPath(path)));
    for (std::string word; text >> word;) {
      if (seen.insert(word).second) words.push_back(word);
    }
  }
  // Every length to past the memo's limit (16 bytes), and a syllable changed
  // in one byte at each position of a long word.
  for (size_t n = 1; n <= 30; ++n) {
    words.push_back(std::string(n, 'a'));
    words.push_back(std::string(n - 1, 'a') + "b");
  }
  const std::string base = "nghiêngnghiêngnghiêngnghi";  // 28 bytes
  for (size_t at = 0; at < base.size(); ++at) {
    std::string changed = base;
    changed[at] = 'x';
    words.push_back(changed);
    words.push_back(base.substr(0, at + 1));
  }
  return words;
}

}  // namespace

TEST_CASE("syllables: the memo answers as the check alone, word after word", "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  const SyllableSet other({"b"}, {"a"});
  const std::vector<std::string> words = Words();
  REQUIRE(words.size() > 5000);
  std::vector<bool> alone;
  for (const std::string& w : words) alone.push_back(Uncached(*set, other, w));
  int valid = 0;
  for (int round = 0; round < 2; ++round) {  // the second round reads the memo
    for (size_t k = 0; k < words.size(); ++k) {
      INFO(words[k]);
      CHECK(set->Valid(words[k]) == alone[k]);
      valid += alone[k] && round == 0;
    }
  }
  CHECK(valid > 1000);  // the corpus's syllables are among them
}

// The memos are taken zeroed when a thread first asks (not from the thread's
// static TLS block): in threads started afresh, the first question reads an
// empty memo that no set owned yet, and every answer, and the repair of a
// broken text with the shape gate and with the word walk (the pair memo's
// only user), equal the first thread's.
TEST_CASE("syllables: a new thread's memos start empty and answer as another thread's",
          "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  const std::vector<std::string> words = Words();
  std::vector<bool> here;
  for (const std::string& w : words) here.push_back(set->Valid(w));
  std::string text;
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    text += congvan::testing::ReadFile(congvan::testing::CorpusPath(path));
    if (text.size() > 200000) break;
  }
  std::string broken;  // every fifth word split after its first byte
  int k = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    broken.push_back(text[i]);
    const bool starts = !IsBreak(text[i]) && (i == 0 || IsBreak(text[i - 1]));
    if (starts && ++k % 5 == 0 && static_cast<unsigned char>(text[i]) < 0x80) broken.push_back(' ');
  }
  using congvan::text::SyllableScan;
  const auto gated = congvan::text::RepairBrokenSyllables(broken, *set, nullptr);
  const auto walked =
      congvan::text::RepairBrokenSyllables(broken, *set, nullptr, SyllableScan::kEveryWord);
  REQUIRE(gated.has_value());
  REQUIRE(walked == gated);
  for (const SyllableScan scan : {SyllableScan::kShapeGate, SyllableScan::kEveryWord}) {
    std::vector<bool> there;
    std::optional<std::string> repaired;
    std::thread([&] {
      repaired = congvan::text::RepairBrokenSyllables(broken, *set, nullptr, scan);
      for (const std::string& w : words) there.push_back(set->Valid(w));
    }).join();
    CHECK(repaired == gated);
    CHECK(there == here);
  }
}

// The repair finds word ends sixteen bytes at a time (SSE2) and the last few
// byte by byte: a broken syllable is repaired wherever it falls against the
// blocks, after words of every length, ended by a space, a newline or a tab.
TEST_CASE("syllables: a broken syllable is joined at every offset of the word scan",
          "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  for (size_t before = 0; before <= 40; ++before) {
    for (const std::string& end : {std::string(" "), std::string("\n"), std::string("\t")}) {
      // "Điều" and "tướng" are syllables; "ĐIỀ U" and "tướ ng" are broken.
      const std::string head = before == 0 ? "" : std::string(before, 'x') + end;
      const std::string text = head + "Điều " + "ĐIỀ U" + end + "của T hủ tướ ng" + end + "và";
      congvan::text::SyllableRepairs report;
      auto repaired = congvan::text::RepairBrokenSyllables(text, *set, &report);
      INFO(text);
      REQUIRE(repaired.has_value());
      CHECK(*repaired == head + "Điều ĐIỀU" + end + "của Thủ tướng" + end + "và");
      CHECK(report.count == 3);
    }
  }
}

namespace {

// The texts the in-text check reads: every corpus text, every .txt under
// $CONGVAN_UNSEEN_TEXTS (the team's unseen laws, as the other fast-path tests
// read them) and under $CONGVAN_EXTRA_TEXTS when they are set (texts outside
// the corpus; not needed for the test to mean something).
std::vector<std::string> TextsToRead() {
  std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  if (const char* extra = std::getenv("CONGVAN_EXTRA_TEXTS"); extra != nullptr) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(extra)) {
      if (entry.path().extension() == ".txt") {
        texts.push_back(congvan::testing::ReadFile(entry.path().string()));
      }
    }
  }
  return texts;
}

bool IsEdge(char c) { return std::string_view("(),.;:!?\"'[]").find(c) != std::string_view::npos; }

}  // namespace

// The repair asks about each word where it lies in its text (ValidInText): the
// key is read sixteen bytes at a time, the text's next bytes masked off, and
// near the text's end with overlapping loads. Every word of every corpus text,
// as written and without its edge punctuation (what the repair asks), answers
// as computed alone — first from an empty memo, then from the memo.
TEST_CASE("syllables: words asked where they lie in their text answer as computed alone",
          "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  const SyllableSet other({"b"}, {"a"});
  size_t asked = 0, valid = 0, differ = 0;
  std::string first_differing;
  for (const std::string& text : TextsToRead()) {
    (void)other.Valid("a");  // an empty memo for this set
    const char* end = text.data() + text.size();
    for (int round = 0; round < 2; ++round) {
      for (const auto& [i, e] : WordsOf(text)) {
        std::string_view word(text.data() + i, e - i);
        std::string_view core = word;
        while (!core.empty() && IsEdge(core.front())) core.remove_prefix(1);
        while (!core.empty() && IsEdge(core.back())) core.remove_suffix(1);
        for (std::string_view w : {word, core}) {
          const bool expected = set->ValidUncached(w);
          ++asked;
          valid += expected;
          if (set->ValidInText(w, end) != expected && differ++ == 0) first_differing = w;
        }
      }
    }
  }
  INFO(first_differing);
  CHECK(differ == 0);
  CHECK(asked > 100000);
  CHECK(valid > asked / 4);  // Vietnamese texts: most of their words are syllables
}

namespace {

// The repair as its rules read, word by word with Valid() and plain scans
// (no memo keyed from the scan, no answer carried from one pair to the next):
// the reference the fast loop (text/syllables.cc) must agree with.
size_t EdgeCount(std::string_view w, bool leading) {
  size_t k = 0;
  while (k < w.size() && IsEdge(leading ? w[k] : w[w.size() - 1 - k])) ++k;
  return k;
}
bool PlausibleCaseForTest(std::string_view word) {  // as syllables.cc's PlausibleCase
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (int32_t k = 0; k < u.length();) {
    UChar32 c = u.char32At(k);
    if (k == 0) first_upper = u_isupper(c);
    k += U16_LENGTH(c);
    upper += u_isupper(c) ? 1 : 0;
    lower += u_islower(c) ? 1 : 0;
  }
  return upper == 0 || lower == 0 || (upper == 1 && first_upper);
}
bool BrokenSecondPiece(std::string_view w) {  // two letters or more, or one consonant
  size_t letters = 0;
  for (unsigned char ch : w) letters += (ch & 0xC0) != 0x80;
  if (letters >= 2) return true;
  if (letters != 1) return false;
  if (w.size() == 1)
    return std::string_view("bcdghklmnpqrstvxBCDGHKLMNPQRSTVX").find(w[0]) !=
           std::string_view::npos;
  return w == "đ" || w == "Đ";
}

std::optional<std::string> ReferenceRepair(std::string_view text, const SyllableSet& set,
                                           congvan::text::SyllableRepairs* report) {
  auto end_of = [&](size_t from) {
    while (from < text.size() && !IsBreak(text[from])) ++from;
    return from;
  };
  std::string out;
  int count = 0, line = 1;
  size_t copied = 0, i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') ++line;
    if (IsBreak(text[i])) {
      ++i;
      continue;
    }
    const size_t a_end = end_of(i);
    const std::string_view a = text.substr(i, a_end - i);
    size_t span_end = 0;
    if (a_end + 1 < text.size() && text[a_end] == ' ' && text[a_end + 1] != ' ') {
      const size_t b_end = end_of(a_end + 1);
      const std::string_view b = text.substr(a_end + 1, b_end - a_end - 1);
      const std::string_view a_core = a.substr(EdgeCount(a, true));
      const std::string_view b_core = b.substr(0, b.size() - EdgeCount(b, false));
      if (EdgeCount(a, false) == 0 && EdgeCount(b, true) == 0 && !a_core.empty() &&
          !b_core.empty()) {
        const bool va = set.Valid(a_core), vb = set.Valid(b_core);
        const std::string ab = std::string(a_core) + std::string(b_core);
        if (!va && b_end + 1 < text.size() && text[b_end] == ' ' && EdgeCount(b, false) == 0) {
          const size_t c_end = end_of(b_end + 1);
          const std::string_view c = text.substr(b_end + 1, c_end - b_end - 1);
          const std::string_view c_core = c.substr(0, c.size() - EdgeCount(c, false));
          const std::string abc = ab + std::string(c_core);
          if (EdgeCount(c, true) == 0 && !c_core.empty() && (!vb || !set.Valid(c_core)) &&
              set.Valid(abc) && PlausibleCaseForTest(abc)) {
            span_end = c_end;
          }
        }
        const bool b_broken = !vb && BrokenSecondPiece(b_core);
        if (span_end == 0 && !(va && vb) && (!va || b_broken) && set.Valid(ab) &&
            PlausibleCaseForTest(ab)) {
          span_end = b_end;
        }
      }
    }
    if (span_end == 0) {
      i = a_end < text.size() && text[a_end] == ' ' ? a_end + 1 : a_end;
      continue;
    }
    out.append(text.substr(copied, i - copied));
    std::string before(text.substr(i, span_end - i)), after;
    for (char ch : before) {
      if (ch != ' ') after.push_back(ch);
    }
    out += after;
    copied = span_end;
    if (count++ == 0 && report != nullptr) {
      report->first_line = line;
      report->first_before = before;
      report->first_after = after;
    }
    i = span_end;
  }
  if (count == 0) return std::nullopt;
  out.append(text.substr(copied));
  if (report != nullptr) report->count = count;
  return out;
}

// A text with syllables broken as PDF extraction breaks them: a space put
// inside every `every`-th word of two letters or more, at a character boundary.
std::string BreakSyllables(const std::string& text, size_t every) {
  std::string out;
  size_t word = 0;
  for (size_t i = 0; i < text.size();) {
    if (IsBreak(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t e = i;
    while (e < text.size() && !IsBreak(text[e])) ++e;
    std::string_view w(text.data() + i, e - i);
    size_t cut = 1;
    while (cut < w.size() && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) ++cut;
    if (++word % every == 0 && cut < w.size()) {
      out.append(w.substr(0, cut)).push_back(' ');
      out.append(w.substr(cut));
    } else {
      out.append(w);
    }
    i = e;
  }
  return out;
}

// Repairs `text` with the engine and with the reference; both must give the
// same text and the same report (count, first join's line and words). Returns
// whether the text was repaired.
bool RepairsAsReference(const std::string& text, const SyllableSet& set) {
  congvan::text::SyllableRepairs fast_report, slow_report;
  const auto fast = congvan::text::RepairBrokenSyllables(text, set, &fast_report);
  const auto slow = ReferenceRepair(text, set, &slow_report);
  INFO(text);
  REQUIRE(fast.has_value() == slow.has_value());
  if (!fast) return false;
  CHECK(*fast == *slow);
  CHECK(fast_report.count == slow_report.count);
  CHECK(fast_report.first_line == slow_report.first_line);
  CHECK(fast_report.first_before == slow_report.first_before);
  CHECK(fast_report.first_after == slow_report.first_after);
  return true;
}

}  // namespace

// The repair's loop carries each word's scan and answer to the next pair and
// keys words from the scan's load; the reference reads the rules word by word.
// On every corpus text (and the unseen and extra texts), as written and with
// syllables broken, both give the same text and the same report.
TEST_CASE("syllables: the repair joins as the rules read word by word", "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  int repaired_texts = 0;
  for (const std::string& written : TextsToRead()) {
    for (const std::string& text :
         {written, BreakSyllables(written, 7), BreakSyllables(written, 2)}) {
      if (RepairsAsReference(text, *set)) ++repaired_texts;
    }
  }
  CHECK(repaired_texts > 60);
}

// The repair steps over pairs of syllables two words at a time, answered by a
// memo of the pair's bytes (the sixteen bytes at the first word, masked after
// the second): a pair asked before, with punctuation at either edge, before a
// broken syllable, near the text's end or past sixteen bytes, answers as the
// rules read word by word — on a cold memo and again on a warm one.
TEST_CASE("syllables: pairs stepped over two words at a time repair as word by word",
          "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  const std::vector<std::string> pieces = {
      "quy định tại",   "(quy định, tại",      "quy định T hủ tướ ng",
      "của Chính phủ.", "Điều 5. Phạ m vi",    "nghiệp người nghiêng",
      "ĐIỀ U khoản",    "và ở điểm a, b và c", "cơ quan",
      "2022 năm",       "hư ớng dẫn"};
  int repaired = 0;
  for (int round = 0; round < 2; ++round) {
    for (size_t first = 0; first < pieces.size(); ++first) {
      for (size_t second = 0; second < pieces.size(); ++second) {
        for (const std::string& gap : {std::string(" "), std::string("\n"), std::string("  ")}) {
          const std::string text = pieces[first] + gap + pieces[second] + " " + pieces[first];
          if (RepairsAsReference(text, *set)) ++repaired;
        }
      }
    }
  }
  CHECK(repaired > 100);
}

// The walk reads a word and the pair after it from one sixteen-byte load, goes
// on past punctuation, tabs and line ends without returning to the repair,
// keys words of up to fifteen bytes and asks longer ones afresh, and reads
// word by word where fewer than sixteen bytes are left. Texts drawn from
// pieces that meet each of those edges (words of 14 to 17 bytes, edge
// punctuation at either side, broken syllables, every kind of gap, the text
// ending inside a pair, digits and signs in a word next to broken pieces,
// where the walk goes on without asking for a join) repair as the rules read
// word by word, with the same
// report (the first join's line among them) — cold memo and warm.
TEST_CASE("syllables: the walk repairs generated shapes as word by word", "[text][syllables]") {
  const SyllableSet* set = VietnameseSyllables();
  const std::vector<std::string> words = {"quy",
                                          "định",
                                          "tại",
                                          "của",
                                          "Chính",
                                          "phủ",
                                          "T",
                                          "hủ",
                                          "tướ",
                                          "ng",
                                          "ĐIỀ",
                                          "U",
                                          "Phạ",
                                          "m",
                                          "hư",
                                          "ớng",
                                          "a",
                                          "và",
                                          "(quy",
                                          "định,",
                                          "tại.",
                                          "\"của\"",
                                          "2022",
                                          "khoản",
                                          "nghiêng",
                                          "x",
                                          "abcdefghijklmn",
                                          "abcdefghijklmno",
                                          "abcdefghijklmnop",
                                          "abcdefghijklmnopq",
                                          "nghiê",
                                          "ng,",
                                          "[và]",
                                          ")",
                                          "Đ",
                                          "ả",
                                          "đ",
                                          "5",
                                          "T5",
                                          "hủ-",
                                          "a/b",
                                          "(5",
                                          "tướ2",
                                          "ng3,",
                                          "@ng"};
  const std::vector<std::string> gaps = {" ", " ", " ", " ", "  ", "\n", "\t", " \n", "\n\n"};
  uint64_t state = 0x2545F4914F6CDD1DULL;
  const auto next = [&state](size_t bound) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<size_t>(state % bound);
  };
  int repaired = 0;
  for (int round = 0; round < 2; ++round) {
    for (int t = 0; t < 3000; ++t) {
      std::string text;
      const size_t count = 1 + next(24);
      for (size_t k = 0; k < count; ++k) {
        if (k > 0) text += gaps[next(gaps.size())];
        text += words[next(words.size())];
      }
      if (RepairsAsReference(text, *set)) ++repaired;
    }
  }
  CHECK(repaired > 600);  // one text in ten repaired at least: the pieces meet
}
