// Features of one task's text for the aligner.
//
// Approach: a plain UTF-8 scan (word_scanner.h) cuts the NFC text into
// words; each word is keyed case-folded with Vietnamese tone placement
// normalised (so "hoá"/"hóa" agree while "cá"/"ca" stay apart), and again with
// all diacritics removed as a weaker extra feature. Adjacent word pairs carry
// phrase evidence (Vietnamese words are mostly two syllables, so syllable
// bigrams approximate words). English words are stemmed with the strong form
// of the engine's one stemmer module (congvan/lexicon.h EnglishRootStem:
// Porter), so "organizing"/"organization" agree. Anchors — periods,
// years, percentages and cited document numbers — are found with RE2 and are
// language-neutral, so they also help across languages.
#include "align/features.h"

#include <absl/container/flat_hash_map.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

#include "align/align_vocabulary.h"
#include "align/editorial_notes.h"
#include "align/word_scanner.h"
#include "congvan/lexicon.h"
#include "congvan/text_fold.h"
#include "text/ascii_chars.h"

namespace congvan::align_internal {
namespace {

using text::IsAsciiDigit;

const RE2& FromToRe() {
  // "from 2021 to 2030", "từ năm 2021 đến năm 2030": the same period in words.
  static const RE2 re(
      "(?i)(?:from|từ)\\s+(?:năm\\s+)?((?:19|20)\\d\\d)\\s+(?:to|until|đến|tới)\\s+(?:năm\\s+)?"
      "((?:19|20)\\d\\d)");
  return re;
}
const RE2& DocNumberRe() {
  // 10/2019/TT-BKHDT, 2232/QĐ-TTg, 1303/LĐTBXH-BĐG, 01/NQ-CP, 11-NQ/TW.
  static const RE2 re(
      "(\\d+(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|\\d+-\\p{Lu}+/\\p{Lu}+)");
  return re;
}

}  // namespace

// An open-addressing map (one probe into a flat array, looked up by the
// word's view without building a string).
WordKeys KeysOfWord(std::string_view raw, Language language) {
  thread_local absl::flat_hash_map<std::string, WordKeys> cache[2];
  auto& c = cache[language == Language::kEnglish ? 1 : 0];
  // Debian's abseil has its own string_view type, not std's.
  auto it = c.find(absl::string_view(raw.data(), raw.size()));
  if (it != c.end()) return it->second;
  if (c.size() > 500'000) c.clear();
  WordKeys k;
  std::string word = FoldToneKey(raw);
  if (language == Language::kEnglish) {
    word = EnglishRootStem(word);
    // A plain ASCII stem is its own folded key: "d:" would only repeat "w:".
    if (HasDiacritics(word)) k.folded = KeyHash("d:" + FoldKey(word));
  } else {
    k.folded = KeyHash("d:" + FoldKey(raw));
  }
  k.word = KeyHash("w:" + word);
  c.emplace(std::string(raw), k);
  return k;
}

std::uint64_t HashedFeatureSink::AddWord(std::string_view raw, Language language) {
  WordKeys k = KeysOfWord(raw, language);
  if (k.folded != 0) AddHash(k.folded, kFoldedWeight);
  AddHash(k.word, kWordWeight);
  return k.word;
}

namespace {

// A bigram's hash from its words' hashes (order matters).
std::uint64_t BigramHash(std::uint64_t first, std::uint64_t second) {
  std::uint64_t h = first * 0x9E3779B97F4A7C15ull ^ ((second << 29) | (second >> 35));
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 27) ^ 0x62ull;  // 'b': apart from any word's hash
}

}  // namespace

namespace {

class VectorSink : public FeatureSink {
 public:
  explicit VectorSink(std::vector<WeightedFeature>* out) : out_(out) {}
  void Add(std::string_view key, double weight) override {
    out_->push_back({std::string(key), weight});
  }

 private:
  std::vector<WeightedFeature>* out_;
};

}  // namespace

namespace {

bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A four-digit year of 19xx or 20xx at text[i, i + 4).
bool YearAt(std::string_view text, size_t i) {
  return i + 4 <= text.size() &&
         ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) &&
         IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3]);
}

// The length of a dash at text[i]: '-' or U+2010–U+2014 (‐ ‑ ‒ – —); 0 if none.
size_t DashAt(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '-') return 1;
  if (i + 3 <= text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
      static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
      static_cast<unsigned char>(text[i + 2]) <= 0x94) {
    return 3;
  }
  return 0;
}

