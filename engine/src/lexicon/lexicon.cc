// The bilingual lexicon: loading the TSV and matching concepts in text.
//
// Approach: every surface form is cut into ICU word tokens, and each token
// gets two keys: a loose key (case- and diacritic-folded; for English also
// stemmed) and an exact key (case-folded, diacritics kept, Vietnamese tone
// placement canonicalised). Loose keys are interned to ints and the forms of
// a language are stored in a trie over those ints. Matching walks the trie
// from each word of the text, collecting every form that ends along the path;
// the longest acceptable one wins and matching resumes after it, so the cost
// is (text words) × (longest form), i.e. linear in the text. A loose match is
// acceptable when the text's accented words agree with the form (accents that
// are simply missing, as in "binh dang gioi", never count against a match);
// single-word forms need full agreement, which keeps folded collisions such as
// "cá"/"ca" apart, while multiword forms tolerate a minority of mis-accented
// words (OCR's "kiếm tra" for "kiểm tra"). Accents are missing only where the
// text around goes without them: beside an accented word, an unaccented word
// is spelled as meant, so a one-word accented form does not take it ("phi"
// of "đất phi nông nghiệp" is not "phí", fee). Between the words of a multiword
// form the text may have spaces, one line break, and dashes — nothing else.
#include "congvan/lexicon.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"

namespace congvan {

namespace {

constexpr int kSides = 2;

// The lexicon pairs Vietnamese (side 0) and English (side 1); any other
// language reads through an empty third side and finds no concept.
constexpr int kOtherSide = 2;
int SideIndex(const Language& lang) {
  if (lang == Language::kVietnamese) return 0;
  if (lang == Language::kEnglish) return 1;
  return kOtherSide;
}

struct Form {
  int concept_index = -1;
  std::vector<std::string> exact;  // exact keys of the form's words
};

struct TrieNode {
  std::unordered_map<int, int> next;  // loose token id → child node
  std::vector<int> forms;             // forms ending here (indexes into Side::forms)
};

struct Side {
  Language lang = Language::kVietnamese;
  std::unordered_map<std::string, int> vocab;  // loose key → token id
  std::vector<TrieNode> nodes{TrieNode{}};     // nodes[0] is the root
  std::vector<Form> forms;
  std::unordered_map<std::string, std::pair<int, int>> seen;  // form key → (concept_index, line)
  std::unordered_set<std::string> stopwords;                  // stopword keys
  size_t max_form_words = 0;
};

std::string LooseKey(std::string_view token, Language lang) {
  std::string key = FoldKey(token);
  return lang == Language::kEnglish ? EnglishStem(key) : key;
}

std::string StopKey(std::string_view token, Language lang) {
  return lang == Language::kEnglish ? EnglishStem(FoldKey(token)) : FoldToneKey(token);
}

Location At(const std::string& file, int line) {
  Location where;
  where.file = file;
  where.line = line;
  return where;
}

bool IsValidUtf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  u_strFromUTF8(nullptr, 0, &needed, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status) ||
         status == U_STRING_NOT_TERMINATED_WARNING;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// Classifies the non-word text between two words: may a multiword form span it?
// Spaces, at most one line break, and dashes/hyphens (Unicode Pd) and '&' may
// be crossed; any other punctuation ends the form.
bool GapIsJoinable(std::string_view gap) {
  int newlines = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(gap.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(gap.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c == '\n') {
      if (++newlines > 1) return false;
      continue;
    }
    if (c < 0) return false;
    if (u_isUWhiteSpace(c) || u_charType(c) == U_DASH_PUNCTUATION || c == '&' || c == 0x2212) {
      continue;
    }
    return false;
  }
  return true;
}

bool IsIdChar(char c, bool allow_digits_and_dots) {
  if (c >= 'a' && c <= 'z') return true;
  if (c == '_') return true;
  if (allow_digits_and_dots && ((c >= '0' && c <= '9') || c == '.' || c == '-')) return true;
  return false;
}

// A word of the text being matched.
// What matching needs to know about one distinct word of a text. Texts
// repeat their words heavily, so each distinct spelling is folded once per
// Match() call (folding goes through ICU normalisation, the costly part).
struct TokenInfo {
  int id = -1;                // loose token id in the side's vocab, -1 if unknown
  bool accented = false;      // carries diacritics
  mutable std::string exact;  // exact key, computed on demand
  mutable bool exact_done = false;
};
using TokenCache = std::unordered_map<std::string_view, TokenInfo>;

// A word of the text being matched.
struct TextWord {
  size_t begin = 0;
  size_t end = 0;
  const TokenInfo* info = nullptr;  // owned by the TokenCache of the call
  bool joins_prev = false;          // the gap before it may be crossed by a form
};

}  // namespace

struct Lexicon::Impl {
  std::vector<std::string> ids;
  std::vector<std::string> domains;
  std::vector<std::vector<std::string>> forms[kSides + 1];  // + the empty side of other languages
  std::unordered_map<std::string, int> by_id;
  Side sides[kSides + 1];

