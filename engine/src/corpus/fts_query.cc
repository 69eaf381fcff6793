// Compiling a search query to FTS5.
//
// Approach: the query is cut into phrases and operators. Words side by side
// form one phrase (Vietnamese words are several syllables, so "kiểm tra" must
// stay adjacent to mean "inspect" rather than any text holding "kiểm" and
// "tra"); a "quoted" string is a phrase of its own; AND, OR, NOT in capitals
// are operators, and two phrases without one between them are ANDed, as in
// FTS5. Each phrase is folded with FoldKey — the same fold that filled
// tasks.folded — and written as an FTS5 string, so the user's punctuation
// never reaches the FTS5 parser: the table's tokenizer cuts the string into
// the same tokens as the text ("1303/LĐTBXH" → 1303 ldtbxh).
//
// With the lexicon, a phrase is matched in Vietnamese and in English (the
// reading that covers more of it wins) and becomes
//   ( "phrase" OR ( (forms of concept 1) AND (forms of concept 2) AND number ) )
// — concepts are ANDed, not kept in order, because word order differs
// between the languages; words the lexicon does not know are dropped from the
// concept branch (they would never occur in the other language) except
// numbers (years, document numbers), which are the same in both.
#include "corpus/fts_query.h"

#include <algorithm>
#include <set>

#include "congvan/text_fold.h"

namespace congvan::corpus {
namespace {

struct Phrase {
  std::string text;  // as the user wrote it
  bool prefix = false;
};

struct Item {
  enum class Kind { kPhrase, kOperator };
  static Item MakePhrase(Phrase p) {
    Item item;
    item.kind = Kind::kPhrase;
    item.phrase = std::move(p);
    return item;
  }
  static Item MakeOperator(std::string op) {
    Item item;
    item.kind = Kind::kOperator;
    item.op = std::move(op);
    return item;
  }
  Kind kind = Kind::kPhrase;
  Phrase phrase;
  std::string op;  // AND | OR | NOT
};

Status QueryError(const std::string& message) {
  return Status::Error(StatusCode::kInvalidArgument, message);
}

bool IsOperator(const std::string& word) { return word == "AND" || word == "OR" || word == "NOT"; }

// Cuts the query into phrases and operators.
Result<std::vector<Item>> Lex(std::string_view query) {
  std::vector<Item> items;
  Phrase open;
  auto close_phrase = [&] {
    if (!open.text.empty()) items.push_back(Item::MakePhrase(open));
    open = Phrase();
  };
  std::size_t i = 0;
  while (i < query.size()) {
    char c = query[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '"') {
      std::size_t end = query.find('"', i + 1);
      if (end == std::string_view::npos) return QueryError("unclosed quote in the query");
      close_phrase();
      Phrase quoted{std::string(query.substr(i + 1, end - i - 1)), false};
      i = end + 1;
      if (i < query.size() && query[i] == '*') {
        quoted.prefix = true;
        ++i;
      }
      items.push_back(Item::MakePhrase(quoted));
      continue;
    }
    std::size_t end = query.find_first_of(" \t\n\r\"", i);
    std::string word(
        query.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
    i = end == std::string_view::npos ? query.size() : end;
    if (IsOperator(word)) {
      close_phrase();
      items.push_back(Item::MakeOperator(word));
      continue;
    }
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    open.text += (open.text.empty() ? "" : " ") + word;
    if (prefix) {
      open.prefix = true;
      close_phrase();  // FTS5 allows '*' only on a phrase's last word
    }
  }
  close_phrase();
  return items;
}

// The word tokens of a folded text.
std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  for (const WordToken& t : WordTokens(folded)) {
    if (t.is_word) words.push_back(folded.substr(t.begin, t.end - t.begin));
  }
  return words;
}

// An FTS5 string: quotes doubled inside.
std::string FtsString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class Compiler {
 public:
  explicit Compiler(const Lexicon* lexicon) : lexicon_(lexicon) {}

  Result<std::string> CompilePhrase(const Phrase& phrase) {
    std::string folded = FoldKey(phrase.text);
    std::vector<std::string> words = Words(folded);
    if (words.empty()) return QueryError("no words to search for in '" + phrase.text + "'");
    AddWords(words, phrase.prefix);
    std::string fts = FtsString(folded) + (phrase.prefix ? " *" : "");
    if (lexicon_ == nullptr) return fts;
    std::string concepts = ConceptBranch(phrase.text);
    return concepts.empty() ? fts : "(" + fts + " OR " + concepts + ")";
  }

  FtsQuery& result() { return result_; }

 private:
  void AddWords(const std::vector<std::string>& words, bool last_is_prefix) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      bool prefix = last_is_prefix && i + 1 == words.size();
      (prefix ? result_.prefixes : result_.words).push_back(words[i]);
    }
  }