// Years and periods by a scan over digit runs (the costly part of anchor
// extraction with regular expressions): a year is a run of four digits
// 19xx/20xx not inside a date or a number ("12/2021", "2021/QĐ"); a period is
// a year, a dash between optional spaces, and another year. Returns how many
// digit runs open with a year (of four digits or more): a period spelt out in
// words (FromToRe) needs two. first_digit: where the first digit is (the
// scan starts there).
size_t ScanYearsAndPeriods(std::string_view text, size_t first_digit, FeatureSink* sink) {
  std::string key;
  size_t year_runs = 0;
  size_t periods_from = 0;  // a period's second year opens no period (as a regex consumes it)
  for (size_t i = first_digit; i < text.size(); ++i) {
    if (!IsAsciiDigit(text[i]) || (i > 0 && IsAsciiDigit(text[i - 1]))) continue;
    size_t j = i;
    while (j < text.size() && IsAsciiDigit(text[j])) ++j;
    if (j - i < 4 || !YearAt(text, i)) continue;
    ++year_runs;
    if (j - i != 4) continue;
    char before = i > 0 ? text[i - 1] : ' ';
    char after = j < text.size() ? text[j] : ' ';
    if (before != '/' && before != '.' && before != ',' && after != '/') {
      key = "a:y";
      key.append(text.substr(i, 4));
      sink->Add(key, kAnchorWeight * 0.5);
    }
    if (i < periods_from) continue;
    size_t k = j;
    while (k < text.size() && IsRegexSpace(text[k])) ++k;
    size_t dash = DashAt(text, k);
    if (dash == 0) continue;
    k += dash;
    while (k < text.size() && IsRegexSpace(text[k])) ++k;
    if (!YearAt(text, k)) continue;
    key = "a:p";
    key.append(text.substr(i, 4));
    key += '-';
    key.append(text.substr(k, 4));
    sink->Add(key, kAnchorWeight);
    periods_from = k + 4;
  }
  return year_runs;
}

// Percentages "12,5 %": what the pattern (\d+(?:[.,]\d+)?)\s?% captures,
// found backwards from each '%' (a digit run, optionally a separator and the
// digit run before it): the same numbers as the leftmost matches of the
// pattern, without a regular-expression search over the whole text.
void ScanPercentages(std::string_view text, FeatureSink* sink) {
  std::string key;
  for (size_t p = text.find('%'); p != std::string_view::npos; p = text.find('%', p + 1)) {
    size_t end = p;
    if (end > 0 && IsRegexSpace(text[end - 1])) --end;
    size_t start = end;
    while (start > 0 && IsAsciiDigit(text[start - 1])) --start;
    if (start == end) continue;
    if (start >= 2 && (text[start - 1] == '.' || text[start - 1] == ',') &&
        IsAsciiDigit(text[start - 2])) {
      start -= 1;
      while (start > 0 && IsAsciiDigit(text[start - 1])) --start;
    }
    key = "a:%";
    key.append(text.substr(start, end - start));
    sink->Add(key, kAnchorWeight);
  }
}

// Cited document numbers (DocNumberRe). Every match holds a '/' and opens
// with a digit run, and the leftmost match starts where a digit run starts;
// so each digit run with a '/' close after it is tried with an anchored
// match, and a match resumes the scan after its end — the matches of an
// unanchored search, at the cost of a few anchored ones. "Close": the run
// itself reaches the '/', or the '/' is within 48 bytes (room for a number,
// a dash and an agency's initials, "11-NQ/TW").
void ScanDocumentNumbers(std::string_view text, FeatureSink* sink) {
  constexpr size_t kReach = 48;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  std::string key;
  size_t slash = text.find('/');
  for (size_t i = 0; i < text.size() && slash != std::string_view::npos;) {
    if (!IsAsciiDigit(text[i]) || (i > 0 && IsAsciiDigit(text[i - 1]))) {
      ++i;
      continue;
    }
    if (slash < i) slash = text.find('/', i);
    if (slash == std::string_view::npos) break;
    size_t run_end = i;
    while (run_end < text.size() && IsAsciiDigit(text[run_end])) ++run_end;
    bool close = slash - i <= kReach || run_end == slash;
    if (close && DocNumberRe().Match(input, i, text.size(), RE2::ANCHOR_START, &match, 1)) {
      key = "a:r" + FoldKey(std::string_view(match.data(), match.size()));
      sink->Add(key, kAnchorWeight * 2);
      i += match.size();
    } else {
      ++i;
    }
  }
}

}  // namespace

