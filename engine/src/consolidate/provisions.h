// Provisions of legislation as a consolidation sees them: what kind of unit a
// node is (article, clause, point), the number it answers to, where it sits
// in a tree, and how the language cites it ("khoản 3 Điều 7").
#ifndef CONGVAN_CONSOLIDATE_PROVISIONS_H_
#define CONGVAN_CONSOLIDATE_PROVISIONS_H_

#include <span>
#include <string>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::consolidate {

enum class Unit { kArticle, kClause, kPoint, kOther };

// The unit a node is: an article by its grammar level, a clause by an arabic
// marker ("3."), a point by a letter marker ("e)"); kOther for the rest
// (chapters, bullets, unnumbered paragraphs).
Unit UnitOf(const Node& node, const Grammar& grammar);

// The unit one level below `unit` (article → clause → point), kOther below a point.
Unit ChildUnit(Unit unit);

// The number a node answers to: the last component of its path without a
// repeat suffix ("7", "26a", "e"), lower case.
std::string NumberOf(const Node& node);

// The same normalisation for a number named by an instruction ("E" → "e").
std::string NormalizeNumber(const std::string& number);

// Where a node sits: the list that holds it — the document's top-level
// tasks (`tasks`) or a node's children (`parent`) — and its index there.
struct Place {
  std::vector<Node>* tasks = nullptr;
  Node* parent = nullptr;  // when not null, the list is its children
  size_t index = 0;
  std::span<Node> siblings() const {
    return parent != nullptr ? parent->children.span() : std::span<Node>(*tasks);
  }
  Node& node() const { return siblings()[index]; }
  // Puts `n` at position `at` of the list (0..size), returns it there.
  Node& Insert(size_t at, Node n) const;
};

// Every article numbered `number` in `tasks` (through parts, chapters,
// sections and attached texts), in document order; every article when
// `number` is empty.
std::vector<Place> FindArticles(std::vector<Node>& tasks, const std::string& number,
                                const Grammar& grammar);

// The direct children of `parent` of kind `unit` numbered `number`.
std::vector<Place> FindChildren(Node& parent, Unit unit, const std::string& number,
                                const Grammar& grammar);

// Where a new node of kind `unit` with ordinal `ordinal` goes among
// `siblings`: after the last sibling of that kind whose ordinal is at most
// `ordinal`, else before the first of that kind, else at the end.
size_t InsertionIndex(std::span<const Node> siblings, Unit unit, int ordinal,
                      const Grammar& grammar);

// The language's citation of a provision, deepest unit first: "điểm e khoản 2
// Điều 36" (the grammar's cite-* phrases). Empty parts are left out.
std::string Cite(const Grammar& grammar, const std::string& article, const std::string& clause,
                 const std::string& point);

// A document as notes cite it: "Thông tư số 03/2023/TT-BLĐTBXH ngày 31 tháng
// 5 năm 2023" (cite-document-dated, or cite-document without a date).
std::string CiteDocument(const Document& d, const Grammar& grammar);

// The grammar's wording `name` of a consolidated text: its report label
// "consolidation-<name>" (<report-labels> in the grammar), or "" when none.
std::string Phrase(const Grammar& grammar, const std::string& name);

// The grammar's wording `name` with each {slot} replaced.
std::string Fill(const Grammar& grammar, const std::string& name,
                 const std::vector<std::pair<std::string, std::string>>& slots);

// Sets the paths of `node` and its descendants under `parent_path` (empty at
// the top), keeping each node's own last component.
void Repath(Node& node, const std::string& parent_path);

}  // namespace congvan::consolidate

#endif  // CONGVAN_CONSOLIDATE_PROVISIONS_H_
