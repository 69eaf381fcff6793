// parse/portal_notes.cc, NoteOwners: the one walk that finds every note's
// provision (its search through the notes' lines, and the table of lines
// holding a note that turns most spans away) puts each note where the plain
// way does — the first node in post-order whose own spans hold the note's
// line, or an ancestor of it for a note naming its level ("[Điều này …]") —
// and leaves a note to the blocks only when no node's spans hold its line.
// On every corpus and unseen text that has a portal note.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;

namespace {

bool Holds(const Node& n, int line) {
  for (const congvan::LineSpan& s : n.spans) {
    if (s.first <= line && line <= s.last) return true;
  }
  return false;
}

// The plain way: every node in post-order, the first that holds the line,
// with its ancestors (outermost first) in `path`.
bool InnermostHolding(std::span<const Node> nodes, int line, std::vector<const Node*>& path) {
  for (const Node& n : nodes) {
    path.push_back(&n);
    if (InnermostHolding(n.children, line, path)) return true;
    if (Holds(n, line)) return true;
    path.pop_back();
  }
  return false;
}

struct Placed {
  const Node* owner;  // null: a block's
  const congvan::Note* note;
};

void NotesOfNodes(std::span<const Node> nodes, std::vector<Placed>& out) {
  for (const Node& n : nodes) {
    for (const congvan::Note& note : n.notes()) out.push_back({&n, &note});
    NotesOfNodes(n.children, out);
  }
}

// The level a note names ("[Điều này …]": the article), or "".
std::string NamedLevel(std::string_view note) {
  const std::pair<std::string_view, const char*> kNamed[] = {{"[Điều này", "article"},
                                                             {"[Chương này", "chapter"},
                                                             {"[Mục này", "section"},
                                                             {"[Phần này", "part"}};
  for (const auto& [words, level] : kNamed) {
    if (note.substr(0, words.size()) == words) return level;
  }
  return "";
}

}  // namespace

TEST_CASE("Every portal note goes where the plain walk puts it, on every corpus and unseen text",
          "[parse][notes]") {
  size_t texts = 0, on_nodes = 0, on_blocks = 0, named = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    if (text.find('[') == std::string::npos) continue;
    Document doc = congvan::testing::ParseString(text);
    std::vector<Placed> placed;
    NotesOfNodes(doc.tasks, placed);
    for (const congvan::Block& b : doc.blocks) {
      for (const congvan::Note& note : b.notes) placed.push_back({nullptr, &note});
    }
    if (placed.empty()) continue;
    ++texts;
    for (const Placed& p : placed) {
      INFO(p.note->line << ": " << p.note->text);
      std::vector<const Node*> path;
      bool held = InnermostHolding(doc.tasks, p.note->line, path);
      if (p.owner == nullptr) {
        CHECK_FALSE(held);  // a block's note only where no node holds the line
        ++on_blocks;
        continue;
      }
      if (!held) continue;  // placed by a fallback (the node open at the line)
      ++on_nodes;
      // The nearest node of the level the note names, else the innermost.
      const Node* expected = path.back();
      if (std::string level = NamedLevel(p.note->text); !level.empty()) {
        for (const Node* n : path) {
          if (n->level == level) expected = n;
        }
      }
      CHECK(p.owner == expected);
      named += NamedLevel(p.note->text).empty() ? 0 : 1;
    }
  }
  CHECK(texts >= 2);  // the corpus alone: 2 texts, 30 notes on nodes
  CHECK(on_nodes >= 30);
  CHECK(named > 0);
}
