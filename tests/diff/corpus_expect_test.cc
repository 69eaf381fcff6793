// The aligner against reviewed judgements of which tasks correspond between
// successive versions of the gender-equality guidance (tests/diff/expected/).
// Pairs are keyed by each task's first source line, so the score measures the
// aligner on whatever tree the parser builds; pairs whose lines are not tasks
// in that tree are left out of the score. Also checked on hand-built trees
// (tests/diff/hand_docs.h) so that a parser change cannot hide an aligner
// regression, and the other way round.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "congvan/align.h"
#include "diff/hand_docs.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

namespace {

using congvan::Align;
using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using Pairs = congvan::testing::LinePairs;
using congvan::testing::FindChange;
using congvan::testing::TaskFirstLines;

Pairs Predicted(const Alignment& a) { return congvan::testing::AlignedLinePairs(a); }

Pairs Expected(const std::string& name, const Document& o, const Document& n) {
  std::set<int> ol = TaskFirstLines(o), nl = TaskFirstLines(n);
  Pairs pairs;
  auto lines = congvan::difftest::ReadLines(std::string(CONGVAN_SOURCE_DIR) +
                                            "/tests/diff/expected/" + name);
  for (const std::string& line : lines) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    int a = 0, b = 0;
    in >> a >> b;
    REQUIRE(a > 0);
    REQUIRE(b > 0);
    if (ol.count(a) && nl.count(b)) pairs.insert({a, b});
  }
  return pairs;
}

struct Score {
  double precision, recall, f1;
};

Score Compare(const Pairs& expected, const Pairs& predicted) {
  int tp = 0;
  for (const auto& p : predicted) {
    if (expected.count(p)) {
      ++tp;
    } else {
      UNSCOPED_INFO("not expected: " << p.first << " -> " << p.second);
    }
  }
  for (const auto& p : expected) {
    if (!predicted.count(p)) UNSCOPED_INFO("missed: " << p.first << " -> " << p.second);
  }
  double p = predicted.empty() ? 0 : double(tp) / double(predicted.size());
  double r = expected.empty() ? 0 : double(tp) / double(expected.size());
  return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
}

// First lines of the document's divisions (chapters, articles).
std::set<int> DivisionFirstLines(const Document& doc) {
  std::set<int> out;
  congvan::ForEachTask(doc.tasks, [&](const congvan::Node& node, int, const congvan::Node*) {
    if (node.division && !node.spans.empty()) out.insert(node.spans.front().first);
  });
  return out;
}

// A law pair against its reviewed correspondences: the alignment, and the
// score over all provisions and over the divisions alone (parts, chapters,
// sections, articles: the article-to-article map), both reported.
struct LawPairResult {
  Alignment alignment;
  size_t reviewed = 0;
  Score all;
  Score divisions;
};

LawPairResult ScoreLawPair(const std::string& name, const std::string& old_file,
                           const std::string& new_file, const std::string& expected_tsv) {
  Document o = congvan::testing::ParseCorpus(old_file);
  Document n = congvan::testing::ParseCorpus(new_file);
  Pairs expected = Expected(expected_tsv, o, n);
  LawPairResult r;
  r.alignment = Align(o, n).value();
  r.reviewed = expected.size();
  Pairs predicted = Predicted(r.alignment);
  r.all = Compare(expected, predicted);
  std::set<int> old_divisions = DivisionFirstLines(o), new_divisions = DivisionFirstLines(n);
  auto divisions = [&](const Pairs& pairs) {
    Pairs out;
    for (const auto& p : pairs) {
      if (old_divisions.count(p.first) && new_divisions.count(p.second)) out.insert(p);
    }
    return out;
  };
  r.divisions = Compare(divisions(expected), divisions(predicted));
  WARN(name << ", all provisions: P=" << r.all.precision << " R=" << r.all.recall
            << " F1=" << r.all.f1 << " over " << r.reviewed << " reviewed pairs");
  WARN(name << ", divisions: P=" << r.divisions.precision << " R=" << r.divisions.recall
            << " F1=" << r.divisions.f1);
  return r;
}

}  // namespace

