// The parse pipeline: decode → lines → line roles → paragraphs → task tree →
// blocks → metadata. Each stage is its own file; this one wires them and
// turns the per-line and per-paragraph roles into Document::blocks.
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar_dir.h"
#include "congvan/parse.h"
#include "grammar/language_detection.h"
#include "parse/bold_run_pieces.h"
#include "parse/footnote_marks.h"
#include "parse/glued_bold_openers.h"
#include "parse/glued_clauses.h"
#include "parse/glued_codified_headings.h"
#include "parse/glued_division_words.h"
#include "parse/glued_subpoints.h"
#include "parse/line_cuts.h"
#include "parse/parse_internal.h"
#include "parse/portal_notes.h"
#include "read/akn_reader.h"
#include "read/file_bytes.h"
#include "read/read_owned.h"
#include "read/sniff.h"
#include "text/decode.h"
#include "text/syllables.h"

namespace congvan {
namespace {

// Grammars are immutable once loaded; keep one per file for the process.
Result<std::shared_ptr<const Grammar>> CachedGrammar(const std::string& dir, Language lang) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Grammar>> cache;
  auto root = ResolveGrammarDir(dir);
  if (!root.ok()) return root.status();
  std::string key = *root + "/" + LanguageCode(lang);
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  auto loaded = Grammar::LoadForLanguage(*root, lang);
  if (!loaded.ok()) return loaded.status();
  cache[key] = loaded.value();
  return loaded.value();
}

// What the blocks read of the lines, kept when the line records go (before
// the paragraphs' texts are copied and the task tree is built): each line
// with a role, and each run of body lines with no blank line inside as one
// entry (a law is almost all body text). Role lines' texts are copied, in
// order, into one string (`text_size` bytes each).
struct BlockLine {
  int first = 0;  // line numbers; a role line has first == last
  int last = 0;
  std::optional<BlockRole> role;  // none: a run of body lines
  uint32_t text_size = 0;         // a role line's text, next in the kept texts
  bool continues_run = false;
};

// The block lines of `lines`, their role lines' texts appended to `kept`.
std::vector<BlockLine> KeepBlockLines(const std::vector<parse::SourceLine>& lines,
                                      std::string& kept) {
  std::vector<BlockLine> out;
  size_t size = 0;
  for (const parse::SourceLine& line : lines) {
    if (line.role) size += line.text.size();
  }
  kept.reserve(size);
  bool in_run = false;  // the last entry is a body run the next body line extends
  for (const parse::SourceLine& line : lines) {
    if (line.blank) {
      in_run = false;
      continue;
    }
    if (!line.role && in_run) {
      out.back().last = line.number;
      continue;
    }
    BlockLine entry;
    entry.first = entry.last = line.number;
    entry.role = line.role;
    entry.continues_run = line.continues_run;
    if (line.role) {
      kept.append(line.text);
      entry.text_size = static_cast<uint32_t>(line.text.size());
    }
    out.push_back(entry);
    in_run = !line.role;
  }
  out.shrink_to_fit();
  return out;
}

// Consecutive role lines of one role form one block; blank lines do not
// separate them, anything else does. Paragraph roles (preamble, closing, ...)
// each form their own block. The role paragraphs' spans are kept sorted and
// read with a cursor, as the lines come in order: a pointer per line (8 bytes
// a line, 3.2 MB on a 100 MB law) was alive beside every task node.
// REQUIRES: paragraphs are not used afterwards (their texts move into blocks).
class BlockAssembler {
 public:
  explicit BlockAssembler(parse::Paragraphs& paragraphs) {
    for (parse::Paragraph& p : paragraphs) {
      if (!p.role) continue;
      for (const LineSpan& s : p.spans) {
        if (s.first <= s.last) owned_.push_back({s, &p});
      }
    }
    // A line belongs to one paragraph, or to the parts of one cut (in their
    // order, which the stable sort keeps): the spans do not overlap otherwise.
    std::stable_sort(owned_.begin(), owned_.end(), [](const OwnedSpan& a, const OwnedSpan& b) {
      return a.span.first < b.span.first;
    });
  }

