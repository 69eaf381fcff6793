// The Akoma Ntoso 3.0 vocabulary congvan writes and reads back: the two
// namespaces, which AKN element carries which level of legislation, the
// eId prefixes of the AKN naming convention, the document types and the
// ASCII slugs used in FRBR URIs, and the "3-5,8" form of line spans kept in
// congvan's own attributes. Shared by io/write_akn.cc and
// read/akn_reader.cc so that what one writes the other understands.
#ifndef CONGVAN_IO_AKN_VOCABULARY_H_
#define CONGVAN_IO_AKN_VOCABULARY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"

namespace congvan::akn {

inline constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
// congvan's own attributes and proprietary metadata: what AKN has no place
// for (grammar style, ordinal, source lines, diagnostics) and what a read
// back needs to rebuild the same tree. AKN allows attributes of another
// namespace on every element (attribute group "core").
inline constexpr const char* kCongvanNamespace = "urn:congvan:akn:1";
inline constexpr const char* kCongvanPrefix = "cv";

// The hcontainer names congvan writes: a dispatch's task (numbered or not),
// an attached text's title ("QUY CHẾ … (Ban hành kèm theo …)"), and the
// placeholder a body without tasks needs (the schema wants one element).
inline constexpr const char* kTaskContainer = "task";
inline constexpr const char* kAttachedTextContainer = "attachedText";
inline constexpr const char* kEmptyBodyContainer = "noTasks";
// A UK Act's Schedule (the grammar's level "schedule"; AKN has no element for
// it): the name is the level's, written and read back as the Schedule's level.
inline constexpr const char* kScheduleContainer = "schedule";

// An element's name without its namespace prefix ("akn:article" → "article").
std::string_view LocalName(std::string_view qualified);

// The AKN element of a level of legislation ("part", "chapter", "section",
// "subsection", "article" are AKN elements of the same name); nullopt for
// anything else.
std::optional<std::string> ElementForLevel(std::string_view level);
// The level an AKN element carries, or "" when it is not a division.
std::string LevelForElement(std::string_view element);

// The eId prefix of an element by the AKN naming convention ("chapter" →
// "chp", "article" → "art", "paragraph" → "para", "hcontainer" →
// "hcontainer").
std::string EIdPrefix(std::string_view element);
// An eId component: the prefix and the node's own number ("art_5",
// "point_a"), with characters an eId cannot hold ('.', '#', white space)
// replaced by '-'.
std::string EIdComponent(std::string_view element, std::string_view own);

// ISO 639-2 code of a language for FRBRlanguage ("vi" → "vie"), and back;
// the code itself when ICU does not know it.
std::string Iso639_2(const std::string& code);

// A folded ASCII slug for FRBR URIs: "1303/LĐTBXH-BĐG" → "1303-ldtbxh-bdg".
std::string Slug(std::string_view text);
// A camelCase ASCII name: "Nghị định" → "nghiDinh", "Official Dispatch" →
// "officialDispatch"; `fallback` for text without letters.
std::string CamelName(std::string_view text, const std::string& fallback);

// True when a kind of document (in the grammar's words) is legislation in
// the AKN sense (AKN `act`): laws, codes, ordinances, decrees, circulars and
// resolutions.
bool IsLegislationKind(std::string_view kind);

// Line spans as congvan's attributes write them: "3-5,8" (a single line
// alone). ParseSpans returns nullopt for anything malformed.
std::string FormatSpans(const LineSpans& spans);
std::optional<LineSpans> ParseSpans(std::string_view text);
// A place cut inside a line, as cv:line-bytes writes it: "143-" (from byte
// 143 of its first line to its last line's end), "0-143"; "" when not cut.
// ParseLineBytes sets the cut of `spans` (not empty); false when malformed.
std::string FormatLineBytes(const LineSpans& spans);
bool ParseLineBytes(std::string_view text, LineSpans* spans);

// Every provision in one fixed order — a node, the provisions it quotes, then
// its children — so congvan's record can name a provision by its index in
// this order (the portal notes of a provision are kept there: AKN has no
// place for them inside <article> that reads back as the same document).
// (const or not: the writer reads, the reader attaches).
// The provisions `n` quotes, changeable when `n` is (the walk asks only a
// node that quotes some: mutable_quoted() makes the box).
inline const std::vector<Node>& QuotedOf(const Node& n) { return n.quoted(); }
inline std::vector<Node>& QuotedOf(Node& n) { return n.mutable_quoted(); }

template <typename NodeVector, typename Visit>
void ForEachNodeInRecordOrder(NodeVector& nodes, const Visit& visit) {
  for (auto& n : nodes) {
    visit(n);
    if (!n.quoted().empty()) ForEachNodeInRecordOrder(QuotedOf(n), visit);
    ForEachNodeInRecordOrder(n.children, visit);
  }
}

}  // namespace congvan::akn

#endif  // CONGVAN_IO_AKN_VOCABULARY_H_
