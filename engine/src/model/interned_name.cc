// The process-wide table behind InternedName (congvan/interned_name.h): an
// ordered set of strings whose nodes never move, so a pointer to an element
// stays valid; looked up by string_view under one mutex (parses on several
// threads make names at once). The table is never freed: names live as long
// as the process, like the grammars they come from.
#include "congvan/interned_name.h"

#include <functional>
#include <mutex>
#include <set>

namespace congvan {
namespace {

struct NameTable {
  std::mutex mutex;
  std::set<std::string, std::less<>> names;
};

NameTable& Table() {
  static NameTable* table = new NameTable;  // never destroyed: names outlive every static
  return *table;
}

}  // namespace

InternedName::InternedName(std::string_view name) {
  if (name.empty()) return;
  NameTable& table = Table();
  std::lock_guard<std::mutex> lock(table.mutex);
  auto found = table.names.find(name);
  if (found == table.names.end()) found = table.names.emplace(name).first;
  name_ = &*found;
}

const std::string& InternedName::EmptyString() {
  static const std::string* empty = new std::string;
  return *empty;
}

}  // namespace congvan
