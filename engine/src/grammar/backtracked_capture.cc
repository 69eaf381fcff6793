// A marker style's capture by a backtracker (see backtracked_capture.h).
//
// Approach: a recursive-descent reading of the pattern's text into a tree
// (alternation, sequence, repeat, group, class), which is then laid out as
// RE2's and Perl's backtrackers see it: an alternation is a chain of splits
// trying each alternative in order, a greedy repeat x{m,n} is m copies of x
// and n−m splits that prefer one more x (x* a split looping back), and the
// first group is bracketed by saves. The matcher pops (instruction, place)
// pairs from a fixed stack, a save's old value pushed to be restored on the
// way back, so the first path to reach the end is RE2's leftmost-first
// match. A repeated part that could match empty is refused (RE2 and Perl
// differ on empty iterations, and such a loop would not end), so every loop
// consumes bytes and the search ends; the step budget bounds the rest.
#include "grammar/backtracked_capture.h"

#include <algorithm>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {
namespace {

constexpr int kMaxProgram = 4096;  // instructions, once laid out
constexpr int kMaxRepeat = 64;     // the largest {m,n} bound read
constexpr int kStepBudget = 4096;  // instructions run per match
constexpr int kStackDepth = 256;   // choices and saves pending

struct Node {
  enum class Kind { kClass, kSequence, kAlternation, kRepeat, kGroup, kAssert } kind;
  int class_index = -1;  // kAssert: the BacktrackedCapture::Assertion
  int min = 0, max = 0;  // kRepeat; max −1: unbounded
  int group = 0;         // kGroup: 0 non-capturing, else its number
  std::vector<Node> parts;
};

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

bool IsAsciiPunctuation(char c) {
  return c > 0x20 && c < 0x7F && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
         !(c >= 'A' && c <= 'Z');
}

void AddAscii(BacktrackedCapture::Class& c, unsigned char b) {
  c.ascii[b >> 6] |= uint64_t{1} << (b & 63);
}

void AddRange(BacktrackedCapture::Class& c, unsigned char lo, unsigned char hi) {
  for (unsigned b = lo; b <= hi; ++b) AddAscii(c, static_cast<unsigned char>(b));
}

// \d, \s, \w as RE2 reads them (ASCII only: [0-9], [\t\n\f\r ], [0-9A-Za-z_]).
bool AddPerlClass(BacktrackedCapture::Class& c, char name) {
  switch (name) {
    case 'd':
      AddRange(c, '0', '9');
      return true;
    case 's':
      for (char b : {'\t', '\n', '\f', '\r', ' '}) AddAscii(c, static_cast<unsigned char>(b));
      return true;
    case 'w':
      AddRange(c, '0', '9');
      AddRange(c, 'A', 'Z');
      AddRange(c, 'a', 'z');
      AddAscii(c, '_');
      return true;
    default:
      return false;
  }
}

bool Nullable(const Node& n) {
  switch (n.kind) {
    case Node::Kind::kClass:
      return false;
    case Node::Kind::kAssert:
      return true;
    case Node::Kind::kSequence:
      return std::all_of(n.parts.begin(), n.parts.end(), Nullable);
    case Node::Kind::kAlternation:
      return std::any_of(n.parts.begin(), n.parts.end(), Nullable);
    case Node::Kind::kRepeat:
      return n.min == 0 || Nullable(n.parts[0]);
    case Node::Kind::kGroup:
      return Nullable(n.parts[0]);
  }
  return true;
}

}  // namespace

// Reads a pattern into a tree and lays it out (a friend of the capture).
class CaptureCompiler {
 public:
  explicit CaptureCompiler(std::string_view pattern) : p_(pattern) {}

