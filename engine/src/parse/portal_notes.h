// A legal portal's bracketed notes on provisions ("[Điều này được hướng dẫn
// bởi …]"): taken out of the text before parsing, attached after it.
#ifndef CONGVAN_PARSE_PORTAL_NOTES_H_
#define CONGVAN_PARSE_PORTAL_NOTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"

namespace congvan::parse {

// Takes the portal's notes out of `text`, in place: every "[…]" on one line
// whose folded content the grammar's note cue (<cue kind="note">) recognises
// is cut out, with one space beside it, and appended to `notes` with its line.
// Lines keep their numbers (a line that held only a note becomes blank).
// Returns whether any note was cut; without one the text is unchanged. The
// text is compacted in its own buffer, never copied: a copy beside it was
// the parse's memory peak on a long web-copy law.
// First, a portal's cut notices (an ellipsis run and a sentence a furniture
// cue of the note kind recognises: "... ... ... Hãy đăng nhập …") are cut out
// and not kept, so the text that resumes after one opens its line again.
bool StripPortalNotes(std::string& text, const Grammar& grammar, std::vector<Note>* notes);

// Puts each note on what it annotates: the innermost provision whose own
// lines hold the note's line (or its nearest ancestor of the level the note
// names: "[Điều này …]" on an article's first paragraph is the article's); for a note that stood
// alone on its line, the provision open there (the last one begun before it); otherwise the block
// that holds the line, or the nearest block before it. A note with no
// provision and no block before it goes to the first provision or block, and
// in a document with neither it becomes a footnote block: no note is lost.
void AttachPortalNotes(Document& doc, std::vector<Note> notes);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_PORTAL_NOTES_H_