TEST_CASE("2021 → 2023 (vi) against reviewed correspondences", "[diff][corpus]") {
  using congvan::testing::ParseCorpus;
  Document o = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  Document n = ParseCorpus("gender-equality/2023-vi-news-summary.txt");
  Pairs expected = Expected("2021-vi_2023-vi.tsv", o, n);
  REQUIRE(expected.size() >= 18);
  Score s = Compare(expected, Predicted(Align(o, n).value()));
  INFO("P=" << s.precision << " R=" << s.recall << " F1=" << s.f1);
  CHECK(s.f1 >= 0.95);

  Document ho = congvan::difftest::Hand2021(), hn = congvan::difftest::Hand2023();
  Score hs = Compare(Expected("2021-vi_2023-vi.tsv", ho, hn), Predicted(Align(ho, hn).value()));
  INFO("hand-built trees: P=" << hs.precision << " R=" << hs.recall << " F1=" << hs.f1);
  CHECK(hs.f1 >= 0.9);

  Alignment a = Align(o, n).value();
  // Gender mainstreaming in legal documents moved from section 4 to "Thứ nhất".
  const Change* c = FindChange(a, 28, 19);
  REQUIRE(c != nullptr);
  CHECK(c->op == ChangeOp::kMoved);
  // "Thứ sáu" (international cooperation) is new in 2023: one section added.
  REQUIRE(a.summary.sections_added.size() == 1);
  CHECK(a.summary.sections_added[0].section.lines.first == 67);
  CHECK(a.summary.sections_added[0].task_count == 3);
  CHECK(a.summary.coverage_note.empty());
  // A task in two changes (align/shared_pieces.h). Old 24 "Rà soát, đánh giá
  // các mô hình …" is new 29, and again the first sentence of new 27, whose
  // second sentence is old 25 ("Chủ động bố trí kinh phí …"): 24 and 25
  // merged into 27, and 24 → 29 still.
  const Change* copy = FindChange(a, 24, 27);
  REQUIRE(copy != nullptr);
  CHECK(copy->op == ChangeOp::kMerged);
  CHECK(FindChange(a, 25, 27) == copy);
  const Change* kept = FindChange(a, 24, 29);
  REQUIRE(kept != nullptr);
  CHECK(kept != copy);
  // Old 19's last clause ("… thu hút sự tham gia của nam giới, trẻ em trai
  // …") went into new 41, which otherwise continues old 18: 19 split over 37
  // and 41, and 18 → 41 still.
  const Change* split = FindChange(a, 19, 41);
  REQUIRE(split != nullptr);
  CHECK(split->op == ChangeOp::kSplit);
  CHECK(FindChange(a, 19, 37) == split);
  const Change* continued = FindChange(a, 18, 41);
  REQUIRE(continued != nullptr);
  CHECK(continued != split);
  // A task in two changes is in neither list of the unmatched.
  for (const Change& x : a.changes) {
    if (x.op != ChangeOp::kAdded && x.op != ChangeOp::kDropped) continue;
    for (const auto& r : x.old_nodes) CHECK(r.lines.first != 24);
    for (const auto& r : x.new_nodes) CHECK(r.lines.first != 41);
  }
}

TEST_CASE("2024 → 2025 (en) against reviewed correspondences", "[diff][corpus]") {
  using congvan::testing::ParseCorpus;
  Document o = ParseCorpus("gender-equality/2024-en-qa-summary.txt");
  Document n = ParseCorpus("gender-equality/2025-en-news-summary.txt");
  Pairs expected = Expected("2024-en_2025-en.tsv", o, n);
  REQUIRE(expected.size() >= 11);
  Alignment a = Align(o, n).value();
  Score s = Compare(expected, Predicted(a));
  INFO("P=" << s.precision << " R=" << s.recall << " F1=" << s.f1);
  CHECK(s.f1 >= 0.95);

  Document ho = congvan::difftest::Hand2024(), hn = congvan::difftest::Hand2025();
  Score hs = Compare(Expected("2024-en_2025-en.tsv", ho, hn), Predicted(Align(ho, hn).value()));
  INFO("hand-built trees: P=" << hs.precision << " R=" << hs.recall << " F1=" << hs.f1);
  CHECK(hs.f1 >= 0.9);

  // "Timely praising and commending individuals..." ↔ "Reward and promptly
  // praise individuals...": reworded, not dropped and re-added.
  const Change* praise = FindChange(a, 26, 12);
  REQUIRE(praise != nullptr);
  CHECK(praise->op == ChangeOp::kReworded);
  CHECK(praise->similarity < 1.0);
  CHECK_FALSE(praise->redline.empty());
  // "Strengthening the responsibility of state management agencies..." is
  // split across several 2025 tasks.
  const Change* split = FindChange(a, 19, 3);
  REQUIRE(split != nullptr);
  CHECK(split->op == ChangeOp::kSplit);
  CHECK(split->new_nodes.size() >= 3);
  // Only the state-management section is covered; the summary says so.
  CHECK_FALSE(a.summary.coverage_note.empty());
  CHECK(a.summary.sections_dropped.size() >= 2);
  for (const Change& c : a.changes) CHECK(c.op != ChangeOp::kAdded);
}

