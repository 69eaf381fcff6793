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
// of a matched change is computed afterwards from the changes' texts alone,
// and AlignAuto stores it on the change (Change::concept_delta).
#include "congvan/cross_language.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>

#include "align/features.h"
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

// The grammars of every language (typed numbers and dates are read with
// all of them: a pair of texts holds two languages), or none when they do
// not load — parsing has already reported that.
const std::vector<std::shared_ptr<const Grammar>>& Grammars() {
  static const auto* grammars = [] {
    auto loaded = AllGrammars();
    return new std::vector<std::shared_ptr<const Grammar>>(
        loaded.ok() ? std::move(loaded.value()) : std::vector<std::shared_ptr<const Grammar>>{});
  }();
  return *grammars;
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

// A "giai đoạn 2021 - 2025" and "the 2021–2025 period" are already the same
// period anchor (the aligner's PeriodRe accepts any dash and spaces).

}  // namespace

std::vector<std::string> LanguageNeutralAnchors(std::string_view text) {
  std::vector<std::string> keys;
  KeySink sink(&keys);
  align_internal::ExtractAnchors(text, &sink);
  bool has_digit =
      std::any_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  for (const auto& grammar : Grammars()) {
    // Typed numbers: a number counts only after a word that says what it
    // numbers (the grammar's typed-number patterns, the type as value).
    for (auto& m : grammar->FindMeta("typed-number", text)) {
      keys.push_back("a:t" + m.groups["value"] + ":" + FoldKey(m.groups["n"]));
    }
    if (!has_digit) continue;
    for (auto& m : grammar->FindMeta("date-mention", text)) {
      auto month = m.groups.find("month");
      int mo = month == m.groups.end() ? GroupNumber(m.groups, "m") : grammar->MonthNumber(month->second);
      std::string k = DateKey(GroupNumber(m.groups, "y"), mo, GroupNumber(m.groups, "d"));
      if (!k.empty()) keys.push_back(k);
    }
  }
  return keys;
}

