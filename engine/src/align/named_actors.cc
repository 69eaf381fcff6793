// Named actors (see named_actors.h): the opening of the text is cut into
// words at spaces, commas dropped, each word folded (FoldToneKey, remembered
// per word), then read from the front against the language's vocabulary.
#include "align/named_actors.h"

#include <algorithm>
#include <unordered_map>

#include "congvan/text_fold.h"

namespace congvan::align_internal {
namespace {

constexpr size_t kActorWords = 6;
constexpr size_t kAdverbialWords = 4;

bool IsSeparator(char c) { return c == ' ' || c == '\n' || c == '\t' || c == ','; }

struct Word {
  std::string text;
  bool comma_after = false;
};

// The first `limit` words of `text`, cut at spaces and commas (a comma
// marked on the word before it), each passed through `fold`.
template <typename Fold>
std::vector<Word> SplitWords(std::string_view text, size_t limit, Fold fold) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size() && out.size() < limit) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && !IsSeparator(text[i])) ++i;
    if (i > start) out.push_back({fold(text.substr(start, i - start)), false});
    if (i < text.size() && text[i] == ',') {
      if (!out.empty()) out.back().comma_after = true;
      ++i;
    }
  }
  return out;
}

// The first `limit` words of `text` folded as the first look folds them
// (FoldKey): the opening up to the end of its `limit`-th word in one call.
std::vector<Word> LooseLeadingWords(std::string_view text, size_t limit) {
  size_t end = 0, count = 0;
  while (end < text.size() && count < limit) {
    while (end < text.size() && IsSeparator(text[end])) ++end;
    if (end < text.size()) ++count;
    while (end < text.size() && !IsSeparator(text[end])) ++end;
  }
  if (end < text.size() && text[end] == ',') ++end;
  return SplitWords(FoldKey(text.substr(0, end)), limit,
                    [](std::string_view w) { return std::string(w); });
}

// FoldToneKey of one word, remembered per thread: the openings of a law's
// provisions repeat their words ("Ủy ban nhân dân cấp tỉnh"), and the fold
// goes through ICU's normalisation (a word's tone moves within the word
// only, so a word folded alone is folded as in its sentence).
std::string FoldedWord(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> folds;
  if (folds.size() > (1u << 16)) folds.clear();
  std::string key(word);
  auto it = folds.find(key);
  if (it == folds.end()) it = folds.emplace(key, FoldToneKey(word)).first;
  return it->second;
}

// The first `limit` words of `text`, each folded (FoldToneKey).
std::vector<Word> LeadingWords(std::string_view text, size_t limit) {
  return SplitWords(text, limit, FoldedWord);
}

// True when words[at…] open with `phrase`.
bool OpensWith(const std::vector<Word>& words, size_t at, const FoldedWords& phrase) {
  if (phrase.empty() || at + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k].text != phrase[k]) return false;
  }
  return true;
}

bool OpensWithHead(const std::vector<Word>& words, size_t at, const ActorVocabulary& v) {
  if (at >= words.size() || !v.head_first_words.count(words[at].text)) return false;
  return std::any_of(v.heads.begin(), v.heads.end(),
                     [&](const FoldedWords& h) { return OpensWith(words, at, h); });
}

bool IsModal(const std::vector<Word>& words, size_t k, const ActorVocabulary& v) {
  return k < words.size() && v.modals.count(words[k].text) > 0;
}

// Where the subject starts: after a short adverbial closed by a comma, when
// the words before the comma are no actor.
size_t SubjectStart(const std::vector<Word>& words, const ActorVocabulary& v) {
  if (words.empty() || OpensWithHead(words, 0, v) || !v.adverbials.count(words[0].text)) return 0;
  for (size_t k = 0; k < words.size() && k < kAdverbialWords; ++k) {
    if (words[k].comma_after) return k + 1;
  }
  return 0;
}

