// Lexicon lookup over word runs (core/src/matching.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon_index.h"
#include "matching.h"

using secretum::internal::BuildLexiconIndex;
using secretum::internal::ForEachLexiconMatch;
using secretum::internal::LexiconIndex;
using secretum::internal::WordRuns;

namespace {

std::vector<std::string> Matches(const LexiconIndex& lex, const std::string& text, bool capitalized) {
  std::vector<std::string> out;
  ForEachLexiconMatch(lex, text, WordRuns(text), capitalized,
                      [&](secretum::internal::Span s, float) { out.push_back(text.substr(s.begin, s.end - s.begin)); });
  return out;
}

}  // namespace

TEST_CASE("a French elision is its own word run: l'alpiniste, d'Annecy, qu'Ines") {
  auto runs = WordRuns("l'alpiniste d'Annecy qu'Ines aujourd'hui O'Brien");
  std::vector<std::string> words;
  std::string text = "l'alpiniste d'Annecy qu'Ines aujourd'hui O'Brien";
  for (auto r : WordRuns(text)) words.push_back(text.substr(r.begin, r.end - r.begin));
  CHECK(words == std::vector<std::string>{"l", "alpiniste", "d", "Annecy", "qu", "Ines", "aujourd'hui", "O'Brien"});
  CHECK(runs.size() == words.size());
}

TEST_CASE("an English possessive ends the word run and makes no run of its own") {
  std::string text = "Brayden's back, the Smiths' house, O'Brien's scan, it's, Ines's";
  std::vector<std::string> words;
  for (auto r : WordRuns(text)) words.push_back(text.substr(r.begin, r.end - r.begin));
  CHECK(words == std::vector<std::string>{"Brayden", "back", "the", "Smiths", "house", "O'Brien",
                                          "scan", "it", "Ines"});
  static const std::string keys = "brayden\n";
  LexiconIndex lex;
  BuildLexiconIndex(keys, {1}, &lex);
  CHECK(Matches(lex, "the rash on Brayden's back", true) == std::vector<std::string>{"Brayden"});
}

TEST_CASE("lexicon entries are found after an elision, and entries holding one still match") {
  static const std::string keys = "alpiniste\nannecy\nl'isle adam\ncapitaine de l'equipe\n";
  LexiconIndex lex;
  BuildLexiconIndex(keys, {1, 1.5f, 2, 1}, &lex);
  CHECK(Matches(lex, "chez l'alpiniste", false) == std::vector<std::string>{"alpiniste"});
  CHECK(Matches(lex, "une patiente d'Annecy", true) == std::vector<std::string>{"Annecy"});
  CHECK(Matches(lex, "venue de L'Isle-Adam hier", true) == std::vector<std::string>{"L'Isle-Adam"});
  CHECK(Matches(lex, "le capitaine de l'equipe", false) == std::vector<std::string>{"capitaine de l'equipe"});
  // Not an elision: the apostrophe stays inside the word, nothing is found in "aujourd'hui".
  CHECK(Matches(lex, "aujourd'annecy", false).empty());
}
