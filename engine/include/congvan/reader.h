// Reading documents as users have them: plain text in any of the encodings
// Vietnamese texts come in, Word (.docx), PDF (with a text layer, or scanned
// and recognised by OCR) and saved web pages. A reader turns a file's bytes
// into the text the parser sees — one paragraph or heading per line, Word's
// and HTML's automatic numbering rendered as the reader shows it — and a map
// from that text back to where each line came from. The parser stays
// format-blind: it reads the extracted text.
#ifndef CONGVAN_READER_H_
#define CONGVAN_READER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/document.h"  // SourceOrigin, OriginRun
#include "congvan/status.h"

namespace congvan {

struct ExtractedText {
  std::string text;      // NFC UTF-8 with '\n' line ends: what the parser reads
  std::string format;    // "text" | "docx" | "pdf" | "pdf-ocr" | "html"
  std::string encoding;  // the bytes' encoding: "utf-8", "utf-16le", "windows-1258", "tcvn3", …
  std::vector<OriginRun> origins;  // empty for plain text (line n is line n)
  // What the reader could not keep ("2 page(s) have no text layer …"), each
  // made by ReaderWarning() (congvan/document.h): kind `reader`, no line.
  std::vector<Diagnostic> warnings;
};

struct ReadOptions {
  // "auto" (from the content: magic bytes, then sniffing) or one of
  // KnownFormats(); never the file name's extension alone.
  std::string format = "auto";
  // For text (and HTML without a declared charset): "auto" (BOM, valid UTF-8,
  // then the legacy encoding under which the text reads as the most valid
  // Vietnamese syllables) or one of KnownEncodings().
  std::string encoding = "auto";
  // PDFs without a text layer are recognised with Tesseract only when asked.
  bool ocr = false;
  std::string ocr_languages = "vie+eng";  // Tesseract language packs
  int ocr_dpi = 300;
  // Word tracked changes: the text with them accepted (insertions kept,
  // deletions dropped) or rejected (the text before them).
  bool accept_tracked_changes = true;
  // Called after each page of OCR: (pages done, pages in all).
  std::function<void(int, int)> progress;
  // Directory holding encodings/*.tsv (the legacy tables); empty = the
  // grammar directory's.
  std::string data_dir;
};

// Reads bytes into text. `source_name` names the file in errors. Errors are
// one clear line: "legacy Word document (.doc): save it as .docx", "PDF has
// no text layer (a scan): run with --ocr", "not valid UTF-8, and no legacy
// encoding reads it as Vietnamese; try --encoding tcvn3|vni|windows-1258".
Result<ExtractedText> ReadDocument(std::string_view bytes, const std::string& source_name,
                                   const ReadOptions& options = {});

// The formats and encodings the readers know, for --help and --from.
const std::vector<std::string>& KnownFormats();
const std::vector<std::string>& KnownEncodings();

}  // namespace congvan

#endif  // CONGVAN_READER_H_
