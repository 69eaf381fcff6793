// Cross-language alignment: the aligner of aligner.cc, fed through its hooks.
//
// A Vietnamese task and its English translation share almost no word, so the
// evidence has to come from what survives translation. Every task gets the
// concepts the bilingual lexicon finds in it ("c:<id>"; the aligner's IDF
// makes rare concepts count more, and generic verbs/qualities are halved on
// top of that) and the language-neutral anchors (the aligner's own period,
// year, percentage and document-number anchors, re-emitted at a higher weight,
// plus dates and typed numbers such as Điều 3 = Article 3). The weights are
// high enough that these features dominate each task's vector norm, so the
// cosine of two translations is not drowned by the words that cannot meet.
// The score leans on structure more than DefaultScore does. The concept delta
// of a matched change (concept_delta.cc) is computed afterwards from the
// changes' texts alone, and AlignAuto stores it on the change
// (Change::concept_delta). Learning new terms from aligned pairs is
// term_learning.cc.
#include "congvan/cross_language.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "align/features.h"
#include "congvan/grammar_dir.h"
#include "congvan/parse.h"
#include "congvan/text_fold.h"

namespace congvan {
namespace {

// Collects anchor keys from the aligner's own anchor extractor.
class KeySink : public align_internal::FeatureSink {
 public:
  explicit KeySink(std::vector<std::string>* out) : out_(out) {}
  void Add(std::string_view key, double) override { out_->emplace_back(key); }

 private:
  std::vector<std::string>* out_;
};

bool IsGenericDomain(const std::string& domain) {
  return domain == "verb" || domain == "quality" || domain == "time" || domain == "general";
}

// The grammars of every language in `grammar_dir` (typed numbers and dates
// are read with all of them: a pair of texts holds two languages), or none
// when they do not load — parsing has already reported that. Loaded once per
// directory for the process.
const std::vector<std::shared_ptr<const Grammar>>& Grammars(const std::string& grammar_dir) {
  static std::mutex mutex;
  static auto* cache = new std::map<std::string, std::vector<std::shared_ptr<const Grammar>>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache->find(grammar_dir);
  if (it != cache->end()) return it->second;
  auto loaded = AllGrammars(grammar_dir);
  return cache
      ->emplace(grammar_dir, loaded.ok() ? std::move(loaded.value())
                                         : std::vector<std::shared_ptr<const Grammar>>{})
      .first->second;
}

int GroupNumber(const std::map<std::string, std::string>& groups, const char* name) {
  auto it = groups.find(name);
  return it == groups.end() ? 0 : std::atoi(it->second.c_str());
}

std::string DateKey(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "a:d%04d-%02d-%02d", y, m, d);
  return buf;
}

// The number of a typed number, folded ("II", "ii" → "ii"). The Vietnamese
// legal alphabet's đ is written dd in English translations (en.xml's
// en-legal-letters), so điểm đ is "dd" on both sides; folded it would be d,
// another point.
std::string NumberKey(const std::string& n) {
  if (n == "đ" || n == "Đ") return "dd";
  return FoldKey(n);
}

// A "giai đoạn 2021 - 2025" and "the 2021–2025 period" are already the same
// period anchor (the aligner's PeriodRe accepts any dash and spaces).

}  // namespace

std::vector<std::string> LanguageNeutralAnchors(std::string_view text,
                                                const std::string& grammar_dir) {
  std::vector<std::string> keys;
  KeySink sink(&keys);
  align_internal::ExtractAnchors(text, &sink);
  bool has_digit =
      std::any_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  for (const auto& grammar : Grammars(grammar_dir)) {
    // Typed numbers: a number counts only after a word that says what it
    // numbers (the grammar's typed-number patterns, the type as value).
    for (auto& m : grammar->FindMeta("typed-number", text)) {
      keys.push_back("a:t" + m.groups["value"] + ":" + NumberKey(m.groups["n"]));
    }
    if (!has_digit) continue;
    for (auto& m : grammar->FindMeta("date-mention", text)) {
      auto month = m.groups.find("month");
      int mo = month == m.groups.end() ? GroupNumber(m.groups, "m")
                                       : grammar->MonthNumber(month->second);
      std::string k = DateKey(GroupNumber(m.groups, "y"), mo, GroupNumber(m.groups, "d"));
      if (!k.empty()) keys.push_back(k);
    }
  }
  return keys;
}

ConceptFeatureExtractor::ConceptFeatureExtractor(std::shared_ptr<const Lexicon> lexicon,
                                                 std::string grammar_dir)
    : lexicon_(std::move(lexicon)), grammar_dir_(std::move(grammar_dir)) {}

