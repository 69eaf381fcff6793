// A consolidated text's own number and date: the consolidating office
// certifies it after the articles ("VĂN PHÒNG QUỐC HỘI" / "Số: 28/VBHN-VPQH"
// / "XÁC THỰC VĂN BẢN HỢP NHẤT" / "Hà Nội, ngày 07 tháng 12 năm 2020"),
// while its top repeats the base act's number and date. The certification is
// the signature's, not tasks (line_roles.cc, MarkCertifications), and its
// number and date are the text's (metadata.cc, CertifiedConsolidation). Real
// Công báo copies (tests/parse/real/metadata.tsv): the health-insurance
// law's VBHN 28/2020 (its opening and closing) and the whole VBHN 462/2025 of
// a circular, whose heading stands above the number.
#include <catch2/catch.hpp>

#include "support/corpus.h"

namespace {

struct Read {
  congvan::Metadata meta;
  std::string signature;  // the signature blocks, one line each
  bool certification_in_tasks = false;
};

template <typename Nodes>
bool InTasks(const Nodes& nodes, const std::string& text) {
  for (const auto& n : nodes) {
    if (n.text.find(text) != std::string::npos || InTasks(n.children, text)) return true;
  }
  return false;
}

Read ReadReal(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  Read read{doc->meta, "", InTasks(doc->tasks, "/VBHN-")};
  for (const auto& b : doc->blocks) {
    if (b.role == congvan::BlockRole::kSignature) read.signature += b.text + "\n";
  }
  return read;
}

}  // namespace

TEST_CASE("A consolidated law's number and date are its certification's, at its end",
          "[parse][metadata][vbhn]") {
  // Top: "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 …";
  // end: "VĂN PHÒNG QUỐC HỘI" / "Số: 28/VBHN-VPQH" / "XÁC THỰC VĂN BẢN HỢP NHẤT" /
  // "Hà Nội, ngày 07 tháng 12 năm 2020" / "CHỦ NHIỆM" / "Nguyễn Hạnh Phúc".
  Read r = ReadReal("2020-vi-vbhn-28-vpqh-health-insurance-opening-closing-congbao.txt");
  CHECK(r.meta.number == "28/VBHN-VPQH");
  CHECK(r.meta.date == "2020-12-07");
  CHECK(r.meta.year == 2020);
  CHECK_FALSE(r.certification_in_tasks);
  CHECK(r.signature.find("Số: 28/VBHN-VPQH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 07") !=
        std::string::npos);
}

TEST_CASE("A consolidated circular's certification, heading above the number, is its signature's",
          "[parse][metadata][vbhn]") {
  // Top: "Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 …"; end (lines 322-333):
  // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" / "XÁC THỰC VĂN BẢN HỢP NHẤT" /
  // "Số: 462/VBHN-BLĐTBXH" / "Hà Nội, ngày 10 tháng 02 năm 2025" / "KT. BỘ TRƯỞNG" …
  Read r = ReadReal("2025-vi-vbhn-462-bldtbxh-deposit-insurance-wages-congbao.txt");
  CHECK(r.meta.number == "462/VBHN-BLĐTBXH");
  CHECK(r.meta.date == "2025-02-10");
  CHECK(r.meta.year == 2025);
  CHECK_FALSE(r.certification_in_tasks);
  CHECK(r.signature.rfind("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nXÁC THỰC", 0) == 0);
}
