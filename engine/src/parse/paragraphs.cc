// Stage 2 of parsing: body lines → paragraphs.
//
// Two physical layouts exist and are decided per document, never assumed:
// web copies put one paragraph per line (consecutive lines are separate
// paragraphs even without a blank line), PDF/OCR extractions hard-wrap
// paragraphs at a fixed width. A document is hard-wrapped when its lines are
// short (90th percentile of lengths ≤ 130 code points) and a fair share of
// them stop mid-sentence and continue on the next line in lower case.
//
// In a hard-wrapped document a line joins the open paragraph when the text
// plainly continues: the previous line is not finished, and either the line
// follows directly or (across blank lines and page furniture) it starts in
// lower case. A line that begins with something marker-like still joins
// when the previous line ran to the margin without finishing its sentence —
// that is a wrapped "Điều 5 của Luật…" or "2024 từ…", not a new item.
//
// A paragraph of one unchanged line (most of a law) is a run of the decoded
// text's buffer (SharedText), never copied: the tasks made from it keep
// that buffer. Only a paragraph of joined lines owns its text.
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/wrapped_division_word.h"

namespace congvan::parse {
namespace {

constexpr size_t kMaxWrappedWidth = 130;  // longer lines mean one paragraph per line
constexpr int kMinJoinEvidencePercent = 15;
constexpr double kFullWidthRatio = 0.8;  // a line this close to the width ran to the margin

bool IsPageFurniture(BlockRole role) {
  return role == BlockRole::kPageBreak || role == BlockRole::kPageNumber ||
         role == BlockRole::kRunningHeader || role == BlockRole::kNoise ||
         role == BlockRole::kFootnote;  // a page's footnotes sit between its text and the next page
}

// The line opens with the code of a civil servants' rank or title (mã số
// chức danh nghề nghiệp, "V.09.02.07", "V.07.01.03"): a capital, then groups
// of two digits after dots.
bool OpensWithRankCode(std::string_view s) {
  auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  return s.size() >= 8 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && digit(2) && digit(3) &&
         s[4] == '.' && digit(5) && digit(6) && s[7] == '.';
}

// Ends with ';' (spaces and closing quotes aside): an item of a list ends so.
bool EndsWithSemicolon(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"')) s.remove_suffix(1);
  return !s.empty() && s.back() == ';';
}

bool EndsParagraph(std::string_view s) {
  return EndsWithTerminalPunctuation(s) || (!s.empty() && s.back() == ':');
}

// Starts with a word in lower case: the line's first byte is a letter, and
// its first token holds no digit and no marker's or symbol's punctuation,
// so a sub-point the grammar does not number ("a.1. Giá đất …"), an OCR'd
// marker ("a} Bộ trưởng …", "`  c) Bộ Quốc phòng …") or a formula's symbol
// ("n: số lượng mẫu …") is not one.
bool StartsWithLowercaseWord(std::string_view s) {
  if (s.empty() || !StartsLowercase(s)) return false;
  const auto first = static_cast<unsigned char>(s[0]);
  if (!((first >= 'a' && first <= 'z') || first >= 0xC3)) return false;
  std::string_view token = s.substr(0, s.find(' '));
  return token.find_first_of("0123456789.)]}:") == std::string_view::npos;
}

// A formula's symbol named by "là" or "=" ("n là tổng số lĩnh vực …", "Pi là
// mức thu …" under "Trong đó:"): a token of one to four ASCII letters and
// digits, then " là " or " = ". A definition of its own, not the rest of the
// definition before.
bool NamesSymbol(std::string_view s) {
  size_t space = s.find(' ');
  if (space == 0 || space == std::string_view::npos || space > 4) return false;
  for (size_t i = 0; i < space; ++i)
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) return false;
  std::string_view rest = s.substr(space);
  return rest.starts_with(" là ") || rest.starts_with(" = ");
}

// Starts with punctuation that cannot open a paragraph (", ...", ".. và").
bool StartsWithContinuationPunctuation(std::string_view s) {
  return !s.empty() && (s[0] == ',' || s[0] == ';' || s[0] == '.' || s[0] == ')');
}

// The line defines a symbol of a formula, as the lines under "Trong đó:" /
// "where:" do: "n: Số lượng yếu tố …", "X1, X2,... Xn: Điểm của …". Before
// the colon stand at most four tokens of a few Latin letters each, with
// digits and the punctuation of a list of symbols; a word of prose ("Ghi
// chú:", "Bước 4:", "Trong đó:") has more letters or letters outside ASCII.
constexpr size_t kMaxSymbolHeadBytes = 24;
constexpr int kMaxSymbolTokens = 4;
constexpr int kMaxSymbolLetters = 3;
bool DefinesSymbol(std::string_view text) {
  // Only the head may hold the colon: a long line is not read to its end.
  size_t colon = text.substr(0, kMaxSymbolHeadBytes + 1).find(':');
  if (colon == std::string_view::npos) return false;
  int tokens = 0, letters_in_token = 0;
  bool in_token = false, any_letter = false;
  for (char c : text.substr(0, colon)) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == ' ') {
      in_token = false;
      continue;
    }
    if (!in_token) {
      in_token = true;
      letters_in_token = 0;
      if (++tokens > kMaxSymbolTokens) return false;
    }
    if (letter) {
      any_letter = true;
      if (++letters_in_token > kMaxSymbolLetters) return false;
    } else if (!(c >= '0' && c <= '9') && c != ',' && c != '.' && c != '_') {
      return false;
    }
  }
  return any_letter;
}

