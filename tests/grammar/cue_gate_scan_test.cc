// The cue gate's literal scans (grammar/cue_gate.h: AVX2 and SSSE3 nibble
// tables, thirty-two or sixteen offsets at a time, and SSE2 compares of each
// wanted literal's first bytes, then the whole literal) answer exactly as
// the plain way: each alternative's condition read alone, its tail checked
// and its literal looked for with std::string_view::find. On every corpus line (and the unseen
// texts when $CONGVAN_UNSEEN_TEXTS is set) folded as the cue stage folds it, from each of its first
// thirty-two offsets (every alignment of the blocks), and on generated lines that put each literal
// at every offset of the first three blocks; a gate whose probe is broken on purpose must be
// caught.
#include <re2/re2.h>

#include <bit>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "grammar/cue_gate.h"
#include "grammar/lazy_regex.h"
#include "support/corpus.h"
#include "support/regex_options.h"

namespace congvan::grammar_internal {

// Reaches into a gate to break it on purpose.
struct CueGateTestPeer {
  // The first literal every line is asked (one of an alternative without a
  // tail: the placed lines end in no tail) has its first byte read as
  // another, in both scans' tables (the literals sharing its bucket lose
  // that nibble too).
  static void BreakFirstProbe(CueGate& gate) {
    REQUIRE(gate.untailed_literals_ != 0);
    const auto j = static_cast<size_t>(std::countr_zero(gate.untailed_literals_));
    const auto first = static_cast<uint8_t>(gate.literals_[j][0]);
    gate.probes_[j].bytes[0].fill(static_cast<uint8_t>(first ^ 0x20));
    gate.low_nibbles_[0][first & 0x0f] &= static_cast<uint8_t>(~(1u << (j % CueGate::kBuckets)));
  }
  static const std::vector<std::string>& Literals(const CueGate& gate) { return gate.literals_; }
  // The SSSE3 scan, sixteen offsets at a time, where the processor has AVX2.
  static void UseSsse3(CueGate& gate) { gate.use_avx2_ = false; }
  // The SSE2 scan, literal by literal, where the processor has SSSE3.
  static void UseSse2(CueGate& gate) { gate.use_avx2_ = gate.use_ssse3_ = false; }
  static bool UsesSsse3(const CueGate& gate) { return gate.use_ssse3_; }
  static bool UsesAvx2(const CueGate& gate) { return gate.use_avx2_; }
};

}  // namespace congvan::grammar_internal

using congvan::Grammar;
using congvan::Language;
using congvan::grammar_internal::AnchoredAtStart;
using congvan::grammar_internal::BetterBehindGate;
using congvan::grammar_internal::CueCondition;
using congvan::grammar_internal::CueGate;
using congvan::grammar_internal::CueGateTestPeer;
using congvan::grammar_internal::ReadCueCondition;
using congvan::grammar_internal::TopLevelAlternatives;

namespace {

// A gate and, beside it, the conditions of what it holds, read one by one.
struct GateAndPlain {
  CueGate gate;
  std::vector<std::optional<CueCondition>> conditions;  // nullopt: always open
  // The plain answer: some alternative's condition holds.
  bool MayMatch(std::string_view line) const {
    for (const auto& c : conditions) {
      if (!c || c->MayMatch(line)) return true;
    }
    return false;
  }
};

// The grammar's two gates as the loader fills them: the floating
// alternatives' and the long anchored ones'.
std::vector<GateAndPlain> GatesOf(const Grammar& g) {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  std::vector<GateAndPlain> gates(2);
  for (const Grammar::RoleCue& cue : g.role_cues()) {
    std::vector<std::string_view> alternatives = TopLevelAlternatives(cue.pattern);
    if (alternatives.empty()) alternatives = {cue.pattern};
    for (std::string_view a : alternatives) {
      bool long_anchored = BetterBehindGate(a, options);
      if (!long_anchored && AnchoredAtStart(a)) continue;
      GateAndPlain& to = gates[long_anchored ? 1 : 0];
      to.gate.Add(a, options);
      to.conditions.push_back(ReadCueCondition(a, options));
    }
  }
  return gates;
}

// Every line of the corpus and unseen texts, folded for the cues.
std::vector<std::string> FoldedLines() {
  std::vector<std::string> lines;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) lines.push_back(congvan::FoldEndsForCues(line));
  }
  return lines;
}

// Lines that hold one literal at every offset of the first three 32-byte
// blocks, amid bytes no literal begins with, and lines of just the literal's start.
std::vector<std::string> PlacedLiterals(const std::vector<std::string>& literals) {
  std::vector<std::string> lines;
  for (const std::string& literal : literals) {
    for (size_t at = 0; at < 100; ++at) {
      for (size_t after : {0, 1, 2, 17, 40}) {
        lines.push_back(std::string(at, 'q') + literal + std::string(after, 'q'));
      }
    }
    for (size_t k = 1; k < literal.size(); ++k) lines.push_back(literal.substr(0, k));
  }
  return lines;
}

