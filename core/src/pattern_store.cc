#include "pattern_store.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "json_util.h"
#include "pattern_literals.h"

namespace secretum::internal {

RE2::Options MatchOptions(bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  // A rule cannot exhaust memory. This also bounds each pattern's DFA state cache (RE2 gives
  // the forward first-match DFA about a third of it, the reverse DFA that finds a match's start
  // a third), which only grows, with the variety of the posts searched: over the 12,143 corpus
  // posts the ~950 patterns' compiled forms reach ~168 MB natively (forward DFA states 80 MB,
  // reverse 35 MB, DFA work queues 23 MB, programs the rest), spread over hundreds of long
  // alternations (memory grows with a pattern's length, not with one shape).
  // Smaller caps are dearer than they save: after 3,000 posts, a second pass over them costs
  // 1.37 G instructions at 8 MB, 1.82 G at 2 MB (-6 % memory), 3.74 G at 1 MB (-21 %), 8.2 G at
  // 512 KB (-40 %): the hot patterns keep resetting their caches.
  o.set_max_mem(8 << 20);
  // The view is ASCII but for symbols and non-Latin scripts (accents are stripped): matching
  // bytes as Latin-1 is cheaper than UTF-8 mode, and a multi-byte literal in a pattern still
  // matches the same bytes in the view.
  o.set_encoding(RE2::Options::EncodingLatin1);
  return o;
}

// Eight bytes at a time (little-endian loads: the same value natively and in WebAssembly, so the
// atoms table built natively is found again in the browser): every engine start hashes every
// pattern (~1 MB of text), and FNV-1a's byte-by-byte multiply chain cost ~1 ms of it natively.
uint64_t PatternHash(const std::string& pattern, bool case_sensitive) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = case_sensitive ? 0x243F6A8885A308D3ULL : 0x13198A2E03707344ULL;
  auto mix = [&](uint64_t w) {
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  };
  const unsigned char* p = reinterpret_cast<const unsigned char*>(pattern.data());
  size_t n = pattern.size();
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "PatternHash loads words little-endian");
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    mix(w);
  }
  uint64_t w = 0;
  for (size_t k = 0; k < n; ++k) w |= static_cast<uint64_t>(p[k]) << (8 * k);
  mix(w ^ (static_cast<uint64_t>(pattern.size()) << 56));
  h *= kMul;
  return h ^ (h >> 32);
}

std::string PatternKey(const std::string& pattern, bool case_sensitive) {
  uint64_t h = PatternHash(pattern, case_sensitive);
  std::string key(16, '0');  // "%016llx" by hand: snprintf is slow at start-up in wasm
  for (int i = 15; i >= 0; --i, h >>= 4) key[static_cast<size_t>(i)] = "0123456789abcdef"[h & 15];
  return key;
}

bool ParsePatternKey(std::string_view key, uint64_t* hash) {
  if (key.size() != 16) return false;
  uint64_t h = 0;
  for (char c : key) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return false;
    h = h << 4 | static_cast<uint64_t>(d);
  }
  *hash = h;
  return true;
}

PatternStore::PatternStore(const AtomsTable* atoms) : table_(atoms) {}

int PatternStore::Add(const std::string& pattern, bool case_sensitive, std::string* error) {
  const uint64_t hash = PatternHash(pattern, case_sensitive);
  auto same = ids_.find(hash);
  if (same != ids_.end()) {
    const Entry& seen = entries_[static_cast<size_t>(same->second)];
    if (seen.pattern == pattern && seen.case_sensitive == case_sensitive) return same->second;
  }
  Entry e;
  e.pattern = pattern;
  e.case_sensitive = case_sensitive;
  const RE2::Options options = MatchOptions(case_sensitive);
  bool known = false;
  if (table_) e.clauses = table_->Find(hash, &known);
  if (known) {
    e.always = e.clauses.begin == e.clauses.end;
  } else if (table_) {  // not in the table: compile now, run on every post
    e.re = std::make_unique<RE2>(pattern, options);
    if (!e.re->ok()) {
      *error = e.re->error();
      return -1;
    }
    e.always = true;
  } else if (filter_.Add(pattern, options, &e.filter_id) != RE2::NoError) {
    *error = RE2(pattern, options).error();  // compile once more for the message
    return -1;
  }
  entries_.push_back(std::move(e));
  ids_.emplace(hash, static_cast<int>(entries_.size() - 1));
  return static_cast<int>(entries_.size() - 1);
}

