#include "support/corpus.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "congvan/writers.h"
#include "support/schema_check.h"

namespace congvan::testing {

std::string CorpusPath(const std::string& relative) {
  return std::string(CONGVAN_SOURCE_DIR) + "/corpus/" + relative;
}

std::vector<std::string> CorpusTexts() {
  std::vector<std::string> out;
  std::filesystem::path root = std::string(CONGVAN_SOURCE_DIR) + "/corpus";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      out.push_back(std::filesystem::relative(entry.path(), root).string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> CorpusAndUnseenTexts() {
  std::vector<std::string> texts;
  for (const std::string& text : CorpusTexts()) texts.push_back(ReadFile(CorpusPath(text)));
  if (const char* dir = std::getenv("CONGVAN_UNSEEN_TEXTS")) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt")
        texts.push_back(ReadFile(entry.path().string()));
    }
  }
  return texts;
}

bool UnseenTextsGiven() {
  if (std::getenv("CONGVAN_UNSEEN_TEXTS") != nullptr) return true;
  WARN("CONGVAN_UNSEEN_TEXTS not set: the unseen-law cases are not run");
  return false;
}

Document ParseUnseen(const std::string& relative) {
  return ParseString(ReadFile(std::string(std::getenv("CONGVAN_UNSEEN_TEXTS")) + "/" + relative));
}

Document ParseAlignFixture(const std::string& name) {
  return ParseString(ReadFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/align/fixtures/" + name));
}

Document ParseRealExcerpt(const std::string& name) {
  auto doc = ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  REQUIRE(CheckLossless(*doc).empty());
  return std::move(doc.value());
}

Document ParseCorpus(const std::string& relative, const ParseOptions& options) {
  auto doc = ParseFile(CorpusPath(relative), options);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc.value());
}

Document ParseString(const std::string& text, const ParseOptions& options) {
  auto doc = ParseBytes(text, "<string>", options);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc.value());
}

Document ParseEnglish(const std::string& text) {
  return ParseString(text, InLanguage(Language::kEnglish));
}

ParseOptions InLanguage(const Language& language) {
  ParseOptions options;
  options.language = language;
  return options;
}

const Node* FindTask(const Document& doc, const std::string& prefix) {
  const Node* found = nullptr;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (found == nullptr && n.text.starts_with(prefix)) found = &n;
  });
  return found;
}

const Node* ParentOf(const Document& doc, const Node* node) {
  const Node* parent = nullptr;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node* p) {
    if (&n == node) parent = p;
  });
  return parent;
}

std::string CanonicalDump(const Document& doc) { return WriteDump(doc); }

TempFile::TempFile(const std::string& bytes, const std::string& suffix) {
  std::string pattern = (std::filesystem::temp_directory_path() / "congvan-test-XXXXXX").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  REQUIRE(fd >= 0);
  close(fd);
  std::string base(name.data());
  std::remove(base.c_str());
  path_ = base + suffix;
  std::ofstream(path_, std::ios::binary) << bytes;
}

TempFile::~TempFile() { std::remove(path_.c_str()); }

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "congvan-test-XXXXXX").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  REQUIRE(mkdtemp(name.data()) != nullptr);
  path_ = name.data();
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

CommandResult RunCongvan(const std::vector<std::string>& args, const std::string& stdin_path) {
  TempFile out_file(""), err_file("");
  std::string command = std::string("'") + CONGVAN_BINARY + "'";
  for (const std::string& a : args) {
    std::string quoted = "'";
    for (char c : a) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    command += " " + quoted + "'";
  }
  command += " >'" + out_file.path() + "' 2>'" + err_file.path() + "' <'" +
             (stdin_path.empty() ? std::string("/dev/null") : stdin_path) + "'";
  int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out_file.path());
  r.err = ReadFile(err_file.path());
  CheckOutputAgainstSchema(args, r.exit_code, r.out);
  return r;
}

CommandResult RunCongvanWatchingLoader(const std::vector<std::string>& args) {
  setenv("LD_DEBUG", "files", 1);
  CommandResult r = RunCongvan(args);
  unsetenv("LD_DEBUG");
  return r;
}

}  // namespace congvan::testing
