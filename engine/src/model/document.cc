// Document model helpers: role names, line spans and the lossless check.
#include "congvan/document.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "congvan/status.h"

namespace congvan {

const char* LanguageCode(const Language& lang) { return lang.code().c_str(); }

std::optional<Language> LanguageFromCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return std::nullopt;
  for (char c : code) {
    if (c < 'a' || c > 'z') return std::nullopt;
  }
  return Language(std::string(code));
}

const char* DiagnosticKindName(DiagnosticKind kind) {
  switch (kind) {
    case DiagnosticKind::kGap:
      return "gap";
    case DiagnosticKind::kRepeat:
      return "repeat";
    case DiagnosticKind::kRepaired:
      return "repaired";
    case DiagnosticKind::kUnplaced:
      return "unplaced";
    case DiagnosticKind::kDepth:
      return "depth";
    case DiagnosticKind::kReader:
      return "reader";
  }
  return "?";
}

std::optional<DiagnosticKind> DiagnosticKindFromName(std::string_view name) {
  for (DiagnosticKind kind :
       {DiagnosticKind::kGap, DiagnosticKind::kRepeat, DiagnosticKind::kRepaired,
        DiagnosticKind::kUnplaced, DiagnosticKind::kDepth, DiagnosticKind::kReader}) {
    if (name == DiagnosticKindName(kind)) return kind;
  }
  return std::nullopt;
}

const char* BlockRoleName(BlockRole role) {
  switch (role) {
    case BlockRole::kTitle:
      return "title";
    case BlockRole::kLead:
      return "lead";
    case BlockRole::kHeader:
      return "header";
    case BlockRole::kAddressees:
      return "addressees";
    case BlockRole::kPreamble:
      return "preamble";
    case BlockRole::kClosing:
      return "closing";
    case BlockRole::kRecipients:
      return "recipients";
    case BlockRole::kSignature:
      return "signature";
    case BlockRole::kAuthor:
      return "author";
    case BlockRole::kMedia:
      return "media";
    case BlockRole::kFooter:
      return "footer";
    case BlockRole::kPageBreak:
      return "page-break";
    case BlockRole::kPageNumber:
      return "page-number";
    case BlockRole::kRunningHeader:
      return "running-header";
    case BlockRole::kTableOfContents:
      return "toc";
    case BlockRole::kNoise:
      return "noise";
    case BlockRole::kAnnex:
      return "annex";
    case BlockRole::kFootnote:
      return "footnote";
    case BlockRole::kFurniture:
      return "furniture";
  }
  return "unknown";
}

LineSpan Node::lines() const {
  if (spans.empty()) return {};
  return {spans.front().first, spans.back().last};
}

int Document::TaskCount() const {
  int count = 0;
  ForEachTask(tasks, [&](const Node&, int, const Node*) { ++count; });
  return count;
}

std::string CheckLossless(const Document& doc) {
  // owner[i]: how many places claim line i (1-based).
  std::vector<int> owners(static_cast<size_t>(doc.line_count) + 2, 0);
  std::vector<bool> blank(owners.size(), false);
  for (int b : doc.blank_lines) {
    if (b >= 1 && b <= doc.line_count) blank[static_cast<size_t>(b)] = true;
  }
  auto claim = [&](const LineSpans& spans, std::string& error) {
    for (const LineSpan& s : spans) {
      if (s.first < 1 || s.last > doc.line_count || s.first > s.last) {
        error = "span " + std::to_string(s.first) + "-" + std::to_string(s.last) +
                " is outside the document";
        return;
      }
      for (int l = s.first; l <= s.last; ++l) {
        if (!blank[static_cast<size_t>(l)]) ++owners[static_cast<size_t>(l)];
      }
    }
  };
  std::string error;
  for (const Block& b : doc.blocks) claim(b.spans, error);
  // Tasks, and the provisions that amending tasks quote (at any depth).
  std::function<void(std::span<const Node>)> claim_nodes = [&](std::span<const Node> nodes) {
    for (const Node& n : nodes) {
      claim(n.spans, error);
      claim_nodes(n.quoted());
      claim_nodes(n.children);
    }
  };
  claim_nodes(doc.tasks);
  if (!error.empty()) return error;
  for (int l = 1; l <= doc.line_count; ++l) {
    if (blank[static_cast<size_t>(l)]) continue;
    int n = owners[static_cast<size_t>(l)];
    if (n == 0) return "line " + std::to_string(l) + " is in no task and no block";
    if (n > 1) return "line " + std::to_string(l) + " is claimed " + std::to_string(n) + " times";
  }
  return "";
}

std::string Status::ToString() const {
  std::string out;
  if (!where_.file.empty()) out += where_.file + ":";
  if (where_.line > 0) {
    out += std::to_string(where_.line) + ":";
    if (where_.column > 0) out += std::to_string(where_.column) + ":";
  }
  if (!out.empty()) out += " ";
  out += message_;
  if (where_.byte_offset) out += " (at byte offset " + std::to_string(*where_.byte_offset) + ")";
  return out;
}

}  // namespace congvan
