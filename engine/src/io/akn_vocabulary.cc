// The AKN vocabulary (io/akn_vocabulary.h). Tables are small and fixed by
// the AKN 3.0 naming convention; slugs fold with the engine's FoldKey (ICU),
// so "Đ" and "đ" become "d" as everywhere else in congvan.
#include "io/akn_vocabulary.h"

#include <unicode/locid.h>

#include <array>
#include <charconv>
#include <utility>

#include "congvan/text_fold.h"
#include "text/ascii_chars.h"

namespace congvan::akn {
using text::IsAsciiAlnum;
namespace {

constexpr std::array<std::string_view, 5> kLevels = {"part", "chapter", "section", "subsection",
                                                     "article"};

// AKN naming convention, "eId abbreviations" (AKN 3.0 Naming Convention,
// section 5.3); elements not listed there keep their own name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kEIdPrefixes = {{
    {"chapter", "chp"},
    {"article", "art"},
    {"paragraph", "para"},
    {"section", "sec"},
    {"subsection", "subsec"},
    {"part", "part"},
    {"point", "point"},
    {"indent", "indent"},
    {"list", "list"},
}};

// Kinds of legislation (AKN `act`), as CamelName folds the grammars' kind
// words: Vietnamese laws, codes, ordinances, decrees, circulars, joint
// circulars, resolutions and consolidated texts, and their English names.
constexpr std::array<std::string_view, 15> kLegislationKinds = {
    "luat",      "boLuat",        "phapLenh",  "nghiDinh", "thongTu",   "thongTuLienTich",
    "nghiQuyet", "vanBanHopNhat", "law",       "code",     "ordinance", "decree",
    "circular",  "jointCircular", "resolution"};

}  // namespace

std::string_view LocalName(std::string_view qualified) {
  size_t colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::optional<std::string> ElementForLevel(std::string_view level) {
  for (std::string_view l : kLevels) {
    if (l == level) return std::string(l);
  }
  return std::nullopt;
}

std::string LevelForElement(std::string_view element) {
  return ElementForLevel(element).value_or("");
}

std::string EIdPrefix(std::string_view element) {
  for (const auto& [name, prefix] : kEIdPrefixes) {
    if (name == element) return std::string(prefix);
  }
  return std::string(element);
}

std::string EIdComponent(std::string_view element, std::string_view own) {
  std::string out = EIdPrefix(element) + "_";
  for (char c : own) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    out.push_back(c == '#' || c == '.' || space ? '-' : c);
  }
  return out;
}

std::string Iso639_2(const std::string& code) {
  icu::Locale locale(code.c_str());
  const char* iso3 = locale.getISO3Language();
  return iso3 != nullptr && *iso3 != '\0' ? std::string(iso3) : code;
}

std::string Slug(std::string_view text) {
  std::string folded = FoldKey(text);
  std::string out;
  for (char c : folded) {
    if (IsAsciiAlnum(c)) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string CamelName(std::string_view text, const std::string& fallback) {
  std::string slug = Slug(text);
  std::string out;
  bool upper = false;
  for (char c : slug) {
    if (c == '-') {
      upper = !out.empty();
      continue;
    }
    if (out.empty() && c >= '0' && c <= '9') out.push_back('n');  // a name starts with a letter
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out.empty() ? fallback : out;
}

bool IsLegislationKind(std::string_view kind) {
  std::string name = CamelName(kind, "");
  for (std::string_view k : kLegislationKinds) {
    if (k == name) return true;
  }
  return false;
}

std::string FormatSpans(const LineSpans& spans) {
  std::string out;
  for (const LineSpan& s : spans) {
    if (!out.empty()) out += ",";
    out += std::to_string(s.first);
    if (s.last != s.first) {
      out += '-';
      out += std::to_string(s.last);
    }
  }
  return out;
}

std::string FormatLineBytes(const LineSpans& spans) {
  if (!spans.cut()) return "";
  std::string out = std::to_string(spans.from_byte()) + "-";
  if (spans.to_byte() != LineSpans::kLineEnd) out += std::to_string(spans.to_byte());
  return out;
}

bool ParseLineBytes(std::string_view text, LineSpans* spans) {
  const size_t dash = text.find('-');
  if (dash == std::string_view::npos || spans->empty()) return false;
  auto number = [](std::string_view digits, int* value) {
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
    return error == std::errc() && end == digits.data() + digits.size() && *value >= 0;
  };
  int from = 0;
  int to = LineSpans::kLineEnd;
  if (!number(text.substr(0, dash), &from)) return false;
  if (dash + 1 < text.size() && !number(text.substr(dash + 1), &to)) return false;
  if (to != LineSpans::kLineEnd && spans->size() == 1 &&
      spans->front().first == spans->back().last && to <= from) {
    return false;
  }
  spans->set_cut(from, to);
  return true;
}

std::optional<LineSpans> ParseSpans(std::string_view text) {
  LineSpans spans;
  auto number = [&text](int* value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    if (error != std::errc() || *value <= 0) return false;
    text.remove_prefix(static_cast<size_t>(end - text.data()));
    return true;
  };
  while (!text.empty()) {
    LineSpan s;
    if (!number(&s.first)) return std::nullopt;
    s.last = s.first;
    if (!text.empty() && text.front() == '-') {
      text.remove_prefix(1);
      if (!number(&s.last) || s.last < s.first) return std::nullopt;
    }
    spans.push_back(s);
    if (text.empty()) break;
    if (text.front() != ',') return std::nullopt;
    text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
  }
  return spans;
}

}  // namespace congvan::akn
