// The inside of a Grammar, shared by the file that loads it
// (grammar_loader.cc) and the one that matches with it (grammar.cc).
#ifndef CONGVAN_GRAMMAR_GRAMMAR_IMPL_H_
#define CONGVAN_GRAMMAR_GRAMMAR_IMPL_H_

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "congvan/grammar.h"
#include "grammar/align_words.h"
#include "grammar/backtracked_capture.h"
#include "grammar/cue_gate.h"
#include "grammar/cue_openings.h"
#include "grammar/folded_lead_gate.h"
#include "grammar/lazy_cues.h"
#include "grammar/lazy_regex.h"
#include "grammar/lead_styles.h"
#include "grammar/letter_values.h"
#include "grammar/lone_style_route.h"
#include "grammar/next_char_memo.h"
#include "grammar/read_marker_set.h"
#include "grammar/required_literals.h"
#include "grammar/set_hit_odds.h"
#include "grammar/word_start_field.h"
#include "text/code_point_table.h"
#include "text/collapse_spaces.h"
#include "text/syllables.h"

namespace congvan {

// Every pattern is parsed when the grammar is loaded and compiled when first
// used (grammar/lazy_regex.h).
struct Grammar::Impl {
  // The Impl of `g` (a nested class reaches its enclosing class's members):
  // for the grammar module's own files that are not Grammar's members.
  static const Impl& Of(const Grammar& g) { return *g.impl_; }
  // A new, empty grammar, and its Impl to fill (the loader's, for Grammar::Load
  // and LoadForDetection).
  static std::shared_ptr<Grammar> NewGrammar() { return std::shared_ptr<Grammar>(new Grammar()); }
  static Impl& Mutable(Grammar& g) { return *g.impl_; }
  using LazyRegex = grammar_internal::LazyRegex;
  using LazyRegexSet = grammar_internal::LazyRegexSet;
  using CueGate = grammar_internal::CueGate;