void PatternStore::Finalize() {
  if (!table_) {
    std::vector<std::string> atoms;
    if (filter_.NumRegexps() > 0) filter_.Compile(&atoms);
    atoms_ = AhoCorasick(std::vector<std::string_view>(atoms.begin(), atoms.end()));
    return;
  }
  // Literal ids of the table are the automaton's string indices; its literals are sorted, so the
  // automaton skips its sort. Clauses are numbered in pattern order; each literal's clause list
  // is one range of atom_clauses_ (counted, then filled).
  const std::vector<std::string_view>& literals = table_->literals();
  pattern_clauses_.assign(entries_.size(), 0);
  atom_clause_begin_.assign(literals.size() + 1, 0);
  for (size_t id = 0; id < entries_.size(); ++id) {
    const Entry& e = entries_[id];
    if (e.always) {
      always_.push_back(static_cast<int>(id));
      continue;
    }
    for (const uint32_t* p = e.clauses.begin; p < e.clauses.end; p += *p + 1) {
      clause_pattern_.push_back(static_cast<int>(id));
      ++pattern_clauses_[id];
      for (const uint32_t* a = p + 1; a <= p + *p; ++a) ++atom_clause_begin_[*a + 1];
    }
  }
  for (size_t a = 0; a < literals.size(); ++a) atom_clause_begin_[a + 1] += atom_clause_begin_[a];
  atom_clauses_.resize(atom_clause_begin_.back());
  std::vector<uint32_t> fill(atom_clause_begin_.begin(), atom_clause_begin_.end() - 1);
  int clause_id = 0;
  for (const Entry& e : entries_) {
    if (e.always) continue;
    for (const uint32_t* p = e.clauses.begin; p < e.clauses.end; p += *p + 1, ++clause_id)
      for (const uint32_t* a = p + 1; a <= p + *p; ++a) atom_clauses_[fill[*a]++] = clause_id;
  }
  atoms_ = AhoCorasick(literals);
}

std::vector<char> PatternStore::MayMatch(const std::string& lower) const {
  PostScreen screen;
  Screen(lower, &screen);
  return std::move(screen.may);
}

void PatternStore::Screen(const std::string& lower, PostScreen* out) const {
  std::vector<char>& may = out->may;
  may.assign(entries_.size(), 0);
  out->located = false;
  if (entries_.empty()) return;
  std::vector<int> found;
  if (table_ && lower.size() >= kWindowedMinText && lower.size() < UINT32_MAX) {
    // Every occurrence, then grouped by literal (a counting sort keeps each literal's in order).
    std::vector<std::pair<int32_t, uint32_t>> occurrences;
    found = atoms_.Find(lower, &occurrences);
    const size_t n = table_->literals().size();
    out->begin.assign(n + 1, 0);
    for (const auto& [literal, end] : occurrences) ++out->begin[static_cast<size_t>(literal) + 1];
    for (size_t a = 0; a < n; ++a) out->begin[a + 1] += out->begin[a];
    out->ends.resize(occurrences.size());
    std::vector<uint32_t> fill(out->begin.begin(), out->begin.end() - 1);
    for (const auto& [literal, end] : occurrences) out->ends[fill[static_cast<size_t>(literal)]++] = end;
    out->located = true;
  } else {
    found = atoms_.Find(lower);
  }
  if (!table_) {
    std::vector<int> potentials;
    filter_.AllPotentials(found, &potentials);
    for (int filter_id : potentials) may[static_cast<size_t>(filter_id)] = 1;  // ids coincide
    return;
  }
  for (int id : always_) may[static_cast<size_t>(id)] = 1;
  // A pattern may match once each of its clauses has one literal in the post.
  std::vector<char> clause_met(clause_pattern_.size(), 0);
  std::vector<int> met(entries_.size(), 0);
  for (int atom : found)
    for (uint32_t c = atom_clause_begin_[static_cast<size_t>(atom)]; c < atom_clause_begin_[static_cast<size_t>(atom) + 1]; ++c) {
      const int clause = atom_clauses_[c];
      if (clause_met[static_cast<size_t>(clause)]) continue;
      clause_met[static_cast<size_t>(clause)] = 1;
      const size_t id = static_cast<size_t>(clause_pattern_[static_cast<size_t>(clause)]);
      if (++met[id] == pattern_clauses_[id]) may[id] = 1;
    }
}

