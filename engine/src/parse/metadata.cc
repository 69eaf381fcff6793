// Stage 4 of parsing: document metadata.
//
// All patterns come from the grammar's <meta> section (named RE2 groups), so
// a new document family is a data change. The document's own number, date,
// issuer and year are looked for in the blocks before the body (letterhead,
// title, lead, preamble), in that order; cited documents anywhere. Dates are
// validated (OCR gives "ngày 46 tháng 22"), and the document's own number is
// not listed among the documents it cites.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "parse/consolidated_text.h"
#include "parse/found_references.h"
#include "parse/kind_line.h"
#include "parse/markdown_front_matter.h"
#include "parse/parse_internal.h"
#include "parse/rule_head.h"
#include "text/collapse_spaces.h"
#include "text/trimmed.h"

namespace congvan::parse {
namespace {

// Digits as OCR misreads them: "0]" is "01", "l2" is "12", "O5" is "05".
std::string OcrDigits(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') continue;  // "0 6": a month split by the extraction
    if (c == 'o' || c == 'O') c = '0';
    if (c == 'l' || c == 'I' || c == 'i' || c == '|' || c == ']') c = '1';
    out.push_back(c);
  }
  return out;
}

std::string IsoDate(const Grammar& g, const std::map<std::string, std::string>& groups) {
  auto get = [&](const char* k) {
    auto it = groups.find(k);
    return it == groups.end() ? std::string() : OcrDigits(it->second);
  };
  int d = std::atoi(get("d").c_str());
  auto month = groups.find("month");
  int m = month == groups.end() ? std::atoi(get("m").c_str()) : g.MonthNumber(month->second);
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

using FrontMatter = std::vector<std::pair<BlockRole, const std::string*>>;

// Calls fn on each line of `text` until it returns true.
template <typename Fn>
bool AnyLine(const std::string& text, Fn&& fn) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    if (fn(std::string_view(text).substr(start, nl - start))) return true;
    start = nl + 1;
  }
  return false;
}

// The first valid date `text` gives as the document's own: not one inside a
// citation ("Nghị quyết số 01/NQ-CP ngày 6/1/2023" is the cited document's
// date), unless the citation names `own_number` (a caption "Circular No.
// 21/2012/TT-NHNN of June 18, 2012, stipulating …" cites nothing).
std::string UncitedDate(const std::string& text, const std::string& own_number, bool headings,
                        const Grammar& grammar) {
  auto citations = grammar.FindMeta("reference", text);
  for (const auto& m : grammar.FindMeta("date", text, headings)) {
    bool cited = false;
    for (const auto& c : citations) {
      auto number = c.groups.find("number");
      bool own = !own_number.empty() && number != c.groups.end() &&
                 RemoveSpaces(number->second) == own_number;
      cited = cited || (!own && m.begin < c.end && c.begin < m.end);
    }
    if (cited) continue;
    std::string date = IsoDate(grammar, m.groups);
    if (!date.empty()) return date;
  }
  return "";
}

// A law's or resolution's date is in its enacting formula ("… thông qua
// ngày 17 tháng 6 năm 2020"), in a closing block or the body's last words.
// A date a closing sentence cites is the cited text's ("Hướng dẫn này thay
// thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 …", a Party guidance copied
// without its letterhead): not this text's.
std::string ClosingDate(const Document& doc, const std::string& own_number,
                        const Grammar& grammar) {
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::kClosing && b.role != BlockRole::kSignature) continue;
    std::string date = UncitedDate(b.text, own_number, /*headings=*/true, grammar);
    if (!date.empty()) return date;
  }
  return "";
}

// A letterhead line without the rules drawn beside it ("QUỐC HỘI   --------",
// "| BỘ Y TẾ |") and without spaces at its ends.
std::string WithoutRules(std::string_view line) {
  constexpr std::string_view kRule = " \t-_=*.|";
  // A letterhead table keeps the national motto in the next cell, and a rule
  // of dashes under the name may follow it on the same line.
  for (std::string_view cut : {std::string_view("|"), std::string_view("---")}) {
    size_t at = line.find(cut);
    if (at != std::string_view::npos && at > 0) line = line.substr(0, at);
  }
  while (!line.empty() && kRule.find(line.back()) != std::string_view::npos) line.remove_suffix(1);
  while (!line.empty() && kRule.find(line.front()) != std::string_view::npos) line.remove_prefix(1);
  return std::string(line);
}

