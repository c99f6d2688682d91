#include "backtrack.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace secretum::internal {
namespace {

constexpr int kMaxDepth = 1000;          // recursion: each choice point on the path is a frame
constexpr uint32_t kMaxSteps = 200000;   // per start position
constexpr size_t kMaxNodes = 1 << 18;    // a pattern whose expansion is larger stays with RE2
constexpr size_t kIndexedBranches = 6;   // alternations with this many branches get an index
constexpr size_t kPairBits = 4096;       // the start filter on the first two bytes (Backtracker::pairs_)
inline size_t PairHash(unsigned char a, unsigned char b) { return (static_cast<size_t>(a) * 97 + b) & (kPairBits - 1); }
// The start filters on one to four bytes, case-folded (Backtracker::quads_, after_one_).
constexpr size_t kMaxQuads = 4096;    // prefixes enumerated per pattern, at most
constexpr size_t kMaxQuadClass = 12;  // a class of more (folded) bytes ends a prefix
constexpr size_t kMaxPositionStates = 4096;  // BuildPositions gives up past this many states
inline uint32_t QuadHash(uint32_t bytes, uint32_t len, int shift) {
  return ((bytes + len) * 0x9E3779B1u) >> shift;
}

// Unicode simple case folding restricted to Latin-1: A-Z and U+00C0-U+00DE (but U+00D7) with
// the character 0x20 above. The others (µ, ß, ÿ) fold only with characters outside Latin-1.
unsigned char Lower(unsigned char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return static_cast<unsigned char>(c + 0x20);
  return c;
}
unsigned char Upper(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return static_cast<unsigned char>(c - 0x20);
  return c;
}
struct LowerTable {
  unsigned char map[256];
  LowerTable() {
    for (int c = 0; c < 256; ++c) map[c] = Lower(static_cast<unsigned char>(c));
  }
};
const LowerTable kLower;

// Whether the first (up to) four bytes at `p`, folded, begin with a prefix of `bits` (see
// Backtracker::QuadFilter); `avail`: the bytes there are (a longer prefix cannot match there).
inline bool PassesQuads(const unsigned char* p, size_t avail, const uint64_t* bits, int shift, unsigned lengths) {
  if (avail > 4) avail = 4;
  uint32_t x = 0;
  for (size_t j = 0; j < avail; ++j) x |= static_cast<uint32_t>(kLower.map[p[j]]) << (8 * j);
  for (uint32_t len = static_cast<uint32_t>(avail); len >= 1; --len) {
    if (!(lengths >> len & 1)) continue;
    const uint32_t y = len == 4 ? x : x & ((uint32_t{1} << (8 * len)) - 1);
    const uint32_t h = QuadHash(y, len, shift);
    if (bits[h >> 6] >> (h & 63) & 1) return true;
  }
  return false;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
// The same as a table: one load where the search loop and \b test bytes.
struct WordTable {
  bool map[256];
  WordTable() {
    for (int c = 0; c < 256; ++c) map[c] = IsWordByte(static_cast<unsigned char>(c));
  }
};
const WordTable kWord;
inline bool IsWord(unsigned char c) { return kWord.map[c]; }

using Bits = std::bitset<256>;

Bits Range(int lo, int hi) {
  Bits b;
  for (int c = lo; c <= hi; ++c) b.set(static_cast<size_t>(c));
  return b;
}
Bits Digits() { return Range('0', '9'); }
Bits Spaces() {
  Bits b;
  for (char c : {'\t', '\n', '\f', '\r', ' '}) b.set(static_cast<unsigned char>(c));
  return b;
}
Bits WordBytes() {
  Bits b = Range('0', '9') | Range('a', 'z') | Range('A', 'Z');
  b.set('_');
  return b;
}
Bits Folded(Bits b) {
  Bits out = b;
  for (int c = 0; c < 256; ++c)
    if (b[static_cast<size_t>(c)]) {
      out.set(Lower(static_cast<unsigned char>(c)));
      out.set(Upper(static_cast<unsigned char>(c)));
    }
  return out;
}

struct Ast {
  enum Kind { kEmpty, kBytes, kCls, kAssert, kCat, kAlt, kRepeat, kGroup } kind = kEmpty;
  std::string bytes;  // kBytes (lowercased when fold)
  bool fold = false;  // kBytes
  Bits cls;           // kCls (folding applied)
  uint8_t assert = 0;
  std::vector<Ast> kids;
  int min = 0, max = 0;  // kRepeat (max -1: unbounded)
  bool greedy = true;
  int cap = -1;  // kGroup: capture index, or -1
};

bool Nullable(const Ast& a) {
  switch (a.kind) {
    case Ast::kEmpty: case Ast::kAssert: return true;
    case Ast::kBytes: return a.bytes.empty();
    case Ast::kCls: return false;
    case Ast::kCat:
      for (const Ast& k : a.kids)
        if (!Nullable(k)) return false;
      return true;
    case Ast::kAlt:
      for (const Ast& k : a.kids)
        if (Nullable(k)) return true;
      return false;
    case Ast::kRepeat: return a.min == 0 || Nullable(a.kids[0]);
    case Ast::kGroup: return Nullable(a.kids[0]);
  }
  return true;
}

// Parser of the subset (see backtrack.h). Any doubt: fails, and the pattern stays with RE2.
class Parser {
 public:
  Parser(std::string_view p, bool fold) : p_(p), fold_(fold) {}
  // *plain: the pattern has a literal byte above 0x7F that RE2 keeps as a literal (see Plain).
  bool Parse(Ast* out, int* groups, bool* plain) {
    if (!ParseAlt(out) || i_ != p_.size()) return false;
    *groups = groups_;
    *plain = plain_;
    return true;
  }

 private:
  bool More() const { return i_ < p_.size(); }
  char Peek() const { return p_[i_]; }

  bool ParseAlt(Ast* out) {
    std::vector<Ast> branches;
    const bool fold_before = fold_;
    for (;;) {
      Ast seq;
      if (!ParseSeq(&seq)) return false;
      branches.push_back(std::move(seq));
      if (More() && Peek() == '|') {
        ++i_;
        continue;
      }
      break;
    }
    fold_ = fold_before;  // (?i) lasts to the end of its group
    if (branches.size() == 1) {
      *out = std::move(branches[0]);
    } else {
      out->kind = Ast::kAlt;
      out->kids = std::move(branches);
    }
    return true;
  }

  bool ParseSeq(Ast* out) {
    out->kind = Ast::kCat;
    while (More() && Peek() != '|' && Peek() != ')') {
      Ast atom;
      bool is_flag = false;
      if (!ParseAtom(&atom, &is_flag)) return false;
      if (is_flag) continue;
      if (More() && (Peek() == '*' || Peek() == '+' || Peek() == '?' || Peek() == '{')) {
        int lo = 0, hi = 0;
        const size_t save = i_;
        const char q = Peek();
        bool repeat = true;
        if (q == '*') lo = 0, hi = -1, ++i_;
        else if (q == '+') lo = 1, hi = -1, ++i_;
        else if (q == '?') lo = 0, hi = 1, ++i_;
        else repeat = ParseBraces(&lo, &hi);
        if (!repeat) {
          i_ = save;  // "{" that is not a repetition: a literal (RE2 does the same)
        } else {
          bool greedy = true;
          if (More() && Peek() == '?') greedy = false, ++i_;
          if (More() && (Peek() == '*' || Peek() == '+' || Peek() == '?' || Peek() == '{')) return false;
          if (atom.kind == Ast::kAssert || atom.kind == Ast::kEmpty) return false;
          Ast r;
          r.kind = Ast::kRepeat;
          r.min = lo;
          r.max = hi;
          r.greedy = greedy;
          r.kids.push_back(std::move(atom));
          atom = std::move(r);
        }
      }
      out->kids.push_back(std::move(atom));
    }
    return true;
  }

  // {n}, {n,}, {n,m}: false (and i_ unspecified) when it is not one.
  bool ParseBraces(int* lo, int* hi) {
    size_t j = i_ + 1;
    auto number = [&](int* v) {
      size_t b = j;
      long n = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && j - b < 5) n = n * 10 + (p_[j++] - '0');
      if (j == b || (j < p_.size() && p_[j] >= '0' && p_[j] <= '9')) return false;
      *v = static_cast<int>(n);
      return true;
    };
    if (!number(lo)) return false;
    if (j < p_.size() && p_[j] == '}') {
      *hi = *lo;
    } else if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') *hi = -1;
      else if (!number(hi)) return false;
      if (j >= p_.size() || p_[j] != '}') return false;
    } else {
      return false;
    }
    if (*lo > 1000 || *hi > 1000 || (*hi >= 0 && *hi < *lo)) return false;  // RE2 refuses these
    i_ = j + 1;
    return true;
  }

