// PatternStore: every regular expression of the rules, and which of them can match a post.
//
// Two modes, same results:
//  - eager (no atoms table): every pattern is compiled at construction into one FilteredRE2,
//    which also yields each pattern's required literals ("atoms"). Costly to build (RE2 compiles
//    all patterns, then builds its prefilter tree) but validates every pattern up front. Used for
//    rules read from JSON (`--rules DIR`, the tests, the pack tool that computes the atoms).
//  - lazy (atoms table from the build, in the built-in rule pack or a rules/atoms.json): the
//    literals each pattern needs were computed at build time by the eager mode; construction
//    only builds the Aho-Corasick automaton over them, and a pattern is compiled the first time a
//    post contains one of its literals. Used by RuleSet::Builtin() (WebAssembly and native).
// Both modes find, per post, the patterns that may match: all literals are matched in one
// Aho-Corasick pass over the lowercased post; patterns without literals always run.
#ifndef SECRETUM_PATTERN_STORE_H_
#define SECRETUM_PATTERN_STORE_H_

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "aho_corasick.h"
#include "atoms_table.h"
#include "backtrack.h"
#include "matching.h"
#include "pattern_shape.h"

namespace secretum::internal {

// The RE2 options every rule pattern is compiled with.
RE2::Options MatchOptions(bool case_sensitive);

// Hash of a pattern in an atoms table: the case flag, the pattern eight bytes at a time
// (little-endian) and its length, multiplied and folded (pattern_store.cc).
uint64_t PatternHash(const std::string& pattern, bool case_sensitive);
// The same as atoms.json writes it: 16 lowercase hex digits. ParsePatternKey is its inverse
// (false when `key` is not 16 hex digits).
std::string PatternKey(const std::string& pattern, bool case_sensitive);
bool ParsePatternKey(std::string_view key, uint64_t* hash);

// One regular expression compiled on first use (thread-safe), or at once (`now`, to report a bad
// pattern up front). Reads like the std::unique_ptr<RE2> it replaces: if (re), *re, re->.
class LazyRE2 {
 public:
  LazyRE2() = default;
  LazyRE2(std::string pattern, const RE2::Options& options, bool now)
      : pattern_(std::make_unique<std::string>(std::move(pattern))), options_(options),
        once_(std::make_unique<std::once_flag>()) {
    if (now) Get();
  }
  explicit operator bool() const { return pattern_ != nullptr; }
  const RE2& operator*() const { return Get(); }
  const RE2* operator->() const { return &Get(); }
  // Frees the compiled expression (it compiles again at its next use). Not thread-safe: only
  // while nothing uses it.
  void Drop() {
    if (!pattern_) return;
    re_.reset();
    once_ = std::make_unique<std::once_flag>();
  }

 private:
  const RE2& Get() const {
    std::call_once(*once_, [&] { re_ = std::make_unique<RE2>(*pattern_, options_); });
    return *re_;
  }
  std::unique_ptr<std::string> pattern_;
  RE2::Options options_;
  std::unique_ptr<std::once_flag> once_;
  mutable std::unique_ptr<RE2> re_;
};

// One post as PatternStore::Screen saw it: which patterns may match and, for a long post in the
// lazy mode, where each literal of the atoms table occurs (what Windows needs).
struct PostScreen {
  std::vector<char> may;  // may[id]: pattern id may match
  bool located = false;   // the occurrences below were recorded
  // Literal a (id in the atoms table) ends at the offsets ends[begin[a] .. begin[a + 1]), in order.
  std::vector<uint32_t> begin;
  std::vector<uint32_t> ends;
  std::vector<Span> hits;  // Windows' scratch space
};

class PatternStore {
 public:
  // Posts of at least this many bytes get their literals located (lazy mode), so that patterns
  // can be searched in windows (Windows).
  static constexpr size_t kWindowedMinText = 1024;

  // `atoms` null: eager mode. Otherwise lazy mode for the patterns the table knows; a pattern
  // it does not know (a rule edited after the build) is compiled at once and always run.
  explicit PatternStore(const AtomsTable* atoms);
  PatternStore(const PatternStore&) = delete;
  PatternStore& operator=(const PatternStore&) = delete;

  // Adds a pattern; returns its id, or -1 and sets *error (eager mode and unknown patterns only:
  // lazy patterns were validated when the table was built). A pattern added before (same text,
  // same case flag: several rules share a pattern) gets the same id: one compiled RE2 and one
  // DFA cache instead of one per rule.
  int Add(const std::string& pattern, bool case_sensitive, std::string* error);

  // Call once after the last Add.
  void Finalize();

  // may_match[id] is 1 when pattern `id` can match the post whose normalized view, lowercased,
  // is `lower`. Cost: one Aho-Corasick pass plus the candidates' bookkeeping.
  std::vector<char> MayMatch(const std::string& lower) const;
  // The same into out->may; for a post of kWindowedMinText bytes or more in the lazy mode, also
  // where each literal occurs.
  void Screen(const std::string& lower, PostScreen* out) const;