// `issuer` up to the national name a letterhead line put beside it
// ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
std::string WithoutMotto(std::string issuer, const Grammar& grammar) {
  auto motto = grammar.FindMeta("motto", issuer);
  if (!motto.empty() && motto.front().begin > 0)
    issuer = WithoutRules(issuer.substr(0, motto.front().begin));
  return issuer;
}

// Whether `line` holds a document number ("45/2019/QH14", "5282/CT-CS"): a
// digit, then a slash.
bool HoldsDocumentNumber(std::string_view line) {
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    if (line[i] >= '0' && line[i] <= '9' && line[i + 1] == '/') return true;
  }
  return false;
}

// Whether a body's name stops on a comma, spaces aside: its list of fields
// goes on below ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG
// TẠO," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"); a name never ends so.
bool EndsWithComma(std::string_view name) { return text::TrimmedEnd(name).ends_with(","); }

// Whether `line` carries on the body name `body` a letterhead wrapped: a name
// stopped on a comma, whatever the capitalised line's length (the top roles
// keep such a line in the letterhead: top_roles.cc), a known name once joined
// ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), a place after a generic body
// ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK"), or a short capitalised rest of an
// unknown one ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG", "UBND THÀNH PHỐ HÀ" / "NỘI").
bool ContinuesBody(const std::string& body, const std::string& line, const Grammar& grammar) {
  if (EndsWithComma(body) && UpperCase(line) == line && !HoldsDocumentNumber(line)) return true;
  if (!grammar.FindMeta("issuer-name", body + " " + line).empty()) return true;
  if (!grammar.FindMeta("issuer-continuation", line).empty()) return true;
  if (!grammar.FindMeta("issuer-name", body).empty()) return false;
  bool digits = std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
  return !digits && UpperCase(line) == line && std::count(line.begin(), line.end(), ' ') < 2;
}

// Whether `line` goes on with `body` by the grammar's names alone (a known
// name, a place after a generic body), not by looking like a name.
bool ContinuesKnownBody(const std::string& body, const std::string& line, const Grammar& grammar) {
  return !grammar.FindMeta("issuer-name", body + " " + line).empty() ||
         !grammar.FindMeta("issuer-continuation", line).empty();
}

// Whether a letterhead line is the national motto's ("CỘNG HÒA XÃ HỘI CHỦ
// NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), opening at its start.
bool IsMottoLine(const std::string& line, const Grammar& grammar) {
  auto motto = grammar.FindMeta("motto", line);
  return !motto.empty() && motto.front().begin == 0;
}

// Whether a letterhead line names a body: the issuer cue recognises it (also
// when OCR lost its diacritics) or a header issuer pattern does (the cue's
// folding misses some capitals: "SỞ GIÁO DỤC VÀ ĐÀO TẠO"). A line holding a
// document number is the number line, whatever it opens with ("Bộ luật số:
// 45/2019/QH14" under "QUỐC HỘI": "Bộ" opens a ministry's name too).
bool StartsBody(const std::string& line, const Grammar& grammar) {
  if (HoldsDocumentNumber(line)) return false;
  if (grammar.MatchCue("issuer", FoldForCues(line)) >= 0) return true;
  auto found = grammar.FindMeta("issuer", line);  // the whole line, not "Ký bởi: …"
  return !found.empty() && found.front().groups["issuer"] == line;
}

// Whether a letterhead line ends with a dash, spaces aside ("BỘ CÔNG AN -").
bool EndsWithDash(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line.ends_with(" -") || line.ends_with(" \u2013");
}