bool PatternStore::Windows(int id, PostScreen* screen, std::string_view view,
                           std::vector<Span>* out) const {
  out->clear();
  const Entry& e = entries_[static_cast<size_t>(id)];
  if (!screen->located || e.always || e.clauses.begin == e.clauses.end) return false;
  std::call_once(*e.shape_once, [&] { e.shape = ShapeOf(e.pattern); });
  const PatternShape& shape = e.shape;
  // The longest match; unbounded when a part repeats without bound (then only the bytes a match
  // can contain limit the windows).
  const size_t max_len = shape.free.none() ? shape.fixed_len : PatternShape::kUnbounded;
  if (max_len == PatternShape::kUnbounded && shape.bytes.all()) return false;
  const size_t size = view.size();
  // The clause whose literals occur least often.
  const uint32_t* best = nullptr;
  size_t best_count = SIZE_MAX;
  for (const uint32_t* p = e.clauses.begin; p < e.clauses.end; p += *p + 1) {
    size_t count = 0;
    for (const uint32_t* a = p + 1; a <= p + *p; ++a) count += screen->begin[*a + 1] - screen->begin[*a];
    if (count < best_count) {
      best = p;
      best_count = count;
    }
  }
  if (best == nullptr || best_count > size / 16) return false;
  // The occurrences of the clause's literals, by end offset.
  const std::vector<std::string_view>& literals = table_->literals();
  std::vector<Span>& hits = screen->hits;
  hits.clear();
  for (const uint32_t* a = best + 1; a <= best + *best; ++a) {
    const size_t length = literals[*a].size();
    if (length > max_len) continue;  // cannot be inside a match
    for (uint32_t k = screen->begin[*a]; k < screen->begin[*a + 1]; ++k)
      hits.push_back({screen->ends[k] - length, screen->ends[k]});
  }
  std::sort(hits.begin(), hits.end(), [](const Span& x, const Span& y) { return x.end < y.end; });
  // One window per occurrence: the occurrence, widened to at most max_len bytes on each side
  // (a match holding it starts at or after end - max_len and ends at or before begin + max_len),
  // within the run of bytes the pattern can match around it. Windows that overlap or touch are
  // merged. Taken in order of their ends, the windows' lower limits only grow, and a window
  // holds only bytes of the shape: a run found to reach the previous window goes on through it,
  // so each byte is scanned about once.
  auto fits = [&](size_t i) { return shape.bytes[static_cast<unsigned char>(view[i])]; };
  std::vector<Span>& windows = *out;
  size_t covered = 0;
  for (const Span& h : hits) {
    const size_t lo_limit = h.end > max_len ? h.end - max_len : 0;
    const size_t hi_limit = max_len < size - h.begin ? h.begin + max_len : size;
    Span* last = windows.empty() ? nullptr : &windows.back();
    if (!(last && h.begin >= last->begin && h.end <= last->end)) {
      bool inside = true;
      for (size_t i = h.begin; i < h.end && inside; ++i) inside = fits(i);
      if (!inside) continue;  // a byte no match can contain
    }
    size_t lo = h.begin;
    if (last && h.begin < last->begin) {  // (cannot happen: see above) widen the last window
      while (lo > lo_limit && fits(lo - 1)) --lo;
      covered += last->begin - std::min(lo, last->begin);
      last->begin = std::min(lo, last->begin);
    } else if (!last || h.begin > last->end) {
      const size_t stop = last ? std::max(lo_limit, last->end) : lo_limit;
      while (lo > stop && fits(lo - 1)) --lo;
    }
    const bool join = last && lo <= last->end;
    size_t hi = join ? std::max(h.end, last->end) : h.end;
    while (hi < hi_limit && fits(hi)) ++hi;
    if (join) {
      covered += hi > last->end ? hi - last->end : 0;
      last->end = std::max(last->end, hi);
    } else {
      covered += hi - lo;
      windows.push_back({lo, hi});
    }
    if (covered + 64 * windows.size() >= size) return false;  // about as dear as one search
  }
  return true;
}

const RE2& PatternStore::Get(int id) const {
  const Entry& e = entries_[static_cast<size_t>(id)];
  if (!table_) return filter_.GetRE2(e.filter_id);
  std::call_once(*e.once, [&] {
    if (!e.re) e.re = std::make_unique<RE2>(e.pattern, MatchOptions(e.case_sensitive));
  });
  return *e.re;
}

namespace {
#ifdef __EMSCRIPTEN__
// No environment in the WebAssembly module: the matcher is always on, never verified there.
constexpr bool kNoBacktrack = false;
constexpr bool kVerifyBacktrack = false;
#else
bool EnvSet(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}
const bool kNoBacktrack = EnvSet("SECRETUM_NO_BACKTRACK");
const bool kVerifyBacktrack = EnvSet("SECRETUM_VERIFY_BACKTRACK");
#endif
}  // namespace

