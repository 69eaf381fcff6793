// A diff as a Word document with tracked changes: the new version's text,
// whose revisions (w:ins, w:del, w:moveFrom/w:moveTo, each with an author
// and a date) turn the old version into it. Accepting every change in Word
// gives the new version; rejecting every change gives the old one.
#ifndef CONGVAN_DIFF_DOCX_H_
#define CONGVAN_DIFF_DOCX_H_

#include <string>

#include "congvan/align.h"
#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan {

struct DiffDocxOptions {
  // The author Word shows on every tracked change.
  std::string author = "congvan";
  // The date of every tracked change, ISO 8601 with a time
  // ("2025-03-01T09:30:00Z"); empty = now, in UTC.
  std::string date;
};

// The .docx bytes. Paragraphs are the blocks' lines and the tasks ("marker
// text": numbering is kept as typed text, so it reads the same in any word
// processor), in the new version's order, tasks indented by depth. Matched
// tasks in order are reworded word by word; moved tasks are move pairs
// (w:moveFromRangeStart … w:moveToRangeEnd, one name per pair); dropped tasks
// are deleted paragraphs where they stood; added tasks are inserted
// paragraphs; identical letterhead, addressee and signature lines are kept.
// Across languages a matched task is its old text deleted and its new text
// inserted. Fails (kInvalidArgument) on a malformed date, (kIoError) when
// the package cannot be built. REQUIRES: `alignment` comes from these two
// documents.
Result<std::string> WriteDiffDocx(const Alignment& alignment, const Document& old_doc,
                                  const Document& new_doc, const DiffDocxOptions& options = {});

}  // namespace congvan

#endif  // CONGVAN_DIFF_DOCX_H_
