// Akoma Ntoso 3.0 as an input: an AKN document read straight into a
// Document (tree, blocks, metadata), without flattening it to text.
#ifndef CONGVAN_READ_AKN_READER_H_
#define CONGVAN_READ_AKN_READER_H_

#include <string>
#include <string_view>

#include "congvan/document.h"
#include "congvan/parse.h"

namespace congvan::read {

// Reads an AKN document. What congvan wrote (io/write_akn.cc) comes back as
// the same Document: markers, ordinals, paths, styles, levels, text, line
// spans, blocks, metadata, diagnostics. Other AKN is read by its elements:
// hierarchy elements are nodes (<num> the marker, <heading> or the
// <intro>/<content> paragraphs the text; ordinals and styles from the
// language's grammar), <p>s of preface, preamble and conclusions are blocks,
// FRBR gives number, date, kind and issuer; lines are numbered in document
// order. Fails with one line naming the file and, for XML errors, the line
// and column: not well-formed XML, not Akoma Ntoso, no body, a tree deeper
// than the parser builds with options.max_depth (model/tree_depth.h), a
// malformed congvan attribute.
Result<Document> ReadAkomaNtoso(std::string_view bytes, const std::string& source,
                                const ParseOptions& options);

}  // namespace congvan::read

#endif  // CONGVAN_READ_AKN_READER_H_