const Backtracker* PatternStore::Backtrack(int id) const {
  if (kNoBacktrack) return nullptr;
  const Entry& e = entries_[static_cast<size_t>(id)];
  std::call_once(*e.bt_once, [&] { e.bt = Backtracker::Compile(e.pattern, e.case_sensitive); });
  return e.bt.get();
}

int PatternStore::NumberOfCapturingGroups(int id) const {
  if (const Backtracker* bt = Backtrack(id)) return bt->NumberOfCapturingGroups();
  return Get(id).NumberOfCapturingGroups();
}

bool PatternStore::Match(int id, re2::StringPiece text, size_t pos, size_t end, RE2::Anchor anchor,
                         re2::StringPiece* sub, int n, const GapRegexps* gap, size_t* tail_from,
                         size_t* tail_at) const {
  auto re2 = [&](re2::StringPiece* out) {
    const RE2& re = Get(id);
    if (gap && anchor == RE2::UNANCHORED) return GappedMatch(re, *gap, text, pos, end, out, n, tail_from, tail_at);
    return re.Match(text, pos, end, anchor, out, n);
  };
  if (const Backtracker* bt = Backtrack(id)) {
    const Backtracker::Result r = bt->Match(std::string_view(text.data(), text.size()), pos, end,
                                            anchor == RE2::ANCHOR_START, sub, n);
    if (r != Backtracker::kGaveUp && anchor != RE2::ANCHOR_BOTH) {
      if (kVerifyBacktrack) {
        std::vector<re2::StringPiece> want(static_cast<size_t>(std::max(n, 1)));
        const bool found = Get(id).Match(text, pos, end, anchor, want.data(), n);
        bool same = found == (r == Backtracker::kMatch);
        for (int g = 0; same && found && g < n; ++g)
          same = want[static_cast<size_t>(g)].data() == sub[g].data() &&
                 want[static_cast<size_t>(g)].size() == sub[g].size();
        if (!same) {
          std::fprintf(stderr, "backtrack mismatch: pattern %d at %zu-%zu: %s\n", id, pos, end,
                       entries_[static_cast<size_t>(id)].pattern.substr(0, 200).c_str());
          std::abort();
        }
      }
      return r == Backtracker::kMatch;
    }
  }
  return re2(sub);
}

void PatternStore::CompileAll() const {
  for (size_t id = 0; id < entries_.size(); ++id)
    if (!Backtrack(static_cast<int>(id))) Get(static_cast<int>(id));
}

bool PatternStore::CompileSome(size_t n) const {
  for (size_t done = 0; done < n; ++done) {
    size_t id = warm_cursor_.fetch_add(1);
    if (id >= entries_.size()) return true;
    if (!Backtrack(static_cast<int>(id))) Get(static_cast<int>(id));
  }
  return warm_cursor_.load() >= entries_.size();
}

void PatternStore::DropCompiled() {
  if (!table_) return;
  for (Entry& e : entries_) {
    e.re.reset();
    e.once = std::make_unique<std::once_flag>();
    e.bt.reset();
    e.bt_once = std::make_unique<std::once_flag>();
  }
  warm_cursor_.store(0);
}

namespace {

// Clauses implied by the prefilter of the one pattern of `filter` (compiled, `n` atoms): each is
// a set C of atom ids such that the prefilter fails when no atom of C is present. The prefilter is
// a monotone function of the atoms present; its prime clauses are the complements of its maximal
// failing sets. For each atom not yet in a clause, one prime clause holding it: a minimal passing
// set P + {start} (shrunk from all atoms), then P grown to a maximal failing set F (start stays
// out: P + {start} passes); the clause is everything outside F. Together a sound (possibly
// looser) stand-in for the AND/OR tree: for AND(OR(a, b), OR(c, d)) both OR clauses, whichever
// atom comes first. Cost: O(n²) prefilter evaluations.
std::vector<std::vector<int>> ImpliedClauses(const re2::FilteredRE2& filter, int n) {
  // Does the prefilter pass when exactly the atoms of `present` are present?
  auto passes = [&](const std::vector<char>& present) {
    std::vector<int> ids, potentials;
    for (int a = 0; a < n; ++a)
      if (present[static_cast<size_t>(a)]) ids.push_back(a);
    filter.AllPotentials(ids, &potentials);
    return !potentials.empty();
  };
  std::vector<std::vector<int>> clauses;
  std::vector<char> covered(static_cast<size_t>(n), 0);
  for (int start = 0; start < n; ++start) {
    if (covered[static_cast<size_t>(start)]) continue;
    std::vector<char> present(static_cast<size_t>(n), 1);  // all atoms present: passes
    for (int b = 0; b < n; ++b) {  // shrink: a minimal passing set holding start
      if (b == start) continue;
      present[static_cast<size_t>(b)] = 0;
      if (!passes(present)) present[static_cast<size_t>(b)] = 1;
    }
    present[static_cast<size_t>(start)] = 0;
    if (passes(present)) {  // start is in no minimal passing set: in no prime clause
      covered[static_cast<size_t>(start)] = 1;
      continue;
    }
    for (int b = 0; b < n; ++b) {  // grow: a maximal failing set without start
      if (b == start || present[static_cast<size_t>(b)]) continue;
      present[static_cast<size_t>(b)] = 1;
      if (passes(present)) present[static_cast<size_t>(b)] = 0;
    }
    std::vector<int> ids;
    for (int a = 0; a < n; ++a)
      if (!present[static_cast<size_t>(a)]) ids.push_back(a);
    for (int a : ids) covered[static_cast<size_t>(a)] = 1;
    if (std::find(clauses.begin(), clauses.end(), ids) == clauses.end()) clauses.push_back(ids);
  }
  return clauses;
}

constexpr size_t kMaxClauses = 3;
constexpr double kWeakClause = 0.9;
constexpr size_t kSmallClause = 12;  // literals of a clause beyond the second

}  // namespace

