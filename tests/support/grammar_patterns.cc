#include "support/grammar_patterns.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "congvan/grammar.h"

namespace congvan::testing {

std::vector<GrammarPatternEntry> ReadGrammarPatterns(const std::string& language,
                                                     const char* xpath) {
  std::string path = DefaultGrammarDir() + "/" + language + ".xml";
  pugi::xml_document xml;
  REQUIRE(xml.load_file(path.c_str()));
  std::vector<GrammarPatternEntry> out;
  for (pugi::xpath_node found : xml.select_nodes(xpath)) {
    pugi::xml_node n = found.node();
    out.push_back({n.attribute("pattern").as_string(), n.attribute("field").as_string(),
                   n.attribute("value").as_string(), n.attribute("scope").as_string(),
                   n.attribute("folded").as_bool(false)});
  }
  return out;
}

}  // namespace congvan::testing
