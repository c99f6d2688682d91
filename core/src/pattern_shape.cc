#include "pattern_shape.h"

#include <cstdint>

namespace secretum::internal {
namespace {

using Bytes = std::bitset<256>;
constexpr size_t kUnbounded = PatternShape::kUnbounded;
constexpr size_t kCap = size_t{1} << 24;  // longer bounds count as unbounded (size_t: 32 bits in wasm)

size_t Add(size_t a, size_t b) {
  if (a == kUnbounded || b == kUnbounded || a + b >= kCap) return kUnbounded;
  return a + b;
}

size_t Times(size_t a, size_t n) {
  if (a == 0) return 0;
  if (a == kUnbounded || n == kUnbounded || n >= kCap / a) return kUnbounded;
  return a * n;
}

Bytes Range(int lo, int hi) {
  Bytes b;
  for (int c = lo; c <= hi; ++c) b.set(static_cast<size_t>(c));
  return b;
}

Bytes Digits() { return Range('0', '9'); }
Bytes Word() { return Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | Range('_', '_'); }
Bytes Space() {  // RE2's \s: [\t\n\f\r ]
  return Range('\t', '\n') | Range('\f', '\r') | Range(' ', ' ');
}

// Every byte a case-insensitive match of a byte of `b` can be: both ASCII cases, and any
// non-ASCII byte when `b` has one (Latin-1 case folding).
Bytes Fold(Bytes b) {
  for (int c = 'a'; c <= 'z'; ++c) {
    const size_t lo = static_cast<size_t>(c), up = static_cast<size_t>(c - 32);
    if (b[lo] || b[up]) b.set(lo).set(up);
  }
  for (size_t c = 0x80; c < 256; ++c)
    if (b[c]) return b | Range(0x80, 0xFF);
  return b;
}

struct Node {
  size_t len = 0;  // fixed length: parts repeated without bound count for nothing
  Bytes bytes;     // every byte a match can contain
  Bytes free;      // the bytes of parts repeated without bound
};

class Reader {
 public:
  explicit Reader(const std::string& p) : p_(p) {}

  bool Read(Node* out) {
    *out = Alternation();
    return ok_ && i_ == p_.size();
  }

 private:
  bool More() const { return ok_ && i_ < p_.size(); }
  unsigned char Peek() const { return static_cast<unsigned char>(p_[i_]); }
  void Fail() { ok_ = false; }

  Node Alternation() {
    Node n = Concatenation();
    while (More() && Peek() == '|') {
      ++i_;
      Node m = Concatenation();
      n.len = n.len == kUnbounded || m.len == kUnbounded ? kUnbounded : std::max(n.len, m.len);
      n.bytes |= m.bytes;
      n.free |= m.free;
    }
    return n;
  }

  Node Concatenation() {
    Node n;
    while (More() && Peek() != '|' && Peek() != ')') {
      Node m = Repetition();
      n.len = Add(n.len, m.len);
      n.bytes |= m.bytes;
      n.free |= m.free;
    }
    return n;
  }

