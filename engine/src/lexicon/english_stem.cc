// A light, conservative English stemmer (congvan/lexicon.h EnglishStem).
//
// Approach: Porter's step 1 only — inflections, not derivations — so that
// "train/trains/trained/training" and "policy/policies" meet while
// "develop" and "development", "inspect" and "inspection" stay apart (the
// lexicon lists derived forms explicitly, and they often map to different
// concepts). Then British spellings are folded onto American ones
// (labour/labor, mobilise/mobilize, programme/program, centre/center) and a
// final silent e is dropped so that "issue" and "issued" share "issu".
// The stem is a key, not a word: it only has to be equal for variants.
//
// EnglishRootStem is the strong form of the same module: Porter's full
// algorithm (derivations too: "integrating"/"integration" → "integr"), for the
// aligner's word features, where two wordings of one task must meet; the
// lexicon keeps the light form, where "inspect" and "inspection" may be
// different concepts.
#include <array>
#include <string>
#include <string_view>

#include "congvan/lexicon.h"

namespace congvan {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool HasVowel(std::string_view s) {
  for (char c : s) {
    if (IsVowel(c)) return true;
  }
  return false;
}

// Porter's consonant test: y is a consonant at the start or after a vowel.
bool IsConsonant(std::string_view s, size_t i) {
  char c = s[i];
  if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return false;
  if (c == 'y') return i == 0 || !IsConsonant(s, i - 1);
  return true;
}

// Porter's measure m of [C](VC)^m[V]: the number of vowel-consonant runs.
int Measure(std::string_view s) {
  int m = 0;
  bool prev_vowel = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool cons = IsConsonant(s, i);
    if (cons && prev_vowel) ++m;
    prev_vowel = !cons;
  }
  return m;
}

// Ends consonant-vowel-consonant, the last not w, x or y (hop, bas, car).
bool EndsCvc(std::string_view s) {
  size_t n = s.size();
  if (n < 3) return false;
  char last = s[n - 1];
  return IsConsonant(s, n - 3) && !IsConsonant(s, n - 2) && IsConsonant(s, n - 1) && last != 'w' &&
         last != 'x' && last != 'y';
}

bool IsAsciiLowerWord(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return false;
  }
  return true;
}

// Words whose final s is not an inflection, or that the rules would merge
// with a different word.
constexpr std::array<std::string_view, 15> kKeepAsIs = {
    "news", "series", "species", "always", "perhaps", "thus",     "lens", "gas",
    "bus",  "yes",    "alias",   "canvas", "whereas", "overseas", "mrs"};

// Past tenses of verbs ending in -ee (every other -eed word is left alone).
constexpr std::array<std::string_view, 7> kEePast = {"agreed", "disagreed", "guaranteed", "decreed",
                                                     "freed",  "refereed",  "foreseed"};

struct Respelling {
  std::string_view from;
  std::string_view to;
};
// Whole-stem British → American respellings that no suffix rule covers.
constexpr std::array<Respelling, 12> kRespell = {{
    {"programm", "program"},  // programme minus final e, and programmes/programmed
    {"centr", "center"},
    {"metr", "meter"},
    {"litr", "liter"},
    {"fibr", "fiber"},
    {"theatr", "theater"},
    {"judgement", "judgment"},
    {"acknowledgement", "acknowledgment"},
    {"defenc", "defens"},
    {"licenc", "licens"},
    {"offenc", "offens"},
    {"practis", "practic"},
}};

}  // namespace

