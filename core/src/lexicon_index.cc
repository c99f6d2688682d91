#include "lexicon_index.h"

#include <algorithm>
#include <cstring>

namespace secretum::internal {

void BuildLexiconIndex(std::string_view keys, const std::vector<float>& weights, LexiconIndex* out) {
  out->entries.Reserve(weights.size());
  out->longest_from.Reserve(weights.size() / 8);
  const char* p = keys.data();
  const char* const end = p + keys.size();
  for (size_t i = 0; i < weights.size() && p < end; ++i) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    if (!nl) nl = end;
    std::string_view key(p, static_cast<size_t>(nl - p));
    p = nl + 1;
    out->entries.Insert(key, weights[i]);
    size_t space = key.find(' ');
    if (space == std::string_view::npos) continue;
    int words = 1 + static_cast<int>(std::count(key.begin() + static_cast<std::ptrdiff_t>(space), key.end(), ' '));
    out->max_tokens = std::max(out->max_tokens, words);
    int& longest = out->longest_from.Insert(key.substr(0, space), 0);
    longest = std::max(longest, words);
  }
}

}  // namespace secretum::internal