// The first line (at some offset) where the gate and the plain way differ.
std::optional<std::string> FirstDisagreement(const GateAndPlain& g,
                                             const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    for (size_t offset = 0; offset < 32 && offset <= line.size(); ++offset) {
      std::string_view at = std::string_view(line).substr(offset);
      const bool plain = g.MayMatch(at);
      if (g.gate.MayMatch(at) != plain || g.gate.MayMatchEntryByEntry(at) != plain)
        return std::string(at);
    }
  }
  return std::nullopt;
}

// The scan this processor takes, then SSSE3's, then SSE2's, each answer as
// the plain search on `lines` and on lines placing each literal everywhere.
void CheckEveryScanAgrees(GateAndPlain& g, const std::vector<std::string>& lines) {
  const auto& literals = CueGateTestPeer::Literals(g.gate);
  for (int narrower = 0; narrower < 3; ++narrower) {
    if (narrower == 1) CueGateTestPeer::UseSsse3(g.gate);
    if (narrower == 2) CueGateTestPeer::UseSse2(g.gate);
    INFO("AVX2: " << CueGateTestPeer::UsesAvx2(g.gate));
    INFO("SSSE3: " << CueGateTestPeer::UsesSsse3(g.gate));
    std::optional<std::string> differs = FirstDisagreement(g, lines);
    INFO("on: " << differs.value_or(""));
    CHECK_FALSE(differs);
    differs = FirstDisagreement(g, PlacedLiterals(literals));
    INFO("on: " << differs.value_or(""));
    CHECK_FALSE(differs);
  }
}

}  // namespace

TEST_CASE("the cue gate's scan answers as the plain search, on every line", "[grammar][cue_gate]") {
  const std::vector<std::string> lines = FoldedLines();
  REQUIRE(lines.size() > 10000);
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    for (GateAndPlain& g : GatesOf(**loaded)) {
      const auto& literals = CueGateTestPeer::Literals(g.gate);
      REQUIRE(literals.size() < 64);  // every literal has its place: the answers are equal
      CheckEveryScanAgrees(g, lines);
    }
  }
}

TEST_CASE("a cue gate whose scan is broken is caught", "[grammar][cue_gate]") {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), Language::kVietnamese);
  REQUIRE(loaded.ok());
  std::vector<GateAndPlain> gates = GatesOf(**loaded);
  GateAndPlain& floating = gates[0];
  const std::vector<std::string> placed = PlacedLiterals(CueGateTestPeer::Literals(floating.gate));
  REQUIRE_FALSE(FirstDisagreement(floating, placed));
  CueGateTestPeer::BreakFirstProbe(floating.gate);  // both scans read it
  CHECK(FirstDisagreement(floating, placed));
  CHECK(FirstDisagreement(floating, FoldedLines()));  // real lines hold the literal too
  CueGateTestPeer::UseSsse3(floating.gate);
  CHECK(FirstDisagreement(floating, placed));
  CueGateTestPeer::UseSse2(floating.gate);
  CHECK(FirstDisagreement(floating, placed));
}

// A user grammar may have any number of floating cues: past eight literals
// the nibble scan puts two in a bucket (literal j in bucket j % 8), which may
// only let more offsets through to the whole compare. The vi grammar's
// floating alternatives and six more, one of them with its choices away from
// its literal (the gate once let a line holding a choice through without it:
// "… (sua doi) nhu sau:" against "\bboi\s*:$" with "(sua doi|bo sung)").
TEST_CASE("a cue gate of more than eight literals answers as the plain search",
          "[grammar][cue_gate]") {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), Language::kVietnamese);
  REQUIRE(loaded.ok());
  std::vector<GateAndPlain> gates = GatesOf(**loaded);
  GateAndPlain& g = gates[0];
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  for (const char* more :
       {R"(\bcan cu ban hanh\s*nhu sau\s*:$)",
        R"(\b(?:sua doi|bo sung|thay the|bai bo)\b[^:]{0,40}\bboi\s*:$)", R"(\bnhu sau\s*:$)",
        R"(\bquy dinh tai\b)", R"(\bthong tu so \d+)", R"(\bhieu luc thi hanh\b)"}) {
    g.gate.Add(more, options);
    g.conditions.push_back(ReadCueCondition(more, options));
  }
  const auto& literals = CueGateTestPeer::Literals(g.gate);
  REQUIRE(literals.size() > 8);
  REQUIRE(literals.size() < 64);
  const std::vector<std::string> lines = FoldedLines();
  CheckEveryScanAgrees(g, lines);
}