  Language language = Language::kVietnamese;
  std::vector<MarkerStyle> styles;
  // The highest rank of a continuous style, -1 when none (Grammar::
  // structural_rank, asked a few times per line by the paragraph joiner).
  int structural_rank = -1;
  std::vector<std::unique_ptr<LazyRegex>> style_res;  // "^(?:pattern)", group 1 = ordinal
  std::vector<std::string> style_sequence;            // sequence id per style (words)
  // What must (or must not) follow a style's marker, anchored where its text
  // begins; null when the style says nothing.
  std::vector<std::unique_ptr<LazyRegex>> next_res;
  std::vector<std::unique_ptr<LazyRegex>> not_next_res;
  // Per style, whether its next / not-next pattern is exactly "\d": RE2's \d
  // is [0-9], so the answer is whether the byte where the text begins is an
  // ASCII digit, and MatchMarkers tests that byte instead of running RE2
  // (a clause's "1." asks not-next "\d" on every line that opens with one).
  std::vector<char> next_is_digit, not_next_is_digit;
  // Per style, the next / not-next pattern's answers kept per code point
  // when they depend on one character only (grammar/next_char_memo.h), or null.
  std::vector<std::shared_ptr<grammar_internal::NextCharMemo>> next_memo, not_next_memo;
  // What may stand before a style's marker without being part of it (a web
  // copy's breadcrumb, "<title of the document>. Mục 1."): the grammar's
  // <lead>, compiled once, and per style that pointer or null.
  std::unique_ptr<LazyRegex> lead;
  std::vector<const LazyRegex*> lead_res;
  // The marker set, anchored at the line's start: style k's pattern at index
  // k, without the <lead> (a copy of its "[^.\n]{1,200}?" per style was nine
  // tenths of the set's compilation), and the lead alone at lead_set_index
  // (-1: no style takes a lead). When the lead matches, every style that may
  // follow it (lead_styles) is a candidate, checked with its full pattern
  // (style_res); when it does not, (?:lead)?pattern reads as the pattern
  // alone, and plain_style_res (null for a style without a lead) answers.
  // When the lead's matches all end past the line's first "."
  // (grammar/lead_styles.h), a candidate is instead its style alone tried
  // at each end the lead allows, and the full patterns are not compiled.
  std::unique_ptr<LazyRegexSet> set;
  // Per first byte, whether the set is asked "whether" before "which"
  // (grammar/set_hit_odds.h): learnt from its answers, never changes them.
  mutable grammar_internal::SetHitOdds set_odds;
  // Per first byte, the style a line likely bears alone, tried before the
  // set (grammar/lone_style_route.h): gives the set's own answer or none.
  mutable grammar_internal::LoneStyleRoute lone_route;
  int lead_set_index = -1;
  bool lead_ends_after_first_dot = false;
  std::vector<int> lead_styles;
  std::vector<std::unique_ptr<LazyRegex>> plain_style_res;
  // Per style, its plain_style_res and style_res patterns as a backtracker
  // (grammar/backtracked_capture.h) where they read as one: a marker's
  // capture without RE2's fixed cost per call, RE2's own answer.
  grammar_internal::StyleCaptures style_captures;
  // The set's hits read by those backtrackers where every style reads and
  // the lead cannot begin the line (grammar/read_marker_set.h): RE2's set
  // is asked only of the other lines.
  grammar_internal::LazyReadMarkerSet read_set;
  std::map<std::string, std::vector<std::string>> letters;  // id → letters
  // Per style, its sequences' letters (pointers into `letters`, in the
  // style's order) and a table of one-byte letters' values: ReadOrdinal
  // reads them without a lookup by id (grammar/letter_values.h).
  std::vector<grammar_internal::LetterValues> style_letters;
  std::map<std::string, std::map<std::string, int>> ordinals;  // id → word → value
  std::vector<RoleCue> cues;
  // Every cue is in one of two RE2::Sets: those anchored where the line
  // begins (every alternative starts with "^", lazy_regex.h AnchoredAtStart)
  // in a set anchored there, whose DFA stops once no cue can still match, and
  // the rest in an unanchored set. A line is matched once and each kind's
  // question answered from the hits (Grammar::MatchCue); *_cue_index maps a
  // set's index to the index into cues. One set over all cues made the DFA
  // carry the anchored cues' counted repetitions ("^[^()]{2,60}…",
  // ".{0,160}") along every position of the unanchored ones: thousands of
  // states, built line after line. cue_kind[i] is cue i's kind. The per-kind
  // sets answer instead only when a set cannot
  // (RE2's DFA out of memory on a long line). A set with no cue is null.
  // A cue is split into its top-level alternatives (TopLevelAlternatives):
  // those beginning with "^" go to the anchored set, the others to the
  // unanchored one, which a line reaches only through unanchored_gate
  // (grammar/cue_gate.h): most lines can match no floating alternative.
  std::unique_ptr<LazyRegexSet> anchored_cues, unanchored_cues;
  std::vector<int> anchored_cue_index, unanchored_cue_index;  // per alternative
  CueGate unanchored_gate;
  // The (first byte, second byte) pairs a line may open with for an
  // alternative of anchored_cues to match, as the cues' `opens` attributes
  // state them (grammar/cue_openings.h): a line they turn away skips the set.
  grammar_internal::CueOpenings anchored_openings;
  // The "^" alternatives with a long opening run ("^[^()]{2,60}\(da ky\)$",
  // BetterBehindGate) are not in anchored_cues: their run kept its DFA alive
  // 60 bytes into nearly every line, and its states multiplied with those of
  // the footnote cue's ".{0,160}" (the DFA's first pass over the 65-document
  // folder's lines was three times its later passes). They are a third set,
  // anchored, asked only of a line long_anchored_gate lets through (tail and
  // literal), and compiled only then.
  std::unique_ptr<LazyRegexSet> long_anchored_cues;
  std::vector<int> long_anchored_cue_index;
  CueGate long_anchored_gate;
  // The cues marked lazy="true" (a consolidated text's furniture): in none
  // of the sets above; each alternative compiled only once a line's ends fit
  // it (grammar/lazy_cues.h).
  grammar_internal::LazyCues lazy_cues;
  // Per CueKind, bit i set for each cue i of the kind (Grammar::CueOfKind);
  // empty when there are more than kMaxCueBits cues.
  static constexpr size_t kMaxCueBits = 63;
  std::vector<uint64_t> cue_kind_bits;
  std::vector<Grammar::CueKind> cue_kind;
  uint64_t generation = 0;  // unique per loaded grammar: keys MatchCue's memo
  std::map<std::string, std::unique_ptr<LazyRegexSet>, std::less<>> cue_sets;
  std::map<std::string, std::vector<int>, std::less<>> cue_set_index;
  struct MetaPattern {
    std::string field;
    std::string scope;      // "any" | "header" | "closing" | "site"
    bool any_scope = true;  // scope == "any": asked in every scope
    bool folded = false;    // matched against the folded text (case, diacritics, đ → d)
    std::string value;      // a fixed value the match stands for (an action, a kind)
    std::unique_ptr<LazyRegex> re;
    // Literals every match holds (grammar/required_literals.h): a text (or
    // folded text) without them is not asked, so the pattern is compiled
    // only once a text could match it. Empty: asked of every text. Read on
    // the field's first question (MetaField::literals_once), not at load.
    mutable std::vector<grammar_internal::LiteralChoice> required;
    // For a pattern that can match only where the text begins
    // (AnchoredAtStart): strings one of which the text must begin with
    // (LeadingLiterals); then asked instead of `required`. Empty: not known.
    mutable grammar_internal::LiteralChoice lead;
    // Anchored probes spent finding this pattern's matches without its
    // reverse program (grammar/leftmost_match.h); past kProbeBudget RE2's
    // own search (and its reverse program, compiled once) is cheaper.
    std::unique_ptr<std::atomic<uint32_t>> probes = std::make_unique<std::atomic<uint32_t>>(0);
  };
  // About as many instructions (≈ 1,100 a probe) as compiling a metadata
  // pattern's reverse program (≈ 2 M; 105 M for the ≈ 50 that match in the
  // 2 MB bench folder): past it the probes would cost more than they spare.
  static constexpr uint32_t kProbeBudget = 2000;
  std::vector<MetaPattern> meta;
  // Each field's patterns (indices into meta, file order), and those of them
  // run on the folded text (folded_index). FindMetaIn runs each pattern whose
  // scope, leading or required literals allow it. An RE2::Set per field,
  // asked first (and compiled after a field's 64th question), was dropped
  // (parse-meta5): with the literals' gates it cost more per question than it
  // spared, besides its compilation (29.6 M instructions for vi's number
  // field; 2 MB law −3.0 M without the sets, 2 MB folder −61.4 M, 10 MB law
  // and folder likewise, docs/DESIGN.md).
  struct MetaField {
    std::vector<size_t> patterns;
    std::vector<size_t> folded_index;
    // The patterns' literals are read once, on the field's first question
    // (reading all of them at load added a third to the load's 3 ms).
    mutable std::once_flag literals_once;
    mutable std::atomic<bool> literals_read{false};  // set once literals_once has run
    // Read with the literals: whether every folded (raw) pattern of the
    // field has leading literals (MetaPattern::lead), the folded leads as a
    // gate (grammar/folded_lead_gate.h) and the bytes the raw ones may begin
    // with. A text whose fold (whose own text) begins with none of them can
    // match none of those patterns, and is then not folded: "action" is
    // asked of every provision, and few begin with a verb.
    mutable bool folded_all_led = false, raw_all_led = false;
    mutable grammar_internal::FoldedLeadGate folded_leads;
    // Whether the folded leads alone decide the field: every pattern is
    // folded and anchored with leading literals, so a text whose fold begins
    // with none of them matches none (TurnedAwayByLeads; the amendment
    // pass's first-byte table, grammar/meta_first_bytes.h).
    // REQUIRES: the literals are read (literals_read).
    bool LeadsDecide() const {
      return folded_all_led && folded_index.size() == patterns.size() && !folded_index.empty();
    }
    mutable std::array<bool, 256> raw_lead_first{};
    // How many bytes of the folded text decide every folded pattern's matches,
    // when each can match only where the text begins and spans at most a known
    // number of bytes (AnchoredAtStart, MaxMatchBytes): the longest match plus
    // the one byte RE2 reads beyond it (\b, $). FindMetaIn then folds only a
    // prefix that long ("action" in vi: "^(?:sua doi,? bo sung|…)\b" asked of
    // every provision). 0: the whole text is folded.
    size_t folded_reach = 0;
    bool folded_unbounded = false;  // a folded pattern with no such bound
    // The field's patterns as one program, when they all begin a word alike
    // (grammar/word_start_field.h: the typed numbers); built with the
    // literals. FindMetaIn then runs it instead of the patterns.
    mutable std::unique_ptr<grammar_internal::WordStartProgram> joined;
  };
  // Hashed: FindMetaIn looks its field up on every question (a provision's
  // "action", its cited document), and a tree of some thirty names cost
  // five string comparisons a question. Nothing iterates the fields.
  struct FieldNameHash {
    using is_transparent = void;
    size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::unordered_map<std::string, MetaField, FieldNameHash, std::equal_to<>> meta_fields;
  std::map<std::string, int> months;     // lower-case name → 1..12
  std::vector<std::string> month_names;  // 1..12 → the first name given, as written ([0] unused)
  // <report-labels>: the words of the reports' interface, key → text.
  std::map<std::string, std::string, std::less<>> report_labels;
  std::unique_ptr<text::SyllableSet> syllables;
  std::vector<std::string> detect_letters;       // <detect><letters>
  std::unordered_set<std::string> detect_words;  // <detect><words>, lower case
  std::set<UChar32> detect_code_points;          // the letters, lower case
  // DetectionScore's answers per code point of the tabled ranges
  // (text/code_point_table.h): kDetectLetter when u_isalpha, kDetectOwn when
  // its lower case is one of detect_code_points. Language detection reads the
  // first 64 KB of every document with every grammar: ICU's property and case
  // calls and a set lookup per character were ≈ 190 instructions a byte.
  static constexpr uint8_t kDetectLetter = 1, kDetectOwn = 2;
  std::unique_ptr<text::CodePointTable> detect_table;
  // What a word must be to be one of detect_words, asked before the hash
  // lookup: bit b of detect_word_shapes[length] set when a word of `length`
  // bytes begins with byte b (words of 16 bytes or more are not filtered).
  static constexpr size_t kDetectShapeLengths = 16;
  std::array<std::array<uint64_t, 4>, kDetectShapeLengths> detect_word_shapes{};
  size_t detect_longest_word = 0;  // bytes, of detect_words' longest
  // detect_words shorter than kDetectShapeLengths by length, each as two
  // machine words (its bytes zero-padded, byte k in bits 8k…8k+7): a word is
  // compared with a few of these, not hashed into detect_words.
  std::array<std::vector<std::array<uint64_t, 2>>, kDetectShapeLengths> detect_word_keys;
  static std::array<uint64_t, 2> DetectWordKey(std::string_view word) {
    std::array<uint64_t, 2> key{};
    for (size_t k = 0; k < word.size() && k < 16; ++k) {
      key[k / 8] |= uint64_t{static_cast<unsigned char>(word[k])} << (8 * (k % 8));
    }
    return key;
  }
  bool MayBeDetectWord(std::string_view word) const {
    if (word.size() >= kDetectShapeLengths) return true;
    auto b = static_cast<unsigned char>(word[0]);
    return (detect_word_shapes[word.size()][b >> 6] >> (b & 63)) & 1;
  }
  uint8_t DetectFlags(UChar32 c) const {
    if (!u_isalpha(c)) return 0;
    return kDetectLetter | (detect_code_points.count(u_tolower(c)) ? kDetectOwn : 0);
  }
  std::vector<std::pair<std::string, std::string>> ocr_confusions;  // as read → meant
  bool hyphen_space = false;                                        // <hyphenation join="space">
  bool detect_fallback = false;
  std::set<std::string, std::less<>> continuation_words;  // lower case
  // <align-words>, as written (grammar/align_words.h).
  AlignWords align_words;

