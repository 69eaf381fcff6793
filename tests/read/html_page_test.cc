// Web pages the reader must survive or refuse as it refuses a text: a page
// in a legacy Vietnamese encoding that declares no charset, a page that is
// neither UTF-8 nor a legacy encoding, a page nested deeper than any native
// stack, and an ordered list numbered at the end of int's range.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

using congvan::testing::CorpusPath;
using congvan::testing::ReadFile;

namespace {

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/" + name;
}

// `body` as a page with no charset.
std::string Page(const std::string& body) {
  return "<!DOCTYPE html>\n<html><body>\n" + body + "\n</body></html>\n";
}

}  // namespace

TEST_CASE("A TCVN3 page without a charset is read as TCVN3 as the same text file is",
          "[read][html]") {
  // html/dispatch-tcvn3.html: encodings/tcvn3.txt (the 2021 dispatch in
  // TCVN3) with each line in a <p>, no <meta charset>.
  auto page =
      congvan::ReadDocument(ReadFile(Fixture("html/dispatch-tcvn3.html")), "dispatch-tcvn3.html");
  REQUIRE(page.ok());
  CHECK(page->format == "html");
  CHECK(page->encoding == "tcvn3");
  CHECK(page->text.find("Kính gửi:") != std::string::npos);
  CHECK(page->text.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
  auto parsed_page = congvan::ParseFile(Fixture("html/dispatch-tcvn3.html"));
  auto parsed_text = congvan::ParseFile(Fixture("encodings/tcvn3.txt"));
  REQUIRE(parsed_page.ok());
  REQUIRE(parsed_text.ok());
  CHECK(parsed_page->TaskCount() == parsed_text->TaskCount());
}

TEST_CASE("A page that is neither UTF-8 nor a legacy encoding is refused as a text is",
          "[read][html]") {
  // The dispatch in UTF-8 with one byte of another charset pasted into a
  // word ("Kính" with its í in windows-1252): no charset can read it all.
  std::string text = ReadFile(CorpusPath("gender-equality/2021-vi-dispatch.txt"));
  size_t at = text.find("Kính");
  REQUIRE(at != std::string::npos);
  text.replace(at + 1, 2, "\xED");
  auto as_text = congvan::ReadDocument(text, "dispatch.txt");
  auto as_page = congvan::ReadDocument(Page("<pre>" + text + "</pre>"), "dispatch.html");
  REQUIRE_FALSE(as_text.ok());
  REQUIRE_FALSE(as_page.ok());
  CHECK_THAT(as_text.status().message(), Catch::Contains("invalid UTF-8"));
  CHECK(as_page.status().message() == as_text.status().message());
  CHECK(as_page.status().code() == as_text.status().code());
}

TEST_CASE("A page of 100000 nested elements is read with its text at the bottom kept",
          "[read][html]") {
  // <span>s: gumbo nests them in linear time (100,000 nested <div>s take it
  // minutes: each one looks through the open elements for a <p> to close).
  // A recursive walk of this tree overflowed the stack (signal 11).
  std::string open, close;
  for (int i = 0; i < 100000; ++i) {
    open += "<span>";
    close += "</span>";
  }
  auto page = congvan::ReadDocument(Page(open + "Điều 1. Phạm vi điều chỉnh" + close), "deep.html");
  REQUIRE(page.ok());
  CHECK(page->text == "Điều 1. Phạm vi điều chỉnh\n");
}

TEST_CASE("An ordered list numbered at the end of int's range keeps its last number",
          "[read][html]") {
  // A browser clamps list numbers to int and saturates its counter.
  auto page =
      congvan::ReadDocument(Page("<ol start=\"2147483647\"><li>Một</li><li>Hai</li></ol>"
                                 "<ol start=\"99999999999\" reversed><li>Ba</li></ol>"
                                 "<ol start=\"-2147483648\" reversed><li>Bốn</li><li>Năm</li></ol>"
                                 "<ol type=\"i\" start=\"3999\"><li>Sáu</li><li>Bảy</li></ol>"),
                            "numbers.html");
  REQUIRE(page.ok());
  CHECK(page->text ==
        "2147483647. Một\n2147483647. Hai\n2147483647. Ba\n"
        "-2147483648. Bốn\n-2147483648. Năm\nmmmcmxcix. Sáu\n4000. Bảy\n");
}