// The line opens with a lower-case word of prose: no label, no symbol of a
// formula ("n: …", "n là …"), which open a definition of their own.
bool OpensWithLowercaseProse(std::string_view text) {
  return StartsWithLowercaseWord(text) && !DefinesSymbol(text) && !NamesSymbol(text);
}

// The line right below `prev` goes on the sentence that `prev` left at a
// colon: it opens with lower-case prose and is no formula ("…theo công thức
// sau:" / "𝑔̅ = √𝑇1 × …", a math italic letter being lower case too).
bool ContinuesAfterColon(std::string_view prev, std::string_view text) {
  return !prev.empty() && prev.back() == ':' && OpensWithLowercaseProse(text) &&
         text.find('=') == std::string_view::npos;
}

// The line starts with a heading of legislation (part, chapter, section,
// article: the continuous style and those ranked above it). Its title often
// runs to the margin without punctuation, and what follows is a new item.
// A quoted provision's first line reads like any other ("“Điều 22. …").
std::string_view WithoutOpeningQuote(std::string_view text) {
  for (std::string_view q : {std::string_view("\xE2\x80\x9C"), std::string_view("\"")}) {
    if (text.substr(0, q.size()) == q) return text.substr(q.size());
  }
  return text;
}

// A body line with the grammar's marker matches on it, as written and
// without its opening quote. The joining rules ask about a line's markers up
// to a dozen times, and Grammar::Match answers each question with a copy of
// its matches (a vector of strings): each form is made once, when first
// asked, and kept while the line is looked at. The line as written is read
// from its packed answer (LineMarkers): RE2 ran on it in line roles, or runs
// now and the answer stays on the line for its paragraph.
class MarkedLine {
 public:
  // `scratch` holds the markers as written while the line is looked at; the
  // caller reuses it from line to line (no vector allocated per line).
  MarkedLine(const SourceLine& line, const Grammar& grammar, std::vector<MarkerMatch>& scratch)
      : line_(line), grammar_(grammar), markers_(scratch) {}
  MarkedLine(const MarkedLine&) = delete;
  MarkedLine& operator=(const MarkedLine&) = delete;

  const SourceLine& line() const { return line_; }
  const Grammar& grammar() const { return grammar_; }
  std::string_view text() const { return line_.text; }
  const std::vector<MarkerMatch>& Markers() const {
    if (!made_) grammar_.MarkersOf(PackedLineMarkers(grammar_, line_), line_.text, &markers_);
    made_ = true;
    return markers_;
  }
  std::string_view Unquoted() const { return WithoutOpeningQuote(line_.text); }
  const std::vector<MarkerMatch>& UnquotedMarkers() const {
    std::string_view unquoted = Unquoted();
    if (unquoted.size() == line_.text.size()) return Markers();
    if (!unquoted_markers_) unquoted_markers_ = grammar_.Match(unquoted);
    return *unquoted_markers_;
  }

 private:
  const SourceLine& line_;
  const Grammar& grammar_;
  std::vector<MarkerMatch>& markers_;  // LineMarkers(grammar_, line_) once made_
  mutable bool made_ = false;
  mutable std::optional<std::vector<MarkerMatch>> unquoted_markers_;
};

bool IsStructuralHeading(const MarkedLine& line) {
  const Grammar& grammar = line.grammar();
  for (const MarkerMatch& m : line.UnquotedMarkers()) {
    if (grammar.styles()[static_cast<size_t>(m.style)].rank <= grammar.structural_rank())
      return true;
  }
  return false;
}

// The line opens a numbered item: a marker followed by a capital or a quote
// ("1. Các công việc", "a) Lái xe", "Điều 6. Hợp đồng"), not a figure or a
// cross-reference that a sentence wrapped onto the line.
bool OpensItem(const MarkedLine& line) {
  const Grammar& grammar = line.grammar();
  std::string_view text = line.Unquoted();
  for (const MarkerMatch& m : line.UnquotedMarkers()) {
    std::string_view rest = text.substr(std::min(m.text_begin, text.size()));
    // A bullet ("- Xây dựng …") opens an item as a number does; "- 2025"
    // after "2021" is a range wrapped onto the line.
    bool bullet = grammar.styles()[static_cast<size_t>(m.style)].kind == OrdinalKind::kNone;
    if ((m.value > 0 || bullet) && !rest.empty() && !StartsLowercase(rest) &&
        LetterCount(rest.substr(0, 8), 1) > 0) {
      return true;
    }
  }
  return false;
}

constexpr double kShortFirstLineRatio = 0.75;  // an indented first line ends this short
constexpr int kMinShortFirstLines = 3;
constexpr int kMinShortFirstLinePercent = 60;

