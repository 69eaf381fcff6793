// Quoted provisions (tree_builder_state.h): the paragraphs of a quotation
// region (quote_regions.h) right after an amending clause are the provisions
// it quotes, not items of this document. They are collected while placing
// and, when the region ends, stripped of their quotation marks and built by a
// builder of their own (quoted: a list may start at any number) into the
// clause's `quoted` tree.
#include <utility>
#include <vector>

#include "parse/parse_internal.h"
#include "parse/quotes.h"
#include "parse/tree_builder_state.h"

namespace congvan::parse::tree_building {

// Paragraphs of a quotation region (quote_regions.h) belong to the item
// placed just before the region: the amending clause that announces them.
// Returns true when paragraph i was taken into a quotation.
bool TreeBuilder::TakeQuoted(size_t i) {
  if (quoted_ || i >= quote_region_.size() || quote_region_[i] < 0) {
    if (quote_owner_ >= 0 || quote_region_id_ >= 0 || !quote_paragraphs_.empty()) FlushQuote();
    return false;
  }
  if (quote_region_[i] != quote_region_id_) {
    FlushQuote();  // a new region, possibly right after another one
    quote_region_id_ = quote_region_[i];
  }
  if (quote_owner_ < 0) {
    if (last_placed_ < 0) return false;
    quote_owner_ = last_placed_;
  }
  quote_paragraphs_.push_back(i);
  return true;
}

// Builds the quoted paragraphs into the owner's small tree of its own.
void TreeBuilder::FlushQuote() {
  if (quote_owner_ >= 0 && !quote_paragraphs_.empty()) {
    Paragraphs quoted;
    for (size_t k : quote_paragraphs_) {
      Paragraph q;
      q.text = StripQuotes(ps_[k].text);  // a run of the paragraph's buffer
      q.spans = ps_[k].spans;
      q.SetMarkers(grammar_.Match(q.text));
      quoted.push_back(std::move(q));
    }
    TreeBuilder sub(quoted, grammar_, max_depth_, diagnostics_, /*quoted=*/true);
    std::vector<Node> nodes = sub.Build();
    if (!nodes.empty()) {
      VectorBox<Node>& owner = quoted_nodes_[quote_owner_];
      for (Node& n : nodes) owner.push_back(std::move(n));
    }
  }
  quote_owner_ = -1;
  quote_region_id_ = -1;
  quote_paragraphs_.clear();
}

}  // namespace congvan::parse::tree_building
