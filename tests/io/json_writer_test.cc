// The direct JSON writer (engine/src/io/json_stream.cc, WriteJson in
// engine/src/io/write_json.cc) against nlohmann/json, the slow and obviously
// correct reference: on every corpus text and every fuzz input the streamed
// JSON must be the same value as DocumentToJson's DOM, and the same bytes as
// nlohmann's own dump(2) of it. The escaper is checked alone on the strings
// where escaping goes wrong: control bytes, quotes, invalid UTF-8.
#include <algorithm>
#include <catch2/catch.hpp>
#include <charconv>
#include <climits>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/parse.h"
#include "congvan/writers.h"
#include "io/json_escape.h"
#include "io/json_integer.h"
#include "io/json_stream.h"
#include "io/json_task_glue.h"
#include "support/corpus.h"

using congvan::Document;
using nlohmann::json;

namespace {

// nlohmann's serialisation of `doc` in WriteJson's layout: the top-level
// members in the order WriteJson streams them, a task's "children" after
// its other (sorted) members.
std::string ReferenceJson(const Document& doc);

std::string Dump(const json& value, int depth) {
  std::string s = value.dump(2, ' ', false, json::error_handler_t::replace);
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

void DumpTask(const json& task, int depth, std::string& out) {
  std::string pad(static_cast<size_t>(depth + 1) * 2, ' ');
  out += "{";
  for (auto it = task.begin(); it != task.end(); ++it) {
    if (it.key() == "children") continue;
    out += "\n" + pad + json(it.key()).dump() + ": " + Dump(it.value(), depth + 1) + ",";
  }
  out += "\n" + pad + "\"children\": ";
  const json& children = task["children"];
  if (children.empty()) {
    out += "[]";
  } else {
    out += "[";
    for (size_t i = 0; i < children.size(); ++i) {
      out += (i ? ",\n" : "\n") + std::string(static_cast<size_t>(depth + 2) * 2, ' ');
      DumpTask(children[i], depth + 2, out);
    }
    out += "\n" + pad + "]";
  }
  out += "\n" + std::string(static_cast<size_t>(depth) * 2, ' ') + "}";
}

std::string ReferenceJson(const Document& doc) {
  json dom = congvan::DocumentToJson(doc);
  std::string out = "{";
  for (const char* key : {"source", "language", "meta", "blocks", "tasks", "diagnostics"}) {
    if (std::string(key) != "source") out += ",";
    out += "\n  \"" + std::string(key) + "\": ";
    if (std::string(key) != "tasks" || dom["tasks"].empty()) {
      out += Dump(dom[key], 1);
      continue;
    }
    out += "[";
    for (size_t i = 0; i < dom["tasks"].size(); ++i) {
      out += (i ? ",\n    " : "\n    ");
      DumpTask(dom["tasks"][i], 2, out);
    }
    out += "\n  ]";
  }
  return out + "\n}\n";
}

void CheckAgainstNlohmann(const Document& doc) {
  std::string streamed = congvan::WriteJson(doc);
  json reparsed = json::parse(streamed, nullptr, /*allow_exceptions=*/false);
  REQUIRE_FALSE(reparsed.is_discarded());
  CHECK(reparsed == congvan::DocumentToJson(doc));
  CHECK(streamed == ReferenceJson(doc));
  // The JSON Lines record: the same value, nlohmann's compact layout, one line.
  std::ostringstream line;
  congvan::WriteJsonLine(doc, line);
  CHECK(json::parse(line.str()) == reparsed);
  CHECK(line.str().find('\n') == line.str().size() - 1);
}

std::string Escaped(const std::string& s) {
  std::string out;
  congvan::io_internal::AppendJsonString(out, s);
  return out;
}

std::string NlohmannEscaped(const std::string& s) {
  return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

using congvan::io_internal::JsonScan;

// The escaper's scans this machine runs, besides the portable one.
std::vector<JsonScan> WideScans() {
  std::vector<JsonScan> scans;
  for (JsonScan scan : {JsonScan::kSse2, JsonScan::kAvx2}) {
    if (congvan::io_internal::JsonScanRuns(scan)) scans.push_back(scan);
  }
  return scans;
}

// `s` escaped by the given scan, or "(refused)" when it is not valid UTF-8.
std::string EscapedWith(JsonScan scan, std::string_view s) {
  std::string out(congvan::io_internal::JsonEscapedBound(s.size()), '\0');
  char* end = congvan::io_internal::EscapeJsonCharsWith(scan, out.data(), s);
  if (end == nullptr) return "(refused)";
  out.resize(static_cast<size_t>(end - out.data()));
  return out;
}

// Every scan the machine runs writes `s` as the portable one does; returns
// how many scans were compared.
int CheckScansAgree(std::string_view s) {
  const std::string portable = EscapedWith(JsonScan::kPortable, s);
  int compared = 0;
  for (JsonScan scan : WideScans()) {
    INFO("scan " << static_cast<int>(scan));
    CHECK(EscapedWith(scan, s) == portable);
    ++compared;
  }
  return compared;
}

}  // namespace

TEST_CASE("json writer: every corpus text gives nlohmann's JSON, value and bytes", "[io][json]") {
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    SECTION(text) {
      Document doc = congvan::testing::ParseCorpus(text);
      REQUIRE(!doc.tasks.empty());
      CheckAgainstNlohmann(doc);
    }
  }
}

TEST_CASE("json writer: every fuzz input gives nlohmann's JSON in every language mode",
          "[io][json]") {
  const std::filesystem::path dir = std::filesystem::path(CONGVAN_SOURCE_DIR) / "fuzz" / "corpus";
  int parsed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string bytes = congvan::testing::ReadFile(entry.path().string());
    for (std::optional<congvan::Language> lang :
         {std::optional<congvan::Language>{}, std::optional(congvan::Language::kVietnamese),
          std::optional(congvan::Language::kEnglish)}) {
      congvan::ParseOptions options;
      options.language = lang;
      auto doc = congvan::ParseBytes(bytes, entry.path().filename().string(), options);
      if (!doc.ok()) continue;  // refused inputs have no JSON
      INFO(entry.path().string());
      CheckAgainstNlohmann(*doc);
      ++parsed;
    }
  }
  CHECK(parsed > 300);  // most of the 239 inputs parse in all three modes
}