// The issuing body among a letterhead column's lines: the last body the
// issuer cue recognises, with the lines that wrapped its name joined. A bare
// unit the superior body owns ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "VĂN PHÒNG", the
// Party's layout of Hướng dẫn 36-HD/VPTW; "BỘ TÀI CHÍNH" / "VĂN PHÒNG") is
// named with its superior: "VĂN PHÒNG BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ
// CHỨC BAN CHẤP HÀNH TRUNG ƯƠNG" (then as the grammar spells them).
std::string LastBody(const std::string& column, const Grammar& grammar) {
  std::string body, superior;
  bool joint_before = false;  // the line before ended with a dash: the name goes on
  bool after_motto = false;   // a motto line was passed inside the column
  AnyLine(column, [&](std::string_view raw) {
    std::string line = text::CollapseSpaces(WithoutMotto(WithoutRules(raw), grammar));
    // A Word letterhead read row by row interleaves the two cells: "UBND
    // TỈNH LÀO CAI" / "CỘNG HÒA XÃ HỘI …" / "SỞ CÔNG THƯƠNG" / "Độc lập …".
    // The motto's lines are passed over; after one, only a body's start or
    // a place the grammar knows carries the column on.
    if (!body.empty() && IsMottoLine(line, grammar)) {
      after_motto = true;
      return false;
    }
    // A joint letterhead lists its bodies joined by dashes, a dash ending
    // each line but the last ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -" / "TÒA ÁN
    // NHÂN DÂN TỐI CAO -" / "BỘ CÔNG AN - BỘ QUỐC PHÒNG -" / …): all issue it.
    bool joint = EndsWithDash(raw);
    // A bare unit under a body starts its own name too: the Party's
    // departments ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "BAN TỔ CHỨC"), which
    // no issuer cue opens.
    bool starts = StartsBody(line, grammar) ||
                  (!body.empty() && !grammar.FindMeta("issuer-unit", line).empty());
    if (starts && (!joint_before || body.empty())) {
      superior = body;
      body = line;
      joint_before = joint;
      return false;
    }
    if (body.empty()) return false;
    // The column ends at the first line that neither starts nor carries
    // on a body: the motto, the number, a subordinate unit's own line.
    if (!starts && after_motto && !ContinuesKnownBody(body, line, grammar)) return true;
    if (!starts && !ContinuesBody(body, line, grammar)) return true;
    body += (joint_before ? " - " : " ") + line;
    joint_before = joint;
    return false;
  });
  superior = WithoutRules(superior);
  if (!superior.empty() && !grammar.FindMeta("issuer-unit", WithoutRules(body)).empty())
    body = WithoutRules(body) + " " + superior;
  return body;
}

bool HoldsLetter(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
    if (c > 0 && u_isalpha(c)) return true;
  }
  return false;
}

// The letterhead's left column from header block `first` on: the block
// alone, or, when the national motto stands in a later header block with
// only header and noise blocks between, all of them up to it (a web copy
// that broke the name "BỘ NÔNG NGHIỆP" / "VÀ **" / "MÔI TRƯỜNG" into three
// blocks, the middle one noise).
std::string LetterheadColumn(const std::vector<Block>& blocks, size_t first,
                             const Grammar& grammar) {
  std::string column = blocks[first].text;
  if (!grammar.FindMeta("motto", column).empty()) return column;
  for (size_t i = first + 1; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.role != BlockRole::kHeader && b.role != BlockRole::kNoise) break;
    if (b.role == BlockRole::kHeader && !grammar.FindMeta("motto", b.text).empty()) {
      // A noise block between is joined only when it holds a letter ("VÀ **"):
      // a rule ("¯¯¯¯¯¯", "─────") under the name is no part of it.
      for (size_t j = first + 1; j < i; ++j) {
        if (blocks[j].role == BlockRole::kNoise && !HoldsLetter(blocks[j].text)) continue;
        column += "\n" + blocks[j].text;
      }
      break;
    }
  }
  return column;
}

// The issuing body named by the letterhead. Its left column names the
// superior body first and the issuing body last (Nghị định 30/2020/NĐ-CP,
// Phụ lục I: "BỘ TÀI CHÍNH" / "CỤC THUẾ"), so the issuer is the column's
// last body (LastBody). The column ends at the national motto; a copy that
// put the motto beside the name on one line keeps the name.
std::string LetterheadIssuer(const Document& doc, const Grammar& grammar) {
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].role != BlockRole::kHeader) continue;
    std::string body = LastBody(LetterheadColumn(doc.blocks, i, grammar), grammar);
    if (!body.empty()) return body;
  }
  return "";
}

// The issuing body: the letterhead's (grammar patterns over the header, then
// the issuer cue), else a pattern over the title and preamble prose ("Bộ X
// đã ban hành …"); a name the grammar knows is written as the grammar spells it.
// The issuing body a number's code names ("/QH15" Quốc hội, "-CP" Chính phủ).
std::string NumberIssuer(const std::string& number, const Grammar& grammar) {
  if (number.empty()) return "";
  auto found = grammar.FindMeta("number-issuer", number);
  return found.empty() ? "" : found.front().groups["value"];
}

// The body headed by the enacting authority over the legal bases
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU").
std::string AuthorityIssuer(const FrontMatter& front, const Grammar& grammar) {
  for (const auto& [role, text] : front) {
    if (role != BlockRole::kPreamble || !MostlyUppercase(*text)) continue;
    auto found = grammar.FindMeta("authority-issuer", *text);
    if (found.empty()) continue;
    auto& g = found.front().groups;
    return g.count("value") ? g["value"] : g["issuer"];
  }
  return "";
}

