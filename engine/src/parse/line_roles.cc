// Stage 1 of parsing: roles a line has by itself or by its place.
//
// Cues come from the grammar file (kind="line", "top", "head", ...), matched
// on a folded copy of the line (lower case, no diacritics) so OCR that loses
// diacritics ("Noi nhận", "Kính gui") is still recognised. Approach:
//   1. page furniture, media residue and OCR noise, anywhere;
//   2. the top of the document: letterhead, subject ("V/v"), title, and the
//      addressee list ("Kính gửi:" + its items);
//   3. list blocks further down ("Nơi nhận:" + its items) and site footers;
//   4. after the recipient list: signature, annex, noise.
// Lines left without a role are body text for the paragraph stage.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"

namespace congvan::parse {
namespace {

bool StartsWithBullet(std::string_view s) {
  static const std::string_view kBullets[] = {"-", "+", "\xE2\x80\x93", "\xE2\x80\x94",
                                              "\xE2\x80\xA2", "*"};  // - + – — • *
  for (std::string_view b : kBullets) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

// OCR garbage: tokens that mix case inside a word ("MaLY"), glue digits to
// letters ("2H2", "0P2") or carry stray brackets ("pHi[[").
bool LooksLikeOcrGarbage(std::string_view s) {
  int tokens = 0, weird = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j == i) break;
    std::string_view tok = s.substr(i, j - i);
    i = j;
    ++tokens;
    const auto* p = reinterpret_cast<const uint8_t*>(tok.data());
    int32_t n = static_cast<int32_t>(tok.size());
    int upper_after_lower = 0, digits = 0, letters = 0, brackets = 0, slashes = 0;
    bool prev_lower = false;
    for (int32_t k = 0; k < n;) {
      UChar32 c;
      if (p[k] < 0x80) {
        c = p[k++];
      } else {
        U8_NEXT(p, k, n, c);
      }
      if (c < 0) continue;
      if (u_isalpha(c)) {
        ++letters;
        if (u_isupper(c) && prev_lower) ++upper_after_lower;
        prev_lower = u_islower(c);
      } else {
        prev_lower = false;
        if (u_isdigit(c)) ++digits;
        if (c == '[' || c == ']' || c == '{' || c == '}' || c == '~') ++brackets;
        if (c == '/' || c == '-' || c == '.' || c == ',') ++slashes;
      }
    }
    bool mixed_digits = digits > 0 && letters > 0 && slashes == 0;
    if (upper_after_lower > 0 || mixed_digits || brackets > 0) ++weird;
  }
  return tokens >= 4 && weird * 100 >= tokens * 30;
}

// OCR garbage comes in short runs; a long line is prose even when it has a
// few odd tokens (and checking it would cost a pass over most of the input).
constexpr size_t kMaxGarbageLineBytes = 400;
// Letterhead, list heads ("Kính gửi:", "Nơi nhận:"), footers and signatures
// are short lines.
constexpr size_t kMaxCueLineBytes = 320;
constexpr size_t kMaxRunningHeaderBytes = 160;
constexpr size_t kMinLinesPerPage = 8;  // a running header comes back once per page

bool IsNoise(const SourceLine& line, const Grammar& grammar) {
  if (line.text.size() > kMaxGarbageLineBytes) return false;
  if (LetterCount(line.text) >= 3) return LooksLikeOcrGarbage(line.text);
  // A marker alone on its line ("I.", "a)") is a heading split from its text.
  return grammar.Match(line.text).empty();
}

// An item of an addressee or recipient list: a bullet line, or a short line
// that ends like a list item.
bool IsListItem(std::string_view s) {
  if (StartsWithBullet(s)) return true;
  if (s.empty()) return false;
  char last = s.back();
  return CodePointCount(s) <= 100 && (last == ';' || last == '.' || last == ',');
}

// Absorbs the items of a list block that starts at `head`; returns the index
// after the last absorbed line.
size_t AbsorbList(std::vector<SourceLine>& lines, size_t head, BlockRole role,
                  const Grammar& grammar) {
  lines[head].role = role;
  size_t i = head + 1;
  size_t end = i;
  bool previous_open = false;  // previous item ended with ',' (wrapped item)
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank) continue;
    if (line.role) {
      if (*line.role == BlockRole::kNoise) continue;
      break;
    }
    if (grammar.MatchCue("head", line.folded) >= 0 || grammar.MatchCue("signature", line.folded) >= 0) {
      break;
    }
    bool item = IsListItem(line.text) || (previous_open && WordCount(line.text) <= 8);
    if (!item) break;
    line.role = role;
    previous_open = !line.text.empty() && line.text.back() == ',';
    end = i + 1;
  }
  return end;
}

}  // namespace