  bool ReadOrdinal(size_t style, std::string_view ordinal, MarkerMatch& m) const;
  // Fills `m`, a marker of `style` found where `marker` (as written) and
  // `ordinal` (the captured ordinal, or empty) stand, its text from byte
  // `text_begin`; false when its ordinal cannot be read. Matching a line
  // and reading a packed answer (Grammar::MarkersOf) both make their markers
  // here, so the two agree by construction.
  bool MakeMarker(int style, std::string_view marker, std::string_view ordinal, size_t text_begin,
                  MarkerMatch& m) const;
  // Whether the lead may match where `text` begins (the marker set says so,
  // or cannot answer): MatchMarkers compiles the lead alone only then.
  bool LeadMayBegin(std::string_view text) const;
  // Whether what follows style `style`'s marker in `line` (its text, from
  // byte `at`) matches the style's next pattern and not its not-next one.
  bool FollowsAsRequired(size_t style, std::string_view line, size_t at) const;
  int MatchCueOfKind(std::string_view kind, std::string_view folded_line) const;
};

namespace grammar_internal {

// Whether ToLowerUtf8(s) is `s` itself: well-formed UTF-8 whose every code
// point is its own simple lower case (u_tolower). The full lower-case
// mapping ICU applies differs from the simple one only on capitals (İ, Σ,
// the Lithuanian and Turkic I's) and on U+0307 after a capital I, none of
// which is its own lower case; tests/grammar/lowers_to_itself_test.cc checks
// every code point below U+30000 alone and every corpus word. A word of a
// line's end asked about continuation ("của", "và") is then looked up as it
// is, with no ICU string (≈ 1,300 instructions a word).
inline bool LowersToItself(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      if (bytes[i] >= 'A' && bytes[i] <= 'Z') return false;
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || u_tolower(c) != c) return false;
  }
  return true;
}

inline std::string ToLowerUtf8(std::string_view s) {
  // ASCII without 'I' lowers alike in every locale (ICU's default locale may
  // be Turkish or Azeri, where 'I' lowers to 'ı'): the markers' letters
  // ("a", "đ" aside) are read per marker, and need no ICU string.
  bool plain_ascii = std::all_of(
      s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 'I'; });
  if (plain_ascii) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

using text::CollapseSpaces;

}  // namespace grammar_internal
}  // namespace congvan

#endif  // CONGVAN_GRAMMAR_GRAMMAR_IMPL_H_
