// Matching with a grammar (loaded by grammar_loader.cc): markers, cues,
// metadata patterns, language detection, OCR read-backs.
//
// Approach: every pattern is compiled on first use (grammar/lazy_regex.h).
// Match() runs the styles' RE2::Set once per line and only
// re-runs the few styles that hit, to capture the ordinal and read its value
// (arabic, roman, letter sequence, ordinal words, decimal); what must or must
// not follow a marker is one more RE2 run, or a byte test where the pattern
// is exactly \d. Cues are one
// RE2::Set over every cue, matched once per folded line; metadata patterns run on
// the text or on a folded copy whose offsets map back to it, each only when
// the subject holds its literals (most texts hold none of a field's
// patterns' literals); the last text's fold is kept,
// as the stages ask several fields about one text in turn; a field whose
// folded patterns all match only a bounded span where the text begins (the
// loader proves it: MetaField::folded_reach) folds only a prefix, and a field
// whose patterns all begin with known literals is not folded at all when the
// fold of the text's first code point begins none of them. The last few
// lines' marker matches are memoised, as the stages ask about a line more
// than once; stages too far apart for that memo keep a line's answer packed
// in 8 bytes (PackMarkers: the style and the offsets of the marker, its
// ordinal and its text) and rebuild the matches from it (MarkersOf) with no
// RE2 run.
#include "congvan/grammar.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "congvan/grammar_dir.h"
#include "grammar/first_meta_match.h"
#include "grammar/grammar_impl.h"
#include "grammar/leftmost_match.h"
#include "grammar/ordinal_reads.h"
#include "grammar/recent_fields.h"
#include "text/roman_numerals.h"
#include "text/syllables.h"

namespace congvan {

using grammar_internal::BeginsWithOneOf;
using grammar_internal::CollapseSpaces;
using grammar_internal::HoldsRequiredLiterals;
using grammar_internal::ToLowerUtf8;

Grammar::Grammar() : impl_(std::make_unique<Impl>()) {}
Grammar::~Grammar() = default;

const std::vector<MarkerStyle>& Grammar::styles() const { return impl_->styles; }
int Grammar::structural_rank() const { return impl_->structural_rank; }
Language Grammar::language() const { return impl_->language; }
const std::vector<Grammar::RoleCue>& Grammar::role_cues() const { return impl_->cues; }

namespace {

// Roman numeral value; OCR confusions 'l' and '1' are read as 'I'. Returns 0
// for a string that is not a canonical numeral (so "IC" or "VV" are rejected).
int RomanValue(std::string_view text) {
  std::string s;
  for (char c : text) {
    if (c >= 'a' && c <= 'z' && c != 'l') c = static_cast<char>(c - 32);  // "(iv)"
    s.push_back((c == 'l' || c == '1') ? 'I' : c);
  }
  static const std::map<char, int> kDigits = {{'I', 1},   {'V', 5},   {'X', 10},  {'L', 50},
                                              {'C', 100}, {'D', 500}, {'M', 1000}};
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto it = kDigits.find(s[i]);
    if (it == kDigits.end()) return 0;
    int v = it->second;
    int next = 0;
    if (i + 1 < s.size()) {
      auto jt = kDigits.find(s[i + 1]);
      if (jt == kDigits.end()) return 0;
      next = jt->second;
    }
    total += v < next ? -v : v;
  }
  if (total <= 0 || total > 3999) return 0;
  // Canonical re-encoding must give back the same string.
  static const std::pair<int, const char*> kTable[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string canonical;
  int rest = total;
  for (const auto& [value, digits] : kTable) {
    while (rest >= value) {
      canonical += digits;
      rest -= value;
    }
  }
  return canonical == s ? total : 0;
}

}  // namespace

const text::SyllableSet* Grammar::syllables() const { return impl_->syllables.get(); }

bool Grammar::detection_fallback() const { return impl_->detect_fallback; }
bool Grammar::hyphen_joins_with_space() const { return impl_->hyphen_space; }

std::string Grammar::UndoOcrConfusions(std::string_view text) const {
  // Most texts (a paragraph's first bytes, asked by the tree builder's
  // repair) hold none: they are not copied and searched again.
  const auto& confusions = impl_->ocr_confusions;
  if (std::none_of(confusions.begin(), confusions.end(),
                   [&](const auto& c) { return text.find(c.first) != std::string_view::npos; }))
    return std::string(text);
  std::string out(text);
  for (const auto& [read, meant] : impl_->ocr_confusions) {
    for (size_t at = out.find(read); at != std::string::npos;
         at = out.find(read, at + meant.size())) {
      out.replace(at, read.size(), meant);
    }
  }
  return out;
}

bool Grammar::IsContinuationWord(std::string_view word) const {
  // Compared in lower case with the diacritics: "tự" (trật tự) is not "từ".
  if (impl_->continuation_words.empty() || word.size() > 16) return false;
  if (grammar_internal::LowersToItself(word)) return impl_->continuation_words.count(word) > 0;
  return impl_->continuation_words.count(ToLowerUtf8(word)) > 0;
}

namespace {

// A meta pattern's value with "{group}" replaced by that group's text
// ("Ministry of {ministry}"); a value without braces as it is.
std::string FillTemplate(const std::string& value,
                         const std::map<std::string, std::string>& groups) {
  if (value.find('{') == std::string::npos) return value;
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    size_t close = value[i] == '{' ? value.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out.push_back(value[i]);
      continue;
    }
    auto it = groups.find(value.substr(i + 1, close - i - 1));
    if (it != groups.end()) out += it->second;
    i = close;
  }
  return out;
}

}  // namespace

std::vector<Grammar::MetaMatch> Grammar::FindMeta(std::string_view field, std::string_view text,
                                                  bool in_header) const {
  // string_view constants: a ternary of two literals decays to a pointer,
  // measured with strlen at every question.
  static constexpr std::string_view kHeader = "header", kAny = "any";
  return FindMetaIn(field, text, in_header ? kHeader : kAny);
}

