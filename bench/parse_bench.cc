// Parse throughput with Google Benchmark.
//
// Approach: the inputs are the real corpus texts, read once at start-up.
//   ParseToJson/<text>      one corpus text → Document → JSON (the target
//                           path), bytes/s = input bytes per second
//   Parse/<text>            the same without the JSON writer
//   ParseToJson/concat:NMB  all corpus texts concatenated to N MB as ONE
//                           document (how the parser scales with size), with
//                           the process's peak RSS as a counter
//   LoadGrammar/<lang>      loading + compiling one grammar (a fixed cost that
//                           every ParseBytes call may pay)
// tools/bench runs this and, separately, times the CLI on a >= 100 MB input
// with /usr/bin/time for wall time and peak memory.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "congvan/parse.h"
#include "congvan/writers.h"

namespace {

namespace fs = std::filesystem;

struct Text {
  std::string name;  // "2021-vi-dispatch"
  std::string bytes;
};

std::vector<Text> LoadCorpus() {
  std::vector<Text> texts;
  const fs::path root = fs::path(CONGVAN_SOURCE_DIR) / "corpus";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    texts.push_back(
        {entry.path().stem().string(), std::string(std::istreambuf_iterator<char>(in), {})});
  }
  std::sort(texts.begin(), texts.end(),
            [](const Text& a, const Text& b) { return a.name < b.name; });
  return texts;
}

// All corpus texts, separated by blank lines, repeated until >= `bytes`.
std::string Concatenate(const std::vector<Text>& texts, std::size_t bytes) {
  std::string round;
  for (const Text& t : texts) round += t.bytes + "\n\n";
  std::string out;
  out.reserve(bytes + round.size());
  while (out.size() < bytes) out += round;
  return out;
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
}

void ParseBench(benchmark::State& state, const std::string* bytes, bool to_json) {
  for (auto _ : state) {
    congvan::Result<congvan::Document> doc = congvan::ParseBytes(*bytes, "bench");
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      return;
    }
    if (to_json) {
      std::string json = congvan::WriteJson(*doc);
      benchmark::DoNotOptimize(json.data());
    }
    benchmark::DoNotOptimize(doc->tasks.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes->size()));
  state.counters["input_MB"] = static_cast<double>(bytes->size()) / 1e6;
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}

void LoadGrammarBench(benchmark::State& state, congvan::Language lang) {
  const std::string dir = congvan::DefaultGrammarDir();
  for (auto _ : state) {
    auto grammar = congvan::Grammar::LoadForLanguage(dir, lang);
    if (!grammar.ok()) {
      state.SkipWithError(grammar.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(grammar->get());
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  // Inputs live for the whole run; benchmarks borrow them by pointer.
  static const std::vector<Text> texts = LoadCorpus();
  if (texts.empty()) {
    std::fprintf(stderr, "parse_bench: no corpus texts under %s/corpus\n", CONGVAN_SOURCE_DIR);
    return 1;
  }
  static std::vector<std::pair<std::string, std::string>> concatenated;
  for (int mb : {1, 16}) {
    concatenated.emplace_back("concat:" + std::to_string(mb) + "MB",
                              Concatenate(texts, static_cast<std::size_t>(mb) * 1000000));
  }

  for (const Text& t : texts) {
    benchmark::RegisterBenchmark(("ParseToJson/" + t.name).c_str(), ParseBench, &t.bytes, true);
  }
  for (const Text& t : texts) {
    benchmark::RegisterBenchmark(("Parse/" + t.name).c_str(), ParseBench, &t.bytes, false);
  }
  for (const auto& [name, bytes] : concatenated) {
    benchmark::RegisterBenchmark(("ParseToJson/" + name).c_str(), ParseBench, &bytes, true)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RegisterBenchmark("LoadGrammar/vi", LoadGrammarBench, congvan::Language::kVietnamese);
  benchmark::RegisterBenchmark("LoadGrammar/en", LoadGrammarBench, congvan::Language::kEnglish);

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
