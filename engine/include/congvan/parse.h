// Parsing a dispatch into a Document: decode → normalise → line roles →
// paragraphs (joining hard-wrapped lines) → markers → task tree → metadata.
#ifndef CONGVAN_PARSE_H_
#define CONGVAN_PARSE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"
#include "congvan/grammar.h"
#include "congvan/reader.h"
#include "congvan/status.h"
#include "congvan/text_decode.h"  // DecodeText, the first step of ParseBytes

namespace congvan {

struct ParseOptions {
  // Force the language; std::nullopt = detect from the text.
  std::optional<Language> language;
  // Directory holding vi.xml / en.xml; empty = DefaultGrammarDir().
  std::string grammar_dir;
  // How the bytes are read (format, encoding, OCR, tracked changes):
  // congvan/reader.h. Its data_dir defaults to grammar_dir.
  ReadOptions read;
  // Hard limits (re2 max_mem style): inputs beyond them are rejected.
  std::size_t max_input_bytes = std::size_t{1} << 30;  // 1 GiB
  int max_depth = 32;
};

// Guesses the language of decoded text: every grammar in `grammar_dir`
// (empty = DefaultGrammarDir()) scores the text by the share of its letters
// and frequent words (<detect> in the grammar file); the best score wins, and
// the grammar marked <detect fallback="true"> when nothing scores. Fails when
// a grammar file cannot be loaded or the directory holds none.
Result<Language> DetectLanguage(std::string_view text, const std::string& grammar_dir = "");

// Parses raw bytes of any format a reader knows (congvan/reader.h): the
// text is extracted, then parsed. `source_name` is used in the Document and
// in errors.
Result<Document> ParseBytes(std::string_view bytes, const std::string& source_name,
                            const ParseOptions& options = {});

// Reads and parses a file. Errors name the file.
Result<Document> ParseFile(const std::string& path, const ParseOptions& options = {});

// The year in a file name ("2021-vi-dispatch.txt" → 2021): the first run of
// exactly four digits that reads as 1900–2099; nullopt when there is none.
// `congvan timeline` and `congvan index` date a text that names no year by it.
std::optional<int> YearFromFileName(std::string_view path);

// The languages with a grammar file in `grammar_dir` (empty = the default),
// sorted by code. Fails when a grammar file cannot be loaded.
Result<std::vector<Language>> AvailableLanguages(const std::string& grammar_dir = "");

// Every grammar in `grammar_dir` (empty = the default): its <code>.xml
// files, loaded once per process and shared, sorted by code.
Result<std::vector<std::shared_ptr<const Grammar>>> AllGrammars(
    const std::string& grammar_dir = "");

}  // namespace congvan

#endif  // CONGVAN_PARSE_H_