  const Side& side(Language lang) const { return sides[SideIndex(lang)]; }

  Status AddForm(int concept_index, Language lang, std::string_view form, const std::string& source,
                 int line);
  void AddStopwords(std::string_view text, Language lang);
  std::vector<TextWord> Words(std::string_view text, const Side& side, TokenCache* cache) const;
};

Status Lexicon::Impl::AddForm(int concept_index, Language lang, std::string_view form,
                              const std::string& source, int line) {
  Side& side = sides[SideIndex(lang)];
  std::vector<WordToken> tokens = WordTokens(form);
  std::vector<std::string> loose;
  Form f;
  f.concept_index = concept_index;
  size_t prev_end = 0;
  bool first = true;
  for (const WordToken& t : tokens) {
    if (!t.is_word) continue;
    std::string_view gap = form.substr(prev_end, t.begin - prev_end);
    if (!first && !GapIsJoinable(gap)) {
      return Status::Error(StatusCode::kGrammarError,
                           "form '" + std::string(form) + "' contains '" + std::string(Trim(gap)) +
                               "' between words; only spaces, dashes and '&' may join the "
                               "words of a form",
                           At(source, line));
    }
    first = false;
    prev_end = t.end;
    std::string_view word = form.substr(t.begin, t.end - t.begin);
    loose.push_back(LooseKey(word, lang));
    f.exact.push_back(FoldToneKey(word));
  }
  if (loose.empty()) {
    return Status::Error(StatusCode::kGrammarError, "form '" + std::string(form) + "' has no words",
                         At(source, line));
  }
  // The identity of a form: exact words for Vietnamese (accents distinguish
  // words), stems for English (inflections do not).
  std::string identity;
  const std::vector<std::string>& id_keys = lang == Language::kEnglish ? loose : f.exact;
  for (const std::string& k : id_keys) {
    identity += k;
    identity += ' ';
  }
  auto [it, inserted] = side.seen.emplace(identity, std::make_pair(concept_index, line));
  if (!inserted) {
    if (it->second.first == concept_index) return Status::Ok();  // a variant already listed
    return Status::Error(StatusCode::kGrammarError,
                         "form '" + std::string(form) + "' already belongs to concept '" +
                             ids[it->second.first] + "' (line " +
                             std::to_string(it->second.second) + ")",
                         At(source, line));
  }
  int node = 0;
  for (const std::string& k : loose) {
    auto [vit, _] = side.vocab.emplace(k, static_cast<int>(side.vocab.size()));
    int tok = vit->second;
    auto nit = side.nodes[node].next.find(tok);
    if (nit == side.nodes[node].next.end()) {
      int child = static_cast<int>(side.nodes.size());
      side.nodes[node].next.emplace(tok, child);
      side.nodes.emplace_back();
      node = child;
    } else {
      node = nit->second;
    }
  }
  side.nodes[node].forms.push_back(static_cast<int>(side.forms.size()));
  side.max_form_words = std::max(side.max_form_words, loose.size());
  side.forms.push_back(std::move(f));
  forms[SideIndex(lang)][concept_index].emplace_back(form);
  return Status::Ok();
}

void Lexicon::Impl::AddStopwords(std::string_view text, Language lang) {
  Side& side = sides[SideIndex(lang)];
  for (std::string_view line : Split(text, '\n')) {
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    for (const WordToken& t : WordTokens(line)) {
      if (t.is_word) side.stopwords.insert(StopKey(line.substr(t.begin, t.end - t.begin), lang));
    }
  }
}

std::vector<TextWord> Lexicon::Impl::Words(std::string_view text, const Side& side,
                                           TokenCache* cache) const {
  std::vector<TextWord> words;
  size_t prev_end = 0;
  bool first = true;
  for (const WordToken& t : WordTokens(text)) {
    if (!t.is_word) continue;
    TextWord w;
    w.begin = t.begin;
    w.end = t.end;
    std::string_view token = text.substr(t.begin, t.end - t.begin);
    auto [cit, inserted] = cache->try_emplace(token);
    if (inserted) {
      auto it = side.vocab.find(LooseKey(token, side.lang));
      cit->second.id = it == side.vocab.end() ? -1 : it->second;
      cit->second.accented = HasDiacritics(token);
    }
    w.info = &cit->second;
    w.joins_prev = !first && GapIsJoinable(text.substr(prev_end, t.begin - prev_end));
    first = false;
    prev_end = t.end;
    words.push_back(std::move(w));
  }
  return words;
}

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {
  impl_->sides[0].lang = Language::kVietnamese;
  impl_->sides[1].lang = Language::kEnglish;
}
Lexicon::~Lexicon() = default;

Result<std::shared_ptr<const Lexicon>> Lexicon::FromString(std::string_view tsv,
                                                           const std::string& source_name,
                                                           std::string_view stopwords_vi,
                                                           std::string_view stopwords_en) {
  std::shared_ptr<Lexicon> lex(new Lexicon());
  Impl& impl = *lex->impl_;
  if (tsv.substr(0, 3) == "\xEF\xBB\xBF") tsv.remove_prefix(3);
  int line_no = 0;
  for (std::string_view raw : Split(tsv, '\n')) {
    ++line_no;
    auto error = [&](const std::string& what) {
      return Status::Error(StatusCode::kGrammarError, what, At(source_name, line_no));
    };
    if (!IsValidUtf8(raw)) return error("invalid UTF-8");
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    // Keep the original tabs: Trim() only removed leading/trailing blanks.
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() != 4) {
      return error("expected 4 tab-separated fields (concept, domain, vi forms, en forms), found " +
                   std::to_string(fields.size()));
    }
    std::string_view id = Trim(fields[0]);
    std::string_view domain = Trim(fields[1]);
    if (id.empty()) return error("empty concept id");
    for (char c : id) {
      if (!IsIdChar(c, true) || (id.front() < 'a' || id.front() > 'z')) {
        return error("concept id '" + std::string(id) +
                     "' must start with a-z and use only a-z 0-9 _ . -");
      }
    }
    if (domain.empty()) return error("empty domain");
    for (char c : domain) {
      if (!IsIdChar(c, false)) {
        return error("domain '" + std::string(domain) + "' must use only a-z and _");
      }
    }
    if (impl.by_id.count(std::string(id)) != 0) {
      return error("duplicate concept id '" + std::string(id) + "' (first on line " +
                   std::to_string(impl.by_id[std::string(id)]) + ")");
    }
    int concept_index = static_cast<int>(impl.ids.size());
    impl.by_id.emplace(std::string(id), line_no);
    impl.ids.emplace_back(id);
    impl.domains.emplace_back(domain);
    for (int side = 0; side < kSides; ++side) {
      impl.forms[side].emplace_back();
      Language lang = side == 0 ? Language::kVietnamese : Language::kEnglish;
      std::string_view cell = Trim(fields[2 + side]);
      if (cell.empty()) {
        return error(std::string("no ") + (side == 0 ? "Vietnamese" : "English") +
                     " form for concept '" + std::string(id) + "'");
      }
      for (std::string_view form : Split(cell, '|')) {
        form = Trim(form);
        if (form.empty()) return error("empty form in '" + std::string(cell) + "'");
        Status s = impl.AddForm(concept_index, lang, form, source_name, line_no);
        if (!s.ok()) return s;
      }
    }
  }
  // by_id held line numbers while loading; from now on it maps id → index.
  for (size_t i = 0; i < impl.ids.size(); ++i) impl.by_id[impl.ids[i]] = static_cast<int>(i);
  if (impl.ids.empty()) {
    return Status::Error(StatusCode::kGrammarError, "no concepts", At(source_name, 0));
  }
  impl.AddStopwords(stopwords_vi, Language::kVietnamese);
  impl.AddStopwords(stopwords_en, Language::kEnglish);
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

namespace {

// The bytes of the file at `path`; a directory or a missing path is named
// for what it is (a directory opens as an empty stream, which read as a
// lexicon with "no concepts").
Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Status::Error(StatusCode::kInvalidInput, "is a directory, not a lexicon file (TSV)",
                         At(path, 0));
  }
  if (!std::filesystem::exists(path, error)) {
    return Status::Error(StatusCode::kNotFound, "no such file", At(path, 0));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::Error(StatusCode::kNotFound, "cannot open file", At(path, 0));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Error(StatusCode::kIoError, "read error", At(path, 0));
  return buf.str();
}

std::string DirName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& path) {
  Result<std::string> tsv = ReadWholeFile(path);
  if (!tsv.ok()) return tsv.status();
  std::string dir = DirName(path);
  std::string stop[kSides];
  const char* names[kSides] = {"stopwords-vi.txt", "stopwords-en.txt"};
  for (int i = 0; i < kSides; ++i) {
    std::string stop_path = dir + "/" + names[i];
    std::ifstream probe(stop_path);
    if (!probe) continue;  // optional: only coverage reports use them
    probe.close();
    Result<std::string> text = ReadWholeFile(stop_path);
    if (!text.ok()) return text.status();
    if (!IsValidUtf8(*text)) {
      return Status::Error(StatusCode::kGrammarError, "invalid UTF-8", At(stop_path, 0));
    }
    stop[i] = std::move(text).value();
  }
  return FromString(*tsv, path, stop[0], stop[1]);
}

