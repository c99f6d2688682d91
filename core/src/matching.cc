#include "matching.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace secretum::internal {
namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (c & 0x80);
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return (c >= 'a' && c <= 'z') || c == ','; }

}  // namespace

std::string TermsPattern(const std::vector<std::string>& terms) {
  // Longest first so that "numero de dossier" wins over "numero". Stable: the pattern text must
  // not depend on the standard library (atoms are keyed by it, computed natively for wasm too).
  // Indices are sorted, not copies of the terms, and each term is quoted straight into `out`
  // (as RE2::QuoteMeta does): this runs for every term list at every engine start.
  // The stable order is a counting sort on the lengths (bucket b: terms of longest - b bytes):
  // linear, one allocation, where std::stable_sort merged with a buffer (2.3 M of the 8.3 M
  // instructions TermsPattern costs at every engine start, natively).
  size_t bytes = 2, longest = 0;
  for (const std::string& t : terms) {
    bytes += 3 * t.size() + 5;
    longest = std::max(longest, t.size());
  }
  std::vector<uint32_t> order(terms.size());
  std::vector<uint32_t> bucket_start(longest + 2, 0);
  for (const std::string& t : terms) ++bucket_start[longest - t.size() + 1];
  for (size_t b = 1; b < bucket_start.size(); ++b) bucket_start[b] += bucket_start[b - 1];
  for (size_t i = 0; i < terms.size(); ++i) order[bucket_start[longest - terms[i].size()]++] = static_cast<uint32_t>(i);
  std::string out;
  out.reserve(bytes);
  out += '(';
  bool first = true;
  for (uint32_t i : order) {
    const std::string& t = terms[i];
    if (t.empty()) continue;  // the loader refuses them; an empty alternative would match anywhere
    if (!first) out += '|';
    first = false;
    if (IsWordChar(t.front())) out += "\\b";
    for (char c : t) {
      if (c == ' ') {
        out += "\\s+";  // any run of spaces in a term matches any run of spaces in the text
      } else if (c == '\0') {
        out += "\\x00";
      } else if (!IsWordChar(c)) {  // ASCII but [A-Za-z0-9_]: escaped, as RE2::QuoteMeta does
        out += '\\';
        out += c;
      } else {
        out += c;
      }
    }
    if (IsWordChar(t.back())) out += "\\b";
  }
  out += ')';
  return out;
}

std::vector<Span> WordRuns(std::string_view v) {
  std::vector<Span> runs;
  auto word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80);
  };
  size_t i = 0;
  while (i < v.size()) {
    if (!word(v[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    bool possessive = false;
    while (i < v.size() && (word(v[i]) || (v[i] == '\'' && i + 1 < v.size() && word(v[i + 1])))) {
      // A French elision ends its own run, so that "l'alpiniste" and "d'Annecy" find
      // "alpiniste" and "Annecy"; entries holding one ("l'isle adam") still match across it.
      if (v[i] == '\'' && IsElision(v.substr(b, i - b))) break;
      // So does an English possessive, which is no run of its own: "Brayden's" is "Brayden".
      if (v[i] == '\'' && (v[i + 1] == 's' || v[i + 1] == 'S') &&
          (i + 2 == v.size() || !word(v[i + 2]))) {
        possessive = true;
        break;
      }
      ++i;
    }
    runs.push_back({b, i});
    if (possessive) i += 2;
  }
  return runs;
}

bool Isolated(std::string_view v, size_t begin, size_t end) {
  // Part of a hyphenated compound ("Jean-Jaurès", "Saint-Flour").
  if ((begin > 0 && v[begin - 1] == '-') || (end < v.size() && v[end] == '-')) return false;
  size_t a = end;
  while (a < v.size() && v[a] == ' ') ++a;
  if (a > end && a < v.size() && IsUpper(v[a])) return false;
  size_t b = begin;
  if (b == 0 || v[b - 1] != ' ') return true;
  --b;  // the space
  size_t word_end = b;
  while (b > 0 && v[b - 1] != ' ' && v[b - 1] != '\n') --b;
  if (b == word_end || !IsUpper(v[b])) return true;
  // The capitalized word is mid-sentence if a lowercase word (or a comma) precedes it.
  if (b < 2 || v[b - 1] != ' ') return true;
  return !IsLower(v[b - 2]);
}

bool NextWordIn(const LexiconIndex& lex, std::string_view v, bool capitalized, float min_weight,
                size_t* end) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t b = *end;
  if (b >= v.size() || v[b] != ' ') return false;
  ++b;
  size_t e = b;
  while (e < v.size() && (letter(v[e]) || (v[e] == '\'' && e + 1 < v.size() && letter(v[e + 1]))))
    ++e;
  if (e == b) return false;
  if (capitalized && !(IsUpper(v[b]) && e - b > 1 && v[b + 1] >= 'a' && v[b + 1] <= 'z')) return false;
  auto key = [&](size_t to) {
    std::string k;
    for (size_t i = b; i < to; ++i) k.push_back(IsUpper(v[i]) ? static_cast<char>(v[i] + 32) : v[i]);
    return k;
  };
  auto hit = lex.entries.find(key(e));
  if (hit == lex.entries.end() && e - b > 3 && v[e - 2] == '\'' && v[e - 1] == 's') {
    hit = lex.entries.find(key(e - 2));  // a possessive is not part of the name: "Cole's"
    if (hit != lex.entries.end()) e -= 2;
  }
  if (hit == lex.entries.end() || hit->second < min_weight) return false;
  // A compound: "Tremblay-Gagnon".
  while (e + 2 < v.size() && v[e] == '-' && IsUpper(v[e + 1]) && v[e + 2] >= 'a' && v[e + 2] <= 'z') {
    e += 2;
    while (e < v.size() && letter(v[e])) ++e;
  }
  *end = e;
  return true;
}

}  // namespace secretum::internal

