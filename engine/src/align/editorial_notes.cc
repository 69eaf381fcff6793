// Editorial notes (see editorial_notes.h): a scan for '[' … ']' spans, each
// tested for the note's formula by plain substring search (the formulas are
// fixed phrases of the language's NFC text, from its grammar).
#include "align/editorial_notes.h"

namespace congvan::align_internal {
namespace {

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace

bool IsEditorialNote(std::string_view bracketed, const EditorialNoteWords& words) {
  for (const std::string& dated : words.dated) {
    if (Contains(bracketed, dated)) return true;
  }
  if (words.in_force.empty() || !Contains(bracketed, words.in_force)) return false;
  for (const std::string& act : words.acts) {
    if (Contains(bracketed, act)) return true;
  }
  return false;
}

bool WithoutEditorialNotes(std::string_view text, const EditorialNoteWords& words,
                           std::string* out) {
  if (words.empty()) return false;
  size_t open = text.find('[');
  if (open == std::string_view::npos) return false;
  std::string result;
  size_t copied = 0;
  bool any = false;
  while (open != std::string_view::npos) {
    size_t close = text.find(']', open + 1);
    if (close == std::string_view::npos) break;
    if (IsEditorialNote(text.substr(open + 1, close - open - 1), words)) {
      result.append(text.substr(copied, open - copied));
      result.push_back(' ');
      copied = close + 1;
      any = true;
    }
    open = text.find('[', close + 1);
  }
  if (!any) return false;
  result.append(text.substr(copied));
  *out = std::move(result);
  return true;
}

}  // namespace congvan::align_internal
