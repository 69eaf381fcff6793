// The first bytes a field's match may begin with: the leading literals the
// grammar read once for its lead gate, then every ASCII letter and digit no
// lead begins with turned away (grammar/meta_first_bytes.h).
#include "grammar/meta_first_bytes.h"

#include <atomic>
#include <cstdint>
#include <string>

#include "grammar/grammar_impl.h"
#include "grammar/required_literals.h"

namespace congvan::grammar_internal {

namespace {

bool IsAsciiAlnum(int b) {
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// The bytes the fold of a matching text may begin with (ASCII only), from
// the leading literals the grammar read for its own lead gate
// (ReadFieldLiterals in grammar.cc, run by the field's first question), or
// false when that gate is off for the field: a pattern raw, unanchored or
// without leads (the conditions of TurnedAwayByLeads), or a lead that does
// not begin with an ASCII byte.
bool FoldedLeadFirsts(const Grammar::Impl& impl, const Grammar::Impl::MetaField& field,
                      std::array<bool, 128>* firsts) {
  if (!field.literals_read.load(std::memory_order_acquire) || !field.folded_all_led ||
      field.folded_index.empty() || field.folded_index.size() != field.patterns.size()) {
    return false;
  }
  for (size_t p : field.patterns) {
    const LiteralChoice& lead = impl.meta[p].lead;
    if (lead.empty()) return false;
    for (const std::string& s : lead) {
      if (s.empty() || static_cast<unsigned char>(s[0]) >= 128) return false;
      (*firsts)[static_cast<unsigned char>(s[0])] = true;
    }
  }
  return true;
}

// The table read from the grammar's patterns (MetaFieldFirstBytes).
FirstBytes ReadFirstBytes(const Grammar& grammar, std::string_view field) {
  FirstBytes may;
  may.fill(true);
  const Grammar::Impl& impl = Grammar::Impl::Of(grammar);
  auto it = impl.meta_fields.find(field);
  if (it == impl.meta_fields.end()) return may;
  grammar.FindMetaIn(field, "", "any");  // the first question reads the patterns' literals
  std::array<bool, 128> firsts{};
  if (!FoldedLeadFirsts(impl, it->second, &firsts)) return may;
  for (int b = 0; b < 128; ++b) {
    if (!IsAsciiAlnum(b)) continue;
    const int folded = b >= 'A' && b <= 'Z' ? b + 32 : b;  // the fold's first byte
    may[static_cast<size_t>(b)] = firsts[static_cast<size_t>(folded)];
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
