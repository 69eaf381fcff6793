// Test helper: see grammar_copy.h.
#include "support/grammar_copy.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "congvan/grammar.h"

namespace congvan::testing {

namespace fs = std::filesystem;

GrammarCopy::GrammarCopy(const std::string& name, const std::string& from, const std::string& to)
    : dir_(fs::temp_directory_path() /
           ("congvan-grammars-" + name + "-" + std::to_string(getpid()))) {
  fs::remove_all(dir_);
  fs::copy(congvan::DefaultGrammarDir(), dir_, fs::copy_options::recursive);
  if (from.empty()) return;
  std::stringstream text;
  text << std::ifstream(vi()).rdbuf();
  std::string xml = text.str();
  size_t at = xml.find(from);
  REQUIRE(at != std::string::npos);
  xml.replace(at, from.size(), to);
  std::ofstream(vi(), std::ios::trunc) << xml;
}

GrammarCopy::~GrammarCopy() {
  std::error_code ignored;
  fs::remove_all(dir_, ignored);
}

}  // namespace congvan::testing
