// The diff as a Word document with tracked changes (congvan/diff_docx.h).
//
// Approach: diff/tracked_plan.cc decides what each paragraph is (kept,
// reworded, inserted, deleted, moved from, moved to); this file only spells
// that in WordprocessingML with pugixml and packs the parts with libzip
// (io/docx_package.h). Per paragraph:
//   - kept text is a plain run; a reworded paragraph is plain runs for its
//     equal words, w:del (w:delText) for deleted and w:ins for inserted ones;
//   - an inserted or deleted paragraph has all its text in one w:ins / w:del
//     and its paragraph mark marked the same way (w:pPr/w:rPr/w:ins|w:del),
//     so that accepting or rejecting removes the paragraph, not just its text;
//   - a move is two paragraphs sharing a name: the old place wrapped in
//     w:moveFromRangeStart/End (body level, around the paragraph) with its
//     text in w:moveFrom and its mark moved-from; the new place likewise with
//     w:moveTo, where words the task gained are w:ins inside the move.
// Every revision carries w:id (one counter for the whole document, as the
// standard wants ids unique across annotations), w:author and w:date.
// Numbering stays typed text ("Điều 5.", "a)"), so it survives any reader.
#include "congvan/diff_docx.h"

#include <cstdio>
#include <ctime>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "io/docx_package.h"
#include "io/tracked_plan.h"

namespace congvan {
namespace {

using io::ParagraphLook;
using io::TrackedOp;
using io::TrackedParagraph;

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kDocumentType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr int kIndentPerDepth = 425;  // twips (0.75 cm) per task level

// The run date as Word writes it, and as a time for the ZIP entries.
struct RevisionDate {
  std::string iso;
  std::time_t time = 0;
};

// Accepts "YYYY-MM-DDThh:mm:ss" with an optional fraction and "Z" or
// "±hh:mm"; empty means now (UTC).
Result<RevisionDate> ParseDate(const std::string& text) {
  std::tm tm{};
  if (text.empty()) {
    std::time_t now = std::time(nullptr);
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return RevisionDate{buffer, now};
  }
  int consumed = 0;
  bool parsed = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon,
                            &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &consumed) == 6 &&
                consumed == 19;
  std::string rest = parsed ? text.substr(19) : "";
  if (!rest.empty() && rest[0] == '.') rest.erase(0, rest.find_first_not_of("0123456789", 1));
  bool zone = rest.empty() || rest == "Z" ||
              (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':');
  if (!parsed || !zone || tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
      tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60) {
    return Status::Error(
        StatusCode::kInvalidArgument,
        "date '" + text + "' is not ISO 8601 with a time (e.g. 2025-03-01T09:30:00Z)");
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return RevisionDate{text, timegm(&tm)};
}

std::string XmlString(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_document NewXml() {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  return doc;
}

// Writes the body: one w:p per planned paragraph.
class BodyWriter {
 public:
  BodyWriter(pugi::xml_node body, const DiffDocxOptions& options, const RevisionDate& date)
      : body_(body), author_(options.author), date_(date.iso) {}

  void Write(const std::vector<TrackedParagraph>& plan) {
    for (const TrackedParagraph& p : plan) Paragraph(p);
    // Word cannot remove the document's last paragraph mark: end on a plain one.
    if (!plan.empty() && plan.back().op != TrackedOp::kEqual &&
        plan.back().op != TrackedOp::kReworded) {
      body_.append_child("w:p");
    }
  }

 private:
  void Paragraph(const TrackedParagraph& p) {
    bool from = p.op == TrackedOp::kMovedFrom, to = p.op == TrackedOp::kMovedTo;
    int range = -1;
    if (from || to) {
      range = next_id_++;
      pugi::xml_node start =
          body_.append_child(from ? "w:moveFromRangeStart" : "w:moveToRangeStart");
      Revision(start, range);
      start.append_attribute("w:name") = ("move" + std::to_string(p.move + 1)).c_str();
    }
    pugi::xml_node para = body_.append_child("w:p");
    Properties(para, p);
    for (const RedlineSegment& s : p.segments) Segment(para, p.op, s);
    if (from || to) {
      body_.append_child(from ? "w:moveFromRangeEnd" : "w:moveToRangeEnd")
          .append_attribute("w:id") = range;
    }
  }

  // Style, indent, and the revision of the paragraph mark.
  void Properties(pugi::xml_node para, const TrackedParagraph& p) {
    pugi::xml_node ppr = para.append_child("w:pPr");
    if (p.look != ParagraphLook::kBody) {
      ppr.append_child("w:pStyle").append_attribute("w:val") =
          p.look == ParagraphLook::kTitle ? "Title" : "Division";
    }
    if (p.depth > 0)
      ppr.append_child("w:ind").append_attribute("w:left") = p.depth * kIndentPerDepth;
    const char* mark = MarkRevision(p.op);
    if (mark != nullptr) Revision(ppr.append_child("w:rPr").append_child(mark), next_id_++);
  }

  static const char* MarkRevision(TrackedOp op) {
    switch (op) {
      case TrackedOp::kInserted:
        return "w:ins";
      case TrackedOp::kDeleted:
        return "w:del";
      case TrackedOp::kMovedFrom:
        return "w:moveFrom";
      case TrackedOp::kMovedTo:
        return "w:moveTo";
      default:
        return nullptr;
    }
  }

  void Segment(pugi::xml_node para, TrackedOp op, const RedlineSegment& s) {
    pugi::xml_node parent = para;
    const char* text_element = "w:t";
    if (s.op == RedlineOp::kInsert) {
      parent = para.append_child("w:ins");
    } else if (s.op == RedlineOp::kDelete) {
      parent = para.append_child("w:del");
      text_element = "w:delText";
    } else if (op == TrackedOp::kMovedFrom || op == TrackedOp::kMovedTo) {
      parent = para.append_child(op == TrackedOp::kMovedFrom ? "w:moveFrom" : "w:moveTo");
    }
    if (parent != para) Revision(parent, next_id_++);
    pugi::xml_node t = parent.append_child("w:r").append_child(text_element);
    t.append_attribute("xml:space") = "preserve";
    t.text().set(s.text.c_str());
  }

  void Revision(pugi::xml_node node, int id) {
    node.append_attribute("w:id") = id;
    node.append_attribute("w:author") = author_.c_str();
    node.append_attribute("w:date") = date_.c_str();
  }

  pugi::xml_node body_;
  const std::string& author_;
  const std::string& date_;
  int next_id_ = 1;
};

std::string DocumentXml(const std::vector<TrackedParagraph>& plan, const DiffDocxOptions& options,
                        const RevisionDate& date) {
  pugi::xml_document doc = NewXml();
  pugi::xml_node root = doc.append_child("w:document");
  root.append_attribute("xmlns:w") = kWordNamespace;
  pugi::xml_node body = root.append_child("w:body");
  BodyWriter(body, options, date).Write(plan);
  pugi::xml_node section = body.append_child("w:sectPr");
  pugi::xml_node size = section.append_child("w:pgSz");  // A4
  size.append_attribute("w:w") = 11906;
  size.append_attribute("w:h") = 16838;
  pugi::xml_node margins = section.append_child("w:pgMar");
  for (auto [name, twips] : {std::pair<const char*, int>{"w:top", 1134},
                             {"w:right", 1134},
                             {"w:bottom", 1134},
                             {"w:left", 1701},
                             {"w:header", 720},
                             {"w:footer", 720},
                             {"w:gutter", 0}}) {
    margins.append_attribute(name) = twips;
  }
  return XmlString(doc);
}

// Times New Roman 13 pt, as Vietnamese administrative texts are set; the
// language of the new version for spelling; Title and Division styles.
std::string StylesXml(const Language& language) {
  std::string lang = language == Language::kVietnamese ? "vi-VN"
                     : language == Language::kEnglish  ? "en-US"
                                                       : language.code();
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "<w:styles xmlns:w=\"" + kWordNamespace +
         R"("><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val=")" +
         lang +
         R"("/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>)"
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)"
         R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)"
         R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="Division"><w:name w:val="Division"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
         "</w:styles>";
}

