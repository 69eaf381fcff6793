// libFuzzer entry point over the whole parse pipeline.
//
// Approach: the bytes go through ParseBytes three times — language detected,
// Vietnamese forced, English forced — so both grammars and the detector see
// every input. A parse may fail (bad encoding, empty input, limits); that is a
// Status, never a crash. On success every writer runs, and the properties the
// design promises on ANY input are checked: the JSON is valid (re-parsed with
// nlohmann) and the same value as the nlohmann DOM (DocumentToJson), the lossless property holds,
// and no exception escapes. A broken property aborts with a one-line reason, so libFuzzer saves the
// reproducer.
//
// The same file is linked into `parse_fuzz_replay` (fuzz/replay_main.cc), which
// the normal sanitized ctest build runs over the saved corpus in fuzz/corpus/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "congvan/document.h"
#include "congvan/parse.h"
#include "congvan/writers.h"

namespace {

const char* ModeName(std::optional<congvan::Language> lang) {
  return lang ? congvan::LanguageCode(*lang) : "auto";
}

void CheckOne(std::string_view bytes, std::optional<congvan::Language> lang) {
  // Names the language mode too, so a report says how to reproduce with the CLI.
  auto Violation = [lang](const char* what, const std::string& detail) {
    std::fprintf(stderr, "parse_fuzzer: --lang %s: %s: %s\n", ModeName(lang), what, detail.c_str());
    std::abort();
  };
  congvan::ParseOptions options;
  options.language = lang;
  congvan::Result<congvan::Document> doc = congvan::ParseBytes(bytes, "fuzz-input", options);
  if (!doc.ok()) {
    // Errors must say something.
    if (doc.status().message().empty()) Violation("error status", "empty message");
    return;
  }
  if (lang && doc->language != *lang) Violation("language", "forced language not kept");

  const std::string json = congvan::WriteJson(*doc);
  nlohmann::json reparsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (reparsed.is_discarded()) Violation("json", "WriteJson produced invalid JSON");
  if (!reparsed.contains("tasks") || !reparsed.contains("blocks")) {
    Violation("json", "missing 'tasks' or 'blocks'");
  }
  // The direct writer must say what the nlohmann DOM (the reference) says.
  if (reparsed != congvan::DocumentToJson(*doc))
    Violation("json", "WriteJson differs from DocumentToJson");

  const std::string outline = congvan::WriteOutline(*doc);
  (void)outline;

  const std::string lossless = congvan::CheckLossless(*doc);
  if (!lossless.empty()) Violation("lossless", lossless);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckOne(bytes, std::nullopt);
  CheckOne(bytes, congvan::Language::kVietnamese);
  CheckOne(bytes, congvan::Language::kEnglish);
  return 0;
}
