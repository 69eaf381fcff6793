// The signer: capacity and name, read from the finished signature blocks.
//
// Approach: a signature block prints, top to bottom, the signing capacity in
// capitals ("TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG"; "FOR THE
// MINISTER" / "DEPUTY MINISTER"), sometimes a placeholder for the signature
// ("(Đã ký)", "[daky]", "(Signed)"), then the name in mixed case, every word
// capitalised ("Phạm Thị Thanh Trà", "Nguyen Tan Dung"; a rank or degree
// before it, "Đại tướng", "PGS.TS.", is not the name). The rules are of the
// layout, not of one language's words, so the writers read it without a
// grammar:
//   - a bracketed part of a line ("(Đã ký)", "[daky]", "(signed and
//     sealed)") is a placeholder, never part of a name; a line that is only
//     that marks the signature as given;
//   - a line in capitals (≥ 80 % of its letters) is capacity, and so is a
//     short line in mixed case that is no name and no sentence ("KT. Bộ
//     trưởng" / "Thứ trưởng", as a web copy prints it); "Đã ký" or "Signed"
//     alone is a placeholder;
//   - a line whose last two to six words are capitalised words is a name;
//     two such lines running ("Deputy Minister" / "Nguyen Van A", a copy
//     that lower-cased the capacity) make the first capacity: the name is
//     the last line of a signer's lines;
//   - a whole block flattened onto one line ("TM. CHÍNH PHỦ KT. THỦ TƯỚNG
//     PHÓ THỦ TƯỚNG Trần Hồng Hà", as some web copies print it) is read as
//     runs of capitals each followed by a name (FlattenedSigners);
//   - a line holding a digit (a consolidation's certification above the
//     signature: "Số: 465/VBHN-BLĐTBXH", "Hà Nội, ngày …") drops the
//     capitals read before it: they named the certifying body.
// A name closes a signer with the capacity lines read since the last one; a
// placeholder with no name after it closes one with an empty name. A joint
// text laid out as a table ("KT. BỘ TRƯỞNG | KT. BỘ TRƯỞNG") is read cell by
// cell, each column a signer of its own. A capacity left without a name takes
// the first line of the block right after, when it is a name (NameAfter: the
// line roles often end the block before it). Blocks are read up to the first
// annex after a signer: a form in an appendix has signing boxes of its own;
// an annex right after the signature that opens as it does ("KT. …" under
// "KT. …") is a joint text's next signatures (ContinuesSignatures).
#include "parse/signer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/parse_internal.h"
#include "text/trimmed.h"

namespace congvan::parse {
namespace {

constexpr size_t kMostNameWords = 6;
constexpr size_t kMostWordsBeforeName = 3;  // "Đại tướng", "Thượng tướng", "PGS.TS."
constexpr int kMostOfficeWords = 10;        // "KT. Chủ tịch Ủy ban nhân dân tỉnh …"

// Spaces and Markdown emphasis around a line or cell.
std::string_view Trimmed(std::string_view s) { return text::Trimmed(s, " \t*_#>"); }

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t begin = s.find_first_not_of(" \t", i);
    if (begin == std::string_view::npos) break;
    size_t end = s.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = s.size();
    words.push_back(s.substr(begin, end - begin));
    i = end;
  }
  return words;
}

// A word of a name: a capital, then small letters only ("Lê", "Thanh",
// "Nguyen"); a hyphen joins two such.
bool IsNameWord(std::string_view word) {
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  int32_t n = static_cast<int32_t>(word.size());
  bool opens = true;  // at the word's start or after a hyphen
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c == '-' && !opens) {
      opens = true;
      continue;
    }
    if (c < 0 || !u_isalpha(c)) return false;
    if (opens ? !u_isupper(c) : !u_islower(c)) return false;
    opens = false;
  }
  return !opens;
}