namespace {

// The loose fold of `text` with its offsets, kept for the next question:
// the stages ask several fields in turn about one text (a provision's verbs,
// the document it cites, its target; a portal box's number, date, issuer and
// kind), and the fold is the same each time. One per thread; the texts
// compared are equal in length before any byte is.
struct FoldedText {
  std::string source, folded;
  std::vector<uint32_t> offsets;
};

const FoldedText& FoldOnce(std::string_view text) {
  thread_local FoldedText last;
  if (last.source != text) {
    FoldWithOffsets(text, &last.folded, &last.offsets);
    last.source.assign(text);
  }
  return last;
}

// The fold of `text` as far as `field`'s folded patterns can look: a prefix
// of at least field.folded_reach folded bytes when the grammar bounds them
// (MetaField::folded_reach), else the whole text. The fold is per code point
// and a space run is judged by the bytes already written, so the fold of a
// prefix cut where a code point begins is the whole fold's prefix, offsets
// included; the patterns' matches lie in it and read no byte beyond it. A
// prefix too short (combining marks fold to nothing, spaces collapse) is
// doubled until it is long enough or the whole text.
const FoldedText& FoldAsFarAsNeeded(const Grammar::Impl::MetaField& field, std::string_view text) {
  if (field.folded_reach == 0) return FoldOnce(text);
  thread_local FoldedText head;
  for (size_t take = field.folded_reach + 16;; take *= 2) {
    size_t cut = std::min(take, text.size());
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    FoldWithOffsets(text.substr(0, cut), &head.folded, &head.offsets);
    if (cut == text.size() || head.folded.size() >= field.folded_reach) return head;
  }
}

// Up to four choices, asked most selective first: the vi letterhead number
// "(?:[-_=]{3,}|Hạnh phúc)\s*…(?:số|Số|SỐ)\s*:\s*(?P<number>\d+\s*[/-]…" is
// known by ":", then "-" or "/", then "số", then "-", "_", "=" or "Hạnh
// phúc"; a "Luật số: 04/2022/QH15" line without a rule then does not
// compile it (≈ 8 M instructions). A choice is asked only of a text that
// met the ones before it.
constexpr size_t kLiteralChoices = 4;

// Joins `field`'s patterns into one program when they all begin a word
// alike (grammar/word_start_field.h); only raw patterns asked in every scope,
// so that every question asks all of them of the same text.
void JoinWordStarts(const Grammar::Impl& impl, const Grammar::Impl::MetaField& field) {
  std::vector<std::string> patterns;
  for (size_t p : field.patterns) {
    const Grammar::Impl::MetaPattern& pattern = impl.meta[p];
    if (pattern.folded || !pattern.any_scope) return;
    patterns.push_back(pattern.re->pattern());
  }
  if (field.patterns.empty()) return;
  field.joined = grammar_internal::WordStartProgram::Join(
      patterns, impl.meta[field.patterns.front()].re->options());
}

// Reads the literals of `field`'s patterns (grammar/required_literals.h),
// once per process; a leading literal counts only for a pattern anchored
// where the text begins. Once read, an acquire load answers (call_once is a
// pthread_once per question, and "action" is asked of every provision).
void ReadFieldLiterals(const Grammar::Impl& impl, const Grammar::Impl::MetaField& field) {
  if (field.literals_read.load(std::memory_order_acquire)) return;
  std::call_once(field.literals_once, [&] {
    bool any_folded = false, any_raw = false;
    field.folded_all_led = field.raw_all_led = true;
    std::vector<std::string> folded_leads;
    for (size_t p : field.patterns) {
      const Grammar::Impl::MetaPattern& pattern = impl.meta[p];
      const std::string& text = pattern.re->pattern();
      grammar_internal::PatternLiterals literals =
          grammar_internal::ReadPatternLiterals(text, kLiteralChoices);
      pattern.required = std::move(literals.required);
      if (grammar_internal::AnchoredAtStart(text)) pattern.lead = std::move(literals.lead);
      (pattern.folded ? any_folded : any_raw) = true;
      bool& all_led = pattern.folded ? field.folded_all_led : field.raw_all_led;
      all_led = all_led && !pattern.lead.empty();
      for (const std::string& s : pattern.lead) {
        all_led = all_led && !s.empty();
        if (s.empty()) continue;
        if (pattern.folded) {
          folded_leads.push_back(s);
        } else {
          field.raw_lead_first[static_cast<unsigned char>(s[0])] = true;
        }
      }
    }
    field.folded_all_led = field.folded_all_led && any_folded;
    field.raw_all_led = field.raw_all_led && any_raw;
    if (field.folded_all_led)
      field.folded_leads = grammar_internal::FoldedLeadGate(std::move(folded_leads));
    JoinWordStarts(impl, field);
    field.literals_read.store(true, std::memory_order_release);
  });
}

// Whether the fold of `text` may begin with one of `field`'s folded
// patterns' leading literals (grammar/folded_lead_gate.h); false only when
// it cannot.
bool FoldMayLead(const Grammar::Impl::MetaField& field, std::string_view text) {
  return !field.folded_all_led || field.folded_leads.MayBegin(text);
}

// Whether `subject` holds what every match of `pattern` holds: its leading
// literals where it begins, when the pattern is anchored there, else its
// required literals anywhere. False only when the pattern cannot match.
bool MayMatch(const Grammar::Impl::MetaPattern& pattern, std::string_view subject) {
  if (!pattern.lead.empty()) return BeginsWithOneOf(pattern.lead, subject);
  return HoldsRequiredLiterals(pattern.required, subject);
}

// The span of the leftmost match of `pattern` beginning at or after `pos`,
// as RE2 finds it UNANCHORED. On a short rest of the subject (almost every
// question: lines, tails, boxes) it is found by forward probes alone
// (grammar/leftmost_match.h), which spares compiling the pattern's reverse
// program, until the pattern has spent Impl::kProbeBudget probes (a long
// run: the compilation is then the cheaper); on a long rest RE2's
// forward-and-reverse search scans less.
bool FindMatchSpan(const RE2& re, std::atomic<uint32_t>& spent, std::string_view subject,
                   size_t pos, size_t* begin, size_t* end) {
  constexpr size_t kShortRest = 256;  // bytes: a probe per byte before the match
  uint32_t spent_before = spent.load(std::memory_order_relaxed);
  if (subject.size() - pos <= kShortRest && spent_before < Grammar::Impl::kProbeBudget) {
    size_t probes = 0;
    bool found = grammar_internal::FindLeftmostMatch(re, subject, pos, begin, end, &probes);
    // A lost count between threads only delays the switch.
    spent.store(spent_before + static_cast<uint32_t>(probes), std::memory_order_relaxed);
    return found;
  }
  re2::StringPiece whole;
  if (!re.Match(subject, pos, subject.size(), RE2::UNANCHORED, &whole, 1)) return false;
  *begin = static_cast<size_t>(whole.data() - subject.data());
  *end = *begin + whole.size();
  return true;
}

// Sets the named group `name` of `m` to `value`. Alternatives of one pattern
// name their groups d2, m2, ...: a trailing digit is dropped so every
// alternative fills "d", "m", "y".
void SetGroup(const std::string& name, std::string_view value, Grammar::MetaMatch& m) {
  std::string key = name;
  if (key.size() > 1 && key.back() >= '2' && key.back() <= '9') key.pop_back();
  m.groups[key] = std::string(value);
}

// Every match of the joined patterns of `field` in `text`
// (grammar/word_start_field.h), as RunMetaPattern finds each pattern's,
// for the patterns marked in `asked` (the others cannot match).
void RunJoined(const Grammar::Impl& impl, const Grammar::Impl::MetaField& field,
               const std::vector<char>& asked, std::string_view text,
               std::vector<Grammar::MetaMatch>& out) {
  thread_local std::vector<grammar_internal::WordStartProgram::Match> found;
  found.clear();
  field.joined->FindAll(text, &FindMatchSpan, &found);
  for (const auto& match : found) {
    if (!asked[match.pattern]) continue;
    const Grammar::Impl::MetaPattern& pattern = impl.meta[field.patterns[match.pattern]];
    Grammar::MetaMatch m;
    m.begin = match.begin;
    m.end = match.end;
    m.pattern = static_cast<int>(match.pattern);
    m.scoped = !pattern.any_scope;
    for (const auto& [name, g] : match.groups) {
      SetGroup(*name, std::string_view(g.data(), g.size()), m);
    }
    if (!pattern.value.empty()) m.groups["value"] = FillTemplate(pattern.value, m.groups);
    out.push_back(std::move(m));
  }
}

// Every match of `pattern` (the field's `index`-th) in `text`, or in
// `folded` (whose `offsets` map back to `text`) for a folded pattern; the
// first `most` of them.
void RunMetaPattern(const Grammar::Impl::MetaPattern& pattern, int index, std::string_view text,
                    std::string_view folded, const std::vector<uint32_t>& offsets, size_t most,
                    std::vector<Grammar::MetaMatch>& out) {
  std::string_view subject = pattern.folded ? folded : text;
  auto raw = [&](size_t at) { return pattern.folded ? static_cast<size_t>(offsets[at]) : at; };
  const RE2* re = &pattern.re->get();
  int n = re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  size_t pos = 0;
  size_t begin = 0, end = 0;
  // Two phases: the DFA finds where a match is (fast on any length), then
  // the submatches are taken on that span alone (RE2 falls back to its
  // slow NFA for captures over long text with large Unicode classes).
  for (size_t found = 0; found < most && pos <= subject.size() &&
                         FindMatchSpan(*re, *pattern.probes, subject, pos, &begin, &end);
       ++found) {
    if (!re->Match(subject, begin, end, RE2::ANCHOR_BOTH, groups.data(), n)) break;
    Grammar::MetaMatch m;
    m.begin = raw(begin);
    m.end = raw(end);
    m.pattern = index;
    m.scoped = !pattern.any_scope;
    for (const auto& [name, group_index] : re->NamedCapturingGroups()) {
      const re2::StringPiece& g = groups[static_cast<size_t>(group_index)];
      if (g.data() == nullptr) continue;
      size_t gb = static_cast<size_t>(g.data() - subject.data());
      size_t from = raw(gb), to = raw(gb + g.size());
      SetGroup(name, text.substr(from, to - from), m);
    }
    if (!pattern.value.empty()) m.groups["value"] = FillTemplate(pattern.value, m.groups);
    pos = end > pos ? end : pos + 1;
    out.push_back(std::move(m));
  }
}

}  // namespace

