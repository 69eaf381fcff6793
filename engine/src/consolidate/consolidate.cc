// Consolidation: the amending documents' instructions applied, one by one and
// in order, to a copy of the base tree.
//
// Each instruction is checked before anything changes: its target must name
// this base (the number its document gives, when it gives one), one article,
// clause or point only (the grammar's `several-targets` pattern flags lists),
// and every provision it needs must be found exactly once. The operation then
// follows from the verb and the shape of the quoted text, never from guessing:
//   replace       a quoted provision of the target's own unit and number
//                 (or of a sibling's number) takes the place of the old one;
//   replace-body  an article amended by quoted clauses or points without its
//                 heading keeps its heading and takes them as its body, when
//                 they start a sequence (1., a)) or the article had no clauses;
//   add           quoted provisions go in after the last sibling of their unit
//                 with a lower number; one that already exists is refused;
//   rename        an article's title becomes the quoted heading's;
//   repeal        the provision keeps its marker, its text becomes the
//                 grammar's `repealed-text`, its children go;
//   replace-phrase every occurrence in the target, exactly; none is refused.
// Every applied change records a note, attached to the nodes it made; notes
// are numbered at the end in document order. Whatever fails a check is listed
// in `unapplied` with its reason.
#include "congvan/consolidate.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <map>
#include <optional>

#include "congvan/text_fold.h"
#include "consolidate/instructions.h"
#include "consolidate/provisions.h"
#include "parse/parse_internal.h"

namespace congvan {
namespace {

using consolidate::Place;
using consolidate::Unit;
using consolidate::UnitOf;

struct Step {
  const consolidate::Instruction& instruction;
  const AmendmentTarget& target;
  ConsolidationChange& change;
  std::string verb;  // the note's verb, from the instruction's wording
};

class Consolidator {
 public:
  Consolidator(Consolidation& out, const Grammar& grammar) : out_(out), grammar_(grammar) {}

  void ApplyDocument(const Document& amending);
  void NumberNotes();

 private:
  std::string Apply(Step& s);
  std::string CheckTarget(const Step& s) const;
  std::string ApplyReplace(Step& s);
  std::string ApplyBody(Step& s, Place article);
  std::string ApplyAdd(Step& s);
  std::string ApplyRename(Step& s);
  std::string ApplyRepeal(Step& s);
  std::string ApplyPhrases(Step& s);
  // The provision the target names (deepest first), or "" with the place set.
  std::string Locate(const AmendmentTarget& t, bool clause, bool point, Place* place) const;
  std::string ArticleOnly(const AmendmentTarget& t, Place* place) const;
  void Note(Step& s, Node& node, Unit unit, const std::string& operation);
  // Drops the notes of `node`'s descendants (and its own when `itself`):
  // the text they cited is gone.
  void Forget(const Node& node, bool itself);
  std::string UnitWord(Unit unit) const;
  std::string Citation(const AmendmentTarget& t) const;