// Whether the copy kept each paragraph's first-line indent as a shorter
// first line (a web page's text wrapped at a fixed width): most paragraphs
// whose first line the next line visibly continues (in lower case) open
// with a line well short of the width.
bool HasShortFirstLines(const std::vector<SourceLine>& lines, int width) {
  int continued = 0, short_first = 0;
  bool at_start = true;  // the next body line opens a paragraph
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const SourceLine& line = lines[i];
    if (line.blank || line.role) {
      at_start = true;
      continue;
    }
    const SourceLine& next = lines[i + 1];
    if (at_start && !next.blank && !next.role && StartsLowercase(next.text) &&
        !EndsParagraph(line.text)) {
      ++continued;
      if (CodePointCount(line.text) < kShortFirstLineRatio * width) ++short_first;
    }
    at_start = EndsParagraph(line.text);
  }
  return short_first >= kMinShortFirstLines &&
         short_first * 100 >= continued * kMinShortFirstLinePercent;
}

}  // namespace

Layout DetectLayout(const std::vector<SourceLine>& lines) {
  Layout layout;
  std::vector<size_t> lengths;
  lengths.reserve(lines.size());  // grown by doubling, it was copied 18 times on a law
  int evidence = 0;
  const SourceLine* previous = nullptr;
  for (const SourceLine& line : lines) {
    if (line.blank || line.role || line.table_cell) {  // a table's cells say nothing of the layout
      previous = nullptr;
      continue;
    }
    lengths.push_back(CodePointCount(line.text));
    if (previous != nullptr && !EndsParagraph(previous->text) && StartsLowercase(line.text)) {
      ++evidence;
    }
    previous = &line;
  }
  if (lengths.size() < 4) return layout;
  // The 90th percentile: the element a sort would put there (nth_element, linear).
  const auto at_p90 = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() * 9 / 10);
  std::nth_element(lengths.begin(), at_p90, lengths.end());
  size_t p90 = *at_p90;
  if (p90 > kMaxWrappedWidth) return layout;
  if (evidence * 100 < static_cast<int>(lengths.size()) * kMinJoinEvidencePercent) return layout;
  layout.hard_wrapped = true;
  layout.line_width = static_cast<int>(p90);
  layout.short_first_lines = HasShortFirstLines(lines, layout.line_width);
  return layout;
}

namespace {

constexpr double kLongLineRatio = 0.55;  // a line this long is prose, not a heading
constexpr size_t kMaxLeadInLines = 4;    // a sentence announcing a list wraps over at most this

const SourceLine* NextLine(const std::vector<SourceLine>& lines, const SourceLine& line);

// Decides, line by line, whether a line continues the open paragraph.
class ParagraphJoiner {
 public:
  ParagraphJoiner(const Layout& layout, const Grammar& grammar,
                  const std::vector<SourceLine>& lines)
      : layout_(layout), grammar_(grammar), lines_(lines) {}

  // The line `line` follows the open paragraph, whose last line is `last`
  // (null when no paragraph is open), after blank lines and/or furniture.
  // `next` is the line after `line` (null at the end or before a gap).
  bool Joins(const SourceLine* last, const MarkedLine& marked, const SourceLine* next,
             bool blank_gap, bool furniture_gap) const {
    const SourceLine& line = marked.line();
    if (last == nullptr || line.attachment_start) return false;
    // A bold run ("**7. Báo và" / "Phát thanh, …**") is one heading: the line
    // right after the one that opened it, with no blank line between.
    if (bold_open_ && !blank_gap && !furniture_gap) return true;
    std::string_view prev = last->text;
    // A division's word wrapped from its number by a crawler's caption
    // ("Luật Quốc tịch Việt Nam 2008. Mục" / "1. QUY ĐỊNH CHUNG") is one
    // heading, whatever list the number seems to continue.
    if (!blank_gap && !furniture_gap && WrapsDivisionNumber(prev, line.text, grammar_)) return true;
    // A marker that continues its list ("4." after "3.") opens the next item,
    // however the line before it ended; so does a part, chapter or section
    // heading ("Chương I").
    if (ContinuesSequence(marked) || ContinuesBullets(marked) || ContinuesArticles(marked) ||
        IsDivisionHeading(marked)) {
      return false;
    }
    // So does the first sub-item of the open item: "b.2.1)" right under
    // "b.2) Tại cơ quan thuế nơi chuyển đến", "2.1." under "2. …" — its
    // number is the open item's number and 1 — even after a line that
    // stops on a conjunction or a preposition.
    if (OpensFirstSubItem(marked)) return false;
    // A formula's symbols are defined one a line: a definition after a
    // definition is the next one, however the line before ended ("n: … (n ≥
    // 6)" / "X1, X2,... Xn: …").
    if (open_defines_symbol_ && DefinesSymbol(line.text)) return false;
    // A procedure's step ("Bước 2: …", the grammar's step cue) opens a
    // paragraph of its own, as a numbered item would.
    if (line.opens_step) return false;
    // Each legal basis ("Căn cứ Luật …;") is a paragraph of its own, and so
    // is a closing sentence after a finished one ("… thi hành Thông tư
    // này." / "Trong quá trình thực hiện, …").
    if (!prev.empty() && (prev.back() == ';' || prev.back() == '.') &&
        (line.legal_basis || line.closing_cue)) {
      return false;
    }
    // A line that ends with a conjunction or a preposition goes on, in any
    // layout: no paragraph ends with "của" or "the".
    if (!blank_gap && !furniture_gap && EndsWithContinuationWord(prev, grammar_) &&
        !MostlyUppercase(prev) && !IsDivisionHeading(marked)) {
      return true;
    }
    // A reference chain broken before its article ("… tại khoản 2, khoản 3
    // hoặc khoản 5" / "Điều 10 Nghị định này cấp …", as legal portals break
    // a line at a linked reference) goes on: an article heading without its
    // dot after a line that stops on a typed number ("khoản 5", "point b")
    // is the rest of the reference. A line stopping on another number ("PDF
    // generated: …, 10:51" / "Article 78") does not say so.
    if (!blank_gap && !furniture_gap && !open_is_heading_ && OpensUndottedArticle(marked) &&
        EndsWithTypedNumber(prev)) {
      return true;
    }
    // So is a line that opens with a typed number but with no marker at all
    // ("… trường hợp tại khoản 4" / "Điều 47, về cấp tài khoản …": a comma
    // after the number is no heading's).
    if (!blank_gap && !furniture_gap && !open_is_heading_ && marked.Markers().empty() &&
        EndsWithDigit(prev) && StartsWithTypedNumber(line.text) && EndsWithTypedNumber(prev)) {
      return true;
    }
    // A paragraph never opens in lower case: a line that does continues the
    // one before, in any layout (a web copy broken after "… xã hội;").
    if (!layout_.hard_wrapped) {
      // "“c) Suspension of …" opens a quoted item: not a lower-case start.
      return !blank_gap && !furniture_gap && StartsLowercase(line.text) &&
             marked.UnquotedMarkers().empty() &&
             grammar_.Match(grammar_.UndoOcrConfusions(marked.Unquoted())).empty();
    }
    return JoinsWrapped(*last, marked, next, blank_gap || furniture_gap);
  }