  // The parts of the post (`size` bytes) pattern `id` needs to be searched in: sorted disjoint
  // spans such that every match lies inside one of them. A match of the pattern contains a
  // literal of each of its clauses, is at most max_len bytes long and contains only bytes the
  // pattern can match (PatternShape): windows are the runs of such bytes around the
  // occurrences of the clause with the fewest, at most max_len bytes beyond them. False when
  // the whole post is to be searched (no recorded occurrences, a shape that bounds nothing, or
  // windows that would cover most of the post).
  bool Windows(int id, PostScreen* screen, std::string_view view, std::vector<Span>* out) const;

  // The compiled pattern (compiled now if this is its first use; thread-safe).
  const RE2& Get(int id) const;

  // The pattern's Backtracker (backtrack.h), compiled on first use; null when it does not take
  // the pattern (RE2 then answers every search). Off when SECRETUM_NO_BACKTRACK is set.
  const Backtracker* Backtrack(int id) const;

  // As Get(id).Match(text, pos, end, anchor, sub, n), from the Backtracker when it takes the
  // pattern and answers within its budget, else from RE2 (`gap`: the pattern's split, for RE2;
  // see GappedMatch). With SECRETUM_VERIFY_BACKTRACK set, every answer of the Backtracker is
  // compared with RE2's (aborts on a difference: a test mode).
  bool Match(int id, re2::StringPiece text, size_t pos, size_t end, RE2::Anchor anchor,
             re2::StringPiece* sub, int n, const GapRegexps* gap, size_t* tail_from,
             size_t* tail_at) const;
  int NumberOfCapturingGroups(int id) const;

  // Compiles every pattern not compiled yet (e.g. when the host is idle): its Backtracker, or
  // its RE2 when the Backtracker does not take it.
  void CompileAll() const;

  // Compiles up to `n` more patterns, in order; true once every pattern is compiled. Lets a
  // host warm the store up in small slices between analyses.
  bool CompileSome(size_t n) const;

  // Lazy mode: frees every compiled pattern (Backtrackers too), with the DFA state caches RE2 grew
  // while searching (they only grow); each compiles again at its next use, and CompileSome starts over. Eager
  // mode: nothing (the FilteredRE2 owns the patterns). Not thread-safe: call it only while no
  // other thread uses the store.
  void DropCompiled();

  // JSON of an atoms table for every pattern of this store: {"atoms": {KEY: [literals]}}.
  // Compiles each pattern on its own to ask RE2 which literals it needs.
  std::string AtomsJson() const;

  int size() const { return static_cast<int>(entries_.size()); }
  // Pattern `id`'s text and case flag, as added.
  const std::string& Pattern(int id) const { return entries_[static_cast<size_t>(id)].pattern; }
  bool CaseSensitive(int id) const { return entries_[static_cast<size_t>(id)].case_sensitive; }

 private:
  struct Entry {
    std::string pattern;
    bool case_sensitive = false;
    int filter_id = -1;                  // eager mode: id in filter_
    mutable std::unique_ptr<RE2> re;     // lazy mode: compiled on first use
    mutable std::unique_ptr<std::once_flag> once = std::make_unique<std::once_flag>();
    bool always = false;                 // no literals: runs on every post
    AtomsTable::ClauseRange clauses;     // lazy mode: its clauses in the table
    mutable std::unique_ptr<std::once_flag> shape_once = std::make_unique<std::once_flag>();
    mutable PatternShape shape;          // read on first use by Windows
    mutable std::unique_ptr<std::once_flag> bt_once = std::make_unique<std::once_flag>();
    mutable std::unique_ptr<Backtracker> bt;  // Backtrack()
  };

  const AtomsTable* table_;
  std::vector<Entry> entries_;
  std::unordered_map<uint64_t, int> ids_;  // PatternHash -> id (Add)
  re2::FilteredRE2 filter_{3};
  AhoCorasick atoms_;
  // Lazy mode: atom (literal id in the table) -> clause ids, as ranges
  // atom_clauses_[atom_clause_begin_[a] .. atom_clause_begin_[a + 1]).
  std::vector<uint32_t> atom_clause_begin_;
  std::vector<int> atom_clauses_;
  std::vector<int> clause_pattern_;              // lazy mode: clause id -> pattern id
  std::vector<int> pattern_clauses_;             // lazy mode: pattern id -> number of clauses
  std::vector<int> always_;                      // lazy mode: patterns without literals
  mutable std::atomic<size_t> warm_cursor_{0};   // CompileSome: next pattern to compile
};

}  // namespace secretum::internal

#endif  // SECRETUM_PATTERN_STORE_H_
