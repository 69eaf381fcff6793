// Named actors (see named_actors.h): the text is cut into words at spaces,
// commas dropped, the first letter of each word folded to lower case (ASCII
// and the capitals that open the heads below), then read from the front.
#include "align/named_actors.h"

#include <algorithm>
#include <array>

namespace congvan::align_internal {
namespace {

// Heads of a body or of a person in office that open a duty's sentence in
// Vietnamese legislation, one or two words each. Not "tổ chức", "thanh
// tra", "kiểm toán": at the head of a duty's point they are verbs ("Tổ chức
// triển khai xây dựng cơ sở dữ liệu …", organise).
constexpr std::array<std::string_view, 23> kHeads = {
    "bộ",           "ủy ban",     "hội đồng", "chính phủ", "thủ tướng", "chủ tịch",
    "phó chủ tịch", "ủy viên",    "cơ quan",  "người",     "cá nhân",   "sở",
    "cục",          "tổng cục",   "tòa án",   "viện",      "ngân hàng", "doanh nghiệp",
    "chủ đầu tư",   "nhà đầu tư", "quốc hội", "văn phòng", "đại biểu"};

constexpr std::array<std::string_view, 3> kPlurals = {"các", "những", "mọi"};

// Words that open an adverbial of time or occasion before the subject
// ("Hằng năm, …", "Định kỳ, …", "Khi hết thời hạn, …"). Any other words
// before a comma are the subject's own ("Tổ chức kinh tế, người Việt Nam …").
constexpr std::array<std::string_view, 7> kAdverbials = {"hằng",  "hàng",  "định", "khi",
                                                         "trong", "trước", "sau"};

constexpr size_t kActorWords = 6;
constexpr size_t kAdverbialWords = 4;
constexpr size_t kAgentWithin = 3;

// `word` with its first letter in lower case ("Bộ" → "bộ", "Ủy" → "ủy",
// "Uỷ" → "ủy").
std::string Folded(std::string_view word) {
  std::string w(word);
  if (w.rfind("Uỷ", 0) == 0 || w.rfind("uỷ", 0) == 0)
    return "ủy" + w.substr(std::string("Uỷ").size());
  if (w.rfind("Ủ", 0) == 0) return "ủ" + w.substr(std::string("Ủ").size());
  if (w.rfind("Đ", 0) == 0) return "đ" + w.substr(std::string("Đ").size());
  if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return w;
}

struct Word {
  std::string text;
  bool comma_after = false;
};

// The first `limit` words of `text`.
std::vector<Word> LeadingWords(std::string_view text, size_t limit) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size() && out.size() < limit) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' &&
           text[i] != ',')
      ++i;
    if (i > start) out.push_back({Folded(text.substr(start, i - start)), false});
    if (i < text.size() && text[i] == ',') {
      if (!out.empty()) out.back().comma_after = true;
      ++i;
    }
  }
  return out;
}

// True when words[at…] open with `head` (one or two words).
bool OpensWith(const std::vector<Word>& words, size_t at, std::string_view head) {
  size_t space = head.find(' ');
  std::string_view first = head.substr(0, space);
  if (at >= words.size() || words[at].text != first) return false;
  if (space == std::string_view::npos) return true;
  return at + 1 < words.size() && words[at + 1].text == head.substr(space + 1);
}

bool OpensWithHead(const std::vector<Word>& words, size_t at) {
  return std::any_of(kHeads.begin(), kHeads.end(),
                     [&](std::string_view h) { return OpensWith(words, at, h); });
}

// Where the subject starts: after a short adverbial closed by a comma, when
// the words before the comma are no actor.
size_t SubjectStart(const std::vector<Word>& words) {
  if (words.empty() || OpensWithHead(words, 0) ||
      std::find(kAdverbials.begin(), kAdverbials.end(), words[0].text) == kAdverbials.end())
    return 0;
  for (size_t k = 0; k < words.size() && k < kAdverbialWords; ++k) {
    if (words[k].comma_after) return k + 1;
  }
  return 0;
}

// Where the agent of a passive opening starts: "Dự án do Thủ tướng Chính phủ
// quyết định đầu tư …" names the Prime Minister, after "do" among the first
// words. npos when there is none.
size_t PassiveAgentStart(const std::vector<Word>& words) {
  for (size_t k = 1; k < words.size() && k <= kAgentWithin; ++k) {
    if (words[k - 1].text == "do" && OpensWithHead(words, k)) return k;
  }
  return std::string::npos;
}

// A cheap first look at the first few words: whether the first can open an
// actor, an adverbial or a plural, or "do" stands among them. Most
// provisions open with neither, and are read no further.
bool MayNameActor(std::string_view text) {
  size_t at = 0;
  for (size_t k = 0; k <= kAgentWithin; ++k) {
    at = text.find_first_not_of(" \n\t,", at);
    if (at == std::string_view::npos) return false;
    size_t end = text.find_first_of(" \n\t,", at);
    std::string word = Folded(text.substr(at, end == std::string_view::npos ? end : end - at));
    if (word == "do") return true;
    auto opens = [&](std::string_view w) { return w.substr(0, w.find(' ')) == word; };
    if (k == 0 && (std::any_of(kHeads.begin(), kHeads.end(), opens) ||
                   std::any_of(kAdverbials.begin(), kAdverbials.end(), opens) ||
                   std::any_of(kPlurals.begin(), kPlurals.end(), opens)))
      return true;
    if (end == std::string_view::npos) return false;
    at = end;
  }
  return false;
}

}  // namespace

std::vector<std::string> NamedActor(std::string_view text) {
  if (!MayNameActor(text)) return {};
  return NamedActorReadWhole(text);
}

std::vector<std::string> NamedActorReadWhole(std::string_view text) {
  std::vector<Word> words = LeadingWords(text, kAdverbialWords + kAgentWithin + kActorWords + 2);
  size_t at = SubjectStart(words);
  if (at < words.size() &&
      std::find(kPlurals.begin(), kPlurals.end(), words[at].text) != kPlurals.end())
    ++at;
  if (!OpensWithHead(words, at)) at = PassiveAgentStart(words);
  if (at == std::string::npos) return {};
  // A ministry acts through its minister: "Bộ trưởng Bộ Công an" is "Bộ Công an".
  if (OpensWith(words, at, "bộ trưởng") && OpensWith(words, at + 2, "bộ")) at += 2;
  std::vector<std::string> out;
  for (size_t k = at; k < words.size() && out.size() < kActorWords; ++k) {
    out.push_back(words[k].text);
  }
  return out;
}

ActorAgreement CompareActors(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() != b.empty()) return ActorAgreement::kOther;
  if (a.empty()) return ActorAgreement::kUnknown;
  size_t same = 0;
  while (same < a.size() && same < b.size() && a[same] == b[same]) ++same;
  if (same == std::min(a.size(), b.size())) return ActorAgreement::kSame;
  if (same < 2) return ActorAgreement::kOther;
  return ActorAgreement::kUnknown;
}

}  // namespace congvan::align_internal
