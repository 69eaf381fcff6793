// Words of a task's text for the aligner, by a plain UTF-8 scan.
//
// A word is a maximal run of letters, digits and combining marks; an
// apostrophe between letters ("Translator's", "don’t") and a '.' or ','
// between digits ("2.5", "1,000") stay inside it — the cuts ICU's word
// break rules make on Vietnamese and English legal text, at a fraction of
// the cost (no break iterator per text, no UTF-16 copy). ASCII bytes are
// classified by a table; other code points by ICU's character properties,
// read once into a table for everything below U+2000.
#ifndef CONGVAN_SRC_ALIGN_WORD_SCANNER_H_
#define CONGVAN_SRC_ALIGN_WORD_SCANNER_H_

#include <string_view>
#include <vector>

namespace congvan::align_internal {

// Replaces *words with the words of `text`, as views into it.
void ScanWords(std::string_view text, std::vector<std::string_view>* words);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_WORD_SCANNER_H_
