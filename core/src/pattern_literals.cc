#include "pattern_literals.h"

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <string_view>

namespace secretum::internal {
namespace {

constexpr size_t kMaxSet = 64;      // strings an exact set may hold

using Strings = std::vector<std::string>;

// What a part of a pattern matches: exactly one of the strings of `set` (exact), or else
// strings holding one literal of each clause of `cnf` (no clause: anything).
struct Info {
  bool exact = false;
  Strings set;
  std::vector<Strings> cnf;
  static Info Exact(Strings s) {
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    Info i;
    i.exact = true;
    i.set = std::move(s);
    return i;
  }
  static Info Any() { return Info(); }
};

}  // namespace

size_t ValidUtf8Prefix(std::string_view s) {
  size_t i = 0, valid = 0;
  auto cont = [&](size_t k, unsigned char lo, unsigned char hi) {
    return i + k < s.size() && static_cast<unsigned char>(s[i + k]) >= lo && static_cast<unsigned char>(s[i + k]) <= hi;
  };
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xC2 && c <= 0xDF) n = cont(1, 0x80, 0xBF) ? 2 : 0;
    else if (c == 0xE0) n = cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
    else if (c == 0xED) n = cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
    else if (c == 0xF0) n = cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    else if (c >= 0xF1 && c <= 0xF3) n = cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    else if (c == 0xF4) n = cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    if (n == 0) break;
    i += n;
    valid = i;
  }
  return valid;
}

bool CanOccurInUtf8(std::string_view s) {
  size_t i = 0;
  auto is_cont = [&](size_t k) {
    return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
  };
  while (i < 3 && is_cont(i)) ++i;  // the end of a character that starts before
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0) return false;
    for (size_t k = 1; k < n; ++k) {
      if (i + k >= s.size()) return true;  // a character that ends after
      if (!is_cont(i + k)) return false;
    }
    i += n;
  }
  return true;
}