TEST_CASE("json writer: the escaper matches nlohmann on the bytes that need care", "[io][json]") {
  const std::vector<std::string> cases = {
      "",
      "Điều 5. Sửa đổi, bổ sung khoản 2",
      "quote \" and backslash \\ and slash /",
      std::string("controls \x01\x02\x1f\x7f \b\f\n\r\t end"),
      std::string("nul \0 inside", 12),
      "\xF0\x9F\x93\x84 four-byte",
      "truncated \xE1\xBB",         // a sequence cut off at the end
      "stray continuation \x80 x",  // a continuation byte with no lead
      "overlong \xC0\xAF slash",
      "surrogate \xED\xA0\x80 half",
      "beyond U+10FFFF \xF4\x90\x80\x80",
      "invalid lead \xFF\xFE",
  };
  for (const std::string& s : cases) {
    INFO(json(s).dump(-1, ' ', true, json::error_handler_t::replace));
    CHECK(Escaped(s) == NlohmannEscaped(s));
  }
}

// The escaper classifies sixteen bytes at a time, passes blocks of ASCII and
// whole two- and three-byte sequences, and leaves everything else to ICU:
// each byte and each UTF-8 shape (valid, overlong, surrogate, cut short,
// four bytes) is tried at every offset of a block and across its end, after
// ASCII and after Vietnamese letters of two and three bytes (so the block
// around it holds sequences), with ASCII or letters after it.
TEST_CASE("json writer: the escaper matches nlohmann at every offset of its block scan",
          "[io][json]") {
  std::vector<std::string> pieces;
  for (int b = 0; b < 0x100; ++b) pieces.push_back(std::string(1, static_cast<char>(b)));
  for (const char* sequence : {
           "\xC2\x80",         "\xDF\xBF",
           "\xC1\xBF",         "\xC0\x80",      // two bytes: first, last, overlongs
           "\xE0\xA0\x80",     "\xE0\x9F\xBF",  // E0: first, overlong
           "\xED\x9F\xBF",     "\xED\xA0\x80",  // ED: last before the surrogates, one
           "\xE1\xBB\x87",     "\xEF\xBF\xBF",
           "\xEE\x80\x80",  // "ệ", U+FFFF, private use
           "\xE1\xBB",         "\xC3",
           "\xE1\x41\x80",                              // cut short, a bad continuation
           "\xC3\xA9\xC3",     "\xF0\x9F\x93\x84",      // complete then cut; four bytes
           "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80",  // beyond U+10FFFF, five bytes
           "\xC3\xA9\xA9",     "\xE1\xBB\x87\x87",      // one continuation too many
       }) {
    pieces.push_back(sequence);
  }
  // Fillers of one, two and three bytes a character.
  const std::vector<std::string> fillers = {"a", "\xC4\x91", "\xE1\xBA\xBF"};  // a, đ, ế
  int compared = 0, scans_compared = 0;
  for (const std::string& piece : pieces) {
    for (const std::string& filler : fillers) {
      for (size_t before = 0; before <= 66; ++before) {
        std::string head;
        while (head.size() < before) head += head.size() % 5 == 4 ? std::string("a") : filler;
        for (size_t after :
             {size_t{0}, size_t{1}, size_t{2}, size_t{7}, size_t{15}, size_t{17}, size_t{33}}) {
          std::string tail;
          while (tail.size() < after) tail += tail.size() % 3 == 0 ? std::string("z") : filler;
          const std::string s = head + piece + tail;
          INFO(json(s).dump(-1, ' ', true, json::error_handler_t::replace));
          CHECK(Escaped(s) == NlohmannEscaped(s));
          scans_compared += CheckScansAgree(s);
          ++compared;
        }
      }
    }
  }
  CHECK(compared > 50000);
  CHECK(scans_compared == compared * static_cast<int>(WideScans().size()));
}

