// The aligner's words of a language, as its grammar file declares them
// (<align-words>, read by grammar_loader.cc): who acts in a provision
// (align/named_actors.h) and how a text defines a short name
// (align/defined_names.h), a portal's bracketed note
// (align/editorial_notes.h), and the words of a cross-reference
// (align/reference_words.h). The grammar keeps them as written and knows
// nothing of their use; the aligner folds them as it folds the texts it
// compares (align/align_vocabulary.h). A free function, not a member of
// Grammar: the public header, which every parse stage includes, stays as it
// is for words that only the aligner reads.
#ifndef CONGVAN_SRC_GRAMMAR_ALIGN_WORDS_H_
#define CONGVAN_SRC_GRAMMAR_ALIGN_WORDS_H_

#include <string>
#include <utility>
#include <vector>

namespace congvan {

class Grammar;

// As written in the file; empty when the grammar has none.
struct AlignWords {
  // Heads of a body or of a person in office that name who acts, one or more
  // words each ("ủy ban", "people's committee").
  std::vector<std::string> actor_heads;
  std::vector<std::string> plurals;     // passed over before a head: "các", "the"
  std::vector<std::string> adverbials;  // open a leading adverbial closed by a comma
  std::vector<std::string> agents;      // a passive's agent follows: "do", "by"
  std::vector<std::string> modals;      // end a subject: "shall", "must"
  // Words two headings may share without being about one thing, beside the
  // <continuation> conjunctions and prepositions: "đối", "có", "được";
  // "this", "its" (align/textless_divisions.h, HeadingsShareAWord).
  std::vector<std::string> heading_function_words;
  // An office that acts for its body: holder, body ("bộ trưởng", "bộ").
  std::vector<std::pair<std::string, std::string>> offices;
  // How many words may stand before a head (English modifiers: "Provincial
  // People's Committees shall"); 0: the subject opens with its head.
  int words_before_head = 0;
  int agent_within = 3;  // the agent's word stands among the first this many
  // The formulas that open a definition's parenthesis: "(sau đây gọi tắt là",
  // "(hereinafter referred to as".
  std::vector<std::string> definition_formulas;
  // Articles a short name may open with, passed over to its first word:
  // "(hereinafter referred to as the Ministry)" names "Ministry".
  std::vector<std::string> name_articles;
  // A legal portal's note in brackets (align/editorial_notes.h): a bracket
  // holding one of `note_dated` ("hiệu lực kể từ ngày"), or `note_in_force`
  // ("hiệu lực") and a `note_voices` word ("được", "bị") then one of
  // `note_acts` ("sửa đổi"). Empty: the language has no such notes.
  std::vector<std::string> note_dated;
  std::string note_in_force;
  std::vector<std::string> note_voices;
  std::vector<std::string> note_acts;
  // A file's papers (align/paper_kinds.h): the kinds a paper of a file is
  // named by first ("phiếu yêu cầu", "văn bản thông báo"), and the words that
  // say a provision lists a file ("hồ sơ"), and the words that open another
  // paper an item accepts instead ("hoặc"). Empty: no paper is read.
  std::vector<std::string> paper_kinds;
  std::vector<std::string> file_words;
  std::vector<std::string> paper_alternatives;
  // Cross-references (<references>; align/reference_words.h): every word in
  // each form it is matched in, as written ("điều Điều"). Phrases
  // (`ref_text_types`, `ref_leads`) are words separated by spaces, a word's
  // forms joined by '|' ("Nghị|nghị định|quyết"). Empty `ref_levels`: the
  // grammar has no <references>, and no reference is read.
  std::vector<std::string> ref_levels;        // "điểm", "Article", …
  std::vector<std::string> ref_pieces;        // levels below an article
  std::vector<std::string> ref_articles;      // "Điều", "Article"
  std::vector<std::string> ref_ordinals;      // besides numbers and letters: "đ"
  std::vector<std::string> ref_joiners;       // "và", "and"
  std::vector<std::string> ref_of;            // "của", "of"
  std::vector<std::string> ref_this_before;   // "this" (this Law)
  std::vector<std::string> ref_this_after;    // "này" (Luật này)
  std::vector<std::string> ref_text_types;    // "Luật|luật", "Nghị|nghị định|quyết"
  std::vector<std::string> ref_leads;         // "quy|Quy định tại"
  std::vector<std::string> ref_lead_plurals;  // "các": between a lead and a reference
};

// The words `grammar` declares.
const AlignWords& AlignWordsOf(const Grammar& grammar);

}  // namespace congvan

#endif  // CONGVAN_SRC_GRAMMAR_ALIGN_WORDS_H_
