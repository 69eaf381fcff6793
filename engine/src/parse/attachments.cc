// Attached texts (the plan a decision approves, the regulation it issues).
//
// Approach: an attached text opens with a title in capitals followed within
// a few lines by the line that attaches it ("(Ban hành kèm theo Quyết định
// số …)"), or — right after a signature — a title naming a kind of text that
// carries provisions ("KẾ HOẠCH", "QUY CHẾ") followed by its first numbered
// heading. An appendix ("PHỤ LỤC", a form) is an annex, not an attached text;
// one laid out as Nghị định 30/2020 lays it out, its title then within a few
// lines "(Kèm theo …)", is the annex up to the next attached text even where
// no signature comes before it (an issued regulation ends at its last
// article): its lines take the annex role here, before the line roles below
// the top, which keep it.
// The pass reads every short line; what it asks of each is ordered cheapest
// first and asked only where the answer can change the outcome: the fields
// are looked up once per document (Grammar::MetaFieldNamed), the lines after a title are
// walked in place, and a next line's markers are made only for a kind title
// not already attached (they were made for every next line of every title in
// capitals: ≈ 10 k instructions a line on the 20 MB law's chapter titles).
#include "parse/attachments.h"

#include <string>
#include <string_view>
#include <vector>

namespace congvan::parse {

bool MayAnnounceAttachment(std::string_view text) {
  size_t k = 0;
  while (k < text.size() &&
         (text[k] == '*' || text[k] == '_' || text[k] == ' ' || text[k] == '\t')) {
    ++k;
  }
  if (k == text.size()) return false;
  const auto b = static_cast<unsigned char>(text[k]);
  const bool ascii_letter_or_digit =
      (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  // U+00C0–U+027F (lead bytes C3–C9) and U+1E00–U+1EFF (E1 B8–BB): the
  // Latin letters with marks ("Điều", "Ủy ban", "Đối với").
  const bool latin_with_marks =
      (b >= 0xC3 && b <= 0xC9) ||
      (b == 0xE1 && k + 1 < text.size() && static_cast<unsigned char>(text[k + 1]) >= 0xB8 &&
       static_cast<unsigned char>(text[k + 1]) <= 0xBB);
  return !ascii_letter_or_digit && !latin_with_marks;
}

namespace {

constexpr size_t kMaxAttachmentTitleLines = 4;  // "KẾ HOẠCH" … "(Ban hành kèm theo …)"
constexpr size_t kSignatureReach = 8;           // lines back from an attached title to a signature

// The fields the pass asks, looked up once per document.
struct AttachmentFields {
  explicit AttachmentFields(const Grammar& g)
      : grammar(g),
        annex_title(g.MetaFieldNamed("annex-title")),
        appendix_title(g.MetaFieldNamed("appendix-title")),
        attachment_this_text(g.MetaFieldNamed("attachment-this-text")),
        attachment_title(g.MetaFieldNamed("attachment-title")),
        attachment(g.MetaFieldNamed("attachment")) {}
  bool Matches(Grammar::MetaFieldRef field, std::string_view text) const {
    return !grammar.FindMeta(field, text).empty();
  }
  const Grammar& grammar;
  Grammar::MetaFieldRef annex_title, appendix_title, attachment_this_text, attachment_title,
      attachment;
};

bool OpensFirstHeading(const SourceLine& line, const Grammar& grammar);
bool AttachesAt(const std::vector<SourceLine>& lines, size_t j, const AttachmentFields& fields);

// A signature cue ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN") or a recipient list
// head within a few lines before line i: the text before i has ended. An
// attached text begun between them (its attaching line "(Kèm theo Quyết định
// …)", or its first heading "Chương I") owns line i: "QUY ĐỊNH CHUNG" under
// the attached Quy chế's "Chương I" is that chapter's title (Quyết định
// 170/QĐ-BCĐNNDL), no second attached text.
bool AfterSignature(const std::vector<SourceLine>& lines, size_t i,
                    const AttachmentFields& fields) {
  const Grammar& grammar = fields.grammar;
  size_t seen = 0;
  for (size_t j = i; j > 0 && seen < kSignatureReach;) {
    const SourceLine& l = lines[--j];
    if (l.blank) continue;
    ++seen;
    if (l.attachment_start || AttachesAt(lines, j, fields) || OpensFirstHeading(l, grammar))
      return false;
    std::string folded = FoldEndsForCues(l.text);
    if (grammar.MatchCue("signature", folded) >= 0 || grammar.MatchCue("head", folded) >= 0) {
      return true;
    }
  }
  return false;
}

// The line opens with the first item of a numbered heading ("Điều 1.", "I.").
bool OpensFirstHeading(const SourceLine& line, const Grammar& grammar) {
  for (const MarkerMatch& m : LineMarkers(grammar, line)) {
    const MarkerStyle& s = grammar.styles()[static_cast<size_t>(m.style)];
    if (m.value == 1 && s.kind != OrdinalKind::kNone && s.rank <= 40) return true;
  }
  return false;
}

// Line j attaches the text above it: it matches the attaching phrase, or it
// opens a parenthesis the phrase wraps out of ("*(Ban" / "hành kèm theo
// Quyết định số …)*", a page wrapped near 80 columns), and the phrase is then
// matched on it joined with the next line. One line ahead only: the phrase is
// five words, and a wrap splits it once.
bool AttachesAt(const std::vector<SourceLine>& lines, size_t j, const AttachmentFields& fields) {
  std::string_view text = lines[j].text;
  if (!MayAnnounceAttachment(text)) return false;
  if (fields.Matches(fields.attachment, text)) return true;
  size_t open = text.find_first_not_of("*_ \t");
  if (open == std::string_view::npos || text[open] != '(' ||
      text.find(')') != std::string_view::npos)
    return false;
  // A blank line ends the parenthesis.
  if (j + 1 == lines.size() || lines[j + 1].blank) return false;
  std::string joined(text);
  joined += ' ';
  joined += lines[j + 1].text;
  return fields.Matches(fields.attachment, joined);
}

// The title in capitals at line i is attached by one of the few lines after
// it: the index of that line, or 0 (line i itself is never one). An
// appendix's title between them owns the attaching line: a form's last
// heading over it ("V. ĐỀ XUẤT BIỆN PHÁP …" / "PHỤ LỤC II" / "DANH MỤC …" /
// "(Ban hành kèm theo Thông tư số 69/2025/TT-BNNMT …)") titles nothing.
size_t AttachingLine(const std::vector<SourceLine>& lines, size_t i,
                     const AttachmentFields& fields) {
  const bool kind_title = fields.Matches(fields.attachment_title, lines[i].text);
  size_t looked = 0;
  for (size_t j = i + 1; j < lines.size() && looked < kMaxAttachmentTitleLines; ++j) {
    const SourceLine& next = lines[j];
    if (next.blank) continue;
    ++looked;
    if (AtMostWords(next.text, 12) && fields.Matches(fields.appendix_title, next.text)) return 0;
    if (AttachesAt(lines, j, fields)) return j;
    if (kind_title && OpensFirstHeading(next, fields.grammar) && AfterSignature(lines, i, fields)) {
      return j;
    }
  }
  return 0;
}

// The line that opens the attached text whose attaching line is j, found
// from the line in capitals at i: a title naming a kind of text ("QUY CHẾ",
// "QUY ĐỊNH") between them, else i. An attached text printed as its own
// first page keeps its issuer's letterhead and the national motto
// ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") above its title: they are
// capitals too, but no title.
size_t KindTitleBetween(const std::vector<SourceLine>& lines, size_t i, size_t j,
                        const AttachmentFields& fields) {
  if (fields.Matches(fields.attachment_title, lines[i].text)) return i;
  for (size_t k = i + 1; k < j; ++k) {
    const SourceLine& line = lines[k];
    if (!line.blank && MostlyUppercase(line.text) &&
        fields.Matches(fields.attachment_title, line.text)) {
      return k;
    }
  }
  return i;
}

// An appendix as Nghị định 30/2020 (Phụ lục I) lays it out: its title
// ("PHỤ LỤC I", "Phụ lục 01") and, within a few lines, the line attaching it
// to the text it belongs to ("(Kèm theo Thông tư số …)"). Such a title says
// the text before it has ended, whatever stands between them.
// A provision that lists its text's appendices names that text as "this"
// ("Phụ lục I (kèm theo Thông tư này): Danh mục …" in Điều 1); an appendix's
// own attaching line names it by its number ("(Kèm theo Thông tư số 33/2023/…)").
bool AttachesOwnAppendix(const AttachmentFields& fields, std::string_view attaching) {
  return fields.Matches(fields.attachment, attaching) &&
         !fields.Matches(fields.attachment_this_text, attaching);
}

bool AttachedAppendixAt(const std::vector<SourceLine>& lines, size_t i,
                        const AttachmentFields& fields) {
  // "PHỤ LỤC (Ban hành kèm theo Luật …)" on one line, as copies of laws print it.
  if (size_t paren = lines[i].text.find('(');
      paren != std::string_view::npos && AttachesOwnAppendix(fields, lines[i].text.substr(paren))) {
    return true;
  }
  size_t looked = 0;
  for (size_t j = i + 1; j < lines.size() && looked < kMaxAttachmentTitleLines; ++j) {
    const SourceLine& next = lines[j];
    if (next.blank) continue;
    ++looked;
    if (MayAnnounceAttachment(next.text) && AttachesOwnAppendix(fields, next.text)) return true;
  }
  return false;
}

// Whether some line before a given one opens a first numbered heading
// ("Điều 1.", "I."): there is a text an appendix can follow (a file may hold
// appendices alone). Each line is read once, however many appendices ask.
class TextBefore {
 public:
  TextBefore(const std::vector<SourceLine>& lines, const Grammar& grammar)
      : lines_(lines), grammar_(grammar) {}
  bool At(size_t end) {
    for (; !seen_ && read_ < end; ++read_) {
      const SourceLine& l = lines_[read_];
      seen_ = !l.blank && !l.role && OpensFirstHeading(l, grammar_);
    }
    return seen_;
  }

 private:
  const std::vector<SourceLine>& lines_;
  const Grammar& grammar_;
  size_t read_ = 0;
  bool seen_ = false;
};

// A form's code between a line in capitals and its attaching line ("BẢO
// HIỂM XÃ HỘI VIỆT NAM" / "Mẫu số: B12a-BH" / "(Ban hành kèm theo Thông tư
// số 102/2018/TT-BTC …)"): the capitals are the form's heading, inside the
// appendix that lists the forms, not an attached text of their own.
bool FormBetween(const std::vector<SourceLine>& lines, size_t i, size_t j,
                 const AttachmentFields& fields) {
  for (size_t k = i + 1; k < j; ++k) {
    if (!lines[k].blank && AtMostWords(lines[k].text, 12) &&
        fields.Matches(fields.annex_title, lines[k].text) &&
        !fields.Matches(fields.appendix_title, lines[k].text)) {
      return true;
    }
  }
  return false;
}

// Whether the appendix title at line i opens the file's body: a file of
// appendices alone (an annex the gazette prints in a later issue, "(Tiếp
// theo Công báo số 201 + 202)" / "Phụ lục số 04" / "(Ban hành kèm theo Thông
// tư số 102/2018/TT-BTC …)") has above its first title only the page's
// furniture and the text's name, a few lines of which none ends a sentence or
// a lead-in; a text that lists or announces its appendices has prose before
// them (a basis ends in ';', a body in '.', a salutation in ':').
bool OpensFile(const std::vector<SourceLine>& lines, size_t i) {
  constexpr size_t kMaxOpeningLines = 12;  // letterhead, gazette header, title
  size_t seen = 0;
  for (size_t k = 0; k < i; ++k) {
    if (lines[k].blank) continue;
    if (++seen > kMaxOpeningLines) return false;
    std::string_view text = lines[k].text;
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (!text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ':'))
      return false;
  }
  return true;
}

// The lines [from, to) are an appendix: annex, but for the furniture found
// already. The line roles after the signature read the same.
void MarkAppendix(std::vector<SourceLine>& lines, size_t from, size_t to) {
  for (size_t k = from; k < to && k < lines.size(); ++k) {
    if (!lines[k].blank && !lines[k].role) lines[k].role = BlockRole::kAnnex;
  }
}

// A form's field left to fill in ("HỘ, CÁ NHÂN KINH DOANH: …..", "ĐƠN VỊ:
// ……"): capitals, but no title; a title never ends in fill dots.
bool EndsWithFillDots(std::string_view text) {
  int dots = 0;
  while (!text.empty() && dots < 2) {
    if (text.back() == '.') {
      text.remove_suffix(1);
    } else if (text.ends_with("\xE2\x80\xA6")) {  // …
      text.remove_suffix(3);
    } else {
      break;
    }
    ++dots;
  }
  return dots >= 2;
}

// Where an appendix that runs to the file's end stops: at the last signature
// line after it that is no form's signing box. A consolidated text certifies
// after its appendices ("XÁC THỰC VĂN BẢN HỢP NHẤT" / "KT. BỘ TRƯỞNG" / name,
// VBHN 2279/VBHN-BLĐTBXH); the line roles read that block as the signature.
size_t AppendixEnd(const std::vector<SourceLine>& lines, size_t from, const Grammar& grammar) {
  if (from >= lines.size()) return from;
  for (size_t k = lines.size(); k > from + 1;) {
    const SourceLine& l = lines[--k];
    if (l.blank || l.role || l.text.size() > kMaxCueLineBytes) continue;
    if (grammar.MatchCue("signature", FoldEndsForCues(l.text)) < 0) continue;
    if (SigningPlaceholderAt(lines, k, grammar) || SigningPlaceholderAt(lines, k + 1, grammar))
      continue;
    return k;
  }
  return lines.size();
}

// An appendix's title wrapped inside its bold run ("**Phụ" / "lục 01**", a
// portal's Markdown wrapping near 80 columns): the line that opens the run
// and the line right below that closes it, read as one. Empty when the line
// opens no such run.
std::string BoldRunTitle(const std::vector<SourceLine>& lines, size_t i) {
  const SourceLine& line = lines[i];
  if (!line.opens_bold_run || i + 1 >= lines.size()) return {};
  const SourceLine& below = lines[i + 1];
  if (below.blank || !below.continues_run || !below.closes_run) return {};
  std::string title(line.text);
  title += ' ';
  title.append(below.text);
  return title;
}

}  // namespace

// A chapter title ("QUY ĐỊNH CHUNG" over "Điều 1.") is neither an annex nor
// an attached text: it names no kind of text, or no signature comes before it.
void MarkAttachments(std::vector<SourceLine>& lines, const Grammar& grammar) {
  const AttachmentFields fields(grammar);
  size_t last_annex_title = lines.size();  // an appendix's title covers the lines just below it
  size_t appendix_from = lines.size();     // the first attached appendix not yet marked
  TextBefore text_before(lines, grammar);
  for (size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& line = lines[i];
    if (line.blank || line.text.size() > kMaxCueLineBytes) continue;
    // The word count first: it is cheap, and most short-enough lines are prose
    // of more than twelve words that the annex-title patterns need not read.
    const std::string wrapped = BoldRunTitle(lines, i);
    const std::string_view title = wrapped.empty() ? std::string_view(line.text) : wrapped;
    if (AtMostWords(title, 12) && fields.Matches(fields.annex_title, title)) {
      last_annex_title = i;  // "Phụ lục I", "PHỤ LỤC 2", "**Phụ" / "lục 01**"
      // Only an appendix proper ("PHỤ LỤC 01", "Appendix I") opens one without a
      // signature before it: a form ("Mẫu số S1a-HKD" / "(Kèm theo Thông tư …)")
      // is often printed inside the article that prescribes it, and the text
      // goes on after it ("2. Phương pháp ghi sổ", Thông tư 152/2025/TT-BTC).
      if (appendix_from == lines.size() && !line.role &&
          fields.Matches(fields.appendix_title, title) && AttachedAppendixAt(lines, i, fields) &&
          (text_before.At(i) || OpensFile(lines, i))) {
        appendix_from = i;
      }
      continue;
    }
    if (!MostlyUppercase(line.text) || EndsWithFillDots(line.text)) continue;
    if (last_annex_title < i && i - last_annex_title <= 2 * kMaxAttachmentTitleLines) continue;
    if (size_t j = AttachingLine(lines, i, fields); j != 0) {
      if (appendix_from < i && FormBetween(lines, i, j, fields)) {
        i = j;  // a form of the appendix, under its issuer's name: still the appendix
        continue;
      }
      const size_t start = KindTitleBetween(lines, i, j, fields);
      lines[start].attachment_start = true;
      MarkAppendix(lines, appendix_from, start);  // an attached text ends the appendix
      appendix_from = lines.size();
      i = j;  // the title's other lines are not titles of their own
    }
  }
  MarkAppendix(lines, appendix_from, AppendixEnd(lines, appendix_from, grammar));
}

}  // namespace congvan::parse
