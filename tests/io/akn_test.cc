// Akoma Ntoso out and in (engine/src/io/write_akn.cc, engine/src/read/
// akn_reader.cc): every corpus text parsed, written as AKN and read back
// gives the same document; legislation comes out as AKN chapters, articles,
// paragraphs and points with convention eIds; a dispatch as a doc of tasks
// with its bullets as lists; cited documents as <ref>. AKN written by hand
// the way other tools write it is read into a tree too. Schema validity is
// checked by ctest akn.schema.* (tests/akn_schema.cmake, xmllint).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "congvan/parse.h"
#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::CorpusTexts;
using congvan::testing::ParseCorpus;

namespace {

// One line per node: path, marker, ordinal, depth, parent's path, style,
// level, lines and the whole text, so a failure shows the node that differs.
std::vector<std::string> NodeLines(const Document& doc) {
  std::vector<std::string> out;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int depth, const Node* parent) {
    out.push_back(n.path + " | " + n.marker + " | " +
                  (n.ordinal ? std::to_string(*n.ordinal) : "-") + " | " + std::to_string(depth) +
                  " | " + (parent ? parent->path : "(top)") + " | " + n.style.str() + " | " +
                  n.level.str() + " | " + std::to_string(n.lines().first) + "-" +
                  std::to_string(n.lines().last) + " | " + n.text);
  });
  return out;
}

Document ReadBack(const std::string& xml, const congvan::ParseOptions& options = {}) {
  auto back = congvan::ParseBytes(xml, "roundtrip.akn.xml", options);
  INFO(back.status().ToString());
  REQUIRE(back.ok());
  return std::move(back).value();
}

nlohmann::json WithoutSource(const Document& doc) {
  nlohmann::json j = congvan::DocumentToJson(doc);
  j.erase("source");
  return j;
}

pugi::xml_node AknDocument(pugi::xml_document& xml, const std::string& text) {
  REQUIRE(xml.load_string(text.c_str()));
  return xml.document_element().first_child();
}

}  // namespace

TEST_CASE("Every corpus text reads back from its AKN as the same document", "[akn][corpus]") {
  for (const std::string& file : CorpusTexts()) {
    INFO(file);
    Document doc = ParseCorpus(file);
    Document back = ReadBack(congvan::WriteAkomaNtoso(doc));
    CHECK(back.source_info.format == "akn");
    CHECK(NodeLines(back) == NodeLines(doc));
    CHECK(congvan::WriteDump(back) == congvan::WriteDump(doc));
    // Everything else too: metadata, blocks, quoted provisions, amendment
    // targets, diagnostics, line count (the JSON contract, source aside).
    CHECK(WithoutSource(back) == WithoutSource(doc));
    CHECK(congvan::CheckLossless(back) == "");
  }
}

