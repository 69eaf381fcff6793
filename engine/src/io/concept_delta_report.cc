// A concept delta for people and programs (congvan/diff_report.h): the JSON
// object `congvan diff --format json` carries as changes[i].concept_delta,
// and two lines of text (+ what the new task adds, − what it no longer has).
#include <string>
#include <vector>

#include "congvan/diff_report.h"

namespace congvan {

nlohmann::json ConceptDeltaToJson(const ConceptDelta& delta) {
  auto list = [](const std::vector<ConceptMention>& ms) {
    nlohmann::json a = nlohmann::json::array();
    for (const ConceptMention& m : ms) {
      a.push_back({{"concept", m.concept_id},
                   {"domain", m.domain},
                   {"old_forms", m.old_forms},
                   {"new_forms", m.new_forms}});
    }
    return a;
  };
  nlohmann::json j;
  j["change"] = delta.change_index;
  j["added"] = list(delta.added);
  j["removed"] = list(delta.removed);
  j["kept"] = list(delta.kept);
  return j;
}

std::string ConceptDeltaText(const ConceptDelta& delta) {
  auto line = [](const char* sign, const std::vector<ConceptMention>& ms, bool new_side) {
    if (ms.empty()) return std::string();
    std::string out = std::string("  ") + sign + " ";
    for (size_t i = 0; i < ms.size(); ++i) {
      if (i) out += ", ";
      out += ms[i].concept_id;
      const auto& forms = new_side ? ms[i].new_forms : ms[i].old_forms;
      if (!forms.empty()) {
        out += " (";
        for (size_t k = 0; k < forms.size(); ++k) out += (k ? ", " : "") + forms[k];
        out += ")";
      }
    }
    return out + "\n";
  };
  return line("+", delta.added, true) + line("−", delta.removed, false);
}

}  // namespace congvan
