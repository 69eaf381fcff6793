// Syllable check and repair (see syllables.h). Each code point maps, through
// a table computed once with ICU, to its lower-case letter without the tone
// mark (the five Vietnamese tones: grave, acute, tilde, hook above, dot
// below); a token is split into its longest known onset and a rhyme. The
// repair works line by line on words separated by single spaces, and only
// joins words whose letters are all of the table's Latin blocks. Valid() runs
// about once per word of every Vietnamese text, so it allocates nothing: the
// key is built in a reused buffer (and abandoned once it is longer than any
// onset and rhyme together), and the sets are searched by string_view. A
// text repeats a few thousand words, so each thread also remembers recent
// answers by the word's bytes (WordMemo): a word seen before costs a load of
// its bytes into two machine words (sixteen bytes at once where it lies in the
// text being repaired), two multiplications for its slot and two compares, not
// a key and up to seven set lookups. The repair's walk finds a word's end and
// the memo key of its core from the same sixteen-byte load, and goes on past
// punctuation and line ends to the next word rather than returning to the
// repair. A law repeats its word pairs too ("của Chính phủ", "quy định tại"):
// the walk steps over pairs it has seen pass two words at a time, keyed by the
// pair's bytes in a second memo of the same kind (PairMissed), and asks word
// by word only where a pair is new or not two syllables. A pair with a digit
// or sign in either core ("khoản 2") joins into nothing, as no syllable holds
// one, so the walk does not stop there either (PairHoldsNonLetter). Where the
// lists keep a syllable's vowels together and the processor has AVX2, the
// repair does not walk at all: the shape gate (text/syllable_gate.h) rules
// out nearly every pair from the text's bytes, and only the pairs it leaves
// open are asked as the walk would stop at them (PairAt).
#include "text/syllables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "text/syllable_gate.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace congvan::text {
namespace {

constexpr UChar32 kLowSize = 0x250;
constexpr UChar32 kHighBase = 0x1E00;
constexpr UChar32 kHighSize = 0x100;

bool IsToneMark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// Lower-case toneless form of each Latin letter, and its tone mark (0: none).
struct Toneless {
  std::string letter;  // empty: not a letter
  UChar32 tone = 0;
};

class TonelessTable {
 public:
  TonelessTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    for (UChar32 i = 0; i < kLowSize + kHighSize; ++i) {
      UChar32 c = i < kLowSize ? i : i - kLowSize + kHighBase;
      if (!u_isalpha(c) || U_FAILURE(status)) continue;
      icu::UnicodeString d = nfd->normalize(icu::UnicodeString(c), status);
      icu::UnicodeString kept;
      UChar32 tone = 0;
      for (int32_t k = 0; k < d.length();) {
        UChar32 m = d.char32At(k);
        k += U16_LENGTH(m);
        if (IsToneMark(m)) {
          tone = m;
        } else {
          kept.append(m);
        }
      }
      kept = nfc->normalize(kept.toLower(), status);
      Toneless& t = table_[static_cast<size_t>(i)];
      kept.toUTF8String(t.letter);
      t.tone = tone;
    }
  }
  const Toneless* Find(UChar32 c) const {
    if (c >= 0 && c < kLowSize) return &table_[static_cast<size_t>(c)];
    if (c >= kHighBase && c < kHighBase + kHighSize) {
      return &table_[static_cast<size_t>(c - kHighBase + kLowSize)];
    }
    return nullptr;
  }

 private:
  std::array<Toneless, kLowSize + kHighSize> table_;
};

const TonelessTable& Table() {
  static const TonelessTable table;
  return table;
}

// A word of letters as its toneless lower-case key and its tone mark.
struct Keyed {
  std::string key;
  UChar32 tone = 0;
};

// Writes the toneless lower-case key of `word` into `key` (its buffer reused)
// and its tone mark into `tone`. False when the word holds anything but
// letters, more than one tone, or a key longer than `max_key` bytes (no
// syllable is that long: the caller then needs no key).
bool KeyInto(std::string_view word, size_t max_key, std::string& key, UChar32& tone) {
  key.clear();
  tone = 0;
  int tones = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const Toneless* t = Table().Find(c);
    if (t == nullptr || t->letter.empty()) return false;
    key += t->letter;
    if (key.size() > max_key) return false;
    if (t->tone != 0) {
      ++tones;
      tone = t->tone;
    }
  }
  return !key.empty() && tones <= 1;
}

// nullopt when the word holds anything but letters, or more than one tone.
std::optional<Keyed> KeyAndTone(std::string_view word) {
  Keyed out;
  if (!KeyInto(word, std::string::npos, out.key, out.tone)) return std::nullopt;
  return out;
}

std::optional<std::string> Key(std::string_view word) {
  std::optional<Keyed> k = KeyAndTone(word);
  if (!k) return std::nullopt;
  return std::move(k->key);
}

