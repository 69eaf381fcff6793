// Whether a document is a consolidated text (see consolidated_text.h).
// Approach: one walk over the blocks (the tasks are the text's provisions,
// which may cite a consolidated text without being one), line by line, asking
// each line the grammar's kind, number-kind and history questions; the walk
// stops at the first line that answers. It is asked only by a rule that needs
// it (a glued note mark), so most documents never pay for it.
#include "parse/consolidated_text.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_fold.h"

namespace congvan::parse {
namespace {

bool NamesKind(const std::vector<Grammar::MetaMatch>& found, const std::string& kind,
               bool at_start) {
  for (const Grammar::MetaMatch& m : found) {
    if (at_start && m.begin != 0) continue;
    auto value = m.groups.find("value");
    if (value != m.groups.end() && value->second == kind) return true;
  }
  return false;
}

// The history's announcement ends a line with ':' that the grammar's
// footnote cue of role preamble matches (amendment_history.cc,
// AnnouncesHistory); its words may wrap ("… được sửa đổi, bổ" / "sung
// bởi:"), so the line before is read with it.
bool AnnouncesHistory(std::string_view before, std::string_view line, const Grammar& grammar) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty() || line.back() != ':') return false;
  std::string joined(before);
  joined += ' ';
  joined += line;
  const int cue = grammar.MatchCue("footnote", FoldEndsForCues(joined));
  return cue >= 0 && grammar.role_cues()[static_cast<size_t>(cue)].role == BlockRole::kPreamble;
}

// `may_hold_own_number`: the block is not the preamble, where a basis cites
// other texts by number — a consolidated one too ("Căn cứ … Văn bản hợp nhất
// số 14/VBHN-VPQH"), which makes the citing text no consolidated text.
bool SaysConsolidated(std::string_view before, std::string_view line, const std::string& kind,
                      bool may_hold_own_number, const Grammar& grammar) {
  if (AnnouncesHistory(before, line, grammar)) return true;
  if (NamesKind(grammar.FindMeta("kind", line), kind, true)) return true;
  return may_hold_own_number && line.find('/') != std::string_view::npos &&
         NamesKind(grammar.FindMeta("number-kind", line), kind, false);
}

}  // namespace

bool IsConsolidatedText(const Document& doc, const Grammar& grammar) {
  const std::string* kind = grammar.ReportLabel("consolidation-kind");
  if (kind == nullptr) return false;
  for (const Block& b : doc.blocks) {
    std::string_view text = b.text, before;
    for (size_t begin = 0; begin < text.size();) {
      size_t end = std::min(text.find('\n', begin), text.size());
      std::string_view line = text.substr(begin, end - begin);
      if (SaysConsolidated(before, line, *kind, b.role != BlockRole::kPreamble, grammar)) {
        return true;
      }
      before = line;
      begin = end + 1;
    }
  }
  return false;
}

std::string ConsolidationNumber(std::string_view line, const Grammar& grammar) {
  if (line.find('/') == std::string_view::npos) return {};
  const std::string* kind = grammar.ReportLabel("consolidation-kind");
  if (kind == nullptr) return {};
  for (const Grammar::MetaMatch& m : grammar.FindMeta("number", line)) {
    auto number = m.groups.find("number");
    if (number == m.groups.end()) continue;
    if (NamesKind(grammar.FindMeta("number-kind", number->second), *kind, false)) {
      return number->second;
    }
  }
  return {};
}

}  // namespace congvan::parse