  // RE2 (2022-06-01) in Latin-1 mode can miss matches of a pattern whose every match starts with
  // a literal it factored out of the branches ("\xE9a|\xE9b" case-sensitive, "n\xC2\xB0a|n\xC2\xB0b"):
  // the factored literal loses the Latin-1 flag, so its prefix acceleration looks for the
  // literal's UTF-8 bytes. Only literal bytes above 0x7F that RE2 keeps as literals matter (with
  // case folding, a byte with a Latin-1 case partner becomes a class). Compile refuses a pattern
  // with such a byte whose matches all start with the same character: RE2's answer counts then.
  static bool Plain(unsigned char c, bool fold) { return c >= 0x80 && !(fold && Lower(c) != Upper(c)); }

  void Literal(unsigned char c, Ast* out) {
    if (Plain(c, fold_)) plain_ = true;
    out->kind = Ast::kBytes;
    out->fold = fold_;
    out->bytes.assign(1, static_cast<char>(fold_ ? Lower(c) : c));
  }
  void Class(Bits b, Ast* out) {
    out->kind = Ast::kCls;
    out->cls = fold_ ? Folded(b) : b;
  }

  // A Perl class escape (d s w D S W) as a set; false for other letters.
  static bool PerlClass(char e, Bits* out) {
    switch (e) {
      case 'd': *out = Digits(); return true;
      case 's': *out = Spaces(); return true;
      case 'w': *out = WordBytes(); return true;
      case 'D': *out = ~Digits(); return true;
      case 'S': *out = ~Spaces(); return true;
      case 'W': *out = ~WordBytes(); return true;
    }
    return false;
  }
  // One escaped character (after the backslash, at i_): its byte, or false for the escapes
  // this parser does not take (octal, \x{...}, \p, \Q, \C and the like).
  bool EscapedByte(unsigned char* c) {
    if (!More()) return false;
    const char e = p_[i_++];
    switch (e) {
      case 'n': *c = '\n'; return true;
      case 't': *c = '\t'; return true;
      case 'r': *c = '\r'; return true;
      case 'f': *c = '\f'; return true;
      case 'v': *c = '\v'; return true;
      case 'a': *c = '\a'; return true;
      case 'x': {
        if (i_ + 2 > p_.size()) return false;
        int v = 0;
        for (int k = 0; k < 2; ++k) {
          const char h = p_[i_ + static_cast<size_t>(k)];
          const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (d < 0) return false;
          v = v * 16 + d;
        }
        i_ += 2;
        *c = static_cast<unsigned char>(v);
        return true;
      }
    }
    const unsigned char u = static_cast<unsigned char>(e);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80) return false;
    *c = u;  // punctuation stands for itself
    return true;
  }

  bool ParseAtom(Ast* out, bool* is_flag) {
    const unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c == '(') {
      ++i_;
      int cap = -1;
      const bool fold_before = fold_;
      if (i_ < p_.size() && p_[i_] == '?') {
        ++i_;
        if (p_.compare(i_, 1, ":") == 0) {
          ++i_;
        } else if (p_.compare(i_, 2, "P<") == 0) {
          const size_t close = p_.find('>', i_);
          if (close == std::string_view::npos) return false;
          i_ = close + 1;
          cap = ++groups_;
        } else {
          // Flags: only i, set or cleared, then ")" (to the end of the group) or ":".
          bool negate = false, any = false;
          bool fold = fold_;
          while (More() && (Peek() == 'i' || Peek() == '-')) {
            if (Peek() == '-') {
              if (negate) return false;
              negate = true;
            } else {
              fold = !negate;
              any = true;
            }
            ++i_;
          }
          if (!any || !More()) return false;
          if (Peek() == ')') {
            ++i_;
            fold_ = fold;
            *is_flag = true;
            return true;
          }
          if (Peek() != ':') return false;
          ++i_;
          fold_ = fold;
        }
      } else {
        cap = ++groups_;
      }
      Ast inner;
      if (!ParseAlt(&inner) || !More() || Peek() != ')') return false;
      ++i_;
      fold_ = fold_before;
      out->kind = Ast::kGroup;
      out->cap = cap;
      out->kids.push_back(std::move(inner));
      return true;
    }
    if (c == '[') return ParseClass(out);
    if (c == '.') {
      ++i_;
      Bits b;
      b.set();
      b.reset('\n');
      out->kind = Ast::kCls;
      out->cls = b;
      return true;
    }
    if (c == '^' || c == '$') {
      ++i_;
      out->kind = Ast::kAssert;
      out->assert = c == '^' ? Backtracker::kBeginText : Backtracker::kEndText;
      return true;
    }
    if (c == '*' || c == '+' || c == '?' || c == ')') return false;  // RE2 refuses these here
    if (c == '\\') {
      ++i_;
      if (!More()) return false;
      const char e = Peek();
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
        ++i_;
        out->kind = Ast::kAssert;
        out->assert = e == 'b' ? Backtracker::kWordB : e == 'B' ? Backtracker::kNotWordB
                      : e == 'A' ? Backtracker::kBeginText : Backtracker::kEndText;
        return true;
      }
      Bits b;
      if (PerlClass(e, &b)) {
        ++i_;
        Class(b, out);
        return true;
      }
      unsigned char byte;
      if (!EscapedByte(&byte)) return false;
      Literal(byte, out);
      return true;
    }
    ++i_;
    Literal(c, out);
    return true;
  }

  bool ParseClass(Ast* out) {
    ++i_;  // [
    bool negated = false;
    if (More() && Peek() == '^') negated = true, ++i_;
    Bits b;
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      // "]" first stands for itself; "-" first or last too.
      if (Peek() == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') return false;
      unsigned char lo;
      if (Peek() == '\\') {
        ++i_;
        if (!More()) return false;
        Bits perl;
        if (PerlClass(Peek(), &perl)) {
          ++i_;
          b |= perl;
          first = false;
          continue;
        }
        if (!EscapedByte(&lo)) return false;
      } else {
        lo = static_cast<unsigned char>(p_[i_++]);
      }
      first = false;
      unsigned char hi = lo;
      if (i_ + 1 < p_.size() && Peek() == '-' && p_[i_ + 1] != ']') {
        ++i_;
        if (Peek() == '\\') {
          ++i_;
          if (!EscapedByte(&hi)) return false;
        } else {
          hi = static_cast<unsigned char>(p_[i_++]);
        }
        if (hi < lo) return false;
      }
      b |= Range(lo, hi);
    }
    if (!More()) return false;
    ++i_;  // ]
    if (fold_) b = Folded(b);
    if (negated) b = ~b;  // RE2 folds, then negates; negated classes match the newline
    if (b.count() == 1)
      for (int k = 0x80; k < 256; ++k)
        if (b[static_cast<size_t>(k)] && Plain(static_cast<unsigned char>(k), fold_)) plain_ = true;
    out->kind = Ast::kCls;
    out->cls = b;
    return true;
  }

  std::string_view p_;
  size_t i_ = 0;
  bool fold_;
  int groups_ = 0;
  bool plain_ = false;
};

}  // namespace

