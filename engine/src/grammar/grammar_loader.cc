// Loading a grammar file (grammars/<code>.xml) into a Grammar.
//
// Approach: pugixml reads the file; a GrammarReader reads it section by
// section (language and detection, letter and ordinal sequences, marker
// styles, role cues, metadata patterns, months, word lists, syllables), each
// section in its own method that checks what it reads and names the line of
// the first thing that is wrong. Every <style> pattern is checked alone (so
// an error names its line), then all of them go into one RE2::Set anchored
// at the start; all cues go into one unanchored RE2::Set (and the cues of
// each kind into one more, for the lines the whole set cannot answer).
// Patterns are checked here, never compiled: RE2 compiles each on first use
// (grammar/lazy_regex.h), so a load costs a few milliseconds.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "grammar/align_words.h"
#include "grammar/cue_gate.h"
#include "grammar/grammar_impl.h"
#include "grammar/language_detection.h"
#include "grammar/pattern_length.h"
#include "text/syllables.h"

namespace congvan {
namespace {

using grammar_internal::AnchoredAtStart;
using grammar_internal::BetterBehindGate;
using grammar_internal::CollapseSpaces;
using grammar_internal::CountCapturingGroups;
using grammar_internal::LazyRegex;
using grammar_internal::LazyRegexSet;
using grammar_internal::LeadEndsAfterFirstDot;
using grammar_internal::MaxMatchBytes;
using grammar_internal::PatternError;
using grammar_internal::ToLowerUtf8;
using grammar_internal::TopLevelAlternatives;

// Where each line of a grammar file ends: the offsets of its newlines, found
// once. Every style and cue keeps its grammar line for its messages, and
// counting the newlines from the file's start for each of them was a tenth
// of loading both grammars (≈ 10 M instructions).
class LineIndex {
 public:
  explicit LineIndex(const std::string& content) {
    for (size_t at = content.find('\n'); at != std::string::npos; at = content.find('\n', at + 1))
      newlines_.push_back(at);
  }
  // The 1-based line of byte `offset` (0 when offset < 0: pugixml's unknown).
  int LineOf(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto before = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
    return 1 + static_cast<int>(before - newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

Status GrammarError(const std::string& path, int line, std::string message) {
  Location where;
  where.file = path;
  where.line = line;
  return Status::Error(StatusCode::kGrammarError, std::move(message), where);
}

BlockRole* RoleFromName(std::string_view name) {
  static BlockRole roles[] = {
      BlockRole::kTitle,      BlockRole::kLead,          BlockRole::kHeader,
      BlockRole::kAddressees, BlockRole::kPreamble,      BlockRole::kClosing,
      BlockRole::kRecipients, BlockRole::kSignature,     BlockRole::kAuthor,
      BlockRole::kMedia,      BlockRole::kFooter,        BlockRole::kPageBreak,
      BlockRole::kPageNumber, BlockRole::kRunningHeader, BlockRole::kTableOfContents,
      BlockRole::kNoise,      BlockRole::kAnnex,         BlockRole::kFootnote,
      BlockRole::kFurniture};
  for (BlockRole& r : roles) {
    if (name == BlockRoleName(r)) return &r;
  }
  return nullptr;
}

std::vector<std::string> Words(const char* list) {
  std::vector<std::string> out;
  std::istringstream in(list);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// Phrases separated by ';', each with its spaces and line breaks collapsed.
std::vector<std::string> Phrases(const char* list) {
  std::vector<std::string> out;
  std::istringstream in(list);
  for (std::string part; std::getline(in, part, ';');) {
    std::replace(part.begin(), part.end(), '\n', ' ');
    std::string phrase = CollapseSpaces(part);
    if (!phrase.empty()) out.push_back(phrase);
  }
  return out;
}

// What each part of the file may say.
constexpr const char* kMetaFields[] = {"number",
                                       "date",
                                       "issuer",
                                       "year",
                                       "reference",
                                       "kind",
                                       "number-kind",
                                       "number-label",
                                       "action",
                                       "target",
                                       "attachment",
                                       "attachment-title",
                                       "appendix-title",
                                       "attachment-this-text",
                                       "signing-placeholder",
                                       "issuer-name",
                                       "issuer-continuation",
                                       "annex-title",
                                       "number-issuer",
                                       "motto",
                                       "authority-issuer",
                                       "typed-number",
                                       "date-mention",
                                       "added-unit",
                                       "several-targets",
                                       "phrase-replacement",
                                       "note-verb",
                                       "issuer-unit"};
constexpr const char* kMetaScopes[] = {"any", "header", "closing", "site"};

template <size_t N>
bool OneOf(const std::string& value, const char* const (&names)[N]) {
  for (const char* name : names) {
    if (value == name) return true;
  }
  return false;
}

class GrammarReader {
 public:
  GrammarReader(const std::string& path, const std::string& content, Grammar::Impl& g)
      : path_(path), lines_(content), g_(g) {
    options_.set_encoding(RE2::Options::EncodingUTF8);
    options_.set_log_errors(false);
  }

  Status Read(const pugi::xml_node& root) {
    g_.generation = NextGeneration();
    for (auto section :
         {&GrammarReader::ReadLanguage, &GrammarReader::ReadDetect, &GrammarReader::ReadSequences,
          &GrammarReader::ReadStyles, &GrammarReader::ReadCues, &GrammarReader::ReadMeta,
          &GrammarReader::ReadMonths, &GrammarReader::ReadWordLists, &GrammarReader::ReadSyllables,
          &GrammarReader::ReadReportLabels, &GrammarReader::ReadAlignWords}) {
      Status s = (this->*section)(root);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // Only what language detection reads: the language and <detect>.
  Status ReadForDetection(const pugi::xml_node& root) {
    g_.generation = NextGeneration();
    Status s = ReadLanguage(root);
    return s.ok() ? ReadDetect(root) : s;
  }

 private:
  // Unique per grammar read: keys memos and tables made for a grammar.
  static uint64_t NextGeneration() {
    static std::atomic<uint64_t> generations{0};
    return ++generations;
  }
  int Line(const pugi::xml_node& n) const { return lines_.LineOf(n.offset_debug()); }
  Status Error(const pugi::xml_node& n, std::string message) const {
    return GrammarError(path_, Line(n), std::move(message));
  }
  Status ErrorAt(int line, std::string message) const {
    return GrammarError(path_, line, std::move(message));
  }

  Status ReadLanguage(const pugi::xml_node& root) {
    std::string code = root.attribute("language").as_string();
    auto language = LanguageFromCode(code);
    if (!language) {
      return Error(root, "<grammar language> must be a language code (2 or 3 letters a-z), got '" +
                             code + "'");
    }
    g_.language = *language;
    return Status::Ok();
  }

  // Language detection: letters and frequent words only this language has.
  Status ReadDetect(const pugi::xml_node& root) {
    pugi::xml_node n = root.child("detect");
    if (!n) return Status::Ok();
    g_.detect_letters = Words(n.child("letters").text().as_string());
    for (const std::string& w : Words(n.child("words").text().as_string())) {
      std::string word = ToLowerUtf8(w);
      if (word.empty()) continue;
      auto b = static_cast<unsigned char>(word[0]);
      if (word.size() < Grammar::Impl::kDetectShapeLengths) {
        g_.detect_word_shapes[word.size()][b >> 6] |= uint64_t{1} << (b & 63);
        g_.detect_word_keys[word.size()].push_back(Grammar::Impl::DetectWordKey(word));
      }
      g_.detect_longest_word = std::max(g_.detect_longest_word, word.size());
      g_.detect_words.insert(std::move(word));
    }
    g_.detect_fallback = n.attribute("fallback").as_bool(false);
    for (const std::string& letter : g_.detect_letters) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(letter);
      for (int32_t k = 0; k < u.length();) {
        UChar32 c = u.char32At(k);
        k += U16_LENGTH(c);
        g_.detect_code_points.insert(u_tolower(c));
      }
    }
    const Grammar::Impl& impl = g_;
    g_.detect_table =
        std::make_unique<text::CodePointTable>([&impl](UChar32 c) { return impl.DetectFlags(c); });
    return Status::Ok();
  }

  // <letters id> sequences and <ordinals id> words.
  Status ReadSequences(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.children("letters")) {
      std::string id = n.attribute("id").as_string();
      if (id.empty()) return Error(n, "<letters> needs an id");
      for (const std::string& letter : Words(n.text().as_string()))
        g_.letters[id].push_back(letter);
      if (g_.letters[id].empty()) return Error(n, "<letters> is empty");
    }
    for (pugi::xml_node n : root.children("ordinals")) {
      std::string id = n.attribute("id").as_string();
      if (id.empty()) return Error(n, "<ordinals> needs an id");
      for (pugi::xml_node w : n.children("word")) {
        int value = w.attribute("value").as_int(0);
        std::string word = CollapseSpaces(ToLowerUtf8(w.text().as_string()));
        if (value <= 0 || word.empty()) return Error(w, "<word> needs a positive value and a text");
        g_.ordinals[id][word] = value;
      }
    }
    return Status::Ok();
  }

  Status ReadStyles(const pugi::xml_node& root) {
    g_.set = std::make_unique<LazyRegexSet>(options_, RE2::ANCHOR_START);
    pugi::xml_node styles = root.child("styles");
    if (!styles) return Error(root, "missing <styles>");
    lead_pattern_ = styles.child("lead").attribute("pattern").as_string();
    if (!lead_pattern_.empty()) {
      std::string lead = "(?:" + lead_pattern_ + ")";
      std::string error = PatternError(lead, options_);
      if (!error.empty()) return Error(styles.child("lead"), "<lead>: bad pattern: " + error);
      if (CountCapturingGroups(lead) > 0)
        return Error(styles.child("lead"), "<lead>: no capturing groups");
      g_.lead = std::make_unique<LazyRegex>(std::move(lead), options_);
      g_.lead_ends_after_first_dot = LeadEndsAfterFirstDot(lead_pattern_, options_);
    }
    for (pugi::xml_node n : styles.children("style")) {
      Status s = ReadStyle(n);
      if (!s.ok()) return s;
    }
    if (g_.styles.empty()) return Error(styles, "<styles> is empty");
    if (!g_.lead_styles.empty()) g_.lead_set_index = g_.set->AddChecked(g_.lead->pattern());
    for (const MarkerStyle& s : g_.styles) {
      if (s.continuous) g_.structural_rank = std::max(g_.structural_rank, s.rank);
    }
    return LinkStyles();
  }

  Status ReadStyle(const pugi::xml_node& n) {
    MarkerStyle style;
    style.grammar_line = Line(n);
    style.id = n.attribute("id").as_string();
    style.pattern = n.attribute("pattern").as_string();
    style.rank = n.attribute("rank").as_int(0);
    style.heading = n.attribute("heading").as_bool(false);
    style.continuous = n.attribute("continuous").as_bool(false);
    style.level = n.attribute("level").as_string();
    style.strict = n.attribute("strict").as_bool(false);
    if (style.id.empty()) return ErrorAt(style.grammar_line, "<style> needs an id");
    if (style.pattern.empty())
      return ErrorAt(style.grammar_line, "style '" + style.id + "' has no pattern");
    std::string sequence = n.attribute("sequence").as_string();
    Status s = ReadStyleKind(n, sequence, style);
    if (!s.ok()) return s;
    s = ReadFollowPatterns(n, style);
    if (!s.ok()) return s;
    // A style with lead="true" may have the grammar's <lead> before it.
    // The set holds the pattern without the lead (Grammar::Impl::set).
    bool lead = n.attribute("lead").as_bool(false) && !lead_pattern_.empty();
    std::string own = style.pattern;
    if (lead) style.pattern = "(?:" + lead_pattern_ + ")?" + style.pattern;
    g_.lead_res.push_back(lead ? g_.lead.get() : nullptr);
    std::string error = lead ? PatternError(style.pattern, options_) : "";
    if (!error.empty() || g_.set->Add(own, &error) < 0) {
      return ErrorAt(style.grammar_line, "style '" + style.id + "': bad pattern: " + error);
    }
    if (lead) g_.lead_styles.push_back(static_cast<int>(g_.styles.size()));
    g_.plain_style_res.push_back(lead ? std::make_unique<LazyRegex>("(?:" + own + ")", options_)
                                      : nullptr);
    std::string wrapped = "(?:" + style.pattern + ")";
    if (style.kind != OrdinalKind::kNone && CountCapturingGroups(wrapped) < 1) {
      return ErrorAt(style.grammar_line,
                     "style '" + style.id + "': pattern needs a group for the ordinal");
    }
    repairs_.push_back(n.attribute("repairs").as_string());
    parent_styles_.push_back(n.attribute("parent-style").as_string());
    std::vector<const std::vector<std::string>*> style_letters;
    for (const std::string& id : style.sequences) style_letters.push_back(&g_.letters.at(id));
    g_.style_letters.emplace_back(std::move(style_letters));
    g_.styles.push_back(std::move(style));
    g_.style_res.push_back(std::make_unique<LazyRegex>(std::move(wrapped), options_));
    g_.style_sequence.push_back(sequence);
    return Status::Ok();
  }

  // The ordinal kind and, for letters and words, the sequences it counts in.
  Status ReadStyleKind(const pugi::xml_node& n, const std::string& sequence, MarkerStyle& style) {
    static const std::map<std::string, OrdinalKind> kKinds = {
        {"arabic", OrdinalKind::kArabic},
        {"roman", OrdinalKind::kRoman},
        {"letters", OrdinalKind::kLetters},
        {"words", OrdinalKind::kWords},
        {"decimal", OrdinalKind::kDecimal},
        {"letter-number", OrdinalKind::kLetterNumber},
        {"decimal-letter", OrdinalKind::kDecimalLetter},
        {"none", OrdinalKind::kNone}};
    std::string kind = n.attribute("kind").as_string();
    auto it = kKinds.find(kind);
    if (it == kKinds.end()) {
      return ErrorAt(style.grammar_line,
                     "style '" + style.id + "' has unknown kind '" + kind +
                         "' (expected arabic, roman, letters, words, decimal, letter-number, "
                         "decimal-letter or none)");
    }
    style.kind = it->second;
    if (style.kind == OrdinalKind::kLetters || style.kind == OrdinalKind::kLetterNumber ||
        style.kind == OrdinalKind::kDecimalLetter) {
      // One or more letter sequences, separated by spaces.
      for (const std::string& id : Words(sequence.c_str())) {
        if (!g_.letters.count(id)) {
          return ErrorAt(style.grammar_line,
                         "style '" + style.id + "' names unknown <letters> '" + id + "'");
        }
        style.sequences.push_back(id);
      }
      if (style.sequences.empty()) {
        return ErrorAt(style.grammar_line, "style '" + style.id + "' needs a <letters> sequence");
      }
    }
    if (style.kind == OrdinalKind::kWords && !g_.ordinals.count(sequence)) {
      return ErrorAt(style.grammar_line,
                     "style '" + style.id + "' names unknown <ordinals> '" + sequence + "'");
    }
    return Status::Ok();
  }

  // What must (next) or must not (not-next) follow the marker.
  Status ReadFollowPatterns(const pugi::xml_node& n, const MarkerStyle& style) {
    for (const char* attribute : {"next", "not-next"}) {
      std::string follow = n.attribute(attribute).as_string();
      std::unique_ptr<LazyRegex> follow_re;
      if (!follow.empty()) {
        std::string wrapped = "(?:" + follow + ")";
        std::string bad = PatternError(wrapped, options_);
        if (!bad.empty()) {
          return ErrorAt(style.grammar_line,
                         "style '" + style.id + "': bad " + attribute + " pattern: " + bad);
        }
        follow_re = std::make_unique<LazyRegex>(std::move(wrapped), options_);
      }
      bool next = std::string(attribute) == "next";
      (next ? g_.next_res : g_.not_next_res).push_back(std::move(follow_re));
      (next ? g_.next_is_digit : g_.not_next_is_digit).push_back(follow == "\\d" ? 1 : 0);
      std::shared_ptr<grammar_internal::NextCharMemo> memo;
      if (!follow.empty()) {
        auto [it, fresh] = next_memos_.try_emplace(follow);
        if (fresh) it->second = grammar_internal::NextCharMemo::For(follow, options_);
        memo = it->second;
      }
      (next ? g_.next_memo : g_.not_next_memo).push_back(std::move(memo));
    }
    return Status::Ok();
  }

  // Styles named by other styles (repairs="…", parent-style="…").
  Status LinkStyles() {
    auto style_index = [&](const std::string& id) {
      for (size_t k = 0; k < g_.styles.size(); ++k) {
        if (g_.styles[k].id == id) return static_cast<int>(k);
      }
      return -1;
    };
    for (size_t k = 0; k < g_.styles.size(); ++k) {
      MarkerStyle& style = g_.styles[k];
      for (auto [name, id, slot] :
           {std::tuple{"repairs", repairs_[k], &style.repairs},
            std::tuple{"parent-style", parent_styles_[k], &style.parent_style}}) {
        if (id.empty()) continue;
        *slot = style_index(id);
        if (*slot < 0 || *slot == static_cast<int>(k)) {
          return ErrorAt(style.grammar_line,
                         "style '" + style.id + "': " + name + " names unknown style '" + id + "'");
        }
      }
      if (style.repairs >= 0 && g_.styles[static_cast<size_t>(style.repairs)].kind != style.kind) {
        return ErrorAt(style.grammar_line,
                       "style '" + style.id + "' repairs a style of another kind");
      }
    }
    return Status::Ok();
  }

  Status ReadCues(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.child("roles").children("cue")) {
      Grammar::RoleCue cue;
      cue.grammar_line = Line(n);
      std::string role = n.attribute("role").as_string();
      BlockRole* r = RoleFromName(role);
      if (!r) return Error(n, "unknown role '" + role + "'");
      cue.role = *r;
      cue.kind = n.attribute("kind").as_string();
      Grammar::CueKind kind{};
      if (!Grammar::CueKindFromName(cue.kind, &kind))
        return Error(n, "unknown cue kind '" + cue.kind + "'");
      cue.pattern = n.attribute("pattern").as_string();
      if (cue.pattern.empty()) return Error(n, "cue for '" + role + "': empty pattern");
      auto& set = g_.cue_sets[cue.kind];
      if (!set) set = std::make_unique<LazyRegexSet>(options_, RE2::UNANCHORED);
      std::string error;
      if (set->Add(cue.pattern, &error) < 0)
        return Error(n, "cue for '" + role + "': bad pattern: " + error);
      g_.cue_set_index[cue.kind].push_back(static_cast<int>(g_.cues.size()));
      if (n.attribute("lazy").as_bool(false)) {
        if (!AddLazyCue(cue.pattern, static_cast<int>(g_.cues.size())))
          return Error(n, "lazy cue for '" + role +
                              "': an alternative whose opening and ending say too little");
      } else {
        Status added = AddCueAlternatives(n, cue.pattern, static_cast<int>(g_.cues.size()));
        if (!added.ok()) return added;
      }
      g_.cue_kind.push_back(kind);
      g_.cues.push_back(std::move(cue));
    }
    if (!g_.lazy_cues.empty() && g_.cues.size() > Grammar::Impl::kMaxCueBits)
      return Error(root.child("roles"), "lazy cues need a grammar of at most 63 cues");
    if (g_.cues.size() <= Grammar::Impl::kMaxCueBits) {
      g_.cue_kind_bits.assign(Grammar::kCueKindCount, 0);
      for (size_t i = 0; i < g_.cues.size(); ++i)
        g_.cue_kind_bits[static_cast<size_t>(g_.cue_kind[i])] |= uint64_t{1} << i;
    }
    return Status::Ok();
  }

  // Files cue `index`'s pattern (checked) into the whole sets, split into
  // its top-level alternatives: a pattern matches where one of them does, and
  // the anchored set answers the "^" ones but those with a long opening run
  // (BetterBehindGate), which go to their own anchored set behind its gate;
  // the others go to the unanchored set and its gate.
  // A pattern not split for certain goes whole, as one alternative.
  // An anchored alternative's cue states the openings it may begin with
  // (`opens`, grammar/cue_openings.h), or it admits every line.
  Status AddCueAlternatives(const pugi::xml_node& n, std::string_view pattern, int index) {
    std::vector<std::string_view> alternatives = TopLevelAlternatives(pattern);
    // A pattern of one alternative is that alternative, checked already
    // (parsing it again was a fifth of the load's pattern checks).
    for (std::string_view alternative : alternatives) {
      if (alternatives.size() > 1 && !PatternError(alternative, options_).empty())
        alternatives.clear();
    }
    if (alternatives.empty()) alternatives = {pattern};
    bool opens_read = false;
    for (std::string_view alternative : alternatives) {
      bool anchored = AnchoredAtStart(alternative);
      if (anchored && BetterBehindGate(alternative, options_)) {
        if (!g_.long_anchored_cues)
          g_.long_anchored_cues = std::make_unique<LazyRegexSet>(options_, RE2::ANCHOR_START);
        g_.long_anchored_cues->AddChecked(alternative);
        g_.long_anchored_cue_index.push_back(index);
        g_.long_anchored_gate.Add(alternative, options_);
        continue;
      }
      auto& whole = anchored ? g_.anchored_cues : g_.unanchored_cues;
      if (!whole)
        whole = std::make_unique<LazyRegexSet>(options_,
                                               anchored ? RE2::ANCHOR_START : RE2::UNANCHORED);
      whole->AddChecked(alternative);
      (anchored ? g_.anchored_cue_index : g_.unanchored_cue_index).push_back(index);
      if (!anchored) {
        g_.unanchored_gate.Add(alternative, options_);
        continue;
      }
      if (opens_read) continue;  // one cue's alternatives share its openings
      opens_read = true;
      pugi::xml_attribute opens = n.attribute("opens");
      std::string error;
      if (!opens) {
        g_.anchored_openings.AdmitAll();
      } else if (!g_.anchored_openings.Add(opens.as_string(), &error)) {
        return Error(n, "cue's opens: " + error);
      }
    }
    return Status::Ok();
  }

  // Files a lazy cue's alternatives (grammar/lazy_cues.h). False: the ends
  // of one say too little. They are not checked one by one
  // (AddCueAlternatives does): each is a top-level piece of a pattern RE2
  // parsed, and one RE2 refused would match nothing, as a set's does.
  bool AddLazyCue(std::string_view pattern, int index) {
    std::vector<std::string_view> alternatives = TopLevelAlternatives(pattern);
    if (alternatives.empty()) alternatives = {pattern};
    for (std::string_view alternative : alternatives) {
      if (!g_.lazy_cues.Add(alternative, index, options_)) return false;
    }
    return true;
  }

  Status ReadMeta(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.child("meta").children("pattern")) {
      std::string field = n.attribute("field").as_string();
      std::string pattern = n.attribute("pattern").as_string();
      if (!OneOf(field, kMetaFields)) return Error(n, "unknown meta field '" + field + "'");
      std::string bad = pattern.empty() ? "empty" : PatternError(pattern, options_);
      if (!bad.empty()) return Error(n, "meta pattern for '" + field + "': bad pattern: " + bad);
      auto re = std::make_unique<LazyRegex>(pattern, options_);
      std::string scope = n.attribute("scope").as_string("any");
      if (!OneOf(scope, kMetaScopes)) {
        return Error(
            n, "meta scope must be 'any', 'header', 'closing' or 'site', got '" + scope + "'");
      }
      bool folded = n.attribute("folded").as_bool(false);
      AddToMetaField(field, pattern, folded);
      g_.meta.push_back(
          {field, scope, scope == "any", folded, n.attribute("value").as_string(), std::move(re)});
    }
    return Status::Ok();
  }

  // Files the pattern about to be appended to g_.meta under its field.
  void AddToMetaField(const std::string& field, const std::string& pattern, bool folded) {
    Grammar::Impl::MetaField& f = g_.meta_fields[field];
    if (folded) f.folded_index.push_back(g_.meta.size());
    f.patterns.push_back(g_.meta.size());
    if (folded) {
      std::optional<size_t> longest =
          AnchoredAtStart(pattern) ? MaxMatchBytes(pattern) : std::nullopt;
      f.folded_unbounded = f.folded_unbounded || !longest;
      f.folded_reach = f.folded_unbounded ? 0 : std::max(f.folded_reach, *longest + 1);
    }
  }

  Status ReadMonths(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.child("months").children("month")) {
      int value = n.attribute("value").as_int(0);
      std::string name = ToLowerUtf8(n.text().as_string());
      if (value < 1 || value > 12 || name.empty())
        return Error(n, "<month> needs a value 1-12 and a name");
      g_.months[name] = value;
      g_.month_names.resize(13);
      std::string& shown = g_.month_names[static_cast<size_t>(value)];
      if (shown.empty()) shown = n.text().as_string();
    }
    return Status::Ok();
  }

  // <report-labels><label key="…">text</label>: the interface of the reports
  // in this language. Optional; a key given twice is an error.
  Status ReadReportLabels(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.child("report-labels").children("label")) {
      std::string key = n.attribute("key").as_string();
      if (key.empty()) return Error(n, "<label> needs a key");
      if (!g_.report_labels.emplace(key, n.text().as_string()).second) {
        return Error(n, "<label key=\"" + key + "\"> given twice");
      }
    }
    return Status::Ok();
  }