  // Joins() in a hard-wrapped text, past the rules every layout shares.
  // `gap`: a blank line or page furniture stands between `last` and the line.
  bool JoinsWrapped(const SourceLine& last, const MarkedLine& marked, const SourceLine* next,
                    bool gap) const {
    const SourceLine& line = marked.line();
    std::string_view prev = last.text;
    bool looks_like_marker = !marked.UnquotedMarkers().empty();
    bool unfinished = !EndsParagraph(prev);
    // A code wrapped to the line's start after its label ("… (hạng III) - Mã
    // số:" / "V.09.02.07 đối với viên chức …", Công báo): the label's
    // sentence goes on; no item opens with a code ("V." is no Roman five).
    if (OpensWithRankCode(line.text) && (unfinished || prev.back() == ':')) return true;
    // A paragraph never opens in lower case: after a clause that ends in ';'
    // (an enumeration run on inside one point: "… trên địa bàn;" / "xây dựng
    // và tổ chức thực hiện đề án …"), a line that opens with a lower-case
    // word and no marker goes on, across the blank line a PDF's line spacing
    // leaves and across a page's furniture ("… xét công nhận tốt nghiệp;" /
    // "CÔNG BÁO/Số 97 + 98/…" / "nội quy, quy chế …"). A new item opens with
    // its marker, a label of its own ("a.2) …", "a.1. …") or a capital; a
    // formula's symbol ("n: …", "n là …") opens a definition of its own.
    if (EndsWithSemicolon(prev) && OpensWithLowercaseProse(line.text) && !looks_like_marker)
      return true;
    // Nor after a colon inside its sentence: a line right below one that
    // ends in ':' and opening with a lower-case word and no marker goes on
    // the sentence ("5. Quan tâm giải quyết các vấn đề còn tồn đọng như:" /
    // "tài sản công dôi dư, …"; "b) Đẩy mạnh hợp tác công - tư:" / "đặt hàng
    // doanh nghiệp …"); what a colon announces opens with its marker or a
    // capital. A blank line between may part a list's unmarked first item.
    if (!gap && ContinuesAfterColon(prev, line.text) && !looks_like_marker) return true;
    if (gap) {
      return unfinished && !looks_like_marker &&
             (StartsLowercase(line.text) || StartsWithContinuationPunctuation(line.text));
    }
    if (!unfinished) {
      // A finished sentence at the margin continues with the next one in the
      // same paragraph; a short finished line ends the paragraph. A sentence
      // that announces the list under it opens a paragraph of its own.
      return !looks_like_marker && FullWidth(prev, kFullWidthRatio) && prev.back() != ':' &&
             !OpensListLeadIn(line);
    }
    // The line before stops mid-sentence. A bare number there ("… tại
    // khoản" / "7 Điều 17 …") is the rest of a reference, not an item.
    if (OnlyStrictMarkers(marked)) looks_like_marker = false;
    bool opens_item = OpensItem(marked);
    // "(0243.9719.472 máy lẻ 7092)" after "… số điện thoại" goes on too.
    bool continues = StartsLowercase(line.text) || StartsWithContinuationPunctuation(line.text) ||
                     line.text.front() == '(' ||
                     (!line.text.empty() && line.text[0] >= '0' && line.text[0] <= '9');
    if (continues && !looks_like_marker) return true;  // "17/11/2023 để …" continues too
    // A conjunction or a preposition never ends a line of its own, whatever
    // follows it ("… theo quy định tại" / "Điều 66 Nghị định số …").
    if (EndsWithContinuationWord(prev, grammar_) && !MostlyUppercase(prev)) return true;
    // Nor does a comma, unless a new item begins ("… Hội Cựu chiến binh," /
    // "Đoàn Thanh niên …").
    if (prev.back() == ',' && !looks_like_marker) return true;
    // A heading whose bold run closes right after its marker, text after
    // it ("**Điều 4. **Chánh" / "Văn phòng Ủy ban nhân dân tỉnh; …", "**Điều
    // 3.** Các thành viên Ban" / "Chỉ đạo, Bộ trưởng, …"), has no title on
    // the line: the text opens the article's own sentence, wrapped, and an
    // unmarked line right below goes on with it whatever its first letter.
    if (open_text_after_bold_marker_ && lines_in_open_ == 1 && !looks_like_marker) return true;
    // An article heading's title goes on in lower case; a capital after it
    // begins the article's text.
    if (open_is_heading_ && open_is_heading_line_ && !StartsLowercase(line.text)) return false;
    // Where first lines are indented short, a short line that the next line
    // continues in lower case is the first line of a new paragraph ("Cục
    // Thuế thông báo để các đơn vị được biết" / "và triển khai thực hiện./.").
    if (layout_.short_first_lines && next != nullptr && StartsLowercase(next->text) &&
        !EndsParagraph(line.text) && !FullWidth(line.text, kShortFirstLineRatio)) {
      return false;
    }
    // Where first lines are indented short, a short unfinished first line
    // goes on whatever the next begins with ("2. Việc đánh giá, xếp loại" /
    // "Trung tâm học tập cộng đồng …"); a heading there is bold.
    if (layout_.short_first_lines && lines_in_open_ == 1 && !open_is_heading_ && !last.bold &&
        !MostlyUppercase(prev) && !opens_item && !looks_like_marker) {
      return true;
    }
    // At the margin it is a sentence wrapped before a name or a number —
    // unless the line opens an item under a long heading ("Điều 5. …" / "1.
    // Các công việc …"). A short line followed by a capital is a heading; a
    // long line of prose that is not one runs on ("… của tỉnh Đắk" / "Lắk …").
    // A bullet after a line that had room for it: the width did not force
    // that break, a paragraph ended there ("… đề án có liên quan" / "- Xây
    // dựng …"), where a name wrapped at its dash runs to the margin first
    // ("… Sở Lao động" / "- Thương binh và Xã hội …"). Only a bullet: a
    // word's width in a proportional font is not its letter count.
    if (BulletStyle(marked) >= 0 && HadRoomFor(prev, line.text)) return false;
    if (FullWidth(prev, kFullWidthRatio)) return !(open_is_heading_ && opens_item);
    return !open_is_heading_line_ && FullWidth(prev, kLongLineRatio) && !opens_item;
  }

