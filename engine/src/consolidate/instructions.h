// The amending instructions of a document, in source order: every provision
// the parser gave a target that carries new text, repeals or replaces a
// phrase — with the citation of the provision itself ("khoản 1 Điều 1"), the
// words its notes will quote.
#ifndef CONGVAN_CONSOLIDATE_INSTRUCTIONS_H_
#define CONGVAN_CONSOLIDATE_INSTRUCTIONS_H_

#include <string>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::consolidate {

struct Instruction {
  const Node* node = nullptr;  // the amending provision (borrowed from its Document)
  std::string provision;       // its citation: "điểm a khoản 5 Điều 1"
  // False for a provision with a target that none of the operations covers
  // (it quotes nothing and neither repeals nor replaces a phrase): listed as
  // unapplied with `reason`.
  bool applicable = true;
  std::string reason;
};

// The instructions of `amending`, read with `grammar` (the amending document's
// language). Provisions that only group instructions ("Điều 1. Sửa đổi, bổ
// sung một số điều của …", whose clauses amend) are not instructions.
std::vector<Instruction> CollectInstructions(const Document& amending, const Grammar& grammar);

}  // namespace congvan::consolidate

#endif  // CONGVAN_CONSOLIDATE_INSTRUCTIONS_H_