  // Reads "{n}", "{n,}" or "{n,m}" at i_; false (i_ unchanged) when it is not one (a literal {).
  bool Counts(size_t* max) {
    size_t j = i_ + 1;
    auto number = [&](size_t* v) {
      const size_t from = j;
      *v = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && j - from < 6)
        *v = *v * 10 + static_cast<size_t>(p_[j++] - '0');
      return j > from && !(j < p_.size() && p_[j] >= '0' && p_[j] <= '9');
    };
    size_t lo = 0, hi = 0;
    if (!number(&lo)) return false;
    if (j < p_.size() && p_[j] == '}') {
      hi = lo;
    } else if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') {
        hi = kUnbounded;
      } else if (!number(&hi) || j >= p_.size() || p_[j] != '}') {
        return false;
      }
    } else {
      return false;
    }
    i_ = j + 1;
    *max = hi;
    return true;
  }

  Node Repetition() {
    Node n = Atom();
    while (More()) {
      const unsigned char c = Peek();
      size_t max = 0;
      if (c == '*' || c == '+') {
        ++i_;
        max = kUnbounded;
      } else if (c == '?') {
        ++i_;
        max = 1;
      } else if (!(c == '{' && Counts(&max))) {
        break;
      }
      if (max == kUnbounded) {  // every byte it matches is free; none counts
        n.len = 0;
        n.free |= n.bytes;
      } else {
        n.len = Times(n.len, max);
      }
      if (More() && Peek() == '?') ++i_;  // non-greedy
    }
    return n;
  }

  Node One(Bytes b) {
    Node n;
    n.len = 1;
    n.bytes = b;
    return n;
  }

  Node Atom() {
    const unsigned char c = Peek();
    ++i_;
    switch (c) {
      case '(':
        return Group();
      case '[':
        return Class();
      case '.':
        return One(Bytes().set());
      case '^':
      case '$':
        return Node();
      case '\\':
        return Escape();
      case '*':
      case '+':
      case '?':
      case ')':
      case '|':
        Fail();
        return Node();
      default:
        return One(Bytes().set(c));
    }
  }

  Node Group() {
    if (More() && Peek() == '?') {
      ++i_;
      if (More() && (Peek() == 'P' || Peek() == '<')) {  // named group: (?P<name>...), (?<name>...)
        if (Peek() == 'P') ++i_;
        if (!More() || Peek() != '<') {
          Fail();
          return Node();
        }
        const size_t close = p_.find('>', i_);
        if (close == std::string::npos) {
          Fail();
          return Node();
        }
        i_ = close + 1;
      } else {  // flags: (?flags) or (?flags:...)
        while (More() && (Peek() == 'i' || Peek() == 'm' || Peek() == 's' || Peek() == 'U' || Peek() == '-'))
          ++i_;
        if (!More()) {
          Fail();
          return Node();
        }
        if (Peek() == ')') {  // flags for the rest of the group: nothing to match
          ++i_;
          return Node();
        }
        if (Peek() != ':') {
          Fail();
          return Node();
        }
        ++i_;
      }
    }
    Node n = Alternation();
    if (!More() || Peek() != ')') {
      Fail();
      return Node();
    }
    ++i_;
    return n;
  }

  // An escape outside a class.
  Node Escape() {
    if (!More()) {
      Fail();
      return Node();
    }
    const unsigned char c = Peek();
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        ++i_;
        return Node();
      case 'C':
      case 'p':
      case 'P': {
        ++i_;
        if (c != 'C') SkipUnicodeClassName();
        return One(Bytes().set());
      }
      case 'Q': {  // literal text up to \E
        ++i_;
        Node n;
        while (i_ < p_.size() && p_.compare(i_, 2, "\\E") != 0) {
          n.bytes.set(static_cast<unsigned char>(p_[i_++]));
          n.len = Add(n.len, 1);
        }
        if (i_ < p_.size()) i_ += 2;
        return n;
      }
      default: {
        Bytes b;
        bool exact = true;
        if (!EscapeBytes(&b, &exact)) {
          Fail();
          return Node();
        }
        return One(b);
      }
    }
  }

  void SkipUnicodeClassName() {
    if (!More()) {
      Fail();
      return;
    }
    if (Peek() == '{') {
      const size_t close = p_.find('}', i_);
      if (close == std::string::npos) {
        Fail();
        return;
      }
      i_ = close + 1;
    } else {
      ++i_;
    }
  }

  // The bytes of a one-character escape at i_ (after the backslash): a Perl class, a control
  // character, a code, or a quoted punctuation character. *exact false: a superset.
  bool EscapeBytes(Bytes* b, bool* /*exact*/) {
    const unsigned char c = Peek();
    ++i_;
    switch (c) {
      case 'd': *b = Digits(); return true;
      case 'D': *b = ~Digits(); return true;
      case 'w': *b = Word(); return true;
      case 'W': *b = ~Word(); return true;
      case 's': *b = Space(); return true;
      case 'S': *b = ~Space(); return true;
      case 'a': b->set(7); return true;
      case 'f': b->set(12); return true;
      case 'n': b->set(10); return true;
      case 'r': b->set(13); return true;
      case 't': b->set(9); return true;
      case 'v': b->set(11); return true;
      case 'x': {
        size_t v = 0;
        if (More() && Peek() == '{') {
          const size_t close = p_.find('}', i_);
          if (close == std::string::npos || close == i_ + 1 || close - i_ > 7) return false;
          for (size_t j = i_ + 1; j < close; ++j) {
            const int d = Hex(p_[j]);
            if (d < 0) return false;
            v = v * 16 + static_cast<size_t>(d);
          }
          i_ = close + 1;
        } else {
          if (i_ + 2 > p_.size() || Hex(p_[i_]) < 0 || Hex(p_[i_ + 1]) < 0) return false;
          v = static_cast<size_t>(Hex(p_[i_]) * 16 + Hex(p_[i_ + 1]));
          i_ += 2;
        }
        if (v > 255) return false;
        b->set(v);
        return true;
      }
      default:
        break;
    }
    if (c >= '0' && c <= '7') {  // octal, up to three digits
      size_t v = static_cast<size_t>(c - '0');
      for (int k = 0; k < 2 && More() && Peek() >= '0' && Peek() <= '7'; ++k)
        v = v * 8 + static_cast<size_t>(p_[i_++] - '0');
      if (v > 255) return false;
      b->set(v);
      return true;
    }
    // Any other letter or digit is an escape this reader does not know; punctuation is itself.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
      return false;
    b->set(c);
    return true;
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // A bracketed class, after its '['.
  Node Class() {
    bool negated = false;
    if (More() && Peek() == '^') {
      negated = true;
      ++i_;
    }
    Bytes set;
    bool exact = true;  // `set` is exactly the class's bytes (needed to negate it)
    bool first = true;
    while (More() && !(Peek() == ']' && !first)) {
      first = false;
      if (Peek() == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:]
        const size_t close = p_.find(":]", i_ + 2);
        if (close == std::string::npos) {
          Fail();
          return Node();
        }
        i_ = close + 2;
        set.set();
        exact = false;
        continue;
      }
      if (Peek() == '\\' && i_ + 1 < p_.size() && (p_[i_ + 1] == 'p' || p_[i_ + 1] == 'P')) {
        i_ += 2;
        SkipUnicodeClassName();
        set.set();
        exact = false;
        continue;
      }
      int lo = -1;
      Bytes one;
      if (!ClassChar(&one, &exact, &lo)) {
        Fail();
        return Node();
      }
      // A range "a-z" (a '-' before the closing bracket is a literal).
      if (lo >= 0 && More() && Peek() == '-' && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        int hi = -1;
        Bytes end;
        if (!ClassChar(&end, &exact, &hi) || hi < lo) {
          Fail();
          return Node();
        }
        one = Range(lo, hi);
      }
      set |= one;
    }
    if (!More()) {
      Fail();
      return Node();
    }
    ++i_;  // ']'
    if (negated) {
      if (!exact) {
        Fail();
        return Node();
      }
      set = ~set;
    }
    return One(set);
  }

  // One element of a class: a byte (*single set to it) or an escaped Perl class.
  bool ClassChar(Bytes* b, bool* exact, int* single) {
    if (!More()) return false;
    const unsigned char c = Peek();
    if (c != '\\') {
      ++i_;
      b->set(c);
      *single = c;
      return true;
    }
    ++i_;
    if (!More()) return false;
    const unsigned char e = Peek();
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'C' || e == 'Q') return false;
    if (!EscapeBytes(b, exact)) return false;
    const bool perl = e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S';
    if (!perl) {
      for (int v = 0; v < 256; ++v)
        if ((*b)[static_cast<size_t>(v)]) *single = v;
    }
    return true;
  }

  const std::string& p_;
  size_t i_ = 0;
  bool ok_ = true;
};

}  // namespace

PatternShape ShapeOf(const std::string& pattern) {
  PatternShape shape;
  shape.bytes.set();
  shape.free.set();
  Node n;
  if (!Reader(pattern).Read(&n)) return shape;
  shape.fixed_len = n.len;
  shape.bytes = Fold(n.bytes);
  shape.free = Fold(n.free);
  return shape;
}

}  // namespace secretum::internal