namespace {

// Whether the word just before or just after words[i] carries diacritics:
// then the text writes its accents, and words[i], which has none, is spelled
// as meant.
bool AccentedNeighbour(const std::vector<TextWord>& words, size_t i) {
  return (i > 0 && words[i - 1].info->accented) ||
         (i + 1 < words.size() && words[i + 1].info->accented);
}

}  // namespace

std::vector<ConceptHit> Lexicon::Match(std::string_view text, Language lang) const {
  const Side& side = impl_->side(lang);
  TokenCache cache;
  std::vector<TextWord> words = impl_->Words(text, side, &cache);
  std::vector<ConceptHit> hits;
  auto exact_of = [&](const TextWord& w) -> const std::string& {
    if (!w.info->exact_done) {
      w.info->exact = FoldToneKey(text.substr(w.begin, w.end - w.begin));
      w.info->exact_done = true;
    }
    return w.info->exact;
  };
  std::vector<std::pair<int, size_t>> ends;  // (trie node, words) of forms ending on the path
  size_t i = 0;
  while (i < words.size()) {
    ends.clear();
    int node = 0;
    for (size_t j = i; j < words.size(); ++j) {
      if (words[j].info->id < 0 || (j > i && !words[j].joins_prev)) break;
      auto it = side.nodes[node].next.find(words[j].info->id);
      if (it == side.nodes[node].next.end()) break;
      node = it->second;
      if (!side.nodes[node].forms.empty()) ends.emplace_back(node, j - i + 1);
    }
    bool matched = false;
    for (auto e = ends.rbegin(); e != ends.rend() && !matched; ++e) {
      size_t n = e->second;
      int best = -1;
      size_t best_exact = 0;
      for (int fi : side.nodes[e->first].forms) {
        const Form& f = side.forms[fi];
        size_t exact = 0;
        size_t conflicts = 0;
        for (size_t k = 0; k < n; ++k) {
          const TextWord& w = words[i + k];
          if (exact_of(w) == f.exact[k]) {
            ++exact;
          } else if (w.info->accented) {
            ++conflicts;  // accented differently from the form
          }
        }
        bool acceptable = conflicts == 0 || (n >= 2 && 2 * conflicts <= n);
        if (acceptable && n == 1 && exact == 0 && HasDiacritics(f.exact[0]) &&
            AccentedNeighbour(words, i)) {
          acceptable = false;  // an unaccented word among accented ones means itself
        }
        if (acceptable && (best < 0 || exact > best_exact)) {
          best = fi;
          best_exact = exact;
        }
      }
      if (best >= 0) {
        hits.push_back({side.forms[best].concept_index, words[i].begin, words[i + n - 1].end});
        i += n;
        matched = true;
      }
    }
    if (!matched) ++i;
  }
  return hits;
}

