// The bilingual lexicon that goes with the grammars a caller was given.
// The lexicon lives in the grammar directory (lexicon/vi-en.tsv), so a user
// who names a directory with --grammars gets that directory's lexicon for a
// diff or timeline across languages, as its grammars parse the texts and its
// <align-words> guide the aligner. A directory without one (grammar files
// only) keeps the default lexicon: the command goes on as before rather than
// failing on a file the user never meant to replace.
#include <filesystem>
#include <memory>
#include <string>

#include "congvan/lexicon.h"

namespace congvan {

Result<std::shared_ptr<const Lexicon>> LexiconOfGrammars(const std::string& grammar_dir) {
  if (grammar_dir.empty()) return std::shared_ptr<const Lexicon>();
  std::string path = grammar_dir + "/lexicon/vi-en.tsv";
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::shared_ptr<const Lexicon>();
  return Lexicon::Load(path);
}

}  // namespace congvan
