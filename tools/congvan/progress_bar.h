// A one-line progress bar on standard error for long batch runs: files and
// megabytes done out of the total, the rate, and the time left. It draws
// only when standard error is a terminal; otherwise every call is silent, so
// logs and pipes never see carriage returns.
#ifndef CONGVAN_TOOLS_PROGRESS_BAR_H_
#define CONGVAN_TOOLS_PROGRESS_BAR_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace congvan::cli {

class ProgressBar {
 public:
  // `enabled` false: nothing is ever drawn (see StderrIsTerminal()).
  ProgressBar(std::size_t total_files, std::uintmax_t total_bytes, bool enabled);

  // Records progress and redraws, at most ten times a second.
  void Update(std::size_t files_done, std::uintmax_t bytes_done);
  // Prints `line` (with a newline) on stderr above the bar.
  void Message(const std::string& line);
  // Draws the final state and ends the bar's line; Message still works after.
  void Finish();

  // The bar's text for a state, without control characters:
  // "[#####     ] 120/301 files  45.2/210.0 MB  3.1 MB/s  ETA 0:53".
  static std::string Render(std::size_t files_done, std::size_t total_files,
                            std::uintmax_t bytes_done, std::uintmax_t total_bytes, double seconds);

 private:
  void Draw();
  void Clear();

  std::size_t total_files_;
  std::uintmax_t total_bytes_;
  bool enabled_;
  bool drawn_ = false;
  std::size_t files_done_ = 0;
  std::uintmax_t bytes_done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when standard error is a terminal.
bool StderrIsTerminal();

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_PROGRESS_BAR_H_
