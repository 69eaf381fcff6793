// The words by which a provision names a type of legal text — "Luật",
// "Nghị định", "Nghị quyết", "Thông tư", "Bộ luật", "Pháp lệnh"; "Law",
// "Decree", "Circular" — read on a provision's words as the aligner's word
// scan cuts them (align/word_scanner.h). Shared by the stages that read a
// citation closed on the text itself ("… Thông tư này", "… of this Law"):
// cross_references.h takes such runs out of a text, cited_articles.h finds
// the article a provision cites. A short closed list compared as written,
// both cases of the first letter.
#ifndef CONGVAN_SRC_ALIGN_LEGAL_TEXT_WORDS_H_
#define CONGVAN_SRC_ALIGN_LEGAL_TEXT_WORDS_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace congvan::align_internal {

// Whether `w` is one of `list`.
bool OneOf(std::string_view w, std::initializer_list<std::string_view> list);

// The number of words (one or two) of a type of legal text at words[i]; 0
// when none is there.
size_t LegalTextTypeAt(const std::vector<std::string_view>& words, size_t i);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LEGAL_TEXT_WORDS_H_
