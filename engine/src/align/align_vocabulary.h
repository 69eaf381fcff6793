// The aligner's language knowledge: the words of a language it reads a
// provision's opening by (who acts, align/named_actors.h) and the formulas
// that define a short name (align/defined_names.h), a portal's bracketed
// note (align/editorial_notes.h), and the words of a cross-reference
// (align/reference_words.h).
//
// The words are data, in the grammars (<align-words> in grammars/<code>.xml,
// read by the grammar loader as congvan::AlignWords); Align() has two
// documents, each with its language, and looks the vocabulary up by that
// language in the grammars AlignOptions::grammar_dir names (the CLI's
// --grammars DIR; empty: DefaultGrammarDir()). Approach: the
// grammar's words are folded once, with the fold the texts are read with
// (FoldToneKey: case folded, "Ủy" and "Uỷ" one key), and kept per
// directory and language for the process, so a stage asks for them at no
// cost. When the grammars cannot be loaded the vocabulary is empty: no actor
// is read and no definition is found (parsing has already reported the
// missing grammars).
#ifndef CONGVAN_SRC_ALIGN_ALIGN_VOCABULARY_H_
#define CONGVAN_SRC_ALIGN_ALIGN_VOCABULARY_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "align/defined_names.h"
#include "align/editorial_notes.h"
#include "align/reference_words.h"
#include "congvan/document.h"
#include "congvan/grammar.h"
#include "grammar/align_words.h"

namespace congvan::align_internal {

using FoldedWords = std::vector<std::string>;

// Who acts, as named_actors.h reads it: every phrase folded and cut into words.
struct ActorVocabulary {
  std::vector<FoldedWords> heads;
  std::unordered_set<std::string> head_first_words;
  std::unordered_set<std::string> plurals, adverbials, agents, modals;
  std::unordered_set<std::string> heading_function_words;    // <heading-function-words>
  std::vector<std::pair<FoldedWords, FoldedWords>> offices;  // holder, body
  // The same words under FoldKey (no diacritics): the first look
  // (named_actors.cc) folds a provision's first words this cheap way, a
  // looser key, so it passes every opening the whole read names and more.
  std::unordered_set<std::string> loose_head_first_words, loose_openers, loose_agents;
  size_t words_before_head = 0;
  size_t agent_within = 3;
  // The grammar, for its <continuation> words (no modifier of a head is a
  // preposition or conjunction); null for an empty vocabulary.
  std::shared_ptr<const Grammar> grammar;

  bool empty() const { return heads.empty(); }
  bool IsFunctionWord(const std::string& folded_word) const {
    return grammar != nullptr && grammar->IsContinuationWord(folded_word);
  }
  // A word two headings may share without being about one thing: a
  // function word, or one of the grammar's <heading-function-words>.
  bool IsHeadingFunctionWord(const std::string& folded_word) const {
    return IsFunctionWord(folded_word) || heading_function_words.count(folded_word) > 0;
  }
};

// The syllables of a heading, case-folded (diacritics kept), punctuation
// dropped, without the function words every heading has: the conjunctions
// and prepositions of its language's grammar (<continuation>, read through
// the aligner's vocabulary: "và", "của"; "the", "of") and the words its
// <heading-function-words> adds ("đối", "có", "được"; "this", "its").
std::set<std::string> HeadingSyllables(std::string_view text, const ActorVocabulary& words);

struct AlignVocabulary {
  ActorVocabulary actors;
  // How a text defines a short name (align/defined_names.h).
  DefinitionWords definitions;
  // A portal's bracketed note (align/editorial_notes.h), as written.
  EditorialNoteWords notes;
  // A file's papers (align/paper_kinds.h, align/file_lead_ins.h): each phrase
  // cut into words under the loose key (FoldKey: no diacritics, a table
  // lookup a byte — the kinds and the file words differ in letters, not in
  // tones alone, and the stages fold a provision's opening the same cheap
  // way); the words that open an alternative paper, under the same key.
  std::vector<FoldedWords> paper_kinds;
  std::vector<FoldedWords> file_words;
  std::unordered_set<std::string> paper_alternatives;
  // The words of a cross-reference, as written (align/reference_words.h).
  ReferenceWords references;
};

// The vocabulary `grammar` declares.
AlignVocabulary VocabularyOf(std::shared_ptr<const Grammar> grammar);

// The vocabulary of `language` in the grammars of `grammar_dir` (empty: the
// default), built once per process and shared; empty when they do not load.
// Thread-safe.
const AlignVocabulary& VocabularyFor(Language language, const std::string& grammar_dir = "");

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ALIGN_VOCABULARY_H_