// Each scan the machine runs (SSE2, AVX2) against the portable one on every
// corpus and unseen text ($CONGVAN_UNSEEN_TEXTS): each line, the whole
// text, and its first 4 KB from each of its first 33 offsets (every
// alignment of a block, and starting inside a character).
TEST_CASE("json writer: every scan escapes every text as the portable one does", "[io][json]") {
  int texts = 0, compared = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    ++texts;
    INFO("text " << texts);
    const std::string_view view = text;
    compared += CheckScansAgree(view);
    for (size_t offset = 0; offset < 33 && offset < view.size(); ++offset) {
      compared += CheckScansAgree(view.substr(offset, 4096));
    }
    for (size_t start = 0; start < view.size();) {
      const size_t end = std::min(view.find('\n', start), view.size());
      compared += CheckScansAgree(view.substr(start, end - start));
      start = end + 1;
    }
  }
  CHECK(texts > 30);
  CHECK(compared >= texts * static_cast<int>(WideScans().size()));
}

// The SSE2 masks (where the target has SSE2) against the portable ones, for
// every byte at every position of a block, after every pair of bytes that
// matters before it (none, a lead of two, three or four bytes, a
// continuation) and inside blocks of ASCII, Vietnamese letters and escapes.
TEST_CASE("json writer: the block masks agree with the portable ones", "[io][json]") {
  const char* blocks[] = {"a\xC4\x91\xE1\xBA\xBF\"\n\x80\xED\xE0\xF0z\\\x7F",
                          "\xE1\xBB\x87\xC3\xA0\xC3\xE1\xBA\xC0\xC1\xF4\x90\x80\xBF\xFF",
                          "plain ascii text"};
  const char* befores[] = {"\0\0",
                           "a\xC3",
                           "\xE1\xBA",
                           "\xC3\xA0",
                           "\xF0\x9F",
                           "\xE1"
                           "b",
                           "\x80\xE0"};
  int compared = 0;
  for (const char* base : blocks) {
    for (const char* before : befores) {
      for (int b = 0; b < 0x100; ++b) {
        for (size_t at = 0; at < 16; ++at) {
          char block[16];
          std::memcpy(block, base, 16);
          block[at] = static_cast<char>(b);
          const auto fast = congvan::io_internal::JsonBlockMasksAt(block, before);
          const auto portable = congvan::io_internal::JsonBlockMasksPortable(block, before);
          INFO("byte " << b << " at " << at);
          CHECK(fast.escape == portable.escape);
          CHECK(fast.suspect == portable.suspect);
          ++compared;
        }
      }
    }
  }
  CHECK(compared == 3 * 7 * 256 * 16);
  // What the masks mean, on one block: '"' at 0, a stray continuation at 2,
  // "ạ" whole at 3–5, a lead C3 cut by 'x' at 6–7, E0 (left to ICU) at 8.
  const auto m = congvan::io_internal::JsonBlockMasksPortable(
      "\"a\x80\xE1\xBA\xA1\xC3x\xE0\xA0\x80......", "\0\0");
  CHECK(m.escape == 0x1);
  CHECK(m.suspect == ((1u << 2) | (1u << 7) | (1u << 8)));
}

