#include "lexicon_index.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace secretum::internal {
namespace {

// Adds `key` (weight `weight`) to the tables; *max_tokens grows to its number of words.
// Not inlined: V8 runs a long loop in its baseline compiler (no on-stack replacement for
// WebAssembly) but tiers a function called this often up to its optimizing compiler.
__attribute__((noinline)) void AddKey(std::string_view key, float weight, bool has_space_or_apostrophe, FlatStringMap<float>* entries,
            FlatStringMap<int>* longest_from, int* max_tokens) {
  entries->Insert(key, weight);
  if (!has_space_or_apostrophe) return;  // one word
  // Words as WordRuns cuts them: at spaces, and after an elision ("l'isle adam": 3 words).
  int words = 0;
  size_t first_end = std::string_view::npos;
  for (size_t b = 0; b <= key.size();) {
    size_t e = key.find(' ', b);
    if (e == std::string_view::npos) e = key.size();
    std::string_view word = key.substr(b, e - b);
    size_t apostrophe = word.find('\'');
    bool elided = apostrophe != std::string_view::npos && apostrophe + 1 < word.size() &&
                  IsElision(word.substr(0, apostrophe));
    if (first_end == std::string_view::npos) first_end = b + (elided ? apostrophe : word.size());
    words += elided ? 2 : 1;
    b = e + 1;
  }
  if (words < 2) return;
  *max_tokens = std::max(*max_tokens, words);
  int& longest = longest_from->Insert(key.substr(0, first_end), 0).first->second;
  longest = std::max(longest, words);
}

// Calls add(key, i) for the first `count` keys of `keys`, in one pass.
template <typename Add>
void ForEachKey(std::string_view keys, size_t count, Add add) {
  const char* p = keys.data();
  const char* const end = p + keys.size();
  for (size_t i = 0; i < count && p < end; ++i) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    if (!nl) nl = end;
    add(std::string_view(p, static_cast<size_t>(nl - p)), i);
    p = nl + 1;
  }
}

bool HasSpaceOrApostrophe(std::string_view key) {
  return key.find(' ') != std::string_view::npos || key.find('\'') != std::string_view::npos;
}

}  // namespace

bool DecodeFrontCodedKeys(std::string_view coded, size_t count, std::string* out) {
  out->reserve(out->size() + coded.size() * 2);
  const size_t start = out->size();
  size_t previous = start, i = 0, keys = 0;  // previous: where the last decoded key starts
  while (i < coded.size()) {
    const size_t shared = static_cast<unsigned char>(coded[i++]);
    const size_t end = coded.find('\n', i);
    if (end == std::string_view::npos) return false;
    const size_t previous_size = keys == 0 ? 0 : out->size() - 1 - previous;
    if (shared > previous_size) return false;
    const size_t at = out->size();
    const size_t need = at + shared + (end - i) + 1;
    if (out->capacity() < need) out->reserve(std::max(need, 2 * out->capacity()));
    out->append(out->data() + previous, shared);  // no reallocation: capacity is enough
    out->append(coded.substr(i, end - i));
    out->push_back('\n');
    previous = at;
    i = end + 1;
    ++keys;
  }
  return keys == count;
}

void LexiconTables::Build() {
  if (!front_coded.empty()) {  // the built-in pack, checked when it was made
    if (!DecodeFrontCodedKeys(front_coded, count, &decoded)) decoded.clear();
    keys = decoded;
  }
  entries.Reserve(count);
  longest_from.Reserve(count / 8);
  int tokens = 1;
  if (weights.empty()) {
    ForEachKey(keys, count, [&](std::string_view key, size_t i) {
      const unsigned char code = static_cast<unsigned char>(codes[i]);
      AddKey(key, distinct[code & 0x7f], (code & 0x80) != 0, &entries, &longest_from, &tokens);
    });
  } else {
    ForEachKey(keys, count, [&](std::string_view key, size_t i) {
      AddKey(key, weights[i], HasSpaceOrApostrophe(key), &entries, &longest_from, &tokens);
    });
  }
  max_tokens = tokens;
}

