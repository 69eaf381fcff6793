// SiblingPathsRise and SiblingSuffixesDiffer (parse/sibling_paths.h), the
// tree builder's tests of whether a task's children have different paths,
// against the whole paths on every sibling list of every corpus text (and
// of the unseen texts with $CONGVAN_UNSEEN_TEXTS). The lists are taken as
// the builder judged them: before repeats were suffixed ("3#2" back to
// "3"), so the real repeats are among them (a plain paragraph numbered as a
// marked sibling), as are lists that do not rise (letters past "đ").
#include "parse/sibling_paths.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/corpus.h"

using congvan::Node;
using congvan::parse::SiblingPathsRise;
using congvan::parse::SiblingSuffixesDiffer;

namespace {

// A path as the builder made it, before a repeat was suffixed.
std::string Unsuffixed(std::string_view path) {
  return std::string(path.substr(0, path.find('#')));
}

struct Counts {
  size_t lists = 0, rising = 0, repeats = 0, told_apart = 0;
};

// Whether the whole paths rise (the test before it skipped the prefix).
bool WholePathsRise(const std::vector<Node>& children) {
  for (size_t k = 1; k < children.size(); ++k) {
    std::string_view a = children[k - 1].path.view(), b = children[k].path.view();
    if (a.size() > b.size() || (a.size() == b.size() && !(a < b))) return false;
  }
  return true;
}

bool WholePathsDiffer(const std::vector<Node>& children) {
  std::vector<std::string> paths;
  for (const Node& c : children) paths.push_back(c.path.str());
  std::sort(paths.begin(), paths.end());
  return std::adjacent_find(paths.begin(), paths.end()) == paths.end();
}

template <typename Nodes>
void CheckLists(const Nodes& nodes, size_t prefix, Counts* counts) {
  std::vector<Node> children;
  for (const Node& n : nodes) {
    Node copy;
    copy.path = Unsuffixed(n.path.view());
    children.push_back(std::move(copy));
  }
  if (children.size() >= 2) {
    INFO("first path " << children.front().path.str() << ", prefix " << prefix);
    ++counts->lists;
    const bool rise = WholePathsRise(children), differ = WholePathsDiffer(children);
    CHECK(SiblingPathsRise(children, prefix) == rise);
    counts->rising += rise ? 1 : 0;
    counts->repeats += differ ? 0 : 1;
    std::vector<std::uint64_t> words;
    if (SiblingSuffixesDiffer(children, prefix, &words)) {
      CHECK(differ);
      if (!rise) ++counts->told_apart;
    }
  }
  for (const Node& n : nodes) {
    CheckLists(n.children, Unsuffixed(n.path.view()).size() + 1, counts);
    CheckLists(n.quoted(), 0, counts);
  }
}

}  // namespace

TEST_CASE("Sibling paths are told apart past their prefix as by the whole paths", "[parse][tree]") {
  Counts counts;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    CheckLists(congvan::testing::ParseString(text).tasks, 0, &counts);
  }
  INFO(counts.lists << " lists, " << counts.rising << " rising, " << counts.repeats
                    << " with a repeat, " << counts.told_apart << " not rising told apart");
  CHECK(counts.rising > 0);
  CHECK(counts.repeats > 0);     // real repeats: a gate that misses one fails above
  CHECK(counts.told_apart > 0);  // the words decide lists that do not rise
}

TEST_CASE("SiblingSuffixesDiffer leaves long components and repeats to the sort", "[parse][tree]") {
  auto list = [](std::vector<std::string> paths) {
    std::vector<Node> nodes(paths.size());
    for (size_t k = 0; k < paths.size(); ++k) nodes[k].path = paths[k];
    return nodes;
  };
  std::vector<std::uint64_t> words;
  CHECK(SiblingSuffixesDiffer(list({"4.a", "4.d", "4.đ", "4.e"}), 2, &words));
  CHECK_FALSE(SiblingPathsRise(list({"4.a", "4.d", "4.đ", "4.e"}), 2));
  CHECK_FALSE(SiblingSuffixesDiffer(list({"4.1", "4.a", "4.1"}), 2, &words));
  CHECK_FALSE(SiblingSuffixesDiffer(list({"4.abcdefgh", "4.b"}), 2, &words));  // eight bytes
  CHECK(SiblingSuffixesDiffer(list({"4.abcdefg", "4.b"}), 2, &words));
  // The length is in the word: "a" and "a\0" are two components.
  CHECK(SiblingSuffixesDiffer(list({"a", std::string("a\0", 2)}), 0, &words));
  CHECK(SiblingPathsRise(list({"12.9", "12.10", "12.11"}), 3));
  CHECK_FALSE(SiblingPathsRise(list({"12.9", "12.9"}), 3));
}
