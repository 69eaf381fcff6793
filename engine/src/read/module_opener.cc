// OpenFirstModuleSymbol() (see module_opener.h): dlopen each candidate with
// RTLD_NOW | RTLD_LOCAL, dlsym the entry point, keep the first accepted.
#include "read/module_opener.h"

#include <dlfcn.h>

#include <cstdlib>
#include <vector>

#include "congvan/grammar_dir.h"

namespace congvan::read {
namespace {

// The candidates, or why there are none: a relative CONGVAN_MODULE_DIR is
// refused (module_opener.h says why).
struct ModuleCandidateList {
  std::vector<std::string> paths;
  std::string refused;
};

// Where the module is looked for: in CONGVAN_MODULE_DIR alone when it is
// set, under the name the build gives it; else installed or just built.
ModuleCandidateList ModuleCandidates(const std::string& from_grammars,
                                     const std::string& build_path) {
  const char* dir = ModuleDirectory();
  if (dir == nullptr) return {InstalledFileCandidates(from_grammars, build_path), ""};
  if (*dir != '/') {
    return {{}, std::string(kModuleDirVariable) + "=" + dir + " is not an absolute path"};
  }
  std::string::size_type slash = build_path.rfind('/');
  return {{std::string(dir) + "/" +
           (slash == std::string::npos ? build_path : build_path.substr(slash + 1))},
          ""};
}

// dlopen's or dlsym's last error, or the path when it gives none.
std::string LoaderError(const std::string& path) {
  const char* error = dlerror();
  return error != nullptr ? std::string(error) : path;
}

}  // namespace

const char* ModuleDirectory() {
  const char* dir = secure_getenv(kModuleDirVariable);
  return dir == nullptr || *dir == '\0' ? nullptr : dir;
}

Status ModuleNotLoaded(const std::string& need, const std::string& module,
                       const std::string& reasons) {
  const char* dir = ModuleDirectory();
  std::string advice = dir == nullptr ? "reinstall congvan"
                                      : std::string("check ") + kModuleDirVariable + "=" + dir +
                                            ", or unset it to use the installed modules";
  return Status::Error(StatusCode::kNotFound, need + " needs congvan's " + module +
                                                  ", which could not be loaded (" + reasons +
                                                  "); " + advice);
}

std::string StaleTableReason(const ModuleStamp& expected, const ModuleStamp& found) {
  if (found == expected) return "";
  return "a module of another build: its table is " + std::to_string(found.table_size) +
         " bytes, signature " + std::to_string(found.signature) + "; this build's is " +
         std::to_string(expected.table_size) + " bytes, signature " +
         std::to_string(expected.signature);
}

OpenedModuleSymbol OpenFirstModuleSymbol(const std::string& from_grammars,
                                         const std::string& build_path, const char* symbol,
                                         const std::function<std::string(void*)>& accept) {
  OpenedModuleSymbol out;
  ModuleCandidateList candidates = ModuleCandidates(from_grammars, build_path);
  out.reasons = candidates.refused;
  for (const std::string& path : candidates.paths) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    std::string reason;
    if (handle == nullptr) {
      reason = LoaderError(path);
    } else if (void* entry = dlsym(handle, symbol); entry == nullptr) {
      reason = LoaderError(path);
    } else if (reason = accept(entry); reason.empty()) {
      out.symbol = entry;
      return out;
    } else {
      reason = path + ": " + reason;
    }
    if (handle != nullptr) dlclose(handle);
    out.reasons += (out.reasons.empty() ? "" : "; ") + reason;
  }
  return out;
}

}  // namespace congvan::read
