// Editorial notes inside a provision's text.
//
// Copies of legislation from legal portals (thuvienphapluat.vn and the like)
// append the publisher's notes to a provision, in square brackets: "7. Phiếu
// yêu cầu đăng ký hợp lệ là … theo mẫu. [Việc ký phiếu yêu cầu đăng ký được
// hướng dẫn bởi Điều 11 Thông tư 08/2018/TT-BTP có hiệu lực thi hành kể từ
// ngày 04/8/2018 …]". The note is not the law's text: its words and its
// document numbers and dates would tie together every provision guided by
// the same circular, and make a provision look unlike its own next version.
// The parser takes out the notes its `note` cue recognises ("được/bị …
// bởi", parse/portal_notes.cc) and keeps them as the provision's notes; this
// second recogniser, written before the parser did that, still runs on every
// text the aligner measures and catches the notes the cue misses (AKN read
// from elsewhere, or a note without "bởi"), by the note's own formula — a
// bracket holding "được/bị hướng dẫn|sửa đổi|bổ sung|bãi bỏ|thay thế|đính
// chính|quy định chi tiết" and "hiệu lực", or "có hiệu lực (thi hành) kể từ
// ngày". Brackets without that formula (a quoted omission "[…]", a
// cross-reference) stay.
//
// The formula's words are the language's, in its grammar (<editorial-note> in
// <align-words>, grammar/align_words.h), asked by the document's language
// through align/align_vocabulary.h; phrases are searched by plain substring
// in the NFC text. A language without them (English: its grammar knows no
// portal note, and no English text here carries one) has no notes to take out.
#ifndef CONGVAN_SRC_ALIGN_EDITORIAL_NOTES_H_
#define CONGVAN_SRC_ALIGN_EDITORIAL_NOTES_H_

#include <string>
#include <string_view>
#include <vector>

namespace congvan::align_internal {

// The note's formula in one language, as searched: the voiced acts already
// joined ("được sửa đổi", "bị sửa đổi").
struct EditorialNoteWords {
  std::vector<std::string> dated;  // enough alone: "hiệu lực kể từ ngày"
  std::string in_force;            // needed with an act: "hiệu lực"
  std::vector<std::string> acts;   // voice and act: "được hướng dẫn"
  bool empty() const { return dated.empty() && acts.empty(); }
};

// Whether `bracketed` (the text between '[' and ']') is a publisher's note.
bool IsEditorialNote(std::string_view bracketed, const EditorialNoteWords& words);

// `text` without its editorial notes (each replaced by one space). Returns
// false and leaves *out untouched when there is none, so the common case
// copies nothing.
bool WithoutEditorialNotes(std::string_view text, const EditorialNoteWords& words,
                           std::string* out);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_EDITORIAL_NOTES_H_
