// The diff as a Word document with tracked changes (congvan/diff_docx.h),
// read back by the project's own .docx reader: accepting every change must
// give the new version's text, rejecting every change the old one's, on every
// corpus pair the diff tests use. The package's XML is then checked for what
// Word needs: revisions with author and date, unique ids, moves as named
// pairs, reworded tasks changed word by word rather than replaced whole.
#include <zip.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/cross_language.h"
#include "congvan/diff_docx.h"
#include "congvan/reader.h"
#include "support/corpus.h"

namespace {

using congvan::Alignment;
using congvan::ChangeOp;
using congvan::Document;
using congvan::Node;
using congvan::testing::ParseCorpus;

constexpr const char* kDate = "2025-03-01T09:30:00Z";

struct CorpusPair {
  const char* old_file;
  const char* new_file;
};

// The pairs of tests/diff (reviewed correspondences, the cross-language
// test) and the annual chain of the gender-equality guidance.
const CorpusPair kPairs[] = {
    {"gender-equality/2021-vi-dispatch.txt", "gender-equality/2023-vi-news-summary.txt"},
    {"gender-equality/2023-vi-news-summary.txt", "gender-equality/2024-en-qa-summary.txt"},
    {"gender-equality/2024-en-qa-summary.txt", "gender-equality/2025-en-news-summary.txt"},
    {"pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt",
     "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt"},
    {"pairs/2017-vi-decree-102-2017-nd-cp-old.txt", "pairs/2022-vi-decree-99-2022-nd-cp-new.txt"},
};

// One line as the comparison sees it: whitespace runs and control characters
// (which XML cannot hold) made one space, ends trimmed.
std::string Normalise(const std::string& line) {
  std::string out;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(ch);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// What "the text of a version" means for the round trip: every block line
// by line, and every task as its marker, a space and its own text (followed
// by the provisions it quotes, the same way), in the order of their first
// source line; each line normalised, and lines left empty by that dropped.
std::vector<std::string> VersionText(const Document& doc) {
  std::vector<std::pair<int, std::string>> keyed;
  for (const auto& block : doc.blocks) {
    std::istringstream lines(block.text);
    for (std::string line; std::getline(lines, line);)
      keyed.emplace_back(block.spans.front().first, line);
  }
  auto text = [](const Node& n) { return n.marker.empty() ? n.text : n.marker + " " + n.text; };
  int last_line = 0;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (n.lines().first > 0) last_line = n.lines().first;
    keyed.emplace_back(last_line, text(n));
    congvan::ForEachTask(n.quoted(), [&](const Node& q, int, const Node*) {
      keyed.emplace_back(last_line, text(q));
    });
  });
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [line, t] : keyed) {
    if (std::string n = Normalise(t); !n.empty()) out.push_back(n);
  }
  return out;
}

// The reader's text of the .docx, changes accepted or rejected, normalised.
std::vector<std::string> ReadBack(const std::string& docx, bool accept) {
  congvan::ReadOptions options;
  options.accept_tracked_changes = accept;
  auto read = congvan::ReadDocument(docx, "changes.docx", options);
  REQUIRE(read.ok());
  CHECK(read->format == "docx");
  std::vector<std::string> out;
  std::istringstream lines(read->text);
  for (std::string line; std::getline(lines, line);) {
    if (std::string n = Normalise(line); !n.empty()) out.push_back(n);
  }
  return out;
}

// "" when equal, else where the two first differ.
std::string FirstDifference(const std::vector<std::string>& expected,
                            const std::vector<std::string>& got) {
  for (size_t i = 0; i < std::max(expected.size(), got.size()); ++i) {
    std::string e = i < expected.size() ? expected[i] : "(nothing)";
    std::string g = i < got.size() ? got[i] : "(nothing)";
    if (e != g)
      return "paragraph " + std::to_string(i + 1) + ": expected «" + e + "», got «" + g + "»";
  }
  return "";
}

struct Exported {
  Document old_doc, new_doc;
  Alignment alignment;
  std::string docx;
};

Exported Export(const CorpusPair& pair) {
  Exported e{ParseCorpus(pair.old_file), ParseCorpus(pair.new_file), {}, {}};
  e.alignment = congvan::AlignAuto(e.old_doc, e.new_doc).value();
  congvan::DiffDocxOptions options;
  options.date = kDate;
  auto docx = congvan::WriteDiffDocx(e.alignment, e.old_doc, e.new_doc, options);
  REQUIRE(docx.ok());
  e.docx = std::move(*docx);
  return e;
}