// Punctuation at a word's edges: "(tướ" → "(", "ng," → ",". Digits are not
// punctuation: "c6" is a code, not a broken syllable. A table, as the repair
// asks about both edges of every word of the text.
constexpr std::array<bool, 256> kEdgePunctuation = [] {
  std::array<bool, 256> table{};
  for (char c : std::string_view("(),.;:!?\"'[]")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();
bool IsEdgePunctuation(char c) { return kEdgePunctuation[static_cast<unsigned char>(c)]; }
size_t LeadingNonLetters(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && IsEdgePunctuation(w[i])) ++i;
  return i;
}
size_t TrailingNonLetters(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && IsEdgePunctuation(w[w.size() - 1 - i])) ++i;
  return i;
}

// The bytes that end a word: space, newline, tab.
constexpr std::array<bool, 256> kWordBreak = [] {
  std::array<bool, 256> table{};
  for (char c : std::string_view(" \n\t")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// A word break or edge punctuation: the first byte of a word that cannot be
// the second piece of a clean pair.
constexpr std::array<bool, 256> kBreakOrEdge = [] {
  std::array<bool, 256> table = kEdgePunctuation;
  for (char c : std::string_view(" \n\t")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// The first word break (kWordBreak) at or after `from`, or text.size(). With
// SSE2 (x86-64) sixteen bytes are compared at once: a word is five or six
// bytes, and a byte loop cost about five instructions a byte (a 64-bit word
// at a time cost more than it skipped, DESIGN "lean parse path").
size_t WordEnd(std::string_view text, size_t from) {
  size_t e = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i tab = _mm_set1_epi8('\t');
  while (e + 16 <= text.size()) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + e));
    const __m128i breaks = _mm_or_si128(
        _mm_cmpeq_epi8(x, space), _mm_or_si128(_mm_cmpeq_epi8(x, newline), _mm_cmpeq_epi8(x, tab)));
    if (const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(breaks)); mask != 0) {
      return e + static_cast<size_t>(std::countr_zero(mask));
    }
    e += 16;
  }
#endif
  while (e < text.size() && !kWordBreak[static_cast<unsigned char>(text[e])]) ++e;
  return e;
}

size_t LetterCount(std::string_view w) {
  size_t n = 0;
  for (unsigned char ch : w) n += (ch & 0xC0) != 0x80;
  return n;
}

// The case shape of a joined word is one a word can have: all lower, all
// upper, or a capital then lower case ("Thủ", "BỘ", "tướng"; not "tƯớng").
bool PlausibleCase(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (int32_t k = 0; k < u.length();) {
    UChar32 c = u.char32At(k);
    if (k == 0) first_upper = u_isupper(c);
    k += U16_LENGTH(c);
    if (u_isupper(c)) ++upper;
    if (u_islower(c)) ++lower;
  }
  return upper == 0 || lower == 0 || (upper == 1 && first_upper);
}

// One consonant letter, any case ("m", "N", "đ").
bool LoneConsonant(std::string_view w) {
  if (LetterCount(w) != 1) return false;
  static constexpr std::string_view kConsonants = "bcdghklmnpqrstvxBCDGHKLMNPQRSTVX";
  if (w.size() == 1) return kConsonants.find(w[0]) != std::string_view::npos;
  return w == "đ" || w == "Đ";
}

// Recent answers of one SyllableSet's Valid(), by the word's bytes: a
// direct-mapped table (a new word evicts the one in its slot), per thread.
// A word of up to kMaxWord (15) bytes is read once into a key — its bytes
// zero-padded to two machine words, its size in the last byte (which a word
// of 15 bytes or fewer leaves zero), so equal keys are equal words — and its
// slot is the top bits of two independent multiplications, so a question
// costs the load, two multiplications and two compares; an answer computed
// after a miss goes into the slot the key names. Longer words are not kept:
// none is a syllable (the longest Vietnamese syllable, seven letters, takes
// about ten) and their check stops once the key outgrows any onset and rhyme.
// The empty word is not kept either, and an empty slot (all zero) matches no
// key. Inside a text (KeyInText) the sixteen bytes at the word are loaded at
// once and those past it masked off (SSE2), where the text holds sixteen bytes
// from there; elsewhere, and for a word given alone (Valid), overlapping
// loads. The key is two machine words, passed and returned in registers.
// 16,384 slots (256 KB a thread, the answer in the key's free top bit): with
// 4,096 a law's few thousand words evicted each other (14,500 recomputed
// answers on the 2 MB law-like input, 11 M instructions).
class WordMemo {
 public:
  static constexpr size_t kMaxWord = 15;
  struct Key {
    uint64_t low = 0, high = 0;  // the word, zero-padded; its size in the top byte
  };
  // The key of `word`, or false when the word is not kept (empty or too long).
  static bool MakeKey(std::string_view word, Key* key) {
    const size_t n = word.size();
    if (n == 0 || n > kMaxWord) return false;
    key->low = LoadUpTo8(word.data(), std::min<size_t>(n, 8));
    key->high = (n > 8 ? LoadUpTo8(word.data() + 8, n - 8) : 0) | SizeByte(n);
    return true;
  }
  // As MakeKey, for a word inside a text that ends at `text_end`: the same key.
  static bool KeyInText(std::string_view word, const char* text_end, Key* key) {
#if defined(__SSE2__)
    const size_t n = word.size();
    if (n == 0 || n > kMaxWord) return false;
    if (text_end - word.data() >= 16) {
      *key = FromLoaded(_mm_loadu_si128(reinterpret_cast<const __m128i*>(word.data())), n);
      return true;
    }
#else
    (void)text_end;
#endif
    return MakeKey(word, key);
  }
#if defined(__SSE2__)
  // The key of the word that is the first `n` (1 to 15) of the sixteen bytes
  // `loaded` (the word's bytes, as the repair's word scan loaded them).
  static Key FromLoaded(__m128i loaded, size_t n) {
    // Sixteen 0xFF bytes then sixteen zeros: the n bytes kept start 16 - n in.
    static constexpr std::array<uint8_t, 32> kKeep = {
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0,    0,    0,    0,    0,    0};
    const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep.data() + 16 - n));
    const __m128i bytes = _mm_and_si128(loaded, keep);
    return {
        static_cast<uint64_t>(_mm_cvtsi128_si64(bytes)),
        static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(bytes, bytes))) | SizeByte(n)};
  }
