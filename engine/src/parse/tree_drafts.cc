// Drafts (tree_builder_state.h): a paragraph placed becomes a draft, made in
// its slot of the builder's chunked store with the paragraph's text and
// spans moved in (not copied), its number's position set in an open-level
// slot, and attached once under an open level whose deeper levels are closed
// first — so a draft's subtree is the run of drafts made right after it,
// which is all tree_nodes.cc needs to make the nodes. Pushing past the
// deepest level allowed keeps the item at the last level and reports it
// once.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "parse/open_levels.h"
#include "parse/parse_internal.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {
namespace {

// `s` from byte `from` on (all of it when `from` is past its end) without
// the spaces and tabs at its ends: a run of the same buffer, cut once.
SharedText TrimmedFrom(const SharedText& s, size_t from) {
  const std::string_view v = s.view();
  size_t begin = std::min(from, v.size());
  size_t end = v.size();
  while (begin < end && (v[begin] == ' ' || v[begin] == '\t')) ++begin;
  while (end > begin && (v[end - 1] == ' ' || v[end - 1] == '\t')) --end;
  return s.substr(begin, end - begin);
}

}  // namespace

// The draft is made in its slot of drafts_ (a Draft built aside and moved
// in was two moves and two destructions per task).
int TreeBuilder::NewDraft(size_t paragraph, int style, const MarkerMatch* m, unsigned mask) {
  const int index = static_cast<int>(drafts_.size());
  Draft& d = drafts_.AddDefault();  // a chunk's drafts are made as Draft{}
  d.style = static_cast<std::int16_t>(style);
  d.open = NewOpenLevel();
  // A placed paragraph's spans are read again only through its draft (blocks
  // read those of paragraphs with a role, and a placed one has none).
  d.spans = std::move(ps_[paragraph].spans);
  if (m != nullptr) {
    const MarkerStyle& s = StyleOf(style);
    OpenLevel& open = OpenOf(d);
    ListPosition& position = open.position;
    // PositionOf, in the slot's storage; `style` is the marker's effective one.
    SetPositionOfStyle(*m, style, mask, &position);
    d.value = position.value;
    if (s.continuous) last_continuous_[style] = position;
    d.marker = m->marker;
    open.ordinal_text = m->ordinal_text;
    if (std::string_view component = path_components_.Of(*m, position);
        !d.path_component.Set(component))
      long_path_components_[index] = std::string(component);
    // The paragraph is placed once; its text after the marker is the task's
    // (a run of the paragraph's buffer, not a copy).
    d.text = TrimmedFrom(ps_[paragraph].text, m->text_begin);
    ps_[paragraph].text.clear();
  } else {
    d.text = std::move(ps_[paragraph].text);
  }
  return index;
}

// Attaches `draft` under the open level `parent_level` (-1: a root) and
// closes the levels below that one first (the callers have already), so no
// draft made later joins a closed subtree: the drafts of a subtree follow
// their root in index order (Finish relies on it).
void TreeBuilder::Attach(int draft, int parent_level) {
  PopTo(parent_level);
  if (parent_level < 0) {
    roots_.push_back(draft);
  } else {
    DraftNo(draft).parent = stack_[static_cast<size_t>(parent_level)];
    OpenOf(DraftAt(parent_level)).last_child = draft;
  }
}

void TreeBuilder::CloseBelow(int level) {
  for (size_t k = static_cast<size_t>(level + 1); k < stack_.size(); ++k) {
    CloseOpenLevel(DraftNo(stack_[k]));
  }
  stack_.resize(static_cast<size_t>(level + 1));
}

void TreeBuilder::Push(int draft) {
  if (static_cast<int>(stack_.size()) < max_depth_) {
    stack_.push_back(draft);
  } else {
    ReportDepth(draft);
  }
}

void TreeBuilder::ReportDepth(int draft) {
  if (!depth_reported_) {
    depth_reported_ = true;
    const Draft& d = DraftNo(draft);
    Report(DiagnosticKind::kDepth, d.spans.front().first,
           "nesting deeper than " + std::to_string(max_depth_) +
               " levels; deeper items are kept at the last level",
           "", d.marker);
  }
}

// Places a new numbered item under `parent` and makes it the innermost level.
void TreeBuilder::PlaceItem(size_t i, const MarkerMatch& m, int parent, unsigned mask) {
  PopTo(parent);
  int d = NewDraft(i, EffectiveOf(m), &m, mask);
  Attach(d, parent);
  Push(d);
  last_placed_ = d;
  if (StyleOf(m.style).repairs >= 0) {
    ReportRepairedForm(i, m, DraftNo(d).spans.front().first);
  } else if (IsRepairTarget(m.style)) {
    written_forms_.Keep(m);  // how the list writes its markers (written_form.h)
  }
}

}  // namespace congvan::parse::tree_building