// Turns the syntax tree into nodes, each pointing at its continuation (compiled right to left).
class BacktrackCompiler {
 public:
  explicit BacktrackCompiler(Backtracker* bt) : bt_(*bt) {}

  int32_t New(Backtracker::Node n) {
    bt_.nodes_.push_back(n);
    return static_cast<int32_t>(bt_.nodes_.size() - 1);
  }
  int32_t ClassId(const Bits& b) {
    for (size_t i = 0; i < bt_.classes_.size(); ++i)
      if (bt_.classes_[i] == b) return static_cast<int32_t>(i);
    bt_.classes_.push_back(b);
    return static_cast<int32_t>(bt_.classes_.size() - 1);
  }
  int32_t Alt(std::vector<int32_t> branches, int32_t next) {
    Backtracker::Node n;
    n.op = Backtracker::kAlt;
    n.next = next;
    n.a = static_cast<int32_t>(bt_.alts_.size());
    n.b = static_cast<int32_t>(branches.size());
    n.c = -1;
    bt_.alts_.insert(bt_.alts_.end(), branches.begin(), branches.end());
    return New(n);
  }

  // False when the expansion grows too large.
  bool Compile(const Ast& a, int32_t next, int32_t* out) {
    if (bt_.nodes_.size() > kMaxNodes) return false;
    Backtracker::Node n;
    n.next = next;
    switch (a.kind) {
      case Ast::kEmpty:
        *out = next;
        return true;
      case Ast::kBytes:
        n.op = Backtracker::kLit;
        n.fold = a.fold;
        n.a = static_cast<int32_t>(bt_.lits_.size());
        n.b = static_cast<int32_t>(a.bytes.size());
        bt_.lits_ += a.bytes;
        *out = New(n);
        return true;
      case Ast::kCls:
        n.op = Backtracker::kClass;
        n.a = ClassId(a.cls);
        *out = New(n);
        return true;
      case Ast::kAssert:
        n.op = Backtracker::kAssert;
        n.assert = a.assert;
        *out = New(n);
        return true;
      case Ast::kCat: {
        // Runs of literal bytes with the same folding become one node.
        int32_t cont = next;
        size_t k = a.kids.size();
        while (k > 0) {
          const Ast& kid = a.kids[k - 1];
          if (kid.kind == Ast::kBytes) {
            size_t j = k - 1;
            std::string bytes = kid.bytes;
            while (j > 0 && a.kids[j - 1].kind == Ast::kBytes && a.kids[j - 1].fold == kid.fold)
              bytes = a.kids[--j].bytes + bytes;
            Ast merged;
            merged.kind = Ast::kBytes;
            merged.fold = kid.fold;
            merged.bytes = std::move(bytes);
            if (!Compile(merged, cont, &cont)) return false;
            k = j;
            continue;
          }
          if (!Compile(kid, cont, &cont)) return false;
          --k;
        }
        *out = cont;
        return true;
      }
      case Ast::kAlt: {
        std::vector<int32_t> branches;
        for (const Ast& kid : a.kids) {
          int32_t b;
          if (!Compile(kid, next, &b)) return false;
          branches.push_back(b);
        }
        *out = Alt(std::move(branches), next);
        return true;
      }
      case Ast::kGroup: {
        if (a.cap < 0) return Compile(a.kids[0], next, out);
        Backtracker::Node close;
        close.op = Backtracker::kCap;
        close.a = 2 * a.cap + 1;
        close.next = next;
        int32_t inner;
        if (!Compile(a.kids[0], New(close), &inner)) return false;
        n.op = Backtracker::kCap;
        n.a = 2 * a.cap;
        n.next = inner;
        *out = New(n);
        return true;
      }
      case Ast::kRepeat: {
        const Ast& x = a.kids[0];
        // One byte repeated: a run.
        const Ast* one = &x;
        while (one->kind == Ast::kGroup && one->cap < 0) one = &one->kids[0];
        if (one->kind == Ast::kCls || (one->kind == Ast::kBytes && one->bytes.size() == 1)) {
          Bits b;
          if (one->kind == Ast::kCls) {
            b = one->cls;
          } else {
            b.set(static_cast<unsigned char>(one->bytes[0]));
            if (one->fold) b = Folded(b);
          }
          n.op = Backtracker::kRun;
          n.greedy = a.greedy;
          n.a = ClassId(b);
          n.b = a.min;
          n.c = a.max;
          *out = New(n);
          return true;
        }
        if (Nullable(x)) return false;  // Perl and RE2 may differ on empty iterations
        int32_t cont = next;
        if (a.max < 0) {
          n.op = Backtracker::kLoop;
          n.greedy = a.greedy;
          const int32_t loop = New(n);
          int32_t body;
          if (!Compile(x, loop, &body)) return false;
          bt_.nodes_[static_cast<size_t>(loop)].a = body;
          cont = loop;
        } else {
          // x{0,k}: (?:x(?:x(...)?)?)?, as RE2 expands it.
          for (int k = 0; k < a.max - a.min; ++k) {
            int32_t body;
            if (!Compile(x, cont, &body)) return false;
            cont = a.greedy ? Alt({body, next}, next) : Alt({next, body}, next);
          }
        }
        for (int k = 0; k < a.min; ++k)
          if (!Compile(x, cont, &cont)) return false;
        *out = cont;
        return true;
      }
    }
    return false;
  }

