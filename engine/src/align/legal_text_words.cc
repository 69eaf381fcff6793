// Types of legal text by their words (see legal_text_words.h).
#include "align/legal_text_words.h"

#include <algorithm>

namespace congvan::align_internal {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

size_t LegalTextTypeAt(const std::vector<std::string_view>& w, size_t i) {
  if (i >= w.size()) return 0;
  if (OneOf(w[i], {"Luật", "luật", "Law", "law", "Decree", "decree", "Circular", "circular"}))
    return 1;
  if (i + 1 < w.size() && ((OneOf(w[i], {"Nghị", "nghị"}) && OneOf(w[i + 1], {"định", "quyết"})) ||
                           (OneOf(w[i], {"Thông", "thông"}) && w[i + 1] == "tư") ||
                           (OneOf(w[i], {"Bộ", "bộ"}) && w[i + 1] == "luật") ||
                           (OneOf(w[i], {"Pháp", "pháp"}) && w[i + 1] == "lệnh")))
    return 2;
  return 0;
}

}  // namespace congvan::align_internal
