// Document model helpers: role names and line spans (the lossless check is
// model/lossless_check.cc).
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