  // The bytes a match continuing at `node` can consume first; *empty: it can also succeed
  // without consuming anything. Memoized per node and value of past_start_.
  const Bits& First(int32_t node, bool* empty) {
    const size_t i = static_cast<size_t>(node);
    std::vector<char>& state = first_state_[past_start_];
    std::vector<Bits>& first = first_[past_start_];
    std::vector<char>& first_empty = first_empty_[past_start_];
    if (state.size() < bt_.nodes_.size()) {
      state.resize(bt_.nodes_.size(), 0);
      first.resize(bt_.nodes_.size());
      first_empty.resize(bt_.nodes_.size(), 0);
    }
    if (state[i] == 2) {
      *empty = first_empty[i];
      return first[i];
    }
    if (state[i] == 1) {  // a cycle without consuming: cannot happen (bodies consume)
      *empty = true;
      static const Bits all = ~Bits();
      return all;
    }
    state[i] = 1;
    const Backtracker::Node n = bt_.nodes_[i];
    Bits b;
    bool e = false;
    switch (n.op) {
      case Backtracker::kLit: {
        const unsigned char c = static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(n.a)]);
        b.set(c);
        if (n.fold) b = Folded(b);
        break;
      }
      case Backtracker::kClass:
        b = bt_.classes_[static_cast<size_t>(n.a)];
        break;
      case Backtracker::kRun:
        b = bt_.classes_[static_cast<size_t>(n.a)];
        if (n.b == 0) b |= First(n.next, &e);
        break;
      case Backtracker::kAssert: case Backtracker::kCap:
        if (PastStartFails(n)) break;  // nothing gets through
        b = First(n.next, &e);
        break;
      case Backtracker::kAlt:
        for (int32_t k = 0; k < n.b; ++k) {
          bool ek = false;
          b |= First(bt_.alts_[static_cast<size_t>(n.a + k)], &ek);
          e = e || ek;
        }
        break;
      case Backtracker::kLoop: {
        bool eb = false;
        b = First(n.a, &eb) | First(n.next, &e);
        e = e || eb;
        break;
      }
      case Backtracker::kAccept:
        e = true;
        break;
    }
    first[i] = b;
    first_empty[i] = e;
    state[i] = 2;
    *empty = e;
    return first[i];
  }

  // Every match from `node` starts where \b holds (a \b before anything is consumed).
  bool AtBoundary(int32_t node, int depth = 0) {
    if (depth > 64) return false;
    const Backtracker::Node& n = bt_.nodes_[static_cast<size_t>(node)];
    switch (n.op) {
      case Backtracker::kAssert:
        return n.assert == Backtracker::kWordB || AtBoundary(n.next, depth + 1);
      case Backtracker::kCap:
        return AtBoundary(n.next, depth + 1);
      case Backtracker::kAlt:
        for (int32_t k = 0; k < n.b; ++k)
          if (!AtBoundary(bt_.alts_[static_cast<size_t>(n.a + k)], depth + 1)) return false;
        return n.b > 0;
      default:
        return false;
    }
  }

  // Bytes that can follow the first byte of a match starting at `node`'s first consuming node,
  // into pairs (b0, b1) of bt_.pairs_; false when a match can end after one byte (or this
  // cannot tell).
  bool Pairs(int32_t node, std::vector<uint64_t>* pairs, int depth = 0) {
    if (depth > 64) return false;
    const Backtracker::Node n = bt_.nodes_[static_cast<size_t>(node)];
    auto add = [&](const Bits& b0, const Bits& b1) {
      unsigned char second[256];
      size_t m = 0;
      for (int b = 0; b < 256; ++b)
        if (b1[static_cast<size_t>(b)]) second[m++] = static_cast<unsigned char>(b);
      for (int a = 0; a < 256; ++a)
        if (b0[static_cast<size_t>(a)])
          for (size_t k = 0; k < m; ++k) {
            const size_t h = PairHash(static_cast<unsigned char>(a), second[k]);
            (*pairs)[h >> 6] |= uint64_t{1} << (h & 63);
          }
    };
    bool empty = false;
    switch (n.op) {
      case Backtracker::kLit: {
        Bits b0, b1;
        const unsigned char c0 = static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(n.a)]);
        b0.set(c0);
        if (n.fold) b0 = Folded(b0);
        if (n.b >= 2) {
          b1.set(static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(n.a + 1)]));
          if (n.fold) b1 = Folded(b1);
        } else {
          b1 = First(n.next, &empty);
          if (empty) return false;
        }
        add(b0, b1);
        return true;
      }
      case Backtracker::kClass: {
        const Bits b1 = First(n.next, &empty);
        if (empty) return false;
        add(bt_.classes_[static_cast<size_t>(n.a)], b1);
        return true;
      }
      case Backtracker::kRun: {
        const Bits& cls = bt_.classes_[static_cast<size_t>(n.a)];
        Bits b1;
        if (n.c < 0 || n.c > 1) b1 = cls;
        if (n.b <= 1) {
          b1 |= First(n.next, &empty);
          if (empty) return false;
        }
        if (n.c != 0) add(cls, b1);
        if (n.b == 0) return Pairs(n.next, pairs, depth + 1);  // zero bytes of the run
        return true;
      }
      case Backtracker::kAssert: case Backtracker::kCap:
        if (PastStartFails(n)) return true;
        return Pairs(n.next, pairs, depth + 1);
      case Backtracker::kAlt:
        for (int32_t k = 0; k < n.b; ++k)
          if (!Pairs(bt_.alts_[static_cast<size_t>(n.a + k)], pairs, depth + 1)) return false;
        return true;
      case Backtracker::kLoop:
        return Pairs(n.a, pairs, depth + 1) && Pairs(n.next, pairs, depth + 1);
      case Backtracker::kAccept:
        return false;
    }
    return false;
  }

  // Collects into *out the prefixes (folded bytes, little-endian, and their length: 1 to
  // max_len) such that every match continuing at `node`, after `len` bytes `prefix`, starts
  // with one of them; `taken`: bytes already consumed by the run at `node`; `skip`: the next
  // byte consumed is not part of the prefix (Backtracker::after_one_). False when
  // some match may start with no byte the enumeration can tell (a large class first) or there
  // are too many prefixes.
  bool Quads(int32_t node, uint32_t prefix, int len, int taken, bool skip, int max_len,
             std::vector<std::pair<uint32_t, uint8_t>>* out, int depth = 0) {
    if (out->size() > kMaxQuads || depth > 64) return false;
    auto end_here = [&] {
      if (len < 1) return false;
      out->push_back({prefix, static_cast<uint8_t>(len)});
      return true;
    };
    if (len == max_len) return end_here();
    const Backtracker::Node n = bt_.nodes_[static_cast<size_t>(node)];
    // Each folded byte of class `c`, appended, then `next` (false: a class too large); the byte
    // skipped, whatever the class, when `skip`.
    auto each = [&](const Bits& c, auto&& next) {
      if (skip) return next(prefix, len);
      Bits f;
      for (size_t b = 0; b < 256; ++b)
        if (c[b]) f.set(Lower(static_cast<unsigned char>(b)));
      if (f.count() > kMaxQuadClass) return end_here();
      for (size_t b = 0; b < 256; ++b)
        if (f[b] && !next(prefix | static_cast<uint32_t>(b) << (8 * len), len + 1)) return false;
      return true;
    };
    switch (n.op) {
      case Backtracker::kLit: {
        uint32_t p = prefix;
        int l = len;
        int32_t j = skip && n.b > 0 ? 1 : 0;
        const bool still_skip = skip && j == 0;
        for (; j < n.b && l < max_len; ++j, ++l)
          p |= static_cast<uint32_t>(Lower(static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(n.a + j)]))) << (8 * l);
        if (l == max_len) {
          out->push_back({p, static_cast<uint8_t>(l)});
          return true;
        }
        return Quads(n.next, p, l, 0, still_skip, max_len, out, depth + 1);
      }
      case Backtracker::kClass:
        return each(bt_.classes_[static_cast<size_t>(n.a)], [&](uint32_t p, int l) {
          return Quads(n.next, p, l, 0, false, max_len, out, depth + 1);
        });
      case Backtracker::kRun:
        if (n.b <= taken && !Quads(n.next, prefix, len, 0, skip, max_len, out, depth + 1)) return false;
        if (n.c >= 0 && taken >= n.c) return true;
        return each(bt_.classes_[static_cast<size_t>(n.a)], [&](uint32_t p, int l) {
          return Quads(node, p, l, taken + 1, false, max_len, out, depth + 1);
        });
      case Backtracker::kAssert: case Backtracker::kCap:
        if (PastStartFails(n)) return true;
        return Quads(n.next, prefix, len, 0, skip, max_len, out, depth + 1);
      case Backtracker::kAlt:
        for (int32_t k = 0; k < n.b; ++k)
          if (!Quads(bt_.alts_[static_cast<size_t>(n.a + k)], prefix, len, 0, skip, max_len, out, depth + 1))
            return false;
        return true;
      case Backtracker::kLoop:
        return Quads(n.a, prefix, len, 0, skip, max_len, out, depth + 1) &&
               Quads(n.next, prefix, len, 0, skip, max_len, out, depth + 1);
      case Backtracker::kAccept:
        return end_here();
    }
    return false;
  }

  // The prefixes of the matches (after_one: their first byte left out) hashed into a filter;
  // false (filter untouched) when they cannot be enumerated.
  bool BuildQuadFilter(bool after_one, Backtracker::QuadFilter* filter) {
    std::vector<std::pair<uint32_t, uint8_t>> prefixes;
    int max_len = 4;
    for (; max_len >= 2; --max_len) {
      prefixes.clear();
      if (Quads(bt_.start_, 0, 0, 0, after_one, max_len, &prefixes) && prefixes.size() <= kMaxQuads) break;
    }
    if (max_len < 2) return false;
    // Only one-byte prefixes: the first-byte and pair filters do about the same.
    if (std::all_of(prefixes.begin(), prefixes.end(), [](const auto& q) { return q.second == 1; })) return false;
    // About 16 bits per prefix, a power of two between 512 and 65,536.
    int bits_log = 9;
    while (bits_log < 16 && (size_t{1} << bits_log) < 16 * prefixes.size()) ++bits_log;
    filter->shift = 32 - bits_log;
    filter->bits.assign((size_t{1} << bits_log) / 64, 0);
    for (const auto& [bytes, len] : prefixes) {
      const uint32_t h = QuadHash(bytes, len, filter->shift);
      filter->bits[h >> 6] |= uint64_t{1} << (h & 63);
      filter->lengths |= static_cast<uint8_t>(1u << len);
    }
    return true;
  }

  void BuildQuads() {
    if (BuildQuadFilter(false, &bt_.quads_)) return;
    // A large class first, as in (?:^|[^0-9])x: the bytes after the first may still be known.
    BuildQuadFilter(true, &bt_.after_one_);
  }

  // The start filters (first_table_, pairs_, quads_, after_one_); for the starts > 0 only when
  // the pattern has a ^ (Backtracker::begin_text_).
  void BuildStartFilters() {
    past_start_ = bt_.begin_text_;
    bool empty = false;
    const Bits first = First(bt_.start_, &empty);
    for (size_t c = 0; c < 256; ++c) bt_.first_table_[c] = first[c];
    BuildPairs();
    BuildQuads();
    BuildPositions();
    past_start_ = false;
  }

  // The bytes each of the first kPositions bytes of a match can be, offset by offset (a match
  // of the ^-free part past the start 0 under begin_text_), by stepping the set of states every
  // path can be in: bt_.positions_[c] has bit j set when byte c can be a match's byte j, for the
  // offsets j < bt_.min_length_, which no match is shorter than (up to kPositions). Kept only
  // when some offset past the first rejects bytes; the start filters check it after the pairs.
  void BuildPositions() {
    using State = std::pair<int32_t, int32_t>;  // (node, offset in a literal or count of a run)
    bool accept = false, failed = false;
    std::vector<State> states;
    Closure(bt_.start_, &states, &accept, &failed, 0);
    if (failed || accept) return;
    Bits at[Backtracker::kPositions];
    size_t length = 0;
    while (length < Backtracker::kPositions && !states.empty()) {
      std::sort(states.begin(), states.end());
      states.erase(std::unique(states.begin(), states.end()), states.end());
      if (states.size() > kMaxPositionStates) break;
      std::vector<State> next;
      bool ends = false;
      for (const State& st : states) {
        const Backtracker::Node& n = bt_.nodes_[static_cast<size_t>(st.first)];
        switch (n.op) {
          case Backtracker::kLit: {
            const unsigned char c = static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(n.a + st.second)]);
            Bits b;
            b.set(c);
            at[length] |= n.fold ? Folded(b) : b;
            if (st.second + 1 < n.b) next.emplace_back(st.first, st.second + 1);
            else Closure(n.next, &next, &ends, &failed, 0);
            break;
          }
          case Backtracker::kClass:
            at[length] |= bt_.classes_[static_cast<size_t>(n.a)];
            Closure(n.next, &next, &ends, &failed, 0);
            break;
          case Backtracker::kRun: {
            at[length] |= bt_.classes_[static_cast<size_t>(n.a)];
            const int32_t count = st.second + 1;
            // Past its minimum, an unbounded run is in the same state whatever its count.
            if (n.c < 0 || count < n.c) next.emplace_back(st.first, n.c < 0 ? std::min(count, n.b) : count);
            if (count >= n.b) Closure(n.next, &next, &ends, &failed, 0);
            break;
          }
          default:
            failed = true;  // Closure only keeps consuming nodes
        }
      }
      if (failed) return;
      ++length;
      states = std::move(next);
      if (ends) break;  // a match can end here: the bytes after it are free
    }
    bool useful = false;
    for (size_t j = 1; j < length; ++j) useful = useful || !at[j].all();
    if (!useful) return;
    for (size_t c = 0; c < 256; ++c) {
      uint8_t m = 0;
      for (size_t j = 0; j < length; ++j)
        if (at[j][c]) m = static_cast<uint8_t>(m | (1u << j));
      bt_.positions_[c] = m;
    }
    bt_.min_length_ = static_cast<uint8_t>(length);
  }

  // The consuming states reachable from `node` without consuming (into *out); *accept when the
  // match can end there. ^ past the start 0 lets nothing through; \b and $ are let through (a
  // superset of the bytes is what a filter needs).
  void Closure(int32_t node, std::vector<std::pair<int32_t, int32_t>>* out, bool* accept, bool* failed,
               int depth) {
    if (depth > 64 || out->size() > kMaxPositionStates) {
      *failed = true;
      return;
    }
    const Backtracker::Node& n = bt_.nodes_[static_cast<size_t>(node)];
    switch (n.op) {
      case Backtracker::kLit: case Backtracker::kClass:
        out->emplace_back(node, 0);
        return;
      case Backtracker::kRun:
        out->emplace_back(node, 0);
        if (n.b == 0) Closure(n.next, out, accept, failed, depth + 1);
        return;
      case Backtracker::kAssert: case Backtracker::kCap:
        if (PastStartFails(n)) return;
        Closure(n.next, out, accept, failed, depth + 1);
        return;
      case Backtracker::kAlt:
        for (int32_t k = 0; k < n.b; ++k)
          Closure(bt_.alts_[static_cast<size_t>(n.a + k)], out, accept, failed, depth + 1);
        return;
      case Backtracker::kLoop:
        Closure(n.a, out, accept, failed, depth + 1);
        Closure(n.next, out, accept, failed, depth + 1);
        return;
      case Backtracker::kAccept:
        *accept = true;
        return;
    }
  }

  void BuildPairs() {
    std::vector<uint64_t> pairs(kPairBits / 64, 0);
    if (Pairs(bt_.start_, &pairs)) bt_.pairs_ = std::move(pairs);
  }

  // For each run whose continuation must consume a byte: the class of the bytes that byte can
  // be (run_follow_), so that backtracking into the run tries only the lengths it can end at.
  void BuildFollows() {
    const size_t count = bt_.nodes_.size();
    for (size_t i = 0; i < count; ++i) {
      const Backtracker::Node n = bt_.nodes_[i];
      if (n.op != Backtracker::kRun) continue;
      bool empty = false;
      const Bits follow = First(n.next, &empty);
      if (empty || follow.all()) continue;
      const int32_t id = ClassId(follow);
      if (id > INT16_MAX) continue;
      if (bt_.run_follow_.size() <= i) bt_.run_follow_.resize(i + 1, -1);
      bt_.run_follow_[i] = static_cast<int16_t>(id);
    }
    bt_.run_follow_.shrink_to_fit();
  }

  void BuildIndexes() {
    const size_t count = bt_.nodes_.size();
    bt_.alt_first_.assign(bt_.alts_.size(), -1);
    for (size_t i = 0; i < count; ++i) {
      Backtracker::Node& n = bt_.nodes_[i];
      if (n.op != Backtracker::kAlt) continue;
      if (static_cast<size_t>(n.b) < kIndexedBranches) {
        for (int32_t k = 0; k < n.b; ++k) {
          bool empty = false;
          const Bits first = First(bt_.alts_[static_cast<size_t>(n.a + k)], &empty);
          if (!empty) bt_.alt_first_[static_cast<size_t>(n.a + k)] = ClassId(first);
        }
        continue;
      }
      Backtracker::AltIndex index;
      std::vector<std::vector<Backtracker::IndexEntry>> buckets(257);
      for (int32_t k = 0; k < n.b; ++k) {
        const int32_t branch = bt_.alts_[static_cast<size_t>(n.a + k)];
        bool empty = false;
        const Bits first = First(branch, &empty);
        Backtracker::IndexEntry entry{0, 0, branch, 0};
        // The first literal, past zero-width nodes: up to four bytes it must start with.
        int32_t at = branch;
        while (bt_.nodes_[static_cast<size_t>(at)].op == Backtracker::kAssert ||
               bt_.nodes_[static_cast<size_t>(at)].op == Backtracker::kCap)
          at = bt_.nodes_[static_cast<size_t>(at)].next;
        const Backtracker::Node& lit = bt_.nodes_[static_cast<size_t>(at)];
        if (lit.op == Backtracker::kLit) {
          const int32_t len = std::min<int32_t>(lit.b, 4);
          for (int32_t j = 0; j < len; ++j) {
            entry.prefix |= static_cast<uint32_t>(static_cast<unsigned char>(bt_.lits_[static_cast<size_t>(lit.a + j)])) << (8 * j);
            entry.mask |= 0xFFu << (8 * j);
          }
          entry.fold = lit.fold;
        }
        for (size_t c = 0; c < 256; ++c)
          if (empty || first[c]) buckets[c].push_back(entry);
        if (empty) buckets[256].push_back(entry);
      }
      index.begin.assign(258, 0);
      for (size_t c = 0; c < 257; ++c) {
        index.begin[c + 1] = index.begin[c] + static_cast<uint32_t>(buckets[c].size());
        index.entries.insert(index.entries.end(), buckets[c].begin(), buckets[c].end());
      }
      index.entries.shrink_to_fit();
      n.c = static_cast<int32_t>(bt_.indexes_.size());
      bt_.indexes_.push_back(std::move(index));
    }
  }

 private:
  // Whether `n` is a ^ and the enumeration is for starts > 0 (past_start_): no match gets
  // through it then.
  bool PastStartFails(const Backtracker::Node& n) const {
    return past_start_ && n.op == Backtracker::kAssert && n.assert == Backtracker::kBeginText;
  }

  Backtracker& bt_;
  std::vector<char> first_state_[2];  // First's memo, per value of past_start_
  std::vector<Bits> first_[2];
  std::vector<char> first_empty_[2];
  // First, Pairs and Quads answer for the starts > 0 only, where no match gets through ^.
  bool past_start_ = false;
};