  // Whether `line` opens a sentence that announces the list under it: in a
  // capital, it runs on (no line of it ends a sentence) to a line that ends
  // with ':' within kMaxLeadInLines, and the line right after that opens a
  // marked item ("… gửi Bộ Lao động - Thương binh và Xã hội." / "Tài liệu gửi
  // kèm văn bản đề xuất … nguy hiểm:" / "a) Tóm tắt hiện trạng …", circular
  // 29/2021). Asked only after a finished sentence at the margin.
  bool OpensListLeadIn(const SourceLine& line) const {
    if (line.text.empty() || StartsLowercase(line.text) || !HasNoMarkers(grammar_, line))
      return false;
    size_t index = static_cast<size_t>(&line - lines_.data());
    for (size_t j = index; j < lines_.size() && j < index + kMaxLeadInLines; ++j) {
      const SourceLine& l = lines_[j];
      if (l.blank || l.role || (j > index && !HasNoMarkers(grammar_, l))) return false;
      if (l.text.back() == ':') {
        const SourceLine* after = NextLine(lines_, l);
        return after != nullptr && !HasNoMarkers(grammar_, *after);
      }
      if (EndsParagraph(l.text)) return false;
    }
    return false;
  }

  // Called after `line` joined the open paragraph or opened a new one.
  void Took(const MarkedLine& marked, bool opened) {
    const SourceLine& line = marked.line();
    if (opened) {
      open_is_heading_ = IsStructuralHeading(marked);
      // A numbered heading line ("Điều 5. Title", "1. Về …"); a bullet
      // ("- Chỉnh lý lại quy định tại …") is prose, not a heading.
      bool numbered = false;
      for (const MarkerMatch& m : marked.UnquotedMarkers()) {
        numbered = numbered || grammar_.styles()[static_cast<size_t>(m.style)].heading;
      }
      // The marker test first: it is already made, and most lines of a law
      // are numbered (MostlyUppercase reads the whole line).
      open_is_heading_line_ = numbered || MostlyUppercase(line.text);
      open_text_after_bold_marker_ = numbered && TextAfterBoldMarker(marked);
      open_bullet_style_ = BulletStyle(marked);
      open_defines_symbol_ = DefinesSymbol(line.text);
      RecordOpenItemPath(marked);
      for (const MarkerMatch& m : marked.Markers()) {
        if (Tracked(m)) SetLastValue(m);
        if (grammar_.styles()[static_cast<size_t>(m.style)].continuous)
          last_article_[m.style] = m.value;
      }
      lines_in_open_ = 1;
    } else {
      open_is_heading_line_ = false;  // a paragraph of two lines is not a heading line
      ++lines_in_open_;
    }
    bold_open_ = line.opens_bold_run;  // a run carries over one line only
  }
  void Break() { bold_open_ = false; }