namespace {

// Which of field `f`'s patterns can match `text` in `scope`: asked[i] when the
// i-th is in scope and its subject (the text, or its fold) holds the literals
// every match of it holds; the rest cannot match, and are neither compiled
// nor run. False when none can (the fold, when made, is in `*fold`).
bool AskedPatterns(const Grammar::Impl& impl, const Grammar::Impl::MetaField& f,
                   std::string_view text, std::string_view scope, const FoldedText** fold,
                   std::vector<char>& asked) {
  auto in_scope = [&](size_t p) {
    // Unscoped patterns run everywhere; scoped ones only in their scope.
    const auto& pattern = impl.meta[p];
    return pattern.any_scope || pattern.scope == scope;
  };
  ReadFieldLiterals(impl, f);
  // Folded patterns see the folded text; offsets map their matches back.
  bool any_folded =
      std::any_of(f.folded_index.begin(), f.folded_index.end(), in_scope) && FoldMayLead(f, text);
  bool raw_may_lead =
      !f.raw_all_led || (!text.empty() && f.raw_lead_first[static_cast<unsigned char>(text[0])]);
  // A text no pattern of the field can lead ("action" asked of a provision
  // that opens with no verb) is answered here.
  if (!any_folded && (f.folded_index.size() == f.patterns.size() || !raw_may_lead)) return false;
  static const FoldedText kNothingFolded;
  *fold = any_folded ? &FoldAsFarAsNeeded(f, text) : &kNothingFolded;
  std::string_view folded = (*fold)->folded;
  asked.assign(f.patterns.size(), 0);
  bool any_asked = false;
  for (size_t i = 0; i < f.patterns.size(); ++i) {
    size_t p = f.patterns[i];
    const auto& pattern = impl.meta[p];
    if (!(pattern.folded ? any_folded : raw_may_lead) || !in_scope(p) ||
        !MayMatch(pattern, pattern.folded ? folded : text)) {
      continue;
    }
    asked[i] = 1;
    any_asked = true;
  }
  return any_asked;
}

void SortByBegin(std::vector<Grammar::MetaMatch>& out) {
  std::sort(out.begin(), out.end(), [](const Grammar::MetaMatch& a, const Grammar::MetaMatch& b) {
    return a.begin < b.begin;
  });
}

// Whether the leads alone turn `text` away: every pattern of `f` is folded
// and anchored with leading literals, and the fold of `text` begins with
// none (AskedPatterns answers the same, after its scope and pattern checks).
// "action" is asked of every provision and answered here for nearly all.
bool TurnedAwayByLeads(const Grammar::Impl& impl, const Grammar::Impl::MetaField& f,
                       std::string_view text) {
  ReadFieldLiterals(impl, f);
  return f.LeadsDecide() && !f.folded_leads.MayBegin(text);
}

// Every match of field `f` in `text` (Grammar::FindMetaIn), or, with
// `first_only`, at most each pattern's first: the caller then reads the
// earliest (grammar/first_meta_match.h).
std::vector<Grammar::MetaMatch> AskField(const Grammar::Impl& impl,
                                         const Grammar::Impl::MetaField& f, std::string_view text,
                                         std::string_view scope, bool first_only) {
  std::vector<Grammar::MetaMatch> out;
  if (TurnedAwayByLeads(impl, f, text)) return out;
  const FoldedText* fold = nullptr;
  thread_local std::vector<char> asked;
  if (!AskedPatterns(impl, f, text, scope, &fold, asked)) return out;
  if (f.joined != nullptr) {  // one program for all (no folded pattern: JoinWordStarts)
    // Until it is compiled, a text without one of its words does not compile it.
    if (!f.joined->compiled() && !f.joined->MayMatch(text)) return out;
    RunJoined(impl, f, asked, text, out);
    SortByBegin(out);
    return out;
  }
  size_t most = first_only ? 1 : std::string_view::npos;
  for (size_t i = 0; i < f.patterns.size(); ++i) {
    if (asked[i])
      RunMetaPattern(impl.meta[f.patterns[i]], static_cast<int>(i), text, fold->folded,
                     fold->offsets, most, out);
  }
  SortByBegin(out);
  return out;
}

}  // namespace

std::vector<Grammar::MetaMatch> Grammar::FindMetaIn(std::string_view field, std::string_view text,
                                                    std::string_view scope) const {
  thread_local grammar_internal::RecentFields<Impl::MetaField> recent;  // recent_fields.h
  const Impl::MetaField* known = recent.Find(impl_->generation, field);
  if (known == nullptr) {
    auto field_it = impl_->meta_fields.find(field);
    if (field_it == impl_->meta_fields.end()) return {};
    known = &field_it->second;
    recent.Remember(impl_->generation, field, known);
  }
  return AskField(*impl_, *known, text, scope, false);
}

Grammar::MetaFieldRef Grammar::MetaFieldNamed(std::string_view field) const {
  MetaFieldRef ref;
  auto it = impl_->meta_fields.find(field);
  if (it != impl_->meta_fields.end()) ref.field_ = &it->second;
  return ref;
}

