// The front matter a Markdown copy opens with (pandoc, Jekyll, Hugo):
// "---" / "title: …" / "date: '2022-05-13'" / "---".
#ifndef CONGVAN_PARSE_MARKDOWN_FRONT_MATTER_H_
#define CONGVAN_PARSE_MARKDOWN_FRONT_MATTER_H_

#include <string>

#include "congvan/document.h"

namespace congvan::parse {

struct MarkdownFrontMatter {
  // The block holding the closing "---", in doc.blocks; null when the
  // document opens with no front matter. It and the blocks before it are
  // the front matter's (the body's first paragraph may share its block).
  const Block* closing_block = nullptr;
  std::string title;  // its "title:", YAML quoting undone
  std::string date;   // its "date:" when an ISO date ("2022-05-13"), else ""
};

// The front matter over the first source lines of `doc`, read from its
// blocks (the line roles call it furniture and title: it is neither).
MarkdownFrontMatter ReadMarkdownFrontMatter(const Document& doc);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_MARKDOWN_FRONT_MATTER_H_
