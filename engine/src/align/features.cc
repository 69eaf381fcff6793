// Features of one task's text for the aligner.
//
// Approach: a plain UTF-8 scan (word_scanner.h) cuts the NFC text into
// words; each word is keyed case-folded with Vietnamese tone placement
// normalised (so "hoá"/"hóa" agree while "cá"/"ca" stay apart), and again with
// all diacritics removed as a weaker extra feature. Adjacent word pairs carry
// phrase evidence (Vietnamese words are mostly two syllables, so syllable
// bigrams approximate words). English words are stemmed with Porter's
// algorithm so "responsibility"/"responsibilities" agree. Anchors — periods,
// years, percentages and cited document numbers — are found with RE2 and are
// language-neutral, so they also help across languages.
#include "align/features.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>

#include "align/word_scanner.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

// ---- Porter stemmer (M. F. Porter, 1980), on lower-case ASCII ------------

bool IsConsonant(const std::string& w, int i) {
  switch (w[static_cast<size_t>(i)]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return false;
    case 'y': return i == 0 ? true : !IsConsonant(w, i - 1);
    default: return true;
  }
}

// Number of VC sequences in w[0..end).
int Measure(const std::string& w, int end) {
  int n = 0, i = 0;
  while (i < end && IsConsonant(w, i)) ++i;
  while (i < end) {
    while (i < end && !IsConsonant(w, i)) ++i;
    if (i >= end) break;
    while (i < end && IsConsonant(w, i)) ++i;
    ++n;
  }
  return n;
}

bool HasVowel(const std::string& w, int end) {
  for (int i = 0; i < end; ++i) {
    if (!IsConsonant(w, i)) return true;
  }
  return false;
}

bool EndsDoubleConsonant(const std::string& w, int end) {
  return end >= 2 && w[static_cast<size_t>(end - 1)] == w[static_cast<size_t>(end - 2)] &&
         IsConsonant(w, end - 1);
}

// consonant-vowel-consonant, last not w, x or y.
bool EndsCvc(const std::string& w, int end) {
  if (end < 3 || !IsConsonant(w, end - 1) || IsConsonant(w, end - 2) || !IsConsonant(w, end - 3))
    return false;
  char c = w[static_cast<size_t>(end - 1)];
  return c != 'w' && c != 'x' && c != 'y';
}

