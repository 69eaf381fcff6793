// Line roles, the top of the document: letterhead, subject ("V/v"), title,
// and the addressee list ("Kính gửi:" + its items).
//
// A machine over the lines, whose state says what the lines before it were:
// a title in capitals may continue, a kind title ("NGHỊ ĐỊNH") is followed by
// its subject, an issuing body's name may wrap, no title comes after the
// addressees. The enacting authority over the legal bases begins the
// preamble, not the letterhead.

#include <string>
#include <string_view>
#include <vector>

#include "parse/kind_line.h"
#include "parse/line_roles.h"
#include "text/trimmed.h"

namespace congvan::parse {
namespace {

// A line without the spaces and the bold or italic marks it ends with
// ("BAN CHỈ ĐẠO …,**"): what a title or a name ends on.
std::string_view WithoutBoldEnd(std::string_view line) { return text::TrimmedEnd(line, " \t*_"); }

// A subject under a kind title ("Về việc công bố danh mục … tỉnh Lai Châu")
// runs to about fifty words.
constexpr int kMaxSubjectWords = 60;

// The subject ("V/v …") often wraps over a few short lines. Returns the
// index of its last line.
size_t AbsorbSubject(std::vector<SourceLine>& lines, size_t i, const Grammar& grammar) {
  size_t last = i;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    SourceLine& next = lines[j];
    if (next.blank || next.role) continue;
    // A short line, or a longer one the subject runs on into ("… thực hiện
    // chính" / "sách, chế độ …").
    bool runs_on = !EndsWithTerminalPunctuation(lines[last].text) && StartsLowercase(next.text);
    if (LineCue(grammar, next, CueKind::kHead) >= 0 || LineCue(grammar, next, CueKind::kTop) >= 0 ||
        (!AtMostWords(next.text, 10) && !runs_on) || !HasNoMarkers(grammar, next)) {
      break;
    }
    next.role = BlockRole::kTitle;
    last = j;
  }
  return last;
}

// The next non-blank line is a legal basis ("Căn cứ …").
bool NextIsBasis(const std::vector<SourceLine>& lines, size_t i, const Grammar& grammar) {
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (lines[j].blank || lines[j].role) continue;
    return LineCue(grammar, lines[j], CueKind::kBasis) >= 0;
  }
  return false;
}

// The first content line reads like a title: not too long, not a finished
// sentence, not a numbered item, and text follows it.
bool LooksLikeTitle(const std::vector<SourceLine>& lines, size_t i, const Grammar& grammar) {
  const SourceLine& line = lines[i];
  if (!AtMostWords(line.text, 40) || EndsWithTerminalPunctuation(line.text) ||
      line.text.back() == ':' || !HasNoMarkers(grammar, line) || IsLoneNumber(line) ||
      LineCue(grammar, line, CueKind::kBasis) >= 0) {
    return false;
  }
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (!lines[j].blank) return true;
  }
  return false;
}

// Whether `text` is only a year or a span of years ("2025", "2026 - 2030",
// "2021-2025"): digits in runs of four, 19xx or 20xx, parted by dashes.
bool IsYearSpan(std::string_view text) {
  int years = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] >= '0' && text[i] <= '9') {
      size_t end = text.find_first_not_of("0123456789", i);
      if (end == std::string_view::npos) end = text.size();
      std::string_view run = text.substr(i, end - i);
      if (run.size() != 4 || !(run.starts_with("19") || run.starts_with("20"))) return false;
      ++years;
      i = end;
    } else if (text[i] == ' ' || text[i] == '-') {
      ++i;
    } else if (text.substr(i).starts_with("\u2013") || text.substr(i).starts_with("\u2014")) {
      i += 3;  // an en or em dash
    } else {
      return false;
    }
  }
  return years >= 1 && years <= 2;
}

constexpr int kMaxTitleWords = 60;  // a title in capitals can be long
// A title that opens with its kind and lists what it amends runs longer
// ("NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH VỀ XỬ PHẠT … KẾ
// TOÁN, KIỂM TOÁN ĐỘC LẬP", Nghị định 102/2021/NĐ-CP: 64 words).
constexpr int kMaxKindTitleWords = 150;

// The top of the document: letterhead, subject, title, addressees. A
// machine over the lines, whose state says what the lines before it were: a
// title in capitals may continue, a kind title ("NGHỊ ĐỊNH") is followed by
// its subject, an issuing body's name may wrap, no title comes after the
// addressees.
class TopClassifier {
 public:
  TopClassifier(std::vector<SourceLine>& lines, const Grammar& grammar)
      : lines_(lines), grammar_(grammar) {}

