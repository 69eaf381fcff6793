// The readers (congvan/reader.h) on files made from corpus texts by
// tools/fixtures/make_read_fixtures.py and tools/encodings/make_fixtures.py:
// a dispatch as Word with automatic numbering, with typed numbers and with
// tracked changes, a law with Word-numbered articles and clauses, a PDF with
// a text layer and a scanned one, saved web pages with typed and with list
// numbering and in Windows-1258, and the dispatch in every legacy encoding.
// Each must give the task tree of its plain UTF-8 text; bad files must give
// one clear error.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "io/docx_package.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::ExtractedText;
using congvan::Node;
using congvan::ParseOptions;
using congvan::ReadOptions;
using congvan::testing::CorpusPath;
using congvan::testing::ParseCorpus;
using congvan::testing::ReadFile;

namespace {

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/" + name;
}

Document ParseFixture(const std::string& name, const ReadOptions& read = {}) {
  ParseOptions options;
  options.read = read;
  auto doc = congvan::ParseFile(Fixture(name), options);
  INFO(name << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  REQUIRE(congvan::CheckLossless(*doc).empty());
  return std::move(doc.value());
}

// A tree as (depth, ordinal, own text) in document order: what a reader
// must not change. Markers are left out — a browser draws "a." where the
// text has "a)" — and so are line numbers, which are the extracted text's.
using Shape = std::vector<std::tuple<int, int, std::string>>;

Shape ShapeOf(const Document& doc) {
  Shape out;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int depth, const Node*) {
    out.emplace_back(depth, n.ordinal.value_or(0), n.text);
  });
  return out;
}

void CheckSameTree(const Document& expected, const Document& got) {
  Shape a = ShapeOf(expected), b = ShapeOf(got);
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("task " << i);
    CHECK(std::get<0>(a[i]) == std::get<0>(b[i]));
    CHECK(std::get<1>(a[i]) == std::get<1>(b[i]));
    CHECK(std::get<2>(a[i]) == std::get<2>(b[i]));
  }
}

Document Dispatch() { return ParseCorpus("gender-equality/2021-vi-dispatch.txt"); }

congvan::Status ReadError(const std::string& name, const ReadOptions& read = {}) {
  auto r = congvan::ReadDocument(ReadFile(Fixture(name)), Fixture(name), read);
  REQUIRE_FALSE(r.ok());
  return r.status();
}

}  // namespace

TEST_CASE("Legacy encodings are detected and read as their UTF-8 text", "[read][encoding]") {
  for (auto [file, encoding] : {std::pair{"vni", "vni-windows"},
                                {"tcvn3", "tcvn3"},
                                {"cp1258", "windows-1258"},
                                {"viscii", "viscii"},
                                {"utf16le-nobom", "utf-16le"}}) {
    INFO(file);
    std::string base = std::string("encodings/") + file;
    auto legacy = congvan::ReadDocument(ReadFile(Fixture(base + ".txt")), file);
    REQUIRE(legacy.ok());
    CHECK(legacy->encoding == encoding);
    auto utf8 = congvan::ReadDocument(ReadFile(Fixture(base + ".expected.txt")), file);
    REQUIRE(utf8.ok());
    CHECK(legacy->text == utf8->text);
    CHECK(ParseFixture(base + ".txt").TaskCount() ==
          ParseFixture(base + ".expected.txt").TaskCount());
  }
  // Named instead of guessed.
  ReadOptions named;
  named.encoding = "tcvn3";
  auto forced = congvan::ReadDocument(ReadFile(Fixture("encodings/tcvn3.txt")), "tcvn3", named);
  REQUIRE(forced.ok());
  CHECK(forced->encoding == "tcvn3");
}

TEST_CASE("A text no legacy encoding reads clearly is refused, naming the likely ones",
          "[read][encoding]") {
  std::string noise;
  for (int i = 0; i < 400; ++i) noise.push_back(static_cast<char>(0x80 + (i * 37) % 127));
  auto r = congvan::ReadDocument(noise, "noise.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("not valid UTF-8") != std::string::npos);
  CHECK(r.status().message().find("--encoding") != std::string::npos);
  ReadOptions bad;
  bad.encoding = "koi8-r";
  auto unknown = congvan::ReadDocument("abc", "x.txt", bad);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message().find("unknown encoding 'koi8-r'") != std::string::npos);
}