TEST_CASE("A law is an AKN act of chapters, articles, paragraphs and points",
          "[akn][legislation]") {
  Document doc = ParseCorpus("legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt");
  pugi::xml_document xml;
  pugi::xml_node act = AknDocument(xml, congvan::WriteAkomaNtoso(doc));
  CHECK(std::string(act.name()) == "act");
  CHECK(std::string(act.attribute("name").value()) == "luat");
  pugi::xml_node work = act.child("meta").child("identification").child("FRBRWork");
  CHECK(std::string(work.child("FRBRcountry").attribute("value").value()) == "vn");
  CHECK(std::string(work.child("FRBRnumber").attribute("value").value()) == doc.meta.number);
  CHECK(doc.meta.number == "04/2022/QH15");
  CHECK(std::string(work.child("FRBRuri").attribute("value").value()) ==
        "/akn/vn/act/luat/" + doc.meta.date + "/04-2022-qh15");
  CHECK(
      std::string(
          act.select_node("//FRBRExpression/FRBRlanguage").node().attribute("language").value()) ==
      "vie");

  int articles = 0;
  congvan::ForEachTask(doc.tasks,
                       [&](const Node& n, int, const Node*) { articles += n.level == "article"; });
  CHECK(articles > 20);
  pugi::xpath_node_set xml_articles = act.select_nodes("body/chapter/article");
  CHECK(static_cast<int>(xml_articles.size()) == articles);
  // Điều 1 of Chương I, its khoản 1 and điểm a as AKN names them.
  pugi::xml_node art1 =
      act.select_node("body/chapter[@eId='chp_1']/article[@eId='chp_1__art_1']").node();
  REQUIRE(art1);
  CHECK(std::string(art1.child("num").text().get()) == "Điều 1.");
  CHECK(std::string(art1.child("heading").text().get()) == "Phạm vi điều chỉnh");
  // Điều 9, khoản 1 of Chương II; Điều 11, khoản 1, điểm a) "Canh gác, tuần tra, kiểm soát;".
  CHECK(
      act.select_node("//article/paragraph[@eId='chp_2__art_9__para_1']/num").node().text().get() ==
      std::string("1."));
  pugi::xml_node point_a =
      act.select_node("//article/paragraph/point[@eId='chp_2__art_11__para_1__point_a']").node();
  REQUIRE(point_a);
  CHECK(std::string(point_a.child("num").text().get()) == "a)");
  CHECK(std::string(point_a.child("content").child("p").text().get()) ==
        "Canh gác, tuần tra, kiểm soát;");
  CHECK(act.child("preface").child("longTitle").child("p").child("docTitle"));
  // Every numbered khoản is para_<its number>, also after an unnumbered
  // lead-in paragraph (an <alinea>), which must not shift the numbering.
  int numbered = 0;
  for (const pugi::xpath_node& x : act.select_nodes("//article/paragraph")) {
    std::string num = x.node().child("num").text().get();
    if (num.empty() || num[0] < '0' || num[0] > '9') continue;
    ++numbered;
    CHECK_THAT(std::string(x.node().attribute("eId").value()),
               Catch::EndsWith("__para_" + num.substr(0, num.find('.'))));
  }
  CHECK(numbered > 50);
  CHECK(act.select_nodes("//article/alinea").size() > 0);
}

TEST_CASE("A dispatch is an AKN doc of tasks, its bullets lists of indents", "[akn][dispatch]") {
  Document doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  pugi::xml_document xml;
  pugi::xml_node d = AknDocument(xml, congvan::WriteAkomaNtoso(doc));
  CHECK(std::string(d.name()) == "doc");
  // This copy has no kind line ("CÔNG VĂN"): the generic name; one that says so is congVan.
  CHECK(doc.meta.kind.empty());
  CHECK(std::string(d.attribute("name").value()) == "document");
  Document named =
      ParseCorpus("administrative/2019-vi-dispatch-bldtbxh-budget-estimate-guidance.txt");
  CHECK(named.meta.kind == "Công văn");
  CHECK_THAT(congvan::WriteAkomaNtoso(named), Catch::Contains("<doc name=\"congVan\">"));
  CHECK(d.select_nodes("mainBody/hcontainer[@name='task']").size() == doc.tasks.size());
  // 2. → a) → "-" bullets: hcontainer / hcontainer / list / indent.
  pugi::xml_node bullet =
      d.select_node(
           "mainBody/hcontainer[@eId='hcontainer_2']/hcontainer[@eId='hcontainer_2__hcontainer_a']"
           "/list[@eId='hcontainer_2__hcontainer_a__list_1']/indent")
          .node();
  REQUIRE(bullet);
  CHECK(std::string(bullet.child("num").text().get()) == "-");
  CHECK(d.select_node("preface/p[@class='addressees']"));
  CHECK(d.select_node("conclusions/p[@class='closing']"));
  CHECK(d.select_node("conclusions/p[@class='recipients']"));
}

TEST_CASE("Cited documents are <ref>s to their AKN work URIs", "[akn][references]") {
  Document doc = ParseCorpus("legislation/2022-vi-decree-111-2022-nd-cp.txt");
  REQUIRE(!doc.meta.references.empty());
  pugi::xml_document xml;
  pugi::xml_node act = AknDocument(xml, congvan::WriteAkomaNtoso(doc));
  pugi::xpath_node_set refs = act.select_nodes("//ref");
  REQUIRE(refs.size() > 0);
  bool found = false;
  for (const pugi::xpath_node& r : refs) {
    std::string text = r.node().text().get();
    std::string href = r.node().attribute("href").value();
    CHECK_THAT(href, Catch::StartsWith("/akn/vn/"));
    for (const congvan::Reference& cited : doc.meta.references) {
      if (cited.text == text &&
          href.find(cited.date.empty() ? "/nn/" : "/" + cited.date + "/") != std::string::npos) {
        found = true;
      }
    }
  }
  CHECK(found);
}

