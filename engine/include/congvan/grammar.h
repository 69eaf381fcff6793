// Numbering grammars: the marker styles of a language, loaded from
// grammars/<lang>.xml. All marker patterns of a grammar are compiled once into
// one RE2::Set, so finding the candidate styles of a line is one pass.
#ifndef CONGVAN_GRAMMAR_H_
#define CONGVAN_GRAMMAR_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/status.h"
#include "congvan/text_fold.h"  // FoldForCues: the fold cue patterns are written for
#include "congvan/vector_box.h"

namespace congvan {
namespace text {
class SyllableSet;
}  // namespace text

// How the ordinal captured by a style's pattern is turned into a number.
enum class OrdinalKind {
  kArabic,         // "12" → 12
  kRoman,          // "XIV" → 14 (OCR 'l' and '1' read as 'I' inside a numeral)
  kLetters,        // "đ" → position in the grammar's letter sequence
  kWords,          // "mười một" → from the grammar's ordinal word table
  kDecimal,        // "2.1.3" → last component, the prefix must match the parent
  kLetterNumber,   // "a1" (a sub-point of point a) → 1, prefix = the letter's value
  kDecimalLetter,  // "2.1.a" (a point of item 2.1) → a's value, prefix = {2, 1}
  kNone,           // bullets: no value, every item continues the list
};

struct MarkerStyle {
  std::string id;       // "vi-arabic-dot"
  std::string pattern;  // RE2, anchored at line start; group 1 = ordinal text
  OrdinalKind kind = OrdinalKind::kNone;
  int rank = 0;             // default depth preference: lower = higher in the tree
  bool heading = false;     // items of this style head sections (own unnumbered text)
  bool continuous = false;  // numbered through the whole text (articles), not per parent
  // The level of legislation a division style numbers, the same word in every
  // language: "part", "chapter", "section", "subsection", "article" (empty
  // for other styles). "Điều 5" and "Article 5" are both article 5.
  std::string level;
  // Letters: the alternative letter sequences a list of this style may follow
  // (the Vietnamese legal alphabet a b c d đ e g …, the same without đ, the
  // English alphabet); a list keeps to the ones its items agree with.
  std::vector<std::string> sequences;
  // A strict style (a bare "1 " before a capital) is read as a marker only
  // where it continues its own list or opens one at 1 right under a numbered
  // item; anywhere else it is text.
  bool strict = false;
  // An OCR-damaged form ("1," for "1.") of the style with this index: it
  // counts as that style, only where the sequence expects it, and is reported.
  int repairs = -1;
  // Sub-numbering ("2.1.", "a1)"): the prefix must name an open item of this
  // style (-1: of any numbered style).
  int parent_style = -1;
  int grammar_line = 0;  // line in the XML file, for diagnostics
};

// One marker found at the start of a line.
// The strings are CompactStrings (16 bytes, up to 15 inline; read as
// strings): every paragraph of a law keeps its candidates until it is placed
// in the tree, one MarkerMatch each, and as std::strings they were 96 of its
// 168 bytes (72 MB of a 100 MB law's peak). No marker of the bench law is
// over 15 bytes.
struct MarkerMatch {
  int style = -1;              // index into Grammar::styles()
  CompactString marker;        // the marker as written, e.g. "Thứ hai," or "đ)"
  CompactString ordinal_text;  // captured ordinal, e.g. "hai" or "đ" or "2.1"
  int value = 0;               // 0 for bullets; sequence value otherwise
  // Decimal markers: the components before the last ("2.1." → {2}). Boxed
  // (one pointer, read as the vector: congvan/vector_box.h), as few markers
  // have one: a law's paragraph keeps its candidate marker until placed, and
  // 104 bytes are a malloc chunk of 112, 120 one of 128.
  VectorBox<int> prefix;
  CompactString suffix;  // letters after the number: "a" of "Điều 26a"
  // Letters: the value in each of the style's sequences (0 where the letter
  // is not in it); `value` is the first non-zero one.
  std::vector<int> sequence_values;
  size_t text_begin = 0;  // byte offset where the item text starts
};
static_assert(sizeof(void*) != 8 || sizeof(MarkerMatch) == 104, "MarkerMatch grew");

class Grammar {
 public:
  // Loads and compiles a grammar file. On failure the Status names the file,
  // the line, and what is wrong (bad RE2 pattern, unknown kind, missing field).
  static Result<std::shared_ptr<const Grammar>> Load(const std::string& path);

  // Loads "<dir>/<code>.xml" for a language.
  static Result<std::shared_ptr<const Grammar>> LoadForLanguage(const std::string& dir,
                                                                Language lang);