  std::vector<Block> Run(const std::vector<BlockLine>& lines, std::string_view texts) {
    size_t at = 0;  // the next role line's text in `texts`
    for (const BlockLine& entry : lines) {
      std::string_view text = texts.substr(at, entry.text_size);
      at += entry.text_size;
      for (int number = entry.first; number <= entry.last; ++number) {
        Take(number, entry.role, entry.continues_run, text);
      }
    }
    return std::move(blocks_);
  }

 private:
  // The non-blank line `number`: a paragraph's (emitted at its first line),
  // task text, or a role line (`role`, `text`).
  void Take(int number, const std::optional<BlockRole>& role, bool continues_run,
            std::string_view text) {
    parse::Paragraph* paragraph = OwnerOf(number);
    if (paragraph != nullptr) {
      TakeParagraph(paragraph);
      // A line cut in two (line_cuts.h) may hold a second role paragraph.
      for (size_t k = next_owned_ + 1; k < owned_.size() && owned_[k].span.first <= number; ++k) {
        if (owned_[k].span.last >= number) TakeParagraph(owned_[k].paragraph);
      }
      return;
    }
    last_paragraph_ = nullptr;
    if (!role) {  // task text
      open_ = false;
      return;
    }
    if (open_ && blocks_.back().role == *role) {
      // The rest of a bold or italic run ("**CHÍNH" / "PHỦ**") goes on the
      // same logical line. Blank lines in between belong to no one; the
      // span extends across them.
      blocks_.back().text += continues_run ? ' ' : '\n';
      blocks_.back().text += text;
      blocks_.back().spans.back().last = number;
    } else {
      Block b;
      b.role = *role;
      b.text = std::string(text);
      b.spans.push_back({number, number});
      blocks_.push_back(std::move(b));
      open_ = true;
    }
  }

  void TakeParagraph(parse::Paragraph* paragraph) {
    open_ = false;
    // A paragraph joined across page furniture has several spans: it is
    // emitted once, at its first line.
    if (!emitted_.insert(paragraph).second || paragraph == last_paragraph_) return;
    // A signature block or a closing may run over several paragraphs;
    // each preamble paragraph stays a block of its own.
    BlockRole role = *paragraph->role;
    bool merges =
        role == BlockRole::kSignature || role == BlockRole::kClosing || role == BlockRole::kAnnex;
    if (merges && last_paragraph_ != nullptr && !blocks_.empty() && blocks_.back().role == role) {
      blocks_.back().text += '\n';
      blocks_.back().text += paragraph->text.view();
      blocks_.back().spans.Append(paragraph->spans);
    } else {
      Block b;
      b.role = role;
      b.text = paragraph->text.str();
      paragraph->text.clear();
      b.spans = paragraph->spans;
      blocks_.push_back(std::move(b));
    }
    last_paragraph_ = paragraph;
  }

  // The role paragraph holding line `number`, or null.
  // REQUIRES: each call's `number` is larger than the last call's (Run).
  parse::Paragraph* OwnerOf(int number) {
    while (next_owned_ < owned_.size() && owned_[next_owned_].span.last < number) ++next_owned_;
    if (next_owned_ < owned_.size() && owned_[next_owned_].span.first <= number)
      return owned_[next_owned_].paragraph;
    return nullptr;
  }

  struct OwnedSpan {
    LineSpan span;
    parse::Paragraph* paragraph;
  };
  std::vector<OwnedSpan> owned_;  // the role paragraphs' spans, by first line
  size_t next_owned_ = 0;         // OwnerOf's cursor: the first span not ending before it
  std::vector<Block> blocks_;
  const parse::Paragraph* last_paragraph_ = nullptr;
  std::set<const parse::Paragraph*> emitted_;
  bool open_ = false;  // the last block may still grow
};

}  // namespace

