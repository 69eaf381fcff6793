// Line roles, furniture that comes back page after page: running headers and
// footers, the page numbers beside them, a portal's e-signature stamps.
//
// A running header is a short line that comes back page after page, its
// numbers aside ("Công văn 88/BYT-KCB   Trang 1/2", "CÔNG BÁO/Số 11 + 12/Ngày
// 10-01-2023"): every occurrence sits at a page edge (a blank line, a page
// break, a page number, a running header or the file's edge), never a line
// that continues a sentence or is continued in lower case, a list item, an
// issuer's name over a letterhead or the document's kind alone on its line
// ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:"). The lines are grouped by the key hashes
// the cue pass kept (running_header_keys.h), and a text that provably holds
// none is turned away first (running_header_gate.h). Page numbers need
// context: the role stays only beside furniture. The stamp a portal prints
// on each signed page ("Người ký: …", "Thời gian ký: …") is furniture too.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/line_roles.h"
#include "parse/running_header_gate.h"
#include "parse/running_header_keys.h"

namespace congvan::parse {
namespace {

constexpr size_t kMinLinesPerPage = 8;  // a running header comes back once per page

// A marker that opens a list item; a bare number before a capital (a strict
// style) is not one on its own: "40   CÔNG BÁO/Số …" is a page's header.
bool StartsWithListMarker(const SourceLine& line, const Grammar& grammar) {
  // One marker (most lines): its style says, without making the match.
  Grammar::PackedMarkers packed = PackedLineMarkers(grammar, line);
  if (packed.state == Grammar::PackedMarkers::kOne)
    return !grammar.styles()[static_cast<size_t>(packed.style)].strict;
  for (const MarkerMatch& m : grammar.MarkersOf(packed, line.text)) {
    if (!grammar.styles()[static_cast<size_t>(m.style)].strict) return true;
  }
  return false;
}

// A blank line that may part two pages. A table's "|" is blank once its
// markup is stripped, but it parts two cells of one table: a Word or web
// copy that writes a form one cell per line ("|" / "NGƯỜI LẬP BIỂU" / "|"
// / "(Ký, họ tên)" / "|", a form per annex) repeats its cells form after
// form like running headers, and a page has no edge inside a table.
bool PageEdgeBlank(const SourceLine& l) { return l.blank && !l.table_separator; }

// Page furniture sits between pages: next to a blank line, a page break, a
// page number, a running header or the file's edge.
bool AtPageEdge(const std::vector<SourceLine>& lines, long j) {
  if (j < 0 || j >= static_cast<long>(lines.size())) return true;
  const SourceLine& l = lines[static_cast<size_t>(j)];
  return PageEdgeBlank(l) || l.role == BlockRole::kPageBreak || l.role == BlockRole::kPageNumber ||
         l.role == BlockRole::kRunningHeader || IsLoneNumber(l);
}

// Whether blank lines part the text's paragraphs rather than its pages: a
// web or Markdown copy leaves one between every two paragraphs, a page of
// text none (a PDF's text leaves one at the page's foot, or a form feed).
constexpr size_t kMaxLinesPerParagraph = 12;
bool BlankLinesPartParagraphs(const std::vector<SourceLine>& lines) {
  size_t text = 0, parted = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].blank) {
      ++text;
    } else if (PageEdgeBlank(lines[k]) && k > 0 && !lines[k - 1].blank) {
      ++parted;
    }
  }
  return parted > 0 && text <= parted * kMaxLinesPerParagraph;
}

// Whether line k is a piece of a paragraph that a hard-wrapped copy happens
// to repeat: the opening of a bold run the next line closes ("**Điều" /
// "14. Yêu cầu kỹ thuật …**", a heading wrapped after its first word), or,
// where blank lines part paragraphs, the rest of the unfinished line right
// above it ("… theo quy định tại khoản 2 Điều 7 Nghị định số" /
// "42/2022/NĐ-CP.", "CHÀO BÁN TRÁI PHIẾU DOANH NGHIỆP" / "RA THỊ TRƯỜNG QUỐC
// TẾ"), as a page's header is parted from the text by a blank line there.
bool PieceOfParagraph(const std::vector<SourceLine>& lines, size_t k, bool blank_parts_paragraphs) {
  if (lines[k].opens_bold_run) return true;
  if (!blank_parts_paragraphs || k == 0) return false;
  const SourceLine& before = lines[k - 1];
  if (before.blank || before.role || before.text.empty()) return false;
  return !EndsWithTerminalPunctuation(before.text);
}

