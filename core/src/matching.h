// Matching helpers of the analyzer: spans of the normalized view, word-list patterns, all
// matches of a regular expression, and lexicon lookups over runs of words.
#ifndef SECRETUM_MATCHING_H_
#define SECRETUM_MATCHING_H_

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon_index.h"

namespace secretum::internal {

struct Span {
  size_t begin;
  size_t end;
};

// A context spec resolved to compiled matchers.
// LexiconIndex (a lexicon ready for lookups of runs of up to max_tokens words): lexicon_index.h.

// An RE2 alternation matching any of `terms` as whole words, in capture group 1 (word
// boundaries are only required where a term starts or ends with a word character: "n°", "m."
// work; any run of spaces in a term matches any run of spaces).
std::string TermsPattern(const std::vector<std::string>& terms);

// All non-overlapping matches of `re` in `text`; the span is capture group `group`. The scan
// resumes at the end of the group (not of the whole match) so that boundary characters a
// pattern consumes after its group can start the next match.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn) {
  int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(ngroups);
  size_t pos = 0;
  while (pos <= text.size()) {
    if (!re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                  sub.data(), ngroups))
      break;
    const re2::StringPiece& g = sub[group < ngroups ? group : 0];
    size_t whole_end = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    if (g.data() == nullptr || g.empty()) {
      pos = std::max(whole_end, pos + 1);
      continue;
    }
    size_t begin = static_cast<size_t>(g.data() - text.data());
    size_t end = begin + g.size();
    std::vector<std::string_view> groups(ngroups);
    for (int i = 0; i < ngroups; ++i)
      if (sub[i].data()) groups[i] = std::string_view(sub[i].data(), sub[i].size());
    fn(Span{begin, end}, groups);
    pos = std::max(end, pos + 1);
  }
}

// Word runs of the view for lexicon lookups: letters, digits, non-ASCII bytes, and apostrophes
// inside a word.
std::vector<Span> WordRuns(std::string_view v);

// True if [begin, end) of `v` stands alone: not part of a hyphenated compound, the next word
// does not start with a capital, and the previous word is not a capitalized word in
// mid-sentence ("to Prince Rupert", "Maple Grove Pharmacy" are not names). A capitalized word
// at the start of a sentence ("Vu", "Saw") does not count.
bool Isolated(std::string_view v, size_t begin, size_t end);

// True if the word after `*end` (one space, then a word; "'s" and hyphenated capitalized
// parts are taken along: "Cole's", "Tremblay-Gagnon") is an entry of `lex` (its first part, for
// a compound) weighing at least `min_weight`; *end then moves past it. `capitalized`: the word
// must be Titlecase.
bool NextWordIn(const LexiconIndex& lex, std::string_view v, bool capitalized, float min_weight,
                size_t* end);

// Longest lexicon matches over the word runs, left to right, not overlapping. Words of one
// entry may be separated by a space, a hyphen or an apostrophe ("Saint-Aubin", "L'Isle").
// Cost: two hash lookups per starting word, one more per word of a longer entry it may start.
template <typename Fn>
void ForEachLexiconMatch(const LexiconIndex& lex, std::string_view v,
                         const std::vector<Span>& runs, bool capitalized, Fn&& fn) {
  std::string key;
  for (size_t i = 0; i < runs.size(); ++i) {
    // "Capitalized" means Titlecase: "Nantes", not "nantes" nor shouted "NANTES".
    if (capitalized) {
      size_t b = runs[i].begin;
      bool upper = v[b] >= 'A' && v[b] <= 'Z';
      bool next_upper = b + 1 < runs[i].end && v[b + 1] >= 'A' && v[b + 1] <= 'Z';
      if (!upper || next_upper) continue;
    }
    key.clear();
    size_t best = runs.size();
    float best_weight = 0;
    int limit = 1;  // words an entry starting at run i can have
    for (size_t j = i; j < runs.size() && static_cast<int>(j - i) < limit; ++j) {
      if (j > i) {
        std::string_view gap = v.substr(runs[j - 1].end, runs[j].begin - runs[j - 1].end);
        if (gap.empty() || gap.size() > 2 ||
            gap.find_first_not_of(" -'") != std::string_view::npos)
          break;
        key.push_back(gap == "'" ? '\'' : ' ');  // an elision split by WordRuns
      }
      for (size_t k = runs[j].begin; k < runs[j].end; ++k)
        key.push_back(v[k] >= 'A' && v[k] <= 'Z' ? static_cast<char>(v[k] + 32) : v[k]);
      auto hit = lex.entries.find(key);
      if (hit != lex.entries.end()) {
        best = j;
        best_weight = hit->second;
      }
      if (j == i && lex.max_tokens > 1) {
        auto longest = lex.longest_from.find(key);
        if (longest != lex.longest_from.end()) limit = longest->second;
      }
    }
    if (best == runs.size()) continue;
    fn(Span{runs[i].begin, runs[best].end}, best_weight);
    i = best;
  }
}

}  // namespace secretum::internal

#endif  // SECRETUM_MATCHING_H_
