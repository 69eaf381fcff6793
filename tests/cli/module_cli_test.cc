// congvan's four modules (engine/src/read/module_opener.h), the same checks
// for each, from one table: a text's parse maps none of them (the real
// binary, watched by the dynamic loader: LD_DEBUG=files lists every shared
// object it opens, on stderr); and an input that needs one whose module is
// missing, or of another build (tests/cli/stale_module.cc), stops with one
// line naming the input and the module's file, exit 1 and no output file
// (CONGVAN_MODULE_DIR names the one directory the modules are looked in).
// What loading each module brings in stays in its own *_module_cli_test.cc.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/corpus.h"

using congvan::testing::CommandResult;
using congvan::testing::CorpusPath;
using congvan::testing::RunCongvan;
using congvan::testing::RunCongvanWatchingLoader;
using congvan::testing::TempDir;

namespace {

struct ModuleCase {
  const char* title;                    // what a text's parse leaves unloaded
  std::vector<const char*> not_mapped;  // its libraries, the module's own last
  const char* needs;                    // the error's "... needs congvan's <module>"
  std::string input;                    // an input that needs the module
  std::vector<std::string> command;     // the command reading `input`, before "-o"/"--db"
  bool database = false;                // the output is `index --db`'s database
};

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/" + name;
}

const std::vector<ModuleCase>& Modules() {
  static const std::vector<ModuleCase> modules = {
      {"a text's parse loads neither poppler nor Tesseract",
       {"libpoppler", "libtesseract", "libcongvan_pdf"},
       "reading PDF needs congvan's PDF module",
       Fixture("pdf/dispatch-text.pdf"),
       {"parse"}},
      {"a text's parse loads neither libzip nor libcrypto",
       {"libzip", "libcrypto", "libbz2", "libcongvan_archive"},
       "needs congvan's archive module",
       Fixture("docx/dispatch-numbered.docx"),
       {"parse"}},
      {"a text's parse loads neither gumbo nor the HTML module",
       {"libgumbo", "libcongvan_html"},
       "reading HTML needs congvan's HTML module",
       Fixture("html/dispatch-lists.html"),
       {"parse"}},
      {"a text's parse loads neither SQLite nor the SQLite module",
       {"libsqlite3", "libcongvan_sqlite"},
       "the corpus database needs congvan's SQLite module",
       CorpusPath("gender-equality/2021-vi-dispatch.txt"),
       {"index"},
       true},
  };
  return modules;
}

// `module`'s command on its input, with the modules looked for in `dir`
// alone; the output goes to `output`.
CommandResult RunWithModulesIn(const std::string& dir, const ModuleCase& module,
                               const std::string& output) {
  std::vector<std::string> args = module.command;
  if (module.database) {
    args.insert(args.end(), {"--db", output, module.input});
  } else {
    args.insert(args.end(), {module.input, "-o", output});
  }
  setenv("CONGVAN_MODULE_DIR", dir.c_str(), 1);
  CommandResult r = RunCongvan(args);
  unsetenv("CONGVAN_MODULE_DIR");
  return r;
}

}  // namespace

TEST_CASE("a text's parse loads none of the modules", "[cli][modules]") {
  auto r = RunCongvanWatchingLoader({"parse", CorpusPath("gender-equality/2021-vi-dispatch.txt")});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("libicuuc"));  // the watch works
  for (const ModuleCase& module : Modules()) {
    INFO(module.title);
    for (const char* library : module.not_mapped) {
      INFO(library);
      CHECK_THAT(r.err, !Catch::Contains(library));
    }
  }
}

TEST_CASE("an input needing a missing or stale module: one line and exit 1 and no output",
          "[cli][modules]") {
  TempDir empty;
  for (const ModuleCase& module : Modules()) {
    std::string file = std::string(module.not_mapped.back()) + ".so";
    for (const std::string& dir : {empty.path(), std::string(CONGVAN_STALE_MODULE_DIR)}) {
      INFO(module.needs << ", modules in " << dir);
      TempDir out;
      CommandResult r = RunWithModulesIn(dir, module, out.Join("output"));
      CHECK(r.exit_code == 1);
      CHECK(r.out.empty());
      CHECK_FALSE(std::filesystem::exists(out.Join("output")));
      CHECK(r.err.find('\n') == r.err.size() - 1);  // one line
      CHECK_THAT(r.err, Catch::Contains(module.needs) && Catch::Contains(dir + "/" + file));
      // The input named: the file read, or the database opened.
      CHECK_THAT(r.err, Catch::Contains(module.database ? out.Join("output") : module.input));
      if (dir != empty.path()) CHECK_THAT(r.err, Catch::Contains("a module of another build"));
      // The advice names the variable that chose the directory.
      CHECK_THAT(r.err, Catch::Contains("check CONGVAN_MODULE_DIR=" + dir + ", or unset it") &&
                            !Catch::Contains("reinstall congvan"));
    }
  }
}

TEST_CASE("a relative CONGVAN_MODULE_DIR is refused and named in the one line", "[cli][modules]") {
  // dlopen would resolve it against the working directory of the moment.
  for (const ModuleCase& module : Modules()) {
    INFO(module.needs);
    TempDir out;
    CommandResult r = RunWithModulesIn("build/modules", module, out.Join("output"));
    CHECK(r.exit_code == 1);
    CHECK(r.err.find('\n') == r.err.size() - 1);  // one line
    CHECK_THAT(r.err, Catch::Contains(module.needs) &&
                          Catch::Contains("CONGVAN_MODULE_DIR=build/modules is not an absolute "
                                          "path") &&
                          Catch::Contains("check CONGVAN_MODULE_DIR=build/modules"));
  }
}
