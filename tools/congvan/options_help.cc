// See options_help.h. Boost gives no accessor for a description's caption,
// so the caption is taken from Boost's own rendering: everything before the
// first option line ("  -…"). Column widths are measured in code points
// (the help is UTF-8: "văn bản hợp nhất").
#include "options_help.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace congvan::cli {
namespace {

namespace po = boost::program_options;

constexpr size_t kNameColumnMax = 32;  // longer names put the description on the next line

size_t Columns(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::vector<std::string> Words(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// The description's words in lines of at most `width - indent` columns (a
// longer word stands alone), every line but the first indented.
std::string Wrapped(const std::string& text, size_t indent, size_t width) {
  std::string out;
  size_t used = 0;
  for (const std::string& word : Words(text)) {
    size_t w = Columns(word);
    if (used > 0 && indent + used + 1 + w > width) {
      out += '\n';
      out.append(indent, ' ');
      used = 0;
    }
    if (used > 0) {
      out += ' ';
      ++used;
    }
    out += word;
    used += w;
  }
  return out;
}

std::string Caption(const po::options_description& options) {
  std::ostringstream boost_layout;
  boost_layout << options;
  const std::string text = boost_layout.str();
  size_t first_option = text.find("\n  -");
  return first_option == std::string::npos ? text : text.substr(0, first_option + 1);
}

}  // namespace

void WriteOptionsHelp(std::ostream& out, const po::options_description& options, size_t width) {
  std::vector<std::string> names;
  size_t column = 0;
  for (const auto& option : options.options()) {
    std::string name = "  " + option->format_name();
    std::string parameter = option->format_parameter();
    if (!parameter.empty()) name += " " + parameter;
    names.push_back(name);
    if (Columns(name) + 2 <= kNameColumnMax) column = std::max(column, Columns(name) + 2);
  }
  out << Caption(options);
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& description = options.options()[i]->description();
    out << names[i];
    if (Columns(names[i]) + 2 > column) {
      out << "\n" << std::string(column, ' ');
    } else {
      out << std::string(column - Columns(names[i]), ' ');
    }
    out << Wrapped(description, column, width) << "\n";
  }
}

}  // namespace congvan::cli
