// Word documents (.docx).
#ifndef CONGVAN_READ_DOCX_READER_H_
#define CONGVAN_READ_DOCX_READER_H_

#include <string>
#include <string_view>

#include "congvan/reader.h"

namespace congvan::read {

// The body of a .docx as text: one line per paragraph with Word's automatic
// numbering rendered before it, runs joined, tables as cells between "|"
// lines (the two-column letterhead of a công văn is one), tracked changes
// accepted or rejected, footnotes and endnotes after the body as "[N] …"
// cited by "[N]" where they are referenced. Page headers and footers are
// page furniture and are left out (named in the warnings).
Result<ExtractedText> ReadDocx(std::string_view bytes, const std::string& source,
                               const ReadOptions& options);

}  // namespace congvan::read

#endif  // CONGVAN_READ_DOCX_READER_H_