ConceptFeatureExtractor::ConceptFeatureExtractor(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

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
  for (std::string& key : LanguageNeutralAnchors(text)) {
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
  o.extra_features.push_back(std::make_shared<ConceptFeatureExtractor>(std::move(lexicon)));
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
  auto loaded = Lexicon::Load(DefaultLexiconPath());
  if (!loaded.ok()) return loaded.status();
  cached = *loaded;
  return cached;
}

Alignment AlignAuto(const Document& old_doc, const Document& new_doc, AlignOptions base,
                    std::shared_ptr<const Lexicon> lexicon) {
  if (old_doc.language == new_doc.language) return Align(old_doc, new_doc, base);
  if (!lexicon) {
    auto loaded = DefaultLexicon();
    if (!loaded.ok()) {
      Alignment failed;
      failed.error = "cannot load the bilingual lexicon: " + loaded.status().ToString();
      return failed;
    }
    lexicon = *loaded;
  }
  AlignOptions options = CrossLanguageAlignOptions(lexicon, std::move(base));
  Alignment alignment = Align(old_doc, new_doc, options);
  // No word redline can say what a translated task changed; its concepts can.
  for (ConceptDelta& d : ConceptDeltas(alignment, old_doc.language, new_doc.language, *lexicon)) {
    Change& c = alignment.changes[static_cast<size_t>(d.change_index)];
    c.concept_delta = std::move(d);
  }
  return alignment;
}

namespace {

// concept index → distinct surface forms in text order.
using FormsByConcept = std::map<int, std::vector<std::string>>;

void CollectForms(std::string_view text, Language lang, const Lexicon& lexicon, FormsByConcept* out,
                  std::vector<int>* order) {
  for (const ConceptHit& hit : lexicon.Match(text, lang)) {
    if (hit.concept_index < 0 || hit.end > text.size() || hit.begin >= hit.end) continue;
    auto [it, inserted] = out->try_emplace(hit.concept_index);
    if (inserted) order->push_back(hit.concept_index);
    std::string form(text.substr(hit.begin, hit.end - hit.begin));
    if (std::find(it->second.begin(), it->second.end(), form) == it->second.end()) {
      it->second.push_back(std::move(form));
    }
  }
}

std::string Join(const std::vector<NodeRef>& nodes) {
  std::string s;
  for (const NodeRef& n : nodes) {
    if (!s.empty()) s += '\n';
    s += n.text;
  }
  return s;
}

}  // namespace

ConceptDelta ConceptDeltaOf(std::string_view old_text, Language old_language,
                            std::string_view new_text, Language new_language,
                            const Lexicon& lexicon) {
  FormsByConcept old_forms, new_forms;
  std::vector<int> old_order, new_order;
  CollectForms(old_text, old_language, lexicon, &old_forms, &old_order);
  CollectForms(new_text, new_language, lexicon, &new_forms, &new_order);
  ConceptDelta delta;
  auto mention = [&](int c) {
    ConceptMention m;
    m.concept_id = lexicon.concept_id(c);
    m.domain = lexicon.domain(c);
    if (auto it = old_forms.find(c); it != old_forms.end()) m.old_forms = it->second;
    if (auto it = new_forms.find(c); it != new_forms.end()) m.new_forms = it->second;
    return m;
  };
  for (int c : new_order) {
    (old_forms.count(c) ? delta.kept : delta.added).push_back(mention(c));
  }
  for (int c : old_order) {
    if (!new_forms.count(c)) delta.removed.push_back(mention(c));
  }
  return delta;
}

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

std::vector<ConceptDelta> ConceptDeltas(const Alignment& alignment, Language old_language,
                                        Language new_language, const Lexicon& lexicon) {
  std::vector<ConceptDelta> out;
  for (size_t i = 0; i < alignment.changes.size(); ++i) {
    const Change& c = alignment.changes[i];
    if (c.old_nodes.empty() || c.new_nodes.empty()) continue;
    ConceptDelta d =
        ConceptDeltaOf(Join(c.old_nodes), old_language, Join(c.new_nodes), new_language, lexicon);
    d.change_index = static_cast<int>(i);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace congvan

namespace congvan {

namespace {

// Vietnamese words are written as separate syllables ("ngư dân", "tàu cá"): two
// uncovered syllables next to each other (only spaces between) are also a
// candidate word.
void AddSyllablePairs(std::string_view text, std::set<std::string>* uncovered) {
  if (uncovered->empty()) return;
  std::string prev;
  bool adjacent = false;
  std::vector<std::string> pairs;
  for (const WordToken& t : WordTokens(text)) {
    std::string_view piece = text.substr(t.begin, t.end - t.begin);
    if (!t.is_word) {
      adjacent = !prev.empty() && piece.find_first_not_of(' ') == std::string_view::npos;
      if (!adjacent) prev.clear();
      continue;
    }
    std::string word = FoldCase(piece);
    if (uncovered->count(word)) {
      if (adjacent && !prev.empty()) pairs.push_back(prev + " " + word);
      prev = word;
    } else {
      prev.clear();
    }
    adjacent = false;
  }
  uncovered->insert(pairs.begin(), pairs.end());
}

}  // namespace

std::vector<TermCandidate> LearnTermCandidates(const std::vector<AlignedPair>& pairs,
                                               const Lexicon& lexicon,
                                               const TermLearnOptions& options) {
  std::map<std::string, int> vi_count, en_count;
  std::map<std::pair<std::string, std::string>, int> both;
  std::map<std::pair<std::string, std::string>, std::string> example;
  for (const AlignedPair& p : pairs) {
    if (!p.alignment || p.old_language == p.new_language) continue;
    bool old_is_vi = p.old_language == Language::kVietnamese;
    for (const Change& c : p.alignment->changes) {
      if (c.old_nodes.size() != 1 || c.new_nodes.size() != 1) continue;
      if (c.op != ChangeOp::kReworded && c.op != ChangeOp::kMoved && c.op != ChangeOp::kUnchanged) {
        continue;
      }
      if (c.similarity < options.min_similarity) continue;
      const NodeRef& vi_node = old_is_vi ? c.old_nodes[0] : c.new_nodes[0];
      const NodeRef& en_node = old_is_vi ? c.new_nodes[0] : c.old_nodes[0];
      auto vi_words = lexicon.UncoveredWords(vi_node.text, Language::kVietnamese);
      auto en_words = lexicon.UncoveredWords(en_node.text, Language::kEnglish);
      std::set<std::string> vs(vi_words.begin(), vi_words.end());
      AddSyllablePairs(vi_node.text, &vs);
      std::set<std::string> es(en_words.begin(), en_words.end());
      for (const std::string& v : vs) ++vi_count[v];
      for (const std::string& e : es) ++en_count[e];
      for (const std::string& v : vs) {
        for (const std::string& e : es) {
          auto key = std::make_pair(v, e);
          if (both[key]++ == 0) {
            example[key] = c.old_nodes[0].path + " ↔ " + c.new_nodes[0].path;
          }
        }
      }
    }
  }
  std::vector<TermCandidate> out;
  for (const auto& [key, n] : both) {
    if (n < options.min_pairs) continue;
    TermCandidate t;
    t.vi = key.first;
    t.en = key.second;
    t.pairs = n;
    t.vi_pairs = vi_count[key.first];
    t.en_pairs = en_count[key.second];
    t.dice = 2.0 * n / double(t.vi_pairs + t.en_pairs);
    if (t.dice < options.min_dice) continue;
    t.example = example[key];
    out.push_back(std::move(t));
  }
  std::sort(out.begin(), out.end(), [](const TermCandidate& a, const TermCandidate& b) {
    if (a.pairs != b.pairs) return a.pairs > b.pairs;
    if (a.dice != b.dice) return a.dice > b.dice;
    // Whole words before their syllables ("ngư dân" before "ngư").
    auto spaces = [](const std::string& s) { return std::count(s.begin(), s.end(), ' '); };
    if (spaces(a.vi) != spaces(b.vi)) return spaces(a.vi) > spaces(b.vi);
    if (a.vi != b.vi) return a.vi < b.vi;
    return a.en < b.en;
  });
  if (options.max_candidates >= 0 && out.size() > static_cast<size_t>(options.max_candidates)) {
    out.resize(static_cast<size_t>(options.max_candidates));
  }
  return out;
}

std::string WriteTermCandidatesTsv(const std::vector<TermCandidate>& candidates) {
  std::string out =
      "# Candidate vi-en term pairs for review, learned from confident cross-language\n"
      "# alignments (uncovered words that co-occur in corresponding tasks). NOT lexicon\n"
      "# entries: a curator checks each pair is true of the language in general before\n"
      "# adding it to grammars/lexicon/vi-en.tsv.\n"
      "#vi\ten\tpairs\tvi_pairs\ten_pairs\tdice\texample\n";
  for (const TermCandidate& t : candidates) {
    char dice[16];
    std::snprintf(dice, sizeof dice, "%.2f", t.dice);
    out += t.vi + "\t" + t.en + "\t" + std::to_string(t.pairs) + "\t" + std::to_string(t.vi_pairs) +
           "\t" + std::to_string(t.en_pairs) + "\t" + dice + "\t" + t.example + "\n";
  }
  return out;
}

}  // namespace congvan