void ExtractAnchors(std::string_view text, FeatureSink* sink) {
  // Every anchor holds a digit: most task texts have none.
  size_t first_digit =
      static_cast<size_t>(std::find_if(text.begin(), text.end(), IsAsciiDigit) - text.begin());
  if (first_digit == text.size()) return;
  size_t year_runs = ScanYearsAndPeriods(text, first_digit, sink);
  // The rarer anchors need a byte a cheap scan finds first: "from"/"từ" and
  // two digit runs opening with a year for a spelt-out period (each of its
  // years follows whitespace, so opens a run), '%', the '/' of a document
  // number. The year count comes first: the search for "ừ" stops at every
  // Vietnamese letter that shares its lead byte.
  bool from_to = year_runs >= 2 && (text.find("rom") != std::string_view::npos ||
                                    text.find("ROM") != std::string_view::npos ||
                                    text.find("\xE1\xBB\xAB") != std::string_view::npos ||  // ừ
                                    text.find("\xE1\xBB\xAA") != std::string_view::npos);   // Ừ
  bool percent = text.find('%') != std::string_view::npos;
  bool number = text.find('/') != std::string_view::npos;
  std::string a, b, key;
  if (from_to) {
    re2::StringPiece in(text.data(), text.size());
    while (RE2::FindAndConsume(&in, FromToRe(), &a, &b)) {
      key = "a:p" + a + "-" + b;
      sink->Add(key, kAnchorWeight);
    }
  }
  if (percent) ScanPercentages(text, sink);
  if (number) ScanDocumentNumbers(text, sink);
}

void ExtractAnchors(std::string_view text, std::vector<WeightedFeature>* out) {
  VectorSink sink(out);
  ExtractAnchors(text, &sink);
}

std::uint64_t KeyHash(std::string_view key) { return std::hash<std::string_view>()(key); }

namespace {

// The note words of `language` in `grammar_dir`: the last asked kept per
// thread, so the vocabulary's lock is taken once per document, not per text.
const EditorialNoteWords& NoteWordsFor(const Language& language, const std::string& grammar_dir) {
  thread_local const EditorialNoteWords* words = nullptr;
  thread_local Language words_language;
  thread_local std::string words_dir;
  if (words == nullptr || words_language != language || words_dir != grammar_dir) {
    words = &VocabularyFor(language, grammar_dir).notes;
    words_language = language;
    words_dir = grammar_dir;
  }
  return *words;
}

}  // namespace

void ExtractTextFeatures(std::string_view text, Language language, const std::string& grammar_dir,
                         HashedFeatureSink* sink) {
  // A publisher's bracketed note is not the provision's text (editorial_notes.h).
  thread_local std::string without_notes;
  if (WithoutEditorialNotes(text, NoteWordsFor(language, grammar_dir), &without_notes))
    text = without_notes;
  thread_local std::vector<std::string_view> words;
  thread_local std::vector<std::uint64_t> word_hashes;
  ScanWords(text, &words);
  word_hashes.clear();
  for (std::string_view w : words) word_hashes.push_back(sink->AddWord(w, language));
  // Vietnamese words are mostly two syllables: syllable bigrams stand for
  // words. English words are words already; their bigrams add a little
  // phrase evidence but mostly echo function words, so they weigh less.
  double bigram = language == Language::kVietnamese ? kBigramWeight : kEnglishBigramWeight;
  for (size_t i = 1; i < word_hashes.size(); ++i) {
    sink->AddHash(BigramHash(word_hashes[i - 1], word_hashes[i]), bigram);
  }
  ExtractAnchors(text, sink);
}

namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The next whitespace-free run at or after *at, advancing *at past it; empty
// at the end of the text.
std::string_view NextRun(std::string_view text, size_t* at) {
  size_t i = *at;
  while (i < text.size() && IsSpaceByte(text[i])) ++i;
  size_t start = i;
  while (i < text.size() && !IsSpaceByte(text[i])) ++i;
  *at = i;
  return text.substr(start, i - start);
}

}  // namespace

bool SameTextUpToSpacing(std::string_view a, std::string_view b) {
  if (a == b) return true;  // most unchanged texts: one memcmp
  size_t i = 0, j = 0;
  while (true) {
    std::string_view x = NextRun(a, &i), y = NextRun(b, &j);
    if (x != y) return false;
    if (x.empty()) return true;
  }
}

}  // namespace congvan::align_internal
