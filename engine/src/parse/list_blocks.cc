// Line roles, list blocks: a list head ("Kính gửi:", "Nơi nhận:") and its
// items.
//
// An item is a bullet line, or a short line that ends like a list item; an
// item wrapped onto the next line ends with a comma, or stops mid-phrase and
// the next line goes on in lower case. After an item that closes with a full
// stop, only a bullet goes on the list. The top (addressees) and the passes
// below it (recipients) both absorb lists here.

#include <string_view>
#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {
namespace {

bool StartsWithBullet(std::string_view s) {
  static const std::string_view kBullets[] = {
      "-", "+", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", "*"};  // - + – — • *
  for (std::string_view b : kBullets) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

// An item of an addressee or recipient list: a bullet line, or a short line
// that ends like a list item.
bool IsListItem(std::string_view s) {
  if (StartsWithBullet(s)) return true;
  if (s.empty()) return false;
  char last = s.back();
  return CodePointCount(s) <= 100 && (last == ';' || last == '.' || last == ',');
}

}  // namespace

// Absorbs the items of a list block that starts at `head`; returns the index
// after the last absorbed line.
size_t AbsorbList(std::vector<SourceLine>& lines, size_t head, BlockRole role,
                  const Grammar& grammar) {
  lines[head].role = role;
  size_t i = head + 1;
  size_t end = i;
  // An item wrapped onto the next line: it ends with a comma, or stops
  // mid-phrase and the next line goes on in lower case.
  auto wraps = [&](size_t k) {
    const std::string_view t = lines[k].text;
    bool next_lower = k + 1 < lines.size() && StartsLowercase(lines[k + 1].text);
    return !t.empty() &&
           (t.back() == ',' || (!EndsWithTerminalPunctuation(t) && t.back() != ':' && next_lower));
  };
  bool previous_open = wraps(head);
  bool closed =
      lines[head].text.back() == '.';  // the last item (or the head's own) ended with a full stop
  for (; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank) continue;
    if (line.role) {
      // OCR may make an item look like noise ("- TTgCP, các PTTgCP (để b/c);").
      // So may the rest of an open item, too short for a line of text
      // ("- VPCP: …, các Vụ, Cục: NN, CN, KGVX," / "TH;").
      bool rest_of_open_item =
          previous_open && AtMostWords(line.text, 8) && LetterCount(line.text, 1) >= 1;
      if (*line.role == BlockRole::kNoise &&
          ((StartsWithBullet(line.text) && LetterCount(line.text, 3) >= 3) || rest_of_open_item)) {
        line.role = role;
        end = i + 1;
        previous_open = wraps(i);
        closed = line.text.back() == '.';
        continue;
      }
      if (*line.role == BlockRole::kNoise || *line.role == role) continue;
      break;
    }
    if (LineCue(grammar, line, CueKind::kHead) >= 0 ||
        LineCue(grammar, line, CueKind::kSignature) >= 0) {
      break;
    }
    // After an item that closes with a full stop, only a bullet goes on
    // the list ("- Chi cục Thuế doanh nghiệp lớn." / "Ngày 25/02/2025, …").
    // An open item goes on over a short line, or over any line that opens
    // in lower case: a hard-wrapped copy breaks a long item mid-phrase
    // ("- Các Bộ, cơ quan: Tài chính, …, Y" / "tế, Giáo dục và Đào tạo, …").
    bool continues_open_item =
        previous_open && (AtMostWords(line.text, 8) || StartsLowercase(line.text));
    bool item =
        StartsWithBullet(line.text) || continues_open_item || (!closed && IsListItem(line.text));
    if (!item) break;
    line.role = role;
    previous_open = wraps(i);
    closed = line.text.back() == '.';
    end = i + 1;
  }
  return end;
}

}  // namespace congvan::parse
