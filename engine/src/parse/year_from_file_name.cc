// YearFromFileName(): the year a file's name gives, for texts that name none
// themselves (web copies that start at "Kính gửi:", OCR that lost the date).
//
// Approach: the first run of exactly four ASCII digits in the last path
// component that reads as a year 1900–2099 ("2021-vi-dispatch.txt"); longer
// digit runs (document numbers, dates written 20210315) are not years.
// `congvan timeline` and `congvan index` both use it, so a file is dated the
// same way by both.
#include <optional>
#include <string>
#include <string_view>

#include "congvan/parse.h"
#include "text/ascii_chars.h"

namespace congvan {
namespace {

using text::IsAsciiDigit;

}  // namespace

std::optional<int> YearFromFileName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (size_t i = 0; i < name.size();) {
    if (!IsAsciiDigit(name[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < name.size() && IsAsciiDigit(name[j])) ++j;
    if (j - i == 4) {
      int year = std::stoi(std::string(name.substr(i, 4)));
      if (year >= 1900 && year <= 2099) return year;
    }
    i = j;
  }
  return std::nullopt;
}

}  // namespace congvan
