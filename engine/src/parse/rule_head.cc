// The head of a US Federal Register document (rule_head.h). Its approach:
// gather the texts of the opening — every block, and the first tasks in
// reading order, as the head's labelled lines become tasks — then ask the
// grammar's site-scoped issuer and kind patterns ("AGENCY:", "ACTION:") of
// them. Only when both are found is the opening a rule's head; the caller
// then reads number, date, issuer and kind from these texts like a portal's
// box. The labels are the Federal Register's own document structure (1 CFR
// 18.12), not one file's.
#include "parse/rule_head.h"

#include <span>

namespace congvan::parse {
namespace {

// The head stands in the first lines (and blocks): the agency and action come before the
// SUMMARY, a few dozen lines down at most (a joint rule lists its agencies
// with their CFR parts over a page).
constexpr size_t kHeadTasks = 40;

void CollectTasks(std::span<const Node> nodes, std::vector<std::string_view>& texts) {
  for (const Node& node : nodes) {
    if (texts.size() >= kHeadTasks) return;
    texts.push_back(node.text.view());
    CollectTasks(node.children, texts);
  }
}

bool AnyScoped(const std::vector<std::string_view>& texts, const char* field,
               const Grammar& grammar) {
  for (std::string_view text : texts) {
    for (const auto& m : grammar.FindMetaIn(field, text, "site")) {
      if (m.scoped) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string_view> RuleHeadTexts(const Document& doc, const Grammar& grammar) {
  std::vector<std::string_view> texts;
  CollectTasks(doc.tasks, texts);
  for (size_t i = 0; i < doc.blocks.size() && i < kHeadTasks; ++i)
    texts.push_back(doc.blocks[i].text);
  if (!AnyScoped(texts, "issuer", grammar) || !AnyScoped(texts, "kind", grammar)) return {};
  return texts;
}

}  // namespace congvan::parse
