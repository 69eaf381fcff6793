// Parsing a dispatch into a Document: decode → normalise → line roles →
// paragraphs (joining hard-wrapped lines) → markers → task tree → metadata.
#ifndef CONGVAN_PARSE_H_
#define CONGVAN_PARSE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "congvan/document.h"
#include "congvan/status.h"

namespace congvan {

struct ParseOptions {
  // Force the language; std::nullopt = detect from the text.
  std::optional<Language> language;
  // Directory holding vi.xml / en.xml; empty = DefaultGrammarDir().
  std::string grammar_dir;
  // Hard limits (re2 max_mem style): inputs beyond them are rejected.
  std::size_t max_input_bytes = std::size_t{1} << 30;  // 1 GiB
  int max_depth = 32;
};

// Decodes raw bytes to NFC UTF-8 with '\n' line ends: UTF-8 with or without
// BOM, UTF-16 LE/BE with BOM. Fails on invalid UTF-8 (the Status carries the
// byte offset), on NUL bytes (binary), and on empty or whitespace-only input.
Result<std::string> DecodeText(std::string_view bytes, const std::string& source_name);

// Guesses the language of decoded text from its letters.
Language DetectLanguage(std::string_view text);

// Parses raw bytes. `source_name` is used in the Document and in errors.
Result<Document> ParseBytes(std::string_view bytes, const std::string& source_name,
                            const ParseOptions& options = {});

// Reads and parses a file. Errors name the file.
Result<Document> ParseFile(const std::string& path, const ParseOptions& options = {});

// Parses a language code ("vi", "en"); nullopt for anything else.
std::optional<Language> LanguageFromCode(std::string_view code);

}  // namespace congvan

#endif  // CONGVAN_PARSE_H_
