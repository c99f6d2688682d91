// Matching helpers of the analyzer: spans of the normalized view, word-list patterns, all
// matches of a regular expression, and lexicon lookups over runs of words.
#ifndef SECRETUM_MATCHING_H_
#define SECRETUM_MATCHING_H_

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

// A pattern "HEAD GAP TAIL" whose GAP, at the top level, is a bounded run of a negated class
// that excludes the newline (`[^\n]{0,130}?`, `[^.!?\n]{0,40}`): RE2's unanchored DFA for such
// a pattern multiplies the gap's counter states by the states of both alternations and keeps
// rebuilding states (up to ~200 cycles per byte). Gapped search finds the same leftmost-first
// match by searching HEAD alone, checking that TAIL occurs after it (on the same line when HEAD
// cannot match a newline), and running the whole pattern anchored at each HEAD start only.
struct GapSplit {
  std::string head, tail;  // the pattern is head + gap + tail
  size_t gap_max = 0;  // N: the gap's longest run
  bool head_one_line = false;  // HEAD cannot match a newline: TAIL must start on HEAD's line
};

// The split of `pattern` at its first top-level gap, or false (no such gap, a top-level
// alternation, or inline flags). Pure string inspection: the pattern is not compiled.
bool SplitAtGap(const std::string& pattern, GapSplit* out);

// HEAD and TAIL of a GapSplit, compiled with the pattern's options.
struct GapRegexps {
  std::unique_ptr<RE2> head, tail;
  std::unique_ptr<RE2> head_longest;  // HEAD with longest_match: how far HEAD can reach
  size_t gap_max = 0;
  bool head_one_line = false;
};

// Same result as re.Match(text, pos, end, RE2::UNANCHORED, sub, n) when `re` is
// head + gap + tail of `gap`. *tail_from / *tail_at cache the last TAIL search (start position
// searched from, start found or npos) across calls on one text and one `end`; initialize both
// to npos (again when `end` changes).
bool GappedMatch(const RE2& re, const GapRegexps& gap, re2::StringPiece text, size_t pos,
                 size_t end, re2::StringPiece* sub, int n, size_t* tail_from, size_t* tail_at);
inline bool GappedMatch(const RE2& re, const GapRegexps& gap, re2::StringPiece text, size_t pos,
                        re2::StringPiece* sub, int n, size_t* tail_from, size_t* tail_at) {
  return GappedMatch(re, gap, text, pos, text.size(), sub, n, tail_from, tail_at);
}

// All non-overlapping matches of `re` in `text`; the span is capture group `group`. The scan
// resumes at the end of the group (not of the whole match) so that boundary characters a
// pattern consumes after its group can start the next match. `gap`: `re` split at its gap
// (same matches, found faster; see GapSplit), or null. `windows`: null, or sorted disjoint
// spans of `text` such that every match of `re` in `text` lies inside one of them
// (PatternStore::Windows): only they are searched (with the whole text as context, for \b, ^
// and the like), which gives the same matches. `wanted`: how many submatches fn reads (the
// whole match, group 1, ...; at least group + 1), -1 for all: RE2 runs a capture engine over
// each match only when it must find group 1 or later, so a caller that only needs the whole
// match (group 0, or a group 1 that is the whole pattern) passes 1.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn,
                  const GapRegexps* gap = nullptr, const std::vector<Span>* windows = nullptr,
                  int wanted = -1);