  // <continuation> words, <hyphenation join>, <ocr-confusions> pairs.
  Status ReadWordLists(const pugi::xml_node& root) {
    for (const std::string& w : Words(root.child("continuation").text().as_string())) {
      g_.continuation_words.insert(ToLowerUtf8(w));
    }
    if (pugi::xml_node n = root.child("hyphenation")) {
      std::string join = n.attribute("join").as_string("none");
      if (join != "space" && join != "none")
        return Error(n, "<hyphenation join> must be 'space' or 'none'");
      g_.hyphen_space = join == "space";
    }
    pugi::xml_node confusions = root.child("ocr-confusions");
    for (const std::string& pair : Words(confusions.text().as_string())) {
      size_t eq = pair.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 >= pair.size()) {
        return Error(confusions, "<ocr-confusions> entries are READ=MEANT, got '" + pair + "'");
      }
      g_.ocr_confusions.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
    }
    return Status::Ok();
  }

  // <align-words>: <actors words-before-head="N"> with <heads> (phrases
  // separated by ';'), <plurals>, <adverbials>, <agents>, <modals> (words)
  // and <office holder body>; <heading-function-words> (words);
  // <definition-formula> phrases, the
  // <name-articles> a short name may open with, and <editorial-note> with
  // <dated> and <acts> (phrases), <in-force> (one phrase), <voices> (words),
  // <file-papers> with <kinds> and <files> (phrases), <alternatives> (words),
  // <references> (ReadReferenceWords). Optional.
  Status ReadAlignWords(const pugi::xml_node& root) {
    pugi::xml_node n = root.child("align-words");
    if (!n) return Status::Ok();
    AlignWords& w = g_.align_words;
    pugi::xml_node actors = n.child("actors");
    w.words_before_head = actors.attribute("words-before-head").as_int(0);
    if (w.words_before_head < 0 || w.words_before_head > 4)
      return Error(actors, "<actors words-before-head> must be 0 to 4");
    w.agent_within = actors.attribute("agent-within").as_int(3);
    if (w.agent_within < 1 || w.agent_within > 6)
      return Error(actors, "<actors agent-within> must be 1 to 6");
    w.actor_heads = Phrases(actors.child("heads").text().as_string());
    w.plurals = Words(actors.child("plurals").text().as_string());
    w.adverbials = Words(actors.child("adverbials").text().as_string());
    w.agents = Words(actors.child("agents").text().as_string());
    w.modals = Words(actors.child("modals").text().as_string());
    w.heading_function_words = Words(n.child("heading-function-words").text().as_string());
    for (pugi::xml_node office : actors.children("office")) {
      std::string holder = CollapseSpaces(office.attribute("holder").as_string());
      std::string body = CollapseSpaces(office.attribute("body").as_string());
      if (holder.empty() || body.empty())
        return Error(office, "<office> needs a holder and a body");
      w.offices.emplace_back(holder, body);
    }
    for (pugi::xml_node f : n.children("definition-formula")) {
      std::string formula = CollapseSpaces(f.text().as_string());
      if (formula.empty()) return Error(f, "<definition-formula> is empty");
      w.definition_formulas.push_back(formula);
    }
    w.name_articles = Words(n.child("name-articles").text().as_string());
    pugi::xml_node note = n.child("editorial-note");
    w.note_dated = Phrases(note.child("dated").text().as_string());
    w.note_in_force = CollapseSpaces(note.child("in-force").text().as_string());
    w.note_voices = Words(note.child("voices").text().as_string());
    w.note_acts = Phrases(note.child("acts").text().as_string());
    pugi::xml_node papers = n.child("file-papers");
    w.paper_kinds = Phrases(papers.child("kinds").text().as_string());
    w.file_words = Phrases(papers.child("files").text().as_string());
    w.paper_alternatives = Words(papers.child("alternatives").text().as_string());
    return ReadReferenceWords(n.child("references"));
  }