bool EndsWith(const std::string& w, std::string_view s) {
  return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

// Replaces suffix `s` by `r` when the stem before it has measure > min_m.
bool ReplaceIf(std::string& w, std::string_view s, std::string_view r, int min_m) {
  if (!EndsWith(w, s)) return false;
  int stem = static_cast<int>(w.size() - s.size());
  if (Measure(w, stem) > min_m) w = w.substr(0, static_cast<size_t>(stem)) + std::string(r);
  return true;  // the suffix matched: stop trying others
}

std::string Porter(std::string w) {
  if (w.size() <= 2) return w;
  // Step 1a.
  if (EndsWith(w, "sses")) w.resize(w.size() - 2);
  else if (EndsWith(w, "ies")) w.resize(w.size() - 2);
  else if (EndsWith(w, "ss")) {}
  else if (EndsWith(w, "s")) w.resize(w.size() - 1);
  // Step 1b.
  bool extra = false;
  if (EndsWith(w, "eed")) {
    if (Measure(w, static_cast<int>(w.size()) - 3) > 0) w.resize(w.size() - 1);
  } else if (EndsWith(w, "ed") && HasVowel(w, static_cast<int>(w.size()) - 2)) {
    w.resize(w.size() - 2);
    extra = true;
  } else if (EndsWith(w, "ing") && HasVowel(w, static_cast<int>(w.size()) - 3)) {
    w.resize(w.size() - 3);
    extra = true;
  }
  if (extra) {
    int n = static_cast<int>(w.size());
    if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
      w += 'e';
    } else if (EndsDoubleConsonant(w, n) && w.back() != 'l' && w.back() != 's' &&
               w.back() != 'z') {
      w.pop_back();
    } else if (Measure(w, n) == 1 && EndsCvc(w, n)) {
      w += 'e';
    }
  }
  // Step 1c.
  if (EndsWith(w, "y") && HasVowel(w, static_cast<int>(w.size()) - 1)) w.back() = 'i';
  // Step 2.
  static const std::pair<const char*, const char*> kStep2[] = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
      {"izer", "ize"},    {"abli", "able"},   {"alli", "al"},   {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"}};
  for (const auto& [s, r] : kStep2) {
    if (ReplaceIf(w, s, r, 0)) break;
  }
  // Step 3.
  static const std::pair<const char*, const char*> kStep3[] = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
      {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
  for (const auto& [s, r] : kStep3) {
    if (ReplaceIf(w, s, r, 0)) break;
  }
  // Step 4.
  static const char* kStep4[] = {"al",  "ance", "ence", "er",  "ic",  "able", "ible",
                                 "ant", "ement", "ment", "ent", "ion", "ou",   "ism",
                                 "ate", "iti",  "ous",  "ive", "ize"};
  for (const char* s : kStep4) {
    if (!EndsWith(w, s)) continue;
    int stem = static_cast<int>(w.size() - std::string_view(s).size());
    if (std::string_view(s) == "ion" &&
        !(stem > 0 && (w[static_cast<size_t>(stem - 1)] == 's' ||
                       w[static_cast<size_t>(stem - 1)] == 't'))) {
      break;
    }
    if (Measure(w, stem) > 1) w.resize(static_cast<size_t>(stem));
    break;
  }
  // Step 5.
  if (EndsWith(w, "e")) {
    int n = static_cast<int>(w.size()) - 1;
    int m = Measure(w, n);
    if (m > 1 || (m == 1 && !EndsCvc(w, n))) w.pop_back();
  }
  if (EndsWith(w, "ll") && Measure(w, static_cast<int>(w.size())) > 1) w.pop_back();
  return w;
}

const RE2& FromToRe() {
  // "from 2021 to 2030", "từ năm 2021 đến năm 2030": the same period in words.
  static const RE2 re(
      "(?i)(?:from|từ)\\s+(?:năm\\s+)?((?:19|20)\\d\\d)\\s+(?:to|until|đến|tới)\\s+(?:năm\\s+)?"
      "((?:19|20)\\d\\d)");
  return re;
}
const RE2& PercentRe() {
  static const RE2 re("(\\d+(?:[.,]\\d+)?)\\s?%");
  return re;
}
const RE2& DocNumberRe() {
  // 10/2019/TT-BKHDT, 2232/QĐ-TTg, 1303/LĐTBXH-BĐG, 01/NQ-CP, 11-NQ/TW.
  static const RE2 re(
      "(\\d+(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*|\\d+-\\p{Lu}+/\\p{Lu}+)");
  return re;
}


// The keys of one word as written, hashed and cached per thread: the
// vocabulary of a language is small next to the number of words in a large
// document, and the ICU folds behind the keys are the costly part of
// feature extraction.
struct WordKeys {
  std::uint64_t word = 0;    // hash of "w:" + tone key (English: stem)
  std::uint64_t folded = 0;  // hash of "d:" + diacritic-folded key; 0 when it would repeat "w:"
};

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

const WordKeys& KeysOf(std::string_view raw, Language language) {
  thread_local std::unordered_map<std::string, WordKeys, ViewHash, std::equal_to<>> cache[2];
  auto& c = cache[language == Language::kEnglish ? 1 : 0];
  auto it = c.find(raw);
  if (it != c.end()) return it->second;
  if (c.size() > 500'000) c.clear();
  WordKeys k;
  std::string word = FoldToneKey(raw);
  if (language == Language::kEnglish) {
    word = StemEnglish(word);
    // A plain ASCII stem is its own folded key: "d:" would only repeat "w:".
    if (HasDiacritics(word)) k.folded = KeyHash("d:" + FoldKey(word));
  } else {
    k.folded = KeyHash("d:" + FoldKey(raw));
  }
  k.word = KeyHash("w:" + word);
  return c.emplace(std::string(raw), k).first->second;
}

// A bigram's hash from its words' hashes (order matters).
std::uint64_t BigramHash(std::uint64_t first, std::uint64_t second) {
  std::uint64_t h = first * 0x9E3779B97F4A7C15ull ^ ((second << 29) | (second >> 35));
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 27) ^ 0x62ull;  // 'b': apart from any word's hash
}

}  // namespace

std::string StemEnglish(std::string_view word) {
  for (unsigned char c : word) {
    if (c < 'a' || c > 'z') return std::string(word);
  }
  return Porter(std::string(word));
}

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

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A four-digit year of 19xx or 20xx at text[i, i + 4).
bool YearAt(std::string_view text, size_t i) {
  return i + 4 <= text.size() && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) &&
         IsDigit(text[i + 2]) && IsDigit(text[i + 3]);
}