// The sender a telegram names on the line that heads its addressees
// ("THỦ TƯỚNG CHÍNH PHỦ điện:", Nghị định 30/2020/NĐ-CP, Phụ lục III), for a
// copy that starts at the title, with no letterhead.
std::string DispatchIssuer(const Document& doc, const Grammar& grammar) {
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::kAddressees) continue;
    auto found = grammar.FindMeta("authority-issuer", b.text);
    if (!found.empty() && found.front().begin == 0) return found.front().groups["issuer"];
  }
  return "";
}

std::string Issuer(const Document& doc, const FrontMatter& front, const std::string& site_issuer,
                   const std::string& number, const Grammar& grammar) {
  std::string issuer;
  auto from_patterns = [&](bool header) {
    for (const auto& [role, text] : front) {
      if ((role == BlockRole::kHeader) != header || !issuer.empty()) continue;
      auto found = grammar.FindMeta("issuer", *text);
      if (found.empty()) continue;
      // A pattern's value names the issuer when its text does not
      // ("Minister of Finance Ho Duc Phoc signed" → "Ministry of Finance").
      auto& g = found.front().groups;
      issuer = g.count("value") ? g["value"] : g["issuer"];
    }
  };
  issuer = LetterheadIssuer(doc, grammar);
  from_patterns(/*header=*/true);
  if (issuer.empty()) issuer = site_issuer;
  if (issuer.empty()) issuer = NumberIssuer(number, grammar);
  if (issuer.empty()) issuer = DispatchIssuer(doc, grammar);
  if (issuer.empty()) issuer = AuthorityIssuer(front, grammar);
  if (issuer.empty()) from_patterns(/*header=*/false);
  issuer = WithoutMotto(WithoutRules(issuer), grammar);
  auto canonical = grammar.FindMeta("issuer-name", issuer);
  if (!canonical.empty()) {
    const std::string& name = canonical.front().groups["value"];
    issuer = MostlyUppercase(issuer) ? UpperCase(name) : name;
  }
  return issuer;
}

// The portal's caption: the first block, one line of page furniture right
// over the letterhead, opening with a kind ("Nghị định 99/2022/NĐ-CP …").
const std::string* PortalCaption(const Document& doc, const Grammar& grammar) {
  if (doc.blocks.size() < 2) return nullptr;
  const Block& first = doc.blocks[0];
  if (first.role != BlockRole::kFurniture || doc.blocks[1].role != BlockRole::kHeader ||
      first.text.find('\n') != std::string::npos) {
    return nullptr;
  }
  auto kinds = grammar.FindMeta("kind", first.text);
  return !kinds.empty() && kinds.front().begin == 0 ? &first.text : nullptr;
}

// The kind of document the abbreviation in `number` names ("/NĐ-" Nghị
// định, "/VBHN-" Văn bản hợp nhất), or "".
std::string NumberKind(const std::string& number, const Grammar& grammar) {
  if (number.empty()) return "";
  // The first pattern in file order wins: "/NĐ-" before the catch-all "N/X".
  auto found = grammar.FindMeta("number-kind", number);
  auto first = std::min_element(found.begin(), found.end(),
                                [](const auto& a, const auto& b) { return a.pattern < b.pattern; });
  return first == found.end() ? "" : first->groups["value"];
}

// The kind of document: the first title or letterhead line that names one
// ("NGHỊ ĐỊNH", "KẾ HOẠCH", "DECREE"), else the abbreviation in its number.
std::string Kind(const FrontMatter& front, const std::string& site_kind, const std::string& number,
                 const Grammar& grammar) {
  std::string kind;
  for (BlockRole wanted : {BlockRole::kTitle, BlockRole::kHeader}) {
    for (const auto& [role, text] : front) {
      if (role != wanted || !kind.empty()) continue;
      AnyLine(*text, [&](std::string_view line) {
        auto found = KindsOnLine(line, grammar);  // "QUYẾT ĐỊNH1": a note's mark glued on
        if (!found.empty()) kind = found.front().groups["value"];
        return !kind.empty();
      });
    }
  }
  if (kind.empty()) kind = site_kind;
  if (kind.empty()) kind = NumberKind(number, grammar);
  return kind;
}

// `title` whose first line, its kind, carries a consolidation's note mark
// ("THÔNG TƯ1" / "Hướng dẫn giám sát …"): the title as enacted, without it.
std::string WithoutKindLineMark(std::string title, const Grammar& grammar) {
  std::string_view first = std::string_view(title).substr(0, title.find('\n'));
  std::string_view kind = WithoutKindNoteMark(first, grammar);
  if (kind.size() == first.size()) return title;
  return std::string(kind) + title.substr(first.size());
}