TEST_CASE(
    "Two versions of a circular, articles renumbered, merged and split, align article to article",
    "[diff][corpus][law]") {
  // Thông tư 29/2021/TT-BLĐTBXH and the 03/2025 circular that replaces it:
  // old Điều 3 and 6 are new Điều 3 and 4, old Điều 10 is new Điều 5, old
  // Điều 11 new Điều 6; old Điều 4, 5, 7 and 8 were dropped; clauses were
  // merged, split and renumbered inside them (tests/diff/expected/).
  LawPairResult r = ScoreLawPair("law pair", "pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt",
                                 "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt",
                                 "2021-circular-29_2025-circular-03.tsv");
  REQUIRE(r.reviewed >= 45);
  CHECK(r.divisions.f1 >= 0.99);
  // 0.929 with the named actor (align/actor_partners.h), 0.9505 with the cited
  // articles (align/cited_articles.h).
  CHECK(r.all.f1 >= 0.95);
  // Old Điều 6 (method and procedure) is new Điều 4, not new Điều 6 — and
  // new Điều 4 khoản 1 as well (below), so one split, neither a move nor a
  // one-to-one pair ("renumbered" is a fact of one-to-one pairs only).
  const Change* moved = FindChange(r.alignment, 80, 65);
  REQUIRE(moved != nullptr);
  CHECK(moved->op == ChangeOp::kSplit);
  CHECK(FindChange(r.alignment, 80, 189) == nullptr);
  // Points merged into the clause their sibling became (align/sibling_merges.h):
  // old Điều 3 khoản 1 điểm a "… xếp loại V, VI" and điểm b "… loại IV" are
  // limbs of new khoản 2's one sentence, as điểm c "… loại I, II, III" (its
  // counterpart) is; not the bare "đ) Loại V." and "d) Loại IV." the
  // one-to-one pass left them.
  const Change* limbs = FindChange(r.alignment, 60, 60);
  REQUIRE(limbs != nullptr);
  CHECK(limbs->op == ChangeOp::kMerged);
  CHECK(FindChange(r.alignment, 56, 60) == limbs);
  CHECK(FindChange(r.alignment, 58, 60) == limbs);
  CHECK(FindChange(r.alignment, 56, 58) == nullptr);
  // An article whose provisions all went into one clause of its partner
  // became that clause too (align/article_splits.h): old Điều 6's procedure
  // (its lead-in, khoản 1–2 and the steps) is new Điều 4 khoản 1 "Phương pháp
  // đánh giá, tính điểm", beside the new khoản 2 "Phương pháp khác"; new Điều
  // 4 goes on as old Điều 6's article.
  const Change* into_clause = FindChange(r.alignment, 80, 68);
  REQUIRE(into_clause != nullptr);
  CHECK(into_clause->op == ChangeOp::kSplit);
  CHECK(FindChange(r.alignment, 80, 65) == into_clause);
}

