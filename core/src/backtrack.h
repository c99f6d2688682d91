// Backtracker: a small backtracking matcher for the rule patterns, used instead of RE2 where it
// can give RE2's exact result, to keep RE2's per-pattern DFA caches out of the heap.
//
// The rule patterns are mostly long alternations of words (with `s?`, `\s+`, `\w*` and the like):
// RE2 answers them with one lazily built DFA per pattern whose states, cached, take most of the
// engine's memory (hundreds of MB natively over the corpus). A backtracking matcher needs no
// state cache: its memory is the parsed pattern (a few bytes per pattern byte). It is fast on
// these patterns because a match can only start at bytes a match can start with, and each large
// alternation indexes its branches by their first byte and their first four bytes.
//
// Semantics: RE2's, for the subset it accepts (anything else is refused and stays with RE2):
// RE2's default leftmost-first matching is Perl's backtracking order (with no repetition of a
// subexpression that can match empty, which is refused), so trying each start in turn and, at
// each, the choices in priority order finds the match RE2 finds, with the same submatches. Bytes
// are Latin-1 characters (MatchOptions: EncodingLatin1); case folding is Unicode simple folding
// restricted to Latin-1 (A-Z, and U+00C0-U+00DE but U+00D7, with their lowercase); \b, \w, \d,
// \s are ASCII (\s: tab, newline, form feed, carriage return, space); `.` is any byte but the
// newline; negated classes match the newline; ^ and $ are the text's ends (one-line mode).
// Syntax: literals and escapes, classes (ranges, \d \s \w and negations, not [:posix:]), `.`,
// (), (?:), (?P<name>), the flag i alone ((?i), (?-i), (?i:...), (?-i:...)), | ? * + {n} {n,}
// {n,m} and their lazy forms, \b \B ^ $ \A \z.
//
// A search gives up (kGaveUp) after a fixed number of steps or a recursion depth (pathological
// inputs): the caller then asks RE2, so results never depend on the budget.
#ifndef SECRETUM_BACKTRACK_H_
#define SECRETUM_BACKTRACK_H_

#include <re2/re2.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

class Backtracker {
 public:
  enum Result { kNoMatch, kMatch, kGaveUp };

  // Null when `pattern` uses syntax outside the subset above, can match the empty string, or
  // is too large to parse here (RE2 then keeps it). `case_sensitive` as in MatchOptions.
  static std::unique_ptr<Backtracker> Compile(std::string_view pattern, bool case_sensitive);

  int NumberOfCapturingGroups() const { return groups_; }

  // Whether starts are filtered on their first one to four bytes (quads_), or on the one to
  // four bytes after their first (after_one_) (tests, measurements).
  bool FiltersPrefixes() const { return !quads_.bits.empty(); }
  bool FiltersAfterFirstByte() const { return !after_one_.bits.empty(); }
  // Whether starts are filtered on the bytes at each offset up to eight (positions_).
  bool FiltersPositions() const { return min_length_ > 0; }
  // How many runs end only before a byte their continuation can start with (run_follow_).
  size_t RunsWithFollow() const {
    size_t n = 0;
    for (int16_t f : run_follow_) n += f >= 0;
    return n;
  }
  // Whether searches of a short text try only its words' starts (BoundaryCache in backtrack.cc).
  bool TriesWordStartsOnly() const { return words_first_; }

  // As re.Match(text, pos, end, anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, sub, n) for the
  // RE2 `re` of the same pattern and options: the text outside [pos, end) is context (for \b,
  // ^, $) only. Unset groups get a null StringPiece.
  Result Match(std::string_view text, size_t pos, size_t end, bool anchored, re2::StringPiece* sub,
               int n) const;

  // Bytes held (tests, measurements).
  size_t MemoryBytes() const;