  // Returns the index of the first line below the top.
  size_t Run() {
    size_t i = 0;
    SourceLine* previous = nullptr;  // the last non-blank line
    for (; i < lines_.size(); ++i) {
      SourceLine& line = lines_[i];
      if (line.blank) {
        blank_before_ = true;
        continue;
      }
      SourceLine* before = previous;
      previous = &line;
      // A banner's name goes on over one line at most (below: the motto, the
      // kind — which a glued note mark, "QUYẾT ĐỊNH1", may hide from the
      // kind pattern).
      if (issuer_from_banner_ && before != nullptr && before->role != BlockRole::kRunningHeader) {
        previous_was_issuer_ = issuer_from_banner_ = false;
      }
      if (line.role) {
        if (JoinsKindAndSubject(before, i)) line.role = BlockRole::kTitle;
        // The gazette's banner above the title names the issuer of a
        // consolidation and wraps as an issuer's name does ("VĂN BẢN HỢP NHẤT
        // - BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI").
        if (*line.role == BlockRole::kRunningHeader && !title_seen_ && BannerNamesIssuer(line)) {
          previous_was_issuer_ = issuer_from_banner_ = true;
        }
        continue;
      }
      // The rest of a bold or italic run of the line before ("**CHÍNH" /
      // "PHỦ**", "*Hà Nội, ngày 25" / "tháng 11 năm 2025*") is that line's.
      if (line.continues_run && before != nullptr && before->role) {
        if (OpensIssuerWithNoise(*before, line)) continue;
        line.role = before->role;
        continue;
      }
      bool continues = ContinuesTitle(line);
      blank_before_ = false;
      if (continues) continue;
      if (!Classify(i)) break;
    }
    return i;
  }

 private:
  // An issuer's name whose first word a bold run left alone on its line
  // ("**ỦY" / "BAN NHÂN DÂN **", HCMC Công văn 4085/UBND-ĐT): the word, too
  // short for a line of text, was taken for noise. When the two lines read
  // as an issuing body they are the letterhead's (the place under them goes
  // on the name); true when so.
  bool OpensIssuerWithNoise(SourceLine& before, SourceLine& line) {
    if (title_seen_ || before.role != BlockRole::kNoise || !MostlyUppercase(line.text) ||
        grammar_.MatchCue(
            "issuer", FoldForCues(std::string(before.text) + " " + std::string(line.text))) < 0) {
      return false;
    }
    before.role = line.role = BlockRole::kHeader;
    previous_was_issuer_ = true;
    return true;
  }

  // A running header whose part after its first " - " is an issuing body
  // ("VĂN BẢN HỢP NHẤT - BỘ TÀI CHÍNH"): the gazette's banner over a
  // consolidation, naming who consolidated it.
  bool BannerNamesIssuer(const SourceLine& line) const {
    size_t dash = line.text.find(" - ");
    if (dash == std::string_view::npos) return false;
    return grammar_.MatchCue("issuer", FoldForCues(std::string(line.text.substr(dash + 3)))) >= 0;
  }

