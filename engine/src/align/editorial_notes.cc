// Editorial notes (see editorial_notes.h): a scan for '[' … ']' spans, each
// tested for the note's formula by plain substring search (the formulas are
// fixed phrases of Vietnamese NFC text).
#include "align/editorial_notes.h"

#include <array>

namespace congvan::align_internal {
namespace {

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace

bool IsEditorialNote(std::string_view bracketed) {
  static constexpr std::array<std::string_view, 7> kActs = {
      "hướng dẫn", "sửa đổi", "bổ sung", "bãi bỏ", "thay thế", "đính chính", "quy định chi tiết"};
  if (Contains(bracketed, "hiệu lực kể từ ngày") ||
      Contains(bracketed, "hiệu lực thi hành kể từ ngày")) {
    return true;
  }
  if (!Contains(bracketed, "hiệu lực")) return false;
  for (std::string_view act : kActs) {
    if (Contains(bracketed, std::string("được ") + std::string(act)) ||
        Contains(bracketed, std::string("bị ") + std::string(act))) {
      return true;
    }
  }
  return false;
}

bool WithoutEditorialNotes(std::string_view text, std::string* out) {
  size_t open = text.find('[');
  if (open == std::string_view::npos) return false;
  std::string result;
  size_t copied = 0;
  bool any = false;
  while (open != std::string_view::npos) {
    size_t close = text.find(']', open + 1);
    if (close == std::string_view::npos) break;
    if (IsEditorialNote(text.substr(open + 1, close - open - 1))) {
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