std::unique_ptr<Backtracker> Backtracker::Compile(std::string_view pattern, bool case_sensitive) {
  Ast ast;
  int groups = 0;
  bool plain = false;
  Parser parser(pattern, !case_sensitive);
  if (!parser.Parse(&ast, &groups, &plain) || Nullable(ast)) return nullptr;
  auto bt = std::make_unique<Backtracker>();
  bt->groups_ = groups;
  BacktrackCompiler compiler(bt.get());
  Node accept;
  accept.op = kAccept;
  const int32_t end = compiler.New(accept);
  if (!compiler.Compile(ast, end, &bt->start_)) return nullptr;
  bool empty = false;
  bt->first_ = compiler.First(bt->start_, &empty);
  if (empty) return nullptr;
  if (plain) {  // see Parser::Plain: refused when every match starts with the same character
    int lowest = -1;
    bool one = true;
    for (int c = 0; c < 256 && one; ++c)
      if (bt->first_[static_cast<size_t>(c)]) {
        if (lowest < 0) lowest = Lower(static_cast<unsigned char>(c));
        one = Lower(static_cast<unsigned char>(c)) == lowest;
      }
    if (one) return nullptr;
  }
  bt->starts_at_boundary_ = compiler.AtBoundary(bt->start_);
  for (const Node& node : bt->nodes_)
    if (node.op == kAssert && node.assert == kBeginText) bt->begin_text_ = true;
  compiler.BuildIndexes();
  compiler.BuildFollows();
  compiler.BuildStartFilters();
  bt->words_first_ = bt->starts_at_boundary_;
  for (int c = 0; c < 256; ++c)
    if (bt->first_table_[c] && !IsWord(static_cast<unsigned char>(c))) bt->words_first_ = false;
  bt->nodes_.shrink_to_fit();
  bt->alts_.shrink_to_fit();
  bt->alt_first_.shrink_to_fit();
  bt->lits_.shrink_to_fit();
  bt->classes_.shrink_to_fit();
  return bt;
}

