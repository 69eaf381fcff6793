// Named actors: the body a provision's sentence opens with, as its subject.
//
// A legal text says who acts by opening a duty's sentence with the body:
// "Bộ quản lý ngành, lĩnh vực rà soát …", "Hằng năm, các bộ quản lý ngành,
// lĩnh vực chủ động rà soát …", "Người sử dụng lao động phải …", "Chủ tịch Ủy
// ban nhân dân cấp tỉnh …"; in English "The Ministry of Finance shall …",
// "Provincial People's Committees shall …". Approach: no parsing of the
// sentence; the words are the language's, from its grammar
// (align/align_vocabulary.h). A leading adverbial of time or occasion of at
// most four words closed by a comma ("Hằng năm,", "Định kỳ,", "Annually,")
// and a plural word or article ("các", "những", "the") are passed over; the
// opening names an actor when it starts with one of the genre's heads of a
// body or a person in office (bộ, ủy ban, hội đồng, cơ quan, người, chủ tịch
// …; ministry, government, people's committee …) — in English after at most
// as many qualifying words as the grammar allows ("Provincial"), none of them
// a preposition or conjunction, and only when a modal ("shall") closes the
// subject — or, passive, names one after the agent's word among its first
// words ("Dự án do Thủ tướng Chính phủ quyết định …", "Projects decided by
// the Prime Minister …"); an officer is his body ("Bộ trưởng Bộ Công an" is
// "Bộ Công an", "the Minister of Finance" is "ministry of finance"). The
// actor is its words from there, folded (case, and where Vietnamese puts
// the tone), commas dropped, six at most, ending before a modal. Two
// openings name the same actor when those words agree (all six, or all of
// the shorter's); another actor when they differ within the first two. In
// between ("Ủy ban nhân dân cấp tỉnh" against "… cấp huyện"; "Người sử dụng
// lao động phải" against "… thực hiện", where the sentence has left the
// actor) the reading says nothing.
#ifndef CONGVAN_SRC_ALIGN_NAMED_ACTORS_H_
#define CONGVAN_SRC_ALIGN_NAMED_ACTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "align/align_vocabulary.h"

namespace congvan::align_internal {

// The opening words of `text` (folded, at most six) when it opens with a
// named actor; empty when it does not.
std::vector<std::string> NamedActor(std::string_view text, const ActorVocabulary& words);

// The same read without the cheap first look on the opening word (the plain
// way the first look is tested against).
std::vector<std::string> NamedActorReadWhole(std::string_view text, const ActorVocabulary& words);

enum class ActorAgreement { kSame, kOther, kUnknown };

// Whether two named actors (NamedActor's words) are the same, another, or
// cannot be told; an empty side is another actor than a non-empty one.
ActorAgreement CompareActors(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_NAMED_ACTORS_H_
