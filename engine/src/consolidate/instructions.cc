// Collects amending instructions by walking the amending document's tree with
// the chain of its ancestors: the nearest article above (or at) a provision,
// then the clause and the point below it, give the provision's citation. A
// provision with a target is an instruction when it quotes new text, repeals,
// or replaces a phrase; one whose descendants carry the targets only groups
// them; any other is an instruction the consolidation cannot apply, and is
// kept so that it is listed.
#include "consolidate/instructions.h"

#include "consolidate/provisions.h"

namespace congvan::consolidate {
namespace {

bool HasTargetBelow(const Node& n) {
  for (const Node& c : n.children) {
    if (c.target() || HasTargetBelow(c)) return true;
  }
  return false;
}

// "điểm a khoản 5 Điều 1" for the last node of `chain` (root first).
std::string CiteChain(const std::vector<const Node*>& chain, const Grammar& grammar) {
  std::string article, clause, point;
  for (const Node* n : chain) {
    Unit unit = UnitOf(*n, grammar);
    if (unit == Unit::kArticle) {
      article = NumberOf(*n);
      clause.clear();
      point.clear();
    } else if (unit == Unit::kClause && !article.empty() && clause.empty()) {
      clause = NumberOf(*n);
    } else if (unit == Unit::kPoint && !article.empty() && point.empty()) {
      point = NumberOf(*n);
    }
  }
  return Cite(grammar, article, clause, point);
}

void Walk(std::span<const Node> nodes, const Grammar& grammar, std::vector<const Node*>& chain,
          std::vector<Instruction>& out) {
  for (const Node& n : nodes) {
    chain.push_back(&n);
    if (n.target()) {
      bool phrase = !grammar.FindMeta("phrase-replacement", n.text).empty();
      bool repeal = n.target()->action == "repeal";
      if (!n.quoted().empty() || repeal || phrase) {
        out.push_back({&n, CiteChain(chain, grammar), true, ""});
      } else if (!HasTargetBelow(n)) {
        out.push_back({&n, CiteChain(chain, grammar), false,
                       "it quotes no new text and neither repeals nor replaces a phrase"});
      }
    }
    Walk(n.children, grammar, chain, out);
    chain.pop_back();
  }
}

}  // namespace

std::vector<Instruction> CollectInstructions(const Document& amending, const Grammar& grammar) {
  std::vector<Instruction> out;
  std::vector<const Node*> chain;
  Walk(amending.tasks, grammar, chain, out);
  return out;
}

}  // namespace congvan::consolidate
