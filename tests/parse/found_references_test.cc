// FoundReferences (parse/found_references.h), the compact list the reference
// collector fills: what it gives equals what the records it replaced gave —
// a vector of public records, a std::set of (line, number without spaces)
// refusing a pair seen before, and a stable sort by line. Seeded generated
// runs (repeated lines and numbers, numbers that differ only by spaces, a
// group not in the citation, dates and none, lines out of order) compare the
// two; a hand case shows which duplicate stays.
#include "parse/found_references.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

using congvan::Reference;
using congvan::parse::FoundReferences;
using congvan::parse::NumberWithoutSpaces;

namespace {

// The records as metadata.cc made them before FoundReferences.
class SetReferences {
 public:
  void Add(std::string_view text, std::string_view type, std::string_view number,
           std::string_view date, int line) {
    Reference r;
    r.type = std::string(type);
    r.number = NumberWithoutSpaces(number);
    r.date = std::string(date);
    r.text = std::string(text);
    r.line = line;
    if (!seen_.emplace(r.line, r.number).second) return;
    found_.push_back(std::move(r));
  }
  std::vector<Reference> Take() {
    std::stable_sort(found_.begin(), found_.end(),
                     [](const Reference& a, const Reference& b) { return a.line < b.line; });
    return std::move(found_);
  }

 private:
  std::vector<Reference> found_;
  std::set<std::pair<int, std::string>> seen_;
};

bool Same(const std::vector<Reference>& a, const std::vector<Reference>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].type != b[i].type || a[i].number != b[i].number || a[i].date != b[i].date ||
        a[i].text != b[i].text || a[i].line != b[i].line) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("The first citation of a number on a line stays, in line order", "[parse][metadata]") {
  const std::string a = "Nghị định số 15/2020/NĐ-CP ngày 3/2/2020";
  const std::string b = "Nghị định số 15/2020/ NĐ-CP";
  const std::string c = "Thông tư số 01/2021/TT-BTC";
  FoundReferences found;
  found.Add(a, "Nghị định", "15/2020/NĐ-CP", "2020-02-03", 9);
  found.Add(c, "Thông tư", "01/2021/TT-BTC", "", 4);
  found.Add(b, "Nghị định", "15/2020/ NĐ-CP", "", 9);  // the same number, spaced
  found.Add(b, "Nghị định", "15/2020/ NĐ-CP", "", 4);  // another line
  const std::vector<Reference> refs = found.Take();
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].line == 4);
  CHECK(refs[0].number == "01/2021/TT-BTC");
  CHECK(refs[0].date.empty());
  CHECK(refs[1].line == 4);
  CHECK(refs[1].text == b);
  CHECK(refs[1].number == "15/2020/NĐ-CP");
  CHECK(refs[2].line == 9);
  CHECK(refs[2].text == a);
  CHECK(refs[2].type == "Nghị định");
  CHECK(refs[2].date == "2020-02-03");
}

TEST_CASE("The compact list gives what the set of records gave", "[parse][metadata]") {
  const std::vector<std::string> types = {"Luật", "Nghị định", "Thông tư liên tịch", "Decree"};
  const std::vector<std::string> numbers = {"15/2020/NĐ-CP",
                                            "15/2020/ NĐ-CP",
                                            "15 /2020/NĐ-CP",
                                            "01/NQ-CP",
                                            "1/NQ-CP",
                                            "10/2019/TT-BKHĐT",
                                            ""};
  const std::vector<std::string> dates = {"", "2023-01-06", "2019-12-31"};
  std::mt19937 random(20261205);
  for (int run = 0; run < 200; ++run) {
    FoundReferences found;
    SetReferences reference;
    const int count = static_cast<int>(random() % 40);
    std::vector<std::string> texts;  // the citations' own bytes, which the list views
    texts.reserve(static_cast<size_t>(count));
    for (int k = 0; k < count; ++k) {
      const std::string& type = types[random() % types.size()];
      const std::string& number = numbers[random() % numbers.size()];
      const std::string& date = dates[random() % dates.size()];
      const int line = static_cast<int>(random() % 6);
      // Mostly the type and number in the citation; now and then a citation
      // that holds neither as written (the group is kept aside).
      texts.push_back(random() % 8 == 0 ? "văn bản " + std::to_string(k)
                                        : type + " số " + number + " ngày " + date);
      found.Add(texts.back(), type, number, date, line);
      reference.Add(texts.back(), type, number, date, line);
    }
    const std::vector<Reference> got = found.Take(), want = reference.Take();
    INFO("run " << run << ", " << count << " citations");
    CHECK(Same(got, want));
  }
}