 private:
  // The line opens with a bold run holding only its heading marker, and
  // plain text follows the run ("**Điều 4. **Chánh"): the reader left the
  // run's closing "**" inside the line's text, and the marker's text begins
  // after it (the grammar skips emphasis closed right after a marker). Such
  // copies put a title inside the run ("**Điều 23. Quy định chuyển tiếp**");
  // a plain title after the run ("**Điều 3.** Hiệu lực thi hành") has a
  // blank line below it, across which the rule above does not join.
  static bool TextAfterBoldMarker(const MarkedLine& marked) {
    const std::vector<MarkerMatch>& markers = marked.UnquotedMarkers();
    std::string_view text = marked.text();
    if (markers.empty() || marked.Unquoted().size() != text.size()) return false;
    size_t begin = std::min(markers.back().text_begin, text.size());
    std::string_view head = text.substr(0, begin);
    while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
    std::string_view rest = text.substr(begin);
    return head.ends_with("**") && !rest.empty() && rest.find("**") == std::string_view::npos;
  }

  // The bullet style ("-", "+") the line opens with (the last one matched),
  // or -1.
  int BulletStyle(const MarkedLine& line) const {
    int style = -1;
    for (const MarkerMatch& m : line.Markers()) {
      if (grammar_.styles()[static_cast<size_t>(m.style)].kind == OrdinalKind::kNone)
        style = m.style;
    }
    return style;
  }

  // `prev` plus a space and the first word of `next` fit in the width.
  bool HadRoomFor(std::string_view prev, std::string_view next) const {
    if (layout_.line_width <= 0) return false;
    size_t word = next.find(' ');
    std::string_view first = next.substr(0, word);
    return static_cast<int>(CodePointCount(prev) + 1 + CodePointCount(first)) <= layout_.line_width;
  }

  bool FullWidth(std::string_view text, double ratio) const {
    return layout_.line_width > 0 &&
           static_cast<double>(CodePointCount(text)) >= ratio * layout_.line_width;
  }

  // The text ends with a number that says what it numbers, in the grammar's
  // typed-number patterns ("… hoặc khoản 5").
  bool EndsWithTypedNumber(std::string_view text) const {
    constexpr size_t kTail = 48;
    size_t from = text.size() > kTail ? text.size() - kTail : 0;
    while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    std::string_view tail = text.substr(from);
    for (const auto& m : grammar_.FindMeta("typed-number", tail)) {
      if (m.end == tail.size()) return true;
    }
    return false;
  }

  // The text opens with a number that says what it numbers ("Điều 47, …").
  bool StartsWithTypedNumber(std::string_view text) const {
    constexpr size_t kHead = 32;
    size_t to = std::min(text.size(), kHead);
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    for (const auto& m : grammar_.FindMeta("typed-number", text.substr(0, to))) {
      if (m.begin == 0) return true;
    }
    return false;
  }

  static bool EndsWithDigit(std::string_view text) {
    return !text.empty() && text.back() >= '0' && text.back() <= '9';
  }

  // The line opens with an article marker (a continuous style) written
  // without its dot or colon: "Điều 10 Nghị định này …".
  bool OpensUndottedArticle(const MarkedLine& line) const {
    for (const MarkerMatch& m : line.Markers()) {
      if (!grammar_.styles()[static_cast<size_t>(m.style)].continuous) continue;
      char last = m.marker.empty() ? ' ' : m.marker.back();
      if (last != '.' && last != ':') return true;
    }
    return false;
  }

  // Lists are told apart by style and, for decimals, by their prefix: the
  // key is looked up for every marked line, and is compared as it stands in
  // the marker (ListKeyOf), not written out as a string ("3.2.1") each time.
  struct ListKey {
    int style = 0;
    std::vector<int> prefix;
  };
  struct ListKeyView {
    int style = 0;
    std::span<const int> prefix;
  };
  struct ListKeyLess {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      if (a.style != b.style) return a.style < b.style;
      return std::lexicographical_compare(a.prefix.begin(), a.prefix.end(), b.prefix.begin(),
                                          b.prefix.end());
    }
  };
  static ListKeyView ListKeyOf(const MarkerMatch& m) { return {m.style, m.prefix}; }