// The name a line gives, or "" when it gives none: its last two to six words
// are name words, and what comes before them (a rank, a degree) is at most
// three words. A line holding a digit or sentence punctuation is no name.
std::string_view NameIn(std::string_view line) {
  if (line.find_first_of("0123456789:;,()[]/|\"") != std::string_view::npos) return {};
  std::vector<std::string_view> words = Words(line);
  size_t first = words.size();
  while (first > 0 && IsNameWord(words[first - 1])) --first;
  size_t name_words = words.size() - first;
  if (name_words < 2 || name_words > kMostNameWords || first > kMostWordsBeforeName) return {};
  const char* begin = words[first].data();
  const char* end = words.back().data() + words.back().size();
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

// `line` without its bracketed parts, and without the small letters glued
// before a closing bracket opened on a line above; `marked` tells whether it
// had any.
std::string WithoutBrackets(std::string_view line, bool* marked) {
  std::string out;
  int depth = 0;
  for (char c : line) {
    if (c == '(' || c == '[') {
      ++depth;
      *marked = true;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (c == ')' || c == ']') {  // the end of a mark cut by the PDF: "y]Phạm …", "TƯỚNGky]"
      while (!out.empty() && out.back() >= 'a' && out.back() <= 'z') out.pop_back();
      *marked = true;
    } else if (depth == 0) {
      out += c;
    }
  }
  return std::string(Trimmed(out));
}

// A line or cell of a signature as read: trimmed, its bracketed parts out
// (WithoutBrackets), and a closing "./." glued to a name dropped
// ("Nguyễn Văn A./.").
std::string SignatureText(std::string_view cell, bool* marked) {
  std::string text = WithoutBrackets(Trimmed(cell), marked);
  if (text.ends_with("./.")) text = std::string(Trimmed(text.substr(0, text.size() - 3)));
  return text;
}

// "Đã ký" or "Signed" alone, a placeholder printed without brackets.
bool IsBarePlaceholder(std::string_view text) {
  for (std::string_view mark : {"Đã ký", "đã ký", "Signed", "signed", "Signed.", "Đã ký."}) {
    if (text == mark) return true;
  }
  return false;
}

// A capacity printed in mixed case: a short line that opens with a capital
// and is no sentence ("Thứ trưởng", "KT. Bộ trưởng", "For the Minister").
bool IsOfficeLine(std::string_view text) {
  if (text.find_first_of(":;,\"") != std::string_view::npos || text.ends_with('.')) return false;
  return !StartsLowercase(text) && LetterCount(text, 2) >= 2 && AtMostWords(text, kMostOfficeWords);
}

bool HoldsDigit(std::string_view s) {
  return s.find_first_of("0123456789") != std::string_view::npos;
}

// A word in capitals: letters all upper case, dots allowed ("TM.", "KT.",
// "ỦY", "HĐND"); no digit.
bool IsCapitalWord(std::string_view word) {
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  int32_t n = static_cast<int32_t>(word.size());
  bool letter = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c == '.') continue;
    if (c < 0 || !u_isupper(c)) return false;
    letter = true;
  }
  return letter;
}

// A name printed in capitals ("NGUYỄN VĂN AN"): two to six words in
// capitals with no dot (no "KT.") and no digit.
bool IsCapitalName(std::string_view text) {
  std::vector<std::string_view> words = Words(text);
  if (words.size() < 2 || words.size() > kMostNameWords) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return word.find('.') == std::string_view::npos && IsCapitalWord(word);
  });
}

// A name in capitals as an English-language attestation prints it after
// its placeholder ("(Sgd.) PROSPERO C. NOGRALES", "(Sgd.) GLORIA
// MACAPAGAL-ARROYO"): two to six words in capitals, initials with a dot and
// double surnames with a hyphen allowed, two words at least without a dot.
bool IsAttestedName(std::string_view text) {
  std::vector<std::string_view> words = Words(text);
  if (words.size() < 2 || words.size() > kMostNameWords) return false;
  size_t full_words = 0;
  for (std::string_view word : words) {
    std::string letters;
    for (char c : word) {
      if (c != '-') letters += c;
    }
    if (!IsCapitalWord(letters)) return false;
    if (word.find('.') == std::string_view::npos) ++full_words;
  }
  return full_words >= 2;
}