  // <references> in <align-words>: <levels>, <pieces>, <articles>,
  // <ordinals>, <joiners>, <of>, <this-before>, <this-after>,
  // <lead-plurals> (words, every form as matched) and <text-types>, <leads>
  // (phrases; a word's forms joined by '|'). Optional; when present it needs
  // levels, articles, text types and a this-word before or after.
  Status ReadReferenceWords(const pugi::xml_node& n) {
    if (!n) return Status::Ok();
    AlignWords& w = g_.align_words;
    auto words = [&](const char* name) { return Words(n.child(name).text().as_string()); };
    w.ref_levels = words("levels");
    w.ref_pieces = words("pieces");
    w.ref_articles = words("articles");
    w.ref_ordinals = words("ordinals");
    w.ref_joiners = words("joiners");
    w.ref_of = words("of");
    w.ref_this_before = words("this-before");
    w.ref_this_after = words("this-after");
    w.ref_lead_plurals = words("lead-plurals");
    w.ref_text_types = Phrases(n.child("text-types").text().as_string());
    w.ref_leads = Phrases(n.child("leads").text().as_string());
    for (const char* name : {"levels", "pieces", "articles", "text-types"}) {
      if (Words(n.child(name).text().as_string()).empty())
        return Error(n, std::string("<references> needs <") + name + ">");
    }
    // Word lists hold words, each form written out: '|' belongs to phrases.
    for (const auto* list :
         {&w.ref_levels, &w.ref_pieces, &w.ref_articles, &w.ref_ordinals, &w.ref_joiners, &w.ref_of,
          &w.ref_this_before, &w.ref_this_after, &w.ref_lead_plurals}) {
      for (const std::string& word : *list) {
        if (word.find('|') != std::string::npos)
          return Error(n, "<references>: '" + word +
                              "' in a word list: write each form as a word ('|' joins the "
                              "forms of a word in <text-types> and <leads> only)");
      }
    }
    // A piece or an article that is no level opens no reference run.
    for (const auto* list : {&w.ref_pieces, &w.ref_articles}) {
      for (const std::string& word : *list) {
        if (std::find(w.ref_levels.begin(), w.ref_levels.end(), word) == w.ref_levels.end())
          return Error(n, "<references>: '" + word + "' is not among <levels>");
      }
    }
    if (w.ref_this_before.empty() && w.ref_this_after.empty())
      return Error(n, "<references> needs <this-before> or <this-after>");
    for (const auto* list : {&w.ref_text_types, &w.ref_leads}) {
      for (const std::string& phrase : *list) {
        for (const std::string& word : Words(phrase.c_str())) {
          if (word.front() == '|' || word.back() == '|' || word.find("||") != std::string::npos)
            return Error(n, "<references>: an empty form in '" + phrase + "'");
        }
      }
    }
    return Status::Ok();
  }