#endif
  // The remembered answer for the key, or -1. REQUIRES: Own() for this set.
  int Find(Key key) const {
    const Entry& e = entries_[Slot(key)];
    if (e.low != key.low || (e.high & ~kValidBit) != key.high) return -1;
    return static_cast<int>(e.high >> 63);
  }
  void Keep(Key key, bool valid) {
    Entry& e = entries_[Slot(key)];
    e.low = key.low;
    e.high = key.high | (valid ? kValidBit : 0);
  }
  // Makes the memo the one of the set numbered `owner`, emptied if it was
  // another's. A memo never owned is empty already (all zero), and is not
  // written: its pages stay the zero pages they were given as.
  void Own(uint64_t owner) {
    if (owner == owner_) return;
    if (owner_ != 0) {
      for (Entry& e : entries_) e = Entry{};
    }
    owner_ = owner;
  }

 private:
  static uint64_t SizeByte(size_t n) { return static_cast<uint64_t>(n) << 56; }
  // Bytes are little-endian in the key (byte k in bits 8k…8k+7 of its word),
  // as the SSE2 load puts them; the slot is from the top bits of the two
  // products, each of which depends on every byte of its word.
  static size_t Slot(Key key) {
    const uint64_t h = (key.low * 0x9E3779B97F4A7C15u) ^ (key.high * 0xC2B2AE3D27D4EB4Fu);
    return static_cast<size_t>(h >> (64 - kSlotBits));
  }
  // The `n` (1 to 8) bytes at `p` as one zero-padded machine word, byte
  // k in bits 8k…8k+7, read without a memcpy call: a word is a few bytes,
  // and overlapping reads cover any length.
  static uint64_t LoadUpTo8(const char* p, size_t n) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    if (n == 8) return Load4(b) | (Load4(b + 4) << 32);
    if (n >= 4) {
      const uint64_t low = Load4(b);
      const uint64_t high = Load4(b + n - 4);
      return low | (high << (8 * (n - 4)));
    }
    return uint64_t{b[0]} | (uint64_t{b[n / 2]} << (8 * (n / 2))) |
           (uint64_t{b[n - 1]} << (8 * (n - 1)));
  }
  static uint64_t Load4(const unsigned char* b) {
    return uint64_t{b[0]} | (uint64_t{b[1]} << 8) | (uint64_t{b[2]} << 16) | (uint64_t{b[3]} << 24);
  }
  static constexpr int kSlotBits = 14;
  static constexpr size_t kSlots = size_t{1} << kSlotBits;
  // A key's top byte is its size (1 to 15), so its top bit is free: the
  // answer is kept there, and an entry is the key's two words.
  static constexpr uint64_t kValidBit = uint64_t{1} << 63;
  struct Entry {
    uint64_t low = 0, high = 0;  // all zero: empty; high's top bit: the answer
  };
  uint64_t owner_ = 0;  // SyllableSet numbers start at 1
  std::array<Entry, kSlots> entries_;
};

// The memos live on zeroed memory taken when a thread first asks for one,
// not in the thread's static TLS block: the loader fills that block when a
// thread starts, so both tables (768 KB then) were written — resident — in
// every process and worker thread, parse or not, and the pair memo is not
// used at all where the shape gate runs. calloc's zero bytes are an empty
// memo (owner 0, every slot empty; WordMemo is trivially copyable, so the
// bytes are one) and its pages are written only as answers are kept.
static_assert(std::is_trivially_copyable_v<WordMemo> && std::is_trivially_destructible_v<WordMemo>);
struct FreeMemo {
  void operator()(WordMemo* memo) const { std::free(memo); }
};
using MemoSlot = std::unique_ptr<WordMemo, FreeMemo>;

