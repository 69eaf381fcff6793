// Where the engine finds its data — the grammar directory: <code>.xml,
// lexicon/ and encodings/ — when the caller names none.
//
// Looked for in this order (the first that holds a grammar file wins):
//   1. $CONGVAN_GRAMMARS, when set: taken as is (an error if it holds no
//      grammar, never silently skipped);
//   2. the installed copy, relative to the file that holds the running code:
//      <executable's dir>/../share/congvan/grammars for the congvan binary
//      (/proc/self/exe; the relative part comes from the install layout), or
//      what a shared module embedding the engine names (SetCodeLocation);
//   3. the source tree's grammars/ the engine was built from, only while the
//      code runs from its build tree (an installed binary never reads a
//      checkout that happens to be on the machine).
// An explicit directory (--grammars DIR, ParseOptions::grammar_dir) comes
// before all of these; callers pass it to ResolveGrammarDir.
#ifndef CONGVAN_GRAMMAR_DIR_H_
#define CONGVAN_GRAMMAR_DIR_H_

#include <string>
#include <vector>

#include "congvan/status.h"

namespace congvan {

// The directory to read grammars from, by the order above. On failure the
// Status (kNotFound, or kGrammarError for a bad $CONGVAN_GRAMMARS) is one
// line naming every place looked at.
Result<std::string> FindGrammarDir();

// `explicit_dir` when it is not empty, else FindGrammarDir().
Result<std::string> ResolveGrammarDir(const std::string& explicit_dir);

// Where the running code lives: the file that holds it (an executable or a
// shared module) and its installed grammar directory relative to that file's
// directory.
struct CodeLocation {
  std::string file;
  std::string grammars_relative;
};

// By default the executable (/proc/self/exe) and the install layout's
// relative path ("../share/congvan/grammars"). A shared module embedding the
// engine — the Python module, whose executable is python3 — names itself
// once, before its first parse. A location with an empty `file` restores the
// default. Thread-safe; grammars already loaded stay cached by directory.
void SetCodeLocation(CodeLocation location);
CodeLocation CurrentCodeLocation();

// Where a file installed with the engine's data may be, for the running code,
// in the order to try: `from_grammars` taken from the installed grammar
// directory (the one FindGrammarDir's second step looks at), then
// `build_path` when the code runs from the build tree it was configured for.
// Paths only; nothing is checked to exist. Used for congvan's PDF module.
std::vector<std::string> InstalledFileCandidates(const std::string& from_grammars,
                                                 const std::string& build_path);

}  // namespace congvan

#endif  // CONGVAN_GRAMMAR_DIR_H_
