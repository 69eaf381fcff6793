// A consolidated text (văn bản hợp nhất) as a preview: a base document with
// the amending documents' instructions applied — provisions replaced, added,
// renamed, repealed, phrases replaced — each change carrying a note that
// cites the amending provision, as consolidated texts do. An instruction the
// engine cannot apply exactly (its target is not in the base, it names
// several provisions at once, its quoted text does not fit the target, its
// verb is not one it applies) is listed as unapplied with the reason, never
// guessed.
#ifndef CONGVAN_CONSOLIDATE_H_
#define CONGVAN_CONSOLIDATE_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "congvan/status.h"

namespace congvan {

// One amending instruction and what became of it.
struct ConsolidationChange {
  // "replace" (a provision by its new text), "replace-body" (an article's
  // body, its heading kept), "add", "rename" (a heading's title), "repeal",
  // "replace-phrase"; for an unapplied instruction the action it asked for
  // ("amend", "add", …, or "" when none was recognised).
  std::string operation;
  std::string target;       // the base provision in the base's words: "khoản 3 Điều 7"
  std::string document;     // the amending document as cited: "Thông tư số 03/2023/TT-BLĐTBXH"
  std::string source;       // the amending document's file
  std::string provision;    // the amending provision: "khoản 1 Điều 1"
  int line = 0;             // first source line of the instruction in the amending file
  std::string instruction;  // the instruction's own text
  std::string note;         // applied: the note's text
  int note_number = 0;      // applied: its number in the consolidated text
  std::string reason;       // unapplied: why, in one sentence
};

struct Consolidation {
  // The base with the changes applied. Inserted and replacing nodes keep the
  // lines of the amending text they were quoted from (`applied` says which
  // file); their paths are their places in this tree.
  Document document;
  // The numbers of the notes attached to a node, by the node's path (paths
  // name one node each).
  std::map<std::string, std::vector<int>> notes;
  std::vector<Document> amending;              // as parsed, in the order applied
  std::vector<ConsolidationChange> applied;    // in note-number order
  std::vector<ConsolidationChange> unapplied;  // in the order met
};

// Applies the instructions of `amending` (in that order; within a document in
// source order) to a copy of `base`. `grammar` is the base's language grammar
// (the wording of notes and citations). An instruction aimed at another
// document than the base (its target names a different number) is unapplied.
// An amending document in another language than the base is listed as
// unapplied as a whole. Fails only when the grammar lacks the wording of notes.
Result<Consolidation> Consolidate(const Document& base, const std::vector<Document>& amending,
                                  const Grammar& grammar);

// The consolidated text: the base's title and preamble, the provisions with
// their note marks ("[1]"), the closing and signature blocks, then the notes
// and the list of instructions not applied. `grammar` is the base's (the
// wording of the headings).
std::string WriteConsolidatedText(const Consolidation& c, const Grammar& grammar);

// JSON: { "base": {source, number, kind}, "amending": [{source, number, kind}],
// "tasks": [Node, with "notes": [numbers] where there are], "notes": [{number, text}], "applied":
// [Change], "unapplied": [Change] }.
void WriteConsolidatedJson(const Consolidation& c, std::ostream& out);

}  // namespace congvan

#endif  // CONGVAN_CONSOLIDATE_H_