LexiconTables::Shard* LexiconTables::ShardSlow(size_t byte) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!laid_out_.load(std::memory_order_relaxed)) {
    Layout();
    laid_out_.store(true, std::memory_order_release);
  }
  const int16_t slot = shard_of_[byte];
  if (slot < 0) return nullptr;
  Shard* shard = &shards_[static_cast<size_t>(slot)];
  if (!shard->built.load(std::memory_order_relaxed)) {
    BuildShard(shard);
    shard->built.store(true, std::memory_order_release);
  }
  return shard;
}

void LexiconTables::Layout() {
  // (first byte or 256, run) in source order.
  std::vector<std::pair<int, Shard::Run>> runs;
  const bool coded = !front_coded.empty();
  const std::string_view source = coded ? front_coded : keys;
  const char* const base = source.data();
  const char* p = base;
  const char* const end = base + source.size();
  int byte = -1;
  for (size_t i = 0; i < count && p < end; ++i) {
    const char* key = coded ? p + 1 : p;  // front coding: one byte (shared) before the rest
    if (key > end) break;
    const char* nl = static_cast<const char*>(std::memchr(key, '\n', static_cast<size_t>(end - key)));
    if (!nl) nl = end;
    // A front-coded key that shares no byte with the one before starts a run (it decodes on its
    // own); one that shares bytes has the same first byte. Plain keys: a run per first byte.
    const bool fresh = coded ? *p == 0 : true;
    const int first = !fresh ? byte : key == nl ? 256 : static_cast<unsigned char>(*key);
    if (runs.empty() || (coded ? fresh : first != byte))
      runs.push_back({first, Shard::Run{i, 0, static_cast<size_t>(p - base), 0}});
    ++runs.back().second.count;
    runs.back().second.end = static_cast<size_t>(nl + 1 - base);
    byte = first;
    p = nl + 1;
  }
  std::fill(std::begin(shard_of_), std::end(shard_of_), int16_t{-1});
  int16_t shards = 0;
  for (const auto& run : runs)
    if (shard_of_[run.first] < 0) shard_of_[run.first] = shards++;
  shards_ = std::make_unique<Shard[]>(static_cast<size_t>(shards));
  for (const auto& run : runs) shards_[static_cast<size_t>(shard_of_[run.first])].runs.push_back(run.second);
}

void LexiconTables::BuildShard(Shard* shard) {
  size_t total = 0;
  for (const Shard::Run& run : shard->runs) total += run.count;
  if (!front_coded.empty()) {  // the built-in pack, checked when it was made
    for (const Shard::Run& run : shard->runs)
      if (!DecodeFrontCodedKeys(front_coded.substr(run.begin, run.end - run.begin), run.count, &shard->decoded)) {
        shard->decoded.clear();
        return;
      }
  }
  shard->entries.Reserve(total);
  shard->longest_from.Reserve(total / 8);
  int tokens = 1;  // the pack stores max_tokens
  std::string_view decoded = shard->decoded;
  for (const Shard::Run& run : shard->runs) {
    // Plain keys: the run's bytes; decoded ones: what is left of `decoded` (the runs' keys follow
    // each other there; ForEachKey stops after run.count keys).
    const std::string_view source = front_coded.empty() ? keys.substr(run.begin, run.end - run.begin) : decoded;
    size_t used = 0;
    ForEachKey(source, run.count, [&](std::string_view key, size_t k) {
      const size_t i = run.first + k;
      used = static_cast<size_t>(key.data() + key.size() + 1 - source.data());
      if (weights.empty()) {
        const unsigned char code = static_cast<unsigned char>(codes[i]);
        AddKey(key, distinct[code & 0x7f], (code & 0x80) != 0, &shard->entries, &shard->longest_from, &tokens);
      } else {
        AddKey(key, weights[i], HasSpaceOrApostrophe(key), &shard->entries, &shard->longest_from, &tokens);
      }
    });
    if (!front_coded.empty()) decoded.remove_prefix(std::min(used, decoded.size()));
  }
}

void BuildLexiconIndex(std::string_view keys, const std::vector<float>& weights, LexiconIndex* out) {
  auto tables = std::make_shared<LexiconTables>();
  tables->keys = keys;
  tables->count = weights.size();
  tables->weights = weights;
  tables->Ensure();
  out->max_tokens = tables->max_tokens;
  out->SetLazy(std::move(tables));
}

}  // namespace secretum::internal
