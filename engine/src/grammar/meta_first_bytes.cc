// The first bytes a field's match may begin with: the field's lead gate
// (grammar/folded_lead_gate.h) asked its first step once per byte
// (grammar/meta_first_bytes.h).
#include "grammar/meta_first_bytes.h"

#include <atomic>
#include <cstdint>
#include <string>

#include "grammar/grammar_impl.h"

namespace congvan::grammar_internal {

namespace {

// The table read from the grammar's patterns (MetaFieldFirstBytes): the
// field's own lead gate asked its first step for every byte, where the
// leads decide the field.
FirstBytes ReadFirstBytes(const Grammar& grammar, std::string_view field) {
  FirstBytes may;
  may.fill(true);
  const Grammar::Impl& impl = Grammar::Impl::Of(grammar);
  auto it = impl.meta_fields.find(field);
  if (it == impl.meta_fields.end()) return may;
  grammar.FindMetaIn(field, "", "any");  // the first question reads the patterns' literals
  const Grammar::Impl::MetaField& f = it->second;
  if (!f.literals_read.load(std::memory_order_acquire) || !f.LeadsDecide()) return may;
  for (int b = 0; b < 256; ++b) {
    may[static_cast<size_t>(b)] = f.folded_leads.FirstByteMayBegin(static_cast<unsigned char>(b));
  }
  return may;
}

}  // namespace

// The amendment pass asks once per document, and a folder's documents share
// a grammar: the last table is kept per thread, keyed by the grammar's
// generation (unique per loaded grammar, never reused) and the field.
FirstBytes MetaFieldFirstBytes(const Grammar& grammar, std::string_view field) {
  struct Last {
    std::uint64_t generation = 0;
    std::string field;
    FirstBytes table{};
  };
  thread_local Last last;
  const std::uint64_t generation = Grammar::Impl::Of(grammar).generation;
  if (last.generation != generation || last.field != field) {
    last.table = ReadFirstBytes(grammar, field);
    last.generation = generation;
    last.field = std::string(field);
  }
  return last.table;
}

}  // namespace congvan::grammar_internal
