// The document model every stage shares: a parsed dispatch is metadata, the
// non-task blocks (addressees, recipients, captions, footers, ...) and a tree
// of tasks. Every non-blank source line belongs to exactly one block or one
// task node (the lossless property, checked by CheckLossless()).
#ifndef CONGVAN_DOCUMENT_H_
#define CONGVAN_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/compact_string.h"
#include "congvan/interned_name.h"
#include "congvan/line_spans.h"
#include "congvan/optional_box.h"
#include "congvan/optional_int.h"
#include "congvan/shared_text.h"
#include "congvan/short_string.h"
#include "congvan/status.h"
#include "congvan/vector_box.h"

namespace congvan {

// A language, identified by its code ("vi", "en", …): the name of its grammar
// file, grammars/<code>.xml. Adding a language is adding that file; the two
// languages of the bilingual lexicon have names for convenience.
class Language {
 public:
  Language() : code_("vi") {}
  explicit Language(std::string code) : code_(std::move(code)) {}
  const std::string& code() const { return code_; }
  bool operator==(const Language& other) const { return code_ == other.code_; }
  bool operator!=(const Language& other) const { return code_ != other.code_; }
  bool operator<(const Language& other) const { return code_ < other.code_; }

  static const Language kVietnamese;  // "vi"
  static const Language kEnglish;     // "en"