void ClassifyLines(std::vector<SourceLine>& lines, const Grammar& grammar, Language lang) {
  (void)lang;
  for (SourceLine& line : lines) {
    if (line.blank) continue;
    line.folded = FoldEndsForCues(line.text);
    int cue = grammar.MatchCue("line", line.folded);
    if (cue >= 0) {
      BlockRole role = grammar.role_cues()[static_cast<size_t>(cue)].role;
      // A number alone is a page number only between pages, i.e. with blank
      // lines or page breaks around it; otherwise it may be a wrapped figure.
      line.role = role;
    }
  }
  // Noise: OCR garbage, or a stray line with almost no letters ("ok", "(68/22").
  // A short figure such as "20/11/2023;" right under an unfinished line is
  // the end of a wrapped sentence, not noise.
  const SourceLine* previous = nullptr;
  for (SourceLine& line : lines) {
    if (line.blank) {
      previous = nullptr;
      continue;
    }
    if (!line.role && line.text.size() <= kMaxGarbageLineBytes && IsNoise(line, grammar) &&
        grammar.MatchCue("footer", line.folded) < 0) {
      bool has_digit = line.text.find_first_of("0123456789") != std::string_view::npos;
      bool continues = previous != nullptr && !previous->role && has_digit &&
                       !EndsWithTerminalPunctuation(previous->text) && previous->text.back() != ':' &&
                       LetterCount(line.text) < 3 && !LooksLikeOcrGarbage(line.text);
      if (!continues) line.role = BlockRole::kNoise;
    }
    previous = &line;
  }
  // Running headers and footers: a short line that comes back page after
  // page, its numbers aside ("Công văn 88/BYT-KCB   Trang 1/2"). A line seen
  // twice counts only between page breaks or with a page-like number.
  {
    std::map<std::string, std::vector<size_t>> seen;
    int page_breaks = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
      const SourceLine& line = lines[k];
      if (line.role == BlockRole::kPageBreak) ++page_breaks;
      if (line.blank || line.role || line.text.size() > kMaxRunningHeaderBytes ||
          LetterCount(line.text) < 3 || !grammar.Match(line.text).empty()) {
        continue;  // list items repeat their shape, headers do not start with markers
      }
      std::string key;
      for (char c : line.folded) key.push_back((c >= '0' && c <= '9') ? '#' : c);
      seen[key].push_back(k);
    }
    for (const auto& [key, where] : seen) {
      bool page_like = key.find("trang #") != std::string::npos ||
                       key.find("page #") != std::string::npos;
      size_t needed = (page_like || page_breaks >= 2) ? 2 : 3;
      if (where.size() < needed) continue;
      // Once per page: occurrences close together are a list, not a header.
      bool spread = true;
      for (size_t k = 1; k < where.size(); ++k) {
        spread = spread && where[k] - where[k - 1] >= kMinLinesPerPage;
      }
      if (!spread) continue;
      for (size_t k : where) lines[k].role = BlockRole::kRunningHeader;
    }
  }
  // Page numbers need context: keep the role only where a blank line, a page
  // break or the file edge is on both sides.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != BlockRole::kPageNumber) continue;
    auto isolated = [&](long j) {
      return j < 0 || j >= static_cast<long>(lines.size()) || lines[static_cast<size_t>(j)].blank ||
             lines[static_cast<size_t>(j)].role == BlockRole::kPageBreak;
    };
    if (!isolated(static_cast<long>(i) - 1) || !isolated(static_cast<long>(i) + 1)) {
      lines[i].role.reset();
    }
  }

  // The top of the document: letterhead, subject, title, addressees.
  size_t i = 0;
  bool title_seen = false;
  bool previous_was_title = false;  // a title in capitals may continue
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank || line.role) continue;
    if (grammar.MatchCue("top", line.folded) >= 0) {
      line.role = BlockRole::kHeader;
      continue;
    }
    if (grammar.MatchCue("subject", line.folded) >= 0) {
      line.role = BlockRole::kTitle;
      title_seen = true;
      // The subject often wraps over a few short lines.
      for (size_t j = i + 1; j < lines.size(); ++j) {
        SourceLine& next = lines[j];
        if (next.blank || next.role) continue;
        if (grammar.MatchCue("head", next.folded) >= 0 || WordCount(next.text) > 10 ||
            !grammar.Match(next.text).empty()) {
          break;
        }
        next.role = BlockRole::kTitle;
        i = j;
      }
      continue;
    }
    if (grammar.MatchCue("head", line.folded) >= 0) {
      int cue = grammar.MatchCue("head", line.folded);
      BlockRole role = grammar.role_cues()[static_cast<size_t>(cue)].role;
      if (role == BlockRole::kRecipients) break;  // recipients come after the body
      i = AbsorbList(lines, i, role, grammar) - 1;
      continue;
    }
    // Lines in capitals at the top: the issuing body (letterhead) or the
    // document type and its subject ("QUYẾT ĐỊNH" / "VỀ VIỆC …"), which may
    // run over several lines.
    if (MostlyUppercase(line.text) && WordCount(line.text) <= 30 && grammar.Match(line.text).empty()) {
      bool issuing_body = grammar.MatchCue("issuer", line.folded) >= 0;
      if (issuing_body || (title_seen && !previous_was_title)) {
        line.role = BlockRole::kHeader;
        previous_was_title = false;
      } else {
        line.role = BlockRole::kTitle;
        title_seen = previous_was_title = true;
      }
      continue;
    }
    previous_was_title = false;
    // The first content line is the title when it reads like one: not too
    // long and not a finished sentence.
    if (!title_seen && WordCount(line.text) <= 40 && !EndsWithTerminalPunctuation(line.text) &&
        line.text.back() != ':' && grammar.Match(line.text).empty()) {
      bool next_is_text = false;
      for (size_t j = i + 1; j < lines.size(); ++j) {
        if (lines[j].blank) continue;
        next_is_text = true;
        break;
      }
      if (next_is_text) {
        line.role = BlockRole::kTitle;
        title_seen = true;
        continue;
      }
    }
    break;
  }

  // Below the top: list blocks, site footers, and what follows the recipients.
  bool post_body = false;
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank || line.role) continue;
    // List heads, footers and signatures are short lines; a long one is prose.
    if (line.text.size() > kMaxCueLineBytes && !post_body) continue;
    int head = grammar.MatchCue("head", line.folded);
    if (head >= 0) {
      BlockRole role = grammar.role_cues()[static_cast<size_t>(head)].role;
      i = AbsorbList(lines, i, role, grammar) - 1;
      if (role == BlockRole::kRecipients) post_body = true;
      continue;
    }
    int footer = grammar.MatchCue("footer", line.folded);
    if (footer >= 0) {
      line.role = grammar.role_cues()[static_cast<size_t>(footer)].role;
      continue;
    }
    if (post_body) {
      if (grammar.MatchCue("signature", line.folded) >= 0 ||
          (WordCount(line.text) <= 8 && !EndsWithTerminalPunctuation(line.text))) {
        line.role = BlockRole::kSignature;
      } else {
        line.role = BlockRole::kAnnex;
      }
    }
  }
}

}  // namespace congvan::parse