WordMemo& ZeroedMemo(MemoSlot& slot) {
  if (slot == nullptr) {
    void* bytes = std::calloc(1, sizeof(WordMemo));
    if (bytes == nullptr) throw std::bad_alloc();
    slot.reset(static_cast<WordMemo*>(bytes));
  }
  return *slot;
}

WordMemo& ThreadMemo() {
  thread_local MemoSlot memo;
  return ZeroedMemo(memo);
}

// The same kind of table for pairs of words as the repair steps over them
// (PairMissed): the bytes of "a b" up to 15, and whether both are syllables
// without edge punctuation. Its own table, as a pair's answer is not a word's.
WordMemo& ThreadPairMemo() {
  thread_local MemoSlot memo;
  return ZeroedMemo(memo);
}

// Valid(word) computed and kept under `key` after the memo missed: out of
// line, so that the walk's loop keeps its values in registers on the common
// path (a call inside it makes the compiler keep them where a call preserves
// them, and more of them than there are such registers).
[[gnu::noinline]] bool AskMissed(const SyllableSet& set, WordMemo& memo, WordMemo::Key key,
                                 std::string_view word) {
  const bool valid = set.ValidUncached(word);
  memo.Keep(key, valid);
  return valid;
}

// The memo's answer for `word`, whose key is `key`, computed and kept on a miss.
[[gnu::always_inline]] inline bool AskKeyed(const SyllableSet& set, WordMemo& memo,
                                            WordMemo::Key key, std::string_view word) {
  if (int known = memo.Find(key); known >= 0) return known == 1;
  return AskMissed(set, memo, key, word);
}

// ValidInText's work, given the memo already owned by `set`: the repair finds
// its thread's memo once per text and asks this, inlined, for every word (as
// a call, with the memo found again each time, it cost ≈ 70 instructions a
// word; inlined ≈ 35).
[[gnu::always_inline]] inline bool AskInText(const SyllableSet& set, WordMemo& memo,
                                             std::string_view word, const char* text_end) {
  WordMemo::Key key;
  if (!WordMemo::KeyInText(word, text_end, &key)) return set.ValidUncached(word);
  return AskKeyed(set, memo, key, word);
}

// A word of the text as the repair's loop sees it: where it starts and ends,
// and the punctuation at its edges (LeadingNonLetters, TrailingNonLetters).
struct ScannedWord {
  size_t from = std::string_view::npos, end = 0;
  size_t leading = 0, trailing = 0;
};

#if defined(__SSE2__)
// The word breaks (kWordBreak) among sixteen loaded bytes, as 0xFF bytes.
inline __m128i BreaksIn(__m128i x) {
  return _mm_or_si128(
      _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));
}
#endif

// The word starting at `from`: its end (its first word break, found sixteen
// bytes at a time) and the punctuation at its edges, read byte by byte from
// each end, as most words have none (one table lookup each).
ScannedWord ScanWord(std::string_view text, size_t from) {
  ScannedWord w;
  w.from = from;
  w.end = WordEnd(text, from);
  // Most words have no punctuation: both edge bytes read before any loop.
  const std::string_view word(text.data() + from, w.end - from);
  if (!word.empty() && (IsEdgePunctuation(word.front()) || IsEdgePunctuation(word.back()))) {
    w.leading = LeadingNonLetters(word);
    w.trailing = TrailingNonLetters(word);
  }
  return w;
}

uint64_t NextSetNumber() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

SyllableSet::SyllableSet(const std::vector<std::string>& onsets,
                         const std::vector<std::string>& rhymes,
                         const std::vector<std::string>& stop_finals,
                         const std::vector<std::string>& stop_tone_examples)
    : number_(NextSetNumber()) {
  for (const std::string& f : stop_finals) {
    if (auto k = Key(f)) stop_finals_.push_back(*k);
  }
  for (const std::string& e : stop_tone_examples) {
    if (auto k = KeyAndTone(e)) stop_tones_.push_back(k->tone);
  }
  for (const std::string& o : onsets) {
    if (auto k = Key(o)) {
      onsets_.insert(*k);
      longest_onset_ = std::max(longest_onset_, k->size());
    }
  }
  for (const std::string& r : rhymes) {
    if (auto k = Key(r)) {
      rhymes_.insert(*k);
      longest_rhyme_ = std::max(longest_rhyme_, k->size());
    }
  }
  vowels_together_ = VowelsStayTogether(std::vector<std::string>(onsets_.begin(), onsets_.end()),
                                        std::vector<std::string>(rhymes_.begin(), rhymes_.end()));
}