// The AVX2 masks of thirty-two bytes (where the processor has AVX2) against
// the portable ones of their two halves, for every byte at every position,
// after the same pairs of bytes as above.
TEST_CASE("json writer: the AVX2 block masks agree with the portable ones", "[io][json]") {
  if (!congvan::io_internal::JsonScanRuns(JsonScan::kAvx2)) return;
  // A block with something of each kind, and a clean one ("Luật sửa đổi, bổ sung 123").
  const std::string bases[] = {
      "a\xC4\x91\xE1\xBA\xBF\"\n\x80\xED\xE0\xF0z\\\x7F"
      "\xE1\xBB\x87\xC3\xA0\xC3\xE1\xBA\xC0\xC1\xF4\x90\x80\xBF\xFF"
      "pl",
      "Lu\xE1\xBA\xADt s\xE1\xBB\xAD\xC4\x91\xE1\xBB\x95i, b\xE1\xBB\x95 sung 123"};
  int passed = 0;
  const char* befores[] = {"\0\0", "a\xC3", "\xE1\xBA", "\xC3\xA0", "\xF0\x9F", "\x80\xE0"};
  int compared = 0;
  for (const std::string& base : bases) {
    REQUIRE(base.size() == 32);
    for (const char* before : befores) {
      for (int b = 0; b < 0x100; ++b) {
        for (size_t at = 0; at < 32; ++at) {
          std::string block = base;
          block[at] = static_cast<char>(b);
          const auto wide = congvan::io_internal::JsonBlockMasksAvx2(block.data(), before);
          const auto low = congvan::io_internal::JsonBlockMasksPortable(block.data(), before);
          const auto high =
              congvan::io_internal::JsonBlockMasksPortable(block.data() + 16, block.data() + 14);
          INFO("byte " << b << " at " << at);
          CHECK(wide.escape == (low.escape | high.escape << 16));
          CHECK(wide.suspect == (low.suspect | high.suspect << 16));
          // The scan's quicker test of a clean block says the same.
          CHECK(congvan::io_internal::JsonBlockPassesAvx2(block.data(), before) ==
                ((wide.escape | wide.suspect) == 0));
          passed += (wide.escape | wide.suspect) == 0 ? 1 : 0;
          ++compared;
        }
      }
    }
  }
  CHECK(compared == 2 * 6 * 256 * 32);
  CHECK(passed > 1000);
}

