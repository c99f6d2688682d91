// LexiconIndex: a lexicon (rules/lexicons/NAME.tsv) ready for lookups, shared by every Analyzer
// of the rule set. Built when the rules are loaded from the TSV (rules_tables.cc); from the rule
// pack (rules_pack.cc), built at its first lookup.
//
// FlatStringMap is a FlatMap (flat_map.h) whose keys are views into one buffer (the keys,
// '\n'-separated): no allocation per key. Building takes about 4 ms natively for the 95,000 keys
// of rules/lexicons. Memory: 12-24 bytes per key plus 8-16 bytes of slots.
#ifndef SECRETUM_LEXICON_INDEX_H_
#define SECRETUM_LEXICON_INDEX_H_

#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "flat_map.h"

namespace secretum::internal {

// Hash of a key, 8 bytes at a time (keys are short words: one or two rounds).
inline uint32_t HashKey(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
  }
  uint64_t w = 0;
  if (n >= 4) {  // two overlapping 4-byte loads cover 4-7 bytes
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    w = lo | static_cast<uint64_t>(hi) << 32;
  } else {
    for (size_t i = 0; i < n; ++i) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  }
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

struct LexiconKeyHash {
  uint32_t operator()(std::string_view s) const { return HashKey(s); }
};

// string_view -> V (flat_map.h). The map does not own its keys: they are views into the
// lexicon's buffer, which must outlive it.
template <typename V>
using FlatStringMap = FlatMap<std::string_view, V, LexiconKeyHash>;

// A French elided word ("l", "d", "qu", "jusqu"... before an apostrophe), ASCII, any case: word
// runs (matching.h WordRuns) end after it, so "l'alpiniste" is the runs "l" and "alpiniste".
inline bool IsElision(std::string_view w) {
  static const char* const kElided[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
  for (const char* e : kElided) {
    std::string_view x(e);
    if (w.size() != x.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) same = static_cast<char>(w[k] | 0x20) == x[k];
    if (same) return true;
  }
  return false;
}

// The tables of one lexicon and what they are built from, immutable once built. Two ways:
//  - whole (Ensure): every key in one pair of maps, in file order (the JSON loader builds them at
//    once; the pack writer and the rule diff read every entry).
//  - by first byte (Shard): a lookup of key K needs only the keys that start with K's first byte
//    (K's entry, and the entries whose first word is K), so the rule pack's lexicons are built
//    one first byte at a time, the first time a post looks up a word starting with it. The first
//    post ("Bonjour") builds the 'b' shards only, instead of all 100,000 keys (44 M instructions
//    natively, ~250 ms in node's baseline WebAssembly compiler). Cost of a shard: its keys'
//    decoding, one hash and one probe per key; the first shard of a lexicon also pays one pass
//    over the whole source to find where each first byte's keys are (Layout: one memchr a key).
// Results are the same either way: keys with one first byte keep their file order within the
// shard, so the first of duplicate keys still wins. Thread-safe (one lock per lexicon).
struct LexiconTables {
  // Source: keys '\n'-terminated; the i-th key's weight is weights[i], or (rule pack)
  // distinct[codes[i] & 0x7f], where bit 0x80 of codes[i] says the key has a space or an
  // apostrophe (may be more than one word: no scan of the key for it).
  std::string_view keys;
  // Or the keys front-coded (the built-in rule pack): decoded into `decoded` by Build().
  std::string_view front_coded;
  std::string decoded;
  size_t count = 0;
  std::vector<float> weights;
  std::string_view codes;
  std::string codes_copy;  // what `codes` views when the pack's bytes are not static
  std::vector<float> distinct;

  FlatStringMap<float> entries;
  FlatStringMap<int> longest_from;
  int max_tokens = 1;

  // Builds the whole tables unless done; thread-safe. Cost: see BuildLexiconIndex.
  void Ensure() {
    if (built_.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> lock(mutex_);
    if (built_.load(std::memory_order_relaxed)) return;
    Build();
    built_.store(true, std::memory_order_release);
  }
  bool built() const { return built_.load(std::memory_order_acquire); }

  // The keys starting with one byte (or the empty key), in file order, with their tables.
  struct Shard {
    // Runs of consecutive keys with this first byte: (first key's index, key count, source
    // bytes [begin, end)). Sorted lexicons have one run; a front-coded run starts with a key
    // that shares no byte with the one before it, so it decodes on its own.
    struct Run {
      size_t first, count, begin, end;
    };
    std::vector<Run> runs;
    std::string decoded;  // the runs' keys, front-coded sources only
    FlatStringMap<float> entries;
    FlatStringMap<int> longest_from;
    std::atomic<bool> built{false};
  };
  // The tables holding `key` and the entries whose first word is `key`: the whole tables when
  // they are built, else the shard of key's first byte (built now if needed). Null when no key
  // starts with that byte.
  // Once laid out, the shards answer (the common path: three loads); before, the whole tables
  // when built (the JSON loader's), else the lexicon is laid out now.
  const FlatStringMap<float>* EntriesFor(std::string_view key) {
    if (!laid_out_.load(std::memory_order_acquire) && built()) return &entries;
    Shard* shard = ShardFor(key);
    return shard ? &shard->entries : nullptr;
  }
  const FlatStringMap<int>* LongestFromFor(std::string_view key) {
    if (!laid_out_.load(std::memory_order_acquire) && built()) return &longest_from;
    Shard* shard = ShardFor(key);
    return shard ? &shard->longest_from : nullptr;
  }

 private:
  void Build();
  // Where each first byte's keys are (shard_of_, shards_); under mutex_.
  void Layout();
  void BuildShard(Shard* shard);
  // Inline: the path of every lookup once the shard is built (three loads); the rest is in
  // ShardSlow (lexicon_index.cc).
  Shard* ShardFor(std::string_view key) {
    const size_t byte = key.empty() ? 256 : static_cast<unsigned char>(key[0]);
    if (laid_out_.load(std::memory_order_acquire)) {
      const int16_t slot = shard_of_[byte];
      if (slot < 0) return nullptr;
      Shard* shard = &shards_[static_cast<size_t>(slot)];
      if (shard->built.load(std::memory_order_acquire)) return shard;
    }
    return ShardSlow(byte);
  }
  // Lays the lexicon out and builds the shard of `byte` unless done (under mutex_).
  Shard* ShardSlow(size_t byte);
  std::atomic<bool> built_{false};
  std::atomic<bool> laid_out_{false};
  std::mutex mutex_;
  int16_t shard_of_[257] = {};  // first byte (256: empty key) -> index in shards_, or -1
  std::unique_ptr<Shard[]> shards_;
};

// One of a lexicon's lookup tables (V = float: key -> weight; int: first word -> most words),
// with FlatStringMap's find()/end(). find() builds the shard of the key's first byte when
// needed; size() and entries() build the whole tables.
template <typename V>
class LexiconMap {
 public:
  using Entry = typename FlatStringMap<V>::Entry;
  const Entry* find(std::string_view key) const {
    if (!tables_) return nullptr;
    const FlatStringMap<V>* map;
    if constexpr (std::is_same_v<V, float>) map = tables_->EntriesFor(key);
    else map = tables_->LongestFromFor(key);
    return map ? map->find(key) : nullptr;
  }
  const Entry* end() const { return nullptr; }
  size_t size() const { return tables_ ? Map().size() : 0; }
  const std::vector<Entry>& entries() const {
    static const std::vector<Entry> kNone;
    return tables_ ? Map().entries() : kNone;
  }

 private:
  friend struct LexiconIndex;
  const FlatStringMap<V>& Map() const {
    tables_->Ensure();
    if constexpr (std::is_same_v<V, float>) return tables_->entries;
    else return tables_->longest_from;
  }
  std::shared_ptr<LexiconTables> tables_;  // shared by the index's two maps and its copies
};

// A lexicon: normalized lowercase keys (words joined by single spaces) and weights, ready for
// lookups of runs of up to max_tokens words.
struct LexiconIndex {
  LexiconMap<float> entries;
  int max_tokens = 1;  // known without building the tables (the pack stores it)
  // First word of the entries of two words or more -> the most words such an entry has: a run
  // of words is only extended past its first word when some entry could still match.
  LexiconMap<int> longest_from;
  // The keys, '\n'-separated, when the index owns them (null when they live in static data,
  // the built-in rule pack). Shared so that copies of the index stay valid.
  std::shared_ptr<const std::string> storage;

  // Whether the whole tables are built (tests: the pack defers them, and find() builds only
  // the shard of the key's first byte).
  bool built() const { return !entries.tables_ || entries.tables_->built(); }
  // Sets the source of the tables; they are built on first use.
  void SetLazy(std::shared_ptr<LexiconTables> tables) {
    entries.tables_ = tables;
    longest_from.tables_ = std::move(tables);
  }
};

// Builds `out` over `keys` now: each key ends with '\n'; weights[i] is the i-th key's weight.
// The keys buffer must outlive `out` (pass the same buffer as out->storage to tie them). Cost:
// one pass over the keys, one hash and one probe per key (about 3 ms natively for the 95,000
// keys of rules/lexicons).
void BuildLexiconIndex(std::string_view keys, const std::vector<float>& weights, LexiconIndex* out);

// The inverse of the rule pack's front coding of lexicon keys (per key: one byte, how many bytes
// it shares with the previous key; the rest of the key; '\n'): appends the `count` keys to *out,
// each ending with '\n'. False when `coded` is not `count` well-formed keys.
bool DecodeFrontCodedKeys(std::string_view coded, size_t count, std::string* out);

}  // namespace secretum::internal

#endif  // SECRETUM_LEXICON_INDEX_H_