void ConceptFeatureExtractor::Extract(std::string_view text, Language language,
                                      std::vector<WeightedFeature>* out) const {
  if (lexicon_) {
    for (const ConceptHit& hit : lexicon_->Match(text, language)) {
      if (hit.concept_index < 0 || hit.concept_index >= lexicon_->concept_count()) continue;
      double w = IsGenericDomain(lexicon_->domain(hit.concept_index)) ? kGenericConceptWeight
                                                                      : kConceptWeight;
      out->push_back({"c:" + lexicon_->concept_id(hit.concept_index), w});
    }
  }
  for (std::string& key : LanguageNeutralAnchors(text, grammar_dir_)) {
    // A bare year says little (every task of a yearly guidance names one);
    // periods, document numbers, dates and typed numbers say much.
    double w = key.rfind("a:y", 0) == 0 ? kCrossYearWeight : kCrossAnchorWeight;
    out->push_back({std::move(key), w});
  }
}

double CrossLanguageScore(const PairEvidence& e, const AlignOptions& o) {
  if (!e.cross_language) return DefaultScore(e, o);
  double s = e.text_similarity;
  if (e.parents_aligned) s += o.parent_bonus;
  if (e.parents_conflict) s -= o.parent_conflict_penalty;
  s += o.position_bonus * (1.0 - e.position_delta);
  if (e.same_depth && e.same_ordinal) s += 2 * o.ordinal_bonus;
  return s;
}

AlignOptions CrossLanguageAlignOptions(std::shared_ptr<const Lexicon> lexicon, AlignOptions base) {
  AlignOptions o = std::move(base);
  o.extra_features.push_back(
      std::make_shared<ConceptFeatureExtractor>(std::move(lexicon), o.grammar_dir));
  o.score = CrossLanguageScore;
  // Thresholds still at their same-language defaults take the cross-language
  // values; a threshold the caller set (e.g. `congvan diff --match-min`) stays.
  const AlignOptions defaults;
  auto adopt = [](double* target, double same_language_default, double cross) {
    if (*target == same_language_default) *target = cross;
  };
  adopt(&o.match_min, defaults.match_min, kCrossMatchMin);
  adopt(&o.reworded_min, defaults.reworded_min, kCrossRewordedMin);
  adopt(&o.piece_similarity_min, defaults.piece_similarity_min, kCrossPieceSimilarityMin);
  adopt(&o.clause_match_min, defaults.clause_match_min, kCrossClauseMatchMin);
  adopt(&o.split_piece_min, defaults.split_piece_min, kCrossPieceContainedMin);
  adopt(&o.merge_piece_min, defaults.merge_piece_min, kCrossPieceContainedMin);
  o.compute_redlines = false;
  return o;
}

Result<std::shared_ptr<const Lexicon>> DefaultLexicon() {
  static std::mutex mu;
  static std::shared_ptr<const Lexicon> cached;
  std::lock_guard<std::mutex> lock(mu);
  if (cached) return cached;
  // No grammar directory: say where it was looked for, not "cannot open /lexicon/…".
  if (auto dir = FindGrammarDir(); !dir.ok()) return dir.status();
  auto loaded = Lexicon::Load(DefaultLexiconPath());
  if (!loaded.ok()) return loaded.status();
  cached = *loaded;
  return cached;
}

Result<Alignment> AlignAuto(const Document& old_doc, const Document& new_doc, AlignOptions base,
                            std::shared_ptr<const Lexicon> lexicon) {
  if (old_doc.language == new_doc.language) return Align(old_doc, new_doc, base);
  if (!lexicon) {
    auto loaded = DefaultLexicon();
    if (!loaded.ok()) {
      const Status& s = loaded.status();
      return Status::Error(s.code(), "cannot load the bilingual lexicon: " + s.ToString());
    }
    lexicon = *loaded;
  }
  AlignOptions options = CrossLanguageAlignOptions(lexicon, std::move(base));
  Result<Alignment> aligned = Align(old_doc, new_doc, options);
  if (!aligned.ok()) return aligned;
  Alignment alignment = std::move(aligned).value();
  // No word redline can say what a translated task changed; its concepts can.
  for (ConceptDelta& d : ConceptDeltas(alignment, old_doc.language, new_doc.language, *lexicon)) {
    Change& c = alignment.changes[static_cast<size_t>(d.change_index)];
    c.concept_delta = std::move(d);
  }
  return alignment;
}

}  // namespace congvan
