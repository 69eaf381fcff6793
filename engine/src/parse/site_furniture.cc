// Line roles, what a copy's source put around the document: a Markdown
// converter's front matter, and a saved web page's own text.
//
// Front matter ("---" / "key: value" lines / "---") is furniture, except its
// "title:" line, which is the title. A saved web page puts its own text
// (banners, menus, a metadata box) before the document: above the
// letterhead's first line, or — when the copy has no letterhead — up to a
// portal's box about the document ("Số hiệu:", "Nơi ban hành:"). After the
// text, from the portal's caption of its own document on ("Công văn
// 5155/SGDĐT-… hướng dẫn …"), it is the page's again.

#include <string>
#include <string_view>
#include <vector>

#include "parse/line_roles.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxFrontMatterLines = 40;

}  // namespace

// Front matter a Markdown converter put above the text ("---" / "key: value"
// lines / "---"): furniture, except its "title:" line, which is the title.
void MarkFrontMatter(std::vector<SourceLine>& lines) {
  auto is_rule = [](const SourceLine& l) { return l.text == "---"; };
  auto is_key = [](std::string_view t) {
    size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
    for (char c : t.substr(0, colon)) {
      if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) return false;
    }
    return true;
  };
  size_t first = 0;
  while (first < lines.size() && lines[first].blank) ++first;
  if (first >= lines.size() || !is_rule(lines[first])) return;
  size_t close = first + 1;
  for (; close < lines.size() && close <= first + kMaxFrontMatterLines; ++close) {
    if (is_rule(lines[close])) break;
  }
  if (close >= lines.size() || !is_rule(lines[close])) return;
  bool in_title = false;
  for (size_t i = first; i <= close; ++i) {
    SourceLine& l = lines[i];
    if (l.blank) continue;
    if (i != first && i != close && is_key(l.text)) in_title = l.text.substr(0, 6) == "title:";
    l.role = in_title ? BlockRole::kTitle : BlockRole::kFurniture;
  }
}

namespace {

constexpr int kMaxCaptionWords = 30;
constexpr int kMinFurnitureLines = 2;    // a page's own text before the letterhead
constexpr int kMaxIssuerNameWords = 30;  // one line of a wrapped issuing body's name

// A legal portal captions its copy with the document's kind and number or
// year ("Nghị định 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm", "Bộ luật dân
// sự 2015") on one line above the letterhead. Nothing of the document itself
// stands above its issuer: the caption is the page's, and the document's
// title is the one under the letterhead. A caption is short, opens with a
// kind in the caption's own case ("Nghị định", not "NGHỊ ĐỊNH": a title in
// capitals above the letterhead is the letterhead's) and holds a digit.
bool IsPortalCaption(const SourceLine& line, const Grammar& grammar) {
  std::string_view t = line.text;
  if (!AtMostWords(t, kMaxCaptionWords) || MostlyUppercase(t) || EndsWithTerminalPunctuation(t) ||
      t.find_first_of("0123456789") == std::string_view::npos) {
    return false;
  }
  auto kinds = grammar.FindMeta("kind", t);
  return !kinds.empty() && kinds.front().begin == 0;
}

// Whether a line in [from, to) opens an article named by a code, not a
// number (a style of legislation without a value: the Pháp điển's "Điều
// 8.1.LQ.37."). A codified subject files the articles of many documents and
// is signed by none: it has no letterhead, and a sentence naming the State
// under its articles is their text.
bool CodifiedArticleBefore(const std::vector<SourceLine>& lines, const Grammar& grammar,
                           size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (lines[i].blank || lines[i].role || HasNoMarkers(grammar, lines[i])) continue;
    for (const MarkerMatch& m : LineMarkers(grammar, lines[i])) {
      const MarkerStyle& style = grammar.styles()[static_cast<size_t>(m.style)];
      if (style.level == "article" && style.kind == OrdinalKind::kNone) return true;
    }
  }
  return false;
}