// Whether a line or cell opens with a bracketed placeholder ("(Sgd.) NAME"):
// an attested name follows its placeholder; a mark cut and glued to a
// capacity ("PHÓ THỦ TƯỚNGy]") or an annex title's parenthesis ("PHỤ LỤC
// (Kèm theo …)") does not make the capitals before it a name.
bool OpensWithPlaceholder(std::string_view cell) {
  std::string_view t = Trimmed(cell);
  return !t.empty() && (t.front() == '(' || t.front() == '[');
}

// One signer of a signature block flattened onto one line: its capacity
// (the capitals, as the line prints them) and its name.
struct FlatSigner {
  std::string_view capacity;
  std::string_view name;
};

std::string_view Between(std::string_view first, std::string_view last) {
  return {first.data(), static_cast<size_t>(last.data() + last.size() - first.data())};
}

// The signers of a signature block some web copies print on one line: "TM.
// CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà", "TM. HỘI ĐỒNG THẨM
// PHÁN CHÁNH ÁN Nguyễn Hòa Bình", a joint text's "KT. BỘ TRƯỞNG … Nguyễn Văn A
// KT. BỘ TRƯỞNG … Trần Văn B". Each is a run of two or more words in capitals
// and the name right after it, two to six name words, ending the line or
// followed by capitals: the next signer's, or an annex's title ("… Trần Hồng
// Hà PHỤ LỤC I …"), where the reading stops. A name followed by words in
// sentence case has no certain end ("… Lê Minh Khái Phụ lục (Kèm theo …)",
// but "… Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ": "Mẫu" is a given name
// too): that line gives no signer. Only where the first capitals are more
// than a rank before a name (NameIn reads "CHỦ TỊCH Nguyễn Văn A" as it did).
std::vector<FlatSigner> FlattenedSigners(std::string_view text) {
  std::vector<std::string_view> words = Words(text);
  std::vector<FlatSigner> found;
  size_t i = 0;
  while (i < words.size()) {
    size_t capacity_end = i;
    while (capacity_end < words.size() && IsCapitalWord(words[capacity_end])) ++capacity_end;
    size_t name_end = capacity_end;
    while (name_end < words.size() && IsNameWord(words[name_end])) ++name_end;
    const size_t name_words = name_end - capacity_end;
    if (capacity_end - i < 2 || name_words < 2 || name_words > kMostNameWords) break;
    if (name_end < words.size() && !IsCapitalWord(words[name_end])) return {};
    if (found.empty() && capacity_end - i <= kMostWordsBeforeName) return {};
    found.push_back({Between(words[i], words[capacity_end - 1]),
                     Between(words[capacity_end], words[name_end - 1])});
    i = name_end;
  }
  return found;
}