// Whether the gazette's banner over the text (a running header before its
// title: "VĂN BẢN HỢP NHẤT - BỘ Y TẾ") names `kind`: the Công báo files a
// consolidation under it, whose own number may not be read.
bool GazetteBannerNames(const Document& doc, const std::string& kind, const Grammar& grammar) {
  for (const Block& block : doc.blocks) {
    if (block.role == BlockRole::kTitle) return false;
    if (block.role != BlockRole::kRunningHeader) continue;
    bool named = false;
    AnyLine(block.text, [&](std::string_view line) {
      auto found = grammar.FindMeta("kind", line);
      named = !found.empty() && found.front().begin == 0 && found.front().groups["value"] == kind;
      return named;
    });
    if (named) return true;
  }
  return false;
}

// What a legal portal's box says about the document it carries (the
// grammar's scope="site" patterns over the page's furniture): used when the
// copy lacks its letterhead, before anything read from the prose.
struct SiteBox {
  std::string number, date, issuer, kind;
};

// A portal's box of data (furniture blocks), else the labelled head a US
// Federal Register rule opens with ("AGENCY:", "ACTION:", the date;
// rule_head.h), read with the grammar's site-scoped patterns.
SiteBox ReadSiteBox(const Document& doc, const Grammar& grammar) {
  SiteBox box;
  auto read = [&](std::string_view text) {
    auto first = [&](const char* field, const char* group, std::string& out) {
      if (!out.empty()) return;
      for (auto& m : grammar.FindMetaIn(field, text, "site")) {
        if (!m.scoped) continue;  // the box's own labels, not prose patterns
        out = std::string(field) == "date" ? IsoDate(grammar, m.groups) : m.groups[group];
        if (!out.empty()) return;
      }
    };
    first("number", "number", box.number);
    first("date", "", box.date);
    first("issuer", "issuer", box.issuer);
    first("kind", "value", box.kind);
  };
  for (const Block& b : doc.blocks) {
    if (b.role == BlockRole::kFurniture) read(b.text);
  }
  if (box.date.empty() || box.issuer.empty() || box.kind.empty()) {
    for (std::string_view text : RuleHeadTexts(doc, grammar)) read(text);
  }
  box.number = RemoveSpaces(box.number);
  return box;
}

bool IsHeading(BlockRole role) { return role == BlockRole::kHeader || role == BlockRole::kTitle; }

// The issuer codes opening `line`, the rest of a number the letterhead
// wrapped after a dash ("Số: 01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-BQP-BLĐTBXH"):
// capital letters, digits and dashes up to a space, or "" when the line
// opens otherwise.
std::string CodeAtStart(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  std::string_view code = line.substr(0, line.find_first_of(" \t"));
  if (code.empty() || !((code[0] >= 'A' && code[0] <= 'Z') || code.starts_with("\u0110")))
    return "";
  // Issuer codes only: ASCII capitals, digits, dashes and "Đ" ("TANDTC-BCA-
  // BLĐTBXH"); the place under a number ("Hà Nội", "TP. Hồ Chí Minh") is not.
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') continue;
    if (code.substr(i).starts_with("\u0110")) {
      i += 1;  // the second byte of Đ
      continue;
    }
    return "";
  }
  return std::string(code);
}

// Whether a number on the line under `before` completes a citation the line
// opened: a line in capitals ending with a kind that does not open it ("ĐOÀN
// KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT", an inspection team's
// letterhead naming the decision that set it up) — the number is that
// decision's, not the document's ("Số: 1105/KH-ĐKT" under it).
bool CitedByLineBefore(std::string_view before, const Grammar& grammar) {
  std::string line = WithoutRules(before);
  if (line.empty() || !MostlyUppercase(line)) return false;
  // The kind patterns open at a line's start: each later word is tried as one.
  for (size_t space = line.find(' '); space != std::string::npos;
       space = line.find(' ', space + 1)) {
    std::string_view rest = std::string_view(line).substr(space + 1);
    auto kinds = grammar.FindMeta("kind", rest);
    if (!kinds.empty() && kinds.front().begin == 0 && kinds.front().end == rest.size()) return true;
  }
  return false;
}