TEST_CASE("Word: automatic numbering, typed numbers and tracked changes give the text's tree",
          "[read][docx]") {
  Document text = Dispatch();
  for (const char* name :
       {"docx/dispatch-numbered.docx", "docx/dispatch-typed.docx", "docx/dispatch-tracked.docx"}) {
    INFO(name);
    Document word = ParseFixture(name);
    CHECK(word.source_info.format == "docx");
    CheckSameTree(text, word);
    // The letterhead table: issuer and number on the left, motto and date on the right.
    CHECK(word.meta.number == "1303/LĐTBXH-BĐG");
    CHECK(word.meta.date == "2021-04-12");
  }
  Document numbered = ParseFixture("docx/dispatch-numbered.docx");
  REQUIRE(numbered.tasks.size() == 4);
  CHECK(numbered.tasks[1].children[1].marker == "b)");  // lowerLetter restarted under item 2
  // Rejecting the tracked changes gives the text before them.
  ReadOptions reject;
  reject.accept_tracked_changes = false;
  auto before =
      congvan::ReadDocument(ReadFile(Fixture("docx/dispatch-tracked.docx")), "t.docx", reject);
  REQUIRE(before.ok());
  CHECK(before->text.find("Chủ động bố trí kinh phí kịp thời và nhân rộng") != std::string::npos);
  auto after = congvan::ReadDocument(ReadFile(Fixture("docx/dispatch-tracked.docx")), "t.docx");
  REQUIRE(after.ok());
  CHECK(after->text.find("Chủ động bố trí kinh phí để duy trì và nhân rộng") != std::string::npos);
}

TEST_CASE("Word: articles numbered through chapters, clauses restarted (also by startOverride)",
          "[read][docx]") {
  Document word = ParseFixture("docx/law-numbered.docx");
  Document text = ParseCorpus("legislation/2013-vi-law-35-2013-qh13-hoa-giai-o-co-so.txt");
  CheckSameTree(text, word);
  auto extracted = congvan::ReadDocument(ReadFile(Fixture("docx/law-numbered.docx")), "law.docx");
  REQUIRE(extracted.ok());
  CHECK(extracted->text.find("\nĐiều 33. ") != std::string::npos);
  CHECK(extracted->text.find("\n1. Luật này quy định nguyên tắc") != std::string::npos);
}

TEST_CASE("Word: a footnote cited and listed after the body; a text box read once",
          "[read][docx]") {
  auto extracted = congvan::ReadDocument(ReadFile(Fixture("docx/footnote.docx")), "f.docx");
  REQUIRE(extracted.ok());
  CHECK(extracted->text.find("pháp luật[1] về bình đẳng giới.") != std::string::npos);
  CHECK(extracted->text.find("\n[1] Luật Bình đẳng giới số 73/2006/QH11.") != std::string::npos);
  // A text box (drawing and VML fallback) is read once, after its paragraph.
  CHECK(extracted->text.find("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 15/BĐG-VP\n") !=
        std::string::npos);
  CHECK(extracted->text.find("Số: 15/BĐG-VP", extracted->text.find("Số: 15/BĐG-VP") + 1) ==
        std::string::npos);
  Document doc = ParseFixture("docx/footnote.docx");
  bool footnote = false;
  for (const auto& b : doc.blocks) footnote = footnote || (b.role == congvan::BlockRole::kFootnote);
  CHECK(footnote);
}