namespace {

// The languages of the grammar files (<code>.xml) in `root`, in file-name order.
std::vector<Language> GrammarLanguages(const std::string& root) {
  std::vector<std::string> codes;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(root, error)) {
    if (entry.path().extension() == ".xml") codes.push_back(entry.path().stem().string());
  }
  std::sort(codes.begin(), codes.end());
  std::vector<Language> languages;
  for (const std::string& code : codes) {
    if (auto lang = LanguageFromCode(code)) languages.push_back(*lang);  // else not a grammar
  }
  return languages;
}

// Why `root` gave no grammar: it does not exist, is no directory, or holds
// no <code>.xml.
Status NoGrammarsIn(const std::string& root) {
  Location where;
  where.file = root;
  std::error_code error;
  if (!std::filesystem::exists(root, error)) {
    return Status::Error(StatusCode::kNotFound, "no such grammar directory", where);
  }
  if (!std::filesystem::is_directory(root, error)) {
    return Status::Error(StatusCode::kGrammarError,
                         "is not a directory (a grammar directory holds <code>.xml)", where);
  }
  return Status::Error(StatusCode::kGrammarError, "no grammar files (<code>.xml) here", where);
}

using GrammarList = std::vector<std::shared_ptr<const Grammar>>;

// The grammars of `dir` (resolved), each read by `load(root, language)`, kept
// in the caller's `cache` for the process: one list per directory and per
// way of reading (in full, or as detection reads them).
template <typename Load>
Result<GrammarList> GrammarsOfDir(const std::string& dir, std::map<std::string, GrammarList>& cache,
                                  std::mutex& mutex, const Load& load) {
  auto resolved = ResolveGrammarDir(dir);
  if (!resolved.ok()) return resolved.status();
  const std::string& root = *resolved;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(root);
    if (it != cache.end()) return it->second;
  }
  GrammarList grammars;
  for (Language lang : GrammarLanguages(root)) {
    auto g = load(root, lang);
    if (!g.ok()) return g.status();
    grammars.push_back(*g);
  }
  if (grammars.empty()) return NoGrammarsIn(root);
  std::lock_guard<std::mutex> lock(mutex);
  cache[root] = grammars;
  return grammars;
}

// Every grammar of `dir` as language detection reads it: only its language
// and <detect> (grammar_internal::LoadForDetection). Detection asks every
// grammar, the parse needs only the one detected, and reading a whole grammar
// costs 8.5 M instructions (English) to 15.4 M (Vietnamese): a Vietnamese
// text no longer loads the English grammar. A grammar file broken outside
// those parts is reported when its language is detected (or forced), not
// for every text.
Result<GrammarList> DetectionGrammars(const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::string, GrammarList> cache;
  return GrammarsOfDir(dir, cache, mutex, [](const std::string& root, Language lang) {
    return grammar_internal::LoadForDetection(root + "/" + LanguageCode(lang) + ".xml");
  });
}

}  // namespace

Result<std::vector<std::shared_ptr<const Grammar>>> AllGrammars(const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::string, GrammarList> cache;
  return GrammarsOfDir(dir, cache, mutex, [](const std::string& root, Language lang) {
    return CachedGrammar(root, lang);
  });
}

// The languages need only each grammar's <grammar language> (read as
// detection reads it): `--lang vi` no longer reads the other grammars in
// full (a 4.8 KB text: 154.2 → 147.1 M instructions).
Result<std::vector<Language>> AvailableLanguages(const std::string& grammar_dir) {
  auto grammars = DetectionGrammars(grammar_dir);
  if (!grammars.ok()) return grammars.status();
  std::vector<Language> out;
  for (const auto& g : *grammars) out.push_back(g->language());
  return out;
}

namespace {

// The grammar that scores best on `text` (null when none scores above 0).
const Grammar* BestScoring(std::string_view text, const std::vector<const Grammar*>& asked) {
  const std::vector<double> scores = grammar_internal::DetectionScores(text, asked);
  const Grammar* best = nullptr;
  double best_score = 0;
  for (size_t k = 0; k < asked.size(); ++k) {
    if (scores[k] > best_score) {
      best = asked[k];
      best_score = scores[k];
    }
  }
  return best;
}

}  // namespace