  // The node types (public for the compiler in backtrack.cc).
  enum Op : uint8_t { kLit, kClass, kRun, kAssert, kAlt, kLoop, kCap, kAccept };
  enum Assert : uint8_t { kWordB, kNotWordB, kBeginText, kEndText };
  struct Node {
    Op op = kAccept;
    bool greedy = true;
    bool fold = false;   // kLit: compare case-folded
    uint8_t assert = 0;  // kAssert
    int32_t next = -1;   // the continuation
    // kLit: bytes lits_[a, a + b); kClass, kRun: class a; kRun: at least b, at most c (-1: no
    // bound) bytes; kAlt: branches alts_[a, a + b), index c (-1: none); kLoop: body a (one
    // iteration, then back to this node); kCap: slot a (2 * group + 0/1).
    int32_t a = 0, b = 0, c = 0;
  };

 private:
  friend class BacktrackCompiler;
  struct State;
  bool Run(State& s, int32_t node, size_t pos, int depth) const;

  // An alternation's index: for each byte (256: the end of the text), the branches that can
  // start with it, in order, each with the first (up to) four bytes it must start with.
  struct IndexEntry {
    uint32_t prefix;  // folded (fold) or raw bytes, little-endian, masked
    uint32_t mask;
    int32_t branch;  // node
    uint8_t fold;
  };
  struct AltIndex {
    std::vector<uint32_t> begin;  // 258 offsets into entries
    std::vector<IndexEntry> entries;
  };

  std::vector<Node> nodes_;
  std::string lits_;
  std::vector<std::bitset<256>> classes_;
  std::vector<int32_t> alts_;
  // Per branch of an alternation without an index (same layout as alts_): the class of the
  // bytes it can start with, or -1 when it can also succeed without consuming a byte.
  std::vector<int32_t> alt_first_;
  std::vector<AltIndex> indexes_;
  // Per node (up to the last run that has one): for a kRun whose continuation must consume a
  // byte, the class of that byte; -1: none (the run may end anywhere).
  std::vector<int16_t> run_follow_;
  int32_t start_ = -1;
  int groups_ = 0;
  std::bitset<256> first_;         // bytes a match can start with
  // The bytes a match can start with, as a table (the search loop reads it); past the start 0
  // only, with begin_text_.
  unsigned char first_table_[256] = {};
  // Pairs of bytes a match of two bytes or more can start with, hashed (PairHash); none when a
  // match can be one byte long (pairs_ empty).
  std::vector<uint64_t> pairs_;
  // Prefixes of one to four bytes, case-folded, hashed (QuadHash, top 32 - shift bits) into a
  // bitset; `lengths` has bit n set when some prefix is n bytes long.
  struct QuadFilter {
    std::vector<uint64_t> bits;
    int shift = 32;
    uint8_t lengths = 0;
  };
  // One of these prefixes starts every match. Empty when the pattern's starts cannot be
  // enumerated that way (a large class first, too many prefixes, one-byte prefixes only):
  // after_one_ filters then (pairs_, when there are, filter before either).
  QuadFilter quads_;
  // When quads_ is empty: one of these prefixes follows the first byte of every match (patterns
  // such as (?:^|[^0-9])x, whose first byte is of a large class, past the start 0: see
  // begin_text_). Empty when those cannot be enumerated either.
  QuadFilter after_one_;
  // The bytes a match's first bytes can be, offset by offset: bit j of positions_[c] is set when
  // byte c can be byte j of a match (j < min_length_, which no match is shorter than; at most
  // kPositions). min_length_ 0: no such filter (it would reject nothing past the first byte).
  static constexpr size_t kPositions = 8;
  uint8_t positions_[256] = {};
  uint8_t min_length_ = 0;
  bool starts_at_boundary_ = false;  // every match starts where \b holds
  // And with a word byte (the starts > 0, under begin_text_): only words' starts are tried.
  bool words_first_ = false;
  // The pattern has a ^ (or \A): first_table_, pairs_, quads_ and after_one_ then hold for the
  // starts > 0 only, where no match gets through it, and the start 0 is tried unfiltered. With
  // (?:^|[^0-9])x, the bytes of x no longer pass the first-byte table, only those of [^0-9].
  bool begin_text_ = false;
};

}  // namespace secretum::internal

#endif  // SECRETUM_BACKTRACK_H_