// Whether a line may be a running header by itself and its neighbours, the
// marker test aside: short, with letters, standing alone.
bool MayBeRunningHeader(const std::vector<SourceLine>& lines, size_t k) {
  const SourceLine& line = lines[k];
  if (line.blank || line.role || line.text.size() > kMaxRunningHeaderBytes ||
      LetterCount(line.text, 3) < 3) {
    return false;
  }
  // A line ending on a semicolon ends a list's entry — a legal basis, a
  // point's last words — and a header names a document or a page, it ends
  // no entry: "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;"
  // (TT 17/2026/TT-NHNN) and "Ô-xtơ-rây-li-a;" (VBHN 716/VBHN-BLĐTBXH,
  // cutting its point a) come back at page edges of their PDFs' text.
  if (line.text.back() == ';') return false;
  // A header stands alone: a sentence the next line goes on in lower case,
  // or the lower-case end of the line before's sentence ("tổ chức lễ
  // tang."), is text, however often the document repeats it.
  if (k + 1 < lines.size() && !lines[k + 1].blank && StartsLowercase(lines[k + 1].text))
    return false;
  return !(k > 0 && !lines[k - 1].blank && !lines[k - 1].role && StartsLowercase(line.text) &&
           !EndsWithTerminalPunctuation(lines[k - 1].text));
}

// An issuer's name opening a letterhead: the line, and at most two more
// right under it ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), stand directly
// above the national motto or the "Số:" line (the grammar's letterhead cue).
// A text that attaches annexes, each with its own letterhead, repeats the
// issuer page after page like a running header; the running header itself
// is parted from the letterhead under it by a blank line or a page number.
constexpr size_t kMaxIssuerLines = 3;
bool OpensLetterhead(const std::vector<SourceLine>& lines, size_t k, const Grammar& grammar) {
  for (size_t j = k + 1; j < lines.size() && j <= k + kMaxIssuerLines; ++j) {
    if (lines[j].blank || lines[j].role) return false;
    if (LineCue(grammar, lines[j], CueKind::kLetterhead) >= 0) return true;
  }
  return false;
}

// A line the grammar's footnote cue calls a note: a Pháp điển page's source
// note "(Điều 5 Luật số 102/2016/QH13, có hiệu lực thi hành kể từ …)" comes
// back under each article of the law with only its number changed, which is
// how a running header looks; it is the article's note (MarkPageFootnotes).
bool CuedAsFootnote(const SourceLine& line, const Grammar& grammar) {
  const int cue = LineCue(grammar, line, CueKind::kFootnote);
  return cue >= 0 && grammar.role_cues()[static_cast<size_t>(cue)].role == BlockRole::kFootnote;
}

// The document's kind alone on its line, as the grammar's kind patterns
// name kinds: the kind line over the title ("QUYẾT ĐỊNH") and the word
// that opens a decision's or resolution's body ("QUYẾT ĐỊNH:", "NGHỊ
// QUYẾT:"). A text whose annexes are forms of its own kind repeats both
// form after form, as a running header comes back page after page (QĐ
// 5042/QĐ-BNNMT: its legal bases became tasks); a running header names
// more than a kind ("Công văn 88/BYT-KCB   Trang 1/2").
bool KindAlone(const SourceLine& line, const Grammar& grammar) {
  std::string_view text = line.text;
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty()) return false;
  for (const Grammar::MetaMatch& m : grammar.FindMeta("kind", text)) {
    if (m.begin == 0 && m.end == text.size()) return true;
  }
  return false;
}

// The title right under a division's number alone on its line ("Chương I"
// / blank / "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ", a PDF's text): an
// amending text opens each of its chapters with the same words, which then
// come back like a running header; a header never heads a chapter.
constexpr size_t kMaxBlanksUnderHeading = 2;
bool TitlesBareHeading(const std::vector<SourceLine>& lines, size_t k, const Grammar& grammar) {
  size_t j = k;
  for (size_t blanks = 0; j > 0 && blanks <= kMaxBlanksUnderHeading; ++blanks) {
    --j;
    if (!lines[j].blank) break;
  }
  if (j == k || lines[j].blank || lines[j].role) return false;
  std::string_view text = lines[j].text;
  for (const MarkerMatch& m : LineMarkers(grammar, lines[j])) {
    const MarkerStyle& style = grammar.styles()[static_cast<size_t>(m.style)];
    // A division's or an article's style ("Chương", "Mục", "Điều"), not
    // a list's: a form's "[19]" / "Số thuế được miễn" is a cell and its label.
    if (!style.level.empty() && m.text_begin >= text.size()) return true;
  }
  return false;
}

}  // namespace

