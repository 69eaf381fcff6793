// The words of a cross-reference in legislation, read on a provision's words
// as the aligner's word scan cuts them (align/word_scanner.h): the level
// words ("điểm", "khoản", "Điều"; "point", "Clause", "Article"), the ordinals
// that are words ("đ"), the joiners ("và", "and"), the words that close a
// citation on the citing text itself ("Luật này", "this Law"), the types of
// legal text ("Luật", "Nghị định", "Bộ luật"; "Law", "Decree") and the
// formulas that introduce a reference ("quy định tại"; "referred to in").
// Shared by cross_references.h, which takes references out of a text, and
// cited_articles.h, which finds the article a provision cites.
//
// Approach: the words are data, <references> in <align-words> of
// grammars/<code>.xml (grammar/align_words.h), each form written as it is
// matched ("điều Điều": a reference's words are compared as written, with
// no fold). They are copied once per language into this structure
// (align_vocabulary.h), so a stage compares the scan's string_views with
// short lists and builds no string. A grammar without <references> gives
// an empty one: no word is a level, and no reference is read.
#ifndef CONGVAN_SRC_ALIGN_REFERENCE_WORDS_H_
#define CONGVAN_SRC_ALIGN_REFERENCE_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/align_words.h"

namespace congvan::align_internal {

class ReferenceWords {
 public:
  // From the grammar's <references> (empty when it has none).
  static ReferenceWords Of(const AlignWords& words);

  bool empty() const { return levels_.empty(); }
  bool IsLevel(std::string_view w) const { return In(levels_, w); }
  // A level below the article: a citation opening on one names a piece.
  bool IsPiece(std::string_view w) const { return In(pieces_, w); }
  bool IsArticle(std::string_view w) const { return In(articles_, w); }
  // An ordinal written as a word besides numbers and single letters: "đ".
  bool IsOrdinalWord(std::string_view w) const { return In(ordinals_, w); }
  bool IsJoiner(std::string_view w) const { return In(joiners_, w); }
  bool IsOf(std::string_view w) const { return In(of_, w); }
  bool IsThisBefore(std::string_view w) const { return In(this_before_, w); }
  bool IsThisAfter(std::string_view w) const { return In(this_after_, w); }
  bool IsLeadPlural(std::string_view w) const { return In(lead_plurals_, w); }

  // The number of words of the longest type of legal text at words[i]; 0
  // when none is there.
  size_t TextTypeAt(const std::vector<std::string_view>& words, size_t i) const;
  // The number of words of the longest formula introducing a reference that
  // ends just before words[end]; 0 when none does.
  size_t LeadBefore(const std::vector<std::string_view>& words, size_t end) const;

  // Each article word without its first letter ("iều", "rticle"): a cheap
  // first look for a citation in both cases of that letter.
  const std::vector<std::string>& article_tails() const { return article_tails_; }

 private:
  using Forms = std::vector<std::string>;  // one word, as each form is written
  using Phrase = std::vector<Forms>;

  static bool In(const std::vector<std::string>& list, std::string_view w) {
    for (const std::string& x : list) {
      if (x == w) return true;
    }
    return false;
  }
  static bool PhraseAt(const Phrase& p, const std::vector<std::string_view>& words, size_t i);

  std::vector<std::string> levels_, pieces_, articles_, ordinals_, joiners_, of_;
  std::vector<std::string> this_before_, this_after_, lead_plurals_, article_tails_;
  std::vector<Phrase> text_types_, leads_;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_REFERENCE_WORDS_H_