// The document's number: from the letterhead and title ("Số: 5427/TCT-TTKT"),
// else the portal's box, else the lead and preamble prose. Letterhead lines
// are matched one by one (the patterns anchor at "Số:"); a label alone on its
// line ("Số:" / "112/2024/NĐ-CP", the grammar's number-label) is read with the
// line after it, in the same block or the next. A label holding the bare
// sequence number ("Số: 35") waits for the line that holds the rest ("/2024/
// QĐ-UBND"): a signed PDF stamps the number into its own box, whose text the
// PDF's text layer puts further down the letterhead, after the motto or date.
//
// A web copy that flattened its letterhead ends the line with the label
// ("… Hạnh phúc --------------- Luật số:") and leaves the number alone on the
// next line, a block the line roles call noise ("16/2023/QH15"): such a noise
// block right after the letterhead is read only as the rest of a waiting label.
std::string DocumentNumber(const FrontMatter& front, const SiteBox& site, const Grammar& grammar) {
  std::string number;
  auto scan = [&](bool headings) {
    std::string label;         // a bare "Số:" line waiting for its number
    bool label_waits = false;  // the label holds a sequence number: it waits for "/…"
    bool wraps = false;        // the number ended its line with a dash: its code goes on
    std::string_view before;   // the line before, in this block or the last one read
    for (const auto& [role, text] : front) {
      if (!number.empty()) return;
      bool rest_only = role == BlockRole::kNoise;
      if (rest_only ? !headings || label.empty() : IsHeading(role) != headings) continue;
      AnyLine(*text, [&](std::string_view line) {
        if (wraps) {
          number += CodeAtStart(line);
          wraps = false;
          return true;
        }
        // Joined only after a label: most lines are matched as they are, uncopied.
        bool joins = !label.empty() && (!label_waits || line.starts_with('/'));
        if (rest_only && !joins) return true;
        std::string joined = joins ? label + " " + std::string(line) : std::string();
        if (!label_waits || joins) label.clear();
        auto found = grammar.FindMeta("number", joined.empty() ? line : joined, headings);
        if (CitedByLineBefore(before, grammar)) found.clear();
        before = line;
        if (!found.empty()) number = RemoveSpaces(found.front().groups["number"]);
        if (!found.empty() && number.ends_with('-')) {
          std::string_view matched = joined.empty() ? line : joined;
          wraps = matched.find_first_not_of(" \t", found.front().end) == std::string_view::npos;
        }
        if (number.empty() && !grammar.FindMeta("number-label", line, headings).empty()) {
          label = std::string(line);
          label_waits = !label.empty() && std::isdigit(static_cast<unsigned char>(label.back()));
        }
        return !number.empty() && !wraps;
      });
    }
  };
  scan(/*headings=*/true);
  if (number.empty()) number = site.number;
  scan(/*headings=*/false);
  return number;
}

// Whether the letterhead's place-date line leaves its day blank ("Lâm Đồng,
// ngày      tháng 9 năm 2025", a Word file before it is numbered and signed):
// the header's year pattern, which lets day and month be blank, matches
// where no date pattern does. Such a document has no date yet, and the dates
// of its prose are the cited texts' ("Căn cứ Quyết định số 05/2017/QĐ-TTg
// ngày 16 tháng 3 năm 2017 …").
bool LeavesDayBlank(const FrontMatter& front, const Grammar& grammar) {
  for (const auto& [role, text] : front) {
    if (!IsHeading(role)) continue;
    auto dates = grammar.FindMeta("date", *text, /*in_header=*/true);
    for (const auto& year : grammar.FindMeta("year", *text, /*in_header=*/true)) {
      if (!year.scoped) continue;
      bool dated = std::any_of(dates.begin(), dates.end(), [&](const auto& d) {
        return d.begin < year.end && year.begin < d.end;
      });
      if (!dated) return true;
    }
  }
  return false;
}

// The document's date: the letterhead's, else the portal's, else one the
// prose gives as this document's (not inside a citation: "Nghị quyết số
// 01/NQ-CP ngày 6/1/2023" is the cited document's date; a caption that names
// the document's own number, "Circular No. 21/2012/TT-NHNN of June 18, 2012,
// stipulating …", cites nothing), else a law's enacting formula — but none
// when the letterhead's date line leaves the day blank.
std::string DocumentDate(const Document& doc, const FrontMatter& front, const SiteBox& site,
                         const std::string& own_number, const Grammar& grammar) {
  std::string date;
  auto scan = [&](bool headings) {
    for (const auto& [role, text] : front) {
      if (!date.empty()) return;
      if (IsHeading(role) != headings) continue;
      date = UncitedDate(*text, own_number, headings, grammar);
    }
  };
  scan(/*headings=*/true);
  if (date.empty()) date = site.date;
  if (date.empty() && LeavesDayBlank(front, grammar)) return date;
  scan(/*headings=*/false);
  if (date.empty()) date = ClosingDate(doc, own_number, grammar);
  return date;
}