// Running headers and footers: a short line that comes back page after
// page, its numbers aside ("Công văn 88/BYT-KCB   Trang 1/2", "CÔNG BÁO/Số 11
// + 12/Ngày 10-01-2023"). A line seen twice counts only between page breaks
// or with a page-like number; every occurrence sits at a page edge, so a
// phrase a hard-wrapped text happens to repeat is not one.
//
// A line that starts with a list marker is not one (list items repeat their
// shape, headers do not start with markers), but matching markers costs a
// marker-set search a line (≈ 1,500 instructions): the lines are grouped by
// key first, and only a group of two or more is asked. A group of one stays
// under the two any header needs, so the groups are those of asking every
// line. An issuer's name over a letterhead is not one either (OpensLetterhead),
// nor a kind line or a body's opening word (KindAlone), nor the title under
// a division's bare number (TitlesBareHeading).
// The lines are grouped by the key hashes MarkLineCues kept (`header_hashes`,
// one per KeepsHeaderKeyHash line), checked into the keys' own groups.
// With `gate`, a text that provably holds none returns first, and the pass
// says so (running_header_gate.h): a law typed from the web, whose short
// lines repeat without page edges, otherwise pays for every short line's
// questions and for grouping them.
bool MarkRunningHeaders(std::vector<SourceLine>& lines, const Grammar& grammar,
                        const std::vector<uint32_t>& header_hashes, bool gate) {
  auto at_page_edge = [&](long j) { return AtPageEdge(lines, j); };
  if (gate && !MayHoldRunningHeaders(lines, header_hashes, kMinLinesPerPage, at_page_edge))
    return true;
  int page_breaks = 0;
  std::vector<size_t> candidates;
  std::vector<uint32_t> hashes;
  size_t kept = 0;  // the next of header_hashes
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].role == BlockRole::kPageBreak) ++page_breaks;
    if (!KeepsHeaderKeyHash(lines[k])) continue;
    uint32_t hash = header_hashes[kept++];
    if (!MayBeRunningHeader(lines, k)) continue;
    candidates.push_back(k);
    hashes.push_back(hash);
  }
  HeaderGroups found = GroupByHeaderKey(lines, candidates, hashes);
  for (std::vector<size_t>& where : found.groups) {  // list items out of the groups that can count
    std::erase_if(where, [&](size_t k) {
      return StartsWithListMarker(lines[k], grammar) || OpensLetterhead(lines, k, grammar) ||
             CuedAsFootnote(lines[k], grammar) || KindAlone(lines[k], grammar) ||
             TitlesBareHeading(lines, k, grammar);
    });
  }
  // Asked once, for the first group that needs it.
  std::optional<bool> blank_parts_paragraphs;
  auto piece_of_paragraph = [&](size_t k) {
    if (!blank_parts_paragraphs)
      blank_parts_paragraphs = page_breaks < 2 && BlankLinesPartParagraphs(lines);
    return PieceOfParagraph(lines, k, *blank_parts_paragraphs);
  };
  for (size_t g = 0; g < found.groups.size(); ++g) {
    const std::string& key = found.keys[g];
    const std::vector<size_t>& where = found.groups[g];
    bool page_like = PageLikeKey(key);
    size_t needed = (page_like || page_breaks >= 2) ? 2 : 3;
    if (where.size() < needed) continue;
    // Once per page: occurrences close together are a list, not a header.
    bool spread = true, at_edges = true;
    for (size_t k = 0; k < where.size(); ++k) {
      if (k > 0) spread = spread && where[k] - where[k - 1] >= kMinLinesPerPage;
      long at = static_cast<long>(where[k]);
      at_edges = at_edges && (AtPageEdge(lines, at - 1) || AtPageEdge(lines, at + 1));
    }
    if (!spread || (!at_edges && !page_like)) continue;
    // Pieces of paragraphs, most of them: a phrase the text repeats.
    if (!page_like &&
        2 * static_cast<size_t>(std::count_if(where.begin(), where.end(), piece_of_paragraph)) >
            where.size()) {
      continue;
    }
    for (size_t k : where) lines[k].role = BlockRole::kRunningHeader;
  }
  return false;
}

// Page numbers need context: keep the role only where page furniture or the
// file edge is on both sides; otherwise the number may be a wrapped figure.
void ConfirmPageNumbers(std::vector<SourceLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != BlockRole::kPageNumber) continue;
    long at = static_cast<long>(i);
    auto furniture = [&](long j) {
      if (j < 0 || j >= static_cast<long>(lines.size())) return true;
      const SourceLine& l = lines[static_cast<size_t>(j)];
      return PageEdgeBlank(l) || l.role == BlockRole::kPageBreak ||
             l.role == BlockRole::kRunningHeader;
    };
    // A page number right beside a running header is one ("CÔNG BÁO/Số …"
    // over "15"), whatever follows it on the page.
    auto header = [&](long j) {
      return j >= 0 && j < static_cast<long>(lines.size()) &&
             lines[static_cast<size_t>(j)].role == BlockRole::kRunningHeader;
    };
    if (header(at - 1) || header(at + 1)) continue;
    if (!furniture(at - 1) || !furniture(at + 1)) lines[i].role.reset();
  }
}

// The electronic-signature stamp a portal prints on each signed page
// ("Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …"): below the
// letterhead it is page furniture, so a paragraph runs on across it.
void MarkStamps(std::vector<SourceLine>& lines, const Grammar& grammar, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].role || LineCue(grammar, lines[i], CueKind::kStamp) < 0)
      continue;
    // A stamp is a run of at least two stamp lines (blank lines between); a
    // value wrapped onto the next line ("Người ký: Cổng Thông tin điện tử Chính"
    // / "phủ") goes with it.
    std::vector<size_t> run = {i};
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].blank) continue;
      bool wrapped =
          j == run.back() + 1 && StartsLowercase(lines[j].text) && AtMostWords(lines[j].text, 3);
      if (lines[j].role || (LineCue(grammar, lines[j], CueKind::kStamp) < 0 && !wrapped)) break;
      run.push_back(j);
    }
    if (run.size() < 2) continue;
    for (size_t k : run) lines[k].role = BlockRole::kRunningHeader;
    i = run.back();
  }
}

}  // namespace congvan::parse
