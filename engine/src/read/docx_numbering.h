// Word's automatic numbering: the labels Word draws before numbered
// paragraphs ("1.", "a)", "Điều 5.", "2.1."), which are not in the text.
#ifndef CONGVAN_READ_DOCX_NUMBERING_H_
#define CONGVAN_READ_DOCX_NUMBERING_H_

#include <array>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace congvan::read {

// A paragraph's numbering: which list instance (w:numId) and level (w:ilvl).
struct NumberingRef {
  int num_id = 0;
  int level = 0;
};

// The numbering definitions of a document (word/numbering.xml) and the
// counters of a reading in document order. Label() is called once per
// numbered paragraph, in order: it advances the counters as Word does
// (start values, restarts of deeper levels, lvlRestart, a w:num's
// startOverride the first time it is used) and renders the level's lvlText
// with each %N in its level's number format.
class DocxNumbering {
 public:
  // `numbering` is the numbering part's root (w:numbering), or empty.
  explicit DocxNumbering(const pugi::xml_node& numbering);

  // The label of the next paragraph numbered `ref`, with the separator Word
  // puts after it (a space for a tab or space suffix), or nullopt when the
  // reference names no list or a level without a label (numFmt none, or
  // w:numId 0, which switches numbering off).
  std::optional<std::string> Label(const NumberingRef& ref);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text = "%1.";        // w:lvlText
    std::string suffix = "tab";      // w:suff
    int restart_after = -1;          // w:lvlRestart (0 = never), -1 = any higher level
    bool legal = false;              // w:isLgl: every %N as a decimal
  };
  struct Abstract {
    std::array<Level, 9> levels;
  };
  struct Instance {
    int abstract_id = 0;
    std::map<int, int> start_overrides;    // level → start
    std::map<int, Level> level_overrides;  // level → a whole w:lvl
    bool used = false;
  };

  const Level& LevelOf(const Instance& instance, int level) const;
  std::string Render(const Instance& instance, int level) const;
  static Level ReadLevel(const pugi::xml_node& lvl);

  std::map<int, Abstract> abstracts_;
  std::map<int, Instance> instances_;
  // Counters per abstract definition: Word continues a list across the
  // w:num instances that share one, unless an override restarts it.
  std::map<int, std::array<int, 9>> counters_;
  std::map<int, std::array<bool, 9>> seen_;
};

// One number in a Word format: "decimal" 3 → "3", "lowerLetter" 3 → "c",
// "upperRoman" 4 → "IV", "decimalZero" 5 → "05", "bullet" → "".
std::string FormatNumber(int value, const std::string& format);

}  // namespace congvan::read

#endif  // CONGVAN_READ_DOCX_NUMBERING_H_
