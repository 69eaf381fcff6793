// The feature space on real version pairs: a task's vector is what its text
// gives when projected on its own (the same ids and weights, bit for bit),
// whether its features were extracted or shared with an earlier task with
// the same text (most tasks of a new version are unchanged): the shared
// entries are the earlier task's own, scaled by IDF once.
#include "align/feature_space.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "align/task_index.h"
#include "support/corpus.h"

namespace {

using congvan::AlignOptions;
using congvan::Document;
using congvan::align_internal::FeatureSpace;
using congvan::align_internal::IndexTasks;
using congvan::align_internal::SparseVector;
using congvan::align_internal::TaskIndex;
using congvan::testing::ParseCorpus;

bool SameVector(const SparseVector& a, const SparseVector& b) {
  if (a.entries.size() != b.entries.size() || a.l2 != b.l2 || a.l1 != b.l1) return false;
  for (size_t k = 0; k < a.entries.size(); ++k) {
    if (a.entries[k].id != b.entries[k].id || a.entries[k].weight != b.entries[k].weight)
      return false;
  }
  return true;
}

// Every task of both versions against the projection of its own text;
// returns how many new tasks repeat an old task's text.
int CheckPair(const std::string& old_path, const std::string& new_path) {
  Document old_doc = ParseCorpus(old_path);
  Document new_doc = ParseCorpus(new_path);
  AlignOptions options;
  TaskIndex old_tasks = IndexTasks(old_doc);
  TaskIndex new_tasks = IndexTasks(new_doc);
  FeatureSpace fs(old_tasks, old_doc.language, new_tasks, new_doc.language, options);
  std::set<std::string> old_texts;
  for (size_t o = 0; o < old_tasks.size(); ++o) {
    const std::string text = old_tasks[o].node->text.str();
    old_texts.insert(text);
    INFO(old_path << " old task " << o << ": " << text);
    CHECK(SameVector(fs.Old(static_cast<int>(o)), fs.Project(text, old_doc.language)));
  }
  int repeated = 0;
  for (size_t n = 0; n < new_tasks.size(); ++n) {
    const std::string text = new_tasks[n].node->text.str();
    repeated += old_texts.count(text) > 0 ? 1 : 0;
    INFO(new_path << " new task " << n << ": " << text);
    CHECK(SameVector(fs.New(static_cast<int>(n)), fs.Project(text, new_doc.language)));
    int first_old = fs.NewTextClass(static_cast<int>(n));
    if (first_old >= 0 && !text.empty()) {
      CHECK(fs.New(static_cast<int>(n)).entries.data() == fs.Old(first_old).entries.data());
    }
  }
  return repeated;
}

}  // namespace

TEST_CASE("A task's vector is its text's, extracted or shared with the same text met before",
          "[align][features]") {
  // Decree 102/2017 → 99/2022: many provisions kept word for word.
  CHECK(CheckPair("pairs/2017-vi-decree-102-2017-nd-cp-old.txt",
                  "pairs/2022-vi-decree-99-2022-nd-cp-new.txt") > 0);
  CheckPair("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt",
            "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  CheckPair("english/2023-en-joint-statement-us-vietnam-comprehensive-strategic-partnership.txt",
            "english/2025-en-joint-statement-us-vietnam-reciprocal-trade-framework.txt");
}