TEST_CASE("A decree and the decree that replaced it, articles regrouped, merged and split",
          "[diff][corpus][law]") {
  // Nghị định 102/2017/NĐ-CP and 99/2022/NĐ-CP, which replaces it: six Mục
  // regrouped into four (aircraft and ship registration become Tiểu mục),
  // old Điều 24–29 merged into new Điều 39, old Điều 32–37 into Điều 42, old
  // Điều 4 spread over five new articles, articles become clauses
  // (tests/diff/expected/2017-decree-102_2022-decree-99.tsv).
  LawPairResult r = ScoreLawPair("decree pair", "pairs/2017-vi-decree-102-2017-nd-cp-old.txt",
                                 "pairs/2022-vi-decree-99-2022-nd-cp-new.txt",
                                 "2017-decree-102_2022-decree-99.tsv");
  REQUIRE(r.reviewed >= 250);
  // Floors at the measured values (issue 9 aims at 0.95): a regression fails.
  CHECK(r.divisions.f1 >= 0.885);  // 0.886: a free article joins its neighbour's merge (s. 41)
  CHECK(r.all.f1 >= 0.802);        // 0.803: a clause promoted to an article (session 42)
  // A provision of a split article is no longer kept from its counterpart by
  // the first pass's picture of its article (align/stale_conflicts.h): old
  // Điều 4 khoản 2 điểm a "Thế chấp tài sản là động sản khác;" is new Điều 44
  // khoản 1 điểm a "Thế chấp động sản;", and new Điều 44 is one of the
  // articles old Điều 4 was split into.
  CHECK(FindChange(r.alignment, 41, 486) != nullptr);
  const Change* movables = FindChange(r.alignment, 33, 484);
  REQUIRE(movables != nullptr);
  CHECK(movables->op == ChangeOp::kSplit);
  // Old Điều 3 khoản 7 is new khoản 6, once the portal's note on it ("[Việc ký
  // phiếu yêu cầu đăng ký được hướng dẫn bởi … Thông tư 08/2018/TT-BTP …]")
  // no longer counts as its text.
  const Change* definition = FindChange(r.alignment, 32, 34);
  REQUIRE(definition != nullptr);
  CHECK(definition->renumbered);
  // A clause reordered inside its article is renumbered, not moved: its new
  // number says where it went (align/moves.h). Old Điều 7 khoản 1 is new
  // Điều 5 khoản 3 (the review: "khoản 3 (renumbered)").
  const Change* reordered = FindChange(r.alignment, 55, 55);
  REQUIRE(reordered != nullptr);
  CHECK(reordered->renumbered);
  CHECK(reordered->op != ChangeOp::kMoved);
  // A short provision copied word for word meets its copy, however many long
  // provisions repeat its words: old Điều 4 khoản 1 điểm a "Thế chấp quyền sử
  // dụng đất;" is new Điều 25 khoản 1 điểm a, and old Điều 54 "Tài khoản đăng
  // ký trực tuyến" is new Điều 23 "Cấp tài khoản đăng ký trực tuyến".
  CHECK(FindChange(r.alignment, 36, 287) != nullptr);
  CHECK(FindChange(r.alignment, 385, 269) != nullptr);
  // The enclosing article says which copy of a boilerplate provision is which
  // (align/article_context.h): "Bản chính Giấy chứng nhận" is in the files of
  // old Điều 42 (khoản 3) and Điều 43 (điểm c); new Điều 32 — the file for
  // changes, as old Điều 43 was — has "3. Giấy chứng nhận (bản gốc) …". The
  // articles are not matched one to one (old Điều 43, 44 merged into Điều 32),
  // so no parent bonus decides it.
  CHECK(FindChange(r.alignment, 309, 367) != nullptr);
  CHECK(FindChange(r.alignment, 303, 367) == nullptr);
  // Old Điều 46 khoản 1 điểm b (the information on the earlier mortgage) is
  // new Điều 26 khoản 3 điểm b (its certificate), not the housing-mortgage
  // contract further down the same clause.
  CHECK(FindChange(r.alignment, 328, 315) != nullptr);
  // A provision paired into another article before its own article's
  // counterpart was settled goes back into that counterpart when text finds
  // it as alike (align/provision_reassignment.h): old Điều 21 (deleting a
  // registration) khoản 1 điểm k "Theo thỏa thuận của các bên." is new Điều 20
  // khoản 1 điểm a "Theo thỏa thuận giữa bên bảo đảm và bên nhận bảo đảm;",
  // no longer new Điều 18's "c) Bổ sung tài sản mới … theo thỏa thuận …";
  // its điểm e (a court's judgment) is new Điều 20 điểm m, not new Điều 21
  // (cancelling a registration) điểm a.
  CHECK(FindChange(r.alignment, 154, 225) != nullptr);
  CHECK(FindChange(r.alignment, 154, 209) == nullptr);
  CHECK(FindChange(r.alignment, 150, 238) != nullptr);
  CHECK(FindChange(r.alignment, 150, 250) == nullptr);
  // An article whose provisions went into one new article was merged into it,
  // however little its heading resembles the whole's: old Điều 34 (the file
  // for changes, ships) is part of new Điều 42 (the one file for ships).
  const Change* merged = FindChange(r.alignment, 232, 459);
  REQUIRE(merged != nullptr);
  CHECK(merged->op == ChangeOp::kMerged);
  // A run of articles beside the whole's counterpart whose headings the new
  // heading generalises (align/sibling_merges.h): old Điều 33, 35, 36, 37
  // ("Hồ sơ đăng ký bảo lưu quyền sở hữu tàu biển", "… sửa chữa sai sót …",
  // "… văn bản thông báo …", "… xóa đăng ký …") are new Điều 42 "Hồ sơ đăng ký
  // đối với tàu biển" with old Điều 32; old Điều 24–28 are new Điều 39 with
  // old Điều 29 (aircraft) — Điều 26 "Hồ sơ đăng ký thay đổi …" leaves new
  // Điều 40 (the procedure, old Điều 30's), where the assignment put it only
  // because Điều 39 was taken, and Điều 25 "Hồ sơ đăng ký bảo lưu quyền sở
  // hữu tàu bay" scores a little higher with new Điều 38 "Trường hợp đăng ký
  // thuộc thẩm quyền của Cục Hàng không", whose heading does not generalise
  // its own.
  for (int old_article : {227, 239, 244, 250})
    CHECK(FindChange(r.alignment, old_article, 459) == merged);
  const Change* aircraft = FindChange(r.alignment, 198, 429);
  REQUIRE(aircraft != nullptr);
  CHECK(FindChange(r.alignment, 187, 429) == aircraft);
  CHECK(FindChange(r.alignment, 192, 429) == aircraft);
  for (int old_article : {170, 175, 180})
    CHECK(FindChange(r.alignment, old_article, 429) == aircraft);
  CHECK(FindChange(r.alignment, 180, 447) == nullptr);
  // Not when the whole kept its counterpart's heading word for word: old
  // Điều 56 "Thủ tục đăng ký trực tuyến" is new Điều 24, and old Điều 55 "Hoạt
  // động của hệ thống đăng ký trực tuyến" beside it was not merged into it.
  CHECK(FindChange(r.alignment, 390, 275) == nullptr);
  // An article demoted to a clause (align/demotions.h): old Điều 62 "Thủ tục
  // cung cấp thông tin" is new Điều 51 khoản 2; new Điều 51 continues old
  // Điều 61 (its khoản 1 and points a–c), so the article pairing of old
  // Điều 62 with new Điều 51 gives way to the clause its text went into.
  const Change* demoted = FindChange(r.alignment, 422, 553);
  REQUIRE(demoted != nullptr);
  CHECK(FindChange(r.alignment, 422, 548) == nullptr);
  // A lead-in whose points became the clauses of an article is merged into
  // that article (groups.h): old Điều 10 khoản 1 "Cơ quan đăng ký … có nhiệm
  // vụ, quyền hạn sau đây:" (points a–h) → new Điều 11, whose clauses 1–7 are
  // those points, merged with old Điều 10 itself.
  const Change* lead_in = FindChange(r.alignment, 70, 125);
  REQUIRE(lead_in != nullptr);
  CHECK(lead_in->op == ChangeOp::kMerged);
  CHECK(FindChange(r.alignment, 69, 125) == lead_in);
  // A provision rewritten in place (align/article_residue.h): old Điều 22
  // khoản 1 "Người yêu cầu đăng ký biện pháp bảo đảm có quyền yêu cầu … cấp bản
  // sao" is new Điều 22 khoản 1 "Người yêu cầu đăng ký quy định tại các khoản
  // 1, 2, 3, 4 hoặc 5 Điều 8 … có quyền đề nghị … cấp bản sao": too unlike to
  // be matched anywhere (text similarity 0.22), but the only unmatched
  // provision on each side before the kept khoản 2 of counterpart articles.
  const Change* in_place = FindChange(r.alignment, 157, 262);
  REQUIRE(in_place != nullptr);
  CHECK(in_place->op == ChangeOp::kReworded);
  // A merge still anchors its neighbours' order (moves.h): old Điều 9 → new
  // Điều 10 is renumbered in its Mục, not moved, although old Điều 10 → 11 is
  // a merge (its lead-in joined it).
  const Change* renumbered = FindChange(r.alignment, 64, 117);
  REQUIRE(renumbered != nullptr);
  CHECK(renumbered->op != ChangeOp::kMoved);
  CHECK(renumbered->renumbered);
  // Two articles whose counterparts the greedy pass crossed (align/article_swaps.h):
  // old Điều 39 "Hồ sơ đăng ký thế chấp quyền sử dụng đất …" took new Điều 32 "Hồ
  // sơ đăng ký thay đổi …" (0.90 against 0.82 for new Điều 27), leaving old
  // Điều 43 "Hồ sơ đăng ký thay đổi …" new Điều 27 (0.78 against 0.88 for Điều
  // 32); the two pairs together score more the other way round.
  CHECK(FindChange(r.alignment, 266, 325) != nullptr);
  CHECK(FindChange(r.alignment, 305, 361) != nullptr);
  CHECK(FindChange(r.alignment, 266, 361) == nullptr);
  CHECK(FindChange(r.alignment, 305, 325) == nullptr);
  // ... and their provisions follow them (align/swapped_provisions.h): old
  // Điều 39 khoản 1 "Phiếu yêu cầu đăng ký (01 bản chính);" had taken new
  // Điều 32 khoản 1 "Phiếu yêu cầu theo Mẫu số 02a …" while the articles were
  // crossed; it is new Điều 27 khoản 1 "… Mẫu số 01a …", the same words.
  CHECK(FindChange(r.alignment, 268, 326) != nullptr);
  CHECK(FindChange(r.alignment, 268, 362) == nullptr);
  // An article follows its provisions (align/article_follows_provisions.h): old
  // Điều 30 "Thủ tục đăng ký … bằng tàu bay" scores 0.72 with new Điều 38
  // "Trường hợp đăng ký thuộc thẩm quyền của Cục Hàng không Việt Nam" and 0.66
  // with new Điều 40 "Thủ tục giải quyết hồ sơ đăng ký … tàu bay", which holds
  // the counterparts of two of its provisions (new Điều 38 holds none); it
  // is new Điều 40, and new Điều 38 (one of the articles old Điều 4 was split
  // over) is no longer its piece.
  const Change* procedure = FindChange(r.alignment, 207, 447);
  REQUIRE(procedure != nullptr);
  CHECK(procedure->renumbered);
  CHECK(FindChange(r.alignment, 207, 424) == nullptr);
  // An article split by where its provisions went (align/article_splits.h):
  // old Điều 4 "Các trường hợp đăng ký" kept its heading in new Điều 4, but
  // its points are the first clauses of new Điều 25 (land), 38 (aircraft) and
  // 41 (ships) — articles of their own, new Điều 41 the successor of old Điều
  // 31 "Tàu biển được thế chấp" as well. One split of old Điều 4 over the
  // four; new Điều 41 is in two changes, never added.
  const Change* scattered = FindChange(r.alignment, 33, 43);
  REQUIRE(scattered != nullptr);
  CHECK(scattered->op == ChangeOp::kSplit);
  for (int piece : {285, 424, 453}) CHECK(FindChange(r.alignment, 33, piece) == scattered);
  const Change* ships = FindChange(r.alignment, 215, 453);
  REQUIRE(ships != nullptr);
  CHECK(ships != scattered);
  CHECK(ships->op == ChangeOp::kReworded);
  for (const Change& c : r.alignment.changes) {
    if (c.op != ChangeOp::kAdded) continue;
    for (const auto& n : c.new_nodes) CHECK(n.lines.first != 453);
  }
  // Its point c "Bảo lưu quyền sở hữu trong trường hợp mua bán … tàu bay,
  // tàu biển; …", unmatched, is split over the pieces' "2. Bảo lưu quyền sở
  // hữu tàu bay." and "2. Bảo lưu quyền sở hữu tàu biển.", each found nearly
  // whole in it (which keep the partners they have).
  const Change* retention = FindChange(r.alignment, 43, 426);
  REQUIRE(retention != nullptr);
  CHECK(retention->op == ChangeOp::kSplit);
  CHECK(FindChange(r.alignment, 43, 455) == retention);
  // Not while the partner keeps any of them: old Điều 39 (the land mortgage
  // file) has boilerplate provisions ("Phiếu yêu cầu …") matched in four other
  // files, new Điều 25, 28, 31 and 32, but one in its own new Điều 27.
  for (int other : {285, 329, 357, 361}) CHECK(FindChange(r.alignment, 266, other) == nullptr);
}
