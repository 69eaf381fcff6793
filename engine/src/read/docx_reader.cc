// Word documents (see docx_reader.h).
//
// Approach: congvan's archive module (archive_module.h: libzip, opened on
// the first .docx) unpacks the parts the reader uses from the archive in
// memory (entries larger than kMaxPartBytes are refused: a zip bomb is bad
// input, not work); pugixml reads word/document.xml, word/numbering.xml,
// word/styles.xml and the notes parts. A walk over the body writes a line per paragraph. A
// paragraph's text is its runs' w:t in order (Word splits text into runs anywhere, so runs are
// joined without spaces), w:tab as a space, w:br and w:cr as line breaks; field instructions are
// skipped and field results kept; inserted text (w:ins, w:moveTo) is kept and deleted text (w:del,
// w:moveFrom, its w:delText) dropped when changes are accepted, the other way round when they are
// rejected. Numbering comes from the paragraph's w:numPr or, through w:basedOn, its style's
// (docx_numbering.h renders the label).
#include "read/docx_reader.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "read/archive_module.h"
#include "read/archive_module_loader.h"
#include "read/docx_numbering.h"
#include "read/read_error.h"
#include "text/decode.h"

namespace congvan::read {
namespace {

constexpr std::uint64_t kMaxPartBytes = 256ull << 20;
constexpr size_t kWarningExcerpt = 60;

// The parts the reader looks at: the body, numbering, styles, notes, and
// the page headers and footers it names in a warning.
bool IsReadPart(std::string_view name) {
  return name == "word/document.xml" || name == "word/numbering.xml" || name == "word/styles.xml" ||
         name == "word/footnotes.xml" || name == "word/endnotes.xml" ||
         name.rfind("word/header", 0) == 0 || name.rfind("word/footer", 0) == 0;
}

// A ZIP archive opened from memory: its entries' names, and the bytes of
// those IsReadPart wants, unpacked by the archive module.
class Zip {
 public:
  static Result<std::unique_ptr<Zip>> Open(std::string_view bytes, const std::string& source) {
    auto module = LoadArchiveModule("reading a .docx");
    if (!module.ok()) return ReadError(source, module.status().message(), module.status().code());
    auto zip = std::unique_ptr<Zip>(new Zip());
    std::string why;
    if (!(*module)->unzip(bytes, &IsReadPart, kMaxPartBytes, zip->entries_, why)) {
      return ReadError(source, why.empty() ? "not a valid .docx (cannot read the ZIP archive)"
                                           : "not a valid .docx (ZIP archive: " + why + ")");
    }
    return zip;
  }

  // The entry's bytes, moved out (each part is read once); nullopt when the
  // archive has no such entry.
  Result<std::optional<std::string>> Take(const std::string& name, const std::string& source) {
    auto entry = std::find_if(entries_.begin(), entries_.end(),
                              [&](const ZipEntry& e) { return e.name == name; });
    if (entry == entries_.end()) return std::optional<std::string>();
    switch (entry->state) {
      case ZipEntryState::kRead:
        return std::optional<std::string>(std::move(entry->bytes));
      case ZipEntryState::kTooLarge:
        return ReadError(source, name + " is larger than 256 MB unpacked");
      case ZipEntryState::kCannotOpen:
        return ReadError(source, "not a valid .docx (cannot open " + name + ", encrypted?)");
      case ZipEntryState::kDamaged:
        return ReadError(source, "not a valid .docx (" + name + " is damaged)");
      case ZipEntryState::kNoSize:
      case ZipEntryState::kSkipped:  // a part IsReadPart does not want: a bug here
        break;
    }
    return ReadError(source, "not a valid .docx (cannot read " + name + ")");
  }

  std::vector<std::string> Names() const {
    std::vector<std::string> out;
    for (const ZipEntry& entry : entries_) out.push_back(entry.name);
    return out;
  }

