// Quotation marks, byte-wise on UTF-8: the marks are a fixed small set, so a
// prefix/suffix comparison is all it takes.
#include "parse/quotes.h"

namespace congvan::parse {
namespace {

constexpr std::string_view kOpening[] = {"\xE2\x80\x9C", "\"", "\xC2\xAB", "\xE2\x80\x98",
                                         "\xE2\x80\x9E"};  // “ " « ‘ „
constexpr std::string_view kClosing[] = {"\xE2\x80\x9D", "\"", "\xC2\xBB",
                                         "\xE2\x80\x99"};  // ” " » ’

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// Drops what may follow a closing mark: the amending sentence's punctuation
// ("./." included), a footnote number, spaces.
std::string_view DropTrailer(std::string_view s) {
  while (!s.empty()) {
    char c = s.back();
    if (c == ' ' || c == '\t' || c == '.' || c == ';' || c == ',' || c == '/' ||
        (c >= '0' && c <= '9')) {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  return s;
}

size_t OpeningLength(std::string_view s) {
  for (std::string_view q : kOpening) {
    if (s.substr(0, q.size()) == q) return q.size();
  }
  return 0;
}

size_t ClosingLength(std::string_view s) {
  for (std::string_view q : kClosing) {
    if (s.size() >= q.size() && s.substr(s.size() - q.size()) == q) return q.size();
  }
  return 0;
}

size_t Count(std::string_view s, std::string_view what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

bool StartsWithOpeningQuote(std::string_view text) { return OpeningLength(TrimLeft(text)) > 0; }

bool EndsWithClosingQuote(std::string_view text) { return ClosingLength(DropTrailer(text)) > 0; }

int QuoteBalance(std::string_view text) {
  long open = static_cast<long>(Count(text, "\xE2\x80\x9C") + Count(text, "\xC2\xAB"));
  long close = static_cast<long>(Count(text, "\xE2\x80\x9D") + Count(text, "\xC2\xBB"));
  return static_cast<int>(open - close);
}

SharedText StripQuotes(const SharedText& text) {
  std::string_view view = TrimLeft(text.view());
  size_t open = OpeningLength(view);
  view.remove_prefix(open);
  view = TrimLeft(view);
  std::string_view body = DropTrailer(view);
  size_t close = ClosingLength(body);
  if (close > 0) {
    body.remove_suffix(close);
    view = body;
  }
  while (!view.empty() && (view.back() == ' ' || view.back() == '\t')) view.remove_suffix(1);
  return text.substr(static_cast<size_t>(view.data() - text.data()), view.size());
}

}  // namespace congvan::parse