bool SyllableSet::Valid(std::string_view token) const {
  WordMemo::Key key;
  if (!WordMemo::MakeKey(token, &key)) return ValidUncached(token);
  WordMemo& memo = ThreadMemo();
  memo.Own(number_);
  if (int known = memo.Find(key); known >= 0) return known == 1;
  bool valid = ValidUncached(token);
  memo.Keep(key, valid);
  return valid;
}

bool SyllableSet::ValidInText(std::string_view word, const char* text_end) const {
  WordMemo& memo = ThreadMemo();
  memo.Own(number_);
  return AskInText(*this, memo, word, text_end);
}

bool SyllableSet::ValidUncached(std::string_view token) const {
  // Called about once per new word of every text: the key is built in a
  // reused buffer, and a word longer than the longest onset and rhyme
  // together stops being keyed as soon as it is.
  thread_local std::string key;
  UChar32 tone = 0;
  if (!KeyInto(token, longest_onset_ + longest_rhyme_, key, tone)) return false;
  if (!ToneFitsFinal(key, tone)) return false;
  std::string_view k = key;
  if (rhymes_.count(k)) return true;  // no onset
  for (size_t n = std::min(longest_onset_, k.size()); n >= 1; --n) {
    if (onsets_.count(k.substr(0, n)) && rhymes_.count(k.substr(n))) return true;
  }
  return false;
}

bool SyllableSet::ToneFitsFinal(std::string_view key, UChar32 tone) const {
  for (const std::string& f : stop_finals_) {
    if (key.size() > f.size() && key.ends_with(f)) {
      return std::find(stop_tones_.begin(), stop_tones_.end(), tone) != stop_tones_.end();
    }
  }
  return true;
}

namespace {

// A pair of neighbouring words, one of which is not a syllable: the pieces
// without their outer punctuation, where the second word ends, and what is
// known of them.
struct BrokenPair {
  std::string_view a_core, b_core;
  size_t b_end = 0;       // the second word's end in the text
  size_t b_trailing = 0;  // punctuation after the second word's letters
  bool a_valid = false, b_valid = false;
};

// How many words, from the pair's first, join into one syllable: 3 (`*c` is
// then the third word), 2, or 0. Kept out of RepairBrokenSyllables' word loop,
// which asks nothing more of most pairs (two syllables), so that the loop
// spills less (0.8 M instructions on the 2 MB law). `ab` and `abc` are
// buffers for the joined candidates.
[[gnu::noinline]] size_t JoinedWords(std::string_view text, const SyllableSet& set, WordMemo& memo,
                                     const BrokenPair& pair, std::string& ab, std::string& abc,
                                     std::string_view* c) {
  const char* const text_end = text.data() + text.size();
  const bool va = pair.a_valid, vb = pair.b_valid;
  const size_t b_end = pair.b_end;
  ab.assign(pair.a_core).append(pair.b_core);
  // Three pieces ("Đ ả ng") first, then two ("T hủ", "hư ớng"). A
  // syllable followed by a single letter is left alone: "điểm a, b và c".
  if (!va && b_end + 1 < text.size() && text[b_end] == ' ' && pair.b_trailing == 0) {
    size_t c_end = WordEnd(text, b_end + 1);
    *c = text.substr(b_end + 1, c_end - b_end - 1);
    std::string_view c_core = c->substr(0, c->size() - TrailingNonLetters(*c));
    abc.assign(ab).append(c_core);
    bool vc = AskInText(set, memo, c_core, text_end);
    if (LeadingNonLetters(*c) == 0 && !c_core.empty() && (!vb || !vc) && set.Valid(abc) &&
        PlausibleCase(abc)) {
      return 3;
    }
  }
  // A lone consonant is never a word: "Phạ m" is "Phạm". A lone vowel
  // may be ("điểm a"), and two real syllables stay apart.
  bool b_broken = !vb && (LetterCount(pair.b_core) >= 2 || LoneConsonant(pair.b_core));
  if ((!va || b_broken) && set.Valid(ab) && PlausibleCase(ab)) return 2;
  return 0;
}

// Where a walk over word pairs stopped (WalkCleanSyllables): the last word
// reached, and, when it stopped at a clean pair that is not two syllables,
// that pair's second word and both answers.
struct PairStop {
  ScannedWord a, b;
  bool pair = false;  // a clean pair with a piece that is not a syllable
  bool va = false, vb = false;
};

// The pair memo's answer for the two words "b c" at `b_from`, `b_size` and
// `pair_size` bytes long with the single space between, computed on a miss of
// the word memo and kept under `key`. What the pair memo keeps is a function of
// those bytes alone: no punctuation at either edge of b nor at the start of c,
// b a syllable, and c without its trailing punctuation one.
[[gnu::noinline]] bool PairMissed(std::string_view text, size_t b_from, size_t b_size,
                                  size_t pair_size, const SyllableSet& set, WordMemo& words,
                                  WordMemo& pairs, WordMemo::Key key) {
  const char* const text_end = text.data() + text.size();
  const std::string_view b = text.substr(b_from, b_size);
  const std::string_view c = text.substr(b_from + b_size + 1, pair_size - b_size - 1);
  const bool passes =
      !IsEdgePunctuation(b.front()) && !IsEdgePunctuation(b.back()) &&
      !IsEdgePunctuation(c.front()) && AskInText(set, words, b, text_end) &&
      AskInText(set, words, c.substr(0, c.size() - TrailingNonLetters(c)), text_end);
  pairs.Keep(key, passes);
  return passes;
}

// The word [from, end) with the punctuation at its edges (ScanWord's answer
// for a word whose end is known).
ScannedWord WordBetween(std::string_view text, size_t from, size_t end) {
  ScannedWord w;
  w.from = from;
  w.end = end;
  const std::string_view word = text.substr(from, end - from);
  w.leading = LeadingNonLetters(word);
  w.trailing = TrailingNonLetters(word);
  return w;
}

// A word read where the walk's sixteen-byte load could not (fewer than
// sixteen bytes left, a longer word, punctuation at an edge), with its core's
// answer (false for a word of punctuation alone).
[[gnu::noinline]] ScannedWord ReadWordSlowly(std::string_view text, size_t b_from,
                                             const SyllableSet& set, WordMemo& memo, bool* valid) {
  const ScannedWord w = ScanWord(text, b_from);
  const size_t core_from = b_from + w.leading;
  const size_t core_end = std::max(core_from, w.end - w.trailing);
  *valid =
      core_end > core_from &&
      AskInText(set, memo, text.substr(core_from, core_end - core_from), text.data() + text.size());
  return w;
}

// Where the words go on after the word ending at `end`: the next word's
// start, past the breaks, or the text's size.
size_t NextWordFrom(std::string_view text, size_t end) {
  while (end < text.size() && kWordBreak[static_cast<unsigned char>(text[end])]) ++end;
  return end;
}

// True when the core of either word of a clean pair — `a` ([a_from, a_end),
// its leading punctuation left out) or `b` (its trailing punctuation left
// out) — holds an ASCII byte that is not a letter: a digit ("Điều 5", "khoản
// 2"), a slash, a hyphen. No syllable holds one (KeyInto takes letters only),
// so neither the pair joined nor the pair and a third word joined
// (JoinedWords: "ab", "abc") is one, and the repair would move on to the next
// pair: the walk goes on instead of returning (a law's numbers were most of
// its stops, each ≈ 300 instructions of JoinedWords and a walk begun again).
[[gnu::noinline]] bool PairHoldsNonLetter(std::string_view text, size_t a_from, size_t a_end,
                                          const ScannedWord& b) {
  auto holds_non_letter = [&](size_t from, size_t end) {
    for (size_t k = from; k < end; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c < 0x80 && static_cast<unsigned char>((c | 0x20) - 'a') > 'z' - 'a') return true;
    }
    return false;
  };
  const std::string_view a = text.substr(a_from, a_end - a_from);
  return holds_non_letter(a_from + LeadingNonLetters(a), a_end) ||
         holds_non_letter(b.from + b.leading, b.end - b.trailing);
}