 private:
  std::string code_;
};
inline const Language Language::kVietnamese{"vi"};
inline const Language Language::kEnglish{"en"};

// The language's code ("vi"); valid as long as `lang` is.
const char* LanguageCode(const Language& lang);

// A language from its code: two or three letters a-z ("vi", "en"); nullopt
// for anything else. Whether a grammar exists for it is known when it loads.
std::optional<Language> LanguageFromCode(std::string_view code);

// Where lines of the extracted text came from. Fields the format does not
// have stay 0 / empty.
struct SourceOrigin {
  int page = 0;         // PDF page, 1-based
  int paragraph = 0;    // Word body paragraph (w:p), 1-based, tables included
  std::string element;  // HTML element or Word part ("p", "li", "td", "footnote", "header")
};

// Lines first..last (1-based, of the extracted text) came from `origin`.
struct OriginRun {
  int first_line = 0;
  int last_line = 0;
  SourceOrigin origin;
};

// A legal document cited in the text, e.g. "Nghị quyết số 01/NQ-CP ngày 6/1/2023".
struct Reference {
  std::string type;    // as written: "Nghị quyết", "Circular", ...
  std::string number;  // "01/NQ-CP", "10/2019/TT-BKHDT"
  std::string date;    // ISO 8601 "2023-01-06", or empty when not given
  std::string text;    // the citation as it appears in the source
  int line = 0;
};

struct Metadata {
  std::string title;
  std::string
      kind;  // the kind of document in the grammar's words: "Nghị định", "Decree", "Công văn"
  std::string number;  // the document's own number, e.g. "1303/LĐTBXH-BĐG"
  std::string date;    // ISO 8601 issue date, or empty
  std::string issuer;
  std::optional<int> year;
  std::vector<Reference> references;
};

// Roles of text that is not a task. Kept as strings in output ("addressees").
// One byte: a line record and a paragraph keep an optional role each, and at
// two bytes it leaves them room for their packed markers
// (Grammar::PackedMarkers) at the size they had.
enum class BlockRole : std::uint8_t {
  kTitle,
  kLead,
  kHeader,         // letterhead: issuing body, national motto, "Số:" line, e-signature stamp
  kAddressees,     // "Kính gửi:" and its list
  kPreamble,       // text before the first task
  kClosing,        // closing sentence after the tasks ("Trong quá trình thực hiện ... ./.")
  kRecipients,     // "Nơi nhận:" and its list
  kSignature,      // "KT. BỘ TRƯỞNG", signer name
  kAuthor,         // byline of a web article
  kMedia,          // player residue, photo captions, "(Internet image)"
  kFooter,         // site footer: "Address: |", "Phone:", "E-mail:"
  kPageBreak,      // "--- PAGE BREAK ---", form feeds
  kPageNumber,     // a page number between pages
  kRunningHeader,  // a header/footer repeated on every page
  kTableOfContents,
  kNoise,  // OCR garbage, stray characters
  kAnnex,  // text after the signature (appendix tables and the like)
  kFootnote,  // a footnote or translator's note ("3" + "Translator's note: …", "(1) Nghị định số
              // …")
  kFurniture,  // a web page's own text around the document: banners, menus, metadata boxes
};
const char* BlockRoleName(BlockRole role);

// A publisher's editorial note on a provision, in brackets in a legal
// portal's copy: "[Điều này bị bãi bỏ bởi Điểm p Khoản 1 Điều 62 Luật Thanh
// tra 2025 có hiệu lực từ ngày 01/07/2025]". It is not the provision's text:
// the parser takes it out of the line it stands on and keeps it here, on the
// provision (or block) it annotates, with that line.
struct Note {
  int line = 0;      // 1-based source line the note stood on
  std::string text;  // as written, brackets included
};

struct Block {
  BlockRole role;
  std::string text;  // the lines joined with '\n'
  LineSpans spans;
  std::vector<Note> notes;  // portal notes on its lines (see Note)
};

// What an amending provision changes ("Sửa đổi, bổ sung khoản 2 Điều 5 của
// Nghị định số 81/2018/NĐ-CP như sau:"). Fields the text does not give are
// left empty / 0.
struct AmendmentTarget {
  std::string action;    // "amend" | "add" | "replace" | "repeal" | "" (unknown)
  std::string part;      // "I", "2" (Phần)
  std::string chapter;   // "II", "3"
  std::string section;   // "1" (Mục)
  std::string article;   // "5", "26a"
  int clause = 0;        // khoản / clause
  std::string point;     // "a", "đ" (điểm / point)
  std::string document;  // "81/2018/NĐ-CP"
  bool empty() const {
    return action.empty() && part.empty() && chapter.empty() && section.empty() &&
           article.empty() && clause == 0 && point.empty() && document.empty();
  }
  bool operator==(const AmendmentTarget&) const = default;
};

struct Node;

// What few tasks carry, kept together in one box on the Node (Node::target(),
// quoted(), notes()): an amending provision's target and the provisions it
// quotes, and a portal's notes on a provision. On a law fewer than one task in
// a hundred has any of them; as three boxes they were 24 of every Node's bytes,
// as one 8.
struct AmendmentAndNotes {
  std::optional<AmendmentTarget> target;
  std::vector<Node> quoted;
  std::vector<Note> notes;
};

// A task. `text` is its own text without marker and without children.
//
// A law has one Node per line, so its size matters (280 bytes before branch
// `parse-node`, 192 after it, 144 since `parse-mem8`, 128 since
// `parse-tree2`, 104 since `parse-node3`, 88 since `parse-mem4`, 72 since
// `parse-node5`, for ~235 bytes of text): names from the grammar are interned
// (4 bytes each), the path is a compact string (16 bytes, 15 inline), the
// marker a short one (8 bytes, 7 inline: "a)", "12."), the ordinal and the
// division flag share 8 bytes, the text is a run of the document's buffer
// (one 8-byte word), one span is inline (8 bytes for the span list), the
// children are boxed (8: four tasks in five on a law are leaves), and what
// few tasks fill (target, quoted provisions, notes) shares one box (8).
struct Node {
  CompactString path;  // "2.b.1": ordinals (or positions) from the root
  ShortString marker;  // "b)" as written; empty for an unnumbered paragraph
  InternedName style;  // grammar style id ("vi-letter-paren"), empty if unnumbered
  // Its level of legislation in language-neutral words ("article",
  // "chapter", … from the grammar's style); empty for other tasks.
  InternedName level;
  // Value in its sequence (b → 2, "Thứ ba" → 3). `division` lives in its
  // tail padding (see OptionalInt).
  [[no_unique_address]] OptionalInt ordinal;
  // A division of legislation: part, chapter, section or article (a style
  // ranked at or above the grammar's articles), or an attached text's title.
  bool division = false;
  // A run of the parsed text's one buffer where the text is one (most tasks),
  // else its own (see SharedText); read as a string_view.
  SharedText text;
  LineSpans spans;  // own text only; several when a page break interrupts it
  // Null for a leaf, else one block of count, capacity and the nodes; read
  // and changed as a vector, viewed as a `std::span<const Node>` by the
  // functions that take the top-level `tasks` and a child list alike.
  VectorBox<Node> children;

