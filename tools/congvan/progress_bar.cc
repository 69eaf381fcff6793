// Progress bar (progress_bar.h). Approach: Render() formats the state as
// plain text; drawing is "\r" + that text + "erase to end of line", so the
// bar rewrites itself in place; a message first erases the bar, prints its
// line and lets the next Update draw the bar again below it. The rate is
// bytes per second since the start (files vary too much in size for a files
// rate to predict the end), and the ETA is the bytes left at that rate.
#include "progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace congvan::cli {
namespace {

constexpr int kBarWidth = 24;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr double kMegabyte = 1024.0 * 1024.0;

std::string Format(const char* format, double a, double b = 0) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, a, b);
  return buffer;
}

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  }
  return buffer;
}

}  // namespace

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::size_t total_files, std::uintmax_t total_bytes, bool enabled)
    : total_files_(total_files),
      total_bytes_(total_bytes),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - kRedrawInterval) {}

std::string ProgressBar::Render(std::size_t files_done, std::size_t total_files,
                                std::uintmax_t bytes_done, std::uintmax_t total_bytes,
                                double seconds) {
  double fraction =
      total_bytes > 0   ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes)
      : total_files > 0 ? static_cast<double>(files_done) / static_cast<double>(total_files)
                        : 1.0;
  fraction = std::clamp(fraction, 0.0, 1.0);
  int filled = static_cast<int>(fraction * kBarWidth + 0.5);
  std::string text = "[" + std::string(static_cast<size_t>(filled), '#') +
                     std::string(static_cast<size_t>(kBarWidth - filled), ' ') + "] ";
  text += std::to_string(files_done) + "/" + std::to_string(total_files) + " files  ";
  text += Format("%.1f/%.1f MB", static_cast<double>(bytes_done) / kMegabyte,
                 static_cast<double>(total_bytes) / kMegabyte);
  double rate = seconds > 0 ? static_cast<double>(bytes_done) / seconds : 0;
  if (rate > 0) {
    text += Format("  %.1f MB/s", rate / kMegabyte);
    if (bytes_done < total_bytes) {
      text += "  ETA " + Duration(static_cast<double>(total_bytes - bytes_done) / rate);
    }
  }
  return text;
}

void ProgressBar::Update(std::size_t files_done, std::uintmax_t bytes_done) {
  files_done_ = files_done;
  bytes_done_ = bytes_done;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  Draw();
}

void ProgressBar::Message(const std::string& line) {
  Clear();
  std::cerr << line << "\n" << std::flush;
}

void ProgressBar::Finish() {
  if (!enabled_) return;
  Draw();
  std::cerr << "\n" << std::flush;
  drawn_ = false;
  enabled_ = false;
}

void ProgressBar::Draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::cerr << "\r" << Render(files_done_, total_files_, bytes_done_, total_bytes_, seconds)
            << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressBar::Clear() {
  if (!drawn_) return;
  std::cerr << "\r\x1b[K";
  drawn_ = false;
  last_draw_ = std::chrono::steady_clock::now() - kRedrawInterval;  // redraw at the next update
}

}  // namespace congvan::cli
