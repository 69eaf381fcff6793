// Provisions of legislation for the consolidation: a node's unit comes from
// its grammar style (an article's level, an arabic or letter marker), its
// number from its path (the parser writes the ordinal for numbered items and
// the letter for letter items, "#n" after a repeat), so that quoted and base
// nodes compare the same way whatever their depth. Articles are searched
// through every division; clauses and points only among direct children, as
// the tree builder places them.
#include "consolidate/provisions.h"

#include <optional>
#include <utility>

namespace congvan::consolidate {
namespace {

const MarkerStyle* StyleOf(const Node& node, const Grammar& grammar) {
  if (node.style.empty()) return nullptr;
  for (const MarkerStyle& s : grammar.styles()) {
    if (s.id == node.style) return &s;
  }
  return nullptr;
}

// The articles among `list`'s nodes and below them (`list`: a Place's
// tasks or parent, its index unused).
void CollectArticles(const Place& list, const std::string& number, const Grammar& grammar,
                     std::vector<Place>& out) {
  std::span<Node> nodes = list.siblings();
  for (size_t i = 0; i < nodes.size(); ++i) {
    Node& n = nodes[i];
    if (UnitOf(n, grammar) == Unit::kArticle) {
      if (number.empty() || NumberOf(n) == number) out.push_back({list.tasks, list.parent, i});
      continue;  // articles do not hold articles
    }
    if (!n.children.empty()) CollectArticles(Place{nullptr, &n, 0}, number, grammar, out);
  }
}

}  // namespace

Unit UnitOf(const Node& node, const Grammar& grammar) {
  if (node.level == "article") return Unit::kArticle;
  if (!node.level.empty() || node.division) return Unit::kOther;
  const MarkerStyle* style = StyleOf(node, grammar);
  if (style == nullptr || !style->level.empty()) return Unit::kOther;
  if (style->kind == OrdinalKind::kArabic) return Unit::kClause;
  if (style->kind == OrdinalKind::kLetters) return Unit::kPoint;
  return Unit::kOther;
}

Unit ChildUnit(Unit unit) {
  switch (unit) {
    case Unit::kArticle:
      return Unit::kClause;
    case Unit::kClause:
      return Unit::kPoint;
    default:
      return Unit::kOther;
  }
}

std::string NormalizeNumber(const std::string& number) {
  std::string out = number;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string NumberOf(const Node& node) {
  std::string path = node.path;
  size_t dot = path.rfind('.');
  std::string last = dot == std::string::npos ? path : path.substr(dot + 1);
  size_t repeat = last.find('#');
  if (repeat != std::string::npos) last.resize(repeat);
  return NormalizeNumber(last);
}

std::vector<Place> FindArticles(std::vector<Node>& tasks, const std::string& number,
                                const Grammar& grammar) {
  std::vector<Place> out;
  CollectArticles(Place{&tasks, nullptr, 0}, NormalizeNumber(number), grammar, out);
  return out;
}

std::vector<Place> FindChildren(Node& parent, Unit unit, const std::string& number,
                                const Grammar& grammar) {
  std::vector<Place> out;
  std::string wanted = NormalizeNumber(number);
  for (size_t i = 0; i < parent.children.size(); ++i) {
    const Node& c = parent.children[i];
    if (UnitOf(c, grammar) == unit && NumberOf(c) == wanted) out.push_back({nullptr, &parent, i});
  }
  return out;
}

Node& Place::Insert(size_t at, Node n) const {
  const auto position = static_cast<std::ptrdiff_t>(at);
  if (parent != nullptr) {
    return *parent->children.insert(parent->children.begin() + position, std::move(n));
  }
  return *tasks->insert(tasks->begin() + position, std::move(n));
}

size_t InsertionIndex(std::span<const Node> siblings, Unit unit, int ordinal,
                      const Grammar& grammar) {
  std::optional<size_t> after, first;
  for (size_t i = 0; i < siblings.size(); ++i) {
    const Node& s = siblings[i];
    if (UnitOf(s, grammar) != unit) continue;
    if (!first) first = i;
    if (s.ordinal && *s.ordinal <= ordinal) after = i;
  }
  if (after) return *after + 1;
  if (first) return *first;
  return siblings.size();
}

std::string Phrase(const Grammar& grammar, const std::string& name) {
  const std::string* label = grammar.ReportLabel("consolidation-" + name);
  return label == nullptr ? std::string() : *label;
}

std::string Fill(const Grammar& grammar, const std::string& name,
                 const std::vector<std::pair<std::string, std::string>>& slots) {
  std::string out = Phrase(grammar, name);
  for (const auto& [slot, value] : slots) {
    std::string key = "{" + slot + "}";
    for (size_t at = out.find(key); at != std::string::npos;
         at = out.find(key, at + value.size())) {
      out.replace(at, key.size(), value);
    }
  }
  return out;
}

std::string Cite(const Grammar& grammar, const std::string& article, const std::string& clause,
                 const std::string& point) {
  std::vector<std::string> parts;
  if (!point.empty()) parts.push_back(Fill(grammar, "cite-point", {{"n", point}}));
  if (!clause.empty()) parts.push_back(Fill(grammar, "cite-clause", {{"n", clause}}));
  if (!article.empty()) parts.push_back(Fill(grammar, "cite-article", {{"n", article}}));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::string CiteDocument(const Document& d, const Grammar& grammar) {
  const std::string& date = d.meta.date;  // ISO yyyy-mm-dd
  if (date.size() == 10) {
    auto part = [&](size_t at, size_t n) {
      std::string v = date.substr(at, n);
      return at == 5 && v[0] == '0' ? v.substr(1) : v;  // "5" for May, "06" for a day
    };
    return Fill(grammar, "cite-document-dated",
                {{"kind", d.meta.kind},
                 {"number", d.meta.number},
                 {"d", part(8, 2)},
                 {"m", part(5, 2)},
                 {"y", part(0, 4)}});
  }
  return Fill(grammar, "cite-document", {{"kind", d.meta.kind}, {"number", d.meta.number}});
}

void Repath(Node& node, const std::string& parent_path) {
  std::string own = node.path;
  size_t dot = own.rfind('.');
  if (dot != std::string::npos) own = own.substr(dot + 1);
  node.path = parent_path.empty() ? own : parent_path + "." + own;
  for (Node& c : node.children) Repath(c, node.path);
}

}  // namespace congvan::consolidate