// How StepKnownPairs left the walk: no pair stepped, or the last word of the
// last pair stepped followed by a clean pair or not.
enum class PairSteps { kNone, kThenClean, kThenNotClean };

// From `*w_from`, the second word of a clean pair whose first is a syllable,
// steps over word pairs the pair memo knows pass while a clean pair follows
// each: after "b c" passed, the pair of c and the next word is clean when one
// space and no punctuation lie between, and c is a syllable, so the next pair
// may be asked in turn. Only where the steps stop does it say where the last
// word passed lies (`*a_from`, `*a_end`) and, when a clean pair follows it,
// where that pair's second word starts (`*w_from`): the loop carries one
// position.
[[gnu::always_inline]] inline PairSteps StepKnownPairs(std::string_view text, size_t* w_from,
                                                       const SyllableSet& set, WordMemo& memo,
                                                       WordMemo& pair_memo, size_t* a_from,
                                                       size_t* a_end) {
#if defined(__SSE2__)
  const size_t n = text.size();
  const char* const base = text.data();
  size_t at = *w_from;
  bool stepped = false;
  size_t c_from = 0, c_end = 0;
  while (n - at >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at));
    const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(BreaksIn(x)));
    const auto b_size = static_cast<size_t>(std::countr_zero(mask));
    const uint32_t after_b = mask & (mask - 1);
    if (after_b == 0 || base[at + b_size] != ' ') break;
    const auto pair_size = static_cast<size_t>(std::countr_zero(after_b));
    if (pair_size == b_size + 1) break;
    const WordMemo::Key key = WordMemo::FromLoaded(x, pair_size);
    const int known = pair_memo.Find(key);
    if (known == 0 ||
        (known < 0 && !PairMissed(text, at, b_size, pair_size, set, memo, pair_memo, key))) {
      break;
    }
    stepped = true;
    c_from = at + b_size + 1;
    c_end = at + pair_size;
    // c is a syllable without leading punctuation: is a clean pair next?
    if (c_end + 1 >= n || base[c_end] != ' ' || IsEdgePunctuation(base[c_end - 1]) ||
        kBreakOrEdge[static_cast<unsigned char>(base[c_end + 1])]) {
      *a_from = c_from;
      *a_end = c_end;
      return PairSteps::kThenNotClean;
    }
    at = c_end + 1;
  }
  if (!stepped) return PairSteps::kNone;
  *a_from = c_from;
  *a_end = c_end;
  *w_from = at;
  return PairSteps::kThenClean;