// The document's year: its date's, else the letterhead's place-date line
// with the day left blank ("ngày   tháng 6 năm 2026", an e-office draft),
// else the first "năm 2025" before the body (a title's "… năm 2025" would
// otherwise win over the letterhead's 2026).
int DocumentYear(const std::string& date, const FrontMatter& front, const Grammar& grammar) {
  if (date.size() >= 4) return std::atoi(date.substr(0, 4).c_str());
  for (const auto& [role, text] : front) {
    if (!IsHeading(role)) continue;
    for (auto& m : grammar.FindMeta("year", *text, /*in_header=*/true)) {
      if (m.scoped) return std::atoi(m.groups["y"].c_str());
    }
  }
  for (const auto& [role, text] : front) {
    auto found = grammar.FindMeta("year", *text);
    if (!found.empty()) return std::atoi(found.front().groups["y"].c_str());
  }
  return 0;
}

// Cited documents, in every block and task. Every citation number has a
// slash ("01/NQ-CP"), so the patterns run only on a window around each
// slash: the cost follows the number of citations, not the text length. The
// document's own number is not a citation.
class ReferenceCollector {
 public:
  ReferenceCollector(const std::string& own_number, const Grammar& grammar)
      : own_number_(own_number), grammar_(grammar) {}

  void Collect(std::string_view text, int line) {
    size_t covered_until = 0;
    for (size_t slash = text.find('/'); slash != std::string::npos;
         slash = text.find('/', slash + 1)) {
      if (slash < covered_until) continue;
      size_t begin = Boundary(text, slash > kWindowBefore ? slash - kWindowBefore : 0);
      size_t end = Boundary(text, std::min(text.size(), slash + kWindowAfter));
      if (end < text.size() && end <= slash) end = text.size();
      std::string_view window = std::string_view(text).substr(begin, end - begin);
      for (auto& m : grammar_.FindMeta("reference", window)) {
        size_t match_begin = begin + m.begin, match_end = begin + m.end;
        if (slash < match_begin || slash >= match_end) continue;
        covered_until = match_end;
        Add(m, text.substr(match_begin, match_end - match_begin), line);
        break;
      }
    }
  }

  std::vector<Reference> Take() { return found_.Take(); }

 private:
  static constexpr size_t kWindowBefore = 200;  // type + name + "số" before the number
  static constexpr size_t kWindowAfter = 80;    // the number and "ngày 6/1/2023" after it

  static size_t Boundary(std::string_view t, size_t pos) {
    while (pos > 0 && pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) --pos;
    return pos;
  }

  // `text` is a view of the document's text, which outlives the collector.
  void Add(Grammar::MetaMatch& m, std::string_view text, int line) {
    const std::string& number = m.groups["number"];
    if (RemoveSpaces(number) == own_number_) return;
    // Duplicates, a (line, number) found before, are dropped when the list
    // is taken (found_references.h): a long document cites thousands of times.
    found_.Add(text, m.groups["type"], number, IsoDate(grammar_, m.groups), line);
  }

  const std::string& own_number_;
  const Grammar& grammar_;
  FoundReferences found_;
};

std::vector<Reference> References(const Document& doc, const std::string& own_number,
                                  const Grammar& grammar) {
  ReferenceCollector collector(own_number, grammar);
  for (const Block& b : doc.blocks) {
    if (b.role == BlockRole::kRecipients || b.role == BlockRole::kAddressees) continue;
    collector.Collect(b.text, b.spans.empty() ? 0 : b.spans.front().first);
  }
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    collector.Collect(n.text, n.spans.empty() ? 0 : n.spans.front().first);
  });
  return collector.Take();
}

// A consolidated text's own number and date are the consolidating office's,
// printed in its certification above the signature (line_roles.cc,
// MarkCertificationAbove), after the articles; the number and date at its
// top are the base act's. Only signature blocks are read: a number of the
// consolidated kind there (consolidated_text.h) names the text and the date
// in that block is its date. Both empty when the text is no consolidation.
struct Consolidation {
  std::string number, date;
};