std::vector<Grammar::MetaMatch> Grammar::FindMeta(MetaFieldRef field, std::string_view text) const {
  if (field.empty()) return {};
  const auto& f = *static_cast<const Impl::MetaField*>(field.field_);
  if (TurnedAwayByLeads(*impl_, f, text)) return {};  // before AskField's frame is set up
  return AskField(*impl_, f, text, "any", false);
}

std::optional<Grammar::MetaMatch> Grammar::FirstMeta(MetaFieldRef field,
                                                     std::string_view text) const {
  if (field.empty()) return std::nullopt;
  const auto& f = *static_cast<const Impl::MetaField*>(field.field_);
  std::vector<MetaMatch> firsts = AskField(*impl_, f, text, "any", true);
  if (!grammar_internal::EarliestIsFirst(firsts)) firsts = AskField(*impl_, f, text, "any", false);
  if (firsts.empty()) return std::nullopt;
  return std::move(firsts.front());
}

int Grammar::MonthNumber(std::string_view name) const {
  auto it = impl_->months.find(ToLowerUtf8(name));
  return it == impl_->months.end() ? 0 : it->second;
}

std::string Grammar::MonthName(int month) const {
  if (month < 1 || static_cast<size_t>(month) >= impl_->month_names.size()) return "";
  return impl_->month_names[static_cast<size_t>(month)];
}

const std::string* Grammar::ReportLabel(std::string_view key) const {
  auto it = impl_->report_labels.find(key);
  return it == impl_->report_labels.end() ? nullptr : &it->second;
}

Result<std::shared_ptr<const Grammar>> Grammar::LoadForLanguage(const std::string& dir,
                                                                Language lang) {
  auto root = ResolveGrammarDir(dir);
  if (!root.ok()) return root.status();
  return Load(*root + "/" + LanguageCode(lang) + ".xml");
}

namespace {

// Whether emphasis closes at `at` in `line` ("**" or "__").
bool ClosesEmphasisAt(std::string_view line, size_t at) {
  return at + 1 < line.size() && line[at] == line[at + 1] && (line[at] == '*' || line[at] == '_');
}

// Whether `c` is one of the bytes of `set` (a short literal list): the
// marker's trimming asks this of a few bytes per marker, where
// string_view::find called memchr for each.
constexpr bool OneOf(char c, std::string_view set) {
  for (char s : set) {
    if (c == s) return true;
  }
  return false;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c);
}

std::string UpperFirst(const std::string& s) {
  if (s.empty()) return s;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString first = u.tempSubString(0, U16_LENGTH(u.char32At(0)));
  first.toUpper();
  u.replace(0, U16_LENGTH(u.char32At(0)), first);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// A letter's place in each of its style's sequences into m.sequence_values
// (REQUIRES: empty), and the first non-zero one into m.value (REQUIRES: 0).
// The values' buffer is reserved only when it has no room: a reused match
// (NextMarkerSlot) keeps its buffer, so most calls allocate nothing.
void ReadLetterValues(const grammar_internal::LetterValues& letters, std::string_view lower,
                      MarkerMatch& m) {
  const size_t count = letters.sequence_count();
  if (m.sequence_values.capacity() < count) m.sequence_values.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const int v = letters.ValueIn(i, lower);
    m.sequence_values.push_back(v);
    if (m.value == 0) m.value = v;
  }
}

// "a1", "a.1", "a.1.2", "g.1.2.1": the letter names the point, each number
// but the last the sub-point above (so m.prefix is the path of the item the
// marker belongs to: {a} for "a.1", {a, 1} for "a.1.2"), the last number is
// the value. False when the letter is none of the style's.
bool ReadLetterNumber(const grammar_internal::LetterValues& letters, std::string_view text,
                      MarkerMatch& m) {
  const size_t digits = text.find_first_of("0123456789");
  if (digits == std::string::npos || digits == 0) return false;
  const size_t letter_end = text[digits - 1] == '.' ? digits - 1 : digits;
  if (letter_end == 0) return false;
  std::array<char, 16> buffer;
  std::string other;
  std::string_view letter =
      grammar_internal::LowerOrdinal(text.substr(0, letter_end), buffer, &other);
  int parent = 0;
  for (size_t i = 0; i < letters.sequence_count() && parent == 0; ++i) {
    parent = letters.ValueIn(i, letter);
  }
  if (parent == 0) return false;
  m.prefix = std::vector<int>{parent};
  for (size_t start = digits;;) {
    const size_t dot = text.find('.', start);
    const int number = grammar_internal::AtoiOf(text.substr(start, dot - start));
    if (dot == std::string_view::npos) {
      m.value = number;
      return true;
    }
    m.prefix.push_back(number);
    start = dot + 1;
  }
}

}  // namespace

// Reads `text`, the ordinal of `m`, as `style` says into m's value, prefix,
// suffix and letter values; false when the ordinal cannot be read (the match
// is then not a marker).
bool Grammar::Impl::ReadOrdinal(size_t index, std::string_view text, MarkerMatch& m) const {
  const MarkerStyle& style = styles[index];
  switch (style.kind) {
    case OrdinalKind::kArabic: {
      // "26a" (an inserted article) → 26 and suffix "a".
      size_t digits = 0;
      m.value = grammar_internal::LeadingNumber(text, &digits);
      if (digits < text.size()) m.suffix = text.substr(digits);
      break;
    }
    case OrdinalKind::kRoman:
      m.value = RomanValue(text);
      break;
    case OrdinalKind::kLetters: {
      std::array<char, 16> buffer;
      std::string other;
      std::string_view lower = grammar_internal::LowerOrdinal(text, buffer, &other);
      ReadLetterValues(style_letters[index], lower, m);
      break;
    }
    case OrdinalKind::kWords: {
      const auto& words = ordinals.at(style_sequence[index]);
      auto it = words.find(CollapseSpaces(ToLowerUtf8(text)));
      if (it != words.end()) m.value = it->second;
      break;
    }
    case OrdinalKind::kDecimal: {
      std::vector<int> parts;
      std::string_view ordinal = text;
      size_t start = 0;
      while (start <= ordinal.size()) {
        size_t dot = ordinal.find('.', start);
        if (dot == std::string::npos) dot = ordinal.size();
        parts.push_back(grammar_internal::AtoiOf(ordinal.substr(start, dot - start)));
        start = dot + 1;
      }
      m.value = parts.back();
      parts.pop_back();
      m.prefix = std::move(parts);
      break;
    }
    case OrdinalKind::kLetterNumber:
      if (!ReadLetterNumber(style_letters[index], text, m)) return false;
      break;
    case OrdinalKind::kDecimalLetter: {
      // "2.1.a": the numbers name the parent item, the letter is the value.
      size_t dot = text.rfind('.');
      if (dot == std::string::npos) return false;
      std::array<char, 16> buffer;
      std::string other;
      std::string_view lower = grammar_internal::LowerOrdinal(text.substr(dot + 1), buffer, &other);
      ReadLetterValues(style_letters[index], lower, m);
      size_t start = 0;
      while (start < dot) {
        size_t next = text.find('.', start);
        m.prefix.push_back(grammar_internal::AtoiOf(text.substr(start, next - start)));
        start = next + 1;
      }
      break;
    }
    case OrdinalKind::kNone:
      return true;
  }
  return m.value > 0;
}

