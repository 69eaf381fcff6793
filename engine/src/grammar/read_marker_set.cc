// The marker set's hits read by the styles' backtrackers (see
// read_marker_set.h).
//
// Approach: the styles that may match a line are listed once per first
// byte from each reader's first bytes; a line is then a table look-up and
// a run of those readers, each stopping at the first byte that leaves its
// program no way on.
#include "grammar/read_marker_set.h"

#include <algorithm>

namespace congvan::grammar_internal {

ReadMarkerSet::ReadMarkerSet(const Source& source) : styles_(source.styles) {
  has_lead_ = source.lead_index >= 0;
  if (has_lead_) {
    lead_literals_ = LeadingLiterals(source.lead_pattern);
    if (lead_literals_.empty()) return;  // the lead may begin anything: never read
    for (const std::string& lead : lead_literals_) {
      const auto b = static_cast<unsigned char>(lead[0]);  // (literals are not empty)
      lead_first_bytes_[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  for (size_t j = 0; j < styles_.size(); ++j) {
    if (static_cast<int>(j) == source.lead_index) continue;
    const BacktrackedCapture* reader = styles_[j];
    if (reader == nullptr) return;  // a style that does not read: never read
    for (unsigned b = 0; b < 256; ++b) {
      if (reader->MayBeginWith(static_cast<unsigned char>(b))) {
        by_first_byte_[b].push_back(static_cast<uint16_t>(j));
      }
    }
  }
  reads_ = styles_.size() < 0xFFFF;
}

bool ReadMarkerSet::Hits(std::string_view line, std::vector<int>* hits,
                         re2::StringPiece (&first)[2], int* first_ngroups) const {
  if (!reads_ || line.empty()) return false;
  const auto b = static_cast<unsigned char>(line.front());
  if (has_lead_ && ((lead_first_bytes_[b >> 6] >> (b & 63)) & 1) &&
      BeginsWithOneOf(lead_literals_, line)) {
    return false;
  }
  hits->clear();
  re2::StringPiece groups[2];
  const bool second = line.size() > 1;
  const auto second_byte = static_cast<unsigned char>(second ? line[1] : 0);
  for (uint16_t j : by_first_byte_[b]) {
    const BacktrackedCapture& reader = *styles_[j];
    if (second && !reader.MayGoOnWith(second_byte)) continue;
    const int ngroups = std::min(2, reader.capturing_groups() + 1);
    switch (reader.Match(line, groups, ngroups)) {
      case BacktrackedCapture::Answer::kMatch:
        if (hits->empty()) {
          first[0] = groups[0];
          first[1] = ngroups > 1 ? groups[1] : re2::StringPiece();
          *first_ngroups = ngroups;
        }
        hits->push_back(j);
        break;
      case BacktrackedCapture::Answer::kNoMatch:
        break;
      case BacktrackedCapture::Answer::kUnknown:
        return false;
    }
  }
  return true;
}

}  // namespace congvan::grammar_internal