// Whether the subject opening at `at` names an actor: a head there, or (a
// language whose heads follow their qualifying words) a head after at most
// words_before_head words that are no function words, the subject closed by
// a modal within the actor's words.
bool SubjectNamesActor(const std::vector<Word>& words, size_t at, const ActorVocabulary& v) {
  if (OpensWithHead(words, at, v)) return true;
  for (size_t head = at + 1; head <= at + v.words_before_head && head < words.size(); ++head) {
    if (v.IsFunctionWord(words[head - 1].text) || words[head - 1].comma_after) return false;
    if (!OpensWithHead(words, head, v)) continue;
    for (size_t k = head + 1; k < words.size() && k < at + kActorWords; ++k) {
      if (IsModal(words, k, v)) return true;
    }
    return false;
  }
  return false;
}

// Where the agent of a passive opening starts: "Dự án do Thủ tướng Chính phủ
// quyết định đầu tư …" names the Prime Minister after "do" (an article or
// plural word passed over: "by the Prime Minister"). npos when there is none.
size_t PassiveAgentStart(const std::vector<Word>& words, const ActorVocabulary& v) {
  for (size_t k = 1; k < words.size() && k <= v.agent_within; ++k) {
    if (!v.agents.count(words[k - 1].text)) continue;
    size_t at = k < words.size() && v.plurals.count(words[k].text) ? k + 1 : k;
    if (OpensWithHead(words, at, v)) return at;
  }
  return std::string::npos;
}

// A cheap first look at the first few words, folded without diacritics
// (FoldKey: a table per code point, where FoldToneKey goes through ICU's
// normalisation, five times the whole stage's cost): whether the first can
// open an actor, an adverbial or a plural, a head stands where qualifying
// words may precede it, or the agent's word stands among them. Most
// provisions open with none of these, and are read no further.
bool MayNameActor(std::string_view text, const ActorVocabulary& v) {
  const size_t look = std::max(v.agent_within, v.words_before_head + 1) + 1;
  std::vector<Word> words = LooseLeadingWords(text, look);
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k].text;
    if (v.loose_agents.count(w)) return true;
    if (k == 0 && v.loose_openers.count(w)) return true;
    if (k <= v.words_before_head + 1 && v.loose_head_first_words.count(w)) return true;
  }
  return false;
}

// The actor's words from `at`: an office its body ("bộ trưởng bộ công an" →
// "bộ công an", "minister of finance" → "ministry of finance"), six at most,
// ending before a modal.
std::vector<std::string> ActorWordsFrom(const std::vector<Word>& words, size_t at,
                                        const ActorVocabulary& v) {
  std::vector<std::string> out;
  for (const auto& [holder, body] : v.offices) {
    if (!OpensWith(words, at, holder)) continue;
    at += holder.size();
    if (!OpensWith(words, at, body)) out = body;
    break;
  }
  for (size_t k = at; k < words.size() && out.size() < kActorWords && !IsModal(words, k, v); ++k)
    out.push_back(words[k].text);
  return out;
}

}  // namespace

std::vector<std::string> NamedActor(std::string_view text, const ActorVocabulary& words) {
  if (words.empty() || !MayNameActor(text, words)) return {};
  return NamedActorReadWhole(text, words);
}

std::vector<std::string> NamedActorReadWhole(std::string_view text, const ActorVocabulary& v) {
  if (v.empty()) return {};
  std::vector<Word> words =
      LeadingWords(text, kAdverbialWords + v.agent_within + v.words_before_head + kActorWords + 3);
  size_t at = SubjectStart(words, v);
  if (at < words.size() && v.plurals.count(words[at].text)) ++at;
  if (!SubjectNamesActor(words, at, v)) at = PassiveAgentStart(words, v);
  if (at == std::string::npos) return {};
  return ActorWordsFrom(words, at, v);
}

ActorAgreement CompareActors(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() != b.empty()) return ActorAgreement::kOther;
  if (a.empty()) return ActorAgreement::kUnknown;
  size_t same = 0;
  while (same < a.size() && same < b.size() && a[same] == b[same]) ++same;
  if (same == std::min(a.size(), b.size())) return ActorAgreement::kSame;
  if (same < 2) return ActorAgreement::kOther;
  return ActorAgreement::kUnknown;
}

}  // namespace congvan::align_internal
