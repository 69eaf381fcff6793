// Plain text (see text_reader.h).
//
// Approach: a BOM decides; otherwise valid UTF-8 is UTF-8 (a legacy text is
// practically never valid UTF-8: its Vietnamese letters are lone bytes
// above 0x7F); otherwise every legacy encoding decodes the bytes, the result
// is NFC-normalised and scored by the share of its non-ASCII words that are
// Vietnamese syllables (the grammar's <syllables>), and the best is taken
// when it scores at least kMinScore and leads the next by kMinLead. UTF-16
// without a BOM shows itself by NUL bytes on one side of ASCII letters.
#include "read/text_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "congvan/parse.h"
#include "read/legacy_encodings.h"
#include "read/read_error.h"
#include "read/utf8_census.h"
#include "text/syllables.h"

namespace congvan::read {
namespace {

constexpr double kMinScore = 0.80;    // of non-ASCII words that are syllables
constexpr double kMinLead = 0.10;     // over the second-best encoding
constexpr double kMinNulShare = 0.2;  // of one byte position, for UTF-16 without BOM

// "utf-16le" / "utf-16be" when NUL bytes fill one side of the byte pairs.
std::string Utf16WithoutBom(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return "";
  size_t pairs = std::min<size_t>(bytes.size() / 2, 4096);
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < pairs; ++i) {
    even += bytes[2 * i] == '\0';
    odd += bytes[2 * i + 1] == '\0';
  }
  if (odd >= kMinNulShare * pairs && even == 0) return "utf-16le";
  if (even >= kMinNulShare * pairs && odd == 0) return "utf-16be";
  return "";
}

// A legacy encoding, decoded and normalised, with its score.
struct Candidate {
  std::string encoding;
  std::string text;
  double score = 0;
};

// The Vietnamese syllables (the grammar's <syllables>), from the grammars
// loaded once per process.
Result<const text::SyllableSet*> Syllables(const ReadOptions& options) {
  auto grammars = AllGrammars(options.data_dir);
  if (!grammars.ok()) return grammars.status();
  for (const auto& g : *grammars) {
    if (g->language() == Language::kVietnamese && g->syllables() != nullptr) return g->syllables();
  }
  return ReadError(
      "", "no grammar lists the Vietnamese syllables that legacy encodings are recognised by");
}

Result<std::string> DetectLegacy(std::string bytes, const std::string& source,
                                 const ReadOptions& options, std::string* encoding) {
  auto syllables = Syllables(options);
  if (!syllables.ok()) return syllables.status();
  std::vector<Candidate> candidates;
  for (const std::string& name : LegacyEncodings()) {
    auto decoded = DecodeLegacy(bytes, name, options.data_dir, source);
    if (!decoded.ok()) continue;
    auto text = text::DecodeOwned(std::move(decoded.value()), source);
    if (!text.ok()) continue;
    double score = VietnameseScore(*text, **syllables);
    candidates.push_back({name, std::move(text.value()), score});
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  bool clear = !candidates.empty() && candidates[0].score >= kMinScore &&
               (candidates.size() < 2 || candidates[0].score - candidates[1].score >= kMinLead);
  if (clear) {
    *encoding = candidates[0].encoding;
    return std::move(candidates[0].text);
  }
  if (candidates.empty()) {
    return ReadError(source,
                     "not valid UTF-8, and no legacy Vietnamese encoding decodes it "
                     "(a binary file?); name one with --encoding if it is text");
  }
  std::string likely;
  for (size_t i = 0; i < candidates.size() && i < 3; ++i) {
    char share[16];
    std::snprintf(share, sizeof share, " %.0f %%", 100 * candidates[i].score);
    likely += (i ? ", " : "") + candidates[i].encoding + share;
  }
  return ReadError(source, "not valid UTF-8, and no legacy Vietnamese encoding reads it clearly (" +
                               likely +
                               " of its accented words are syllables); name one with --encoding");
}

}  // namespace

Result<std::string> DecodeToUtf8(std::string bytes, const std::string& source,
                                 const ReadOptions& options, std::string* encoding,
                                 text::StrayNuls* nuls) {
  const std::string& wanted = options.encoding;
  if (wanted == "utf-8" || (wanted == "auto" && (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ||
                                                 bytes.compare(0, 2, "\xFF\xFE") == 0 ||
                                                 bytes.compare(0, 2, "\xFE\xFF") == 0))) {
    *encoding = bytes.compare(0, 2, "\xFF\xFE") == 0   ? "utf-16le"
                : bytes.compare(0, 2, "\xFE\xFF") == 0 ? "utf-16be"
                                                       : "utf-8";
    return text::DecodeOwned(std::move(bytes), source, nuls);
  }
  std::string named = wanted;
  if (wanted == "auto") named = Utf16WithoutBom(bytes);
  if (wanted == "auto" && named.empty()) {
    // UTF-8, or UTF-8 with a damaged sequence (reported with its offset):
    // a legacy text has hardly any well-formed multi-byte sequence.
    const read_internal::Utf8Census census = read_internal::CountUtf8(bytes);
    if (census.invalid == 0) {  // checked just now: not again
      *encoding = "utf-8";
      return text::DecodeWellFormedUtf8(std::move(bytes), source, census.nfc_starters_only, nuls);
    }
    if (census.valid > census.invalid) {  // the decoder reports the first bad sequence
      *encoding = "utf-8";
      return text::DecodeOwned(std::move(bytes), source, nuls);
    }
    return DetectLegacy(std::move(bytes), source, options, encoding);
  }
  auto decoded = DecodeLegacy(bytes, named, options.data_dir, source);
  if (!decoded.ok()) return decoded.status();
  *encoding = named;
  return text::DecodeOwned(std::move(decoded.value()), source);
}

Result<ExtractedText> ReadText(std::string bytes, const std::string& source,
                               const ReadOptions& options) {
  ExtractedText out;
  out.format = "text";
  text::StrayNuls nuls;
  auto text = DecodeToUtf8(std::move(bytes), source, options, &out.encoding, &nuls);
  if (!text.ok()) return text.status();
  out.text = std::move(text.value());
  if (nuls.count > 0) {
    out.warnings.push_back(ReaderWarning(
        std::to_string(nuls.count) + " stray NUL byte" + (nuls.count == 1 ? "" : "s") +
        " read as space" + (nuls.count == 1 ? "" : "s") + " (the first at byte offset " +
        std::to_string(nuls.first) + ")"));
  }
  return out;
}

}  // namespace congvan::read