  Status ReadSyllables(const pugi::xml_node& root) {
    pugi::xml_node n = root.child("syllables");
    if (!n) return Status::Ok();
    std::vector<std::string> onsets = Words(n.attribute("onsets").as_string());
    std::vector<std::string> rhymes = Words(n.attribute("rhymes").as_string());
    if (rhymes.empty()) return Error(n, "<syllables> needs rhymes");
    g_.syllables = std::make_unique<text::SyllableSet>(
        onsets, rhymes, Words(n.attribute("stop-finals").as_string()),
        Words(n.attribute("stop-tones").as_string()));
    return Status::Ok();
  }

  const std::string& path_;
  LineIndex lines_;
  Grammar::Impl& g_;
  std::string lead_pattern_;  // <styles><lead pattern>, empty when none
  // One memo per next / not-next pattern as written (several styles share one).
  std::map<std::string, std::shared_ptr<grammar_internal::NextCharMemo>> next_memos_;
  RE2::Options options_;
  std::vector<std::string> repairs_, parent_styles_;  // per style, resolved once all are read
};

}  // namespace

namespace {

// Reads the grammar file at `path`: whole, or (`for_detection`) only its
// language and <detect>.
Result<std::shared_ptr<const Grammar>> ReadGrammarFile(const std::string& path,
                                                       bool for_detection) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Location where;
    where.file = path;
    return Status::Error(StatusCode::kGrammarError, "cannot open grammar file", where);
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();

  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_buffer(content.data(), content.size());
  if (!parsed) {
    return GrammarError(path, LineIndex(content).LineOf(parsed.offset),
                        std::string("malformed XML: ") + parsed.description());
  }
  pugi::xml_node root = xml.child("grammar");
  if (!root) return GrammarError(path, 1, "missing <grammar> root element");
  std::shared_ptr<Grammar> grammar = Grammar::Impl::NewGrammar();
  GrammarReader reader(path, content, Grammar::Impl::Mutable(*grammar));
  Status read = for_detection ? reader.ReadForDetection(root) : reader.Read(root);
  if (!read.ok()) return read;
  return std::shared_ptr<const Grammar>(std::move(grammar));
}

}  // namespace

Result<std::shared_ptr<const Grammar>> Grammar::Load(const std::string& path) {
  return ReadGrammarFile(path, false);
}

Result<std::shared_ptr<const Grammar>> grammar_internal::LoadForDetection(const std::string& path) {
  return ReadGrammarFile(path, true);
}

}  // namespace congvan
