// Test helpers: corpus paths, parsing from files and strings, temp files, and
// running the real CLI binary.
#ifndef CONGVAN_TESTS_SUPPORT_CORPUS_H_
#define CONGVAN_TESTS_SUPPORT_CORPUS_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/parse.h"

namespace congvan::testing {

// Absolute path of a file under the source tree's corpus/.
std::string CorpusPath(const std::string& relative);
// Every corpus text (relative to corpus/), sorted.
std::vector<std::string> CorpusTexts();
std::string ReadFile(const std::string& path);
// The contents of every corpus text, then of every .txt file under
// $CONGVAN_UNSEEN_TEXTS when it is set (the team's unseen laws): the subjects
// of the tests that compare a fast path with the plain one on real lines.
std::vector<std::string> CorpusAndUnseenTexts();
// Whether $CONGVAN_UNSEEN_TEXTS is set; when not, warns that the calling
// case's unseen-law checks are not run (the case then returns).
bool UnseenTextsGiven();
// The unseen text at `relative` (under $CONGVAN_UNSEEN_TEXTS), parsed.
// REQUIRES: UnseenTextsGiven().
Document ParseUnseen(const std::string& relative);
// The real excerpt tests/parse/real/NAME, parsed; it must parse and keep
// every character (CheckLossless).
Document ParseRealExcerpt(const std::string& name);
// The aligner's real fixture tests/align/fixtures/NAME, parsed from its text.
Document ParseAlignFixture(const std::string& name);

// Parse options that force `language` (instead of detecting it).
ParseOptions InLanguage(const Language& language);

// Parses a corpus file; fails the test on error.
Document ParseCorpus(const std::string& relative, const ParseOptions& options = {});
// Parses a string; fails the test on error.
Document ParseString(const std::string& text, const ParseOptions& options = {});
// Parses a string as English (the language forced, not detected).
Document ParseEnglish(const std::string& text);

// Whether `text` holds `part` anywhere.
inline bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Finds a task whose text starts with `prefix` (nullptr when none).
const Node* FindTask(const Document& doc, const std::string& prefix);
// Parent of `node` in doc (nullptr for a top-level task).
const Node* ParentOf(const Document& doc, const Node* node);

// A compact, stable dump of the tree and the blocks for golden files: one
// line per node ("  path marker [lines] first words…") and per block.
std::string CanonicalDump(const Document& doc);

// A temporary file holding `bytes`, removed when the object goes away.
class TempFile {
 public:
  explicit TempFile(const std::string& bytes, const std::string& suffix = ".txt");
  ~TempFile();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A temporary directory, removed with everything in it when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  // path() + "/" + name
  std::string Join(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};
// Runs the built congvan binary with `args` (each shell-quoted); when the
// output is JSON, checks it against its schema (support/schema_check.h).
// Standard input comes from `stdin_path` (empty: /dev/null).
CommandResult RunCongvan(const std::vector<std::string>& args, const std::string& stdin_path = "");

// RunCongvan with the dynamic loader's list of the shared objects it opens on
// stderr (LD_DEBUG=files): the module tests ask which libraries a run maps.
CommandResult RunCongvanWatchingLoader(const std::vector<std::string>& args);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_CORPUS_H_