// The length of a dash at text[i]: '-' or U+2010–U+2014 (‐ ‑ ‒ – —); 0 if none.
size_t DashAt(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '-') return 1;
  if (i + 3 <= text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
      static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x94) {
    return 3;
  }
  return 0;
}

// Years and periods by a scan over digit runs (the costly part of anchor
// extraction with regular expressions): a year is a run of four digits
// 19xx/20xx not inside a date or a number ("12/2021", "2021/QĐ"); a period is
// a year, a dash between optional spaces, and another year.
void ScanYearsAndPeriods(std::string_view text, FeatureSink* sink) {
  std::string key;
  size_t periods_from = 0;  // a period's second year opens no period (as a regex consumes it)
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j - i != 4 || !YearAt(text, i)) continue;
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
}

}  // namespace

void ExtractAnchors(std::string_view text, FeatureSink* sink) {
  // Every anchor holds a digit: most task texts have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  ScanYearsAndPeriods(text, sink);
  // The rarer anchors need a byte a cheap scan finds first: "from"/"từ" for a
  // spelt-out period, '%', the '/' of a document number.
  bool from_to = text.find("rom") != std::string_view::npos || text.find("ROM") != std::string_view::npos ||
                 text.find("\xE1\xBB\xAB") != std::string_view::npos ||  // ừ
                 text.find("\xE1\xBB\xAA") != std::string_view::npos;    // Ừ
  bool percent = text.find('%') != std::string_view::npos;
  bool number = text.find('/') != std::string_view::npos;
  re2::StringPiece input(text.data(), text.size());
  std::string a, b, key;
  re2::StringPiece in = input;
  while (from_to && RE2::FindAndConsume(&in, FromToRe(), &a, &b)) {
    key = "a:p" + a + "-" + b;
    sink->Add(key, kAnchorWeight);
  }
  in = input;
  while (percent && RE2::FindAndConsume(&in, PercentRe(), &a)) {
    key = "a:%" + a;
    sink->Add(key, kAnchorWeight);
  }
  in = input;
  while (number && RE2::FindAndConsume(&in, DocNumberRe(), &a)) {
    key = "a:r" + FoldKey(a);
    sink->Add(key, kAnchorWeight * 2);
  }
}

void ExtractAnchors(std::string_view text, std::vector<WeightedFeature>* out) {
  VectorSink sink(out);
  ExtractAnchors(text, &sink);
}

std::uint64_t KeyHash(std::string_view key) { return std::hash<std::string_view>()(key); }

void ExtractTextFeatures(std::string_view text, Language language, HashedFeatureSink* sink) {
  thread_local std::vector<std::string_view> words;
  thread_local std::vector<std::uint64_t> word_hashes;
  ScanWords(text, &words);
  word_hashes.clear();
  for (std::string_view w : words) {
    const WordKeys& k = KeysOf(w, language);
    if (k.folded != 0) sink->AddHash(k.folded, kFoldedWeight);
    sink->AddHash(k.word, kWordWeight);
    word_hashes.push_back(k.word);
  }
  // Vietnamese words are mostly two syllables: syllable bigrams stand for
  // words. English words are words already; their bigrams add a little
  // phrase evidence but mostly echo function words, so they weigh less.
  double bigram = language == Language::kVietnamese ? kBigramWeight : kEnglishBigramWeight;
  for (size_t i = 1; i < word_hashes.size(); ++i) {
    sink->AddHash(BigramHash(word_hashes[i - 1], word_hashes[i]), bigram);
  }
  ExtractAnchors(text, sink);
}

std::string NormalizeForEquality(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  // Documents are NFC already (the parser normalises); FoldCase would change
  // case, so equality keeps the text's case and only unifies whitespace.
  return out;
}

}  // namespace congvan::align_internal