bool Grammar::Impl::FollowsAsRequired(size_t style, std::string_view line, size_t at) const {
  const bool digit_at = at < line.size() && line[at] >= '0' && line[at] <= '9';
  auto matches = [&](const std::unique_ptr<LazyRegex>& re,
                     const std::shared_ptr<grammar_internal::NextCharMemo>& memo) {
    if (memo != nullptr) return memo->Matches(*re, line, at);
    return re->get().Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0);
  };
  if (next_is_digit[style]) {
    if (!digit_at) return false;
  } else if (next_res[style] != nullptr && !matches(next_res[style], next_memo[style])) {
    return false;
  }
  if (not_next_is_digit[style]) return !digit_at;
  return not_next_res[style] == nullptr || !matches(not_next_res[style], not_next_memo[style]);
}

std::vector<MarkerMatch> Grammar::Match(std::string_view line) const {
  // The stages ask about the same line several times (a line as itself,
  // then as the next line of its neighbour, then as a paragraph): the last
  // few answers are kept, per thread, keyed by grammar and text.
  struct Memo {
    uint64_t generation = 0;
    std::string line;
    std::vector<MarkerMatch> found;
  };
  constexpr size_t kMemo = 4;
  thread_local std::array<Memo, kMemo> memo;
  thread_local size_t next_slot = 0;
  for (const Memo& m : memo) {
    if (m.generation == impl_->generation && m.line.size() == line.size() &&
        (line.empty() || std::memcmp(m.line.data(), line.data(), line.size()) == 0)) {
      return m.found;
    }
  }
  Memo& slot = memo[next_slot];
  next_slot = (next_slot + 1) % kMemo;
  slot.found = MatchMarkers(line);
  slot.line.assign(line);
  slot.generation = impl_->generation;
  return slot.found;
}