// Porter's full algorithm (M. F. Porter, 1980), steps 1–5, for EnglishRootStem.
namespace porter {

bool IsConsonant(const std::string& w, int i) {
  switch (w[static_cast<size_t>(i)]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return false;
    case 'y':
      return i == 0 ? true : !IsConsonant(w, i - 1);
    default:
      return true;
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
  if (EndsWith(w, "sses"))
    w.resize(w.size() - 2);
  else if (EndsWith(w, "ies"))
    w.resize(w.size() - 2);
  else if (EndsWith(w, "ss")) {
  } else if (EndsWith(w, "s"))
    w.resize(w.size() - 1);
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
    } else if (EndsDoubleConsonant(w, n) && w.back() != 'l' && w.back() != 's' && w.back() != 'z') {
      w.pop_back();
    } else if (Measure(w, n) == 1 && EndsCvc(w, n)) {
      w += 'e';
    }
  }
  // Step 1c.
  if (EndsWith(w, "y") && HasVowel(w, static_cast<int>(w.size()) - 1)) w.back() = 'i';
  // Step 2.
  static const std::pair<const char*, const char*> kStep2[] = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
      {"izer", "ize"},    {"abli", "able"},   {"alli", "al"},     {"entli", "ent"},
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
  static const char* kStep4[] = {"al",  "ance",  "ence", "er",  "ic",  "able", "ible",
                                 "ant", "ement", "ment", "ent", "ion", "ou",   "ism",
                                 "ate", "iti",   "ous",  "ive", "ize"};
  for (const char* s : kStep4) {
    if (!EndsWith(w, s)) continue;
    int stem = static_cast<int>(w.size() - std::string_view(s).size());
    if (std::string_view(s) == "ion" && !(stem > 0 && (w[static_cast<size_t>(stem - 1)] == 's' ||
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

}  // namespace porter

std::string EnglishStem(std::string_view lower_word) {
  std::string s(lower_word);
  // Possessive: "people's", "women's", "partners'".
  if (EndsWith(s, "'s")) {
    s.resize(s.size() - 2);
  } else if (!s.empty() && s.back() == '\'') {
    s.pop_back();
  }
  if (s.size() <= 2 || !IsAsciiLowerWord(s)) return s;
  for (std::string_view keep : kKeepAsIs) {
    if (s == keep) return s;
  }

  // Plurals and third person -s.
  if (EndsWith(s, "sses")) {
    s.resize(s.size() - 2);
  } else if (EndsWith(s, "ies") && s.size() > 4) {
    s.resize(s.size() - 3);
    s += 'y';
  } else if (EndsWith(s, "ches") || EndsWith(s, "shes") || EndsWith(s, "xes") ||
             EndsWith(s, "zzes")) {
    s.resize(s.size() - 2);
  } else if (EndsWith(s, "ss") || EndsWith(s, "us") || EndsWith(s, "is")) {
    // "process", "status", "basis": not plurals.
  } else if (s.back() == 's') {
    s.pop_back();
  }

  // Past tense and participles.
  bool stripped = false;
  if (EndsWith(s, "eed")) {
    // exceed, proceed, need are words; only the -ee verbs' past loses its d.
    for (std::string_view past : kEePast) {
      if (s == past) {
        s.pop_back();
        break;
      }
    }
  } else if (EndsWith(s, "ied") && s.size() > 4) {
    s.resize(s.size() - 3);
    s += 'y';
  } else if (EndsWith(s, "ed") && HasVowel(std::string_view(s).substr(0, s.size() - 2))) {
    s.resize(s.size() - 2);
    stripped = true;
  } else if (EndsWith(s, "ing") && s.size() >= 5 &&
             HasVowel(std::string_view(s).substr(0, s.size() - 3))) {
    s.resize(s.size() - 3);
    stripped = true;
  }
  if (stripped && s.size() >= 2) {
    char a = s[s.size() - 1];
    char b = s[s.size() - 2];
    if (a == b && IsConsonant(s, s.size() - 1) && a != 'l' && a != 's' && a != 'z' &&
        s.size() >= 4) {
      // planning → plann → plan; install(ed), process(ing), add(ing) keep theirs.
      s.pop_back();
    } else if (Measure(s) == 1 && EndsCvc(s)) {
      // A short stem lost its e: based → bas → base, caring → car → care.
      s += 'e';
    }
  }

  // British -isation/-ise/-our spellings.
  if (EndsWith(s, "isation")) s.replace(s.size() - 7, 7, "ization");
  if (EndsWith(s, "iser")) s.replace(s.size() - 4, 4, "izer");
  if (s.size() >= 6 && EndsWith(s, "our")) s.replace(s.size() - 3, 3, "or");
  if (EndsWith(s, "ogue")) s.resize(s.size() - 2);

  // Final silent e (Porter 5a): issue/issued → issu, organize/organizing →
  // organiz, urge/urging → urg; short CVC words keep it (base, care, rate).
  if (s.size() > 2 && s.back() == 'e') {
    std::string_view stem = std::string_view(s).substr(0, s.size() - 1);
    int m = Measure(stem);
    if (m > 1 || (m == 1 && !EndsCvc(stem))) s.pop_back();
  }
  // Porter 5b: a final double l of a longer word goes (control/controlled,
  // fulfil/fulfill, enrol/enroll, label/labelled).
  if (s.size() > 3 && EndsWith(s, "ll") && Measure(s) > 1) s.pop_back();
  for (const Respelling& r : kRespell) {
    if (s == r.from) return std::string(r.to);
  }
  // mobilis(e|ed|ing) → mobiliz, like mobiliz(e|ed|ing).
  if (s.size() >= 6 && EndsWith(s, "is")) s.back() = 'z';
  return s;
}

std::string EnglishRootStem(std::string_view word) {
  for (unsigned char c : word) {
    if (c < 'a' || c > 'z') return std::string(word);
  }
  return porter::Porter(std::string(word));
}

}  // namespace congvan
