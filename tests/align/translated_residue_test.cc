// Translated residue (engine/src/align/translated_residue.h): across
// languages, a provision left without a partner inside an article paired with
// its translation is the provision at the same place there.
//
// The Vietnamese side is real text: Điều 26–29, 61 and 93 of Luật Trẻ em
// 102/2016/QH13 as the Pháp điển prints them (unseen/en9/PROVENANCE; a
// Vietnamese official text). The English side is a shape test: our own
// rendering with the law's numbering, as a translation keeps it (the
// commercial translation measured in DESIGN.md may not be committed), its
// words chosen as a translator's are, not as the bilingual lexicon lists them.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Language;

namespace {

const char kVietnamese[] =
    "Điều 26. Quyền được bảo vệ để không bị bóc lột sức lao động\n\n"
    "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị bóc lột sức lao động; không "
    "phải lao động trước tuổi, quá thời gian hoặc làm công việc nặng nhọc, độc hại, nguy hiểm "
    "theo quy định của pháp luật; không bị bố trí công việc hoặc nơi làm việc có ảnh hưởng xấu "
    "đến nhân cách và sự phát triển toàn diện của trẻ em.\n\n"
    "Điều 27. Quyền được bảo vệ để không bị bạo lực, bỏ rơi, bỏ mặc\n\n"
    "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị bạo lực, bỏ rơi, bỏ mặc làm tổn "
    "hại đến sự phát triển toàn diện của trẻ em.\n\n"
    "Điều 28. Quyền được bảo vệ để không bị mua bán, bắt cóc, đánh tráo, chiếm đoạt\n\n"
    "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị mua bán, bắt cóc, đánh tráo, "
    "chiếm đoạt.\n\n"
    "Điều 29. Quyền được bảo vệ khỏi chất ma túy\n\n"
    "Trẻ em có quyền được bảo vệ khỏi mọi hình thức sử dụng, sản xuất, vận chuyển, mua, bán, "
    "tàng trữ trái phép chất ma túy.\n\n"
    "Điều 61. Các hình thức chăm sóc thay thế\n\n"
    "1. Chăm sóc thay thế bởi người thân thích.\n\n"
    "2. Chăm sóc thay thế bởi cá nhân, gia đình không phải là người thân thích. \n\n"
    "3. Chăm sóc thay thế bằng hình thức nhận con nuôi.\n\n"
    "Việc nuôi con nuôi được thực hiện theo quy định của pháp luật về nuôi con nuôi.\n\n"
    "Điều 93. Tổ chức kinh tế\n\n"
    "1. Trong quá trình sản xuất, kinh doanh, phải thực hiện đầy đủ quy trình, tiêu chuẩn để bảo "
    "đảm cung cấp sản phẩm, dịch vụ an toàn cho trẻ em.\n\n"
    "2. Người sử dụng lao động tạo điều kiện để người lao động thực hiện trách nhiệm của cha, "
    "mẹ, người chăm sóc trẻ em.\n\n"
    "3. Người sử dụng lao động tạo điều kiện cho trẻ em được học nghề, được bố trí việc làm phù "
    "hợp với khả năng, độ tuổi của trẻ em, điều kiện của tổ chức và theo quy định của pháp "
    "luật.\n\n"
    "4. Đóng góp và vận động nguồn lực cho việc thực hiện quyền của trẻ em phù hợp với khả năng, "
    "điều kiện, mức độ phát triển của tổ chức.\n";

const char kEnglish[] =
    "Article 26. Right to protection from exploitation of their labour\n\n"
    "Every child has the right to be protected by all means from exploitation of its labour; no "
    "child shall work below the lawful age, beyond lawful hours, or at heavy, toxic or dangerous "
    "work as the law provides, nor be given work or a workplace harmful to its character and "
    "all-round growth.\n\n"
    "Article 27. Right to protection from violence and abandonment\n\n"
    "Every child has the right to be protected by all means from violence, abandonment and "
    "neglect that harm its all-round growth.\n\n"
    "Article 28. Right to protection from sale, abduction, substitution and seizure\n\n"
    "Every child has the right to be protected by all means from being sold, abducted, "
    "substituted or seized.\n\n"
    "Article 29. Right to protection from narcotics\n\n"
    "Every child has the right to be protected from all unlawful use, making, carriage, purchase, "
    "sale and keeping of narcotics.\n\n"
    "Article 61. Forms of foster care\n\n"
    "1. Foster care by kin.\n\n"
    "2. Foster care by persons or families who are not kin.\n\n"
    "3. Foster care through adoption.\n\n"
    "Adoption shall follow the law on adoption.\n\n"
    "Article 93. Business organizations\n\n"
    "1. In production and business, follow in full the procedures and standards that keep the "
    "goods and services supplied to children safe.\n\n"
    "2. Employers shall enable their workers to carry out their duties as parents or carers.\n\n"
    "3. Employers shall enable children to learn a trade and give them work fit for their "
    "ability and age, the organization's conditions and the law.\n\n"
    "4. Contribute and raise funds for the rights of children as befits the means, conditions "
    "and growth of the organization.\n";

bool Starts(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// The new texts some change relates the old provision starting `old_text` to;
// "(dropped)" when it is dropped.
std::vector<std::string> PartnersOf(const Alignment& a, const std::string& old_text) {
  std::vector<std::string> out;
  for (const Change& c : a.changes) {
    for (const auto& o : c.old_nodes) {
      if (!Starts(o.text, old_text)) continue;
      if (c.op == ChangeOp::kDropped) out.push_back("(dropped)");
      for (const auto& n : c.new_nodes) out.push_back(n.text);
    }
  }
  return out;
}

int AddedCount(const Alignment& a) {
  int added = 0;
  for (const Change& c : a.changes) added += c.op == ChangeOp::kAdded;
  return added;
}

}  // namespace

TEST_CASE("A provision of a translated article left unpaired is the one at its place (Luật Trẻ em)",
          "[align][translated-residue]") {
  Document vi = congvan::testing::ParseString(kVietnamese);
  Document en =
      congvan::testing::ParseString(kEnglish, congvan::testing::InLanguage(Language::kEnglish));
  for (bool vi_first : {true, false}) {
    INFO((vi_first ? "vi -> en" : "en -> vi"));
    Alignment a = vi_first ? congvan::Align(vi, en).value() : congvan::Align(en, vi).value();
    std::string art28 = vi_first ? "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị mua"
                                 : "Every child has the right to be protected by all means from "
                                   "being sold";
    std::string adoption = vi_first ? "Việc nuôi con nuôi" : "Adoption shall follow";
    std::string clause4 = vi_first ? "Đóng góp và vận động" : "Contribute and raise funds";
    std::string art28_new = vi_first ? "Every child has the right to be protected by all means "
                                       "from being sold"
                                     : "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không "
                                       "bị mua";
    std::string adoption_new = vi_first ? "Adoption shall follow" : "Việc nuôi con nuôi";
    std::string clause4_new = vi_first ? "Contribute and raise funds" : "Đóng góp và vận động";
    auto one_partner_starting = [&](const std::string& from, const std::string& to) {
      std::vector<std::string> partners = PartnersOf(a, from);
      INFO("old: " << from);
      REQUIRE(partners.size() == 1);
      CHECK(Starts(partners[0], to));
    };
    one_partner_starting(art28, art28_new);
    one_partner_starting(adoption, adoption_new);
    one_partner_starting(clause4, clause4_new);
    CHECK(AddedCount(a) == 0);
  }
}