  std::optional<BacktrackedCapture> Compile() {
    Node root = Alternation();
    if (failed_ || at_ != p_.size()) return std::nullopt;
    BacktrackedCapture out;
    out.groups_ = groups_;
    out.classes_ = std::move(classes_);
    program_ = &out.program_;
    Emit(root);
    program_->push_back({BacktrackedCapture::Op::kMatch});
    if (failed_ || program_->size() > kMaxProgram) return std::nullopt;
    FirstBytes(out);
    // Every run is decided against the program as laid out, before any is
    // rewritten: a loop leads back to an earlier run, and a rewritten run
    // would read to Reach as the end (and let a later run stop giving back
    // where what follows needs it to).
    std::vector<const Run*> take;
    for (const Run& run : runs_) {
      if (MayTakeWithoutGivingBack(out, run)) take.push_back(&run);
    }
    for (const Run* run : take) {
      out.program_[static_cast<size_t>(run->start)] = {Op::kRun, run->class_index, run->min,
                                                       run->max, run->exit};
    }
    return out;
  }

 private:
  using Op = BacktrackedCapture::Op;

  bool More() const { return at_ < p_.size(); }
  char Peek() const { return p_[at_]; }

  Node Fail() {
    failed_ = true;
    return Node{Node::Kind::kSequence};
  }

  Node Alternation() {
    Node alt{Node::Kind::kAlternation};
    alt.parts.push_back(Sequence());
    while (!failed_ && More() && Peek() == '|') {
      ++at_;
      alt.parts.push_back(Sequence());
    }
    if (alt.parts.size() == 1) return std::move(alt.parts[0]);
    return alt;
  }

  Node Sequence() {
    Node seq{Node::Kind::kSequence};
    while (!failed_ && More() && Peek() != '|' && Peek() != ')') {
      Node atom = Atom();
      if (failed_) break;
      seq.parts.push_back(Repeated(std::move(atom)));
    }
    return seq;
  }

