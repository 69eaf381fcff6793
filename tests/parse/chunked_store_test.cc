// ChunkedStore (parse/chunked_store.h), the tree builder's store of drafts:
// records keep their place while more are added (placing holds references to
// drafts it is still filling), read back by number, and the chunks released
// from the first on leave the later records whole.
#include "parse/chunked_store.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using congvan::parse::ChunkedStore;

TEST_CASE("Records keep their address and value as chunks fill and are released", "[parse][tree]") {
  ChunkedStore<std::string, 4> store;
  CHECK(store.empty());
  std::vector<const std::string*> addresses;
  for (int k = 0; k < 11; ++k) {
    // Longer than the small-string buffer: a moved record would show.
    addresses.push_back(&store.Add("draft number " + std::to_string(k) + " of the law"));
  }
  REQUIRE(store.size() == 11);
  for (size_t k = 0; k < 11; ++k) {
    CHECK(&store[k] == addresses[k]);
    CHECK(store[k] == "draft number " + std::to_string(k) + " of the law");
  }
  // The first chunk (0–3) released, out of order; the rest are read as before.
  for (size_t k : {2, 0, 3, 1}) store.Release(k);
  for (size_t k = 4; k < 11; ++k) {
    CHECK(store[k] == "draft number " + std::to_string(k) + " of the law");
  }
  // The last chunk holds three records: released with its third.
  for (size_t k = 4; k < 11; ++k) store.Release(k);
  CHECK(store.size() == 11);
}

TEST_CASE("A record added to be filled in place reads as T{} and keeps its place",
          "[parse][tree]") {
  ChunkedStore<std::string, 4> store;
  std::vector<std::string*> added;
  for (int k = 0; k < 9; ++k) {
    std::string& s = k % 3 == 0 ? store.Add("made aside " + std::to_string(k)) : store.AddDefault();
    CHECK((k % 3 == 0 || s.empty()));
    if (k % 3 != 0) s = "filled in place " + std::to_string(k) + " of the law";
    added.push_back(&s);
  }
  REQUIRE(store.size() == 9);
  for (size_t k = 0; k < 9; ++k) {
    CHECK(&store[k] == added[k]);
    CHECK(store[k] == (k % 3 == 0 ? "made aside " : "filled in place ") + std::to_string(k) +
                          (k % 3 == 0 ? "" : " of the law"));
  }
}