#else
  (void)text, (void)w_from, (void)set, (void)memo, (void)pair_memo, (void)a_from, (void)a_end;
  return PairSteps::kNone;
#endif
}

// From the word at `from` (not a word break), walks the words of the text to
// the first clean pair (a single space between, no punctuation where they
// meet) of which a piece is not a syllable, or to the text's end — most of a
// Vietnamese text, which the repair leaves as it is. Each word is read once:
// one sixteen-byte load at its start finds its end and keys its memo question,
// and its answer is carried to the next pair (a clean pair's second word has
// no leading punctuation, and when the next pair is clean it has no trailing
// either, so its core is the same bytes). Where a pair is not clean (a comma,
// a line end) the walk goes on at the next word rather than returning, so a
// text is one call or a few: the repair counts lines only where it joins.
// After a syllable, where the next two words end within the sixteen bytes at
// the first, a single space apart, they are asked as one pair of the pair
// memo (PairMissed says what it keeps), two words a lookup; where the pair
// does not pass, the first of them is asked alone. A law repeats its word
// pairs as it repeats its words ("của Chính phủ", "quy định tại"). The loop
// carries where the last word read starts and ends and its answer; the edges
// of the words it returns are read again. Its rare paths are calls out of
// line, so that its few live values stay in registers; not specialised on its
// thread-local memos (noipa): as constants they were reached through the
// thread-local access sequence, which the compiler treats as a call, spilling
// and reloading the loop's values around it twice a word.
[[gnu::noipa]] PairStop WalkCleanSyllables(std::string_view text, size_t from,
                                           const SyllableSet& set, WordMemo& memo,
                                           WordMemo& pair_memo) {
  const size_t n = text.size();
  const char* const base = text.data();
  // The last word read, `a`, when the pair it starts with the word at `w_from`
  // is clean; `va` its core's answer.
  bool after_clean = false, va = false;
  size_t a_from = 0, a_end = 0;
  size_t w_from = from;
  for (;;) {
    if (after_clean && va) {
      const PairSteps steps = StepKnownPairs(text, &w_from, set, memo, pair_memo, &a_from, &a_end);
      // kThenClean: the pair at `w_from` is not known to pass; its first word is read alone.
      if (steps == PairSteps::kThenNotClean) {
        after_clean = false;
        w_from = NextWordFrom(text, a_end);
        if (w_from >= n) return {WordBetween(text, a_from, a_end), {}, false, false, false};
        continue;
      }
    }
    // The word `w` at `w_from` and its core's answer.
    ScannedWord w;
    bool vw = false;
    bool read = false;
#if defined(__SSE2__)
    if (n - w_from >= 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + w_from));
      const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(BreaksIn(x)));
      const auto size = static_cast<size_t>(std::countr_zero(mask));
      if (mask != 0 && !IsEdgePunctuation(base[w_from])) {
        // Trailing punctuation ("định,") is left out of the key by its size.
        w.from = w_from;
        w.end = w_from + size;
        if (IsEdgePunctuation(base[w.end - 1])) {
          w.trailing = TrailingNonLetters(text.substr(w_from, size));
        }
        const size_t core = size - w.trailing;
        vw = AskKeyed(set, memo, WordMemo::FromLoaded(x, core), text.substr(w_from, core));
        read = true;
      }
    }
#endif
    if (!read) w = ReadWordSlowly(text, w_from, set, memo, &vw);
    if (after_clean && (!va || !vw) && !PairHoldsNonLetter(text, a_from, a_end, w)) {
      return {WordBetween(text, a_from, a_end), w, true, va, vw};
    }
    a_from = w.from;
    a_end = w.end;
    va = vw;
    after_clean = a_end + 1 < n && base[a_end] == ' ' && w.trailing == 0 &&
                  !kBreakOrEdge[static_cast<unsigned char>(base[a_end + 1])];
    if (after_clean) {
      w_from = a_end + 1;
      continue;
    }
    w_from = NextWordFrom(text, a_end);
    if (w_from >= n) return {w, {}, false, false, false};
  }
}