namespace {

// Upper-case Roman numerals ("XV", "XIII", "II"): numbers, not words.
bool IsRomanNumeral(std::string_view word) {
  static const RE2 kRoman("M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  return !word.empty() && RE2::FullMatch(word, kRoman);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// True when the token sits in a citation code, URL or e-mail address: the
// run of non-blank characters around it holds a digit and a '/'
// ("01/NQ-CP", "10/2019/TT-BKHDT"), or the token itself holds '@' or '.'.
bool IsCodeOrAddress(std::string_view text, size_t begin, size_t end) {
  std::string_view word = text.substr(begin, end - begin);
  if (word.find('@') != std::string_view::npos || word.find('.') != std::string_view::npos) {
    return true;
  }
  size_t b = begin;
  while (b > 0 && !IsSpace(text[b - 1])) --b;
  size_t e = end;
  while (e < text.size() && !IsSpace(text[e])) ++e;
  std::string_view run = text.substr(b, e - b);
  bool digit = false;
  for (char c : run) digit = digit || (c >= '0' && c <= '9');
  return digit && run.find('/') != std::string_view::npos;
}

}  // namespace

LexiconCoverage Lexicon::Coverage(std::string_view text, Language lang) const {
  LexiconCoverage cov;
  std::vector<ConceptHit> hits = Match(text, lang);
  std::unordered_map<std::string_view, bool> stop_cache;  // word → is a stopword
  size_t h = 0;
  for (const WordToken& t : WordTokens(text)) {
    if (!t.is_word || t.is_number) continue;
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (IsRomanNumeral(word) || IsCodeOrAddress(text, t.begin, t.end)) continue;
    // Single letters are list markers and initials, not content words.
    int32_t idx = 0;
    UChar32 c;
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    int32_t n = static_cast<int32_t>(word.size());
    int letters = 0;
    bool has_letter = false;
    while (idx < n) {
      U8_NEXT(bytes, idx, n, c);
      if (c >= 0 && u_isalpha(c)) {
        ++letters;
        has_letter = true;
      }
    }
    if (!has_letter || letters < 2) continue;
    auto [sit, fresh] = stop_cache.try_emplace(word, false);
    if (fresh) sit->second = IsStopword(word, lang);
    if (sit->second) continue;
    ++cov.content_tokens;
    while (h < hits.size() && hits[h].end <= t.begin) ++h;
    if (h < hits.size() && hits[h].begin <= t.begin && t.end <= hits[h].end) {
      ++cov.covered_tokens;
    } else {
      cov.uncovered.push_back(FoldCase(word));
    }
  }
  return cov;
}

std::vector<std::string> Lexicon::UncoveredWords(std::string_view text, Language lang) const {
  return Coverage(text, lang).uncovered;
}

bool Lexicon::IsStopword(std::string_view word, Language lang) const {
  const Side& side = impl_->side(lang);
  if (side.stopwords.empty()) return false;
  return side.stopwords.count(StopKey(word, lang)) != 0;
}

int Lexicon::concept_count() const { return static_cast<int>(impl_->ids.size()); }
const std::string& Lexicon::concept_id(int concept_index) const {
  return impl_->ids.at(concept_index);
}
const std::string& Lexicon::domain(int concept_index) const {
  return impl_->domains.at(concept_index);
}
const std::vector<std::string>& Lexicon::forms(int concept_index, Language lang) const {
  static const std::vector<std::string> kNone;
  if (SideIndex(lang) == kOtherSide) return kNone;
  return impl_->forms[SideIndex(lang)].at(concept_index);
}
int Lexicon::FindConcept(std::string_view id) const {
  auto it = impl_->by_id.find(std::string(id));
  return it == impl_->by_id.end() ? -1 : it->second;
}
size_t Lexicon::surface_form_count(Language lang) const { return impl_->side(lang).forms.size(); }

std::string DefaultLexiconPath() { return DefaultGrammarDir() + "/lexicon/vi-en.tsv"; }

}  // namespace congvan