Consolidation CertifiedConsolidation(const Document& doc, const Grammar& grammar) {
  Consolidation found;
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::kSignature) continue;
    AnyLine(b.text, [&](std::string_view line) {
      found.number = RemoveSpaces(ConsolidationNumber(line, grammar));
      return !found.number.empty();
    });
    if (found.number.empty()) continue;
    for (const auto& m : grammar.FindMeta("date", b.text, /*in_header=*/true)) {
      found.date = IsoDate(grammar, m.groups);
      if (!found.date.empty()) break;
    }
    return found;
  }
  return found;
}

}  // namespace

Metadata ExtractMetadata(const Document& doc, const Grammar& grammar) {
  Metadata meta;
  // Front matter in reading order: letterhead, title, lead, preamble.
  FrontMatter front;
  // A portal's caption over the letterhead ("Luật biển Việt Nam 2012", page
  // furniture: line_roles.cc IsPortalCaption) names the kind and number first,
  // and gives the title when the copy's own title line is lost in a flattened
  // letterhead.
  const std::string* caption = PortalCaption(doc, grammar);
  if (caption != nullptr) front.emplace_back(BlockRole::kTitle, caption);
  FrontMatter numbered;  // the front matter and the noise right after the letterhead
  if (caption != nullptr) numbered.emplace_back(BlockRole::kTitle, caption);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (IsHeading(b.role) || b.role == BlockRole::kLead || b.role == BlockRole::kPreamble) {
      front.emplace_back(b.role, &b.text);
      numbered.emplace_back(b.role, &b.text);
    } else if (b.role == BlockRole::kNoise && i > 0 &&
               doc.blocks[i - 1].role == BlockRole::kHeader) {
      numbered.emplace_back(b.role, &b.text);
    }
  }
  // A Markdown copy's front matter ("---" / "title: …" / "---") is read as
  // furniture and a title by the line roles; its blocks give no title, and
  // its own title and date stand in for the body's when the body has none.
  MarkdownFrontMatter markdown = ReadMarkdownFrontMatter(doc);
  for (const auto& [role, text] : front) {
    if (text == caption) continue;
    if (markdown.closing_block != nullptr &&
        std::less_equal<const std::string*>()(text, &markdown.closing_block->text))
      continue;
    if (role == BlockRole::kTitle && meta.title.empty()) {
      // A title line a web copy joined to the date over it ("Hà Nội, ngày …
      // năm 2022 NGHỊ ĐỊNH VỀ …"): the date is the header's, not the title's.
      meta.title = WithoutKindLineMark(text->substr(PlaceDatePrefix(*text)), grammar);
      for (char& c : meta.title) {
        if (c == '\n') c = ' ';
      }
    }
  }
  if (meta.title.empty() && caption != nullptr) meta.title = *caption;
  // With no letterhead, what the body offers as a title is a page's own
  // caption ("## THÔNG TIN VĂN BẢN" over a Pháp điển page's facts box) or
  // nothing: the front matter's title is the one its publisher gave.
  bool has_letterhead = std::any_of(doc.blocks.begin(), doc.blocks.end(),
                                    [](const Block& b) { return b.role == BlockRole::kHeader; });
  if (!markdown.title.empty() && (meta.title.empty() || !has_letterhead))
    meta.title = markdown.title;
  SiteBox site = ReadSiteBox(doc, grammar);
  meta.number = DocumentNumber(numbered, site, grammar);
  meta.date = DocumentDate(doc, front, site, meta.number, grammar);
  if (meta.date.empty()) meta.date = markdown.date;
  if (Consolidation own = CertifiedConsolidation(doc, grammar); !own.number.empty()) {
    meta.number = own.number;
    if (!own.date.empty()) meta.date = own.date;
  }
  meta.issuer = Issuer(doc, front, site.issuer, meta.number, grammar);
  meta.kind = Kind(front, site.kind, meta.number, grammar);
  // A consolidated text repeats the base act's title ("LUẬT BẢO HIỂM Y TẾ",
  // "THÔNG TƯ …"), but its number is the consolidation's (certified after
  // the articles, or at the top of a Word copy: "Số: 67/VBHN-VPQH"), and so
  // is its kind: "Văn bản hợp nhất", as the Công báo files it.
  const std::string* consolidated = grammar.ReportLabel("consolidation-kind");
  if (consolidated != nullptr && (NumberKind(meta.number, grammar) == *consolidated ||
                                  GazetteBannerNames(doc, *consolidated, grammar))) {
    meta.kind = *consolidated;
  }
  if (int year = DocumentYear(meta.date, front, grammar); year > 0) meta.year = year;
  meta.references = References(doc, meta.number, grammar);
  return meta;
}

}  // namespace congvan::parse