  // A word in capitals alone between a kind title and its subject in
  // capitals ("NGHỊ QUYẾT" / "VỀ" / "ĐỊNH MỨC PHÂN BỔ NGÂN SÁCH …", a copy
  // that breaks the title's line after its first word; "THÔNG BÁO" / "Ý" /
  // "KIẾN CHỈ ĐẠO …", Thông báo 653/TB-VPCP) was taken for noise, too short
  // for a line of text: it is the title's, which would else end at the kind.
  bool JoinsKindAndSubject(const SourceLine* before, size_t i) const {
    const SourceLine& line = lines_[i];
    if (*line.role != BlockRole::kNoise || before == nullptr || before->role != BlockRole::kTitle ||
        !after_kind_ || !AtMostWords(line.text, 1) || LetterCount(line.text, 1) < 1 ||
        UpperCase(line.text) != line.text) {
      return false;
    }
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].blank) continue;
      return !lines_[j].role && MostlyUppercase(lines_[j].text) &&
             HasNoMarkers(grammar_, lines_[j]);
    }
    return false;
  }

  // The subject under a kind title ("NGHỊ ĐỊNH" / "Về hợp đồng đối với …"),
  // over as many lines as it wraps, or a title wrapped onto the next line
  // in lower case, is the rest of the title.
  bool ContinuesTitle(SourceLine& line) {
    bool subject =
        after_kind_ && !MostlyUppercase(line.text) && AtMostWords(line.text, kMaxSubjectWords) &&
        HasNoMarkers(grammar_, line) && LineCue(grammar_, line, CueKind::kBasis) < 0 &&
        LineCue(grammar_, line, CueKind::kTop) < 0 && LineCue(grammar_, line, CueKind::kHead) < 0 &&
        !EndsTitleWithNumberedKind(line.text);
    bool runs_on =
        !subject && title_runs_on_ && StartsLowercase(line.text) && HasNoMarkers(grammar_, line);
    if (subject) after_kind_ = !EndsWithTerminalPunctuation(line.text);
    if (runs_on) title_runs_on_ = !EndsWithTerminalPunctuation(line.text);
    if (subject || runs_on) {
      line.role = BlockRole::kTitle;
      last_title_ = WithoutBoldEnd(line.text);
      return true;
    }
    after_kind_ = title_runs_on_ = false;
    return false;
  }

  // A sentence that opens by naming a document of the title's kind with its
  // number ("Thông tư số 32/2016/TT-BLĐTBXH ngày … , có hiệu lực …": how a
  // consolidated text names the text it consolidates, right below that
  // text's title; "số" may be left out, "Thông tư 38/2015/TT-BLĐTBXH ngày
  // …", VBHN 1547/VBHN-BLĐTBXH) is no part of the title.
  bool OpensWithNumberedKind(std::string_view text) const {
    auto kinds = grammar_.FindMeta("kind", text);
    if (kinds.empty() || kinds.front().begin != 0) return false;
    // The original a consolidation names is of the kind of the title above
    // it ("THÔNG TƯ" … / "Thông tư số 57/2015/…"); a title naming another
    // text ("… hướng dẫn thi hành" / "Nghị quyết số 197/2025/QH15 …") goes on.
    if (kinds.front().groups["value"] != title_kind_) return false;
    std::string_view rest = text.substr(kinds.front().end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.starts_with("s\xE1\xBB\x91 ")) {  // "số "
      rest.remove_prefix(5);
      return !rest.empty() && rest.front() >= '0' && rest.front() <= '9';
    }
    return IsDocumentNumber(rest.substr(0, rest.find(' ')));
  }

  // A document's number written alone ("38/2015/TT-BLĐTBXH"): digits, then
  // a slash and the code of the body that issued it.
  static bool IsDocumentNumber(std::string_view word) {
    size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
    return digits > 0 && digits + 1 < word.size() && word[digits] == '/';
  }

  // The line naming a document by its number ends the title above when a
  // blank line parts them, or when the title's last line does not stop on a
  // preposition ("… Luật Phòng, chống mua bán người" / "Thông tư số
  // 35/2013/TT-BLĐTBXH ngày …"), which a title wrapped before the name of
  // the text it amends would ("… một số điều của" / "Nghị định số …").
  bool EndsTitleWithNumberedKind(std::string_view text) const {
    return OpensWithNumberedKind(text) &&
           (blank_before_ || !EndsWithContinuationWord(last_title_, grammar_));
  }

  // Classifies line i (and the lines it absorbs, moving i past them);
  // false when the top ends before it.
  bool Classify(size_t& i) {
    SourceLine& line = lines_[i];
    // The years a title in capitals ends with, wrapped onto a line of their
    // own ("KẾ HOẠCH PHÁT TRIỂN … GIAI ĐOẠN" / "2026 - 2030", "… NĂM" /
    // "2025"): the title's, not a dateline's lead.
    if (previous_was_title_ && IsYearSpan(line.text)) {
      line.role = BlockRole::kTitle;
      return true;
    }
    if (!title_seen_ && TitleAfterDate(line)) {
      line.role = BlockRole::kTitle;
      title_seen_ = previous_was_title_ = true;
      after_kind_ = true;
      return true;
    }
    if (LineCue(grammar_, line, CueKind::kTop) >= 0) {
      line.role = BlockRole::kHeader;
      return true;
    }
    if (LineCue(grammar_, line, CueKind::kSubject) >= 0) {
      line.role = BlockRole::kTitle;
      title_seen_ = true;
      i = AbsorbSubject(lines_, i, grammar_);
      return true;
    }
    if (int cue = LineCue(grammar_, line, CueKind::kHead); cue >= 0) {
      BlockRole role = grammar_.role_cues()[static_cast<size_t>(cue)].role;
      if (role == BlockRole::kRecipients) return false;  // recipients come after the body
      i = AbsorbList(lines_, i, role, grammar_) - 1;
      addressed_ = true;  // no title comes after the addressees
      return true;
    }
    // The enacting authority ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN
    // TỈNH") over the legal bases begins the preamble, not the letterhead.
    if (title_seen_ && MostlyUppercase(line.text) && !TitleGoesOn() &&
        LineCue(grammar_, line, CueKind::kAuthority) >= 0 && NextIsBasis(lines_, i, grammar_)) {
      return false;
    }
    if (MostlyUppercase(line.text) && TitleSized(line) && HasNoMarkers(grammar_, line)) {
      ClassifyCapitalLine(line);
      return true;
    }
    previous_was_title_ = false;
    // The first content line is the title when it reads like one: not too
    // long and not a finished sentence.
    if (!title_seen_ && !addressed_ && LooksLikeTitle(lines_, i, grammar_)) {
      line.role = BlockRole::kTitle;
      title_seen_ = title_runs_on_ = true;
      return true;
    }
    return false;
  }

  // Whether a line in capitals is short enough for a title: sixty words, or,
  // before any title, more when it opens with a kind ("NGHỊ ĐỊNH …").
  bool TitleSized(const SourceLine& line) const {
    if (AtMostWords(line.text, kMaxTitleWords)) return true;
    if (title_seen_ || !AtMostWords(line.text, kMaxKindTitleWords)) return false;
    auto kinds = grammar_.FindMeta("kind", line.text);
    return !kinds.empty() && kinds.front().begin == 0;
  }

  // A web copy flattens the letterhead's right column and the title onto
  // one line: "Hà Nội, ngày 30 tháng 11 năm 2022 NGHỊ ĐỊNH VỀ ĐĂNG KÝ …".
  // The line opens with the place and date (no motto, no "Số:" before them)
  // and goes on, after the year, with a kind in capitals: it is the title's
  // line (the date is still read from it, as from every heading line).
  bool TitleAfterDate(const SourceLine& line) const {
    size_t prefix = PlaceDatePrefix(line.text);
    if (prefix == 0) return false;
    std::string_view title = std::string_view(line.text).substr(prefix);
    if (!MostlyUppercase(title) || LineCue(grammar_, line, CueKind::kLetterhead) >= 0) return false;
    auto kinds = grammar_.FindMeta("kind", title);
    return !kinds.empty() && kinds.front().begin == 0;
  }

  // The title line in capitals just before ends on a preposition or a
  // conjunction ("HOẠT ĐỘNG NĂM 2025 CỦA"): the title goes on below, even
  // onto a line that names a body.
  bool TitleGoesOn() const {
    return previous_was_title_ && EndsWithContinuationWord(last_title_, grammar_);
  }

  // A line in capitals at the top: the issuing body (letterhead), or the
  // document's kind and subject ("QUYẾT ĐỊNH" / "VỀ VIỆC …"), which may run
  // over several lines.
  void ClassifyCapitalLine(SourceLine& line) {
    // The issuing body, or the rest of its name wrapped onto the next line
    // ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI", "ỦY BAN NHÂN DÂN" / "TỈNH X"),
    // longer when the line before stopped on a comma of the name's list of
    // fields ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO," /
    // "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06").
    bool issuing_body = !TitleGoesOn() && !NameUnderBareKind() &&
                        (LineCue(grammar_, line, CueKind::kIssuer) >= 0 ||
                         (previous_was_issuer_ && !title_seen_ &&
                          (AtMostWords(line.text, 6) || issuer_name_unfinished_) &&
                          KindsOnLine(line.text, grammar_).empty()));
    previous_was_issuer_ = issuing_body;
    const std::string_view name = WithoutBoldEnd(line.text);
    issuer_name_unfinished_ = issuing_body && name.ends_with(',');
    if (issuing_body || (title_seen_ && !previous_was_title_)) {
      line.role = BlockRole::kHeader;
      previous_was_title_ = false;
      return;
    }
    line.role = BlockRole::kTitle;
    title_seen_ = previous_was_title_ = true;
    last_title_ = name;
    auto kinds = KindsOnLine(line.text, grammar_);  // "THÔNG TƯ1": note 1 glued on
    after_kind_ = !kinds.empty();
    if (after_kind_) title_kind_ = kinds.front().groups["value"];
  }

  // The title so far is a kind alone ("LUẬT", "NGHỊ QUYẾT"): the line in
  // capitals right under it is the text's name or subject, never a
  // letterhead's body, whose name it may share ("LUẬT" / "BẢO HIỂM XÃ HỘI",
  // the law, not the agency; the letterhead stands above the title).
  bool NameUnderBareKind() const {
    return previous_was_title_ && NamesKindAlone(last_title_, grammar_);
  }

  std::vector<SourceLine>& lines_;
  const Grammar& grammar_;
  bool title_seen_ = false;
  bool previous_was_title_ = false;      // a title in capitals may continue
  bool after_kind_ = false;              // the title so far names a kind ("NGHỊ ĐỊNH")
  bool previous_was_issuer_ = false;     // the last line named the issuing body
  bool issuer_name_unfinished_ = false;  // that line stopped on a comma of the name
  bool addressed_ = false;               // the addressee list has been read
  bool title_runs_on_ = false;           // the title line before stops mid-phrase
  bool blank_before_ = false;            // a blank line stands right above this one
  bool issuer_from_banner_ = false;      // previous_was_issuer_ comes from the gazette's banner
  std::string_view last_title_;          // the last title line, bold marks aside
  std::string title_kind_;               // the kind the title names ("Thông tư"), or ""
};

}  // namespace

size_t ClassifyTop(std::vector<SourceLine>& lines, const Grammar& grammar) {
  return TopClassifier(lines, grammar).Run();
}

}  // namespace congvan::parse