// The same with any search: `search(whole_text, pos, end, sub, n, tail_from, tail_at)` does what
// re.Match(whole_text, pos, end, RE2::UNANCHORED, sub, n) (or GappedMatch) does, for a pattern of
// `num_groups` capture groups.
template <typename Search, typename Fn>
void ForEachMatchOf(int num_groups, Search&& search, std::string_view text, int group, Fn&& fn,
                    const std::vector<Span>* windows = nullptr, int wanted = -1) {
  int ngroups = num_groups + 1;
  if (wanted > 0) ngroups = std::min(ngroups, std::max(wanted, group + 1));
  re2::StringPiece fixed[8];
  std::vector<re2::StringPiece> more(ngroups > 8 ? ngroups : 0);
  re2::StringPiece* sub = ngroups > 8 ? more.data() : fixed;
  const re2::StringPiece whole_text(text.data(), text.size());
  size_t tail_from = std::string_view::npos, tail_at = std::string_view::npos;
  std::vector<std::string_view> groups;
  size_t pos = 0, end = text.size(), w = 0;
  for (;;) {
    if (windows) {
      // Matches are not empty (the pattern needs a literal): a window ending at or before pos
      // cannot hold one starting at pos or later.
      while (w < windows->size() && (*windows)[w].end <= pos) ++w;
      if (w == windows->size()) break;
      pos = std::max(pos, (*windows)[w].begin);
      if ((*windows)[w].end != end) {
        end = (*windows)[w].end;
        tail_from = tail_at = std::string_view::npos;
      }
    } else if (pos > text.size()) {
      break;
    }
    if (!search(whole_text, pos, end, sub, ngroups, &tail_from, &tail_at)) {
      if (!windows) break;
      pos = end;  // the next window
      continue;
    }
    const re2::StringPiece& g = sub[group < ngroups ? group : 0];
    size_t whole_end = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    if (g.data() == nullptr || g.empty()) {
      pos = std::max(whole_end, pos + 1);
      continue;
    }
    size_t begin = static_cast<size_t>(g.data() - text.data());
    size_t group_end = begin + g.size();
    groups.assign(static_cast<size_t>(ngroups), std::string_view());
    for (int i = 0; i < ngroups; ++i)
      if (sub[i].data()) groups[i] = std::string_view(sub[i].data(), sub[i].size());
    fn(Span{begin, group_end}, groups);
    pos = std::max(group_end, pos + 1);
  }
}