 private:
  Zip() = default;
  std::vector<ZipEntry> entries_;
};

// A part as an XML document; an absent part is an empty document.
Result<std::unique_ptr<pugi::xml_document>> ReadPart(Zip& zip, const std::string& name,
                                                     const std::string& source) {
  auto doc = std::make_unique<pugi::xml_document>();
  auto bytes = zip.Take(name, source);
  if (!bytes.ok()) return bytes.status();
  if (!bytes->has_value()) return doc;
  // parse_ws_pcdata_single: a run whose text is only a space (<w:t xml:space="preserve"> </w:t>,
  // as Word writes the space between two differently formatted words) keeps it.
  pugi::xml_parse_result parsed = doc->load_buffer(
      (*bytes)->data(), (*bytes)->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed)
    return ReadError(source, "not a valid .docx (" + name + ": " + parsed.description() + ")");
  return doc;
}

// Paragraph styles: a style's numbering, or its base style's.
class Styles {
 public:
  explicit Styles(const pugi::xml_node& styles) {
    for (pugi::xml_node s : styles.children("w:style")) {
      Entry& e = entries_[s.attribute("w:styleId").as_string()];
      e.based_on = s.child("w:basedOn").attribute("w:val").as_string();
      if (pugi::xml_node num = s.child("w:pPr").child("w:numPr")) {
        e.num_id = num.child("w:numId").attribute("w:val").as_int(-1);
        e.level = num.child("w:ilvl").attribute("w:val").as_int(0);
      }
    }
  }
  std::optional<NumberingRef> NumberingOf(std::string id) const {
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) {  // basedOn chains are short
      auto it = entries_.find(id);
      if (it == entries_.end()) return std::nullopt;
      if (it->second.num_id >= 0) return NumberingRef{it->second.num_id, it->second.level};
      id = it->second.based_on;
    }
    return std::nullopt;
  }

 private:
  struct Entry {
    std::string based_on;
    int num_id = -1;
    int level = 0;
  };
  std::map<std::string, Entry> entries_;
};

// Footnotes or endnotes by id, as one line of text each.
std::map<int, std::string> ReadNotes(const pugi::xml_node& root, const char* tag);

// Writes the body's text.
class DocxText {
 public:
  DocxText(DocxNumbering& numbering, const Styles& styles, bool accept)
      : numbering_(numbering), styles_(styles), accept_(accept) {}

  void Body(const pugi::xml_node& body) {
    for (pugi::xml_node n : body.children()) Block(n);
  }

  // Notes referenced in the body, in the order of their first reference.
  void Notes(const std::map<int, std::string>& footnotes,
             const std::map<int, std::string>& endnotes) {
    bool first = true;
    for (const auto& [kind, id, number] : cited_) {
      const auto& notes = kind == 'f' ? footnotes : endnotes;
      auto it = notes.find(id);
      if (it == notes.end() || it->second.empty()) continue;
      if (first) Emit("", "footnote");
      first = false;
      Emit("[" + std::to_string(number) + "] " + it->second, kind == 'f' ? "footnote" : "endnote");
    }
  }

  ExtractedText Take() {
    ExtractedText out;
    out.text = std::move(text_);
    out.origins = std::move(origins_);
    return out;
  }

  // The text of one paragraph's runs (used for notes too).
  std::string Runs(const pugi::xml_node& p) {
    std::string out;
    Inline(p, out);
    return out;
  }

 private:
  void Block(const pugi::xml_node& n) {
    std::string name = n.name();
    if (name == "w:p") {
      Paragraph(n);
    } else if (name == "w:tbl") {
      Table(n);
    } else if (name == "w:sdt") {
      for (pugi::xml_node c : n.child("w:sdtContent").children()) Block(c);
    } else if (name == "w:customXml" || (name == "w:ins" && accept_) ||
               (name == "w:del" && !accept_)) {
      for (pugi::xml_node c : n.children()) Block(c);
    }
  }

