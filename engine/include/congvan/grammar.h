// Numbering grammars: the marker styles of a language, loaded from
// grammars/<lang>.xml. All marker patterns of a grammar are compiled once into
// one RE2::Set, so finding the candidate styles of a line is one pass.
#ifndef CONGVAN_GRAMMAR_H_
#define CONGVAN_GRAMMAR_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan {

// How the ordinal captured by a style's pattern is turned into a number.
enum class OrdinalKind {
  kArabic,   // "12" → 12
  kRoman,    // "XIV" → 14 (OCR 'l' and '1' read as 'I' inside a numeral)
  kLetters,  // "đ" → position in the grammar's letter sequence
  kWords,    // "mười một" → from the grammar's ordinal word table
  kDecimal,  // "2.1.3" → last component, the prefix must match the parent
  kNone,     // bullets: no value, every item continues the list
};

struct MarkerStyle {
  std::string id;       // "vi-arabic-dot"
  std::string pattern;  // RE2, anchored at line start; group 1 = ordinal text
  OrdinalKind kind = OrdinalKind::kNone;
  int rank = 0;         // default depth preference: lower = higher in the tree
  bool heading = false; // items of this style head sections (own unnumbered text)
  bool continuous = false;  // numbered through the whole text (articles), not per parent
  int grammar_line = 0; // line in the XML file, for diagnostics
};

// One marker found at the start of a line.
struct MarkerMatch {
  int style = -1;          // index into Grammar::styles()
  std::string marker;      // the marker as written, e.g. "Thứ hai," or "đ)"
  std::string ordinal_text;// captured ordinal, e.g. "hai" or "đ" or "2.1"
  int value = 0;           // 0 for bullets; sequence value otherwise
  std::vector<int> prefix; // decimal markers: the components before the last
  size_t text_begin = 0;   // byte offset where the item text starts
};

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

  const std::vector<MarkerStyle>& styles() const;
  Language language() const;
  // Block-role cues (see the comment at the top of grammars/vi.xml).
  struct RoleCue {
    BlockRole role;
    std::string kind;  // line | top | subject | head | lead | closing | signature | footer | issuer
    std::string pattern;
    int grammar_line = 0;
  };
  const std::vector<RoleCue>& role_cues() const;
  // Index of the first cue of `kind` whose pattern matches `folded_line` (the
  // line after FoldForCues), or -1.
  int MatchCue(std::string_view kind, std::string_view folded_line) const;

  // Metadata patterns (<meta> in the grammar file): RE2 with named groups.
  //   field="number":    (?P<number>…)                  the document's own number
  //   field="date":      (?P<d>)(?P<m>|?P<month>)(?P<y>) an issue date
  //   field="issuer":    (?P<issuer>…)
  //   field="year":      (?P<y>…)
  //   field="reference": (?P<type>)(?P<number>) and optional date groups
  struct MetaMatch {
    std::map<std::string, std::string> groups;  // named group → text (absent if unset)
    size_t begin = 0;
    size_t end = 0;
  };
  // Patterns marked scope="header" only run when `in_header` is true (the
  // letterhead and title): "ngày 15/1/2024" there is the issue date, in the
  // body it is usually a cited document's date.
  std::vector<MetaMatch> FindMeta(std::string_view field, std::string_view text,
                                  bool in_header = false) const;
  // Month number (1-12) of a month name from <months>, or 0.
  int MonthNumber(std::string_view name) const;

  ~Grammar();
  struct Impl;

 private:
  Grammar();
  std::unique_ptr<Impl> impl_;
};

// Directory that holds vi.xml, en.xml and lexicon/: $CONGVAN_GRAMMARS if set,
// else the source tree's grammars/ compiled into the binary.
std::string DefaultGrammarDir();

// Folds a line the way cue patterns expect: lower case, diacritics removed,
// đ → d, NFC. OCR that drops diacritics then matches the same cues.
std::string FoldForCues(std::string_view line);

// FoldForCues of a line's two ends only (its first ~200 and last ~80 bytes)
// when it is long. Cues describe short lines or a line's start and end, and
// this keeps the cost per paragraph independent of its length.
std::string FoldEndsForCues(std::string_view line);

}  // namespace congvan

#endif  // CONGVAN_GRAMMAR_H_