// A signing rank written before an office (Nghị định 30/2020: "TM.", "KT.",
// "TL.", "TUQ.", "Q."): one to three capitals and a dot.
bool IsRankPrefix(std::string_view word) {
  if (word.size() < 2 || word.size() > 4 || word.back() != '.') return false;
  for (char c : word.substr(0, word.size() - 1)) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Where the signer's own title begins in one rank's line ("KT. THỦ TƯỚNG
// PHÓ THỦ TƯỚNG": 3), or 0. The head's title T runs from after the rank to
// the first word the line ends with ("THỦ TƯỚNG", "BỘ TRƯỞNG"); a deputy's
// title after it is a word and T ("PHÓ THỦ TƯỚNG", "PHÓ CHỦ TỊCH") or a word
// and T's last ("THỨ TRƯỞNG" under "BỘ TRƯỞNG BỘ TÀI CHÍNH").
size_t DeputyTitleStart(const std::vector<std::string_view>& line) {
  const size_t n = line.size();
  size_t t_end = 1;  // one past T
  while (t_end < n && line[t_end - 1] != line.back()) ++t_end;
  if (t_end < 3 || t_end >= n) return 0;  // no T, or T ends the line
  const size_t t_size = t_end - 1;
  if (n - t_end >= t_size + 1 &&
      std::equal(line.begin() + 1, line.begin() + static_cast<std::ptrdiff_t>(t_end),
                 line.end() - static_cast<std::ptrdiff_t>(t_size))) {
    return n - t_size - 1;
  }
  if (n - t_end >= 2 && line[n - 2] != line[t_end - 2]) return n - 2;
  return 0;
}

// A flattened capacity as the lines a block prints it on: a line opens at
// each rank ("TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" / …), and a deputy's own title
// ends the rank's line (DeputyTitleStart).
std::vector<std::string> CapacityLines(std::string_view capacity) {
  std::vector<std::vector<std::string_view>> lines;
  for (std::string_view w : Words(capacity)) {
    // A rank glued to its office ("KT.THỦ TƯỚNG") is two words.
    if (size_t dot = w.find('.');
        dot != std::string_view::npos && dot + 1 < w.size() && IsRankPrefix(w.substr(0, dot + 1))) {
      lines.emplace_back().push_back(w.substr(0, dot + 1));
      w.remove_prefix(dot + 1);
    } else if (lines.empty() || IsRankPrefix(w)) {
      lines.emplace_back();
    }
    lines.back().push_back(w);
  }
  std::vector<std::string> out;
  for (const std::vector<std::string_view>& line : lines) {
    size_t split = IsRankPrefix(line.front()) ? DeputyTitleStart(line) : 0;
    if (split == 0) {
      out.emplace_back(Between(line.front(), line.back()));
    } else {
      out.emplace_back(Between(line.front(), line[split - 1]));
      out.emplace_back(Between(line[split], line.back()));
    }
  }
  return out;
}

// Whether `line` is a name alone, placeholders aside.
bool IsName(std::string_view line) {
  bool marked = false;
  std::string text = SignatureText(line, &marked);
  return !HoldsDigit(text) && !MostlyUppercase(text) && !NameIn(text).empty();
}

// One column of a signature block being read: the capacity lines since the
// last signer, a name waiting for the line after it, and whether a
// placeholder stood in for the signature.
struct Column {
  std::vector<std::string> capacity;
  std::string pending_name;
  bool signed_mark = false;
  bool after_mark = false;  // the line before was the placeholder alone
  // The name came first, after its placeholder ("(Sgd.) JUAN PONCE ENRILE"):
  // the office lines under it are its capacity.
  bool name_first = false;
};

// The office lines an attested name takes under it ("Secretary General" /
// "House of Representatives").
constexpr size_t kMostOfficeLinesUnderName = 2;

class SignatureReader {
 public:
  // `name_after`: the first line of the block after, read as this block's
  // last when it gives the name this block waits for (see NameAfter).
  // `continued`: the next block is this signature's next lines (a capacity
  // the line roles cut from its name: "TM. ỦY BAN NHÂN DÂN" / "Trần Sỹ
  // Thanh"), so the columns stay open.
  void ReadBlock(std::string_view text, std::string_view name_after, bool continued = false) {
    size_t begin = 0;
    while (begin <= text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      ReadLine(text.substr(begin, end - begin));
      begin = end + 1;
    }
    if (continued) return;
    if (columns_.size() == 1 && columns_[0].pending_name.empty() && !columns_[0].capacity.empty()) {
      if (IsName(name_after)) {
        ReadCell(0, name_after);
      } else if (std::string_view name = Trimmed(name_after);
                 columns_[0].after_mark && IsCapitalName(name)) {
        columns_[0].pending_name = std::string(name);  // "(Đã ký)" / "NGUYỄN VĂN AN"
      }
    }
    for (Column& column : columns_) Close(column);
    columns_.clear();
  }

  std::vector<Signer> Take() { return std::move(signers_); }
  bool found() const { return !signers_.empty(); }

 private:
  // A table row ("| KT. BỘ TRƯỞNG | KT. BỘ TRƯỞNG |") is read cell by cell.
  void ReadLine(std::string_view line) {
    if (line.find('|') == std::string_view::npos) {
      ReadSpacedCells(Trimmed(line));
      return;
    }
    std::string_view row = Trimmed(line);
    if (row.starts_with('|')) row.remove_prefix(1);
    if (row.ends_with('|')) row.remove_suffix(1);
    size_t column = 0, begin = 0;
    while (begin <= row.size()) {
      size_t end = row.find('|', begin);
      if (end == std::string_view::npos) end = row.size();
      ReadCell(column++, row.substr(begin, end - begin));
      begin = end + 1;
    }
  }

  // Two signatures side by side in a plain text ("KT. BỘ TRƯỞNG      KT.
  // BỘ TRƯỞNG" / "Nguyễn Văn A      Trần Thị B"): a run of five spaces or a
  // tab parts the columns as '|' does in a table.
  void ReadSpacedCells(std::string_view line) {
    size_t column = 0, begin = 0;
    while (begin <= line.size()) {
      size_t end = line.find("     ", begin);
      size_t tab = line.find('\t', begin);
      if (tab < end) end = tab;
      if (end == std::string_view::npos) end = line.size();
      ReadCell(column++, line.substr(begin, end - begin));
      begin = line.find_first_not_of(" \t", end);
      if (begin == std::string_view::npos) break;
    }
  }

  void ReadCell(size_t index, std::string_view cell) {
    if (columns_.size() <= index) columns_.resize(index + 1);
    Column& column = columns_[index];
    bool marked = false;
    std::string text = SignatureText(cell, &marked);
    // A mark alone or after a name is the placeholder; one in other text
    // ("… Trần Hồng Hà PHỤ LỤC (Kèm theo Nghị định số …)") is not.
    if (marked && (text.empty() || !NameIn(text).empty())) column.signed_mark = true;
    bool after_mark = column.after_mark;
    column.after_mark = (marked && text.empty()) || IsBarePlaceholder(text);
    if (text.empty()) return;
    if (std::vector<FlatSigner> flat = FlattenedSigners(text); !flat.empty()) {
      Close(column);
      // Capacity lines read before the flattened line without a name ("TM."
      // alone, then "CHÍNH PHỦ KT. THỦ TƯỚNG …") open its first signer's.
      for (const FlatSigner& signer : flat) {
        for (std::string& line : CapacityLines(signer.capacity))
          AddCapacity(column, std::move(line));
        column.pending_name = std::string(signer.name);
        Close(column);
      }
      return;
    }
    if (marked && OpensWithPlaceholder(cell) && IsAttestedName(text)) {
      OpenAttestedName(column, std::move(text));
      return;
    }
    if (HoldsDigit(text)) {
      if (column.pending_name.empty()) column = Column{};  // a certification's number or date
      return;
    }
    // A rank alone ("TM.", "KT."): too few letters to count as capitals, but
    // the first word of the capacity the next line goes on with.
    if (MostlyUppercase(text) || IsRankPrefix(text)) {
      // "(Đã ký)" / "NGUYỄN VĂN AN": a name in capitals under the placeholder
      if (after_mark && column.pending_name.empty() && IsCapitalName(text)) {
        column.pending_name = text;
        return;
      }
      Close(column);
      AddCapacity(column, std::move(text));
      return;
    }
    std::string_view name = NameIn(text);
    if (column.name_first && (!name.empty() || IsOfficeLine(text))) {
      // An office is one phrase; a line parting two with a spaced dash is a
      // publisher's credit ("The Lawphil Project - Arellano Law Foundation").
      bool credit = text.find(" - ") != std::string::npos;
      if (!credit && column.capacity.size() < kMostOfficeLinesUnderName)
        column.capacity.push_back(text);
      return;
    }
    if (!name.empty()) {
      if (!column.pending_name.empty()) column.capacity.push_back(std::move(column.pending_name));
      column.pending_name = std::string(name);
    } else if (IsBarePlaceholder(text)) {
      column.signed_mark = true;
    } else if (IsOfficeLine(text)) {  // "KT. Bộ trưởng", "Thứ trưởng": a web copy's capacity
      Close(column);
      column.capacity.push_back(text);
    }
  }

  // "(Sgd.) PROSPERO C. NOGRALES" / "Speaker of the House of Representatives",
  // a Philippine Act's attestation: the name, in capitals after the
  // placeholder on its line, opens a signer whose office lines follow. A
  // capacity in capitals read before it is its own ("BỘ TRƯỞNG" / "(Đã ký)
  // NGUYỄN VĂN A"); a word in mixed case over the block ("Approved") is not.
  void OpenAttestedName(Column& column, std::string name) {
    Close(column);
    bool capitals = std::all_of(column.capacity.begin(), column.capacity.end(),
                                [](const std::string& line) { return MostlyUppercase(line); });
    if (!capitals) column.capacity.clear();
    column.pending_name = std::move(name);
    column.signed_mark = true;
    column.name_first = true;
  }

  // The signer the column holds, if any: a name read, or a placeholder after
  // a capacity.
  void Close(Column& column) {
    if (!column.pending_name.empty() || (column.signed_mark && !column.capacity.empty())) {
      signers_.push_back(Signer{std::move(column.capacity), std::move(column.pending_name)});
      column = Column{};
    }
  }

  // A capacity line; a rank left alone on the line before ("TM." / "CHÍNH
  // PHỦ KT. THỦ TƯỚNG …", a copy that broke the block after its
  // abbreviation, Nghị định 99/2022/NĐ-CP's web copy) opens it: "TM. CHÍNH PHỦ".
  static void AddCapacity(Column& column, std::string line) {
    if (!column.capacity.empty() && IsRankPrefix(column.capacity.back())) {
      column.capacity.back() += " " + line;
      return;
    }
    column.capacity.push_back(std::move(line));
  }

  std::vector<Column> columns_;
  std::vector<Signer> signers_;
};

std::string_view FirstWord(std::string_view text) {
  text = Trimmed(text.substr(0, text.find('\n')));
  return text.substr(0, text.find_first_of(" \t"));
}

// A joint text's later signatures that the line roles took for an annex
// (the Công báo's joint circular 01/2022/TTLT: "KT. CHÁNH ÁN" … signature,
// then "KT. VIỆN TRƯỞNG" … annex): the block right after the signature
// block, opening with the same word in capitals ("KT.", "TM.", "ON").
bool ContinuesSignatures(const Block& signature, const Block& block, const Block& before) {
  if (&before != &signature) return false;
  std::string_view word = FirstWord(signature.text);
  return LetterCount(word, 1) >= 1 && FirstWord(block.text) == word && UpperCase(word) == word;
}

// Whether a block opens with an attested name ("(Sgd.) JUAN PONCE ENRILE").
bool OpensWithAttestedName(std::string_view text) {
  bool marked = false;
  std::string_view line = text.substr(0, text.find('\n'));
  std::string first = SignatureText(line, &marked);
  return marked && OpensWithPlaceholder(line) && IsAttestedName(first);
}

// The name the line roles left out of a signature block: the first line of
// the next block but stray noise ("[", half a "[daky]"), when that block is
// no signature and starts within kMostLinesToName lines of this one's end
// (the Công báo's "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" / "[daky]" signature,
// then "Lê Minh Khái" an annex). Whether it is a name the reader decides.
std::string_view NameAfter(const std::vector<Block>& blocks, size_t i) {
  constexpr int kMostLinesToName = 3;
  if (blocks[i].spans.empty()) return {};
  int last = blocks[i].spans.back().last;
  size_t j = i + 1;
  while (j < blocks.size() && blocks[j].role == BlockRole::kNoise && j < i + 3) ++j;
  if (j >= blocks.size() || blocks[j].spans.empty()) return {};
  if (blocks[j].role == BlockRole::kSignature ||
      blocks[j].spans.front().first > last + kMostLinesToName)
    return {};
  std::string_view text(blocks[j].text);
  return text.substr(0, text.find('\n'));
}

// Whether the next block but noise is a signature block starting within a
// few lines of this one's end: the same signature, cut by the line roles.
bool SignatureGoesOn(const std::vector<Block>& blocks, size_t i) {
  constexpr int kMostLinesBetween = 4;
  if (blocks[i].spans.empty()) return false;
  size_t j = i + 1;
  while (j < blocks.size() &&
         (blocks[j].role == BlockRole::kNoise || blocks[j].role == BlockRole::kPageNumber ||
          blocks[j].role == BlockRole::kRunningHeader))
    ++j;
  return j < blocks.size() && blocks[j].role == BlockRole::kSignature && !blocks[j].spans.empty() &&
         blocks[j].spans.front().first <= blocks[i].spans.back().last + kMostLinesBetween;
}

// The signatures an annex block opens with ("TM. CHÍNH PHỦ" / "THỦ TƯỚNG" /
// name / "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI" / …): its lines up to the first
// that no signature prints, a list's head or item ("Nơi nhận:", "- Lưu: …")
// or a sentence. The block may run on into the appendix (Nghị quyết liên
// tịch 102/2025/NQLT: recipients, "PHỤ LỤC", then forms whose signing boxes
// are no signers of the text).
std::string_view SignatureLead(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trimmed(text.substr(begin, end - begin));
    bool sentence = !AtMostWords(line, kMostOfficeWords) && !MostlyUppercase(line);
    if (line.ends_with(':') || line.starts_with("- ") || sentence) return text.substr(0, begin);
    begin = end + 1;
  }
  return text;
}

// The last line of the document's last closing block, or "".
std::string_view LastClosingLine(const Document& doc) {
  for (size_t i = doc.blocks.size(); i > 0; --i) {
    const Block& b = doc.blocks[i - 1];
    if (b.role != BlockRole::kClosing) continue;
    std::string_view text(b.text);
    size_t nl = text.rfind('\n');
    return nl == std::string_view::npos ? text : text.substr(nl + 1);
  }
  return {};
}

}  // namespace