template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn, const GapRegexps* gap,
                  const std::vector<Span>* windows, int wanted) {
  ForEachMatchOf(
      re.NumberOfCapturingGroups(),
      [&](re2::StringPiece whole, size_t pos, size_t end, re2::StringPiece* sub, int n,
          size_t* tail_from, size_t* tail_at) {
        return gap ? GappedMatch(re, *gap, whole, pos, end, sub, n, tail_from, tail_at)
                   : re.Match(whole, pos, end, RE2::UNANCHORED, sub, n);
      },
      text, group, std::forward<Fn>(fn), windows, wanted);
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

// One lexicon's lookups of single words of one post, shared by every rule using the lexicon
// (five rules look names up in one lexicon): each word run is hashed and probed once.
// `lower`: the view, ASCII-lowercased (the view's length); `runs`: WordRuns of the view.
struct LexiconMatch {
  Span span;
  float weight;
};

class LexiconWords {
 public:
  LexiconWords(const LexiconIndex& lex, std::string_view lower, const std::vector<Span>& runs)
      : lex_(lex), lower_(lower), runs_(runs), state_(runs.size(), 0) {}
  const LexiconIndex& lex() const { return lex_; }
  // True if run i alone is an entry; *weight is its weight.
  bool Entry(size_t i, float* weight) {
    Look(i);
    *weight = weight_[i];
    return state_[i] == 2;
  }
  // The most words an entry starting with run i can have (1 when none is longer).
  int Limit(size_t i) {
    Look(i);
    return limit_[i];
  }
  // ForEachLexiconMatch's matches in `v` (the view `lower` was made from), computed once per
  // value of `capitalized`: the rules sharing a lexicon (ten use first names) scan the runs once.
  const std::vector<LexiconMatch>& Matches(std::string_view v, bool capitalized);

 private:
  void Look(size_t i) {
    if (state_[i]) return;
    if (weight_.empty()) {
      weight_.resize(runs_.size());
      limit_.resize(runs_.size());
    }
    std::string_view key = lower_.substr(runs_[i].begin, runs_[i].end - runs_[i].begin);
    auto hit = lex_.entries.find(key);
    state_[i] = hit != lex_.entries.end() ? 2 : 1;
    weight_[i] = hit != lex_.entries.end() ? hit->second : 0;
    limit_[i] = 1;
    if (lex_.max_tokens > 1) {
      auto longest = lex_.longest_from.find(key);
      if (longest != lex_.longest_from.end()) limit_[i] = longest->second;
    }
  }

  const LexiconIndex& lex_;
  std::string_view lower_;
  const std::vector<Span>& runs_;
  std::vector<char> state_;  // run i: 0 not looked up yet, 1 no entry, 2 an entry
  std::vector<float> weight_;
  std::vector<int> limit_;
  bool scanned_[2] = {false, false};  // Matches, by `capitalized`
  std::vector<LexiconMatch> matches_[2];
};

// Longest lexicon matches over the word runs, left to right, not overlapping. Words of one
// entry may be separated by a space, a hyphen or an apostrophe ("Saint-Aubin", "L'Isle").
// Cost: the single-word lookups of `words` (one hash and probe per word and post), plus one
// more per word of a longer entry a word may start.
template <typename Fn>
void ForEachLexiconMatch(LexiconWords& words, std::string_view v, const std::vector<Span>& runs,
                         bool capitalized, Fn&& fn) {
  const LexiconIndex& lex = words.lex();
  std::string key;
  for (size_t i = 0; i < runs.size(); ++i) {
    // "Capitalized" means Titlecase: "Nantes", not "nantes" nor shouted "NANTES".
    if (capitalized) {
      size_t b = runs[i].begin;
      bool upper = v[b] >= 'A' && v[b] <= 'Z';
      bool next_upper = b + 1 < runs[i].end && v[b + 1] >= 'A' && v[b + 1] <= 'Z';
      if (!upper || next_upper) continue;
    }
    size_t best = runs.size();
    float best_weight = 0;
    float one = 0;
    if (words.Entry(i, &one)) {
      best = i;
      best_weight = one;
    }
    const int limit = words.Limit(i);  // words an entry starting at run i can have
    if (limit > 1) {
      key.clear();
      for (size_t k = runs[i].begin; k < runs[i].end; ++k)
        key.push_back(v[k] >= 'A' && v[k] <= 'Z' ? static_cast<char>(v[k] + 32) : v[k]);
      for (size_t j = i + 1; j < runs.size() && static_cast<int>(j - i) < limit; ++j) {
        std::string_view gap = v.substr(runs[j - 1].end, runs[j].begin - runs[j - 1].end);
        if (gap.empty() || gap.size() > 2 ||
            gap.find_first_not_of(" -'") != std::string_view::npos)
          break;
        key.push_back(gap == "'" ? '\'' : ' ');  // an elision split by WordRuns
        for (size_t k = runs[j].begin; k < runs[j].end; ++k)
          key.push_back(v[k] >= 'A' && v[k] <= 'Z' ? static_cast<char>(v[k] + 32) : v[k]);
        auto hit = lex.entries.find(key);
        if (hit != lex.entries.end()) {
          best = j;
          best_weight = hit->second;
        }
      }
    }
    if (best == runs.size()) continue;
    fn(Span{runs[i].begin, runs[best].end}, best_weight);
    i = best;
  }
}

inline const std::vector<LexiconMatch>& LexiconWords::Matches(std::string_view v, bool capitalized) {
  std::vector<LexiconMatch>& out = matches_[capitalized];
  if (!scanned_[capitalized]) {
    scanned_[capitalized] = true;
    ForEachLexiconMatch(*this, v, runs_, capitalized,
                        [&](Span span, float weight) { out.push_back({span, weight}); });
  }
  return out;
}

// The same without a shared LexiconWords (tests, one-off lookups).
template <typename Fn>
void ForEachLexiconMatch(const LexiconIndex& lex, std::string_view v,
                         const std::vector<Span>& runs, bool capitalized, Fn&& fn) {
  std::string lower(v);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  LexiconWords words(lex, lower, runs);
  ForEachLexiconMatch(words, v, runs, capitalized, std::forward<Fn>(fn));
}

}  // namespace secretum::internal

#endif  // SECRETUM_MATCHING_H_
