// Word's automatic numbering (see docx_numbering.h), after ECMA-376 Part 1
// §17.9: w:abstractNum holds up to nine w:lvl (w:start, w:numFmt,
// w:lvlText with %1…%9, w:suff, w:lvlRestart, w:isLgl); w:num names an
// abstract definition and may override a level's start (w:lvlOverride /
// w:startOverride — how Word writes "restart numbering at 1") or the whole
// level. Counters belong to the abstract definition, so two w:num of one
// definition continue one list; an override takes effect the first time its
// w:num is used.
#include "read/docx_numbering.h"

#include <cstdlib>

#include "text/roman_numerals.h"

namespace congvan::read {
namespace {

int IntAttribute(const pugi::xml_node& n, const char* child, int fallback) {
  pugi::xml_node c = n.child(child);
  if (!c) return fallback;
  pugi::xml_attribute a = c.attribute("w:val");
  return a ? a.as_int(fallback) : fallback;
}

std::string StringAttribute(const pugi::xml_node& n, const char* child,
                            const std::string& fallback) {
  pugi::xml_node c = n.child(child);
  if (!c) return fallback;
  pugi::xml_attribute a = c.attribute("w:val");
  return a ? a.as_string() : fallback;
}

// Word's letter numbering: a … z, then aa … zz, aaa … (the letter repeated).
std::string Letters(int value) {
  if (value <= 0) return std::to_string(value);
  int repeat = (value - 1) / 26 + 1;
  return std::string(static_cast<size_t>(repeat), static_cast<char>('a' + (value - 1) % 26));
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return s;
}

// A bullet character of a symbol font (Symbol, Wingdings: U+F0xx) as the
// character it is drawn as; other bullets as they are.
std::string Bullet(const std::string& text) {
  if (text.empty()) return "•";
  // U+F0B7 (Symbol bullet), U+F0A7 (Wingdings square), U+F076 / U+F0D8 (arrows)
  if (text == "\xEF\x82\xB7" || text == "\xEF\x82\xA7") return "•";
  if (text == "\xEF\x81\xB6" || text == "\xEF\x83\x98" || text == "\xEF\x83\xBC") return "➢";
  if (text == "o") return "◦";
  return text;
}

}  // namespace

std::string FormatNumber(int value, const std::string& format) {
  if (format == "bullet" || format == "none") return "";
  if (format == "lowerLetter") return Letters(value);
  if (format == "upperLetter") return Upper(Letters(value));
  if (format == "lowerRoman") return text::RomanNumeral(value, false);
  if (format == "upperRoman") return text::RomanNumeral(value);
  if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  return std::to_string(value);  // decimal, and what this reader does not draw otherwise
}

DocxNumbering::Level DocxNumbering::ReadLevel(const pugi::xml_node& lvl) {
  Level level;
  level.start = IntAttribute(lvl, "w:start", 1);
  level.format = StringAttribute(lvl, "w:numFmt", "decimal");
  level.text = StringAttribute(lvl, "w:lvlText", "");
  level.suffix = StringAttribute(lvl, "w:suff", "tab");
  level.restart_after = IntAttribute(lvl, "w:lvlRestart", -1);
  level.legal = static_cast<bool>(lvl.child("w:isLgl"));
  return level;
}

DocxNumbering::DocxNumbering(const pugi::xml_node& numbering) {
  for (pugi::xml_node a : numbering.children("w:abstractNum")) {
    Abstract& abstract = abstracts_[a.attribute("w:abstractNumId").as_int()];
    for (pugi::xml_node lvl : a.children("w:lvl")) {
      int index = lvl.attribute("w:ilvl").as_int(-1);
      if (index >= 0 && index < 9) abstract.levels[static_cast<size_t>(index)] = ReadLevel(lvl);
    }
  }
  for (pugi::xml_node n : numbering.children("w:num")) {
    Instance& instance = instances_[n.attribute("w:numId").as_int()];
    instance.abstract_id = IntAttribute(n, "w:abstractNumId", 0);
    for (pugi::xml_node o : n.children("w:lvlOverride")) {
      int index = o.attribute("w:ilvl").as_int(-1);
      if (index < 0 || index >= 9) continue;
      if (pugi::xml_node s = o.child("w:startOverride"))
        instance.start_overrides[index] = s.attribute("w:val").as_int(1);
      if (pugi::xml_node lvl = o.child("w:lvl")) instance.level_overrides[index] = ReadLevel(lvl);
    }
  }
}

const DocxNumbering::Level& DocxNumbering::LevelOf(const Instance& instance, int level) const {
  auto o = instance.level_overrides.find(level);
  if (o != instance.level_overrides.end()) return o->second;
  static const Level kDefault;
  auto a = abstracts_.find(instance.abstract_id);
  return a == abstracts_.end() ? kDefault : a->second.levels[static_cast<size_t>(level)];
}

std::optional<std::string> DocxNumbering::Label(const NumberingRef& ref) {
  auto it = instances_.find(ref.num_id);
  if (ref.num_id == 0 || it == instances_.end() || ref.level < 0 || ref.level >= 9)
    return std::nullopt;
  Instance& instance = it->second;
  auto& counters = counters_[instance.abstract_id];
  auto& seen = seen_[instance.abstract_id];
  if (!instance.used) {
    instance.used = true;
    for (const auto& [level, start] : instance.start_overrides) {
      counters[static_cast<size_t>(level)] = start - 1;
      seen[static_cast<size_t>(level)] = true;
    }
  }
  size_t l = static_cast<size_t>(ref.level);
  const Level& level = LevelOf(instance, ref.level);
  counters[l] = seen[l] ? counters[l] + 1 : level.start;
  seen[l] = true;
  // Deeper levels start again, unless their lvlRestart says otherwise.
  for (size_t d = l + 1; d < 9; ++d) {
    const Level& deeper = LevelOf(instance, static_cast<int>(d));
    bool restarts = deeper.restart_after < 0 ||
                    (deeper.restart_after > 0 && static_cast<int>(l) < deeper.restart_after);
    if (restarts) seen[d] = false;
  }
  if (level.format == "none") return std::nullopt;
  std::string label = Render(instance, ref.level);
  if (label.empty()) return std::nullopt;
  return level.suffix == "nothing" ? label : label + " ";
}

std::string DocxNumbering::Render(const Instance& instance, int level) const {
  const Level& own = LevelOf(instance, level);
  if (own.format == "bullet") return Bullet(own.text);
  const auto& counters = counters_.at(instance.abstract_id);
  std::string out;
  const std::string& text = own.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int n = text[i + 1] - '1';
      const Level& named = LevelOf(instance, n);
      int value = counters[static_cast<size_t>(n)];
      if (value == 0) value = named.start;  // a level not reached yet shows its start
      out += FormatNumber(value, own.legal ? "decimal" : named.format);
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace congvan::read
