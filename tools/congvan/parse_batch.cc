// Batch parsing (parse_batch.h). Approach: the inputs are expanded first
// (so the progress bar knows the total), then RunOrdered (ordered_pool.h)
// parses them on `jobs` threads — the engine's parse is thread-safe: grammars
// and tables are loaded once under a mutex and shared read-only, RE2 and ICU
// are thread-safe — and the calling thread writes each record as soon as it
// and all before it are done, so memory holds a few documents, not the run.
// The output goes through EmitStream: to a file it is written to a temporary
// file renamed at the end, so a run that dies leaves the temporary file or
// nothing, never a partial file under the output's name.
#include "parse_batch.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "batch_inputs.h"
#include "command.h"
#include "congvan/writers.h"
#include "ordered_pool.h"
#include "progress_bar.h"

namespace congvan::cli {
namespace {

// A failed input's record.
std::string ErrorRecord(const std::string& source, const std::string& error) {
  nlohmann::ordered_json record;
  record["source"] = source;
  record["error"] = error;
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// One input → its JSON line; `error` is set when the input failed. Never
// throws.
std::string ParseToLine(const BatchInput& input, const ParseOptions& options, std::string* error) {
  *error = input.error;
  if (error->empty()) {
    try {
      auto doc = ParseInput(input.path, options);
      if (doc.ok()) {
        std::ostringstream line;
        WriteJsonLine(*doc, line);
        return line.str();
      }
      *error = doc.status().ToString();
    } catch (const std::exception& e) {  // library surprises; the engine does not throw on input
      *error = input.path + ": internal error: " + e.what();
    }
  }
  return ErrorRecord(input.path == "-" ? kStandardInputName : input.path, *error);
}

std::string Summary(std::size_t inputs, std::size_t failed, std::uintmax_t bytes, double seconds) {
  char text[256];
  double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::snprintf(text, sizeof text,
                "congvan: parse --jsonl: %zu input%s, %zu parsed, %zu failed; %.1f MB in %.1f s "
                "(%.1f files/s, %.1f MB/s)",
                inputs, inputs == 1 ? "" : "s", inputs - failed, failed, mb, seconds,
                seconds > 0 ? static_cast<double>(inputs) / seconds : 0.0,
                seconds > 0 ? mb / seconds : 0.0);
  return text;
}

}  // namespace

int RunParseBatch(const std::vector<std::string>& args, const BatchOptions& options) {
  const std::vector<BatchInput> inputs = ExpandBatchInputs(args);
  if (inputs.empty())
    return Fail(kExitInputError, "parse: no input files in the directories given");
  std::vector<std::string> paths;
  for (const BatchInput& input : inputs) paths.push_back(input.path);
  // -o may sit in a directory being parsed (a second run over the same folder).
  if (auto exit = RefuseOverwritingInput("parse", options.output, paths)) return *exit;
  std::uintmax_t total_bytes = 0;
  for (const BatchInput& input : inputs) total_bytes += input.bytes;

  auto start = std::chrono::steady_clock::now();
  ProgressBar bar(inputs.size(), total_bytes, options.progress);
  std::atomic<std::size_t> files_done{0};
  std::atomic<std::uintmax_t> bytes_done{0};
  std::size_t failed = 0;
  // One slot per input, written by the worker that parses it and read after
  // its delivery (the pool's mutex orders the two).
  std::vector<std::string> errors(inputs.size());

  auto work = [&](std::size_t i) {
    std::string line = ParseToLine(inputs[i], options.parse, &errors[i]);
    bytes_done += inputs[i].bytes;
    ++files_done;
    return line;
  };
  auto tick = [&] { bar.Update(files_done, bytes_done); };
  bool ran = false;  // false: the output could not even be opened, nothing was parsed
  int exit = EmitStream(options.output, [&](std::ostream& out) -> std::string {
    ran = true;
    auto deliver = [&](std::size_t i, std::string& line) {
      if (!errors[i].empty()) {
        ++failed;
        bar.Message("congvan: " + errors[i]);
      }
      out << line;
    };
    RunOrdered(inputs.size(), {.jobs = options.jobs}, work, deliver, tick);
    if (out) return "";
    const bool to_stdout = options.output.empty() || options.output == "-";
    return (to_stdout ? std::string("standard output") : options.output) + ": write failed";
  });
  bar.Finish();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (ran) std::cerr << Summary(inputs.size(), failed, total_bytes, seconds) << "\n";
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitInputError : kExitOk;
}

}  // namespace congvan::cli