// The writer's integers against std::to_chars: a sweep of the small values
// (line numbers, ordinals), each power of ten and its neighbours up to the
// largest long long, and the negatives.
TEST_CASE("json writer: integers are written as to_chars writes them", "[io][json]") {
  std::vector<long long> values;
  for (long long v = 0; v <= 120000; ++v) values.push_back(v);
  for (long long power = 10; power <= LLONG_MAX / 10; power *= 10) {
    for (long long v : {power - 1, power, power + 1, 3 * power + 7}) {
      values.push_back(v);
      values.push_back(-v);
    }
  }
  for (long long v : {LLONG_MAX, LLONG_MIN, -1LL, 99999999LL, 100000000LL, 12345678LL}) {
    values.push_back(v);
  }
  for (long long v : values) {
    char mine[congvan::io_internal::kJsonIntegerBytes], theirs[24];
    const char* mine_end = congvan::io_internal::WriteJsonInteger(mine, v);
    const char* theirs_end = std::to_chars(theirs, theirs + sizeof theirs, v).ptr;
    INFO(v);
    REQUIRE(std::string_view(mine, static_cast<size_t>(mine_end - mine)) ==
            std::string_view(theirs, static_cast<size_t>(theirs_end - theirs)));
  }
}

// A string too long for the writer's buffer is checked whole, then escaped
// in pieces cut at character boundaries: Vietnamese letters and escapes
// across every piece boundary, and an invalid byte at the end (nlohmann's
// replacement then, for the whole string).
TEST_CASE("json writer: long strings are written as nlohmann writes them", "[io][json]") {
  std::string letters;
  while (letters.size() < 200000) letters += "Đi\xE1\xBB\x81u \"5\"\tkho\xE1\xBA\xA3n\n";
  for (const std::string& s : {letters, letters + "\xFF", letters.substr(1)}) {
    for (bool compact : {false, true}) {
      std::ostringstream out;
      {
        congvan::io_internal::JsonStream js(out, compact);
        js.BeginArray();
        js.String(s);
        js.String("after");
        js.EndArray();
      }
      const json expected = json::array({s, "after"});
      CHECK(out.str() ==
            expected.dump(compact ? -1 : 2, ' ', false, json::error_handler_t::replace));
    }
  }
}

TEST_CASE("json writer: member names are written as nlohmann writes them", "[io][json]") {
  const json object = {{"plain", 1},
                       {"with \"quote\"", 2},
                       {"Điều", 3},
                       {std::string(40, 'k'), 4},
                       {std::string("tab\tnul\0", 8), 5}};
  for (bool compact : {false, true}) {
    std::ostringstream out;
    {
      congvan::io_internal::JsonStream js(out, compact);
      js.BeginObject();
      js.Members(object);
      js.EndObject();
    }
    CHECK(out.str() == object.dump(compact ? -1 : 2, ' ', false, json::error_handler_t::replace));
  }
}

TEST_CASE("json writer: an empty document writes empty containers as nlohmann does", "[io][json]") {
  Document doc;
  doc.source = "empty";
  CheckAgainstNlohmann(doc);
  CHECK(congvan::WriteJson(doc).find("\"tasks\": []") != std::string::npos);
}