std::vector<Signer> ReadSigners(const Document& doc) {
  // A signature block this far below the last one read is a form's signing
  // box in an appendix the line roles left in the body (102/2025/NQLT: the
  // signatures end at line 250, "TM. BAN THƯỜNG TRỰC …" / "(Ký tên, đóng
  // dấu)" stands at 1338), not a joint text's next signer.
  constexpr int kMostLinesBetweenSignatures = 30;
  SignatureReader reader;
  const Block* signature = nullptr;  // the last signature block read
  int last_read = 0;                 // the last line of the last block read
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (reader.found() && !b.spans.empty() &&
        (b.role == BlockRole::kSignature || b.role == BlockRole::kAnnex) &&
        b.spans.front().first > last_read + kMostLinesBetweenSignatures)
      break;
    if (!b.spans.empty() && (b.role == BlockRole::kSignature || b.role == BlockRole::kAnnex))
      last_read = b.spans.back().last;
    if (b.role == BlockRole::kSignature) {
      reader.ReadBlock(b.text, NameAfter(doc.blocks, i), SignatureGoesOn(doc.blocks, i));
      signature = &b;
    } else if (b.role == BlockRole::kAnnex && signature != nullptr &&
               ContinuesSignatures(*signature, b, doc.blocks[i - 1])) {
      reader.ReadBlock(SignatureLead(b.text), NameAfter(doc.blocks, i));
    } else if (b.role == BlockRole::kAnnex && signature != nullptr &&
               &doc.blocks[i - 1] == signature && OpensWithAttestedName(b.text)) {
      // A Philippine Act's attestation block, cut after its first cell: the
      // presiding officers, the secretaries under the certificate of passage,
      // "Approved:" and the President, each "(Sgd.) NAME" over the office.
      reader.ReadBlock(b.text, {});
    } else if (b.role == BlockRole::kAnnex && reader.found()) {
      break;
    }
  }
  if (!reader.found()) {
    // A law's web copy runs the signature onto the line under its enacting
    // formula ("Luật này đã được Quốc hội … thông qua ngày 24 tháng 6 năm
    // 2015." / "CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng"), and the line roles keep
    // it in the closing: a closing's last line that reads as a flattened
    // signature (capitals, then a name ending the line) is the signature.
    if (std::string_view last = LastClosingLine(doc); !FlattenedSigners(Trimmed(last)).empty())
      reader.ReadBlock(last, {});
  }
  return reader.Take();
}

}  // namespace congvan::parse