TEST_CASE("AKN written elsewhere is read into a tree", "[akn][read]") {
  // Luật Cảnh sát cơ động 2022, Điều 1–2, as another tool would mark it up:
  // a prefix for the AKN namespace, pretty-printed text, no congvan record.
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <akn:act name="luat">
    <akn:meta>
      <akn:identification source="#x">
        <akn:FRBRWork>
          <akn:FRBRthis value="/akn/vn/act/2022-06-14/04-2022-qh15/!main"/>
          <akn:FRBRuri value="/akn/vn/act/2022-06-14/04-2022-qh15"/>
          <akn:FRBRdate date="2022-06-14" name="issue"/>
          <akn:FRBRauthor href="#quocHoi"/>
          <akn:FRBRcountry value="vn"/>
          <akn:FRBRnumber value="04/2022/QH15"/>
          <akn:FRBRname value="Luật"/>
        </akn:FRBRWork>
        <akn:FRBRExpression>
          <akn:FRBRthis value="/akn/vn/act/2022-06-14/04-2022-qh15/vie@/!main"/>
          <akn:FRBRuri value="/akn/vn/act/2022-06-14/04-2022-qh15/vie@"/>
          <akn:FRBRdate date="2022-06-14" name="issue"/>
          <akn:FRBRauthor href="#quocHoi"/>
          <akn:FRBRlanguage language="vie"/>
        </akn:FRBRExpression>
        <akn:FRBRManifestation>
          <akn:FRBRthis value="/akn/vn/act/2022-06-14/04-2022-qh15/vie@/!main.xml"/>
          <akn:FRBRuri value="/akn/vn/act/2022-06-14/04-2022-qh15/vie@/!main.xml"/>
          <akn:FRBRdate date="2022-07-01" name="markup"/>
          <akn:FRBRauthor href="#quocHoi"/>
        </akn:FRBRManifestation>
      </akn:identification>
      <akn:references source="#x">
        <akn:TLCOrganization eId="quocHoi" href="/ontology/organization/vn/quocHoi" showAs="Quốc hội"/>
      </akn:references>
    </akn:meta>
    <akn:preface>
      <akn:longTitle><akn:p><akn:docTitle>LUẬT CẢNH SÁT CƠ ĐỘNG</akn:docTitle></akn:p></akn:longTitle>
    </akn:preface>
    <akn:body>
      <akn:chapter eId="chp_1">
        <akn:num>Chương I</akn:num>
        <akn:heading>NHỮNG QUY ĐỊNH CHUNG</akn:heading>
        <akn:article eId="chp_1__art_1">
          <akn:num>Điều 1.</akn:num>
          <akn:heading>Phạm vi điều chỉnh</akn:heading>
          <akn:content>
            <akn:p>Luật này quy định về vị trí, chức năng, nhiệm vụ, quyền hạn, tổ chức,
              chế độ, chính sách đối với Cảnh sát cơ động.</akn:p>
          </akn:content>
        </akn:article>
        <akn:article eId="chp_1__art_2">
          <akn:num>Điều 2.</akn:num>
          <akn:heading>Nguyên tắc tổ chức và hoạt động</akn:heading>
          <akn:paragraph eId="chp_1__art_2__para_1">
            <akn:num>1.</akn:num>
            <akn:content><akn:p>Tuân thủ Hiến pháp và pháp luật.</akn:p></akn:content>
          </akn:paragraph>
          <akn:paragraph eId="chp_1__art_2__para_2">
            <akn:num>2.</akn:num>
            <akn:intro><akn:p>Đặt dưới sự lãnh đạo:</akn:p></akn:intro>
            <akn:point eId="chp_1__art_2__para_2__point_a">
              <akn:num>a)</akn:num>
              <akn:content><akn:p>tuyệt đối, trực tiếp về mọi mặt của Đảng;</akn:p></akn:content>
            </akn:point>
            <akn:point eId="chp_1__art_2__para_2__point_b">
              <akn:num>b)</akn:num>
              <akn:content><akn:p>thống nhất của Bộ trưởng Bộ Công an.</akn:p></akn:content>
            </akn:point>
          </akn:paragraph>
        </akn:article>
      </akn:chapter>
    </akn:body>
  </akn:act>