namespace {

// A task of a hand-made tree, its members chosen by `variant` to meet every
// branch of the writer's plain-task path (io/json_task_glue.h): with and
// without a level, a marker, an ordinal and a style; markers and paths of
// plain ASCII, of Vietnamese letters, with a quote, 15 and 16 bytes long;
// texts empty, shorter than a block, of 33, 34 and 35 bytes, long, with
// escapes, a four-byte character and invalid UTF-8.
congvan::Node HandTask(int variant, int line, bool invalid) {
  static const std::vector<std::string> markers = {
      "",     "a)", "Điều 12.", "\"1\"", "123456789012345", "1234567890123456",
      "Đ\xC3"};  // last: invalid
  static const std::vector<std::string> paths = {"1", "2.b.1", "12345678901234.",
                                                 "1234567890123456", "Đ.1"};
  static const std::vector<std::string> texts = {
      "",
      "ngắn",
      std::string(33, 'x'),
      std::string(34, 'y'),
      "Người lao động có quyền và nghĩa vụ sau đây",  // 35+ bytes of letters
      std::string(200, 'z') + "ệ",
      "quote \" and \\ and\ttab, long enough to take the wide scan's path",
      "four bytes \xF0\x9F\x93\x84 in a text longer than a block of thirty-two",
      "invalid \xC3\x28 in a text longer than a block of thirty-two bytes",  // last: invalid
  };
  // Invalid UTF-8 only when asked: nlohmann's DOM keeps it as it is while
  // its dump writes replacement characters, so only the bytes compare.
  const size_t valid_markers = markers.size() - (invalid ? 0 : 1);
  const size_t valid_texts = texts.size() - (invalid ? 0 : 1);
  congvan::Node n;
  n.marker = markers[static_cast<size_t>(variant) % valid_markers];
  n.path = paths[static_cast<size_t>(variant) % paths.size()];
  n.text = texts[static_cast<size_t>(variant) % valid_texts];
  if (variant % 3 != 0) n.style = "vi-letter-paren";
  if (variant % 4 == 1) n.level = "article";
  if (variant % 5 != 2) n.ordinal = variant * 37;
  n.spans.push_back({line, line + variant % 3});
  return n;
}

// A chain of tasks `depth` deep (each with a leaf sibling after it) under
// every variant at the top: member depths 3 to 2·depth + 1, past the
// deepest with glue (kMaxTaskGlueDepth), so both ways of writing a task
// meet in one document.
Document HandTree(int depth, bool invalid = false) {
  Document doc;
  doc.source = "hand";
  int line = 1;
  for (int variant = 0; variant < 40; ++variant) {
    congvan::Node top = HandTask(variant, line++, invalid);
    congvan::Node* at = &top;
    for (int d = 1; d < depth; ++d) {
      congvan::VectorBox<congvan::Node>& children = at->children;
      children.push_back(HandTask(variant + d, line++, invalid));
      children.push_back(HandTask(variant + 2 * d, line++, invalid));
      at = &children.front();
    }
    doc.tasks.push_back(std::move(top));
  }
  return doc;
}

}  // namespace

// The plain-task path writes the pieces between a task's values from
// per-depth tables and its short strings as one register: on hand-made
// trees deeper than the tables reach, with every shape of member, the bytes
// are nlohmann's (pretty) and the value nlohmann's (compact).
TEST_CASE("json writer: hand-made task trees of every depth give nlohmann's JSON", "[io][json]") {
  for (int depth : {1, 2, 5, 8}) {
    INFO("depth " << depth);
    CheckAgainstNlohmann(HandTree(depth));
    const Document invalid = HandTree(depth, /*invalid=*/true);
    CHECK(congvan::WriteJson(invalid) == ReferenceJson(invalid));
  }
}

