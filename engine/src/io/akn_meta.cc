// AKN <meta> (io/akn_meta.h). FRBR URIs follow the AKN naming convention
// (/akn/{country}/{type}/{subtype}/{date}/{number}, the expression adding
// "/{language}@", the manifestation "/!main.xml"), with "nn" where the text
// gives no number or date. FRBRdate is required and must be a date: the
// issue date, else 1 January of the year the text names (name="year"),
// else 0001-01-01 (name="unknown"); the manifestation carries the same date
// so the output depends on the input only. Authors are TLCOrganizations in
// <references>, so their names can hold any character.
#include "io/akn_meta.h"

#include <string>
#include <vector>

#include "io/akn_vocabulary.h"
#include "parse/signer.h"

namespace congvan::akn {
namespace {

constexpr const char* kCongvanId = "congvan";

struct FrbrDate {
  std::string date;
  std::string name;
};

FrbrDate WorkDate(const Metadata& m) {
  if (m.date.size() == 10) return {m.date, "issue"};
  if (m.year && *m.year > 0 && *m.year <= 9999) {
    std::string y = std::to_string(*m.year);
    return {std::string(4 - y.size(), '0') + y + "-01-01", "year"};
  }
  return {"0001-01-01", "unknown"};
}

std::string IssuerId(const Metadata& m) {
  if (m.issuer.empty()) return "unknownIssuer";
  std::string slug = Slug(m.issuer);
  return slug.empty() || slug == kCongvanId ? "issuer" : slug;
}

void AppendValue(pugi::xml_node parent, const char* element, const std::string& value) {
  parent.append_child(element).append_attribute("value") = value.c_str();
}

// FRBRthis, FRBRuri, FRBRdate, FRBRauthor: the sequence every FRBR level opens with.
void AppendCore(pugi::xml_node level, const std::string& this_uri, const std::string& uri,
                const FrbrDate& date, const std::string& author) {
  AppendValue(level, "FRBRthis", this_uri);
  AppendValue(level, "FRBRuri", uri);
  pugi::xml_node d = level.append_child("FRBRdate");
  d.append_attribute("date") = date.date.c_str();
  d.append_attribute("name") = date.name.c_str();
  std::string href = "#";
  href += author;
  level.append_child("FRBRauthor").append_attribute("href") = href.c_str();
}

void AppendIdentification(pugi::xml_node meta, const Document& doc, const std::string& type,
                          const std::string& name) {
  pugi::xml_node id = meta.append_child("identification");
  id.append_attribute("source") = "#congvan";
  FrbrDate date = WorkDate(doc.meta);
  std::string issuer = IssuerId(doc.meta);
  std::string work_uri = WorkUri(doc, type, name);
  pugi::xml_node work = id.append_child("FRBRWork");
  AppendCore(work, work_uri + "/!main", work_uri, date, issuer);
  AppendValue(work, "FRBRcountry", "vn");
  AppendValue(work, "FRBRsubtype", name);
  if (!doc.meta.number.empty()) AppendValue(work, "FRBRnumber", doc.meta.number);
  if (!doc.meta.kind.empty()) AppendValue(work, "FRBRname", doc.meta.kind);

  std::string language = Iso639_2(LanguageCode(doc.language));
  std::string expression_uri = work_uri + "/" + language + "@";
  pugi::xml_node expression = id.append_child("FRBRExpression");
  AppendCore(expression, expression_uri + "/!main", expression_uri, date, issuer);
  expression.append_child("FRBRlanguage").append_attribute("language") = language.c_str();

  pugi::xml_node manifestation = id.append_child("FRBRManifestation");
  AppendCore(manifestation, expression_uri + "/!main.xml", expression_uri + "/!main.xml", date,
             kCongvanId);
  AppendValue(manifestation, "FRBRformat", "application/akn+xml");
}

// The capacity's lines as one: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG".
std::string CapacityLine(const parse::Signer& signer) {
  std::string line;
  for (const std::string& part : signer.capacity) {
    if (!line.empty()) line += " / ";
    line += part;
  }
  return line;
}

// Each signer as a TLCPerson (the name) and a TLCRole (the signing capacity),
// numbered in reading order: signer_1, signerRole_1, …
void AppendSigners(pugi::xml_node refs, const std::vector<parse::Signer>& signers) {
  for (size_t i = 0; i < signers.size(); ++i) {
    const parse::Signer& signer = signers[i];
    std::string n = std::to_string(i + 1);
    const std::string capacity = CapacityLine(signer);
    std::string person_slug = Slug(signer.name), role_slug = Slug(capacity);
    pugi::xml_node person = refs.append_child("TLCPerson");
    person.append_attribute("eId") = ("signer_" + n).c_str();
    person.append_attribute("href") =
        ("/ontology/person/vn/" + (person_slug.empty() ? "unknown" : person_slug)).c_str();
    person.append_attribute("showAs") = signer.name.empty() ? "unknown" : signer.name.c_str();
    if (signer.capacity.empty()) continue;
    pugi::xml_node role = refs.append_child("TLCRole");
    role.append_attribute("eId") = ("signerRole_" + n).c_str();
    role.append_attribute("href") =
        ("/ontology/role/vn/" + (role_slug.empty() ? "unknown" : role_slug)).c_str();
    role.append_attribute("showAs") = capacity.c_str();
  }
}

void AppendOrganizations(pugi::xml_node meta, const Document& doc) {
  pugi::xml_node refs = meta.append_child("references");
  refs.append_attribute("source") = "#congvan";
  pugi::xml_node congvan = refs.append_child("TLCOrganization");
  congvan.append_attribute("eId") = kCongvanId;
  congvan.append_attribute("href") = "/ontology/organization/congvan";
  congvan.append_attribute("showAs") = "congvan";
  pugi::xml_node issuer = refs.append_child("TLCOrganization");
  std::string id = IssuerId(doc.meta);
  issuer.append_attribute("eId") = id.c_str();
  std::string href = "/ontology/organization/vn/";
  href += id;
  issuer.append_attribute("href") = href.c_str();
  issuer.append_attribute("showAs") = doc.meta.issuer.empty() ? "unknown" : doc.meta.issuer.c_str();
  AppendSigners(refs, parse::ReadSigners(doc));
}

std::string Cv(const char* name) { return std::string(kCongvanPrefix) + ":" + name; }

void AppendTextElement(pugi::xml_node parent, const char* name, const std::string& text) {
  if (!text.empty()) parent.append_child(Cv(name).c_str()).text() = text.c_str();
}

void AppendProprietaryMetadata(pugi::xml_node record, const Document& doc) {
  const Metadata& m = doc.meta;
  AppendTextElement(record, "title", m.title);
  AppendTextElement(record, "kind", m.kind);
  AppendTextElement(record, "number", m.number);
  AppendTextElement(record, "date", m.date);
  AppendTextElement(record, "issuer", m.issuer);
  if (m.year) AppendTextElement(record, "year", std::to_string(*m.year));
  for (const Reference& r : m.references) {
    pugi::xml_node ref = record.append_child(Cv("reference").c_str());
    ref.append_attribute("type") = r.type.c_str();
    ref.append_attribute("number") = r.number.c_str();
    if (!r.date.empty()) ref.append_attribute("date") = r.date.c_str();
    ref.append_attribute("line") = r.line;
    ref.text() = r.text.c_str();
  }
}

// Portal notes: <cv:note block="FIRST LINE" line="L"> for a block's (a
// block is named by its first line, which no other block has), <cv:note
// node="I" line="L"> for a provision's, I its index in record order.
void AppendNote(pugi::xml_node record, const char* owner, int key, const Note& note) {
  pugi::xml_node e = record.append_child(Cv("note").c_str());
  e.append_attribute(owner) = key;
  e.append_attribute("line") = note.line;
  e.text() = note.text.c_str();
}

void AppendNotes(pugi::xml_node record, const Document& doc) {
  for (const Block& b : doc.blocks) {
    for (const Note& note : b.notes) AppendNote(record, "block", b.spans.front().first, note);
  }
  int index = 0;
  ForEachNodeInRecordOrder(doc.tasks, [&](const Node& n) {
    for (const Note& note : n.notes()) AppendNote(record, "node", index, note);
    ++index;
  });
}

void AppendProprietary(pugi::xml_node meta, const Document& doc) {
  pugi::xml_node proprietary = meta.append_child("proprietary");
  proprietary.append_attribute("source") = "#congvan";
  pugi::xml_node record = proprietary.append_child(Cv("document").c_str());
  record.append_attribute("source") = doc.source.c_str();
  record.append_attribute("format") = doc.source_info.format.c_str();
  record.append_attribute("encoding") = doc.source_info.encoding.c_str();
  record.append_attribute("lineCount") = doc.line_count;
  std::string blanks;
  for (int l : doc.blank_lines) {
    if (!blanks.empty()) blanks += ' ';
    blanks += std::to_string(l);
  }
  record.append_attribute("blankLines") = blanks.c_str();
  AppendProprietaryMetadata(record, doc);
  for (const Diagnostic& d : doc.diagnostics) {
    pugi::xml_node diagnostic = record.append_child(Cv("diagnostic").c_str());
    diagnostic.append_attribute("kind") = DiagnosticKindName(d.kind);
    diagnostic.append_attribute("line") = d.line;
    diagnostic.append_attribute("expected") = d.expected.c_str();
    diagnostic.append_attribute("found") = d.found.c_str();
    diagnostic.text() = d.message.c_str();
  }
  for (const Diagnostic& w : doc.source_info.warnings)
    AppendTextElement(record, "warning", w.message);
  AppendNotes(record, doc);
}

}  // namespace

std::string DocumentType(const Document& doc) {
  bool articles = false;
  ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (n.level == "article") articles = true;
  });
  return articles || IsLegislationKind(doc.meta.kind) ? "act" : "doc";
}

std::string DocumentName(const Document& doc, const std::string& type) {
  return CamelName(doc.meta.kind, type == "act" ? "act" : "document");
}

std::string WorkUri(const Document& doc, const std::string& type, const std::string& name) {
  std::string number = Slug(doc.meta.number);
  FrbrDate date = WorkDate(doc.meta);
  std::string uri = "/akn/vn/";
  uri += type + "/" + name + "/" + (date.name == "unknown" ? "nn" : date.date) + "/" +
         (number.empty() ? "nn" : number);
  return uri;
}

void AppendMeta(pugi::xml_node document, const Document& doc, const std::string& type,
                const std::string& name) {
  pugi::xml_node meta = document.append_child("meta");
  AppendIdentification(meta, doc, type, name);
  AppendOrganizations(meta, doc);
  AppendProprietary(meta, doc);
}

}  // namespace congvan::akn
