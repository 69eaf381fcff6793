// Markdown front matter: the document's own facts, not its text.
//
// Approach: a Markdown copy saved by a converter or a static site opens with
// a YAML block between two "---" lines, one "key: value" a line. The line
// roles see only lines: they call its first lines furniture and take its
// "title:" line, the closing "---" and the body's first paragraph for the
// title. Here the blocks over source line 1 on are read line by line (their
// text keeps the lines; blank lines are not in it) until the closing "---":
// "title:" and "date:" are kept. A double-quoted value may run over several
// lines (YAML folds them with a space, or with nothing after a trailing
// backslash) and has escapes ("\u2019", "\_" a no-break space, "\ " a space);
// a single-quoted one doubles its quote; a plain one folds its lines too. Only the two keys the
// metadata uses are read; the rest (source_url, tags, published_time) is the site's.
#include "parse/markdown_front_matter.h"

#include <unicode/utf8.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::parse {
namespace {

constexpr size_t kMostLines = 60;  // a front matter longer than this is something else

std::string_view Trim(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

void AppendCodePoint(std::string& out, uint32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(n));
}

// A YAML double-quoted scalar's text, the quotes off, escapes undone; a
// no-break space is a space in a title.
std::string Unescape(std::string_view quoted) {
  std::string out;
  for (size_t i = 0; i < quoted.size(); ++i) {
    char c = quoted[i];
    if (c != '\\' || i + 1 == quoted.size()) {
      out += c;
      continue;
    }
    char e = quoted[++i];
    if (e == 'u' && i + 4 < quoted.size()) {
      AppendCodePoint(out, static_cast<uint32_t>(std::strtoul(
                               std::string(quoted.substr(i + 1, 4)).c_str(), nullptr, 16)));
      i += 4;
    } else if (e == '_' || e == ' ') {
      out += ' ';
    } else if (e == 'n' || e == 't') {
      out += ' ';
    } else {
      out += e;
    }
  }
  return out;
}

// Whether a double-quoted scalar's text so far ends with its closing quote
// (an unescaped '"').
bool ClosesQuote(std::string_view text) {
  if (text.empty() || text.back() != '"') return false;
  size_t slashes = 0;
  for (size_t i = text.size() - 1; i > 0 && text[i - 1] == '\\'; --i) ++slashes;
  return slashes % 2 == 0;
}

// The value of one key, its continuation lines joined: YAML folds a line
// break into a space, or into nothing after an escaping backslash.
std::string ScalarValue(std::string_view first, const std::vector<std::string_view>& more) {
  std::string_view v = Trim(first);
  if (v.empty()) return {};
  if (v.front() == '\'') {
    std::string out;
    std::string_view body =
        v.substr(1, v.size() >= 2 && v.back() == '\'' ? v.size() - 2 : v.size() - 1);
    for (size_t i = 0; i < body.size(); ++i) {
      out += body[i];
      if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
    }
    return out;
  }
  if (v.front() != '"') {  // plain: its lines folded with spaces
    std::string out(v);
    for (std::string_view line : more) (out += ' ') += Trim(line);
    return out;
  }
  std::string joined(v.substr(1));
  for (std::string_view line : more) {
    if (ClosesQuote(joined)) break;  // the value ended on a line above
    if (!joined.empty() && joined.back() == '\\') {
      joined.pop_back();
    } else {
      joined += ' ';
    }
    joined += Trim(line);
  }
  if (!joined.empty() && joined.back() == '"') joined.pop_back();
  return Unescape(joined);
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// The lines of the blocks that open the document, each with its block,
// up to kMostLines.
std::vector<std::pair<const Block*, std::string_view>> OpeningLines(const Document& doc) {
  std::vector<std::pair<const Block*, std::string_view>> lines;
  for (const Block& b : doc.blocks) {
    if (b.spans.empty()) continue;
    if (lines.empty() && b.spans.front().first != 1) break;
    std::string_view text(b.text);
    size_t begin = 0;
    while (begin <= text.size() && lines.size() < kMostLines) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      lines.emplace_back(&b, text.substr(begin, end - begin));
      begin = end + 1;
    }
    if (lines.size() >= kMostLines) break;
  }
  return lines;
}

}  // namespace

MarkdownFrontMatter ReadMarkdownFrontMatter(const Document& doc) {
  MarkdownFrontMatter front;
  std::vector<std::pair<const Block*, std::string_view>> lines = OpeningLines(doc);
  if (lines.empty() || Trim(lines.front().second) != "---") return front;
  // key → its first line's value and the continuation lines after it
  std::string_view key, value;
  std::vector<std::string_view> more;
  auto keep = [&] {
    if (key == "title") front.title = ScalarValue(value, more);
    if (key != "date") return;
    const std::string scalar = ScalarValue(value, more);
    std::string_view day = Trim(scalar).substr(0, 10);
    if (IsIsoDate(day)) front.date = std::string(day);
  };
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i].second;
    std::string_view trimmed = Trim(line);
    if (trimmed == "---" || trimmed == "...") {
      keep();
      front.closing_block = lines[i].first;
      return front;
    }
    if (trimmed.starts_with('#')) continue;  // a YAML comment ("# Human Rights And")
    size_t colon = line.find(':');
    bool opens_key = !line.empty() && line.front() != ' ' && colon != std::string_view::npos &&
                     line.substr(0, colon).find(' ') == std::string_view::npos;
    if (!opens_key) {
      more.push_back(line);
      continue;
    }
    keep();
    key = line.substr(0, colon);
    value = line.substr(colon + 1);
    more.clear();
  }
  return MarkdownFrontMatter{};  // never closed: not front matter
}

}  // namespace congvan::parse