  void Paragraph(const pugi::xml_node& p) {
    ++paragraph_;
    std::optional<NumberingRef> ref = NumberingOf(p.child("w:pPr"));
    std::string label;
    if (ref) label = numbering_.Label(*ref).value_or("");
    std::string text = Runs(p);
    std::vector<pugi::xml_node> boxes = std::move(text_boxes_);
    text_boxes_.clear();
    struct WriteBoxes {  // a text box's paragraphs follow the paragraph that anchors it
      DocxText* self;
      std::vector<pugi::xml_node>* boxes;
      ~WriteBoxes() {
        for (const pugi::xml_node& box : *boxes) {
          for (pugi::xml_node c : box.children()) self->Block(c);
        }
      }
    } write_boxes{this, &boxes};
    if (text.find_first_not_of(" \t") == std::string::npos) return;  // Word draws no text either
    std::string line = label + text;
    size_t start = 0;
    for (size_t nl = line.find('\n');; nl = line.find('\n', start)) {  // w:br inside the paragraph
      Emit(line.substr(start, nl == std::string::npos ? std::string::npos : nl - start), element_);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }

  std::optional<NumberingRef> NumberingOf(const pugi::xml_node& ppr) const {
    if (pugi::xml_node num = ppr.child("w:numPr")) {
      NumberingRef ref;
      ref.num_id = num.child("w:numId").attribute("w:val").as_int(0);
      std::optional<NumberingRef> styled =
          styles_.NumberingOf(ppr.child("w:pStyle").attribute("w:val").as_string());
      ref.level = num.child("w:ilvl") ? num.child("w:ilvl").attribute("w:val").as_int(0)
                                      : (styled ? styled->level : 0);
      if (!num.child("w:numId") && styled) ref.num_id = styled->num_id;
      return ref;
    }
    return styles_.NumberingOf(ppr.child("w:pStyle").attribute("w:val").as_string());
  }

  // Inline content, in document order.
  void Inline(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node n : node.children()) {
      std::string name = n.name();
      if (name == "w:r") {
        Run(n, out);
      } else if (name == "w:del" || name == "w:moveFrom") {
        if (!accept_) Inline(n, out);
      } else if (name == "w:ins" || name == "w:moveTo") {
        if (accept_) Inline(n, out);
      } else if (name == "w:hyperlink" || name == "w:smartTag" || name == "w:fldSimple" ||
                 name == "w:customXml" || name == "w:sdtContent" || name == "w:sdt" ||
                 name == "w:bdo" || name == "w:dir") {
        Inline(n, out);
      }
    }
  }

  void Run(const pugi::xml_node& r, std::string& out) {
    for (pugi::xml_node c : r.children()) {
      std::string name = c.name();
      if (name == "w:fldChar") {  // begin, instruction, separate, result, end
        std::string type = c.attribute("w:fldCharType").as_string();
        if (type == "begin") fields_.push_back(true);
        if (type == "separate" && !fields_.empty()) fields_.back() = false;
        if (type == "end" && !fields_.empty()) fields_.pop_back();
        continue;
      }
      if (InInstruction()) continue;  // a field's instruction, not its result
      if (name == "w:instrText") continue;
      if (name == "w:t") {
        out += c.text().get();
      } else if (name == "w:delText") {
        if (!accept_) out += c.text().get();
      } else if (name == "w:tab" || name == "w:ptab") {
        out.push_back(' ');
      } else if (name == "w:br" || name == "w:cr") {
        out.push_back('\n');
      } else if (name == "w:noBreakHyphen") {
        out.push_back('-');
      } else if (name == "w:drawing" || name == "w:pict" || name == "mc:AlternateContent") {
        CollectTextBoxes(c);  // written after the paragraph
      } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
        out += "[" +
               std::to_string(
                   Cite(name == "w:footnoteReference" ? 'f' : 'e', c.attribute("w:id").as_int())) +
               "]";
      }
    }
  }

  bool InInstruction() const {
    for (bool instruction : fields_) {
      if (instruction) return true;
    }
    return false;
  }

  // Text boxes (w:txbxContent) inside a drawing; of an mc:AlternateContent
  // only the first choice, as its fallback repeats the same text.
  void CollectTextBoxes(const pugi::xml_node& n) {
    if (std::string(n.name()) == "w:txbxContent") {
      text_boxes_.push_back(n);
      return;
    }
    if (std::string(n.name()) == "mc:AlternateContent") {
      if (pugi::xml_node choice = n.child("mc:Choice")) CollectTextBoxes(choice);
      return;
    }
    for (pugi::xml_node c : n.children()) CollectTextBoxes(c);
  }

  int Cite(char kind, int id) {
    for (const auto& [k, i, number] : cited_) {
      if (k == kind && i == id) return number;
    }
    int number = 1;
    for (const auto& c : cited_) number += std::get<0>(c) == kind ? 1 : 0;
    cited_.emplace_back(kind, id, number);
    return number;
  }