// A dispatch's subject line ("V/v cập nhật …") with its number line above it
// ("Số:      /SCT-CN"): a Word letterhead's left cell holds issuer, number
// and subject, and a reader that takes the table cell by cell puts all three
// above the national motto of the right cell. They are the letterhead's, not
// a saved page's text above it.
bool SubjectUnderNumber(const std::vector<SourceLine>& lines, size_t at, const Grammar& grammar) {
  if (LineCue(grammar, lines[at], CueKind::kSubject) < 0) return false;
  size_t above = at;
  while (above > 0 && lines[above - 1].blank) --above;
  return above > 0 && LineCue(grammar, lines[above - 1], CueKind::kTop) >= 0;
}

// An issuing body's long name in capitals cut where it wraps, at a comma of
// its list of fields ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI
// SÁNG TẠO," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06", a provincial steering committee's
// Word letterhead): the name goes on below, so the line is the letterhead's
// however long, not a page's text above it. A banner or a menu does not end
// on a comma.
bool UnfinishedIssuerName(std::string_view text) {
  return !text.empty() && text.back() == ',' && MostlyUppercase(text) &&
         AtMostWords(text, kMaxIssuerNameWords);
}

}  // namespace

// A saved web page puts its own text (banners, menus, a metadata box) before
// the document; returns true when it found some. When the letterhead (national motto, "Số:" line)
// comes after several lines, everything above the letterhead's first line — the issuing body's name
// in capitals and the rules drawn around it — is page furniture.
//
// A text that opens with a division or an article ("Chương I", "Điều 1. Trẻ
// em": a law cut out of a codified page, without title or preamble) has no
// letterhead below: a sentence of an article naming the State ("… mà Cộng hòa
// xã hội chủ nghĩa Việt Nam là thành viên.") is its text, not the anchor of
// a page's furniture.
bool MarkSiteFurniture(std::vector<SourceLine>& lines, const Grammar& grammar) {
  size_t opening = 0;
  while (opening < lines.size() && (lines[opening].blank || lines[opening].role)) ++opening;
  if (opening < lines.size() && !HasNoMarkers(grammar, lines[opening]) &&
      OpensDivision(lines[opening], grammar, false))
    return false;
  size_t anchor = lines.size();
  for (size_t i = opening; i < lines.size() && anchor == lines.size(); ++i) {
    if (!lines[i].blank && !lines[i].role &&
        LineCue(grammar, lines[i], CueKind::kLetterhead) >= 0) {
      anchor = i;
    }
  }
  if (anchor == lines.size() || CodifiedArticleBefore(lines, grammar, opening, anchor))
    return false;
  size_t start = anchor;  // walk back over the letterhead's own lines
  for (size_t j = anchor; j > 0;) {
    const SourceLine& l = lines[--j];
    if (l.blank || (l.role && *l.role != BlockRole::kNoise)) continue;
    bool letterhead = l.role == BlockRole::kNoise ||
                      (MostlyUppercase(l.text) && AtMostWords(l.text, 12)) ||
                      UnfinishedIssuerName(l.text) || LineCue(grammar, l, CueKind::kTop) >= 0 ||
                      SubjectUnderNumber(lines, j, grammar);
    if (!letterhead) break;
    start = j;
  }
  int before = 0;  // lines of text above the letterhead that nothing else explains
  size_t only = start;
  for (size_t j = 0; j < start; ++j) {
    if (lines[j].blank || lines[j].role) continue;
    ++before;
    only = j;
  }
  if (before < kMinFurnitureLines) {
    // The caption alone does not make the copy a saved page whose own text
    // follows the document (MarkWebCaption): portals repeat the caption's
    // kind and number inside the text ("Nghị định 102/2024/NĐ-CP. Mục 1. …").
    if (before == 1 && IsPortalCaption(lines[only], grammar))
      lines[only].role = BlockRole::kFurniture;
    return false;
  }
  // Stray marks among the page's text ("X", "#", a date alone) are its text.
  for (size_t j = 0; j < start; ++j) {
    if (!lines[j].blank && (!lines[j].role || lines[j].role == BlockRole::kNoise)) {
      lines[j].role = BlockRole::kFurniture;
    }
  }
  return true;
}

namespace {

constexpr int kMinSiteFields = 3;  // "Số hiệu:", "Loại văn bản:", "Nơi ban hành:" …

}  // namespace

