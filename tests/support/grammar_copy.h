// Test helper: a copy of the default grammar directory with one edit to its
// vi.xml, removed with the object. The tests that show a stage reads its words
// from the grammars it is given (AlignOptions::grammar_dir, `--grammars DIR`)
// edit one element of a copy and compare with the shipped grammars.
#ifndef CONGVAN_TESTS_SUPPORT_GRAMMAR_COPY_H_
#define CONGVAN_TESTS_SUPPORT_GRAMMAR_COPY_H_

#include <filesystem>
#include <string>

namespace congvan::testing {

class GrammarCopy {
 public:
  // Copies DefaultGrammarDir() to "congvan-grammars-NAME-PID" under the
  // temporary directory and, unless `from` is empty, replaces the first
  // `from` of its vi.xml with `to`; fails the test when `from` is not there.
  // `name` tells apart the copies one test holds at once.
  explicit GrammarCopy(const std::string& name, const std::string& from = "",
                       const std::string& to = "");
  ~GrammarCopy();
  GrammarCopy(const GrammarCopy&) = delete;
  GrammarCopy& operator=(const GrammarCopy&) = delete;

  std::string path() const { return dir_.string(); }
  std::string vi() const { return (dir_ / "vi.xml").string(); }

 private:
  std::filesystem::path dir_;
};

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_GRAMMAR_COPY_H_