  // A table: each cell's paragraphs after a "|" line, and a "|" to close.
  void Table(const pugi::xml_node& tbl) {
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      for (pugi::xml_node tc : tr.children("w:tc")) {
        Separator();
        std::string saved = element_;
        element_ = "td";
        for (pugi::xml_node c : tc.children()) Block(c);
        element_ = saved;
      }
    }
    Separator();
  }

  void Separator() {
    if (!last_line_.empty() && last_line_ == "|") return;
    Emit("|", "table");
  }

  void Emit(const std::string& line, const std::string& element) {
    text_ += line;
    text_.push_back('\n');
    last_line_ = line;
    ++line_;
    SourceOrigin origin{0, paragraph_, element};
    if (!origins_.empty() && origins_.back().origin.paragraph == origin.paragraph &&
        origins_.back().origin.element == origin.element) {
      origins_.back().last_line = line_;
    } else {
      origins_.push_back({line_, line_, origin});
    }
  }

  DocxNumbering& numbering_;
  const Styles& styles_;
  bool accept_;
  std::string text_;
  std::string last_line_;
  std::vector<OriginRun> origins_;
  std::string element_ = "p";
  int paragraph_ = 0;
  int line_ = 0;
  std::vector<bool> fields_;                       // open fields: true while in the instruction
  std::vector<pugi::xml_node> text_boxes_;         // of the paragraph being read
  std::vector<std::tuple<char, int, int>> cited_;  // kind, id, number
};

std::map<int, std::string> ReadNotes(const pugi::xml_node& root, const char* tag) {
  std::map<int, std::string> out;
  DocxNumbering none{pugi::xml_node()};
  Styles no_styles{pugi::xml_node()};
  for (pugi::xml_node note : root.children(tag)) {
    std::string type = note.attribute("w:type").as_string();
    if (!type.empty() && type != "normal") continue;  // separators
    DocxText writer(none, no_styles, true);
    std::string text;
    for (pugi::xml_node p : note.children("w:p")) {
      std::string part = writer.Runs(p);
      for (char& c : part) c = c == '\n' ? ' ' : c;
      if (part.find_first_not_of(' ') == std::string::npos) continue;
      text += (text.empty() ? "" : " ") + part.substr(part.find_first_not_of(' '));
    }
    out[note.attribute("w:id").as_int()] = text;
  }
  return out;
}

// Page headers and footers: page furniture, named in a warning.
void WarnHeadersFooters(Zip& zip, const std::string& source, ExtractedText& out) {
  for (const std::string& name : zip.Names()) {
    bool header = name.rfind("word/header", 0) == 0, footer = name.rfind("word/footer", 0) == 0;
    if (!header && !footer) continue;
    auto part = ReadPart(zip, name, source);
    if (!part.ok()) continue;
    std::string text;
    for (pugi::xpath_node t : (*part)->select_nodes("//w:t")) text += t.node().text().get();
    if (text.find_first_not_of(' ') == std::string::npos) continue;
    if (text.size() > kWarningExcerpt) text = text.substr(0, kWarningExcerpt) + "…";
    out.warnings.push_back(ReaderWarning(std::string("page ") + (header ? "header" : "footer") +
                                         " left out (page furniture): " + text));
  }
}

}  // namespace

Result<ExtractedText> ReadDocx(std::string_view bytes, const std::string& source,
                               const ReadOptions& options) {
  auto zip = Zip::Open(bytes, source);
  if (!zip.ok()) return zip.status();
  auto document = ReadPart(**zip, "word/document.xml", source);
  if (!document.ok()) return document.status();
  pugi::xml_node body = (*document)->child("w:document").child("w:body");
  if (!body)
    return ReadError(source, "not a Word document: the .docx has no word/document.xml body");
  auto numbering_part = ReadPart(**zip, "word/numbering.xml", source);
  auto styles_part = ReadPart(**zip, "word/styles.xml", source);
  auto footnotes_part = ReadPart(**zip, "word/footnotes.xml", source);
  auto endnotes_part = ReadPart(**zip, "word/endnotes.xml", source);
  for (const auto* part : {&numbering_part, &styles_part, &footnotes_part, &endnotes_part}) {
    if (!part->ok()) return part->status();
  }
  DocxNumbering numbering((*numbering_part)->child("w:numbering"));
  Styles styles((*styles_part)->child("w:styles"));
  DocxText writer(numbering, styles, options.accept_tracked_changes);
  writer.Body(body);
  writer.Notes(ReadNotes((*footnotes_part)->child("w:footnotes"), "w:footnote"),
               ReadNotes((*endnotes_part)->child("w:endnotes"), "w:endnote"));
  ExtractedText out = writer.Take();
  out.format = "docx";
  out.encoding = "utf-8";
  WarnHeadersFooters(**zip, source, out);
  auto text = text::DecodeOwned(std::move(out.text), source);  // NFC, spaces, "no text" check
  if (!text.ok()) {
    return ReadError(source, text.status().message() == "empty file"
                                 ? "the Word document holds no text"
                                 : text.status().message());
  }
  out.text = std::move(text.value());
  return out;
}

}  // namespace congvan::read
