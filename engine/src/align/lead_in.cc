// Lead-ins (see lead_in.h): the last character of the text, blanks aside.
#include "align/lead_in.h"

#include <string_view>

namespace congvan::align_internal {

bool IntroducesList(const Node& node) {
  std::string_view t(node.text.data(), node.text.size());
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  return !t.empty() && t.back() == ':';
}

bool IntroducesList(const IndexedTask& t) { return !t.children.empty() && IntroducesList(*t.node); }

}  // namespace congvan::align_internal