namespace {

// Packs the one marker found on `line` (`m`, its marker and ordinal views
// into the line): kMany when an offset or size is past its field's width.
Grammar::PackedMarkers PackOne(std::string_view line, const MarkerMatch& m, std::string_view marker,
                               const char* ordinal, size_t ordinal_size) {
  using Packed = Grammar::PackedMarkers;
  Packed packed;
  packed.state = Packed::kMany;
  const size_t marker_begin = static_cast<size_t>(marker.data() - line.data());
  const size_t ordinal_begin = ordinal != nullptr ? static_cast<size_t>(ordinal - line.data()) : 0;
  auto fits = [](size_t value, int bits) { return value < (size_t{1} << bits); };
  if (!fits(static_cast<size_t>(m.style), 8) || !fits(marker_begin, 10) ||
      !fits(marker.size(), 8) || !fits(ordinal_begin, 10) || !fits(ordinal_size, 8) ||
      !fits(m.text_begin, 10)) {
    return packed;
  }
  packed.state = Packed::kOne;
  packed.style = static_cast<uint64_t>(m.style);
  packed.has_ordinal = ordinal != nullptr;
  packed.marker_begin = marker_begin;
  packed.marker_size = marker.size();
  packed.ordinal_begin = ordinal_begin;
  packed.ordinal_size = ordinal_size;
  packed.text_begin = m.text_begin;
  return packed;
}

// A match's slot in `out` for the next marker: the element already there
// (left by an earlier line, when `out` is a reused scratch) made like new but
// keeping its letter values' buffer, or a new one at the end.
// MakeMarker writes the style, the marker, its ordinal text and where the text
// begins; what ReadOrdinal may leave unwritten is reset here, in place.
inline MarkerMatch& NextMarkerSlot(std::vector<MarkerMatch>& out, size_t found) {
  if (found == out.size()) [[unlikely]]
    return out.emplace_back();
  MarkerMatch& m = out[found];
  m.value = 0;
  m.prefix.clear();
  m.suffix.clear();
  m.sequence_values.clear();
  return m;
}

// The marker style `k` matched on `line` (its first `marker_end` bytes) as
// written: without the whitespace after it, without what OCR put around it —
// a speck before it (":   Chương I"), a footnote mark glued after it
// ("Điều 4.*") — and without a breadcrumb before it (the grammar's lead).
std::string_view MarkerAsWritten(const Grammar::Impl& impl, size_t k, std::string_view line,
                                 size_t marker_end, bool lead_at_start) {
  // (substr's range check was a call per marker: the match ends in the line.)
  std::string_view whole(line.data(), std::min(marker_end, line.size()));
  while (!whole.empty() && OneOf(whole.back(), " \t*'!?")) whole.remove_suffix(1);
  // Emphasis closed before the marker's dot ("**Điều 36**."): the marker is
  // what the emphasis holds.
  if (whole.size() > 3 && OneOf(whole.back(), ".:") && whole.substr(whole.size() - 3, 2) == "**") {
    whole.remove_suffix(3);
  }
  bool specks = false;
  while (whole.size() > 1 && OneOf(whole.front(), ":;'~._") && OneOf(whole[1], ":;'~._ \t")) {
    whole.remove_prefix(1);
    specks = true;
  }
  if (specks || (whole.size() > 1 && OneOf(whole.front(), ":;'~"))) {
    if (OneOf(whole.front(), ":;'~._")) whole.remove_prefix(1);
    while (!whole.empty() && (whole.front() == ' ' || whole.front() == '\t'))
      whole.remove_prefix(1);
  }
  // A breadcrumb before the marker is not the marker. It can begin the
  // marker only where it begins the line (the set said so) or after specks.
  const auto* lazy_lead = impl.lead_res[k];
  if (lazy_lead != nullptr && (lead_at_start || whole.data() != line.data()) &&
      impl.LeadMayBegin(whole)) {
    const RE2* lead = &lazy_lead->get();
    re2::StringPiece lead_match;
    if (lead->Match(whole, 0, whole.size(), RE2::ANCHOR_START, &lead_match, 1) &&
        lead_match.size() < whole.size()) {
      whole.remove_prefix(lead_match.size());
    }
  }
  return whole;
}

// Style k's match at the start of `line`, its whole match and ordinal in
// groups[0, *ngroups): its pattern alone where the lead did not match (or
// its ends are known: tried at each of them), else its full pattern.
[[gnu::always_inline]] inline bool CaptureStyle(const Grammar::Impl& impl, size_t k,
                                                std::string_view line, bool lead_at_start,
                                                const grammar_internal::LeadEnds* lead_ends,
                                                re2::StringPiece (&groups)[2], int* ngroups) {
  const grammar_internal::LazyRegex* plain = impl.plain_style_res[k].get();
  const bool alone = plain != nullptr && (!lead_at_start || lead_ends != nullptr);
  if (!(alone && lead_at_start)) {  // the pattern at the line's start: read without RE2
    const auto& pair = impl.style_captures.Get(impl.plain_style_res, impl.style_res)[k];
    if (const auto& quick = alone ? pair.plain : pair.full) {
      *ngroups = std::min(2, quick->capturing_groups() + 1);
      const auto answer = quick->Match(line, groups, *ngroups);
      if (answer != grammar_internal::BacktrackedCapture::Answer::kUnknown) {
        return answer == grammar_internal::BacktrackedCapture::Answer::kMatch;
      }
    }
  }
  const RE2& re = alone ? plain->get() : impl.style_res[k]->get();
  *ngroups = std::min(2, re.NumberOfCapturingGroups() + 1);
  return alone && lead_at_start
             ? grammar_internal::MatchStyleAfterLead(re, *lead_ends, line, groups, *ngroups)
             : re.Match(line, 0, line.size(), RE2::ANCHOR_START, groups, *ngroups);
}

// Makes style `index`'s marker, matched on `line` as `groups` say, into
// out[*found] and counts it (and packs the answer so far), unless what
// follows it is not what the style requires or its ordinal does not read.
// With `pack_only`, the marker's and ordinal's strings are not copied.
[[gnu::always_inline]] inline void AddMarker(const Grammar::Impl& impl, int index,
                                             std::string_view line,
                                             const re2::StringPiece (&groups)[2], int ngroups,
                                             bool lead_at_start, Grammar::PackedMarkers* packed,
                                             std::vector<MarkerMatch>& out, size_t* found,
                                             bool pack_only) {
  using PackedMarkers = Grammar::PackedMarkers;
  const size_t k = static_cast<size_t>(index);
  size_t end = static_cast<size_t>(groups[0].size());
  size_t marker_end = end;
  // Emphasis closed right after the marker ("**1.** Nội dung") is not text.
  while (ClosesEmphasisAt(line, end)) {
    end += 2;
    while (end < line.size() && (line[end] == ' ' || line[end] == '\t')) ++end;
  }
  // What follows the marker must (or must not) look like the style says.
  if (!impl.FollowsAsRequired(k, line, end)) return;
  const std::string_view whole = MarkerAsWritten(impl, k, line, marker_end, lead_at_start);
  const bool has_ordinal = ngroups > 1 && groups[1].data() != nullptr;
  const char* ordinal = has_ordinal ? groups[1].data() : nullptr;
  const size_t ordinal_size = has_ordinal ? groups[1].size() : 0;
  MarkerMatch& m = NextMarkerSlot(out, *found);  // made in place; not counted if unreadable
  const std::string_view ordinal_view(ordinal, ordinal_size);
  // Packing only needs the style, where the text begins and whether the
  // ordinal reads: the marker's and ordinal's strings are not copied.
  bool readable;
  if (pack_only) {
    m.style = index;
    m.text_begin = end;
    readable = impl.ReadOrdinal(k, ordinal_view, m);
  } else {
    readable = impl.MakeMarker(index, whole, ordinal_view, end, m);
  }
  if (!readable) return;  // unreadable ordinal
  ++*found;
  if (packed != nullptr) {
    *packed = *found == 1 ? PackOne(line, m, whole, ordinal, ordinal_size)
                          : PackedMarkers{.state = PackedMarkers::kMany};
  }
}

// The style `line` bears alone, as the set would say, when its first byte
// suggests one (grammar/lone_style_route.h) and it is so, its match in
// groups[0, *ngroups); -1 when not known (the set is then asked).
int LoneStyle(const Grammar::Impl& impl, std::string_view line, re2::StringPiece (&groups)[2],
              int* ngroups) {
  const int lone = impl.lone_route.Candidate(line);
  if (lone < 0) return -1;
  const auto k = static_cast<size_t>(lone);
  if (!CaptureStyle(impl, k, line, /*lead_at_start=*/false, nullptr, groups, ngroups) ||
      !impl.lone_route.OthersMiss(k, line)) {
    return -1;
  }
  return lone;
}

// The grammar's marker set as its styles' backtrackers, built on first use.
const grammar_internal::ReadMarkerSet& ReadSetOf(const Grammar::Impl& impl) {
  return impl.read_set.Get([&impl] {
    const auto& pairs = impl.style_captures.Get(impl.plain_style_res, impl.style_res);
    grammar_internal::ReadMarkerSet::Source source;
    for (size_t k = 0; k < impl.styles.size(); ++k) {  // the set's pattern k (Impl::set)
      const auto& reader = impl.plain_style_res[k] != nullptr ? pairs[k].plain : pairs[k].full;
      source.styles.push_back(reader ? &*reader : nullptr);
    }
    source.lead_index = impl.lead_set_index;
    if (impl.lead_set_index >= 0) source.lead_pattern = impl.lead->pattern();
    return source;
  });
}

// Grammar::MatchMarkers' work: writes the matches into out[0, n) and returns
// n. Elements of `out` from n on are left as they are (made or stale), so a
// caller that only packs the answer reuses one scratch vector, and its
// matches' buffers, for every line (PackMarkers). MatchMarkers truncates.
// With `pack_only` (REQUIRES: `packed`), the matches in `out` hold no marker
// or ordinal text: only the packed answer is to be read.
size_t MatchMarkersInto(const Grammar::Impl& impl, std::string_view line,
                        Grammar::PackedMarkers* packed, std::vector<MarkerMatch>& out,
                        bool pack_only) {
  using PackedMarkers = Grammar::PackedMarkers;
  size_t found = 0;
  if (packed != nullptr) packed->state = PackedMarkers::kNone;
  thread_local std::vector<int> hits;  // reused: RE2::Set::Match clears it
  re2::StringPiece lone_groups[2];     // the one hit's match, when made already
  int lone_ngroups = 0;
  int lone = -1;
  if (ReadSetOf(impl).Hits(line, &hits, lone_groups, &lone_ngroups)) {
    if (hits.empty()) return found;
    lone = hits.front();  // its match is in lone_groups
  } else if ((lone = LoneStyle(impl, line, lone_groups, &lone_ngroups)) >= 0) {
    hits.assign(1, lone);
  } else {
    const bool any =
        grammar_internal::MatchSetLearning(impl.set->get(), line, impl.set_odds, &hits);
    impl.lone_route.Record(line, hits, {*impl.set, impl.lead_set_index, impl.lead.get()});
    if (!any) return found;
  }
  // The lead stands in the set for itself; where it matches, every style
  // that may follow it is a candidate (Grammar::Impl::set).
  auto lead_hit = std::find(hits.begin(), hits.end(), impl.lead_set_index);
  const bool lead_at_start = lead_hit != hits.end();
  if (lead_at_start) {
    hits.erase(lead_hit);
    hits.insert(hits.end(), impl.lead_styles.begin(), impl.lead_styles.end());
  }
  if (hits.size() > 1) {  // one hit (most lines) is already sorted and unique
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  }
  // Where the lead may end, when its ends are known (grammar/lead_styles.h):
  // a style that may follow it is then asked alone at each of them.
  grammar_internal::LeadEnds lead_ends;
  const bool lead_ends_known = lead_at_start && impl.lead_ends_after_first_dot &&
                               grammar_internal::FindLeadEnds(impl.lead->get(), line, &lead_ends);
  for (int index : hits) {
    re2::StringPiece groups[2];
    int ngroups = 0;
    if (index == lone) {  // matched already
      groups[0] = lone_groups[0];
      groups[1] = lone_groups[1];
      ngroups = lone_ngroups;
    } else if (!CaptureStyle(impl, static_cast<size_t>(index), line, lead_at_start,
                             lead_ends_known ? &lead_ends : nullptr, groups, &ngroups)) {
      continue;
    }
    AddMarker(impl, index, line, groups, ngroups, lead_at_start, packed, out, &found, pack_only);
  }
  return found;
}

}  // namespace