</akn:akomaNtoso>
)";
  Document doc = ReadBack(xml);
  CHECK(doc.language == congvan::Language::kVietnamese);
  CHECK(doc.meta.number == "04/2022/QH15");
  CHECK(doc.meta.date == "2022-06-14");
  CHECK(doc.meta.issuer == "Quốc hội");
  CHECK(doc.meta.kind == "Luật");
  CHECK(doc.meta.title == "LUẬT CẢNH SÁT CƠ ĐỘNG");
  REQUIRE(doc.tasks.size() == 1);
  const Node& chapter = doc.tasks[0];
  CHECK(chapter.level == "chapter");
  CHECK(chapter.ordinal == 1);
  CHECK(chapter.text == "NHỮNG QUY ĐỊNH CHUNG");
  REQUIRE(chapter.children.size() == 2);
  const Node& art1 = chapter.children[0];
  CHECK(art1.level == "article");
  CHECK(art1.marker == "Điều 1.");
  CHECK(art1.ordinal == 1);
  CHECK(art1.path == "1.1");
  REQUIRE(art1.children.size() == 1);  // the article's own paragraph, unnumbered
  CHECK(art1.children[0].marker.empty());
  CHECK(art1.children[0].text ==
        "Luật này quy định về vị trí, chức năng, nhiệm vụ, quyền hạn, tổ chức, chế độ, chính sách "
        "đối với Cảnh sát cơ động.");
  const Node& para2 = chapter.children[1].children.at(1);
  CHECK(para2.ordinal == 2);
  CHECK(para2.text == "Đặt dưới sự lãnh đạo:");
  REQUIRE(para2.children.size() == 2);
  CHECK(para2.children[1].marker == "b)");
  CHECK(para2.children[1].ordinal == 2);
  CHECK(para2.children[1].path == "1.2.2.b");
  CHECK(congvan::CheckLossless(doc) == "");
}

TEST_CASE("Bad AKN is one clear error with the file and the place", "[akn][errors]") {
  const std::string head =
      R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">)";
  auto broken = congvan::ParseBytes(head + "\n<act name=\"x\"><meta></act>", "broken.xml");
  REQUIRE(!broken.ok());
  CHECK_THAT(broken.status().ToString(),
             Catch::StartsWith("broken.xml:2:") && Catch::Contains("not well-formed XML"));
  auto bodiless =
      congvan::ParseBytes(head + "<act name=\"x\"><meta/></act></akomaNtoso>", "nobody.xml");
  REQUIRE(!bodiless.ok());
  CHECK_THAT(bodiless.status().ToString(),
             Catch::StartsWith("nobody.xml:1:") && Catch::Contains("no <body> or <mainBody>"));
  std::string deep = head + "<doc name=\"x\"><meta/><mainBody>";
  for (int i = 0; i < 40; ++i) deep += "<hcontainer name=\"task\">";
  for (int i = 0; i < 40; ++i) deep += "</hcontainer>";
  deep += "</mainBody></doc></akomaNtoso>";
  auto too_deep = congvan::ParseBytes(deep, "deep.xml");
  REQUIRE(!too_deep.ok());
  // max_depth 32: the parser's trees have at most 33 levels (model/tree_depth.h).
  CHECK_THAT(too_deep.status().message(), Catch::Contains("nested deeper than 33 levels"));
  // A hand edit that gives line 9 two owners (task 1 and its first bullet).
  std::string edited =
      congvan::WriteAkomaNtoso(ParseCorpus("gender-equality/2021-vi-dispatch.txt"));
  size_t at = edited.find("cv:lines=\"10\"");
  REQUIRE(at != std::string::npos);
  edited.replace(at, 13, "cv:lines=\"9\"");
  auto overlapping = congvan::ParseBytes(edited, "edited.xml");
  REQUIRE(!overlapping.ok());
  CHECK_THAT(overlapping.status().message(),
             Catch::Contains("cv:lines attributes do not fit together"));
}