  // The reading (vi or en) under which the lexicon covers more of `text`.
  std::vector<ConceptHit> BestHits(const std::string& text) const {
    auto covered = [](const std::vector<ConceptHit>& hits) {
      std::size_t n = 0;
      for (const ConceptHit& h : hits) n += h.end - h.begin;
      return n;
    };
    std::vector<ConceptHit> vi = lexicon_->Match(text, Language::kVietnamese);
    std::vector<ConceptHit> en = lexicon_->Match(text, Language::kEnglish);
    return covered(en) > covered(vi) ? en : vi;
  }

  // "( (form OR form) AND (form OR …) AND "2024" )", or "" without concepts.
  std::string ConceptBranch(const std::string& text) {
    std::vector<ConceptHit> hits = BestHits(text);
    if (hits.empty()) return "";
    std::vector<std::string> parts;
    std::size_t previous_end = 0;
    for (const ConceptHit& hit : hits) {
      AddNumbers(text.substr(previous_end, hit.begin - previous_end), &parts);
      previous_end = hit.end;
      ConceptExpansion expansion{
          text.substr(hit.begin, hit.end - hit.begin), lexicon_->concept_id(hit.concept_index), {}};
      std::vector<std::string> alternatives;
      std::set<std::string> seen;
      for (const Language& lang : {Language::kVietnamese, Language::kEnglish}) {
        for (const std::string& form : lexicon_->forms(hit.concept_index, lang)) {
          std::string folded = FoldKey(form);
          std::vector<std::string> words = Words(folded);
          if (words.empty() || !seen.insert(folded).second) continue;
          expansion.forms.push_back(form);
          AddWords(words, false);
          alternatives.push_back(FtsString(folded));
        }
      }
      std::string group;
      for (const std::string& a : alternatives) group += (group.empty() ? "" : " OR ") + a;
      parts.push_back("(" + group + ")");
      result_.expansions.push_back(std::move(expansion));
    }
    AddNumbers(text.substr(previous_end), &parts);
    std::string branch;
    for (const std::string& p : parts) branch += (branch.empty() ? "" : " AND ") + p;
    return "(" + branch + ")";
  }

  void AddNumbers(const std::string& text, std::vector<std::string>* parts) {
    for (const WordToken& t : WordTokens(text)) {
      if (t.is_number) parts->push_back(FtsString(text.substr(t.begin, t.end - t.begin)));
    }
  }

  const Lexicon* lexicon_;
  FtsQuery result_;
};

}  // namespace

Result<FtsQuery> CompileQuery(std::string_view query, const Lexicon* lexicon) {
  auto items = Lex(query);
  if (!items.ok()) return items.status();
  if (items->empty()) return QueryError("empty query");
  Compiler compiler(lexicon);
  std::string match;
  bool expect_phrase = true;
  for (const Item& item : *items) {
    if (item.kind == Item::Kind::kOperator) {
      if (expect_phrase) return QueryError("'" + item.op + "' needs a phrase before it");
      match += " " + item.op + " ";
      expect_phrase = true;
      continue;
    }
    auto fts = compiler.CompilePhrase(item.phrase);
    if (!fts.ok()) return fts.status();
    if (!expect_phrase) match += " AND ";
    match += *fts;
    expect_phrase = false;
  }
  if (expect_phrase) return QueryError("'" + items->back().op + "' needs a phrase after it");
  FtsQuery result = std::move(compiler.result());
  result.match = std::move(match);
  return result;
}

}  // namespace congvan::corpus
