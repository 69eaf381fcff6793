// Stage 4 of parsing: document metadata.
//
// All patterns come from the grammar's <meta> section (named RE2 groups), so
// a new document family is a data change. The document's own number, date,
// issuer and year are looked for in the blocks before the body (letterhead,
// title, lead, preamble), in that order; cited documents anywhere. Dates are
// validated (OCR gives "ngày 46 tháng 22"), and the document's own number is
// not listed among the documents it cites.
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {
namespace {

std::string IsoDate(const Grammar& g, const std::map<std::string, std::string>& groups) {
  auto get = [&](const char* k) {
    auto it = groups.find(k);
    return it == groups.end() ? std::string() : it->second;
  };
  int d = std::atoi(get("d").c_str());
  int m = get("month").empty() ? std::atoi(get("m").c_str()) : g.MonthNumber(get("month"));
  int y = std::atoi(get("y").c_str());
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return "";
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return "";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

std::string RemoveSpaces(std::string s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

}  // namespace

Metadata ExtractMetadata(const std::vector<SourceLine>& lines, const Document& doc,
                         const Grammar& grammar) {
  (void)lines;
  Metadata meta;
  // Front matter in reading order: letterhead, title, lead, preamble.
  std::vector<std::pair<BlockRole, const std::string*>> front;
  for (const Block& b : doc.blocks) {
    if (b.role == BlockRole::kHeader || b.role == BlockRole::kTitle || b.role == BlockRole::kLead ||
        b.role == BlockRole::kPreamble) {
      front.emplace_back(b.role, &b.text);
    }
  }
  for (const auto& [role, text] : front) {
    if (role == BlockRole::kTitle && meta.title.empty()) {
      meta.title = *text;
      for (char& c : meta.title) {
        if (c == '\n') c = ' ';
      }
    }
  }
  for (const auto& [role, text] : front) {
    if (!meta.number.empty()) break;
    // Letterhead lines are matched one by one (the patterns anchor at "Số:").
    size_t start = 0;
    while (start <= text->size() && meta.number.empty()) {
      size_t nl = text->find('\n', start);
      if (nl == std::string::npos) nl = text->size();
      auto found = grammar.FindMeta("number", std::string_view(*text).substr(start, nl - start),
                                    role == BlockRole::kHeader || role == BlockRole::kTitle);
      if (!found.empty()) meta.number = RemoveSpaces(found.front().groups["number"]);
      start = nl + 1;
    }
  }
  for (const auto& [role, text] : front) {
    if (!meta.date.empty()) break;
    // A date inside a citation ("Nghị quyết số 01/NQ-CP ngày 6/1/2023") is
    // the cited document's, not this one's.
    bool in_header = role == BlockRole::kHeader || role == BlockRole::kTitle;
    auto citations = grammar.FindMeta("reference", *text);
    for (const auto& m : grammar.FindMeta("date", *text, in_header)) {
      bool cited = false;
      for (const auto& c : citations) cited = cited || (m.begin < c.end && c.begin < m.end);
      if (cited) continue;
      meta.date = IsoDate(grammar, m.groups);
      if (!meta.date.empty()) break;
    }
  }
  for (const auto& [role, text] : front) {
    if (!meta.issuer.empty()) break;
    auto found = grammar.FindMeta("issuer", *text);
    if (found.empty()) continue;
    auto& g = found.front().groups;
    if (g.count("issuer")) {
      meta.issuer = g["issuer"];
    } else if (g.count("ministry")) {
      meta.issuer = "Ministry of " + g["ministry"];
    }
  }
  if (meta.date.size() >= 4) {
    meta.year = std::atoi(meta.date.substr(0, 4).c_str());
  } else {
    for (const auto& [role, text] : front) {
      if (meta.year) break;
      auto found = grammar.FindMeta("year", *text);
      if (!found.empty()) meta.year = std::atoi(found.front().groups["y"].c_str());
    }
  }

  // Cited documents, in every block and task. Every citation number has a
  // slash ("01/NQ-CP"), so the patterns run only on a window around each
  // slash: the cost follows the number of citations, not the text length.
  constexpr size_t kWindowBefore = 200;  // type + name + "số" before the number
  constexpr size_t kWindowAfter = 80;    // the number and "ngày 6/1/2023" after it
  auto boundary = [](const std::string& t, size_t pos) {
    while (pos > 0 && pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) --pos;
    return pos;
  };
  auto collect = [&](const std::string& text, int line) {
    size_t covered_until = 0;
    for (size_t slash = text.find('/'); slash != std::string::npos;
         slash = text.find('/', slash + 1)) {
      if (slash < covered_until) continue;
      size_t begin = boundary(text, slash > kWindowBefore ? slash - kWindowBefore : 0);
      size_t end = boundary(text, std::min(text.size(), slash + kWindowAfter));
      if (end < text.size() && end <= slash) end = text.size();
      std::string_view window = std::string_view(text).substr(begin, end - begin);
      for (auto& m : grammar.FindMeta("reference", window)) {
        size_t match_begin = begin + m.begin, match_end = begin + m.end;
        if (slash < match_begin || slash >= match_end) continue;
        covered_until = match_end;
        Reference r;
        r.type = m.groups["type"];
        r.number = RemoveSpaces(m.groups["number"]);
        if (r.number == meta.number) break;
        r.date = IsoDate(grammar, m.groups);
        r.text = text.substr(match_begin, match_end - match_begin);
        r.line = line;
        bool duplicate = false;
        for (const Reference& seen : meta.references) {
          duplicate = duplicate || (seen.number == r.number && seen.line == r.line);
        }
        if (!duplicate) meta.references.push_back(std::move(r));
        break;
      }
    }
  };
  for (const Block& b : doc.blocks) {
    if (b.role == BlockRole::kRecipients || b.role == BlockRole::kAddressees) continue;
    collect(b.text, b.spans.empty() ? 0 : b.spans.front().first);
  }
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    collect(n.text, n.spans.empty() ? 0 : n.spans.front().first);
  });
  std::stable_sort(meta.references.begin(), meta.references.end(),
                   [](const Reference& a, const Reference& b) { return a.line < b.line; });
  return meta;
}

}  // namespace congvan::parse
