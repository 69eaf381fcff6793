// Defined names of legislation, taken out of a provision's text before two
// provisions across articles are compared.
//
// A legal text names a long thing once, where it is first mentioned, and
// uses a short name after: "… đưa ra khỏi Danh mục nghề, công việc nặng nhọc,
// độc hại, nguy hiểm và nghề, công việc đặc biệt nặng nhọc, độc hại, nguy hiểm
// (sau đây gọi tắt là Danh mục nghề)". When the provision that held the first
// mention is dropped, the definition moves to the new first mention, whatever
// that provision says: Thông tư 29/2021 Điều 4 khoản 1 (the purpose: building
// the list) and Thông tư 03/2025 Điều 4 khoản 2 điểm a's paragraph (the
// statistical method, which reads the list) share the definition and nothing
// else, cosine 0.54. The definition says where a name is first used, not what
// a provision does. Approach: the formula of defining ("(sau đây gọi tắt là",
// "(sau đây gọi chung là", "(sau đây gọi là", "(sau đây viết tắt là",
// "(hereinafter referred to as", "(hereinafter") opens a parenthesis that
// holds the short name; the long name it abbreviates runs back from the
// parenthesis to the nearest earlier word that is the short name's first word
// (the long name begins as the short one does: "Danh mục nghề, công việc …",
// "Phụ lục I ban hành kèm theo Thông tư này"), never past the clause (".",
// ";", ":"). When no such word is there (an acronym), the parenthesis alone
// goes. Both are dropped, the rest kept in order. The formulas, and the
// articles a short name may open with ("the Ministry"), are the language's
// (<definition-formula>, <name-articles> in its grammar,
// align/align_vocabulary.h).
#ifndef CONGVAN_SRC_ALIGN_DEFINED_NAMES_H_
#define CONGVAN_SRC_ALIGN_DEFINED_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace congvan::align_internal {

// A language's words of defining, as written, each with the space that
// follows it: "(sau đây gọi tắt là ", "(hereinafter referred to as "; "the ".
struct DefinitionWords {
  std::vector<std::string> formulas;
  std::vector<std::string> name_articles;  // passed over before a short name's first word
};

// `text` without its definitions of names (the long name and the parenthesis
// that defines its short name); unchanged when it defines none.
// `words` are the language's (AlignVocabulary::definitions).
std::string WithoutDefinedNames(std::string_view text, const DefinitionWords& words);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_DEFINED_NAMES_H_
