// Stage 3b of parsing: what each amending provision changes.
//
// An amending instrument says, clause by clause, what it does to another
// text: "Sửa đổi, bổ sung khoản 2 Điều 5 như sau:", "Bãi bỏ điểm c khoản 1
// Điều 7.", "Article 5 is amended as follows:". The grammar holds the verbs
// (<meta field="action" value="amend|add|replace|repeal">) and the shape of a
// target (<meta field="target"> with groups part, chapter, section, article,
// clause, point), both matched on the folded text so OCR that loses
// diacritics still reads. The amended document is the first document the
// provision cites, else its nearest ancestor's, else the one the title names.
//
// A node gets a target when it quotes new text, or when an amending verb
// opens it and it names a provision — or names a document and a descendant
// amends it ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số …").
// Words alone ("Bổ sung kinh phí …") are not an amendment.
#include <cstdlib>
#include <string>
#include <vector>

#include "grammar/meta_first_bytes.h"
#include "parse/parse_internal.h"

namespace congvan::parse {

// `text` with the phrases it quotes blanked out (“Điều 2 Nghị định này”,
// "…"), byte for byte: "Bổ sung cụm từ “các khoản 1, 2” vào trước cụm từ
// “Điều 2 Nghị định này” tại Điều 9" targets Điều 9, not the quoted Điều 2.
std::string WithoutQuotedPhrases(std::string_view text) {
  static constexpr std::string_view kOpen = "\u201c", kClose = "\u201d";
  std::string out(text);
  size_t open = out.find(kOpen);
  while (open != std::string::npos) {
    size_t close = out.find(kClose, open + kOpen.size());
    if (close == std::string::npos) break;
    for (size_t i = open; i < close + kClose.size(); ++i) out[i] = ' ';
    open = out.find(kOpen, close + kClose.size());
  }
  return out;
}

namespace {

// The fields the pass asks, looked up once per document
// (Grammar::MetaFieldNamed) rather than by name at every provision, and
// the first bytes a provision that opens with a verb may begin with
// (grammar/meta_first_bytes.h): "action" is asked of every provision, and
// most begin with a letter no verb of an anchored grammar begins with.
struct AmendmentFields {
  explicit AmendmentFields(const Grammar& g)
      : grammar(g),
        reference(g.MetaFieldNamed("reference")),
        action(g.MetaFieldNamed("action")),
        target(g.MetaFieldNamed("target")),
        added_unit(g.MetaFieldNamed("added-unit")),
        action_first_bytes(grammar_internal::MetaFieldFirstBytes(g, "action")) {}
  // The amending verbs `text` opens with: FindMeta(action, text), not asked
  // of a text whose first byte no verb may begin with.
  std::vector<Grammar::MetaMatch> Actions(std::string_view text) const {
    if (!text.empty() && !action_first_bytes[static_cast<unsigned char>(text[0])]) return {};
    return grammar.FindMeta(action, text);
  }
  const Grammar& grammar;
  Grammar::MetaFieldRef reference, action, target, added_unit;
  grammar_internal::FirstBytes action_first_bytes;
};

// The number of the first document `text` cites, without its spaces; only
// the first citation is looked for (Grammar::FirstMeta). Asked of every
// provision and empty for most: the empty answer is made as `{}`, not from
// "" (a constructor call and a length measured per provision).
std::string FirstCitedDocument(const AmendmentFields& fields, std::string_view text) {
  if (text.find('/') == std::string::npos) return {};
  auto found = fields.grammar.FirstMeta(fields.reference, text);
  if (!found) return {};
  std::string number = found->groups["number"];
  std::string out;
  for (char c : number) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

// The document a provision amends, looked for when first asked: the first
// its own text cites, else its nearest ancestor's, else the title's
// (`*title`). Only a provision that opens with a verb or quotes asks, and
// few do: the citation search — a "/" scan of every provision and the
// reference patterns run over each that holds one, ≈ 250 instructions a
// provision on the 20 MB law — ran for all of them. Each provision's own
// citation is looked for at most once (its descendants ask through it).
class AmendedDocument {
 public:
  AmendedDocument(const AmendmentFields& fields, std::string_view text,
                  const AmendedDocument* parent, const std::string* title)
      : fields_(fields), text_(text), parent_(parent), title_(title) {}
  const std::string& Get() const {
    if (!asked_) {
      cited_ = FirstCitedDocument(fields_, text_);
      asked_ = true;
    }
    if (!cited_.empty()) return cited_;
    return parent_ != nullptr ? parent_->Get() : *title_;
  }

 private:
  const AmendmentFields& fields_;
  std::string_view text_;
  const AmendedDocument* parent_;  // null: the title's document is next
  const std::string* title_;
  mutable bool asked_ = false;
  mutable std::string cited_;
};

// Fills the provision a target match names; true when it names any.
bool FillTarget(Grammar::MetaMatch& m, AmendmentTarget& t) {
  t.part = m.groups["part"];
  t.chapter = m.groups["chapter"];
  t.section = m.groups["section"];
  t.article = m.groups["article"];
  t.clause = std::atoi(m.groups["clause"].c_str());
  t.point = m.groups["point"];
  for (char& c : t.point) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return !(t.part.empty() && t.chapter.empty() && t.section.empty() && t.article.empty() &&
           t.clause == 0 && t.point.empty());
}

// The provision an "add" instruction inserts, when it names one before its
// anchor (the grammar's added-unit patterns: "Bổ sung điểm s vào sau điểm r
// …", "Point s is added following …"): it replaces the anchor's field of the
// same level. True when there was one.
bool ApplyAddedUnit(const AmendmentFields& fields, std::string_view text, AmendmentTarget& t) {
  auto added = fields.grammar.FindMeta(fields.added_unit, text);
  if (added.empty()) return false;
  auto& g = added.front().groups;
  if (!g["point"].empty()) {
    t.point = g["point"];
    for (char& c : t.point) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
  } else if (!g["clause"].empty()) {
    t.clause = std::atoi(g["clause"].c_str());
    t.point.clear();
  } else if (!g["article"].empty()) {
    t.article = g["article"];
    t.clause = 0;
    t.point.clear();
  } else {
    return false;
  }
  return true;
}

// Returns true when `n` or a descendant amends something. A provision that
// neither quotes nor opens with a verb amends nothing of its own (most of a
// law's): it is answered before any target is made or the document copied.
bool Resolve(Node& n, const AmendmentFields& fields, const AmendedDocument* parent,
             const std::string& title_document) {
  const Grammar& grammar = fields.grammar;
  const AmendedDocument document(fields, n.text, parent, &title_document);
  bool descendant = false;
  for (Node& c : n.children)
    descendant = Resolve(c, fields, &document, title_document) || descendant;

  auto actions = fields.Actions(n.text);
  if (actions.empty() && n.quoted().empty()) return descendant;
  AmendmentTarget target;
  if (!actions.empty()) target.action = actions.front().groups["value"];
  bool names_provision = false;
  auto targets = grammar.FindMeta(fields.target, WithoutQuotedPhrases(n.text));
  if (!targets.empty()) names_provision = FillTarget(targets.front(), target);
  // "Point s is added following point r clause 3 Article 4": the provision
  // added (point s) in the place the anchor names (clause 3 Article 4).
  if (target.action == "add")
    names_provision = ApplyAddedUnit(fields, n.text, target) || names_provision;
  bool amends = !n.quoted().empty() || (!actions.empty() && names_provision) ||
                (!actions.empty() && !document.Get().empty() && descendant);
  if (!amends) return descendant;
  target.document = document.Get();
  n.mutable_target() = std::move(target);
  return true;
}

}  // namespace

void ResolveAmendmentTargets(std::vector<Node>& tasks, const Grammar& grammar,
                             const std::string& title) {
  AmendmentFields fields(grammar);
  std::string document = FirstCitedDocument(fields, title);
  for (Node& n : tasks) Resolve(n, fields, nullptr, document);
}

}  // namespace congvan::parse