// Each table piece against what JsonStream writes member by member for the
// same task, at every depth the tables hold, in both layouts: a one-member
// check that does not go through the parse.
TEST_CASE("json writer: the task glue pieces are what the stream writes", "[io][json]") {
  using congvan::io_internal::JsonGlue;
  using congvan::io_internal::JsonStream;
  using congvan::io_internal::TaskGlue;
  for (bool compact : {false, true}) {
    for (int depth = 1; depth <= congvan::io_internal::kMaxTaskGlueDepth; ++depth) {
      INFO("depth " << depth << (compact ? " compact" : " pretty"));
      const JsonGlue* glue = congvan::io_internal::TaskGlueAt(depth, compact);
      REQUIRE(glue != nullptr);
      const auto piece = [&](TaskGlue g) {
        const JsonGlue& p = glue[static_cast<size_t>(g)];
        return std::string(p.bytes, p.size);
      };
      // The stream's bytes for a task whose members are at `depth`, values
      // marked by single letters, against the pieces around the same letters.
      std::ostringstream out;
      {
        JsonStream js(out, compact);
        for (int d = 1; d < depth; ++d) js.BeginArray();
        js.BeginObject();
        js.Key("level");
        js.Int(0);
        js.Key("lines");
        js.Pair(1, 2);
        js.Key("marker");
        js.Int(3);
        js.Key("ordinal");
        js.Int(4);
        js.Key("path");
        js.Int(5);
        js.Key("style");
        js.Int(6);
        js.Key("text");
        js.Int(7);
        js.Key("children");
        js.BeginArray();
        js.EndArray();
        js.EndObject();
      }
      const std::string expected = out.str();
      std::string glued = piece(TaskGlue::kOpenLevel) + "0" + piece(TaskGlue::kLevelLines) + "1" +
                          piece(TaskGlue::kPairMiddle) + "2" + piece(TaskGlue::kPairEndMarker) +
                          "3" + piece(TaskGlue::kOrdinal) + "4" + piece(TaskGlue::kPath) + "5" +
                          piece(TaskGlue::kStyle) + "6" + piece(TaskGlue::kText) + "7" +
                          piece(TaskGlue::kChildren) + piece(TaskGlue::kLeafEnd);
      CHECK(expected.substr(expected.find('{'), glued.size()) == glued);
      // Without the level: the opening piece takes "lines" first.
      std::string open_lines = piece(TaskGlue::kLevelLines);
      open_lines[0] = '{';  // its comma
      CHECK(piece(TaskGlue::kOpenLines) == open_lines);
    }
  }
}

// The short-string escaper for CompactStrings against the plain one: every
// shape of the block-offset test that is shorter than sixteen bytes, in a
// sixteen-byte buffer whose bytes past the string are noise.
TEST_CASE("json writer: short strings tested as one block escape as the scan does", "[io][json]") {
  std::vector<std::string> pieces;
  for (int b = 0; b < 0x100; ++b) pieces.push_back(std::string(1, static_cast<char>(b)));
  for (const char* sequence :
       {"\xC3\xA9", "\xE1\xBB\x87", "\xE1\xBB", "\xC3", "\xE0\xA0\x80", "\xED\xA0\x80",
        "\xF0\x9F\x93\x84", "\xC0\x80", "\x80", "\"", "\\"}) {
    pieces.push_back(sequence);
  }
  int compared = 0;
  for (const std::string& piece : pieces) {
    for (const std::string& filler : {std::string("a"), std::string("\xC4\x91")}) {
      for (size_t before = 0; before < 16; ++before) {
        std::string s;
        while (s.size() < before) s += filler;
        s += piece;
        for (const std::string& after : {std::string(), std::string("z"), filler + filler}) {
          const std::string t = s + after;
          if (t.size() >= 16) continue;
          for (char noise : {'\0', '\xBF', '\xE1', '"'}) {
            char block[16];
            std::memset(block, noise, sizeof block);
            std::memcpy(block, t.data(), t.size());
            const std::string_view view(block, t.size());
            std::string want(congvan::io_internal::JsonEscapedBound(t.size()) + 16, '\0');
            std::string got = want;
            char* want_end = congvan::io_internal::EscapeJsonChars(want.data(), view);
            char* got_end = congvan::io_internal::EscapeJsonCharsWithin16(got.data(), view);
            INFO(json(t).dump(-1, ' ', true, json::error_handler_t::replace));
            REQUIRE((want_end == nullptr) == (got_end == nullptr));
            if (want_end != nullptr) {
              CHECK(std::string(want.data(), want_end) == std::string(got.data(), got_end));
            }
            ++compared;
          }
        }
      }
    }
  }
  CHECK(compared > 10000);
}