size_t Backtracker::MemoryBytes() const {
  size_t bytes = sizeof(*this) + nodes_.capacity() * sizeof(Node) + lits_.capacity() +
                 classes_.capacity() * sizeof(Bits) + (alts_.capacity() + alt_first_.capacity()) * sizeof(int32_t) +
                 (pairs_.capacity() + quads_.bits.capacity() + after_one_.bits.capacity()) * sizeof(uint64_t) +
                 run_follow_.capacity() * sizeof(int16_t);
  for (const AltIndex& i : indexes_)
    bytes += sizeof(AltIndex) + i.begin.capacity() * sizeof(uint32_t) + i.entries.capacity() * sizeof(IndexEntry);
  return bytes;
}

struct Backtracker::State {
  const unsigned char* text;
  size_t size;  // of the whole text
  size_t end;   // matches end at or before
  size_t* caps;
  uint32_t steps = 0;
  bool gave_up = false;
  size_t match_end = 0;
};

bool Backtracker::Run(State& s, int32_t node, size_t pos, int depth) const {
  if (++depth > kMaxDepth) {
    s.gave_up = true;
    return false;
  }
  const unsigned char* t = s.text;
  for (;;) {
    if (++s.steps > kMaxSteps) {
      s.gave_up = true;
      return false;
    }
    const Node& n = nodes_[static_cast<size_t>(node)];
    switch (n.op) {
      case kLit: {
        const size_t len = static_cast<size_t>(n.b);
        if (s.end - pos < len) return false;
        const unsigned char* lit = reinterpret_cast<const unsigned char*>(lits_.data()) + n.a;
        if (n.fold) {
          for (size_t k = 0; k < len; ++k)
            if (kLower.map[t[pos + k]] != lit[k]) return false;
        } else if (std::memcmp(t + pos, lit, len) != 0) {
          return false;
        }
        pos += len;
        node = n.next;
        continue;
      }
      case kClass:
        if (pos >= s.end || !classes_[static_cast<size_t>(n.a)][t[pos]]) return false;
        ++pos;
        node = n.next;
        continue;
      case kRun: {
        const Bits& cls = classes_[static_cast<size_t>(n.a)];
        size_t limit = s.end - pos;
        if (n.c >= 0 && static_cast<size_t>(n.c) < limit) limit = static_cast<size_t>(n.c);
        size_t k = 0;
        while (k < limit && cls[t[pos + k]]) ++k;
        const size_t min = static_cast<size_t>(n.b);
        if (k < min) return false;
        // The lengths the run can end at: all, or those followed by a byte the continuation
        // can start with (run_follow_), inside the search's end.
        const size_t at = static_cast<size_t>(node);
        const int16_t follow_id = at < run_follow_.size() ? run_follow_[at] : -1;
        const Bits* follow = follow_id >= 0 ? &classes_[static_cast<size_t>(follow_id)] : nullptr;
        auto can_end = [&](size_t j) {
          return !follow || (pos + j < s.end && (*follow)[t[pos + j]]);
        };
        if (n.greedy) {
          for (size_t j = k;; --j) {
            if (can_end(j) && Run(s, n.next, pos + j, depth)) return true;
            if (s.gave_up || j == min) return false;
          }
        }
        for (size_t j = min; j <= k; ++j) {
          if (can_end(j) && Run(s, n.next, pos + j, depth)) return true;
          if (s.gave_up) return false;
        }
        return false;
      }
      case kAssert: {
        bool ok;
        switch (n.assert) {
          case kBeginText: ok = pos == 0; break;
          case kEndText: ok = pos == s.size; break;
          default: {
            const bool before = pos > 0 && IsWord(t[pos - 1]);
            const bool after = pos < s.size && IsWord(t[pos]);
            ok = (before != after) == (n.assert == kWordB);
          }
        }
        if (!ok) return false;
        node = n.next;
        continue;
      }
      case kAlt: {
        const int32_t* branches = alts_.data() + n.a;
        if (n.c < 0) {
          const int32_t* first = alt_first_.data() + n.a;
          for (int32_t k = 0; k < n.b; ++k) {
            if (first[k] >= 0 && (pos >= s.end || !classes_[static_cast<size_t>(first[k])][t[pos]])) continue;
            if (Run(s, branches[k], pos, depth)) return true;
            if (s.gave_up) return false;
          }
          return false;
        }
        const AltIndex& index = indexes_[static_cast<size_t>(n.c)];
        const size_t bucket = pos < s.end ? t[pos] : 256;
        uint32_t raw = 0, low = 0;
        const size_t avail = std::min<size_t>(4, s.end - pos);
        for (size_t k = 0; k < avail; ++k) {
          raw |= static_cast<uint32_t>(t[pos + k]) << (8 * k);
          low |= static_cast<uint32_t>(kLower.map[t[pos + k]]) << (8 * k);
        }
        for (uint32_t e = index.begin[bucket]; e < index.begin[bucket + 1]; ++e) {
          const IndexEntry& entry = index.entries[e];
          if (((entry.fold ? low : raw) & entry.mask) != entry.prefix) continue;
          if (Run(s, entry.branch, pos, depth)) return true;
          if (s.gave_up) return false;
        }
        return false;
      }
      case kLoop:
        if (n.greedy) {
          if (Run(s, n.a, pos, depth)) return true;
          if (s.gave_up) return false;
          node = n.next;
        } else {
          if (Run(s, n.next, pos, depth)) return true;
          if (s.gave_up) return false;
          node = n.a;
        }
        continue;
      case kCap: {
        size_t* caps = s.caps;
        const size_t old = caps[static_cast<size_t>(n.a)];
        caps[static_cast<size_t>(n.a)] = pos;
        if (Run(s, n.next, pos, depth)) return true;
        caps[static_cast<size_t>(n.a)] = old;
        return false;
      }
      case kAccept:
        s.match_end = pos;
        return true;
    }
  }
}

