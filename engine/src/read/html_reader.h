// Saved web pages.
#ifndef CONGVAN_READ_HTML_READER_H_
#define CONGVAN_READ_HTML_READER_H_

#include <string>

#include "congvan/reader.h"

namespace congvan::read {

// An HTML page as the text a reader sees: block elements on lines of their
// own, list numbering rendered as a browser shows it, table cells between
// "|" lines, script, style and the page's navigation dropped. The declared
// charset is honoured (any ICU knows); a page that declares none is decoded
// as plain text is.
Result<ExtractedText> ReadHtml(std::string bytes, const std::string& source,
                               const ReadOptions& options);

}  // namespace congvan::read

#endif  // CONGVAN_READ_HTML_READER_H_