  // Every style whose pattern matches at the start of `line` (NFC, trimmed),
  // with its ordinal value; styles whose ordinal cannot be read are skipped.
  std::vector<MarkerMatch> Match(std::string_view line) const;
  // A line's Match answer in 8 bytes, for a stage that keeps one per line and
  // asks again later (line roles, paragraphs, the paragraphs' markers): each
  // line is matched once by RE2, and MarkersOf rebuilds its matches from the
  // offsets kept here. Zero-initialised it is "not matched yet". A line with
  // more than one marker, or offsets past the fields' widths, packs as
  // kMany: MarkersOf then matches it again (8 of 150,771 corpus lines).
  struct PackedMarkers {
    static constexpr uint64_t kNotMatched = 0, kNone = 1, kOne = 2, kMany = 3;
    uint64_t state : 2 = kNotMatched;
    uint64_t style : 8 = 0;
    uint64_t has_ordinal : 1 = 0;    // the style's pattern captured an ordinal
    uint64_t marker_begin : 10 = 0;  // byte offsets into the line
    uint64_t marker_size : 8 = 0;
    uint64_t ordinal_begin : 10 = 0;
    uint64_t ordinal_size : 8 = 0;
    uint64_t text_begin : 10 = 0;
    bool matched() const { return state != kNotMatched; }
    // REQUIRES: matched().
    bool empty() const { return state == kNone; }
  };
  // Match(line) packed. Runs the marker set (no memo).
  PackedMarkers PackMarkers(std::string_view line) const;
  // Match(line), read from `packed` without RE2 when it holds the answer.
  // REQUIRES: `packed` is PackMarkers(line), or not matched.
  std::vector<MarkerMatch> MarkersOf(PackedMarkers packed, std::string_view line) const;
  // The same answer written into `*out` (its elements replaced), reusing its
  // storage: for a stage that asks about one line after another (the
  // paragraph joiner), without a vector allocated per line.
  // REQUIRES: as above; `out` is not null.
  void MarkersOf(PackedMarkers packed, std::string_view line, std::vector<MarkerMatch>* out) const;

  const std::vector<MarkerStyle>& styles() const;
  // The rank of the continuous style (articles): styles ranked at or above it
  // are the headings of legislation (part, chapter, section, article). -1 when
  // the grammar has no continuous style.
  int structural_rank() const;

  // The marker `found` would have had with ordinal `value` instead (its
  // ordinal text re-rendered in the same style: "3." → "2.", "đ)" → "d)").
  // `sequence` picks the letter sequence for letter styles.
  std::string RenderMarker(const MarkerMatch& found, int value, int sequence = 0) const;
  Language language() const;
  // Block-role cues (see the comment at the top of grammars/vi.xml).
  struct RoleCue {
    BlockRole role;
    std::string kind;  // one of CueKindName's names
    std::string pattern;
    int grammar_line = 0;
  };
  const std::vector<RoleCue>& role_cues() const;
  // Index of the first cue of `kind` whose pattern matches `folded_line` (the
  // line after FoldForCues), or -1.
  int MatchCue(std::string_view kind, std::string_view folded_line) const;
  // Every cue's answer on one folded line, found once for a line asked about
  // in several passes (the line-role stages): bit i is cue i. `known` is
  // false when the line was not matched (MatchCues not called, a grammar of
  // more than 63 cues, or RE2 out of memory): CueOfKind then asks MatchCue.
  struct CueHits {
    uint64_t bits : 63 = 0;
    uint64_t known : 1 = 0;
  };
  CueHits MatchCues(std::string_view folded_line) const;
  // The kinds a cue may have (kind="…" in the grammar file), named by
  // CueKindName. The line-role stages ask some fifty questions per line, so
  // CueOfKind takes the kind as a number, not a name to look up.
  enum class CueKind : uint8_t {
    kLine,
    kTop,
    kSubject,
    kHead,
    kLead,
    kClosing,
    kSignature,
    kFooter,
    kIssuer,
    kStamp,
    kBasis,
    kLetterhead,
    kEnacting,
    kAuthority,
    kFootnote,
    kSiteField,
    kNote,
    kSigned,
    kStep,
  };
  static constexpr size_t kCueKindCount = 19;
  // "line", "top", …, "signed"; CueKindFromName is its inverse (false: no such kind).
  static std::string_view CueKindName(CueKind kind);
  static bool CueKindFromName(std::string_view name, CueKind* kind);
  // As MatchCue(CueKindName(kind), folded_line), from the hits MatchCues found on it.
  // REQUIRES: `hits` is MatchCues(folded_line), or unknown.
  int CueOfKind(CueHits hits, CueKind kind, std::string_view folded_line) const;

