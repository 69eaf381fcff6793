// A module of another build, for the "module not loaded" tests
// (module_cli_test.cc; built by tests/stale_modules.cmake once per module,
// under the module's file name, with CONGVAN_STALE_SYMBOL its entry point).
// Its table is what an older header's table could be: a stamp of a table
// of one function and a signature no build has. The loader must refuse it
// from the stamp alone (read/module_stamp.h) and never call into it, so the
// table holds nothing after the stamp.
#include <cstdint>

namespace {

struct StaleStamp {
  std::uint64_t table_size;
  std::uint64_t signature;
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const StaleStamp* CONGVAN_STALE_SYMBOL() {
  static const StaleStamp kStale = {sizeof(StaleStamp) + sizeof(void*), 1};
  return &kStale;
}