namespace secretum::internal {

bool SplitAtGap(const std::string& p, GapSplit* out) {
  if (p.find("\\Q") != std::string::npos) return false;
  // A gap needs "{0," after a class that names the newline: most patterns have neither, and
  // the scan below would read every byte of them (the long word alternations) at construction.
  if (p.find("{0,") == std::string::npos || p.find("\\n") == std::string::npos) return false;
  int depth = 0;
  size_t gap_begin = std::string::npos, gap_end = std::string::npos;
  for (size_t i = 0; i < p.size();) {
    const char c = p[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '|' && depth == 0) return false;
    if (c == '(') {
      // Inline flags ("(?i)", "(?s:") would not carry over to the tail: no split.
      if (i + 2 < p.size() && p[i + 1] == '?' && p[i + 2] != ':' && p[i + 2] != 'P') return false;
      ++depth;
      ++i;
      continue;
    }
    if (c == ')') {
      --depth;
      ++i;
      continue;
    }
    if (c != '[') {
      ++i;
      continue;
    }
    // A character class: find its end ("[]...]", "[^]...]", "[[:alpha:]]", escapes).
    size_t j = i + 1;
    const bool negated = j < p.size() && p[j] == '^';
    if (negated) ++j;
    if (j < p.size() && p[j] == ']') ++j;
    bool newline = false;
    while (j < p.size() && p[j] != ']') {
      if (p[j] == '\\') {
        newline = newline || (j + 1 < p.size() && p[j + 1] == 'n');
        j += 2;
      } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
        size_t close = p.find(":]", j + 2);
        if (close == std::string::npos) return false;
        j = close + 2;
      } else {
        ++j;
      }
    }
    if (j >= p.size()) return false;
    size_t next = j + 1;
    // The gap: a negated class without the newline, then {0,N} or {0,N}?, at the top level.
    if (gap_begin == std::string::npos && depth == 0 && negated && newline &&
        p.compare(next, 3, "{0,") == 0) {
      size_t k = next + 3;
      while (k < p.size() && p[k] >= '0' && p[k] <= '9') ++k;
      if (k > next + 3 && k < p.size() && p[k] == '}' && k - (next + 3) <= 6) {
        out->gap_max = static_cast<size_t>(std::stoul(p.substr(next + 3, k - (next + 3))));
        ++k;
        if (k < p.size() && p[k] == '?') ++k;
        gap_begin = i;
        gap_end = k;
        next = k;
      }
    }
    i = next;
  }
  if (depth != 0 || gap_begin == std::string::npos || gap_begin == 0 || gap_end >= p.size())
    return false;
  out->head = p.substr(0, gap_begin);
  out->tail = p.substr(gap_end);
  // Conservative: anything in HEAD that might match a newline.
  static const char* const kMayMatchNewline[] = {"\\s", "\\n", "[^", "\\D", "\\W", "\\x", "\\0",
                                                 "\\p", "\\P", "\\C", "[[:", "\\v", "\\f"};
  out->head_one_line = out->head.find('\n') == std::string::npos;
  for (const char* s : kMayMatchNewline)
    out->head_one_line = out->head_one_line && out->head.find(s) == std::string::npos;
  return true;
}

bool GappedMatch(const RE2& re, const GapRegexps& gap, re2::StringPiece text, size_t pos,
                 size_t size, re2::StringPiece* sub, int n, size_t* tail_from, size_t* tail_at) {
  constexpr size_t npos = std::string_view::npos;
  while (pos <= size) {
    // The whole pattern can only start where HEAD starts: the leftmost HEAD start from pos.
    re2::StringPiece h;
    if (!gap.head->Match(text, pos, size, RE2::UNANCHORED, &h, 1)) return false;
    const size_t q = static_cast<size_t>(h.data() - text.data());
    // TAIL must start at or after q: the leftmost such start (cached while still valid).
    if (*tail_from == npos || *tail_from > q || (*tail_at != npos && *tail_at < q)) {
      re2::StringPiece t;
      *tail_from = q;
      *tail_at = gap.tail->Match(text, q, size, RE2::UNANCHORED, &t, 1)
                     ? static_cast<size_t>(t.data() - text.data())
                     : npos;
    }
    if (*tail_at == npos) return false;  // no TAIL from here on: no match at any later start
    if (gap.head_one_line) {
      // HEAD and the gap stay on one line, so TAIL starts on q's line; every TAIL start is at
      // or after *tail_at: no start before the next newline can match.
      const void* nl = std::memchr(text.data() + q, '\n', *tail_at - q);
      if (nl != nullptr) {
        pos = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
        continue;
      }
    }
    // TAIL starts at most gap_max bytes after the farthest end of HEAD at q.
    if (gap.head_longest) {
      re2::StringPiece longest;
      if (gap.head_longest->Match(text, q, size, RE2::ANCHOR_START, &longest, 1) &&
          *tail_at > static_cast<size_t>(longest.data() - text.data()) + longest.size() + gap.gap_max) {
        pos = q + 1;
        continue;
      }
    }
    // Leftmost-first: the first start with an anchored match gives the unanchored match.
    if (re.Match(text, q, size, RE2::ANCHOR_START, sub, n)) return true;
    pos = q + 1;
  }
  return false;
}

}  // namespace secretum::internal
