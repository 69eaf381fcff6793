// The signer read from the signature blocks (parse/signer.cc): capacity
// line by line and the name, one per issuer of a joint text, placeholders
// ("(Đã ký)", "[daky]") never a name, and in the JSON and AKN the writers
// give. Real texts: tests/parse/real/metadata.tsv, the corpus, and lines of
// the Công báo (hrmaster1982-dev/phapluat-8chude-data @ cdfc64c) quoted below.
#include "parse/signer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "congvan/writers.h"
#include "support/corpus.h"

using namespace congvan;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseRealExcerpt;
using congvan::testing::ParseString;

TEST_CASE("A joint circular has one signer per issuer", "[parse][signer]") {
  // Lines 1-59 and 620-673 of the Công báo's 01/2022/TTLT: five signatures,
  // each "KT. …" / the body / the deputy's office / the name; the line roles
  // keep the first in the signature block and the other four in an annex
  // block opening as it does ("KT."). Two names follow a military rank.
  Document doc = ParseRealExcerpt(
      "2022-vi-joint-circular-01-2022-ttlt-five-bodies-opening-closing-congbao.txt");
  std::vector<parse::Signer> signers = parse::ReadSigners(doc);
  REQUIRE(signers.size() == 5);
  CHECK(signers[0].capacity ==
        std::vector<std::string>{"KT. CHÁNH ÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "PHÓ CHÁNH ÁN"});
  CHECK(signers[0].name == "Nguyễn Trí Tuệ");
  CHECK(signers[1].name == "Nguyễn Duy Giảng");
  CHECK(signers[2].capacity == std::vector<std::string>{"KT. BỘ TRƯỞNG BỘ CÔNG AN", "THỨ TRƯỞNG"});
  CHECK(signers[2].name == "Nguyễn Duy Ngọc");  // "Trung tướng Nguyễn Duy Ngọc"
  CHECK(signers[3].name == "Võ Minh Lương");    // "Thượng tướng Võ Minh Lương"
  CHECK(signers[4].name == "Nguyễn Thị Hà");
}

TEST_CASE("A consolidation's certifying body is not the signer's capacity", "[parse][signer]") {
  // 28/VBHN-VPQH: "VĂN PHÒNG QUỐC HỘI" / "Số: 28/VBHN-VPQH" / "XÁC THỰC VĂN
  // BẢN HỢP NHẤT" / "Hà Nội, ngày 07 tháng 12 năm 2020" / "CHỦ NHIỆM" /
  // "Nguyễn Hạnh Phúc": the capitals above the number and date name the body.
  Document doc =
      ParseRealExcerpt("2020-vi-vbhn-28-vpqh-health-insurance-opening-closing-congbao.txt");
  std::vector<parse::Signer> signers = parse::ReadSigners(doc);
  REQUIRE(signers.size() == 1);
  CHECK(signers[0].capacity == std::vector<std::string>{"CHỦ NHIỆM"});
  CHECK(signers[0].name == "Nguyễn Hạnh Phúc");
  // 22/VBHN-BTC: the certification stands in the signature block itself,
  // "BỘ TÀI CHÍNH" / "Số: 22/VBHN-BTC" / "XÁC THỰC VĂN BẢN HỢP NHẤT" / the
  // date / "KT. BỘ TRƯỞNG" / "THỨ TRUỞNG" (sic) / "Đỗ Hoàng Anh Tuấn".
  Document vbhn22 =
      ParseRealExcerpt("2020-vi-vbhn-22-btc-social-insurance-finance-opening-closing-congbao.txt");
  signers = parse::ReadSigners(vbhn22);
  REQUIRE(signers.size() == 1);
  CHECK(signers[0].capacity == std::vector<std::string>{"KT. BỘ TRƯỞNG", "THỨ TRUỞNG"});
  CHECK(signers[0].name == "Đỗ Hoàng Anh Tuấn");
}

TEST_CASE("A signature placeholder is not a name", "[parse][signer]") {
  SECTION("a transcribed copy's '(Đã ký)' after the name") {
    // corpus: Nghị định 61-CP (1994), "Võ Văn Kiệt (Đã ký)" alone, no capacity.
    Document doc = ParseCorpus("legislation/1994-vi-decree-61-cp-housing-sale-web.txt");
    std::vector<parse::Signer> signers = parse::ReadSigners(doc);
    REQUIRE(signers.size() == 1);
    CHECK(signers[0].capacity.empty());
    CHECK(signers[0].name == "Võ Văn Kiệt");
  }
  SECTION("the Công báo's '[daky]' between the capacity and the name") {
    // Quyết định 28/2021/QĐ-TTg (docs/hdld/quyet-dinh-so-28-2021-qd-ttg-34546.txt),
    // its Điều 8 and signature.
    Document doc = ParseString(
        "THỦ TƯỚNG CHÍNH PHỦ\n"
        "Số: 28/2021/QĐ-TTg\n"
        "QUYẾT ĐỊNH\n"
        "Điều 8. Hiệu lực thi hành \n"
        "1. Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2021.  \n"
        "2. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc \n"
        "Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung \n"
        "ương, Thủ trưởng các cơ quan, đơn vị và tổ chức liên quan chịu trách nhiệm thi \n"
        "hành Quyết định này./. \n"
        " \n"
        "KT. THỦ TƯỚNG \n"
        "PHÓ THỦ TƯỚNG \n"
        "[daky] \n"
        "Lê Minh Khái \n",
        InLanguage(Language::kVietnamese));
    std::vector<parse::Signer> signers = parse::ReadSigners(doc);
    REQUIRE(signers.size() == 1);
    CHECK(signers[0].capacity == std::vector<std::string>{"KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"});
    CHECK(signers[0].name == "Lê Minh Khái");
  }
}

TEST_CASE("The JSON and AKN writers give the signers", "[parse][signer][json][akn]") {
  Document doc =
      ParseRealExcerpt("2020-vi-vbhn-28-vpqh-health-insurance-opening-closing-congbao.txt");
  auto meta = nlohmann::json::parse(WriteJson(doc))["meta"];
  REQUIRE(meta["signers"].size() == 1);
  CHECK(meta["signers"][0]["name"] == "Nguyễn Hạnh Phúc");
  CHECK(meta["signers"][0]["capacity"][0] == "CHỦ NHIỆM");
  std::string akn = WriteAkomaNtoso(doc);
  CHECK(akn.find("<TLCPerson eId=\"signer_1\" href=\"/ontology/person/vn/nguyen-hanh-phuc\" "
                 "showAs=\"Nguyễn Hạnh Phúc\"") != std::string::npos);
  CHECK(akn.find("<TLCRole eId=\"signerRole_1\"") != std::string::npos);
}

// The review of session 39's findings (F2-F4): two signatures side by side
// in a plain text (a run of spaces parts the columns, as '|' does in a
// table), a name printed in capitals after "(Đã ký)", "./." glued to a name.
TEST_CASE("Signers side by side, a name in capitals after its placeholder",
          "[parse][signer][review]") {
  auto signers_of = [](const std::string& closing) {
    return parse::ReadSigners(
        testing::ParseString("BỘ TÀI CHÍNH\nSố: 01/2026/TT-BTC\nTHÔNG TƯ\nĐiều 1. Hiệu lực\n"
                             "Thông tư này có hiệu lực kể từ ngày ký./.\n\n" +
                                 closing,
                             InLanguage(Language::kVietnamese)));
  };
  SECTION("two columns parted by spaces") {
    std::vector<parse::Signer> s = signers_of(
        "KT. BỘ TRƯỞNG                                KT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG                                     THỨ TRƯỞNG\n"
        "Nguyễn Văn An                                  Trần Thị Bình\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0].name == "Nguyễn Văn An");
    CHECK(s[1].name == "Trần Thị Bình");
    CHECK(s[1].capacity == std::vector<std::string>{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"});
  }
  SECTION("a name in capitals under '(Đã ký)'") {
    std::vector<parse::Signer> s =
        signers_of("TM. BAN CHẤP HÀNH\nBÍ THƯ\n(Đã ký)\nNGUYỄN VĂN AN\n");
    REQUIRE(s.size() == 1);
    CHECK(s[0].name == "NGUYỄN VĂN AN");
  }
}

// Web copies (thuvienphapluat.vn, as /work/unseen/crawl keeps them) print the
// whole signature block on one line: capacity in capitals, then the name, and
// sometimes the annex's title right after it. Each line below is quoted from
// such a copy after the copy's own "Nơi nhận:" and its last recipient.
TEST_CASE("A signature block flattened onto one line", "[parse][signer][flattened]") {
  auto signers_of = [](const std::string& signature_line) {
    return parse::ReadSigners(testing::ParseString(
        "CHÍNH PHỦ --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số:\n112/2024/NĐ-CP\nHà Nội, ngày 11 tháng 9 năm 2024\n"
        "NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT VỀ ĐẤT TRỒNG LÚA\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định chi tiết về đất trồng lúa.\n"
        "Nơi nhận:\n"
        "- Ban Bí thư Trung ương Đảng;\n"
        "- Lưu: VT, NN (2b).\n" +
            signature_line + "\n",
        InLanguage(Language::kVietnamese)));
  };
  SECTION("the capacity and the name (Nghị định 112/2024/NĐ-CP)") {
    std::vector<parse::Signer> s =
        signers_of("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà");
    REQUIRE(s.size() == 1);
    // Line by line, as a block prints it (the schema's capacity): a line at
    // each rank, and the deputy's own title after the head's.
    CHECK(s[0].capacity ==
          std::vector<std::string>{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"});
    CHECK(s[0].name == "Trần Hồng Hà");
    // A rank glued to its office (the crawl copy of Nghị định 123/2024/NĐ-CP).
    s = signers_of("TM. CHÍNH PHỦ KT.THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà");
    REQUIRE(s.size() == 1);
    CHECK(s[0].capacity ==
          std::vector<std::string>{"TM. CHÍNH PHỦ", "KT.THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"});
  }
  SECTION("a court's council (Nghị quyết 02/2022/NQ-HĐTP)") {
    std::vector<parse::Signer> s = signers_of("TM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN Nguyễn Hòa Bình");
    REQUIRE(s.size() == 1);
    CHECK(s[0].capacity == std::vector<std::string>{"TM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN"});
    CHECK(s[0].name == "Nguyễn Hòa Bình");
  }
  SECTION("words in sentence case after the name: no certain end, no signer") {
    // Nghị định 87/2025/NĐ-CP: "… Trần Hồng Hà Phụ lục (Kèm theo …)"; Thông
    // tư 203/2014/TT-BTC: "… Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ …", a
    // name of three words before a form's title "Mẫu …" that a rule cutting
    // the last capitalised word would have read "Nguyễn Hữu Chí Mẫu".
    CHECK(signers_of("TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà Phụ lục (Kèm theo "
                     "Nghị định số 87/2025/NĐ-CP ngày 11 tháng 4 năm 2025 của Chính phủ)")
              .empty());
    CHECK(signers_of("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu Chí Mẫu Quyết định số 01/QĐ-HĐ (Ban hành "
                     "kèm theo Thông tư số 203/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính)")
              .empty());
  }
  SECTION("the annex's title in capitals after the name (Nghị định 151/2025/NĐ-CP)") {
    std::vector<parse::Signer> s = signers_of(
        "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Hòa Bình PHỤ LỤC I TRÌNH TỰ, THỦ TỤC "
        "TRONG LĨNH VỰC ĐẤT ĐAI");
    REQUIRE(s.size() == 1);
    CHECK(s[0].name == "Nguyễn Hòa Bình");
  }
  SECTION(
      "a joint circular's four signers (Thông tư liên tịch 178/2015/TTLT-BTC-BNNPTNT-BTNMT-BYT)") {
    std::vector<parse::Signer> s = signers_of(
        "KT. BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THỨ TRƯỞNG Vũ Văn Tám KT. BỘ "
        "TRƯỞNG BỘ TÀI CHÍNH THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn KT. BỘ TRƯỞNG BỘ Y TẾ THỨ TRƯỞNG "
        "Nguyễn Thanh Long KT. BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG THỨ TRƯỞNG Nguyễn Linh "
        "Ngọc");
    REQUIRE(s.size() == 4);
    // The head's title runs on with the ministry's name; the deputy's after.
    CHECK(s[0].capacity ==
          std::vector<std::string>{"KT. BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                                   "THỨ TRƯỞNG"});
    CHECK(s[1].capacity == std::vector<std::string>{"KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG"});
    CHECK(s[0].name == "Vũ Văn Tám");
    CHECK(s[1].name == "Đỗ Hoàng Anh Tuấn");
    CHECK(s[2].name == "Nguyễn Thanh Long");
    CHECK(s[3].name == "Nguyễn Linh Ngọc");
  }
}
