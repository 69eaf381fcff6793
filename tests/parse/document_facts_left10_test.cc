// A document's facts where session 40's reading of unseen texts left them
// wrong (docs/DESIGN.md, "Genres the project had seen least" and "Session
// 40's reviews"): a steering committee's letterhead, the Party's legal bases
// set as dash items, a date a closing sentence cites, a signature's rank
// alone on its line, titles wrapped or long. Each case reads a real text (an
// excerpt in tests/parse/real/metadata.tsv, or the corpus) and fails with its
// rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "parse/signer.h"
#include "support/corpus.h"

using congvan::Block;
using congvan::BlockRole;
using congvan::Document;
using congvan::testing::Contains;
using congvan::testing::FindTask;
using congvan::testing::ParseRealExcerpt;

namespace {

// Whether some block of `role` holds `part`.
bool BlockHolds(const Document& doc, BlockRole role, const std::string& part) {
  for (const Block& b : doc.blocks) {
    if (b.role == role && Contains(b.text, part)) return true;
  }
  return false;
}

// The task, at any depth, whose marker is `marker` (nullptr when none).
const congvan::Node* WithMarker(std::span<const congvan::Node> nodes, std::string_view marker) {
  for (const congvan::Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return &n;
    if (const congvan::Node* found = WithMarker(n.children.span(), marker)) return found;
  }
  return nullptr;
}

}  // namespace

// "BAN CHỈ ĐẠO NHÀ" / "NƯỚC" / "VỀ DU LỊCH" over the motto names the body
// that issues Quyết định 170/QĐ-BCĐNNDL; no issuer cue opened "BAN CHỈ ĐẠO",
// so the letterhead was the title and the decision had no issuer (vi.xml:
// the issuer cue, "VỀ …" as the rest of a body's name, the committee's head
// over the legal bases as the enacting authority).
TEST_CASE("A steering committee's letterhead names the issuer, not the title",
          "[parse][metadata][issuer][real]") {
  Document doc =
      ParseRealExcerpt("2025-vi-decision-bcdnndl-170-steering-committee-rules-opening-web.md");
  CHECK(doc.meta.issuer == "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH");
  CHECK(doc.meta.title ==
        "QUYẾT ĐỊNH BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH");
  CHECK(BlockHolds(doc, BlockRole::kPreamble, "TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"));
}

// The attached Quy chế opens "QUY CHẾ" / "(Kèm theo Quyết định số …)" /
// "Chương I" / "QUY ĐỊNH CHUNG" / "Điều 1.": the chapter's title names a kind
// of text and a signature stands within eight lines above it, so it was
// taken for a second attached text, and Chương I was left empty
// (attachments.cc, AfterSignature: an attached text begun between owns it).
TEST_CASE("A chapter's title under an attached text is no attached text of its own",
          "[parse][attachments][real]") {
  Document doc =
      ParseRealExcerpt("2025-vi-decision-bcdnndl-170-steering-committee-rules-opening-web.md");
  const congvan::Node* chapter = WithMarker(doc.tasks, "Chương I");
  REQUIRE(chapter != nullptr);
  CHECK(chapter->text == "QUY ĐỊNH CHUNG");
  const congvan::Node* article = WithMarker(chapter->children.span(), "Điều 1.");
  REQUIRE(article != nullptr);
  CHECK(Contains(article->text, "Phạm vi và đối tượng"));
}

// A Party guidance lists its legal bases as dash items ("- Căn cứ Quy định
// số 294-QĐ/TW, ngày" / "26/5/2025 của …;"): they are its preamble, as plain
// "Căn cứ …" lines are a state text's; they had been its first eight tasks
// (below_top_roles.cc, MarkDashedBases).
TEST_CASE("The Party's legal bases set as dashes are the preamble", "[parse][roles][real]") {
  Document doc = ParseRealExcerpt("2025-vi-guidance-btgdvtw-reporters-party-bases-web-excerpt.md");
  CHECK(FindTask(doc, "Căn cứ Quy định số 294-QĐ/TW") == nullptr);
  CHECK(FindTask(doc, "Căn cứ Quyết định số 907-QĐ/BTGDVTW") == nullptr);
  CHECK(BlockHolds(doc, BlockRole::kPreamble, "- Căn cứ Quy định số 294-QĐ/TW, ngày\n26/5/2025"));
  CHECK(BlockHolds(doc, BlockRole::kPreamble, "Quyết định số 907-QĐ/BTGDVTW"));
  // The text's own lead-in and headings are still its tasks.
  CHECK(FindTask(doc, "Ban Tuyên giáo và Dân vận Trung ương hướng dẫn") != nullptr);
}