  // An amending provision: what it changes, and the provisions it quotes
  // (the new text, with its own small tree). Quoted nodes are not tasks of
  // this document; their lines belong to them, not to `children`.
  const std::optional<AmendmentTarget>& target() const {
    return rare_ ? rare_->target : Empty<std::optional<AmendmentTarget>>();
  }
  const std::vector<Node>& quoted() const {
    return rare_ ? rare_->quoted : Empty<std::vector<Node>>();
  }
  // Portal notes on this provision ("[Khoản này được hướng dẫn bởi …]"),
  // taken out of `text`: on its own lines, or on the line after them when
  // the note stood alone on its line.
  const std::vector<Note>& notes() const {
    return rare_ ? rare_->notes : Empty<std::vector<Note>>();
  }
  // The same, to change in place: these make the box when there is none
  // (ask them only of a node that has one or is to get one).
  std::optional<AmendmentTarget>& mutable_target() { return Rare().target; }
  std::vector<Node>& mutable_quoted() { return Rare().quoted; }
  std::vector<Note>& mutable_notes() { return Rare().notes; }

  LineSpan lines() const;  // first..last of `spans` (zeros when empty)

 private:
  template <typename T>
  static const T& Empty() {
    static const T empty;
    return empty;
  }
  AmendmentAndNotes& Rare() {
    if (!rare_) rare_.emplace();
    return *rare_;
  }

  OptionalBox<AmendmentAndNotes> rare_;  // null while the node has none of the three
};
static_assert(sizeof(void*) != 8 || sizeof(Node) == 72,
              "a Node's size is measured: see DESIGN, lean parse path");

// What a Diagnostic reports. Each kind has a stable name, the one the JSON, the outline, Akoma
// Ntoso and the CLI print: a consumer filters on it, so a name never changes.
enum class DiagnosticKind {
  kGap,       // "gap": a number skipped in a numbered sequence
  kRepeat,    // "repeat": a number given twice
  kRepaired,  // "repaired": a marker read through damage (OCR, broken spaces, Roman digits)
  kUnplaced,  // "unplaced": a marker that continues nothing
  kDepth,     // "depth": nesting deeper than ParseOptions::max_depth
  kReader,    // "reader": what the reader could not keep or had to guess (SourceInfo)
};
// The stable name: "gap", "repeat", …
const char* DiagnosticKindName(DiagnosticKind kind);
// The kind named `name`, or nullopt for a name no kind has.
std::optional<DiagnosticKind> DiagnosticKindFromName(std::string_view name);

// A recoverable oddity found while reading or parsing, reported and never
// silently repaired: a gap or a repeat in a numbered sequence, a marker read
// through OCR damage, a marker that continues nothing, a page left out.
struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::kGap;
  int line = 0;          // 1-based source line (0: none, as for a reader's)
  std::string message;   // one sentence for a person
  std::string expected;  // e.g. "2." (empty when nothing in particular was expected)
  std::string found;     // e.g. "3."
};

// A reader's warning (kind `reader`, no line): what the reader could not keep.
inline Diagnostic ReaderWarning(std::string message) {
  return Diagnostic{DiagnosticKind::kReader, 0, std::move(message), "", ""};
}

// How the document was read (congvan/reader.h): the format and encoding of
// its bytes, where each extracted line came from, what the reader could not
// keep. Line numbers everywhere else are lines of the extracted text.
struct SourceInfo {
  std::string format = "text";
  std::string encoding = "utf-8";
  std::vector<OriginRun> origins;
  std::vector<Diagnostic> warnings;  // the reader's (ExtractedText::warnings)
};

struct Document {
  std::string source;  // path or label
  SourceInfo source_info;
  Language language = Language::kVietnamese;
  Metadata meta;
  std::vector<Block> blocks;            // in source order
  std::vector<Node> tasks;              // top-level tasks
  std::vector<Diagnostic> diagnostics;  // in source line order
  int line_count = 0;                   // physical lines in the source
  std::vector<int> blank_lines;         // 1-based numbers of blank source lines

  // Total number of task nodes at every depth.
  int TaskCount() const;
};

// Calls fn(node, depth, parent_or_null) for every task in document order.
template <typename Fn>
void ForEachTask(std::span<const Node> nodes, Fn&& fn, int depth = 0,
                 const Node* parent = nullptr) {
  for (const Node& n : nodes) {
    fn(n, depth, parent);
    ForEachTask(n.children, fn, depth + 1, &n);
  }
}

// Returns an empty string when every non-blank line 1..line_count is covered
// exactly once by a block or a task span; otherwise a description of the first
// line that is missing or covered twice.
std::string CheckLossless(const Document& doc);

}  // namespace congvan

#endif  // CONGVAN_DOCUMENT_H_
