// OpenFirstModuleSymbol() (see module_opener.h): dlopen each candidate with
// RTLD_NOW | RTLD_LOCAL, dlsym the entry point, keep the first accepted.
#include "read/module_opener.h"

#include <dlfcn.h>

#include "congvan/grammar_dir.h"

namespace congvan::read {

OpenedModuleSymbol OpenFirstModuleSymbol(const std::string& from_grammars,
                                         const std::string& build_path, const char* symbol,
                                         const std::function<bool(void*)>& accept) {
  OpenedModuleSymbol out;
  for (const std::string& path : InstalledFileCandidates(from_grammars, build_path)) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char* error = nullptr;
    if (handle != nullptr) {
      void* entry = dlsym(handle, symbol);
      if (entry != nullptr && accept(entry)) {
        out.symbol = entry;
        return out;
      }
      error = dlerror();
      dlclose(handle);
    } else {
      error = dlerror();
    }
    out.reasons +=
        (out.reasons.empty() ? "" : "; ") + (error != nullptr ? std::string(error) : path);
  }
  return out;
}

}  // namespace congvan::read