// The copy starts at its title, with no letterhead; its closing sentence
// cites the guidance it replaces, "Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011",
// which had become its date: the Party's comma before a cited date kept the
// date out of the citation (vi.xml reference patterns), and a closing
// block's date inside a citation is not the text's (metadata.cc ClosingDate).
TEST_CASE("A date a closing sentence cites is not the document's", "[parse][metadata][real]") {
  Document doc = ParseRealExcerpt("2025-vi-guidance-btgdvtw-reporters-party-bases-web-excerpt.md");
  CHECK(doc.meta.date.empty());
  bool dated_citation = false;
  for (const congvan::Reference& r : doc.meta.references) {
    if (r.number == "246-QĐ/TW") dated_citation = r.date == "2025-01-24";
  }
  CHECK(dated_citation);
}

// "TM." alone on its line over the rest of the block flattened onto one
// ("CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Bình Minh", the web copy of
// Nghị định 99/2022/NĐ-CP, lines 664-665 of the corpus pair, the crawl's
// copy byte for byte): the rank, too short to count as capitals, was
// dropped; it opens the capacity's first line (signer.cc, AddCapacity).
TEST_CASE("A rank alone over a flattened signature opens its capacity", "[parse][signer][real]") {
  Document doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  std::vector<congvan::parse::Signer> signers = congvan::parse::ReadSigners(doc);
  REQUIRE(signers.size() == 1);
  const congvan::parse::Signer& signer = signers.front();
  CHECK(signer.name == "Phạm Bình Minh");
  CHECK(signer.capacity ==
        std::vector<std::string>{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"});
  CHECK(!BlockHolds(doc, BlockRole::kRecipients, "TM."));
}

// A title wrapped so that a piece of it stood alone: "THÔNG BÁO" / "Ý" /
// "KIẾN CHỈ ĐẠO …" (Thông báo 653/TB-VPCP), a one-letter word taken for
// noise; "KẾ HOẠCH" / "PHÁT TRIỂN … GIAI ĐOẠN" / "2026 - 2030" (Kế hoạch
// 144/KH-UBND), the years taken for a dateline's lead. Both are the title's
// (top_roles.cc: JoinsKindAndSubject, IsYearSpan).
TEST_CASE("A title's one-letter word and its closing years stay in the title",
          "[parse][metadata][title][real]") {
  Document notice =
      ParseRealExcerpt("2025-vi-notice-vpcp-653-one-letter-title-wrap-opening-web.md");
  CHECK(notice.meta.title ==
        "THÔNG BÁO Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC BUỔI LÀM VIỆC "
        "TẠI "
        "CÁC DỰ ÁN ĐIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH VÀ TỈNH ĐỒNG NAI");
  Document plan = ParseRealExcerpt("2025-vi-plan-bacninh-144-title-years-wrap-opening-web.md");
  CHECK(plan.meta.title ==
        "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030");
  CHECK(!BlockHolds(plan, BlockRole::kLead, "2026 - 2030"));
}

// An amending decree's title lists every decree it amends: 64 words in
// capitals on one line, over the sixty a title line was allowed, so it was
// read as preamble and the portal's caption ("Nghị định 102/2021/NĐ-CP")
// stood in as the title. A line that opens with a kind may run longer
// (top_roles.cc, TitleSized).
TEST_CASE("A long title that opens with its kind is the title", "[parse][metadata][title][real]") {
  Document doc = ParseRealExcerpt("2021-vi-decree-102-2021-nd-cp-long-title-opening-web.txt");
  CHECK(doc.meta.title.starts_with(
      "NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH VỀ XỬ PHẠT"));
  CHECK(doc.meta.title.ends_with("KHO BẠC NHÀ NƯỚC; KẾ TOÁN, KIỂM TOÁN ĐỘC LẬP"));
  CHECK(!BlockHolds(doc, BlockRole::kPreamble, "NGHỊ ĐỊNH SỬA ĐỔI"));
}

// A form's last heading in capitals ("V. ĐỀ XUẤT BIỆN PHÁP NGĂN NGỪA" / "VÀ
// KIỂM SOÁT LOÀI NGOẠI LAI XÂM HẠI") stands four lines above the next
// appendix's attaching line ("PHỤ LỤC II" / "DANH MỤC …" / "(Ban hành kèm theo
// Thông tư số 69/2025/TT-BNNMT …)"), so it was taken for an attached text's
// title and the appendix, a table of species, for its tasks. The appendix's
// title between them owns the attaching line (attachments.cc, AttachingLine).
TEST_CASE("A form's heading over an appendix titles no attached text",
          "[parse][attachments][real]") {
  Document doc = ParseRealExcerpt(
      "2025-vi-circular-69-2025-tt-bnnmt-form-heading-over-appendix-web-excerpt.md");
  const congvan::Node* heading = WithMarker(doc.tasks, "V.");
  REQUIRE(heading != nullptr);
  CHECK(congvan::testing::ParentOf(doc, heading) != nullptr);  // a heading of the form
  CHECK(!Contains(heading->text, "PHỤ LỤC"));
  CHECK(BlockHolds(doc, BlockRole::kAnnex, "PHỤ LỤC II"));
}

// A law's web copy puts the signature on the line under the enacting
// formula ("Luật này đã được Quốc hội … thông qua ngày 24 tháng 6 năm 2015." /
// "CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng", Luật Kiểm toán nhà nước 2015), and the
// line roles keep both in the closing: the law had no signer. A closing's
// last line that reads as a flattened signature is the signature
// (signer.cc, LastClosingLine).
TEST_CASE("A signature run onto the enacting formula's closing names the signer",
          "[parse][signer][real]") {
  Document doc =
      ParseRealExcerpt("2015-vi-law-81-2015-qh13-state-audit-signature-in-closing-web-excerpt.txt");
  std::vector<congvan::parse::Signer> signers = congvan::parse::ReadSigners(doc);
  REQUIRE(signers.size() == 1);
  CHECK(signers.front().name == "Nguyễn Sinh Hùng");
  CHECK(signers.front().capacity == std::vector<std::string>{"CHỦ TỊCH QUỐC HỘI"});
}

// Nghị quyết liên tịch 102/2025/NQLT: three joint signatures, the recipients,
// then "PHỤ LỤC" and its forms, whose signing boxes ("THƯ KÝ HỘI NGHỊ" /
// "CHỦ TRÌ HỘI NGHỊ") stand a few lines on. Once the appendix is annex from
// its title on (attachments.cc), one annex block holds the last two
// signatures and the forms, and a form's box became a fourth signer: an
// annex block read as the signatures going on is read only up to its first
// list head, list item or sentence (signer.cc, SignatureLead).
TEST_CASE("Signatures an annex block opens with end at the recipients", "[parse][signer][real]") {
  Document doc = ParseRealExcerpt(
      "2025-vi-joint-resolution-102-2025-nqlt-signatures-then-forms-htm-excerpt.txt");
  std::vector<congvan::parse::Signer> signers = congvan::parse::ReadSigners(doc);
  REQUIRE(signers.size() == 3);
  CHECK(signers[0].name == "Đỗ Văn Chiến");
  CHECK(signers[1].name == "Phạm Minh Chính");
  CHECK(signers[2].name == "Trần Thanh Mẫn");
  CHECK(signers[2].capacity ==
        std::vector<std::string>{"TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH"});
}