// The text's opening decides (DetectionOpening: its letterhead, title and
// first provisions); the whole sample only when the opening has nothing a
// grammar knows. A portal's copy of a translation follows a short English
// body with a longer tail in the portal's own Vietnamese (login notices,
// related texts), which outweighed the body over the whole text.
Result<Language> DetectLanguage(std::string_view text, const std::string& grammar_dir) {
  auto grammars = DetectionGrammars(grammar_dir);
  if (!grammars.ok()) return grammars.status();
  std::vector<const Grammar*> asked;
  for (const auto& g : *grammars) asked.push_back(g.get());
  const std::string_view opening = grammar_internal::DetectionOpening(text);
  const Grammar* best = BestScoring(opening, asked);
  if (best == nullptr && opening.size() < text.size()) best = BestScoring(text, asked);
  if (best == nullptr) {
    for (const auto& g : *grammars) {
      if (g->detection_fallback()) best = g.get();
    }
  }
  return best != nullptr ? best->language() : grammars->front()->language();
}

namespace {

Status TooLarge(const std::string& source, std::size_t limit) {
  Location where;
  where.file = source;
  return Status::Error(StatusCode::kLimitExceeded,
                       "input is larger than the limit of " + std::to_string(limit) + " bytes",
                       where);
}

// The pipeline proper, over decoded text it owns. One text is alive at a time:
// when syllable repair makes a new text, the old one is released; note
// stripping compacts the text in its own buffer. The final text
// is the buffer the tasks' texts are runs of: it is never copied.
Result<Document> ParseDecoded(std::string text, const std::string& source_name,
                              const ParseOptions& options) {
  Document doc;
  doc.source = source_name;
  if (options.language) {
    doc.language = *options.language;
  } else {
    auto detected = DetectLanguage(text, options.grammar_dir);
    if (!detected.ok()) return detected.status();
    doc.language = *detected;
  }
  auto grammar = CachedGrammar(options.grammar_dir, doc.language);
  if (!grammar.ok()) return grammar.status();
  const Grammar& g = **grammar;

  // Syllables a PDF extraction broke apart ("ĐIỀ U") are joined first, so
  // every later stage reads whole words; line numbers do not change.
  text::SyllableRepairs repairs;
  std::optional<std::string> repaired;
  if (g.syllables() != nullptr)
    repaired = text::RepairBrokenSyllables(text, *g.syllables(), &repairs);
  if (repaired) {
    text.swap(*repaired);
    repaired.reset();  // the text before repair (a move would leave its buffer here)
    doc.diagnostics.push_back({DiagnosticKind::kRepaired, repairs.first_line,
                               std::to_string(repairs.count) +
                                   " word(s) broken by spaces were joined, first '" +
                                   repairs.first_before + "' as '" + repairs.first_after + "'",
                               repairs.first_after, repairs.first_before});
  }
  // A portal's bracketed notes on provisions are taken out of the text first,
  // so that no later stage reads them as text (portal_notes.h).
  std::vector<Note> notes;
  parse::StripPortalNotes(text, g, &notes);  // in place: no second copy
  parse::MoveGluedBoldOpeners(text, g);      // "… **Article" / "2. Title**": in place
  // The final text is the document's buffer: the paragraphs, and the tasks
  // made from them, are runs of it (SharedText), and keep it alive.
  auto buffer = std::make_shared<const std::string>(std::move(text));
  std::vector<parse::SourceLine> lines = parse::SplitLines(*buffer);
  doc.line_count = static_cast<int>(lines.size());
  for (const parse::SourceLine& l : lines) {
    if (l.blank) doc.blank_lines.push_back(l.number);
  }
  parse::ClassifyLines(lines, g, doc.language);
  parse::RestoreBoldRunPieces(lines);  // a bold heading's pieces taken for noise
  parse::Layout layout = parse::DetectLayout(lines);
  parse::Paragraphs paragraphs = parse::BuildParagraphs(lines, layout, g, buffer);
  parse::MoveGluedDivisionWords(paragraphs, g, *buffer);  // "… SỞ HỮU Tiểu mục" / "1. …"
  std::vector<parse::LineCut> cuts;  // places opening inside a line, cut out of it
  parse::FindGluedSubpoints(paragraphs, *buffer, cuts);   // "g) … g.1) Đối với con:"
  parse::FindGluedClauses(paragraphs, g, *buffer, cuts);  // "… tự nhiên. 2. Bảo vật …"
  parse::FindGluedCodifiedHeadings(paragraphs, g, *buffer, cuts);  // "….Điều 8.1.TT.6.4. …"
  parse::CutParagraphs(paragraphs, std::move(cuts), *buffer);
  // The line records go before the paragraphs' markers are matched; the
  // blocks keep what they read of them.
  std::string role_line_texts;
  std::vector<BlockLine> block_lines = KeepBlockLines(lines, role_line_texts);
  std::vector<parse::SourceLine>().swap(lines);
  buffer.reset();  // the paragraphs hold it now (the lines viewed it)
  parse::MatchParagraphMarkers(paragraphs, g);
  doc.tasks = parse::BuildTaskTree(paragraphs, g, options.max_depth, doc.diagnostics);
  doc.blocks = BlockAssembler(paragraphs).Run(block_lines, role_line_texts);
  // The blocks hold the texts of the paragraphs left (those with a role: the
  // tree builder erased the placed ones); nothing reads lines after the blocks
  // either (metadata reads the document), so neither lives through metadata.
  paragraphs = {};
  std::vector<BlockLine>().swap(block_lines);
  std::string().swap(role_line_texts);
  parse::AttachPortalNotes(doc, std::move(notes));
  parse::DetachFootnoteMarks(doc, g);
  doc.meta = parse::ExtractMetadata(doc, g);
  parse::ResolveAmendmentTargets(doc.tasks, g, doc.meta.title);
  return doc;
}

// Reads the bytes with the reader their format needs, then parses the text;
// Akoma Ntoso is read straight into a Document.
Result<Document> ParseRead(std::string bytes, const std::string& source_name,
                           const ParseOptions& options) {
  const std::string& format = options.read.format;
  if (format == "akn" || (format == "auto" && read::SniffFormat(bytes) == read::Sniffed::kAkn)) {
    return read::ReadAkomaNtoso(bytes, source_name, options);
  }
  ReadOptions read = options.read;
  if (read.data_dir.empty()) read.data_dir = options.grammar_dir;
  auto extracted = read::ReadOwned(std::move(bytes), source_name, read);
  if (!extracted.ok()) return extracted.status();
  auto doc = ParseDecoded(std::move(extracted->text), source_name, options);
  if (!doc.ok()) return doc.status();
  SourceInfo& info = doc->source_info;
  info.format = std::move(extracted->format);
  info.encoding = std::move(extracted->encoding);
  info.origins = std::move(extracted->origins);
  info.warnings = std::move(extracted->warnings);
  return doc;
}

}  // namespace

Result<Document> ParseBytes(std::string_view bytes, const std::string& source_name,
                            const ParseOptions& options) {
  if (bytes.size() > options.max_input_bytes) return TooLarge(source_name, options.max_input_bytes);
  return ParseRead(std::string(bytes), source_name, options);
}

Result<Document> ParseFile(const std::string& path, const ParseOptions& options) {
  Location where;
  where.file = path;
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    return Status::Error(StatusCode::kNotFound, "no such file", where);
  }
  if (S_ISDIR(info.st_mode)) {
    return Status::Error(StatusCode::kInvalidInput, "is a directory, not a text file", where);
  }
  if (static_cast<std::uint64_t>(info.st_size) > options.max_input_bytes) {
    return TooLarge(path, options.max_input_bytes);
  }
  auto bytes = read::ReadFileBytes(path, static_cast<size_t>(info.st_size));
  if (!bytes.ok()) return bytes.status();
  return ParseRead(std::move(*bytes), path, options);  // a text file is decoded in the same buffer
}

}  // namespace congvan
