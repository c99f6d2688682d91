// Language detection tokenizes ASCII chunks without ICU (core/src/text.h AppendAsciiTokens):
// the tokens must be exactly those of ICU's root word break iterator.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "text.h"

using secretum::internal::AppendAsciiTokens;
using secretum::internal::ScoringWords;
using secretum::internal::Token;
using secretum::internal::TokenKind;
using secretum::internal::Tokenize;

namespace {

std::vector<std::string> ViaIcu(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s, "")) {
    std::string w = s.substr(t.start, t.end - t.start);
    out.push_back((t.kind == TokenKind::kWord ? "w:" : "n:") + w);
  }
  return out;
}

std::vector<std::string> ViaAscii(const std::string& s) {
  std::vector<Token> tokens;
  AppendAsciiTokens(s, 0, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    out.push_back((t.kind == TokenKind::kWord ? "w:" : "n:") + s.substr(t.start, t.end - t.start));
  return out;
}

}  // namespace

TEST_CASE("ASCII tokens are ICU's: elisions, decimals, abbreviations, underscores") {
  for (const std::string s : {"l'hopital d'un jour qu'il", "e.g. 3.5 1,000 a:b x_y 12_ab don't",
                              "it's 9am... 'quoted' a'b'c 1'2 a.1 1.a _a_ __ _", "rdv@site.fr #tag (ok) @ a@1",
                              "ab1_ 1_ a_1 l'a1 d'ab1 1__ 1.2a a1.2 1a1"})
    CHECK(ViaAscii(s) == ViaIcu(s));
}

TEST_CASE("ASCII tokens match ICU's on random ASCII text") {
  const std::string alphabet = "ab1 .:,;'_-\n\t\"#@/!?()";
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s;
    int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
    INFO("[" << s << "]");
    CHECK(ViaAscii(s) == ViaIcu(s));
  }
}

TEST_CASE("scoring words of mixed text are ICU's words holding an ASCII letter") {
  for (const std::string s : {"patient\xF0\x9F\x91\x80 l'\xD0\xB6x \xF0\x9F\x91\x87 the c'est", "le\xCC\x81 la",
                              "\xE4\xBD\xA0\xE5\xA5\xBD ok", "a \xCC\x81" "b"}) {
    std::vector<std::string> icu, fast;
    for (const Token& t : Tokenize(s, "")) {
      std::string w = s.substr(t.start, t.end - t.start);
      if (t.kind == TokenKind::kWord &&
          w.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
        icu.push_back(w);
    }
    for (std::string_view w : ScoringWords(s)) fast.emplace_back(w);
    CHECK(fast == icu);
  }
}