TEST_CASE("PDF with a text layer: the text's tree, pages in the map", "[read][pdf]") {
  Document pdf = ParseFixture("pdf/dispatch-text.pdf");
  CHECK(pdf.source_info.format == "pdf");
  CheckSameTree(Dispatch(), pdf);
  REQUIRE_FALSE(pdf.source_info.origins.empty());
  CHECK(pdf.source_info.origins.front().origin.page == 1);
  CHECK(pdf.source_info.origins.back().origin.page >= 2);
  CHECK(pdf.meta.issuer ==
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");  // the letterhead's columns kept apart
}

TEST_CASE("A PDF LibreOffice made from the text: every word apart, the text's tree",
          "[read][pdf]") {
  // dispatch-libreoffice.pdf: the corpus dispatch opened as text in
  // LibreOffice 7.4 and exported to PDF (soffice --convert-to pdf; checked
  // in, not generated: LibreOffice is not a build dependency). Its words
  // ending in a letter with stacked tone marks ("về", "Số") get boxes that
  // run into the next word; read naively, 90 words of 1,882 came out glued
  // ("vềSở", "tế-"). Its lines are wrapped with no paragraph spacing, so a
  // bullet after a line that had room for it opens a paragraph.
  auto read = congvan::ReadDocument(ReadFile(Fixture("pdf/dispatch-libreoffice.pdf")), "lo.pdf");
  REQUIRE(read.ok());
  std::multiset<std::string> text_words, pdf_words;
  std::istringstream t(ReadFile(CorpusPath("gender-equality/2021-vi-dispatch.txt"))), p(read->text);
  for (std::string w; t >> w;) text_words.insert(w);
  for (std::string w; p >> w;) pdf_words.insert(w);
  int only_pdf = 0;
  for (const std::string& w : pdf_words) only_pdf += text_words.count(w) ? 0 : 1;
  CHECK(only_pdf == 0);
  CHECK(read->text.find("vềSở") == std::string::npos);
  CheckSameTree(Dispatch(), ParseFixture("pdf/dispatch-libreoffice.pdf"));
}

TEST_CASE("A scanned PDF: refused without --ocr, recognised with it", "[read][pdf][ocr]") {
  congvan::Status refused = ReadError("pdf/dispatch-scan.pdf");
  CHECK(refused.message().find("no text layer") != std::string::npos);
  CHECK(refused.message().find("--ocr") != std::string::npos);
  ReadOptions ocr;
  ocr.ocr = true;
  int pages = 0;
  ocr.progress = [&](int done, int total) { pages = done == total ? total : pages; };
  Document scan = ParseFixture("pdf/dispatch-scan.pdf", ocr);
  CHECK(scan.source_info.format == "pdf-ocr");
  CHECK(pages == 1);
  // The page holds the addressees, the introduction and item 1 with its two dashes.
  REQUIRE(scan.tasks.size() == 1);
  CHECK(scan.tasks[0].ordinal == 1);
  CHECK(scan.tasks[0].children.size() == 2);
}

TEST_CASE("Web pages: typed numbers, list numbering and a declared legacy charset",
          "[read][html]") {
  Document text = Dispatch();
  for (const char* name :
       {"html/dispatch-typed.html", "html/dispatch-lists.html", "html/dispatch-cp1258.html"}) {
    INFO(name);
    Document page = ParseFixture(name);
    CHECK(page.source_info.format == "html");
    CheckSameTree(text, page);
    CHECK(page.meta.number == "1303/LĐTBXH-BĐG");
  }
  auto lists = congvan::ReadDocument(ReadFile(Fixture("html/dispatch-lists.html")), "lists.html");
  REQUIRE(lists.ok());
  CHECK(lists->text.find("\nb. Tăng cường truyền thông") != std::string::npos);  // <ol type="a">
  CHECK(lists->text.find("not text") == std::string::npos);                      // <script>
  CHECK(lists->text.find("Trang chủ") == std::string::npos);                     // <nav>
  auto legacy =
      congvan::ReadDocument(ReadFile(Fixture("html/dispatch-cp1258.html")), "cp1258.html");
  REQUIRE(legacy.ok());
  CHECK(legacy->encoding == "windows-1258");
}

TEST_CASE("The content decides the reader, not the file name", "[read]") {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("congvan-disguised-" + std::to_string(getpid()) + ".txt"))
                         .string();
  std::ofstream(path, std::ios::binary) << ReadFile(Fixture("docx/dispatch-typed.docx"));
  auto doc = congvan::ParseFile(path);
  std::filesystem::remove(path);
  REQUIRE(doc.ok());
  CHECK(doc->source_info.format == "docx");
  CheckSameTree(Dispatch(), *doc);
}

TEST_CASE("Bad files: one clear error each", "[read][errors]") {
  CHECK(ReadError("bad/truncated.docx").message().find("not a valid .docx") != std::string::npos);
  CHECK(ReadError("bad/no-document.docx").message().find("not a Word document") !=
        std::string::npos);
  ReadOptions as_docx;
  as_docx.format = "docx";
  CHECK(ReadError("bad/no-document.docx", as_docx).message().find("no word/document.xml") !=
        std::string::npos);
  CHECK(ReadError("bad/legacy.doc").message().find("save it as .docx") != std::string::npos);
  CHECK(ReadError("bad/encrypted.pdf").message().find("encrypted") != std::string::npos);
  CHECK(ReadError("bad/no-pages.pdf").message().find("no pages") != std::string::npos);
  CHECK(ReadError("bad/declares-utf8.html").message().find("declares charset utf-8") !=
        std::string::npos);
  for (const char* name : {"bad/truncated.docx", "bad/legacy.doc", "bad/encrypted.pdf"}) {
    congvan::Status s = ReadError(name);
    CHECK(s.where().file == Fixture(name));
    CHECK(s.message().find('\n') == std::string::npos);
  }
}

