// FoundReferences: the documents a text cites, gathered compactly while the
// reference collector (metadata.cc) scans, and made into the public records
// (congvan::Reference: four strings and a line, 136 bytes) once, at their
// exact count, after the duplicates are dropped.
//
// A long law cites thousands of times (2,503 on the 100 MB law) and the
// metadata stage runs at the parse's memory peak. A vector of the public
// records grown by doubling left each earlier array's pages resident (glibc
// keeps freed heap), a std::set of (line, number) pairs deduplicated them (a
// tree node and a string each) and stable_sort's buffer held half of the
// records again. Here an entry is 40 bytes: the citation as a view of the
// document's text (const through the stage, so the view stays good), its type
// and number as spans of that view, the line; the ISO date's ten characters,
// and a group not found in the citation (a grammar whose groups are not
// copies of the text), go to a side string. Duplicates — a (line,
// number) added before — are marked after the entries are sorted by (line,
// number, order added), and the rest are made in (line, order added) order:
// the first of each pair stays, in the order a stable sort by line gives, as
// the set and the stable sort did.
#ifndef CONGVAN_PARSE_FOUND_REFERENCES_H_
#define CONGVAN_PARSE_FOUND_REFERENCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"

namespace congvan::parse {

class FoundReferences {
 public:
  // One citation: `text` as it appears (a view that must stay good until
  // Take), its `type` and `number` groups (the number with its spaces, as
  // written; spaces are dropped when the record is made and when duplicates
  // are compared), `iso_date` ("YYYY-MM-DD" or empty), its line.
  void Add(std::string_view text, std::string_view type, std::string_view number,
           std::string_view iso_date, int line);

  // The records in line order (stable), the first of each (line, number).
  std::vector<Reference> Take();

 private:
  // A group's bytes: a span of the entry's text, or of `spilled_`.
  struct Span {
    uint32_t offset = 0;
    uint16_t size = 0;
    bool spilled = false;
  };
  struct Entry {
    const char* text = nullptr;
    uint32_t text_size = 0;
    int line = 0;
    Span type, number, date;
  };
  Span Place(std::string_view text, std::string_view group);
  Span Spill(std::string_view bytes);
  std::string_view View(const Entry& e, const Span& s) const;
  std::vector<bool> Duplicates() const;

  std::vector<Entry> entries_;
  std::string spilled_;
};

// `number` without its spaces (the form a Reference holds).
std::string NumberWithoutSpaces(std::string_view number);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_FOUND_REFERENCES_H_