// Tracking stays on, so edits a reader makes in Word are tracked too.
std::string SettingsXml() {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         "<w:settings xmlns:w=\"" + kWordNamespace +
         R"("><w:trackRevisions/><w:defaultTabStop w:val="720"/></w:settings>)";
}

std::string CoreXml(const Document& old_doc, const Document& new_doc,
                    const DiffDocxOptions& options, const RevisionDate& date) {
  pugi::xml_document doc = NewXml();
  pugi::xml_node root = doc.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  std::string title = new_doc.meta.title.empty() ? new_doc.source : new_doc.meta.title;
  root.append_child("dc:title").text().set(title.c_str());
  root.append_child("dc:creator").text().set(options.author.c_str());
  std::string description = "Tracked changes turning " + old_doc.source + " into " + new_doc.source;
  root.append_child("dc:description").text().set(description.c_str());
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node when = root.append_child(name);
    when.append_attribute("xsi:type") = "dcterms:W3CDTF";
    when.text().set(date.iso.c_str());
  }
  return XmlString(doc);
}

std::string Relationships(const std::vector<std::pair<std::string, std::string>>& targets) {
  pugi::xml_document doc = NewXml();
  pugi::xml_node root = doc.append_child("Relationships");
  root.append_attribute("xmlns") = kRelationshipNamespace;
  int id = 1;
  for (const auto& [type, target] : targets) {
    pugi::xml_node r = root.append_child("Relationship");
    r.append_attribute("Id") = ("rId" + std::to_string(id++)).c_str();
    r.append_attribute("Type") = type.c_str();
    r.append_attribute("Target") = target.c_str();
  }
  return XmlString(doc);
}

std::string ContentTypes() {
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType=")" +
         wml +
         R"(document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType=")" +
         wml +
         R"(styles+xml"/>)"
         R"(<Override PartName="/word/settings.xml" ContentType=")" +
         wml +
         R"(settings+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
         "</Types>";
}

}  // namespace

Result<std::string> WriteDiffDocx(const Alignment& alignment, const Document& old_doc,
                                  const Document& new_doc, const DiffDocxOptions& options) {
  auto date = ParseDate(options.date);
  if (!date.ok()) return date.status();
  std::vector<TrackedParagraph> plan = io::PlanTrackedChanges(alignment, old_doc, new_doc);
  const std::string office = kDocumentType;
  std::vector<io_internal::PackagePart> parts = {
      {"[Content_Types].xml", ContentTypes()},
      {"_rels/.rels", Relationships({{office + "officeDocument", "word/document.xml"},
                                     {"http://schemas.openxmlformats.org/package/2006/"
                                      "relationships/metadata/core-properties",
                                      "docProps/core.xml"}})},
      {"word/document.xml", DocumentXml(plan, options, *date)},
      {"word/_rels/document.xml.rels",
       Relationships({{office + "styles", "styles.xml"}, {office + "settings", "settings.xml"}})},
      {"word/styles.xml", StylesXml(new_doc.language)},
      {"word/settings.xml", SettingsXml()},
      {"docProps/core.xml", CoreXml(old_doc, new_doc, options, *date)},
  };
  return io_internal::ZipPackage(parts, date->time);
}

}  // namespace congvan
