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
#include "parse/footnote_marks.h"
#include "parse/parse_internal.h"
#include "parse/portal_notes.h"
#include "read/akn_reader.h"
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

// Consecutive role lines of one role form one block; blank lines do not
// separate them, anything else does. Paragraph roles (preamble, closing, ...)
// each form their own block.
// REQUIRES: paragraphs are not used afterwards (their texts move into blocks).
std::vector<Block> AssembleBlocks(const std::vector<parse::SourceLine>& lines,
                                  std::vector<parse::Paragraph>& paragraphs) {
  // What owns each line: a line role, or a paragraph with a role.
  struct Owner {
    parse::Paragraph* paragraph = nullptr;
    std::optional<BlockRole> role;
  };
  std::vector<Owner> owners(lines.size() + 2);
  for (parse::Paragraph& p : paragraphs) {
    if (!p.role) continue;
    for (const LineSpan& s : p.spans) {
      for (int l = s.first; l <= s.last; ++l) owners[static_cast<size_t>(l)].paragraph = &p;
    }
  }
  std::vector<Block> blocks;
  const parse::Paragraph* last_paragraph = nullptr;
  std::set<const parse::Paragraph*> emitted;
  bool open = false;  // the last block may still grow
  for (const parse::SourceLine& line : lines) {
    if (line.blank) continue;
    const Owner& owner = owners[static_cast<size_t>(line.number)];
    if (owner.paragraph != nullptr) {
      // A paragraph joined across page furniture has several spans: it is
      // emitted once, at its first line.
      if (!emitted.insert(owner.paragraph).second) {
        open = false;
        continue;
      }
      if (owner.paragraph != last_paragraph) {
        // A signature block or a closing may run over several paragraphs;
        // each preamble paragraph stays a block of its own.
        BlockRole role = *owner.paragraph->role;
        bool merges = role == BlockRole::kSignature || role == BlockRole::kClosing ||
                      role == BlockRole::kAnnex;
        if (merges && last_paragraph != nullptr && !blocks.empty() && blocks.back().role == role) {
          blocks.back().text += '\n';
          blocks.back().text += owner.paragraph->text;
          for (const LineSpan& s : owner.paragraph->spans) blocks.back().spans.push_back(s);
          last_paragraph = owner.paragraph;
          open = false;
          continue;
        }
        Block b;
        b.role = *owner.paragraph->role;
        b.text = std::move(owner.paragraph->text);
        b.spans = owner.paragraph->spans;
        blocks.push_back(std::move(b));
        last_paragraph = owner.paragraph;
      }
      open = false;
      continue;
    }
    last_paragraph = nullptr;
    if (!line.role) {  // task text
      open = false;
      continue;
    }
    if (open && blocks.back().role == *line.role) {
      // The rest of a bold or italic run ("**CHÍNH" / "PHỦ**") goes on the
      // same logical line.
      blocks.back().text += line.continues_run ? ' ' : '\n';
      blocks.back().text += line.text;
      if (blocks.back().spans.back().last == line.number - 1) {
        blocks.back().spans.back().last = line.number;
      } else {
        // Blank lines in between belong to no one; extend across them.
        blocks.back().spans.back().last = line.number;
      }
    } else {
      Block b;
      b.role = *line.role;
      b.text = std::string(line.text);
      b.spans.push_back({line.number, line.number});
      blocks.push_back(std::move(b));
      open = true;
    }
  }
  return blocks;
}

// Once the paragraphs hold their own texts, the only line texts read again
// are those of lines with a role (AssembleBlocks): they are copied into
// `kept` and their views moved there, the others emptied, so the decoded
// text can be released before the task tree is built (a law is almost all
// body text; its role lines are a letterhead and a signature).
// REQUIRES: `kept` outlives the lines.
void KeepRoleLineTexts(std::vector<parse::SourceLine>& lines, std::string& kept) {
  size_t size = 0;
  for (const parse::SourceLine& line : lines) {
    if (line.role) size += line.text.size();
  }
  kept.reserve(size);  // no reallocation below: the views stay valid
  for (parse::SourceLine& line : lines) {
    if (!line.role) {
      line.text = {};
      continue;
    }
    size_t at = kept.size();
    kept.append(line.text);
    line.text = std::string_view(kept).substr(at, line.text.size());
  }
}

}  // namespace