  // A part, chapter or section heading (ranked above the continuous style,
  // articles) alone on its line or with its title in capitals; "Chương V Thông
  // tư này." at the start of a wrapped line is a cross-reference.
  bool IsDivisionHeading(const MarkedLine& line) const {
    std::string_view text = line.text();
    for (const MarkerMatch& m : line.Markers()) {
      if (grammar_.styles()[static_cast<size_t>(m.style)].rank >= grammar_.structural_rank())
        continue;
      std::string_view rest = text.substr(std::min(m.text_begin, text.size()));
      if (rest.empty() || MostlyUppercase(rest)) return true;
    }
    return false;
  }

  // Lists of items, not headings: "Điều 2 Nghị định này …" at the start of a
  // wrapped line is a cross-reference far more often than the next article.
  bool Tracked(const MarkerMatch& m) const {
    const MarkerStyle& s = grammar_.styles()[static_cast<size_t>(m.style)];
    return !s.strict && s.kind != OrdinalKind::kNone && s.rank > grammar_.structural_rank();
  }

  // Every marker the line could open with is of a strict style (a bare
  // number before a capital), which counts only where its list expects it.
  bool OnlyStrictMarkers(const MarkedLine& line) const {
    const std::vector<MarkerMatch>& found = line.Markers();
    if (found.empty()) return false;
    for (const MarkerMatch& m : found) {
      if (!grammar_.styles()[static_cast<size_t>(m.style)].strict) return false;
    }
    return true;
  }

  // The line opens another bullet of the list the open paragraph is an
  // item of ("- Đầu mối hỗ trợ ứng dụng" after "- Đầu mối hỗ trợ nghiệp vụ").
  bool ContinuesBullets(const MarkedLine& line) const {
    if (open_bullet_style_ < 0) return false;
    for (const MarkerMatch& m : line.Markers()) {
      if (m.style == open_bullet_style_ && m.text_begin < line.text().size()) return true;
    }
    return false;
  }

  // The next article ("Điều 2." after "Điều 1."), written with its dot: a
  // heading, however the line before ended ("… träch" / "Diéu 2. Đối tượng").
  // Without the dot "Điều 2 Nghị định …" at a line start is a wrapped
  // cross-reference and may join.
  bool ContinuesArticles(const MarkedLine& line) const {
    for (const MarkerMatch& m : line.Markers()) {
      auto it = last_article_.find(m.style);
      if (it == last_article_.end() || m.value != it->second + 1) continue;
      char last = m.marker.empty() ? ' ' : m.marker.back();
      if (last == '.' || last == ':') return true;
    }
    return false;
  }

  // The open paragraph's item as a path of numbers ("b.2)" → b's value, 2;
  // "2." → 2), from its first tracked marker; empty when it opens with none.
  void RecordOpenItemPath(const MarkedLine& line) {
    open_item_path_.clear();
    for (const MarkerMatch& m : line.Markers()) {
      if (!Tracked(m) || m.value <= 0) continue;
      open_item_path_.assign(m.prefix.begin(), m.prefix.end());
      open_item_path_.push_back(m.value);
      return;
    }
  }

  // A marker numbered 1 whose prefix is the open item's path ("b.2.1)" under
  // "b.2)"), opening an item.
  bool OpensFirstSubItem(const MarkedLine& line) const {
    if (open_item_path_.empty()) return false;
    for (const MarkerMatch& m : line.Markers()) {
      if (!Tracked(m) || m.value != 1) continue;
      if (std::equal(m.prefix.begin(), m.prefix.end(), open_item_path_.begin(),
                     open_item_path_.end()) &&
          OpensItem(line)) {
        return true;
      }
    }
    return false;
  }

  bool ContinuesSequence(const MarkedLine& line) const {
    for (const MarkerMatch& m : line.Markers()) {
      if (!Tracked(m)) continue;
      auto it = last_value_.find(ListKeyOf(m));
      if (it != last_value_.end() && m.value == it->second + 1 && OpensItem(line)) {
        return true;
      }
    }
    return false;
  }

  void SetLastValue(const MarkerMatch& m) {
    auto it = last_value_.find(ListKeyOf(m));
    if (it != last_value_.end()) {
      it->second = m.value;
    } else {
      last_value_.emplace(ListKey{m.style, {m.prefix.begin(), m.prefix.end()}}, m.value);
    }
  }

  const Layout& layout_;
  const Grammar& grammar_;
  const std::vector<SourceLine>& lines_;
  bool open_is_heading_ = false;  // the open paragraph is a part/chapter/section/article heading
  bool open_is_heading_line_ = false;  // it is one line that starts with a marker or is in capitals
  bool bold_open_ = false;             // a "**" run opened on a line before and is not closed yet
  int lines_in_open_ = 0;              // lines of the open paragraph
  int open_bullet_style_ = -1;         // the bullet style ("-", "+") the open paragraph opens with
  bool open_defines_symbol_ = false;   // the open paragraph defines a formula's symbol
  std::vector<int> open_item_path_;    // the open paragraph's item numbers ("b.2)": b, 2)
  // The open paragraph opens "**Điều 4. **Chánh": plain text after a bold marker.
  bool open_text_after_bold_marker_ = false;
  std::map<ListKey, int, ListKeyLess> last_value_;  // list → last value at a paragraph start
  std::map<int, int> last_article_;  // continuous style → last value at a paragraph start
};