namespace {

// The word boundaries of a text: the offsets s where s == 0 or the bytes s - 1 and s differ in
// being word bytes; and among them the words' starts. A pattern whose matches start at a boundary
// (starts_at_boundary_) tries only these instead of scanning every byte, only the words' starts
// when its first byte is a word byte (words_first_): one pass over the text serves every such pattern searched
// in it (each post is searched by dozens). Kept per thread for the last few texts seen; a text is
// recognized by its bytes (compared whole), never by its address alone, which a later text may reuse.
class BoundaryCache {
 public:
  // Texts longer than this are scanned byte by byte as before (their searches mostly run in
  // windows); the four slots then hold at most 4 KB of text and 16-bit offsets each.
  static constexpr size_t kMaxText = 4096;

  struct Bounds {
    std::vector<uint16_t> all;    // every boundary
    std::vector<uint16_t> words;  // the boundaries before a word byte
  };
  const Bounds& Get(const unsigned char* t, size_t size) {
    for (Slot& slot : slots_)
      if (slot.text.size() == size && std::memcmp(slot.text.data(), t, size) == 0) {
        slot.used = ++clock_;
        return slot.bounds;
      }
    Slot* slot = &slots_[0];
    for (Slot& s : slots_)
      if (s.used < slot->used) slot = &s;
    slot->used = ++clock_;
    slot->text.assign(reinterpret_cast<const char*>(t), size);
    slot->bounds.all.clear();
    slot->bounds.words.clear();
    for (size_t i = 0; i < size; ++i)
      if (i == 0 || IsWord(t[i - 1]) != IsWord(t[i])) {
        slot->bounds.all.push_back(static_cast<uint16_t>(i));
        if (IsWord(t[i])) slot->bounds.words.push_back(static_cast<uint16_t>(i));
      }
    return slot->bounds;
  }

