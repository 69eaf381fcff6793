// The aligner's words of a language (align_words.h): read by the loader from
// <align-words> into the grammar's Impl and handed out as read.
#include "grammar/align_words.h"

#include "congvan/grammar.h"
#include "grammar/grammar_impl.h"

namespace congvan {

const AlignWords& AlignWordsOf(const Grammar& grammar) {
  return Grammar::Impl::Of(grammar).align_words;
}

}  // namespace congvan
