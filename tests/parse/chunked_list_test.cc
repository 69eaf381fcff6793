// ChunkedList (parse/chunked_list.h), the paragraphs' list: read by number
// like the vector it replaces, records keep their address as more are added,
// and letting the beginning go (ReleaseBefore) then keeping only some records
// (KeepOnly) leaves what `std::erase_if` on a vector leaves. Seeded generated
// runs compare the two, the chunk edges, an empty list and a release past the
// end included.
#include "parse/chunked_list.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using congvan::parse::ChunkedList;

namespace {

// Longer than the small-string buffer: a record moved or copied wrongly shows.
std::string Record(size_t k) { return "paragraph number " + std::to_string(k) + " of the law"; }

// A record the blocks would keep (a paragraph with a role): every seventh, and
// the marked ones.
bool Kept(const std::string& s) { return s.size() > 0 && (s.back() == '!' || s.size() % 7 == 0); }

}  // namespace

TEST_CASE("Records keep their address and value while the list grows", "[parse][tree]") {
  ChunkedList<std::string, 4> list;
  CHECK(list.empty());
  std::vector<const std::string*> addresses;
  for (size_t k = 0; k < 11; ++k) {
    list.push_back(Record(k));
    addresses.push_back(&list.back());
  }
  REQUIRE(list.size() == 11);
  size_t k = 0;
  for (const std::string& s : list) {
    CHECK(&s == addresses[k]);
    CHECK(s == Record(k));
    ++k;
  }
  CHECK(k == 11);
}

TEST_CASE("Releasing the beginning then keeping some records is erase_if on a vector",
          "[parse][tree]") {
  std::mt19937 random(20261205);
  for (int run = 0; run < 300; ++run) {
    const size_t count = random() % 40;
    ChunkedList<std::string, 4> list;
    std::vector<std::string> reference;
    for (size_t k = 0; k < count; ++k) {
      std::string s = Record(k);
      if (random() % 3 == 0) s += '!';
      list.push_back(s);
      reference.push_back(s);
    }
    // Placing: the records before a growing index are let go, now and then;
    // the later ones read as before.
    size_t placed = 0;
    while (placed < count + 3) {
      placed += random() % 6;
      list.ReleaseBefore(placed, Kept);
      for (size_t k = placed; k < count; ++k) REQUIRE(list[k] == reference[k]);
      REQUIRE(list.size() == count);
    }
    list.KeepOnly(Kept);
    std::erase_if(reference, [](const std::string& s) { return !Kept(s); });
    REQUIRE(list.size() == reference.size());
    size_t k = 0;
    for (const std::string& s : list) CHECK(s == reference[k++]);
    // The list is whole again: it grows and reads as a new one would.
    list.push_back("after");
    CHECK(list.back() == "after");
    CHECK(list[reference.size()] == "after");
  }
}

TEST_CASE("Keeping only some records without releasing any", "[parse][tree]") {
  ChunkedList<std::string, 4> list;
  std::vector<std::string> reference;
  for (size_t k = 0; k < 10; ++k) {
    list.push_back(Record(k) + (k % 2 == 0 ? "!" : ""));
    reference.push_back(list.back());
  }
  list.KeepOnly(Kept);
  std::erase_if(reference, [](const std::string& s) { return !Kept(s); });
  REQUIRE(list.size() == reference.size());
  for (size_t k = 0; k < reference.size(); ++k) CHECK(list[k] == reference[k]);
  ChunkedList<std::string, 4> empty;
  empty.ReleaseBefore(5, Kept);
  empty.KeepOnly(Kept);
  CHECK(empty.empty());
}