// A part of the package, parsed.
pugi::xml_document Part(const std::string& docx, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  REQUIRE(source != nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  REQUIRE(archive != nullptr);
  zip_stat_t st;
  zip_stat_init(&st);
  REQUIRE(zip_stat(archive, name, 0, &st) == 0);
  std::string bytes(static_cast<size_t>(st.size), '\0');
  zip_file_t* file = zip_fopen(archive, name, 0);
  REQUIRE(file != nullptr);
  CHECK(zip_fread(file, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
  zip_fclose(file);
  zip_discard(archive);
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(bytes.data(), bytes.size()));
  return doc;
}

// The paragraph's text with its changes accepted (w:delText is never w:t).
std::string Accepted(const pugi::xml_node& p) {
  std::string out;
  for (pugi::xpath_node t : p.select_nodes(".//w:t[not(ancestor::w:moveFrom)]"))
    out += t.node().text().get();
  return Normalise(out);
}

}  // namespace

TEST_CASE(
    "Word export round-trips on every corpus pair: accept gives the new version, reject the old",
    "[diff][docx][corpus]") {
  for (const CorpusPair& pair : kPairs) {
    INFO(pair.old_file << " → " << pair.new_file);
    Exported e = Export(pair);
    std::vector<std::string> new_text = VersionText(e.new_doc), old_text = VersionText(e.old_doc);
    REQUIRE(new_text.size() > 5);
    CHECK(FirstDifference(new_text, ReadBack(e.docx, true)) == "");
    CHECK(FirstDifference(old_text, ReadBack(e.docx, false)) == "");
  }
}

TEST_CASE(
    "Word export: every revision has the author and the date, ids are unique, moves come in named "
    "pairs",
    "[diff][docx]") {
  for (const CorpusPair& pair : {kPairs[0], kPairs[4]}) {
    INFO(pair.old_file << " → " << pair.new_file);
    Exported e = Export(pair);
    pugi::xml_document doc = Part(e.docx, "word/document.xml");
    std::set<int> ids;
    int revisions = 0;
    for (const char* name : {"w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:moveFromRangeStart",
                             "w:moveToRangeStart"}) {
      for (pugi::xpath_node x : doc.select_nodes((std::string("//") + name).c_str())) {
        ++revisions;
        CHECK(std::string(x.node().attribute("w:author").as_string()) == "congvan");
        CHECK(std::string(x.node().attribute("w:date").as_string()) == kDate);
        CHECK(ids.insert(x.node().attribute("w:id").as_int(-1)).second);
      }
    }
    CHECK(revisions > 10);
    // Each move: a source range and a destination range of the same name, each closed.
    std::map<std::string, int> sources, destinations;
    for (pugi::xpath_node x : doc.select_nodes("//w:moveFromRangeStart"))
      ++sources[x.node().attribute("w:name").as_string()];
    for (pugi::xpath_node x : doc.select_nodes("//w:moveToRangeStart"))
      ++destinations[x.node().attribute("w:name").as_string()];
    CHECK(sources == destinations);
    for (const auto& [name, count] : sources) CHECK(count == 1);
    CHECK(doc.select_nodes("//w:moveFromRangeEnd").size() == sources.size());
    CHECK(doc.select_nodes("//w:moveToRangeEnd").size() == destinations.size());
    int moved = e.alignment.summary.count(ChangeOp::kMoved);
    CHECK(static_cast<int>(sources.size()) >= moved);
  }
}

TEST_CASE("Word export: reworded tasks are changed word by word, unchanged tasks carry no revision",
          "[diff][docx]") {
  Exported e = Export(kPairs[4]);  // decree 102/2017 → 99/2022: articles reworded and renumbered
  pugi::xml_document doc = Part(e.docx, "word/document.xml");
  // Paragraphs by their accepted text; a text written twice is left out (ambiguous).
  std::map<std::string, pugi::xml_node> by_new_text;
  std::set<std::string> repeated;
  for (pugi::xpath_node p :
       doc.select_nodes("//w:body/w:p[not(w:pPr/w:rPr/w:del) and not(w:pPr/w:rPr/w:moveFrom)]")) {
    if (!by_new_text.emplace(Accepted(p.node()), p.node()).second)
      repeated.insert(Accepted(p.node()));
  }
  auto texts = [](const pugi::xml_node& p, const char* xpath) {
    std::string out;
    for (pugi::xpath_node t : p.select_nodes(xpath)) out += t.node().text().get();
    return out;
  };
  int word_by_word = 0, clean = 0, renumbered = 0, moved_for_order = 0;
  for (const auto& c : e.alignment.changes) {
    if (c.old_nodes.size() != 1 || c.new_nodes.size() != 1 || c.op == ChangeOp::kMoved) continue;
    const auto& o = c.old_nodes[0];
    const auto& n = c.new_nodes[0];
    std::string text = Normalise(n.marker.empty() ? n.text : n.marker + " " + n.text);
    if (repeated.count(text)) continue;
    auto it = by_new_text.find(text);
    REQUIRE(it != by_new_text.end());
    pugi::xml_node p = it->second;
    if (p.select_node("w:pPr/w:rPr/w:moveTo")) {  // out of order in the whole text: a move
      ++moved_for_order;
      continue;
    }
    INFO(text);
    CHECK_FALSE(p.select_node("w:pPr/w:rPr"));  // the paragraph itself is in both versions
    bool plain = p.select_node("w:r/w:t"), revised = p.select_node("w:ins | w:del");
    std::string deleted = texts(p, "w:del//w:delText"), inserted = texts(p, "w:ins//w:t");
    if (c.op == ChangeOp::kReworded) {
      CHECK(revised);
      word_by_word += plain && revised;
    } else if (o.marker == n.marker) {  // unchanged
      CHECK_FALSE(revised);
      ++clean;
    } else {  // unchanged text, renumbered: only the number is tracked
      CHECK(o.marker.find(deleted) != std::string::npos);
      CHECK(n.marker.find(inserted) != std::string::npos);
      ++renumbered;
    }
  }
  INFO(moved_for_order << " matched tasks became moves to keep both orders");
  CHECK(word_by_word >= 80);
  CHECK(clean >= 5);
  CHECK(renumbered >= 5);
}

TEST_CASE(
    "Word export: dropped tasks are deleted paragraphs, numbering is typed text kept as written",
    "[diff][docx]") {
  Exported e = Export(kPairs[0]);  // 2021 dispatch → 2023 news summary
  REQUIRE(e.alignment.summary.count(ChangeOp::kDropped) > 0);
  pugi::xml_document doc = Part(e.docx, "word/document.xml");
  // A deleted paragraph: its mark deleted, all its text in w:del.
  int deleted_paragraphs = 0;
  for (pugi::xpath_node p : doc.select_nodes("//w:body/w:p[w:pPr/w:rPr/w:del]")) {
    ++deleted_paragraphs;
    CHECK_FALSE(p.node().select_node("w:r"));
    CHECK(p.node().select_node("w:del/w:r/w:delText"));
  }
  CHECK(deleted_paragraphs >= e.alignment.summary.count(ChangeOp::kDropped));
  // The 2021 dispatch's "1." … "4." and "a)" markers are in the text rejecting gives.
  std::vector<std::string> before = ReadBack(e.docx, false);
  for (const char* marker : {"1. ", "2. ", "3. ", "4. ", "a) "}) {
    INFO(marker);
    CHECK(std::any_of(before.begin(), before.end(),
                      [&](const std::string& l) { return l.rfind(marker, 0) == 0; }));
  }
  auto styles = Part(e.docx, "word/styles.xml");
  CHECK(styles.select_node("//w:lang[@w:val='vi-VN']"));
  auto settings = Part(e.docx, "word/settings.xml");
  CHECK(settings.select_node("//w:trackRevisions"));
}

TEST_CASE("Word export: a malformed date is refused", "[diff][docx]") {
  Exported e = Export(kPairs[2]);
  congvan::DiffDocxOptions options;
  for (const char* bad :
       {"yesterday", "2025-03-01", "2025-13-01T00:00:00Z", "2025-03-01T09:30:00 UTC"}) {
    INFO(bad);
    options.date = bad;
    auto docx = congvan::WriteDiffDocx(e.alignment, e.old_doc, e.new_doc, options);
    REQUIRE_FALSE(docx.ok());
    CHECK(docx.status().code() == congvan::StatusCode::kInvalidArgument);
  }
  options.date = "2025-03-01T09:30:00.250+07:00";
  CHECK(congvan::WriteDiffDocx(e.alignment, e.old_doc, e.new_doc, options).ok());
}
