// The aligner's vocabulary (see align_vocabulary.h): the grammar's
// <align-words> folded and cut into words once, kept per directory and
// language behind a mutex.
#include "align/align_vocabulary.h"

#include <map>
#include <mutex>
#include <sstream>

#include "congvan/parse.h"
#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

FoldedWords FoldedWordsOf(const std::string& phrase) {
  FoldedWords out;
  std::istringstream in(FoldToneKey(phrase));
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The phrase's words under the loose key (FoldKey of each folded word).
FoldedWords LooseWordsOf(const std::string& phrase) {
  FoldedWords out = FoldedWordsOf(phrase);
  for (std::string& w : out) w = FoldKey(w);
  return out;
}

void AddFolded(const std::vector<std::string>& words, std::unordered_set<std::string>* out) {
  for (const std::string& w : words) out->insert(FoldToneKey(w));
}

}  // namespace

AlignVocabulary VocabularyOf(std::shared_ptr<const Grammar> grammar) {
  AlignVocabulary out;
  if (grammar == nullptr) return out;
  const AlignWords& words = AlignWordsOf(*grammar);
  ActorVocabulary& a = out.actors;
  for (const std::string& head : words.actor_heads) {
    a.heads.push_back(FoldedWordsOf(head));
    if (!a.heads.back().empty()) a.head_first_words.insert(a.heads.back().front());
  }
  AddFolded(words.plurals, &a.plurals);
  AddFolded(words.adverbials, &a.adverbials);
  AddFolded(words.agents, &a.agents);
  AddFolded(words.modals, &a.modals);
  // Compared with a heading's case-folded words (diacritics kept): as written.
  a.heading_function_words.insert(words.heading_function_words.begin(),
                                  words.heading_function_words.end());
  for (const auto& [holder, body] : words.offices)
    a.offices.emplace_back(FoldedWordsOf(holder), FoldedWordsOf(body));
  for (const std::string& w : a.head_first_words) a.loose_head_first_words.insert(FoldKey(w));
  for (const auto* set : {&a.adverbials, &a.plurals}) {
    for (const std::string& w : *set) a.loose_openers.insert(FoldKey(w));
  }
  for (const std::string& w : a.agents) a.loose_agents.insert(FoldKey(w));
  a.words_before_head = static_cast<size_t>(words.words_before_head);
  a.agent_within = static_cast<size_t>(words.agent_within);
  a.grammar = std::move(grammar);
  for (const std::string& f : words.definition_formulas)
    out.definitions.formulas.push_back(f + " ");
  for (const std::string& article : words.name_articles)
    out.definitions.name_articles.push_back(article + " ");
  out.notes.dated = words.note_dated;
  out.notes.in_force = words.note_in_force;
  for (const std::string& voice : words.note_voices) {
    for (const std::string& act : words.note_acts) out.notes.acts.push_back(voice + " " + act);
  }
  for (const std::string& kind : words.paper_kinds) out.paper_kinds.push_back(LooseWordsOf(kind));
  for (const std::string& file : words.file_words) out.file_words.push_back(LooseWordsOf(file));
  for (const std::string& w : words.paper_alternatives)
    out.paper_alternatives.insert(FoldKey(FoldToneKey(w)));
  out.references = ReferenceWords::Of(words);
  return out;
}

const AlignVocabulary& VocabularyFor(Language language, const std::string& grammar_dir) {
  static std::mutex mutex;
  static auto* cache = new std::map<std::pair<std::string, Language>, AlignVocabulary>();
  std::lock_guard<std::mutex> lock(mutex);
  auto key = std::make_pair(grammar_dir, language);
  auto it = cache->find(key);
  if (it != cache->end()) return it->second;
  std::shared_ptr<const Grammar> grammar;
  if (auto all = AllGrammars(grammar_dir); all.ok()) {
    for (const auto& g : *all) {
      if (g->language() == language) grammar = g;
    }
  }
  return cache->emplace(key, VocabularyOf(std::move(grammar))).first->second;
}

std::set<std::string> HeadingSyllables(std::string_view text, const ActorVocabulary& words) {
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !words.IsHeadingFunctionWord(word)) out.insert(word);
    word.clear();
  };
  for (char c : FoldCase(text)) {
    if (c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

}  // namespace congvan::align_internal