// A saved page of a legal portal without the document's letterhead opens
// with the portal's banners and its box about the document ("Số hiệu:" /
// "5435/CT-NVT", "Nơi ban hành:" / "Cục Thuế"), then the document from its
// addressees. When at least kMinSiteFields labels of the box stand before
// the document's first list head ("Kính gửi:"), everything up to the value of
// the last label is the page's. Returns true when it found such a box.
bool MarkSiteBox(std::vector<SourceLine>& lines, const Grammar& grammar) {
  int fields = 0;
  size_t last_field = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (LineCue(grammar, lines[i], CueKind::kHead) >= 0) break;
    if (LineCue(grammar, lines[i], CueKind::kSiteField) >= 0) {
      ++fields;
      last_field = i;
    }
  }
  if (fields < kMinSiteFields) return false;
  size_t end = last_field + 1;  // the last label's value, on its line or the next
  while (end < lines.size() && lines[end].blank) ++end;
  if (end < lines.size() && LineCue(grammar, lines[end], CueKind::kHead) < 0) ++end;
  for (size_t j = 0; j < end; ++j) {
    if (!lines[j].blank && (!lines[j].role || lines[j].role == BlockRole::kNoise)) {
      lines[j].role = BlockRole::kFurniture;
    }
  }
  return true;
}

namespace {

// The document's own number as its letterhead gives it ("Số: 5155/SGDĐT-…"),
// or empty.
std::string OwnNumber(const std::vector<SourceLine>& lines, const Grammar& grammar) {
  auto number_in = [&](std::string_view text, std::string_view scope) -> std::string {
    for (const auto& match : grammar.FindMetaIn("number", text, scope)) {
      auto it = match.groups.find("number");
      if (it != match.groups.end() && it->second.find('/') != std::string::npos) return it->second;
    }
    return {};
  };
  for (const SourceLine& line : lines) {
    if (line.role != BlockRole::kHeader) continue;
    if (std::string n = number_in(line.text, "header"); !n.empty()) return n;
  }
  // A portal's box gives it when the copy has no letterhead: "Số hiệu:" / "5435/CT-NVT".
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != BlockRole::kFurniture) continue;
    size_t j = i + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    std::string pair(lines[i].text);
    if (j < lines.size()) pair.append(" ").append(lines[j].text);
    if (std::string n = number_in(pair, "site"); !n.empty()) return n;
  }
  return {};
}

}  // namespace

// A saved web page captions the text it carried, after its end, with the
// document's kind and number ("Công văn 5155/SGDĐT-GDTXNNĐH hướng dẫn … do …
// ban hành"): from there on it is the page's own text (related documents,
// notices), even where an attached table left no signature to end the body.
// The number is compared without spaces: a letterhead leaves one where the
// number was written in by hand ("Số: 9476 /BNNMT-CNTY"), the caption none.
void MarkWebCaption(std::vector<SourceLine>& lines, const Grammar& grammar, size_t below_top) {
  std::string number = OwnNumber(lines, grammar);
  std::erase(number, ' ');
  if (number.empty()) return;
  auto starts_with_number = [&](std::string_view rest) {
    std::string compact(rest.substr(0, 2 * number.size()));
    std::erase(compact, ' ');
    return compact.compare(0, number.size(), number) == 0;
  };
  size_t caption = lines.size();
  for (size_t i = below_top; i < lines.size() && caption == lines.size(); ++i) {
    const SourceLine& line = lines[i];
    if (line.blank || line.role == BlockRole::kFurniture) continue;
    auto kinds = grammar.FindMeta("kind", line.text);
    if (kinds.empty() || kinds.front().begin != 0) continue;
    std::string_view rest = std::string_view(line.text).substr(kinds.front().end);
    if (starts_with_number(rest)) caption = i;
  }
  for (size_t i = caption; i < lines.size(); ++i) {  // the site's address box stays its footer
    if (!lines[i].blank && lines[i].role != BlockRole::kFooter)
      lines[i].role = BlockRole::kFurniture;
  }
}

}  // namespace congvan::parse