std::string PatternStore::AtomsJson() const {
  Json atoms = Json::object();
  for (const Entry& e : entries_) {
    // Literals of 3 bytes or more, as the eager mode's FilteredRE2, then of 2 and 1: each length
    // gives its own necessary clauses (a prefilter counts a shorter literal as always present, so
    // an alternation with a short word, "pix|rx|...", has a clause only at the shorter lengths);
    // all of them are kept, minus the clauses that contain another one (implied by it).
    std::vector<std::vector<std::string>> found;
    for (int min_len : {3, 2, 1}) {
      re2::FilteredRE2 one(min_len);
      int id = -1;
      std::vector<std::string> literals;
      if (one.Add(e.pattern, MatchOptions(e.case_sensitive), &id) == RE2::NoError) one.Compile(&literals);
      const int n = static_cast<int>(literals.size());
      std::vector<int> potentials;
      one.AllPotentials({}, &potentials);
      const bool filtered = n > 0 && potentials.empty();  // fails with no atom present
      if (!filtered) continue;
      for (const std::vector<int>& ids : ImpliedClauses(one, n)) {
        std::vector<std::string> clause;
        for (int a : ids) clause.push_back(literals[static_cast<size_t>(a)]);
        std::vector<std::string> prefixes = ClauseOf(clause);  // sorted; empty: says nothing
        if (!prefixes.empty()) found.push_back(std::move(prefixes));
      }
    }
    // And the clauses read from the pattern's text (pattern_literals.h), often stronger.
    for (std::vector<std::string>& clause : PatternLiterals(e.pattern)) found.push_back(std::move(clause));
    std::vector<std::vector<std::string>> kept;
    for (size_t i = 0; i < found.size(); ++i) {
      bool implied = false;  // by another clause it contains (the first of equal ones is kept)
      for (size_t j = 0; j < found.size() && !implied; ++j)
        implied = j != i && std::includes(found[i].begin(), found[i].end(), found[j].begin(), found[j].end()) &&
                  (found[i] != found[j] || j < i);
      if (!implied) kept.push_back(found[i]);
    }
    // The table stays small (it is in the WebAssembly module) and the screen cheap: the clauses
    // least likely to be met by a post, by a rough guess from their literals' lengths (a short
    // literal occurs in most posts), at most kMaxClauses, and those likely met only when no other.
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
      return ClauseOdds(a) < ClauseOdds(b);
    });
    Json clauses = Json::array();
    for (size_t i = 0; i < kept.size() && i < kMaxClauses; ++i)
      if (i == 0 || (ClauseOdds(kept[i]) < kWeakClause && (i < 2 || kept[i].size() <= kSmallClause)))
        clauses.push_back(kept[i]);
    atoms[PatternKey(e.pattern, e.case_sensitive)] = clauses;
  }
  Json doc = {{"description", "Generated by `secretum atoms` (scripts/build) from the rules: the "
                              "literals each pattern needs, as clauses (one literal of each must "
                              "occur), so that the WebAssembly engine compiles patterns lazily "
                              "and runs only those that may match. Do not edit."},
              {"atoms", atoms}};
  return DumpJson(doc, 0);
}

}  // namespace secretum::internal
