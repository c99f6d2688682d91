// PatternShape (core/src/pattern_shape.cc) and the windowed search it allows
// (PatternStore::Windows, ForEachMatch with windows): same matches as a search of the whole text.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "matching.h"
#include "pattern_shape.h"
#include "pattern_store.h"
#include "secretum/secretum.h"

using secretum::internal::PatternShape;
using secretum::internal::ShapeOf;

namespace {

std::bitset<256> Of(const std::string& bytes) {
  std::bitset<256> b;
  for (unsigned char c : bytes) b.set(c);
  return b;
}

}  // namespace

TEST_CASE("pattern shape: longest match, bytes, free bytes") {
  PatternShape s = ShapeOf("abc");
  CHECK(s.fixed_len == 3);
  CHECK(s.free.none());
  CHECK(s.bytes == Of("abcABC"));  // case folding is assumed
  CHECK(ShapeOf("(?:ab|cde)?x{2,4}").fixed_len == 7);
  CHECK(ShapeOf("\\b(?:photos?|pix)\\b").fixed_len == 6);
  CHECK(ShapeOf("[^\\n]{0,5}x").fixed_len == 6);
  CHECK_FALSE(ShapeOf("[^\\n]{0,5}x").bytes['\n']);
  s = ShapeOf("a\\s+b");
  CHECK(s.fixed_len == 2);
  CHECK(s.free == Of("\t\n\f\r "));
  CHECK(s.bytes == Of("abAB\t\n\f\r "));
  CHECK(ShapeOf("\\d{3}").bytes == Of("0123456789"));
  CHECK(ShapeOf("\\x41\\x{42}\\101").bytes == Of("ABab"));
  CHECK(ShapeOf("\\Qa.b\\E").fixed_len == 3);
  CHECK(ShapeOf("(?i)(?P<n>a)(?-i:b)").fixed_len == 2);
  CHECK(ShapeOf("a{,2}").fixed_len == 5);  // "{,2}" is literal text in RE2
  CHECK(ShapeOf("[]a-c]").bytes == Of("]abcABC"));
  CHECK(ShapeOf("é").bytes[0xC3]);  // Latin-1: two one-byte characters
  CHECK(ShapeOf("é").fixed_len == 2);
  // Unknown syntax: the shape that bounds nothing.
  for (const char* p : {"\\Z", "[[:alpha:]]*", "a(", "(?x)a"}) {
    s = ShapeOf(p);
    CHECK_MESSAGE(s.bytes.all(), p);
    CHECK_MESSAGE(s.free.all(), p);
  }
}

TEST_CASE("ForEachMatch over windows finds the same matches, with the whole text as context") {
  // \b and ^ at a window's edges look at the text outside it.
  RE2 re("(?:^|[^a-z])(ab)\\b", secretum::internal::MatchOptions(false));
  const std::string text = "ab xab ab. abc ab";
  auto matches = [&](const std::vector<secretum::internal::Span>* windows) {
    std::vector<size_t> begins;
    secretum::internal::ForEachMatch(
        re, text, 1, [&](secretum::internal::Span s, const std::vector<std::string_view>&) { begins.push_back(s.begin); },
        nullptr, windows);
    return begins;
  };
  const std::vector<size_t> all = matches(nullptr);
  CHECK(all == std::vector<size_t>{0, 7, 15});
  // Windows hold whole matches (the byte before "ab" included).
  std::vector<secretum::internal::Span> windows = {{0, 2}, {6, 9}, {10, 13}, {14, 17}};
  CHECK(matches(&windows) == all);  // " ab" of " abc" (10, 13): \b sees the 'c' after the window
  windows = {{1, 9}};
  CHECK(matches(&windows) == std::vector<size_t>{7});  // 0 is outside; ^ is not at 1
}

TEST_CASE("long posts: windowed (lazy) analyzer gives the same reports as the eager one") {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SECRETUM_SOURCE_DIR "/rules")) {
    std::string ext = e.path().extension().string();
    if (ext != ".json" && ext != ".tsv") continue;
    std::ifstream in(e.path());
    std::ostringstream content;
    content << in.rdbuf();
    files.emplace_back(e.path().string(), content.str());
  }
  secretum::RuleSet eager_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(eager_rules.ok(), eager_rules.error());
  secretum::Analyzer eager(eager_rules);
  REQUIRE(eager.ok());
  files.emplace_back("rules/atoms.json", secretum::internal::AtomsJsonOf(eager));
  secretum::RuleSet lazy_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(lazy_rules.ok(), lazy_rules.error());
  secretum::Analyzer lazy(lazy_rules);
  REQUIRE(lazy.ok());
  const char* parts[] = {
      "Mme Lemaire, chambre 212, NIR 2 95 10 99 126 111 93.",
      "Cette nuit aux urgences de Figeac : le garagiste de la place, 47 ans. Tout le canton sera au courant",
      "🎉 PROMO au cabinet : -20 % sur les injections, places limitées !",
      "@mike_r_k just halve your metformin, you'll be fine",
      "With respect, I don't agree with @DrPNair about imaging every ankle sprain.",
      "Voici la photo de la plaie de mon patient, 82 ans, vu ce matin en consultation.",
      "Call me at 06 12 34 56 78 or write to jean.dupont@example.com, thanks to Pfizer for the dinner!",
      "the the the pas pas you you and et de la le",
  };
  std::string post;
  for (int round = 0; round < 12; ++round)
    for (size_t i = 0; i < sizeof parts / sizeof *parts; ++i) {
      post += parts[(i * 5 + static_cast<size_t>(round)) % (sizeof parts / sizeof *parts)];
      post += round % 3 == 0 ? "\n" : " ";
      if (post.size() >= secretum::internal::PatternStore::kWindowedMinText && (i + round) % 4 == 0)
        CHECK_MESSAGE(secretum::ReportToJson(lazy.Analyze(post)) == secretum::ReportToJson(eager.Analyze(post)),
                      post.size());
    }
  CHECK(post.size() > 4 * secretum::internal::PatternStore::kWindowedMinText);
  CHECK(secretum::ReportToJson(lazy.Analyze(post)) == secretum::ReportToJson(eager.Analyze(post)));
}