std::vector<MarkerMatch> Grammar::MatchMarkers(std::string_view line, PackedMarkers* packed) const {
  std::vector<MarkerMatch> out;
  out.resize(MatchMarkersInto(*impl_, line, packed, out, /*pack_only=*/false));
  return out;
}

bool Grammar::Impl::LeadMayBegin(std::string_view text) const {
  thread_local std::vector<int> found;
  RE2::Set::ErrorInfo error;
  if (!set->get().Match(text, &found, &error)) return error.kind != RE2::Set::kNoError;
  return std::find(found.begin(), found.end(), lead_set_index) != found.end();
}

bool Grammar::Impl::MakeMarker(int style, std::string_view marker, std::string_view ordinal,
                               size_t text_begin, MarkerMatch& m) const {
  m.style = style;
  m.marker = marker;
  m.text_begin = text_begin;
  m.ordinal_text = ordinal;
  return ReadOrdinal(static_cast<size_t>(style), ordinal, m);
}

Grammar::PackedMarkers Grammar::PackMarkers(std::string_view line) const {
  PackedMarkers packed;
  // Only the packed answer is kept: the matches are made in a scratch that
  // every line reuses (no vector, no letter values allocated per line).
  thread_local std::vector<MarkerMatch> scratch;
  MatchMarkersInto(*impl_, line, &packed, scratch, /*pack_only=*/true);
  return packed;
}

std::vector<MarkerMatch> Grammar::MarkersOf(PackedMarkers packed, std::string_view line) const {
  std::vector<MarkerMatch> out;
  if (packed.state == PackedMarkers::kNone) return out;
  if (packed.state != PackedMarkers::kOne) return Match(line);
  std::string_view marker = line.substr(packed.marker_begin, packed.marker_size);
  std::string_view ordinal;
  if (packed.has_ordinal) ordinal = line.substr(packed.ordinal_begin, packed.ordinal_size);
  MarkerMatch& m = out.emplace_back();
  // The ordinal was read when the line was matched: it reads again.
  impl_->MakeMarker(static_cast<int>(packed.style), marker, ordinal, packed.text_begin, m);
  return out;
}

void Grammar::MarkersOf(PackedMarkers packed, std::string_view line,
                        std::vector<MarkerMatch>* out) const {
  if (packed.state == PackedMarkers::kNone) {
    out->clear();
    return;
  }
  // The marker and its ordinal lie before the text (AddMarker), so a text
  // that begins inside the line has them inside it: views, unchecked.
  if (packed.state != PackedMarkers::kOne || packed.text_begin > line.size()) {
    *out = Match(line);
    return;
  }
  const std::string_view marker(line.data() + packed.marker_begin, packed.marker_size);
  std::string_view ordinal;
  if (packed.has_ordinal) ordinal = {line.data() + packed.ordinal_begin, packed.ordinal_size};
  MarkerMatch& m = NextMarkerSlot(*out, 0);  // the first element made like new
  if (out->size() > 1) out->resize(1);
  impl_->MakeMarker(static_cast<int>(packed.style), marker, ordinal, packed.text_begin, m);
}

std::string Grammar::RenderMarker(const MarkerMatch& found, int value, int sequence) const {
  const MarkerStyle& style = impl_->styles[static_cast<size_t>(found.style)];
  std::string ordinal;
  switch (style.kind) {
    case OrdinalKind::kArabic:
      ordinal = std::to_string(value);
      break;
    case OrdinalKind::kRoman:
      ordinal = text::RomanNumeral(value);
      if (!found.ordinal_text.empty() && found.ordinal_text[0] >= 'a') {
        ordinal = ToLowerUtf8(ordinal);
      }
      break;
    case OrdinalKind::kLetters: {
      size_t s = static_cast<size_t>(std::max(0, sequence)) % style.sequences.size();
      const auto& letters = impl_->letters.at(style.sequences[s]);
      if (value >= 1 && value <= static_cast<int>(letters.size())) {
        ordinal = letters[static_cast<size_t>(value - 1)];
        if (StartsUpper(found.ordinal_text)) ordinal = UpperFirst(ordinal);
      }
      break;
    }
    case OrdinalKind::kWords: {
      for (const auto& [word, v] :
           impl_->ordinals.at(impl_->style_sequence[static_cast<size_t>(found.style)])) {
        if (v == value) {
          ordinal = StartsUpper(found.ordinal_text) ? UpperFirst(word) : word;
          break;
        }
      }
      break;
    }
    case OrdinalKind::kDecimal:
      for (int p : found.prefix) ordinal += std::to_string(p) + ".";
      ordinal += std::to_string(value);
      break;
    case OrdinalKind::kLetterNumber: {
      // The ordinal up to its last number ("a.1." of "a.1.2"), then the value.
      size_t last = found.ordinal_text.view().find_last_not_of("0123456789");
      last = last == std::string::npos ? 0 : last + 1;
      ordinal = found.ordinal_text.substr(0, last) + std::to_string(value);
      break;
    }
    case OrdinalKind::kDecimalLetter: {
      size_t s = static_cast<size_t>(std::max(0, sequence)) % style.sequences.size();
      const auto& letters = impl_->letters.at(style.sequences[s]);
      if (value < 1 || value > static_cast<int>(letters.size())) break;
      for (int p : found.prefix) ordinal += std::to_string(p) + ".";
      ordinal += letters[static_cast<size_t>(value - 1)];
      break;
    }
    case OrdinalKind::kNone:
      return found.marker;
  }
  size_t at =
      found.ordinal_text.empty() ? std::string::npos : found.marker.find(found.ordinal_text);
  if (ordinal.empty() || at == std::string::npos) return found.marker;
  return found.marker.substr(0, at) + ordinal + found.marker.substr(at + found.ordinal_text.size());
}