  Consolidation& out_;
  const Grammar& grammar_;
  std::string document_;                      // the current amending document, cited
  std::vector<ConsolidationChange> pending_;  // applied, before numbering
};

std::string NumberKey(const std::string& number) {
  std::string out;
  for (char c : FoldKey(number)) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

void Consolidator::ApplyDocument(const Document& amending) {
  document_ = consolidate::CiteDocument(amending, grammar_);
  for (const consolidate::Instruction& in : consolidate::CollectInstructions(amending, grammar_)) {
    ConsolidationChange change;
    change.operation = in.node->target()->action;
    change.document = document_;
    change.source = amending.source;
    change.provision = in.provision;
    change.line = in.node->lines().first;
    change.instruction = in.node->text;
    change.target = Citation(*in.node->target());
    Step step{in, *in.node->target(), change, ""};
    auto verbs = grammar_.FindMeta("note-verb", in.node->text);
    if (!verbs.empty()) step.verb = verbs.front().groups["value"];
    std::string reason = in.applicable ? Apply(step) : in.reason;
    if (reason.empty()) {
      pending_.push_back(change);
    } else {
      change.reason = reason;
      out_.unapplied.push_back(change);
    }
  }
}

std::string Consolidator::CheckTarget(const Step& s) const {
  const AmendmentTarget& t = s.target;
  const std::string& base = out_.document.meta.number;
  if (!t.document.empty() && !base.empty() && NumberKey(t.document) != NumberKey(base)) {
    return "it amends " + t.document + ", not the base (" + base + ")";
  }
  std::string bare = parse::WithoutQuotedPhrases(s.instruction.node->text);
  if (!grammar_.FindMeta("several-targets", bare).empty()) {
    return "it names several provisions at once; apply it by hand";
  }
  if (t.article.empty()) return "its target is not an article, clause or point";
  return "";
}

std::string Consolidator::Apply(Step& s) {
  std::string problem = CheckTarget(s);
  if (!problem.empty()) return problem;
  const Node& node = *s.instruction.node;
  if (node.quoted().empty() && !grammar_.FindMeta("phrase-replacement", node.text).empty()) {
    return ApplyPhrases(s);
  }
  const std::string& action = s.target.action;
  if (action == "repeal") return ApplyRepeal(s);
  if (action == "rename") return ApplyRename(s);
  if (action == "add") return ApplyAdd(s);
  return ApplyReplace(s);
}

std::string Consolidator::Citation(const AmendmentTarget& t) const {
  return consolidate::Cite(grammar_, t.article, t.clause > 0 ? std::to_string(t.clause) : "",
                           t.point);
}

std::string Consolidator::ArticleOnly(const AmendmentTarget& t, Place* place) const {
  auto articles = consolidate::FindArticles(out_.document.tasks, t.article, grammar_);
  std::string cited = consolidate::Cite(grammar_, t.article, "", "");
  if (articles.empty()) return cited + " is not in the base";
  if (articles.size() > 1)
    return cited + " occurs " + std::to_string(articles.size()) + " times in the base";
  *place = articles.front();
  return "";
}

std::string Consolidator::Locate(const AmendmentTarget& t, bool clause, bool point,
                                 Place* place) const {
  std::string problem = ArticleOnly(t, place);
  if (!problem.empty()) return problem;
  struct Level {
    bool wanted;
    Unit unit;
    std::string number;
    std::string cited;
  };
  std::string clause_number = t.clause > 0 ? std::to_string(t.clause) : "";
  const Level levels[] = {{clause && t.clause > 0, Unit::kClause, clause_number,
                           consolidate::Cite(grammar_, t.article, clause_number, "")},
                          {point && !t.point.empty(), Unit::kPoint, t.point, Citation(t)}};
  for (const Level& level : levels) {
    if (!level.wanted) continue;
    auto found = consolidate::FindChildren(place->node(), level.unit, level.number, grammar_);
    if (found.empty()) return level.cited + " is not in the base";
    if (found.size() > 1)
      return level.cited + " occurs " + std::to_string(found.size()) + " times in the base";
    *place = found.front();
  }
  return "";
}

std::string Consolidator::UnitWord(Unit unit) const {
  switch (unit) {
    case Unit::kArticle:
      return consolidate::Phrase(grammar_, "unit-article");
    case Unit::kClause:
      return consolidate::Phrase(grammar_, "unit-clause");
    case Unit::kPoint:
      return consolidate::Phrase(grammar_, "unit-point");
    default:
      return consolidate::Phrase(grammar_, "unit-provision");
  }
}

void Consolidator::Note(Step& s, Node& node, Unit unit, const std::string& operation) {
  if (s.change.note.empty()) {
    std::string verb =
        s.verb.empty()
            ? consolidate::Phrase(grammar_,
                                  "verb-" + (s.target.action.empty() ? "amend" : s.target.action))
            : s.verb;
    if (operation == "add") verb = consolidate::Phrase(grammar_, "verb-add");
    if (operation == "repeal") verb = consolidate::Phrase(grammar_, "verb-repeal");
    std::string unit_word =
        operation == "rename" ? consolidate::Phrase(grammar_, "unit-title") : UnitWord(unit);
    s.change.note = consolidate::Fill(grammar_, "note",
                                      {{"unit", unit_word},
                                       {"verb", verb},
                                       {"provision", s.change.provision},
                                       {"document", document_}});
  }
  s.change.operation = operation;
  out_.notes[node.path].push_back(
      static_cast<int>(pending_.size()));  // the change's index, numbered later
}

void Consolidator::Forget(const Node& node, bool itself) {
  std::string prefix = node.path + ".";
  for (auto it = out_.notes.begin(); it != out_.notes.end();) {
    bool below = it->first.compare(0, prefix.size(), prefix) == 0;
    it = below || (itself && it->first == node.path) ? out_.notes.erase(it) : std::next(it);
  }
}

// A quoted node as it stands in the consolidated text: its path under
// `parent_path`, the quotation marks around the quotation dropped (the
// closing one and the amending sentence's punctuation after it: “…”.).
Node Quoted(const Node& q, const std::string& parent_path) {
  static constexpr std::string_view kOpen = "\u201c", kClose = "\u201d";
  Node n = q;
  Node* last = &n;
  while (!last->children.empty()) last = &last->children.back();
  size_t close = last->text.rfind(kClose);
  if (close != std::string::npos &&
      last->text.find_first_not_of(".,;: ", close + kClose.size()) == std::string::npos) {
    last->text = last->text.substr(0, close);
  }
  if (n.text.starts_with(kOpen)) n.text = n.text.substr(kOpen.size());
  consolidate::Repath(n, parent_path);
  return n;
}

std::string ParentPath(const Node& node) {
  size_t dot = node.path.rfind('.');
  return dot == std::string::npos ? "" : node.path.substr(0, dot);
}

std::string Describe(const Node& q) {
  return "\u201c" + (q.marker.empty() ? q.text.substr(0, 40).str() : q.marker.str()) + "\u201d";
}

std::string Consolidator::ApplyReplace(Step& s) {
  const AmendmentTarget& t = s.target;
  Place place;
  std::string problem = Locate(t, true, true, &place);
  if (!problem.empty()) return problem;
  const std::vector<Node>& quoted = s.instruction.node->quoted();
  Unit unit = UnitOf(place.node(), grammar_);
  bool same_unit = std::all_of(quoted.begin(), quoted.end(),
                               [&](const Node& q) { return UnitOf(q, grammar_) == unit; });
  if (!same_unit) {
    if (unit == Unit::kArticle) return ApplyBody(s, place);
    return "the quoted " + Describe(quoted.front()) + " is not a provision of the kind of " +
           s.change.target;
  }
  // Each quoted provision replaces the sibling with its number.
  std::vector<size_t> indices;
  for (const Node& q : quoted) {
    std::optional<size_t> found;
    for (size_t i = 0; i < place.siblings().size(); ++i) {
      const Node& sibling = place.siblings()[i];
      if (UnitOf(sibling, grammar_) == unit &&
          consolidate::NumberOf(sibling) == consolidate::NumberOf(q)) {
        if (found)
          return "the base has two provisions numbered " + consolidate::NumberOf(q) + " there";
        found = i;
      }
    }
    if (!found)
      return "the quoted " + Describe(q) +
             " replaces nothing in the base: it has no provision numbered " +
             consolidate::NumberOf(q) + " there";
    indices.push_back(*found);
  }
  for (size_t k = 0; k < quoted.size(); ++k) {
    Node& old = place.siblings()[indices[k]];
    Forget(old, true);
    old = Quoted(quoted[k], ParentPath(old));
    Note(s, old, unit, "replace");
  }
  return "";
}

std::string Consolidator::ApplyBody(Step& s, Place article) {
  const std::vector<Node>& quoted = s.instruction.node->quoted();
  Node& a = article.node();
  for (const Node& q : quoted) {
    if (UnitOf(q, grammar_) == Unit::kArticle)
      return "the quoted " + Describe(q) + " mixes articles with other provisions";
  }
  bool had_clauses = std::any_of(a.children.begin(), a.children.end(), [&](const Node& c) {
    return UnitOf(c, grammar_) == Unit::kClause;
  });
  const Node& first = quoted.front();
  bool starts = first.ordinal && *first.ordinal == 1;
  if (had_clauses && !starts) {
    return "the quoted " + Describe(first) + " does not start " + s.change.target +
           "'s body, and the instruction does not say which provisions it replaces";
  }
  Forget(a, false);
  a.children.clear();
  for (const Node& q : quoted) a.children.push_back(Quoted(q, a.path));
  Note(s, a, Unit::kArticle, "replace-body");
  return "";
}

std::string Consolidator::ApplyAdd(Step& s) {
  const AmendmentTarget& t = s.target;
  const std::vector<Node>& quoted = s.instruction.node->quoted();
  if (quoted.empty()) return "an addition needs the quoted text it adds";
  // Check every addition first: the instruction is applied whole or not at all.
  std::vector<std::pair<Place, size_t>> plan;  // container children, index
  for (const Node& q : quoted) {
    Unit unit = UnitOf(q, grammar_);
    std::string number = consolidate::NumberOf(q);
    Place container;
    if (unit == Unit::kArticle) {
      if (!consolidate::FindArticles(out_.document.tasks, number, grammar_).empty()) {
        return consolidate::Cite(grammar_, number, "", "") + " is already in the base";
      }
      auto all = consolidate::FindArticles(out_.document.tasks, "", grammar_);
      std::optional<Place> after;
      for (const Place& p : all) {
        if (p.node().ordinal && q.ordinal && *p.node().ordinal <= *q.ordinal) after = p;
      }
      if (!after) return "no article of the base comes before the added " + Describe(q);
      plan.push_back({*after, after->index + 1});
      continue;
    }
    if (unit != Unit::kClause && unit != Unit::kPoint) {
      return "the quoted " + Describe(q) + " is not an article, clause or point";
    }
    std::string problem = Locate(t, unit == Unit::kPoint, false, &container);
    if (!problem.empty()) return problem;
    if (unit == Unit::kPoint && t.clause == 0)
      return "the added " + Describe(q) + " names no clause to go in";
    if (!consolidate::FindChildren(container.node(), unit, number, grammar_).empty()) {
      return "the added " + Describe(q) + " is already in " + s.change.target + " of the base";
    }
    plan.push_back({container, consolidate::InsertionIndex(container.node().children, unit,
                                                           q.ordinal.value_or(0), grammar_)});
  }
  // Insert from the last so that earlier indices stay valid.
  for (size_t k = quoted.size(); k-- > 0;) {
    auto& [place, index] = plan[k];
    bool article = UnitOf(quoted[k], grammar_) == Unit::kArticle;
    // An article goes among the article's siblings, a clause or point among the container's
    // children.
    const Place into = article ? place : Place{nullptr, &place.node(), 0};
    std::string parent_path = article ? ParentPath(place.node()) : place.node().path.str();
    Node& added = into.Insert(index, Quoted(quoted[k], parent_path));
    Note(s, added, UnitOf(added, grammar_), "add");
  }
  return "";
}

std::string Consolidator::ApplyRename(Step& s) {
  const std::vector<Node>& quoted = s.instruction.node->quoted();
  Place place;
  std::string problem = ArticleOnly(s.target, &place);
  if (!problem.empty()) return problem;
  if (s.target.clause > 0 || !s.target.point.empty())
    return "only an article's title can be renamed";
  if (quoted.size() != 1 || UnitOf(quoted.front(), grammar_) != Unit::kArticle) {
    return "a new title is quoted as one article heading";
  }
  const Node& q = quoted.front();
  if (consolidate::NumberOf(q) != consolidate::NumberOf(place.node())) {
    return "the quoted heading " + Describe(q) + " has another number than " + s.change.target;
  }
  if (!q.children.empty())
    return "the quoted heading " + Describe(q) + " has provisions of its own";
  place.node().text = Quoted(q, "").text;
  Note(s, place.node(), Unit::kArticle, "rename");
  return "";
}

std::string Consolidator::ApplyRepeal(Step& s) {
  if (!s.instruction.node->quoted().empty()) return "a repeal quotes no text";
  Place place;
  std::string problem = Locate(s.target, true, true, &place);
  if (!problem.empty()) return problem;
  Node& n = place.node();
  Forget(n, true);
  n.text = consolidate::Phrase(grammar_, "repealed-text");
  n.children.clear();
  Note(s, n, UnitOf(n, grammar_), "repeal");
  return "";
}

size_t CountIn(const Node& n, const std::string& phrase) {
  size_t count = 0;
  for (size_t at = n.text.find(phrase); at != std::string::npos;
       at = n.text.find(phrase, at + phrase.size()))
    ++count;
  for (const Node& c : n.children) count += CountIn(c, phrase);
  return count;
}

void ReplaceIn(Node& n, const std::string& from, const std::string& to) {
  if (n.text.find(from) != std::string::npos) {  // the changed text owns its bytes
    std::string text = n.text.str();
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
    n.text = text;
  }
  for (Node& c : n.children) ReplaceIn(c, from, to);
}

std::string Consolidator::ApplyPhrases(Step& s) {
  Place place;
  std::string problem = Locate(s.target, true, true, &place);
  if (!problem.empty()) return problem;
  auto pairs = grammar_.FindMeta("phrase-replacement", s.instruction.node->text);
  for (auto& m : pairs) {
    if (CountIn(place.node(), m.groups["old"]) == 0) {
      return "the phrase \u201c" + m.groups["old"] + "\u201d is not in " + s.change.target +
             " of the base";
    }
  }
  std::string note;
  for (auto& m : pairs) {
    ReplaceIn(place.node(), m.groups["old"], m.groups["new"]);
    note += (note.empty() ? "" : " ") + consolidate::Fill(grammar_, "note-phrase",
                                                          {{"old", m.groups["old"]},
                                                           {"new", m.groups["new"]},
                                                           {"provision", s.change.provision},
                                                           {"document", document_}});
  }
  s.change.note = note;
  Note(s, place.node(), UnitOf(place.node(), grammar_), "replace-phrase");
  return "";
}

// Numbers the notes in document order: a change's number is the order of the
// first node that carries it. A change whose nodes a later change replaced
// keeps number 0.
void Consolidator::NumberNotes() {
  std::map<int, int> number;  // pending index → note number
  std::function<void(std::span<const Node>)> walk = [&](std::span<const Node> nodes) {
    for (const Node& n : nodes) {
      auto found = out_.notes.find(n.path);
      if (found != out_.notes.end()) {
        for (int& index : found->second) {
          auto [it, added] = number.emplace(index, static_cast<int>(number.size()) + 1);
          index = it->second;
        }
      }
      walk(n.children);
    }
  };
  walk(out_.document.tasks);
  for (size_t i = 0; i < pending_.size(); ++i) {
    auto it = number.find(static_cast<int>(i));
    pending_[i].note_number = it == number.end() ? 0 : it->second;
  }
  std::stable_sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
    return (a.note_number == 0 ? INT_MAX : a.note_number) <
           (b.note_number == 0 ? INT_MAX : b.note_number);
  });
  out_.applied = std::move(pending_);
}

}  // namespace

Result<Consolidation> Consolidate(const Document& base, const std::vector<Document>& amending,
                                  const Grammar& grammar) {
  for (const char* phrase : {"note", "cite-document", "repealed-text", "unit-article"}) {
    if (consolidate::Phrase(grammar, phrase).empty()) {
      return Status::Error(StatusCode::kGrammarError,
                           "the " + grammar.language().code() + " grammar has no <phrase name=\"" +
                               phrase + "\"> (the wording of a consolidated text's notes)");
    }
  }
  Consolidation out;
  out.document = base;
  out.amending = amending;
  Consolidator consolidator(out, grammar);
  for (const Document& d : amending) {
    if (d.language != base.language) {
      ConsolidationChange change;
      change.source = d.source;
      change.document = d.meta.number;
      change.reason =
          "it is written in " + d.language.code() + " and the base in " + base.language.code();
      out.unapplied.push_back(change);
      continue;
    }
    consolidator.ApplyDocument(d);
  }
  consolidator.NumberNotes();
  return out;
}

}  // namespace congvan