  // Metadata patterns (<meta> in the grammar file): RE2 with named groups.
  //   field="number":    (?P<number>…)                  the document's own number
  //   field="date":      (?P<d>)(?P<m>|?P<month>)(?P<y>) an issue date
  //   field="issuer":    (?P<issuer>…)
  //   field="year":      (?P<y>…)
  //   field="reference": (?P<type>)(?P<number>) and optional date groups
  //   field="kind":      value="Nghị định": the kind of document a title names
  //   field="action":    value="amend|add|replace|repeal": an amending verb
  //   field="target":    (?P<article>)(?P<clause>)(?P<point>)(?P<chapter>)…: what it amends
  //   field="attachment": a line announcing an attached text ("kèm theo Quyết định …")
  // folded="true": matched against the folded text (case, diacritics, đ → d),
  // so OCR that loses diacritics still matches; groups and offsets are those
  // of the original text. value="…": returned as the group "value".
  struct MetaMatch {
    std::map<std::string, std::string> groups;  // named group → text (absent if unset)
    size_t begin = 0;
    size_t end = 0;
    int pattern = 0;      // which of the field's patterns matched, in file order
    bool scoped = false;  // the pattern has a scope of its own (not "any")
  };
  // Patterns marked scope="header" only run when `in_header` is true (the
  // letterhead and title): "ngày 15/1/2024" there is the issue date, in the
  // body it is usually a cited document's date.
  std::vector<MetaMatch> FindMeta(std::string_view field, std::string_view text,
                                  bool in_header = false) const;
  // The same, naming the scope: "any" (unscoped patterns only), "header"
  // (plus scope="header"), "closing" (plus scope="closing": a law's enacting
  // formula and the closing blocks), "site" (plus scope="site": a legal
  // portal's box about the document).
  std::vector<MetaMatch> FindMetaIn(std::string_view field, std::string_view text,
                                    std::string_view scope) const;
  // A metadata field looked up by name once (MetaFieldNamed), for a stage
  // that asks it of every provision: the name is then neither compared nor
  // hashed per question. Valid for this grammar only; empty when the grammar
  // has no such field (every question then answers nothing).
  class MetaFieldRef {
   public:
    bool empty() const { return field_ == nullptr; }

   private:
    friend class Grammar;
    const void* field_ = nullptr;
  };
  MetaFieldRef MetaFieldNamed(std::string_view field) const;
  // FindMetaIn(field, text, "any") for a field looked up once.
  std::vector<MetaMatch> FindMeta(MetaFieldRef field, std::string_view text) const;
  // FindMeta(field, text).front(), or nothing when it is empty, without
  // finding the matches after the first (grammar/first_meta_match.h).
  std::optional<MetaMatch> FirstMeta(MetaFieldRef field, std::string_view text) const;
  // Month number (1-12) of a month name from <months>, or 0.
  int MonthNumber(std::string_view name) const;
  // The name of month 1-12 as <months> first writes it ("March"), or "" when
  // the grammar names no months.
  std::string MonthName(int month) const;

  // A word or phrase of the reports' interface in this language
  // (<report-labels><label key="…">), or null when the grammar has none for
  // `key`. Placeholders such as {n} are left for the report to fill. The
  // pointer lives as long as the grammar.
  const std::string* ReportLabel(std::string_view key) const;

  // How much `text` looks like this grammar's language (<detect>): the share
  // of its letters among the text's letters plus the share of its frequent
  // words among the text's words, in percent. 0 for a grammar without <detect>.
  double DetectionScore(std::string_view text) const;
  // The grammar chosen when no language scores (<detect fallback="true">).
  bool detection_fallback() const;

  // How a word hyphenated across a line end is joined: with a space where
  // the hyphen was (Vietnamese, whose syllables are written apart) or with
  // nothing (English). <hyphenation join="space|none">, default none.
  bool hyphen_joins_with_space() const;

  // True when `word` (any case and diacritics) is one of the grammar's
  // <continuation> words: a conjunction or preposition that never ends a
  // sentence or a heading, so a line ending with it goes on.
  bool IsContinuationWord(std::string_view word) const;

  // `text` with the characters OCR confuses in markers read back, from
  // the grammar's <ocr-confusions> ("a}" → "a)", "€)" → "c)").
  std::string UndoOcrConfusions(std::string_view text) const;

  // The language's syllables (<syllables onsets rhymes>), or null when the
  // grammar lists none (English). Lives as long as the grammar.
  const text::SyllableSet* syllables() const;

  ~Grammar();
  struct Impl;

 private:
  Grammar();
  // Match without its memo; `packed`, when given, gets the answer packed.
  std::vector<MarkerMatch> MatchMarkers(std::string_view line,
                                        PackedMarkers* packed = nullptr) const;
  std::unique_ptr<Impl> impl_;
};

// Directory that holds vi.xml, en.xml and lexicon/: FindGrammarDir()
// (congvan/grammar_dir.h: $CONGVAN_GRAMMARS, the installed copy, the source
// tree from a build tree), or "" when there is none — loading from "" then
// fails with FindGrammarDir()'s error, which names the places looked at.
std::string DefaultGrammarDir();

}  // namespace congvan

#endif  // CONGVAN_GRAMMAR_H_
