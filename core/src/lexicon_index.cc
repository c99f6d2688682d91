#include "lexicon_index.h"

#include <algorithm>
#include <cstring>

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
  int& longest = longest_from->Insert(key.substr(0, first_end), 0);
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
