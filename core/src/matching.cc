#include "matching.h"

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
  std::vector<uint32_t> order(terms.size());
  size_t bytes = 2;
  for (size_t i = 0; i < terms.size(); ++i) {
    order[i] = static_cast<uint32_t>(i);
    bytes += 3 * terms[i].size() + 5;
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return terms[a].size() > terms[b].size(); });
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
    while (i < v.size() && (word(v[i]) || (v[i] == '\'' && i + 1 < v.size() && word(v[i + 1])))) {
      // A French elision ends its own run, so that "l'alpiniste" and "d'Annecy" find
      // "alpiniste" and "Annecy"; entries holding one ("l'isle adam") still match across it.
      if (v[i] == '\'' && IsElision(v.substr(b, i - b))) break;
      ++i;
    }
    runs.push_back({b, i});
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