Strings ClauseOf(const Strings& strings) {
  Strings c;
  for (const std::string& s : strings) {
    // The post's view is well-formed UTF-8 (text.h): a string it cannot hold adds nothing.
    if (!s.empty() && !CanOccurInUtf8(s)) continue;
    // Its longest well-formed run (a substring of a required string is required too; the atoms
    // table goes through JSON, which would turn a stray byte into U+FFFD, a literal no post
    // holds); none: the clause says nothing.
    size_t best = 0, best_len = 0;
    for (size_t at = 0; at < s.size() && s.size() - at > best_len;) {
      const size_t valid = ValidUtf8Prefix(std::string_view(s).substr(at));
      if (valid > best_len) best = at, best_len = valid;
      at += valid ? valid : 1;
    }
    if (best_len == 0) return {};
    const std::string cut = s.substr(best, std::min(best_len, kMaxClauseLiteral));
    c.push_back(cut.substr(0, ValidUtf8Prefix(cut)));
    if (c.back().empty()) return {};
  }
  if (c.empty()) return {};  // no string can occur: keep the clause out (says nothing)
  std::sort(c.begin(), c.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  Strings out;
  for (const std::string& s : c)
    if (std::none_of(out.begin(), out.end(), [&](const std::string& o) { return s.find(o) != std::string::npos; }))
      out.push_back(s);
  std::sort(out.begin(), out.end());
  return out;
}

double ClauseOdds(const Strings& clause) {
  static constexpr double kByLength[] = {1, 0.9, 0.4, 0.1, 0.03, 0.01};
  double none = 1;  // no literal occurs
  for (const std::string& l : clause) {
    double p = l.size() < 6 ? kByLength[l.size()] : 0.003;
    if (l.size() == 1) {
      const unsigned char c = static_cast<unsigned char>(l[0]);
      const bool common = (c >= 'a' && c <= 'z') || std::string_view(" .,'-\n!?:()").find(static_cast<char>(c)) != std::string_view::npos;
      p = common ? 0.9 : c >= '0' && c <= '9' ? 0.3 : 0.2;
    }
    none *= 1 - p;
  }
  return 1 - none;
}

namespace {

Strings Clause(const Strings& strings) { return ClauseOf(strings); }

std::vector<Strings> ToCnf(const Info& info) {
  if (!info.exact) return info.cnf;
  Strings c = Clause(info.set);
  if (c.empty()) return {};
  return {c};
}

Info Concat(const std::vector<Info>& parts) {
  Strings run{""};  // the exact run so far
  bool all_exact = true;
  std::vector<Strings> cnf;
  auto flush = [&] {
    Strings c = Clause(run);
    if (!c.empty()) cnf.push_back(c);
  };
  for (const Info& p : parts) {
    if (p.exact && run.size() * p.set.size() <= kMaxSet) {
      Strings next;
      for (const std::string& a : run)
        for (const std::string& b : p.set) next.push_back(a + b);
      run = std::move(next);
      continue;
    }
    all_exact = false;
    flush();
    if (p.exact) {
      run = p.set;
    } else {
      cnf.insert(cnf.end(), p.cnf.begin(), p.cnf.end());
      run = {""};
    }
  }
  if (all_exact) return Info::Exact(run);
  flush();
  Info i;
  i.cnf = std::move(cnf);
  return i;
}

Info Alternate(const std::vector<Info>& branches) {
  if (std::all_of(branches.begin(), branches.end(), [](const Info& b) { return b.exact; })) {
    Strings all;
    for (const Info& b : branches) all.insert(all.end(), b.set.begin(), b.set.end());
    Info i = Info::Exact(all);
    if (i.set.size() <= kMaxSet) return i;
  }
  // A match holds the literals of one branch: one clause, the union of each branch's least
  // likely clause.
  Strings clause;
  for (const Info& b : branches) {
    std::vector<Strings> cnf = ToCnf(b);
    if (cnf.empty()) return Info::Any();
    const Strings* best = &cnf[0];
    for (const Strings& c : cnf)
      if (ClauseOdds(c) < ClauseOdds(*best)) best = &c;
    clause.insert(clause.end(), best->begin(), best->end());
  }
  Info i;
  i.cnf.push_back(Clause(clause));
  if (i.cnf.back().empty()) i.cnf.clear();
  return i;
}

Info Repeat(const Info& child, int min, int max) {
  if (min == 0) {
    if (child.exact && max == 1) {
      Strings s = child.set;
      s.push_back("");
      return Info::Exact(s);
    }
    return Info::Any();
  }
  if (child.exact && min == 1 && max == 1) return child;
  Info i;
  i.cnf = ToCnf(child);
  return i;
}

// The bytes a text byte `b` matched case-insensitively can be, in the ASCII-lowercased post.
std::bitset<256> Folded(const std::bitset<256>& bytes) {
  std::bitset<256> out;
  for (int b = 0; b < 256; ++b) {
    if (!bytes[static_cast<size_t>(b)]) continue;
    int lower = b, upper = b;
    if (b >= 'A' && b <= 'Z') lower = b + 32;
    if (b >= 'a' && b <= 'z') upper = b - 32;
    if (b >= 0xC0 && b <= 0xDE && b != 0xD7) upper = b + 32;  // Latin-1 letters: both stay
    if (b >= 0xE0 && b <= 0xFE && b != 0xF7) upper = b - 32;
    if (b < 0x80) {
      out.set(static_cast<size_t>(lower));  // the post is lowercased: only the lower one
    } else {
      out.set(static_cast<size_t>(lower));
      out.set(static_cast<size_t>(upper));
    }
  }
  return out;
}

Info FromBytes(const std::bitset<256>& bytes) {
  std::bitset<256> f = Folded(bytes);
  if (f.none() || f.count() > 4) return Info::Any();
  Strings s;
  for (int b = 0; b < 256; ++b)
    if (f[static_cast<size_t>(b)]) s.push_back(std::string(1, static_cast<char>(b)));
  return Info::Exact(s);
}

class Parser {
 public:
  explicit Parser(const std::string& p) : p_(p) {}

  bool Parse(Info* out) {
    *out = ParseAlternation();
    return ok_ && i_ == p_.size();
  }

 private:
  bool More() const { return ok_ && i_ < p_.size(); }
  void Fail() { ok_ = false; }

  Info ParseAlternation() {
    std::vector<Info> branches{ParseConcat()};
    while (More() && p_[i_] == '|') {
      ++i_;
      branches.push_back(ParseConcat());
    }
    return branches.size() == 1 ? branches[0] : Alternate(branches);
  }

  Info ParseConcat() {
    std::vector<Info> parts;
    while (More() && p_[i_] != '|' && p_[i_] != ')') {
      Info atom = ParseAtom();
      if (!ok_) return Info::Any();
      int min = 1, max = 1;
      bool quantified = false;
      while (More()) {
        int qmin = 0, qmax = 0;
        const char c = p_[i_];
        if (c == '*') {
          qmin = 0, qmax = -1, ++i_;
        } else if (c == '+') {
          qmin = 1, qmax = -1, ++i_;
        } else if (c == '?') {
          qmin = 0, qmax = 1, ++i_;
        } else if (c == '{' && ParseBraces(&qmin, &qmax)) {
        } else {
          break;
        }
        if (quantified) {  // RE2 rejects a repeated quantifier; be safe
          Fail();
          return Info::Any();
        }
        quantified = true;
        min = qmin, max = qmax;
        if (More() && p_[i_] == '?') ++i_;  // non-greedy
      }
      parts.push_back(quantified ? Repeat(atom, min, max) : atom);
    }
    return Concat(parts);
  }

  // {n}, {n,}, {n,m} at i_: true and moves past it; false (i_ unchanged) when not one.
  bool ParseBraces(int* min, int* max) {
    size_t j = i_ + 1;
    auto number = [&](int* v) {
      const size_t start = j;
      long n = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && n < 100000) n = n * 10 + (p_[j++] - '0');
      *v = static_cast<int>(n);
      return j > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(max)) *max = -1;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    return true;
  }

  Info ParseAtom() {
    const unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c == '(') {
      ++i_;
      if (i_ < p_.size() && p_[i_] == '?') {
        ++i_;
        if (i_ < p_.size() && (p_[i_] == 'P' || p_[i_] == '<')) {  // named group
          const size_t close = p_.find('>', i_);
          if (close == std::string::npos) return Fail(), Info::Any();
          i_ = close + 1;
        } else {  // flags: (?flags) or (?flags:...)
          while (i_ < p_.size() && std::string("imsU-").find(p_[i_]) != std::string::npos) ++i_;
          if (i_ >= p_.size()) return Fail(), Info::Any();
          if (p_[i_] == ')') {
            ++i_;
            return Info::Exact({""});
          }
          if (p_[i_] != ':') return Fail(), Info::Any();
          ++i_;
        }
      }
      Info inner = ParseAlternation();
      if (!More() || p_[i_] != ')') return Fail(), Info::Any();
      ++i_;
      return inner;
    }
    if (c == '[') return ParseClass();
    if (c == '.') return ++i_, Info::Any();
    if (c == '^' || c == '$') return ++i_, Info::Exact({""});
    if (c == '*' || c == '+' || c == '?') return Fail(), Info::Any();
    if (c == '\\') return ParseEscape();
    ++i_;
    std::bitset<256> b;
    b.set(c);
    return FromBytes(b);
  }

  // An escape at i_ (outside a class): an anchor, a class or one byte.
  Info ParseEscape() {
    if (i_ + 1 >= p_.size()) return Fail(), Info::Any();
    const char e = p_[i_ + 1];
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z') return i_ += 2, Info::Exact({""});
    std::bitset<256> bytes;
    bool large = false;
    if (!EscapeBytes(&bytes, &large)) return Fail(), Info::Any();
    return large ? Info::Any() : FromBytes(bytes);
  }

  // An escape at i_ that stands for bytes (in a class or not): adds them to *bytes, or sets
  // *large for a class this reader does not enumerate (\d, \w, \pL...). False: unknown syntax.
  bool EscapeBytes(std::bitset<256>* bytes, bool* large) {
    const char e = p_[i_ + 1];
    i_ += 2;
    switch (e) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'C':
        *large = true;
        return true;
      case 'p': case 'P':
        if (i_ < p_.size() && p_[i_] == '{') {
          const size_t close = p_.find('}', i_);
          if (close == std::string::npos) return false;
          i_ = close + 1;
        } else {
          ++i_;
        }
        *large = true;
        return true;
      case 'n': bytes->set('\n'); return true;
      case 't': bytes->set('\t'); return true;
      case 'r': bytes->set('\r'); return true;
      case 'f': bytes->set('\f'); return true;
      case 'v': bytes->set('\v'); return true;
      case 'a': bytes->set('\a'); return true;
      case 'x': {
        size_t end = i_;
        if (i_ < p_.size() && p_[i_] == '{') {
          end = p_.find('}', i_);
          if (end == std::string::npos) return false;
          ++i_;
        } else {
          end = i_ + 2;
          if (end > p_.size()) return false;
        }
        unsigned long v = 0;
        if (end == i_ || end - i_ > 6) return false;
        for (size_t k = i_; k < end; ++k) {
          const char h = p_[k];
          const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                      : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (d < 0) return false;
          v = v * 16 + static_cast<unsigned long>(d);
        }
        i_ = p_[end] == '}' ? end + 1 : end;
        if (v > 255) return false;
        bytes->set(v);
        return true;
      }
      default:
        // Punctuation stands for itself; letters and digits are other syntax.
        if ((e >= '0' && e <= '9') || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
            static_cast<unsigned char>(e) >= 0x80)
          return false;
        bytes->set(static_cast<unsigned char>(e));
        return true;
    }
  }

  Info ParseClass() {
    ++i_;  // [
    bool negated = false;
    if (i_ < p_.size() && p_[i_] == '^') negated = true, ++i_;
    std::bitset<256> bytes;
    bool large = false, first = true;
    while (ok_) {
      if (i_ >= p_.size()) return Fail(), Info::Any();
      const unsigned char c = static_cast<unsigned char>(p_[i_]);
      if (c == ']' && !first) {
        ++i_;
        break;
      }
      first = false;
      if (c == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:]
        const size_t close = p_.find(":]", i_ + 2);
        if (close == std::string::npos) return Fail(), Info::Any();
        i_ = close + 2;
        large = true;
        continue;
      }
      // One byte (or an escape), possibly the start of a range.
      int lo = -1;
      if (c == '\\') {
        std::bitset<256> one;
        bool one_large = false;
        if (i_ + 1 >= p_.size() || !EscapeBytes(&one, &one_large)) return Fail(), Info::Any();
        if (one_large) {
          large = true;
          continue;
        }
        if (one.count() == 1)
          for (int b = 0; b < 256; ++b)
            if (one[static_cast<size_t>(b)]) lo = b;
        bytes |= one;
      } else {
        lo = c;
        ++i_;
        bytes.set(c);
      }
      if (lo >= 0 && i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {
        ++i_;
        int hi = -1;
        if (p_[i_] == '\\') {
          std::bitset<256> one;
          bool one_large = false;
          if (i_ + 1 >= p_.size() || !EscapeBytes(&one, &one_large) || one_large || one.count() != 1)
            return Fail(), Info::Any();
          for (int b = 0; b < 256; ++b)
            if (one[static_cast<size_t>(b)]) hi = b;
        } else {
          hi = static_cast<unsigned char>(p_[i_]);
          ++i_;
        }
        if (hi < lo) return Fail(), Info::Any();
        for (int b = lo; b <= hi; ++b) bytes.set(static_cast<size_t>(b));
      }
    }
    if (!ok_) return Info::Any();
    if (large || negated) return Info::Any();
    return FromBytes(bytes);
  }

  const std::string& p_;
  size_t i_ = 0;
  bool ok_ = true;
};

}  // namespace

std::vector<std::vector<std::string>> PatternLiterals(const std::string& pattern) {
  Parser parser(pattern);
  Info info;
  if (!parser.Parse(&info)) return {};
  std::vector<Strings> out;
  for (Strings& c : ToCnf(info))
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  return out;
}

}  // namespace secretum::internal