  Node Atom() {
    const char c = Peek();
    if (c == '(') return Group();
    if (c == '[') return ClassNode();
    if (c == '\\') {
      if (at_ + 1 >= p_.size()) return Fail();
      const char e = p_[at_ + 1];
      BacktrackedCapture::Class cls;
      if (AddPerlClass(cls, e) || (IsAsciiPunctuation(e) && (AddAscii(cls, e), true))) {
        at_ += 2;
        return ClassOf(std::move(cls));
      }
      if (e == 'b' || e == 'B') {
        at_ += 2;
        return AssertNode(e == 'b' ? BacktrackedCapture::kWordBoundary
                                   : BacktrackedCapture::kNotWordBoundary);
      }
      return Fail();  // \p{…}, \Q, \A, \z, \x…, \n: not followed
    }
    if (c == '^' || c == '$') {
      ++at_;
      return AssertNode(c == '^' ? BacktrackedCapture::kTextBegin : BacktrackedCapture::kTextEnd);
    }
    if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{') return Fail();
    BacktrackedCapture::Class cls;
    if (!Rune(cls)) return Fail();
    return ClassOf(std::move(cls));
  }

  // One literal code point at at_ into `cls`.
  bool Rune(BacktrackedCapture::Class& cls) {
    const auto lead = static_cast<unsigned char>(Peek());
    const size_t n = Utf8Length(lead);
    if (n == 0 || at_ + n > p_.size()) return false;
    if (n == 1) {
      AddAscii(cls, lead);
    } else {
      for (size_t i = 1; i < n; ++i) {
        if ((static_cast<unsigned char>(p_[at_ + i]) & 0xC0) != 0x80) return false;
      }
      cls.wide.emplace_back(p_.substr(at_, n));
    }
    at_ += n;
    return true;
  }

  Node Group() {
    ++at_;  // (
    int number = 0;
    if (p_.substr(at_, 2) == "?:") {
      at_ += 2;
    } else if (More() && Peek() == '?') {
      return Fail();  // flags, named groups
    } else {
      number = ++groups_;
    }
    Node inner = Alternation();
    if (failed_ || !More() || Peek() != ')') return Fail();
    ++at_;
    Node group{Node::Kind::kGroup};
    group.group = number;
    group.parts.push_back(std::move(inner));
    return group;
  }

  Node ClassNode() {
    ++at_;  // [
    if (!More() || Peek() == '^' || Peek() == ']') return Fail();
    BacktrackedCapture::Class cls;
    while (More() && Peek() != ']') {
      if (Peek() == '[') return Fail();  // [:alpha:] and the like
      if (Peek() == '\\') {
        if (at_ + 1 >= p_.size()) return Fail();
        const char e = p_[at_ + 1];
        if (!AddPerlClass(cls, e)) {
          if (!IsAsciiPunctuation(e)) return Fail();
          AddAscii(cls, static_cast<unsigned char>(e));
        }
        at_ += 2;
        if (More() && Peek() == '-' && at_ + 1 < p_.size() && p_[at_ + 1] != ']') return Fail();
        continue;
      }
      const auto lo = static_cast<unsigned char>(Peek());
      if (lo < 0x80 && at_ + 2 < p_.size() && p_[at_ + 1] == '-' && p_[at_ + 2] != ']') {
        const auto hi = static_cast<unsigned char>(p_[at_ + 2]);
        if (hi >= 0x80 || hi < lo || hi == '\\' || hi == '[') return Fail();
        AddRange(cls, lo, hi);
        at_ += 3;
        continue;
      }
      if (!Rune(cls)) return Fail();
      if (lo >= 0x80 && More() && Peek() == '-' && at_ + 1 < p_.size() && p_[at_ + 1] != ']') {
        return Fail();  // a range of wide code points
      }
    }
    if (!More()) return Fail();
    ++at_;  // ]
    return ClassOf(std::move(cls));
  }

  static Node AssertNode(BacktrackedCapture::Assertion what) {
    Node n{Node::Kind::kAssert};
    n.class_index = what;
    return n;
  }

  Node ClassOf(BacktrackedCapture::Class cls) {
    std::sort(cls.wide.begin(), cls.wide.end());
    cls.wide.erase(std::unique(cls.wide.begin(), cls.wide.end()), cls.wide.end());
    Node n{Node::Kind::kClass};
    n.class_index = static_cast<int>(classes_.size());
    classes_.push_back(std::move(cls));
    return n;
  }

  // `atom` with the repeat that follows it, if any (greedy only).
  Node Repeated(Node atom) {
    if (!More()) return atom;
    int min = 0, max = 0;
    const char c = Peek();
    if (c == '?') {
      min = 0, max = 1, ++at_;
    } else if (c == '*') {
      min = 0, max = -1, ++at_;
    } else if (c == '+') {
      min = 1, max = -1, ++at_;
    } else if (c == '{') {
      if (!Bounds(&min, &max)) return Fail();
    } else {
      return atom;
    }
    if (More() && (Peek() == '?' || Peek() == '*' || Peek() == '+' || Peek() == '{')) {
      return Fail();  // lazy, or a repeat of a repeat
    }
    if (Nullable(atom) || max == 0) return Fail();
    Node rep{Node::Kind::kRepeat};
    rep.min = min;
    rep.max = max;
    rep.parts.push_back(std::move(atom));
    return rep;
  }

  // {m}, {m,}, {m,n} at at_.
  bool Bounds(int* min, int* max) {
    size_t i = at_ + 1;
    auto number = [&](int* out) {
      size_t start = i;
      int v = 0;
      while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9' && i - start < 4)
        v = v * 10 + (p_[i++] - '0');
      *out = v;
      return i > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      *max = -1;
      if (i < p_.size() && p_[i] != '}' && !number(max)) return false;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    if (*min > kMaxRepeat || *max > kMaxRepeat || (*max >= 0 && *max < *min)) return false;
    at_ = i + 1;
    return true;
  }

  int Here() const { return static_cast<int>(program_->size()); }
  int Add(Op op, int x = 0, int y = 0) {
    program_->push_back({op, x, y});
    return Here() - 1;
  }

  void Emit(const Node& n) {
    if (program_->size() > kMaxProgram) {
      failed_ = true;
      return;
    }
    switch (n.kind) {
      case Node::Kind::kClass:
        Add(Op::kClass, n.class_index);
        break;
      case Node::Kind::kAssert:
        Add(Op::kAssert, n.class_index);
        break;
      case Node::Kind::kSequence:
        for (const Node& part : n.parts) Emit(part);
        break;
      case Node::Kind::kAlternation:
        EmitAlternation(n);
        break;
      case Node::Kind::kRepeat:
        EmitRepeat(n);
        break;
      case Node::Kind::kGroup:
        if (n.group == 1) Add(Op::kSave, 2);
        Emit(n.parts[0]);
        if (n.group == 1) Add(Op::kSave, 3);
        break;
    }
  }

  void EmitAlternation(const Node& n) {
    std::vector<int> jumps;
    for (size_t i = 0; i < n.parts.size(); ++i) {
      const bool last = i + 1 == n.parts.size();
      const int split = last ? -1 : Add(Op::kSplit);
      if (!last) (*program_)[split].x = Here();
      Emit(n.parts[i]);
      if (!last) {
        jumps.push_back(Add(Op::kJump));
        (*program_)[split].y = Here();
      }
    }
    for (int j : jumps) (*program_)[j].x = Here();
  }

  void EmitRepeat(const Node& n) {
    const Node& body = n.parts[0];
    if (body.kind == Node::Kind::kClass) {
      runs_.push_back({Here(), body.class_index, n.min, n.max, 0});
      EmitRepeatLaidOut(n);
      runs_.back().exit = Here();
      return;
    }
    EmitRepeatLaidOut(n);
  }

  void EmitRepeatLaidOut(const Node& n) {
    const Node& body = n.parts[0];
    for (int i = 0; i < n.min; ++i) Emit(body);
    if (n.max < 0) {
      const int split = Add(Op::kSplit);
      (*program_)[split].x = Here();
      Emit(body);
      Add(Op::kJump, split);
      (*program_)[split].y = Here();
      return;
    }
    std::vector<int> splits;
    for (int i = n.min; i < n.max; ++i) {
      splits.push_back(Add(Op::kSplit));
      (*program_)[splits.back()].x = Here();
      Emit(body);
    }
    for (int s : splits) (*program_)[s].y = Here();
  }

  // The classes reached from `pc` through splits, jumps, saves and
  // assertions (taken as maybe holding), and whether the end is.
  static bool Reach(const BacktrackedCapture& c, int from, std::vector<int>* classes,
                    bool* assertion = nullptr) {
    std::vector<bool> seen(c.program_.size());
    std::vector<int> todo = {from};
    bool end = false;
    while (!todo.empty()) {
      const auto pc = static_cast<size_t>(todo.back());
      todo.pop_back();
      if (seen[pc]) continue;
      seen[pc] = true;
      const BacktrackedCapture::Inst& inst = c.program_[pc];
      switch (inst.op) {
        case Op::kClass:
          classes->push_back(static_cast<int>(pc));
          break;
        case Op::kSplit:
          todo.push_back(inst.x);
          todo.push_back(inst.y);
          break;
        case Op::kJump:
          todo.push_back(inst.x);
          break;
        case Op::kAssert:
          if (assertion != nullptr) *assertion = true;
          todo.push_back(static_cast<int>(pc) + 1);
          break;
        case Op::kSave:
          todo.push_back(static_cast<int>(pc) + 1);
          break;
        case Op::kRun:  // never met: runs are rewritten after every one is decided
        case Op::kMatch:
          end = true;
          break;
      }
    }
    return end;
  }

  // A class repeated, laid out as splits from `start` to `exit`.
  struct Run {
    int start, class_index, min, max, exit;
  };

  // Whether `run` may be one kRun, giving back cannot help: at every
  // place the repeat could stop short of its longest, the next byte begins
  // one more of its class; if no match of what follows may begin with such
  // a byte, stopping there fails, unless what follows may match nothing,
  // and then the longest already succeeds. An assertion after the repeat
  // could hold short of the longest and not at it: such a run is kept.
  static bool MayTakeWithoutGivingBack(const BacktrackedCapture& c, const Run& run) {
    std::vector<int> classes;
    bool assertion = false;
    const bool end = Reach(c, run.exit, &classes, &assertion);
    if (assertion) return false;
    if (!end) {
      const BacktrackedCapture::Class& own = c.classes_[static_cast<size_t>(run.class_index)];
      std::array<uint64_t, 4> mine{own.ascii[0], own.ascii[1], 0, 0};
      for (const std::string& w : own.wide) AddByte(mine, static_cast<unsigned char>(w[0]));
      std::array<uint64_t, 4> next{};
      bool unused = false;
      FirstBytesFrom(c, run.exit, next, &unused);
      for (size_t i = 0; i < 4; ++i) {
        if ((mine[i] & next[i]) != 0) return false;
      }
    }
    return true;
  }

  static void AddByte(std::array<uint64_t, 4>& bits, unsigned char b) {
    bits[b >> 6] |= uint64_t{1} << (b & 63);
  }

  // Into `bits`, the first bytes of what may match from `pc` on (every byte
  // when the end may be reached there: anything may follow a match).
  static void FirstBytesFrom(const BacktrackedCapture& c, int pc, std::array<uint64_t, 4>& bits,
                             bool* end) {
    std::vector<int> classes;
    *end = Reach(c, pc, &classes);
    if (*end) bits.fill(~uint64_t{0});
    for (int at : classes) {
      const BacktrackedCapture::Class& cls = c.classes_[static_cast<size_t>(c.program_[at].x)];
      bits[0] |= cls.ascii[0];
      bits[1] |= cls.ascii[1];
      for (const std::string& w : cls.wide) AddByte(bits, static_cast<unsigned char>(w[0]));
    }
  }

  // The bytes a match may begin with, and those its second byte may be:
  // after a first class's ASCII member, what may follow that class; after a
  // wide member's first byte, its second.
  static void FirstBytes(BacktrackedCapture& c) {
    FirstBytesFrom(c, 0, c.first_bytes_, &c.may_match_empty_);
    std::vector<int> classes;
    Reach(c, 0, &classes);
    if (c.may_match_empty_) c.second_bytes_.fill(~uint64_t{0});
    for (int at : classes) {
      const BacktrackedCapture::Class& cls = c.classes_[static_cast<size_t>(c.program_[at].x)];
      if (cls.ascii[0] != 0 || cls.ascii[1] != 0) {
        bool end = false;
        FirstBytesFrom(c, at + 1, c.second_bytes_, &end);
      }
      for (const std::string& w : cls.wide)
        AddByte(c.second_bytes_, static_cast<unsigned char>(w[1]));
    }
  }

  std::string_view p_;
  size_t at_ = 0;
  bool failed_ = false;
  int groups_ = 0;
  std::vector<BacktrackedCapture::Class> classes_;
  std::vector<BacktrackedCapture::Inst>* program_ = nullptr;
  std::vector<Run> runs_;
};

std::optional<BacktrackedCapture> BacktrackedCapture::Read(std::string_view pattern) {
  return CaptureCompiler(pattern).Compile();
}

size_t BacktrackedCapture::Class::WideAt(std::string_view text, size_t pos) const {
  for (const std::string& w : wide) {
    if (text.size() - pos >= w.size() && text.compare(pos, w.size(), w) == 0) return w.size();
  }
  return 0;
}

namespace {

bool IsWordByte(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const char c = text[pos];
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool Holds(BacktrackedCapture::Assertion what, std::string_view text, size_t pos) {
  switch (what) {
    case BacktrackedCapture::kTextBegin:
      return pos == 0;
    case BacktrackedCapture::kTextEnd:
      return pos == text.size();
    case BacktrackedCapture::kWordBoundary:
      return (pos > 0 && IsWordByte(text, pos - 1)) != IsWordByte(text, pos);
    case BacktrackedCapture::kNotWordBoundary:
      return (pos > 0 && IsWordByte(text, pos - 1)) == IsWordByte(text, pos);
  }
  return false;
}

}  // namespace

BacktrackedCapture::Answer BacktrackedCapture::Match(std::string_view text,
                                                     re2::StringPiece (&groups)[2],
                                                     int ngroups) const {
  struct Pending {
    int pc;
    int pos;
    int slot;  // ≥ 0: restore saves[slot] to pos
  };
  if (text.size() > size_t{1} << 30) return Answer::kUnknown;  // places as int
  Pending stack[kStackDepth];
  int depth = 0;
  int saves[4] = {-1, -1, -1, -1};
  stack[depth++] = {0, 0, -1};
  int steps = 0;
  while (depth > 0) {
    const Pending job = stack[--depth];
    if (job.slot >= 0) {
      saves[job.slot] = job.pos;
      continue;
    }
    int pc = job.pc;
    size_t pos = static_cast<size_t>(job.pos);
    while (true) {
      if (++steps > kStepBudget) return Answer::kUnknown;
      const Inst& inst = program_[static_cast<size_t>(pc)];
      if (inst.op == Op::kClass) {
        const size_t n = classes_[static_cast<size_t>(inst.x)].At(text, pos);
        if (n == 0) break;
        pos += n;
        ++pc;
      } else if (inst.op == Op::kSplit) {
        if (depth == kStackDepth) return Answer::kUnknown;
        stack[depth++] = {inst.y, static_cast<int>(pos), -1};
        pc = inst.x;
      } else if (inst.op == Op::kJump) {
        pc = inst.x;
      } else if (inst.op == Op::kRun) {
        const Class& cls = classes_[static_cast<size_t>(inst.x)];
        int count = 0;
        while (inst.z < 0 || count < inst.z) {
          const size_t n = cls.At(text, pos);
          if (n == 0) break;
          pos += n;
          ++count;
        }
        if (count < inst.y) break;
        pc = inst.w;
      } else if (inst.op == Op::kAssert) {
        if (!Holds(static_cast<Assertion>(inst.x), text, pos)) break;
        ++pc;
      } else if (inst.op == Op::kSave) {
        if (ngroups < 2) {  // the group is not asked for
          ++pc;
          continue;
        }
        if (depth == kStackDepth) return Answer::kUnknown;
        stack[depth++] = {0, saves[inst.x], inst.x};
        saves[inst.x] = static_cast<int>(pos);
        ++pc;
      } else {  // kMatch
        groups[0] = re2::StringPiece(text.data(), pos);
        if (ngroups > 1) {
          groups[1] = saves[2] >= 0 && saves[3] >= 0
                          ? re2::StringPiece(text.data() + saves[2],
                                             static_cast<size_t>(saves[3] - saves[2]))
                          : re2::StringPiece();
        }
        return Answer::kMatch;
      }
    }
  }
  return Answer::kNoMatch;
}

void StyleCaptures::Build(const std::vector<std::unique_ptr<LazyRegex>>& plain,
                          const std::vector<std::unique_ptr<LazyRegex>>& full) const {
  pairs_.resize(std::max(plain.size(), full.size()));
  for (size_t k = 0; k < pairs_.size(); ++k) {
    if (k < plain.size() && plain[k])
      pairs_[k].plain = BacktrackedCapture::Read(plain[k]->pattern());
    if (k < full.size() && full[k]) pairs_[k].full = BacktrackedCapture::Read(full[k]->pattern());
  }
  ready_.store(true, std::memory_order_release);
}

}  // namespace congvan::grammar_internal