// The line right after `line` when it is body text (no blank line, no
// furniture between), else null.
const SourceLine* NextLine(const std::vector<SourceLine>& lines, const SourceLine& line) {
  size_t index = static_cast<size_t>(&line - lines.data());
  if (index + 1 >= lines.size()) return nullptr;
  const SourceLine& next = lines[index + 1];
  return next.blank || next.role ? nullptr : &next;
}

// The text of the paragraph lines are joined into, built apart from it: the
// paragraph views its first line until a line joins it, then owns the joined
// text (an exact-size copy, made once when the paragraph is complete).
class JoinedText {
 public:
  // Appends `line` to the open paragraph `p`.
  void Join(Paragraph& p, const SourceLine& line, bool furniture_gap, const Grammar& grammar) {
    if (into_ != &p) {
      Flush();
      into_ = &p;
      text_.assign(p.text.view());
    }
    // A word hyphenated at the line's end ("quản-" / "lý", "imple-" /
    // "mentation") is joined as the language writes it: Vietnamese
    // syllables are words of their own, English drops the hyphen.
    bool hyphen = text_.size() >= 2 && text_.back() == '-' && text_[text_.size() - 2] != ' ' &&
                  StartsLowercase(line.text);
    if (hyphen) {
      text_.pop_back();
      if (grammar.hyphen_joins_with_space()) text_.push_back(' ');
    } else {
      text_.push_back(' ');
    }
    text_ += line.text;
    p.line_markers = {};  // its text is no longer its first line's
    if (furniture_gap) {
      p.spans.push_back({line.number, line.number});
    } else {
      p.spans.back().last = line.number;
    }
  }

  // Gives the paragraph joined into last its text.
  void Flush() {
    if (into_ == nullptr) return;
    into_->text = std::string_view(text_);
    into_ = nullptr;
    text_.clear();
  }

 private:
  Paragraph* into_ = nullptr;  // the paragraph `text_` belongs to
  std::string text_;
};

}  // namespace

Paragraphs BuildParagraphs(const std::vector<SourceLine>& lines, const Layout& layout,
                           const Grammar& grammar, const std::shared_ptr<const std::string>& text) {
  // The list grows a chunk at a time: no doubling (whose old and new buffers
  // were both alive when a vector grew: the parse's heap peak on a long law,
  // where nearly every line is a paragraph), and `joined` may point to one.
  Paragraphs paragraphs;
  // One keeper for the buffer; each paragraph's text is a run of it.
  const SharedText whole = SharedText::View(text, *text);
  JoinedText joined;
  ParagraphJoiner joiner(layout, grammar, lines);
  std::vector<MarkerMatch> line_markers;  // each line's, while it is looked at (MarkedLine)
  Paragraph* open = nullptr;
  const SourceLine* last_line = nullptr;  // last line of the open paragraph
  bool blank_gap = false;                 // blank lines since last_line
  bool furniture_gap = false;             // page furniture since last_line
  for (const SourceLine& line : lines) {
    if (line.blank) {
      blank_gap = true;
      continue;
    }
    if (line.role) {
      if (IsPageFurniture(*line.role)) {
        furniture_gap = true;
      } else {
        open = nullptr;  // any other block ends the paragraph
        joiner.Break();
      }
      continue;
    }
    // A table's cells are text of the paragraph that the table follows; the
    // line after a table begins a new one.
    bool after_table = last_line != nullptr && last_line->table_cell && !line.table_cell;
    MarkedLine marked(line, grammar, line_markers);
    bool join = open != nullptr && !after_table &&
                (line.table_cell ||
                 joiner.Joins(last_line, marked, NextLine(lines, line), blank_gap, furniture_gap));
    if (join) {
      joined.Join(*open, line, furniture_gap, grammar);
    } else {
      paragraphs.emplace_back();
      open = &paragraphs.back();
      open->attachment_start = line.attachment_start;
      open->opens_step = line.opens_step;
      open->text = whole.Run(line.text);
      open->spans.push_back({line.number, line.number});
    }
    joiner.Took(marked, !join);
    if (!join) open->line_markers = PackedLineMarkers(grammar, line);
    last_line = &line;
    blank_gap = false;
    furniture_gap = false;
  }
  joined.Flush();
  return paragraphs;
}

void MatchParagraphMarkers(Paragraphs& paragraphs, const Grammar& grammar) {
  // A paragraph of one line keeps its line's answer; a joined one (not
  // matched) is matched and packed. Only several markers (8 of 150,771
  // corpus lines) are made now: one is made when the tree stage asks.
  for (Paragraph& p : paragraphs) {
    if (!p.line_markers.matched()) p.line_markers = grammar.PackMarkers(p.text);
    if (p.line_markers.state == Grammar::PackedMarkers::kMany) {
      p.SetMarkers(grammar.MarkersOf(p.line_markers, p.text));
    }
  }
}

}  // namespace congvan::parse
