// The vocabulary of the Law on Children in both languages (the lexicon's
// "children" block). Luật Trẻ em 102/2016/QH13 and its English translation
// (unseen/en9, DESIGN.md "enpair9") met through article numbers and little
// else: 0.830 of the Vietnamese content words had a concept. The Vietnamese
// sides below are the law's own sentences (Điều 4, 5, 13, 26, 28, 29, 36, 10;
// a Vietnamese official text); the English is our own rendering in the
// translation's words (the translation may not be committed).
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "congvan/lexicon.h"
#include "support/lexicon_concepts.h"

using congvan::ConceptHit;
using congvan::Language;
using congvan::Lexicon;

using congvan::testing::Concepts;
using Sentence = congvan::testing::ConceptSentence;

TEST_CASE("The Law on Children and its translation share the words of its field",
          "[lexicon][crosslang]") {
  auto loaded = Lexicon::Load(congvan::DefaultLexiconPath());
  REQUIRE(loaded.ok());
  const Lexicon& lex = **loaded;
  const Sentence sentences[] = {
      {"alternative_care",
       "3. Chăm sóc thay thế là việc tổ chức, gia đình, cá nhân nhận trẻ em về chăm sóc, nuôi "
       "dưỡng khi trẻ em không còn cha mẹ.",
       "3. Surrogate care means the taking in of a child by an organization, family or person to "
       "care for when the child has no parents."},
      {"nurture", "Chăm sóc thay thế là việc nhận trẻ em về chăm sóc, nuôi dưỡng.",
       "Surrogate care means taking in a child to care for and nurture."},
      {"caregiver",
       "4. Người chăm sóc trẻ em là người đảm nhận nhiệm vụ chăm sóc trẻ em, bao gồm người giám "
       "hộ của trẻ em.",
       "4. A caregiver is a person who takes on the care of a child, the child's guardian "
       "included."},
      {"child_exploitation",
       "7. Bóc lột trẻ em là hành vi bắt trẻ em lao động trái quy định của pháp luật về lao động.",
       "7. Child exploitation means forcing a child to work against the law on labor."},
      {"labour_exploitation",
       "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị bóc lột sức lao động.",
       "Children have the right to be protected in any form from labor exploitation."},
      {"abandonment",
       "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị bạo lực, bỏ rơi, bỏ mặc.",
       "Children have the right to be protected in any form from violence and abandonment."},
      {"kidnapping",
       "Trẻ em có quyền được bảo vệ dưới mọi hình thức để không bị mua bán, bắt cóc, đánh tráo, "
       "chiếm đoạt.",
       "Children have the right to be protected in any form from being sold or kidnapped."},
      {"narcotics",
       "Trẻ em có quyền được bảo vệ khỏi mọi hình thức sử dụng, sản xuất, vận chuyển, mua, bán, "
       "tàng trữ trái phép chất ma túy.",
       "Children have the right to be protected from the illegal use or sale of narcotic "
       "substances."},
      {"refugee",
       "Trẻ em không quốc tịch cư trú tại Việt Nam, trẻ em lánh nạn, tị nạn được bảo vệ và hỗ trợ "
       "nhân đạo.",
       "Stateless children residing in Vietnam and refugee children are given protection and "
       "humanitarian support."},
      {"birth_registration", "Điều 13. Quyền được khai sinh và có quốc tịch",
       "Article 13. Right to birth registration and nationality"},
      {"aspiration", "4. Tôn trọng, lắng nghe, xem xét, phản hồi ý kiến, nguyện vọng của trẻ em.",
       "4. Respect, listen to, consider and answer the opinions and expectations of children."},
      {"intervention",
       "Từ chối, không thực hiện việc hỗ trợ, can thiệp, điều trị trẻ em có nguy cơ.",
       "Refusing or failing to support, intervene in or treat children at risk."},
      {"abuse", "Không cung cấp thông tin về trẻ em bị xâm hại hoặc trẻ em có nguy cơ bị bạo lực.",
       "Failing to provide information on children who are abused or at risk of violence."},
      {"disadvantaged_child", "Điều 10. Trẻ em có hoàn cảnh đặc biệt",
       "Article 10. Disadvantaged children"},
  };
  for (const Sentence& s : sentences) {
    CAPTURE(s.concept_id);
    CHECK(Concepts(lex, s.vietnamese, Language::kVietnamese).count(s.concept_id) == 1);
    CHECK(Concepts(lex, s.english, Language::kEnglish).count(s.concept_id) == 1);
  }
}