TEST_CASE("OCR of a scan of a law text: the articles come through the damage", "[read][ocr]") {
  // ocr/circular-18-2021-libreoffice-scan-ocr.txt: the corpus circular
  // 18/2021/TT-BLĐTBXH exported to PDF by LibreOffice, pages rendered at 200
  // dpi in grey (pdftoppm), put back into a PDF as images and read with
  // `congvan extract --ocr` (Tesseract vie+eng) — the text a user's scan
  // gives. Tesseract splits the stacked marks of "ề" ("Điêù 1."), reads
  // "PHỤ LỤC" as "PHULUC" and "Số" as "Sôí".
  Document text = ParseCorpus("legislation/2021-vi-circular-18-2021-tt-bldtbxh.txt");
  Document ocr = ParseFixture("ocr/circular-18-2021-libreoffice-scan-ocr.txt");
  REQUIRE(ocr.tasks.size() == text.tasks.size());
  for (size_t i = 0; i < text.tasks.size(); ++i) {
    CHECK(ocr.tasks[i].level == "article");
    CHECK(ocr.tasks[i].ordinal == text.tasks[i].ordinal);
  }
  CHECK(ocr.meta.date == text.meta.date);
  CHECK(ocr.meta.number.rfind("18/2021/TT-BL", 0) == 0);
  // The appendix's forms stay out of the tree, as in the text.
  CHECK(ocr.TaskCount() <= text.TaskCount() + 6);
}

TEST_CASE("Word: a run holding only a space keeps it (regression: the space was dropped)",
          "[read][docx]") {
  // Word writes the space between two differently formatted words as a run
  // of its own; so does congvan's own tracked-changes export.
  const std::string body =
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>)"
      R"(<w:r><w:t>ghi</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>nội dung</w:t></w:r>)"
      R"(<w:del w:id="1" w:author="a"><w:r><w:delText xml:space="preserve"> </w:delText></w:r></w:del>)"
      R"(<w:r><w:t>X</w:t></w:r></w:p></w:body></w:document>)";
  auto docx = congvan::io_internal::ZipPackage({{"word/document.xml", body}}, 0);
  REQUIRE(docx.ok());
  auto accepted = congvan::ReadDocument(*docx, "space.docx");
  REQUIRE(accepted.ok());
  CHECK(accepted->text == "ghi nội dungX\n");
  ReadOptions reject;
  reject.accept_tracked_changes = false;
  auto rejected = congvan::ReadDocument(*docx, "space.docx", reject);
  REQUIRE(rejected.ok());
  CHECK(rejected->text == "ghi nội dung X\n");
}

TEST_CASE("Well-formed UTF-8 read as text decodes as DecodeText does, errors included",
          "[read][decode]") {
  // The reader's UTF-8 census has checked every sequence, so its decoding
  // skips the decoder's own check (DecodeWellFormedUtf8): same text, same
  // error and offset for a NUL byte.
  std::string law = congvan::testing::ReadFile(
      CorpusPath("legislation/2024-vi-law-51-2024-qh15-amending-health-insurance.txt"));
  std::string crlf =
      "Điều 1.\r\nKhoản\xC2\xA0"
      "1.\r\n";
  std::string nul = law.substr(0, 300);
  nul.insert(123, 1, '\0');
  for (const std::string& bytes : {law, crlf, nul, std::string(" \n\t"), std::string()}) {
    auto read = congvan::ReadDocument(bytes, "f.txt");
    auto decoded = congvan::DecodeText(bytes, "f.txt");
    INFO(bytes.substr(0, 60));
    REQUIRE(read.ok() == decoded.ok());
    if (decoded.ok()) {
      CHECK(read->text == *decoded);
      CHECK(read->encoding == "utf-8");
    } else {
      CHECK(read.status().message() == decoded.status().message());
      CHECK(read.status().where().byte_offset == decoded.status().where().byte_offset);
    }
  }
}