// The pair of the word starting at `a_from` and the next, as the walk would
// stop at it (WalkCleanSyllables): clean (one space between, no punctuation
// where they meet), a piece not a syllable, no digit or sign in either core.
// Otherwise `pair` is false and `a` says where the first word ends.
PairStop PairAt(std::string_view text, size_t a_from, const SyllableSet& set, WordMemo& memo) {
  const size_t n = text.size();
  const char* const text_end = text.data() + n;
  PairStop stop;
  stop.a = ScanWord(text, a_from);
  const size_t a_end = stop.a.end;
  if (a_end + 1 >= n || text[a_end] != ' ' || stop.a.trailing != 0 ||
      kBreakOrEdge[static_cast<unsigned char>(text[a_end + 1])]) {
    return stop;
  }
  stop.b = ScanWord(text, a_end + 1);
  const size_t a_core = a_from + stop.a.leading;
  stop.va = a_end > a_core && AskInText(set, memo, text.substr(a_core, a_end - a_core), text_end);
  const size_t b_core_end = stop.b.end - stop.b.trailing;
  stop.vb = b_core_end > stop.b.from &&
            AskInText(set, memo, text.substr(stop.b.from, b_core_end - stop.b.from), text_end);
  stop.pair = (!stop.va || !stop.vb) && !PairHoldsNonLetter(text, a_from, a_end, stop.b);
  return stop;
}

// From `from` (a word's start or a break), the first pair the walk would stop
// at, asking only the pairs the shape gate leaves open (JoinCandidates): a
// pair it rules out cannot be joined (JoinedWords would answer 0), so the
// repair's joins are the walk's. At the text's end, no pair and `a` ending there.
PairStop NextGatedStop(std::string_view text, size_t from, const SyllableSet& set, WordMemo& memo,
                       JoinCandidates& candidates) {
  const size_t n = text.size();
  for (size_t i = from;;) {
    const size_t a_from = candidates.Next(i);
    if (a_from >= n) return {ScannedWord{n, n, 0, 0}, {}, false, false, false};
    PairStop stop = PairAt(text, a_from, set, memo);
    if (stop.pair) return stop;
    i = stop.a.end;
  }
}

}  // namespace

std::optional<std::string> RepairBrokenSyllables(std::string_view text, const SyllableSet& set,
                                                 SyllableRepairs* report, SyllableScan scan) {
  std::string out;
  int count = 0;
  size_t copied = 0;    // text[0, copied) is in `out`
  std::string ab, abc;  // joined candidates, their buffers reused
  // The words are asked where they lie (ValidInText), this thread's memo found once.
  const size_t n = text.size();
  WordMemo& memo = ThreadMemo();
  memo.Own(set.number_);
  const bool gated = scan == SyllableScan::kShapeGate && set.vowels_together_ && SyllableGateRuns();
  // The pair memo serves the word walk only (taken when that runs).
  WordMemo* pair_memo = gated ? nullptr : &ThreadPairMemo();
  if (pair_memo != nullptr) pair_memo->Own(set.number_);
  JoinCandidates candidates(text);
  // Words are runs between single ASCII spaces; a join deletes that space.
  // The walk crosses line ends, so the first join's line is counted where it is.
  size_t i = 0;
  while (i < n) {
    if (kWordBreak[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    const PairStop stop = gated ? NextGatedStop(text, i, set, memo, candidates)
                                : WalkCleanSyllables(text, i, set, memo, *pair_memo);
    const ScannedWord& wa = stop.a;
    size_t joined_words = 0;
    std::string_view b, c;
    if (stop.pair) {
      const ScannedWord& wb = stop.b;
      const size_t a_end = wa.end;
      const std::string_view a_core(text.data() + wa.from + wa.leading,
                                    a_end - wa.from - wa.leading);
      b = std::string_view(text.data() + a_end + 1, wb.end - a_end - 1);
      const std::string_view b_core(b.data(), b.size() - wb.trailing);
      joined_words = JoinedWords(
          text, set, memo, {a_core, b_core, wb.end, wb.trailing, stop.va, stop.vb}, ab, abc, &c);
    }
    if (joined_words == 0) {
      i = wa.end;  // the outer loop steps over the breaks
      continue;
    }
    i = wa.from;
    size_t span_end = joined_words == 2 ? static_cast<size_t>(b.data() + b.size() - text.data())
                                        : static_cast<size_t>(c.data() + c.size() - text.data());
    out.append(text.substr(copied, i - copied));
    std::string before(text.substr(i, span_end - i)), after;
    for (char ch : before) {
      if (ch != ' ') after.push_back(ch);
    }
    out += after;
    copied = span_end;
    if (count++ == 0 && report != nullptr) {
      report->first_line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + i, '\n'));
      report->first_before = before;
      report->first_after = after;
    }
    i = span_end;
  }
  if (count == 0) return std::nullopt;
  out.append(text.substr(copied));
  if (report != nullptr) report->count = count;
  return out;
}

}  // namespace congvan::text