// The tree builder keeps max_depth levels open and places what goes deeper
// under the deepest (model/tree_depth.h): five real inputs (a Công báo
// circular, a VBHN, a decree, two crawl laws) reach it with the default 32
// and wrote AKN the reader refused ("nested deeper than 32 levels"). The
// same on a real excerpt with a small bound: Nghị định 167/2025's quoted
// Điều 98 nests "1." / "a)" / "a.3)" / "a.3.1)" / a dash, five levels in the
// quotation's own tree.
TEST_CASE("What congvan writes at its depth bound reads back", "[akn][depth]") {
  congvan::ParseOptions options;
  options.max_depth = 3;
  auto doc =
      congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) +
                             "/tests/parse/real/"
                             "2025-vi-decree-167-2025-nd-cp-customs-subpoints-web-excerpt.txt",
                         options);
  REQUIRE(doc.ok());
  bool capped = false;
  for (const congvan::Diagnostic& d : doc->diagnostics) {
    if (d.kind == congvan::DiagnosticKind::kDepth) capped = true;
  }
  REQUIRE(capped);
  Document back = ReadBack(congvan::WriteAkomaNtoso(*doc), options);
  CHECK(NodeLines(back) == NodeLines(*doc));
  CHECK(WithoutSource(back) == WithoutSource(*doc));
}

TEST_CASE("Diagnostic kinds read back from AKN by name; an unknown name is refused",
          "[akn][errors]") {
  // "2." is missing: a gap on line 3, kept in congvan's record by its stable name.
  auto doc = congvan::ParseBytes(
      "Các đơn vị thực hiện các nhiệm vụ sau:\n1. Rà soát văn bản.\n3. Tổ chức tập huấn.\n",
      "gap.txt");
  REQUIRE(doc.ok());
  REQUIRE(doc->diagnostics.size() == 1);
  CHECK(doc->diagnostics[0].kind == congvan::DiagnosticKind::kGap);
  std::string xml = congvan::WriteAkomaNtoso(*doc);
  CHECK(ReadBack(xml).diagnostics[0].kind == congvan::DiagnosticKind::kGap);
  size_t at = xml.find("kind=\"gap\"");
  REQUIRE(at != std::string::npos);
  xml.replace(at, 10, "kind=\"gaps\"");
  auto unknown = congvan::ParseBytes(xml, "edited.xml");
  REQUIRE(!unknown.ok());
  CHECK_THAT(unknown.status().message(), Catch::Contains("unknown diagnostic kind"));
}

TEST_CASE("congvan parse takes AKN as input; bad AKN is one line and no output file",
          "[akn][cli]") {
  using congvan::testing::RunCongvan;
  using congvan::testing::TempFile;
  std::string text =
      congvan::testing::CorpusPath("legislation/2022-vi-resolution-17-2022-ubtvqh15.txt");
  TempFile akn("", ".xml");
  REQUIRE(RunCongvan({"parse", text, "--format", "akn", "-o", akn.path()}).exit_code == 0);
  auto from_text = RunCongvan({"parse", text, "--format", "dump"});
  auto from_akn = RunCongvan({"parse", akn.path(), "--format", "dump"});
  REQUIRE(from_akn.exit_code == 0);
  CHECK(from_akn.out == from_text.out);
  auto json = nlohmann::json::parse(RunCongvan({"parse", akn.path()}).out);
  CHECK(json["source"]["format"] == "akn");

  TempFile broken(R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<act name="luat"><meta></act>)",
                  ".xml");
  TempFile out("", ".json");
  std::remove(out.path().c_str());
  auto r = RunCongvan({"parse", broken.path(), "-o", out.path()});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_THAT(r.err, Catch::StartsWith("congvan: " + broken.path() + ":2:") &&
                        Catch::Contains("not well-formed XML"));
  CHECK(!std::ifstream(out.path()).good());
  // Plain text forced through the AKN reader, and AKN given to extract.
  auto forced = RunCongvan({"parse", "--from", "akn", text});
  CHECK(forced.exit_code == 1);
  CHECK_THAT(forced.err, Catch::Contains(text) && Catch::Contains("not well-formed XML"));
  auto extract = RunCongvan({"extract", akn.path()});
  CHECK(extract.exit_code != 0);
  CHECK_THAT(extract.err, Catch::Contains("read into its tree by 'congvan parse'"));
}