 private:
  struct Slot {
    std::string text;
    Bounds bounds;
    uint64_t used = 0;
  };
  Slot slots_[4];  // a post's views (raw, folded, ...) are searched in turn
  uint64_t clock_ = 0;
};

}  // namespace

Backtracker::Result Backtracker::Match(std::string_view text, size_t pos, size_t end, bool anchored,
                                       re2::StringPiece* sub, int n) const {
  if (pos > end || end > text.size()) return kNoMatch;
  size_t fixed[16];
  std::vector<size_t> more(groups_ >= 8 ? static_cast<size_t>(2 * (groups_ + 1)) : 0);
  size_t* caps = groups_ >= 8 ? more.data() : fixed;
  std::fill(caps, caps + 2 * (groups_ + 1), std::string_view::npos);
  State s;
  s.text = reinterpret_cast<const unsigned char*>(text.data());
  s.size = text.size();
  s.end = end;
  s.caps = caps;
  const unsigned char* t = s.text;
  // The start filters in locals: read through `this`, they would be loaded again after every
  // call of Run (the text's bytes may alias them, as far as the compiler knows).
  const unsigned char* first = first_table_;
  const bool boundary = starts_at_boundary_;
  const bool begin_text = begin_text_;
  const uint64_t* quads = quads_.bits.empty() ? nullptr : quads_.bits.data();
  const int quad_shift = quads_.shift;
  const unsigned quad_lengths = quads_.lengths;
  const uint64_t* after = quads || after_one_.bits.empty() ? nullptr : after_one_.bits.data();
  const int after_shift = after_one_.shift;
  const unsigned after_lengths = after_one_.lengths;
  // The pair filter also goes before quads_: its one probe rejects most starts more cheaply.
  const uint64_t* pairs = pairs_.empty() ? nullptr : pairs_.data();
  const uint8_t* positions = min_length_ > 0 ? positions_ : nullptr;
  const size_t min_length = min_length_;
  // The filters after the first byte's: pairs, then prefixes. False: no match starts at `start`.
  auto passes = [&](size_t start) __attribute__((always_inline)) {
    if (pairs) {
      if (start + 1 >= end) return false;  // every match is two bytes or more
      const size_t h = PairHash(t[start], t[start + 1]);
      if (!(pairs[h >> 6] >> (h & 63) & 1)) return false;
    }
    if (positions) {
      if (end - start < min_length) return false;
      for (size_t j = 1; j < min_length; ++j)
        if (!(positions[t[start + j]] >> j & 1)) return false;
    }
    // The first (up to) four bytes, folded; a prefix longer than what is left cannot match.
    if (quads && !PassesQuads(t + start, end - start, quads, quad_shift, quad_lengths)) return false;
    if (after && !PassesQuads(t + start + 1, end - start - 1, after, after_shift, after_lengths))
      return false;
    return true;
  };
  auto found = [&](size_t start) {
    if (n > 0) sub[0] = re2::StringPiece(text.data() + start, s.match_end - start);
    for (int g = 1; g < n; ++g) {
      const size_t b = g <= groups_ ? caps[static_cast<size_t>(2 * g)] : std::string_view::npos;
      const size_t e = g <= groups_ ? caps[static_cast<size_t>(2 * g + 1)] : std::string_view::npos;
      sub[g] = b != std::string_view::npos && e != std::string_view::npos && e >= b
                   ? re2::StringPiece(text.data() + b, e - b)
                   : re2::StringPiece();
    }
    return kMatch;
  };
  // A pattern starting at word boundaries, searched over most of a short text: the starts tried
  // are the text's boundaries (BoundaryCache) that pass the filters, the same starts in the same
  // order as the byte-by-byte loop below tries them.
  if (boundary && !anchored && s.size <= BoundaryCache::kMaxText && (end - pos) * 2 >= s.size) {
    static thread_local BoundaryCache cache;
    const BoundaryCache::Bounds& both = cache.Get(t, s.size);
    // The start 0 under a ^ is tried unfiltered, whatever its byte.
    if (begin_text && pos == 0 && end > 0) {
      s.steps = 0;
      if (Run(s, start_, 0, 0)) return found(0);
      if (s.gave_up) return kGaveUp;
      ++pos;
    }
    const std::vector<uint16_t>& bounds = words_first_ ? both.words : both.all;
    for (auto it = std::lower_bound(bounds.begin(), bounds.end(), static_cast<uint16_t>(pos));
         it != bounds.end() && *it < end; ++it) {
      const size_t start = *it;
      if (!first[t[start]] || !passes(start)) continue;
      s.steps = 0;
      if (Run(s, start_, start, 0)) return found(start);
      if (s.gave_up) return kGaveUp;
    }
    return kNoMatch;
  }
  for (size_t start = pos, next; start < end; start = next) {
    next = start + 1;
    // With a ^ in the pattern, the filters hold for the starts > 0 only (begin_text_).
    if (!anchored && !(begin_text && start == 0)) {
      while (start < end && !first[t[start]]) ++start;  // bytes no match starts with
      if (start == end) break;
      next = start + 1;
      if (boundary) {
        // Only a word's first byte can start a match: the rest of the word is not tried.
        if (IsWord(t[start]))
          while (next < end && IsWord(t[next])) ++next;
        if (start > 0 && IsWord(t[start - 1]) == IsWord(t[start])) continue;
      }
      if (!passes(start)) {
        if (pairs && start + 1 >= end) break;
        continue;
      }
    }
    s.steps = 0;
    if (Run(s, start_, start, 0)) return found(start);
    if (s.gave_up) return kGaveUp;
    if (anchored) break;
  }
  return kNoMatch;
}

}  // namespace secretum::internal
