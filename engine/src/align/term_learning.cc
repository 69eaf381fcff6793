// Term learning (congvan/cross_language.h LearnTermCandidates): new lexicon
// entries proposed from aligned Vietnamese/English task pairs.
//
// Approach: in each aligned pair, the words (and, in Vietnamese, adjacent
// syllable pairs) that no lexicon concept covers are counted on each side
// and together; a Vietnamese/English pair of uncovered terms that co-occurs
// in enough aligned pairs, and rarely apart, is a candidate, ranked by its
// association (Dice). Candidates are written as TSV for a person to review
// before they enter the lexicon.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "congvan/cross_language.h"
#include "congvan/text_fold.h"

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