namespace {

// Appends to `hits` the cues of `set` that match `line` (set index → cue
// index through `cue_index`), asking whether any matches before which: most
// lines match none. False when the set could not answer (RE2's DFA out of
// memory). `scratch` is reused across calls.
bool CollectCueHits(const grammar_internal::LazyRegexSet* set, const std::vector<int>& cue_index,
                    std::string_view line, std::vector<int>& hits, std::vector<int>& scratch) {
  if (set == nullptr) return true;
  const RE2::Set& compiled = set->get();
  RE2::Set::ErrorInfo error{};
  if (!compiled.Match(line, nullptr, &error)) return error.kind == RE2::Set::kNoError;
  compiled.Match(line, &scratch, &error);
  for (int index : scratch) hits.push_back(cue_index[static_cast<size_t>(index)]);
  return error.kind == RE2::Set::kNoError;
}

// Whether any cue of `set` matches `line`, OR-ing the bits of those that do
// into `bits` (set index → cue index through `cue_index`), as CollectCueHits.
bool CollectCueBits(const grammar_internal::LazyRegexSet* set, const std::vector<int>& cue_index,
                    std::string_view line, uint64_t& bits, std::vector<int>& scratch) {
  if (set == nullptr) return true;
  const RE2::Set& compiled = set->get();
  RE2::Set::ErrorInfo error{};
  if (!compiled.Match(line, nullptr, &error)) return error.kind == RE2::Set::kNoError;
  compiled.Match(line, &scratch, &error);
  for (int index : scratch) bits |= uint64_t{1} << cue_index[static_cast<size_t>(index)];
  return error.kind == RE2::Set::kNoError;
}

// The bits of the cues that match `folded_line`, or nullopt when the sets
// could not answer: CueHitsOf's answer, without its memo. MatchCues is
// asked once a line (MarkLineCues), so the memo's copy of every line and
// its compare (≈ 9 M instructions on the 20 MB law) bought nothing there;
// the paragraph questions (MatchCue, several kinds of one text in a row)
// keep it. REQUIRES: at most Impl::kMaxCueBits cues.
std::optional<uint64_t> CueBitsOf(const Grammar::Impl& impl, std::string_view folded_line) {
  thread_local std::vector<int> scratch;  // one set's hits, by set index
  uint64_t bits = 0;
  const bool answered =
      (!impl.anchored_openings.Admits(folded_line) ||
       CollectCueBits(impl.anchored_cues.get(), impl.anchored_cue_index, folded_line, bits,
                      scratch)) &&
      (!impl.unanchored_gate.MayMatch(folded_line) ||
       CollectCueBits(impl.unanchored_cues.get(), impl.unanchored_cue_index, folded_line, bits,
                      scratch)) &&
      (impl.long_anchored_cues == nullptr || !impl.long_anchored_gate.MayMatch(folded_line) ||
       CollectCueBits(impl.long_anchored_cues.get(), impl.long_anchored_cue_index, folded_line,
                      bits, scratch));
  if (!answered) return std::nullopt;
  impl.lazy_cues.CollectBits(folded_line, bits);
  return bits;
}

// The lazy cues' hits (grammar/lazy_cues.h) added to `hits`. A grammar
// with lazy cues has at most 63 cues.
void AddLazyCueHits(const Grammar::Impl& impl, std::string_view folded_line,
                    std::vector<int>& hits) {
  uint64_t bits = 0;
  for (int hit : hits) bits |= uint64_t{1} << hit;
  const uint64_t before = bits;
  impl.lazy_cues.CollectBits(folded_line, bits);
  for (uint64_t m = bits & ~before; m != 0; m &= m - 1) hits.push_back(std::countr_zero(m));
}

// Every cue that matches `folded_line` (indices into cues, ascending: file
// order), or null when the sets could not answer. The stages ask about one
// line for several kinds in a row: the line is matched against every cue
// once, and the hits are kept for the next question about the same line
// (per thread, keyed by grammar and text).
const std::vector<int>* CueHitsOf(const Grammar::Impl& impl, std::string_view folded_line) {
  struct Memo {
    uint64_t generation = 0;
    std::string line;
    std::vector<int> hits;     // ascending: file order
    std::vector<int> scratch;  // one set's hits, by set index
    bool whole_set = false;    // false: the sets could not answer
  };
  thread_local Memo memo;
  if (memo.generation != impl.generation || memo.line != folded_line) {
    memo.generation = impl.generation;
    memo.line.assign(folded_line);
    memo.hits.clear();
    // The unanchored set only for a line the gate lets through: on the
    // others none of its alternatives can match (grammar/cue_gate.h); the
    // long anchored alternatives likewise, behind their own gate.
    memo.whole_set =
        (!impl.anchored_openings.Admits(folded_line) ||
         CollectCueHits(impl.anchored_cues.get(), impl.anchored_cue_index, folded_line, memo.hits,
                        memo.scratch)) &&
        (!impl.unanchored_gate.MayMatch(folded_line) ||
         CollectCueHits(impl.unanchored_cues.get(), impl.unanchored_cue_index, folded_line,
                        memo.hits, memo.scratch)) &&
        (impl.long_anchored_cues == nullptr || !impl.long_anchored_gate.MayMatch(folded_line) ||
         CollectCueHits(impl.long_anchored_cues.get(), impl.long_anchored_cue_index, folded_line,
                        memo.hits, memo.scratch));
    if (!impl.lazy_cues.empty()) AddLazyCueHits(impl, folded_line, memo.hits);
    // A cue split into alternatives may be hit by more than one.
    std::sort(memo.hits.begin(), memo.hits.end());
    memo.hits.erase(std::unique(memo.hits.begin(), memo.hits.end()), memo.hits.end());
  }
  return memo.whole_set ? &memo.hits : nullptr;
}

}  // namespace

int Grammar::MatchCue(std::string_view kind, std::string_view folded_line) const {
  CueKind kind_id{};
  if (!CueKindFromName(kind, &kind_id)) return -1;
  const std::vector<int>* hits = CueHitsOf(*impl_, folded_line);
  if (hits == nullptr) return impl_->MatchCueOfKind(kind, folded_line);
  // The first cue of the kind in file order wins.
  for (int hit : *hits) {
    if (impl_->cue_kind[static_cast<size_t>(hit)] == kind_id) return hit;
  }
  return -1;
}

Grammar::CueHits Grammar::MatchCues(std::string_view folded_line) const {
  CueHits found;
  if (impl_->cues.size() > Impl::kMaxCueBits) return found;
  const std::optional<uint64_t> bits = CueBitsOf(*impl_, folded_line);
  if (!bits) return found;
  found.bits = *bits;
  found.known = 1;
  return found;
}

namespace {
constexpr std::string_view kCueKindNames[] = {
    "line",     "top",        "subject", "head",   "lead",       "closing",  "signature",
    "footer",   "issuer",     "stamp",   "basis",  "letterhead", "enacting", "authority",
    "footnote", "site-field", "note",    "signed", "step"};
static_assert(std::size(kCueKindNames) == Grammar::kCueKindCount);
}  // namespace

std::string_view Grammar::CueKindName(CueKind kind) {
  return kCueKindNames[static_cast<size_t>(kind)];
}

bool Grammar::CueKindFromName(std::string_view name, CueKind* kind) {
  for (size_t i = 0; i < kCueKindCount; ++i) {
    if (kCueKindNames[i] == name) {
      *kind = static_cast<CueKind>(i);
      return true;
    }
  }
  return false;
}

int Grammar::CueOfKind(CueHits hits, CueKind kind, std::string_view folded_line) const {
  if (!hits.known) return MatchCue(CueKindName(kind), folded_line);
  // The first cue of the kind in file order: the lowest bit of its kind.
  uint64_t of_kind = hits.bits & impl_->cue_kind_bits[static_cast<size_t>(kind)];
  return of_kind == 0 ? -1 : std::countr_zero(of_kind);
}

// The cues of one kind alone: a smaller set, for the line the whole set
// could not answer.
int Grammar::Impl::MatchCueOfKind(std::string_view kind, std::string_view folded_line) const {
  auto it = cue_sets.find(kind);
  if (it == cue_sets.end()) return -1;
  const RE2::Set& set = it->second->get();
  std::vector<int> hits;
  if (!set.Match(folded_line, &hits)) return -1;
  return cue_set_index.find(kind)
      ->second[static_cast<size_t>(*std::min_element(hits.begin(), hits.end()))];
}

}  // namespace congvan