Result<std::vector<std::shared_ptr<const Grammar>>> AllGrammars(const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<std::shared_ptr<const Grammar>>> cache;
  auto resolved = ResolveGrammarDir(dir);
  if (!resolved.ok()) return resolved.status();
  const std::string& root = *resolved;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(root);
    if (it != cache.end()) return it->second;
  }
  std::vector<std::string> codes;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(root, error)) {
    if (entry.path().extension() == ".xml") codes.push_back(entry.path().stem().string());
  }
  std::sort(codes.begin(), codes.end());
  std::vector<std::shared_ptr<const Grammar>> grammars;
  for (const std::string& code : codes) {
    auto lang = LanguageFromCode(code);
    if (!lang) continue;  // not a language grammar
    auto g = CachedGrammar(root, *lang);
    if (!g.ok()) return g.status();
    grammars.push_back(*g);
  }
  if (grammars.empty()) {
    Location where;
    where.file = root;
    return Status::Error(StatusCode::kGrammarError, "no grammar files (<code>.xml) here", where);
  }
  std::lock_guard<std::mutex> lock(mutex);
  cache[root] = grammars;
  return grammars;
}

Result<std::vector<Language>> AvailableLanguages(const std::string& grammar_dir) {
  auto grammars = AllGrammars(grammar_dir);
  if (!grammars.ok()) return grammars.status();
  std::vector<Language> out;
  for (const auto& g : *grammars) out.push_back(g->language());
  return out;
}

Result<Language> DetectLanguage(std::string_view text, const std::string& grammar_dir) {
  auto grammars = AllGrammars(grammar_dir);
  if (!grammars.ok()) return grammars.status();
  const Grammar* best = nullptr;
  double best_score = 0;
  for (const auto& g : *grammars) {
    double score = g->DetectionScore(text);
    if (score > best_score) {
      best = g.get();
      best_score = score;
    }
  }
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
// when syllable repair or note stripping makes a new text, the old one is
// released, and the line records view whichever is current.
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
  std::optional<std::string> without_notes = parse::StripPortalNotes(text, g, &notes);
  if (without_notes) {
    text.swap(*without_notes);
    without_notes.reset();
  }
  std::vector<parse::SourceLine> lines = parse::SplitLines(text);
  doc.line_count = static_cast<int>(lines.size());
  for (const parse::SourceLine& l : lines) {
    if (l.blank) doc.blank_lines.push_back(l.number);
  }
  parse::ClassifyLines(lines, g, doc.language);
  parse::Layout layout = parse::DetectLayout(lines);
  std::vector<parse::Paragraph> paragraphs = parse::BuildParagraphs(lines, layout, g);
  std::string role_line_texts;
  KeepRoleLineTexts(lines, role_line_texts);
  std::string().swap(text);  // every later stage reads paragraphs and role lines
  parse::MatchParagraphMarkers(paragraphs, g);
  doc.tasks = parse::BuildTaskTree(paragraphs, g, options.max_depth, doc.diagnostics);
  doc.blocks = AssembleBlocks(lines, paragraphs);
  // The blocks hold the texts of the paragraphs left (those with a role: the
  // tree builder erased the placed ones); nothing reads lines after the blocks
  // either (metadata reads the document), so neither lives through metadata.
  std::vector<parse::Paragraph>().swap(paragraphs);
  std::vector<parse::SourceLine>().swap(lines);
  std::string().swap(role_line_texts);
  parse::AttachPortalNotes(doc, std::move(notes));
  parse::DetachFootnoteMarks(doc);
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
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(StatusCode::kIoError, "cannot open file for reading", where);
  std::string bytes;
  bytes.resize(static_cast<size_t>(info.st_size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in && !in.eof()) return Status::Error(StatusCode::kIoError, "read error", where);
  bytes.resize(static_cast<size_t>(in.gcount()));
  in.close();
  return ParseRead(std::move(bytes), path, options);  // a text file is decoded in the same buffer
}

}  // namespace congvan
