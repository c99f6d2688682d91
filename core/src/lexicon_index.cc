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
    if (words < 2) continue;
    out->max_tokens = std::max(out->max_tokens, words);
    int& longest = out->longest_from.Insert(key.substr(0, first_end), 0);
    longest = std::max(longest, words);
  }
}

}  // namespace secretum::internal
