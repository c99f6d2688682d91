// Gapped search (core/src/matching.h, GapSplit): a pattern "HEAD [^\n]{0,N}? TAIL" searched as
// HEAD, then TAIL, then the whole pattern anchored, finds exactly what RE2 finds unanchored.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "matching.h"
#include "pattern_store.h"

using secretum::internal::ForEachMatch;
using secretum::internal::GapRegexps;
using secretum::internal::GapSplit;
using secretum::internal::MatchOptions;
using secretum::internal::Span;
using secretum::internal::SplitAtGap;

namespace {

struct Found {
  Span span;
  std::vector<std::string> groups;
  bool operator==(const Found& o) const {
    return span.begin == o.span.begin && span.end == o.span.end && groups == o.groups;
  }
};

std::vector<Found> All(const RE2& re, const std::string& text, int group, const GapRegexps* gap) {
  std::vector<Found> out;
  ForEachMatch(re, text, group,
               [&](Span s, const std::vector<std::string_view>& g) {
                 Found f{s, {}};
                 for (std::string_view v : g) f.groups.emplace_back(v);
                 out.push_back(f);
               },
               gap);
  return out;
}

GapRegexps Compile(const GapSplit& split) {
  GapRegexps g;
  g.head = std::make_unique<RE2>(split.head, MatchOptions(false));
  g.tail = std::make_unique<RE2>(split.tail, MatchOptions(false));
  g.head_one_line = split.head_one_line;
  RE2::Options longest = MatchOptions(false);
  longest.set_longest_match(true);
  g.head_longest = std::make_unique<RE2>(split.head, longest);
  g.gap_max = split.gap_max;
  return g;
}

}  // namespace

TEST_CASE("a pattern splits at its first top-level gap only") {
  GapSplit s;
  REQUIRE(SplitAtGap(R"(\b(?:pic|photo)s?\b[^\n]{0,130}?(dm me|inbox))", &s));
  CHECK(s.head == R"(\b(?:pic|photo)s?\b)");
  CHECK(s.tail == "(dm me|inbox)");
  CHECK(s.head_one_line);
  CHECK(s.gap_max == 130);
  REQUIRE(SplitAtGap(R"((?:les|des)\s+x[^.!?\n]{0,40}y[^\n]{0,9}z)", &s));
  CHECK(s.tail == R"(y[^\n]{0,9}z)");
  CHECK_FALSE(s.head_one_line);  // \s can match a newline
  CHECK_FALSE(SplitAtGap(R"(a|b[^\n]{0,10}?c)", &s));          // top-level alternation
  CHECK_FALSE(SplitAtGap(R"((?:a[^\n]{0,10}?c))", &s));        // gap inside a group
  CHECK_FALSE(SplitAtGap(R"((?i)a[^\n]{0,10}?c)", &s));        // inline flags
  CHECK_FALSE(SplitAtGap(R"(a[^.!?]{0,10}?c)", &s));           // the gap may cross lines
  CHECK_FALSE(SplitAtGap(R"(a[\n]{0,10}?c)", &s));             // not negated
  CHECK_FALSE(SplitAtGap(R"(a[^\n]{0,10}?)", &s));             // no tail
}

TEST_CASE("gapped search finds exactly the matches and groups of the whole pattern") {
  const std::vector<std::string> patterns = {
      R"(\b(?:pics?|photos?|scan)\b[^\n]{0,12}?((?:dm|inbox|in (?:my )?dms?)\b))",
      R"(((?:dm|inbox|en mp)\b)[^\n]{0,12}?\b(pics?|photos?)\b)",
      R"(\b(?:best|top)\b[^.!?\n]{0,8}(doc\w*|surgeon)s?)",
      R"((?:^|\s)'[^'\n]{0,10}?(ab|b+)')",
      R"((?:les|des)\s+(x+)[^.!?\n]{0,6}?(y|yz))",
  };
  const std::vector<std::string> words = {"pic", "pics", "photo", "scan", "dm", "dms", "inbox", "in my dms",
                                          "en mp", "best", "top", "doctor", "surgeons", "'", "ab", "bbb",
                                          "les", "des", "xx", "y", "yz", " ", "  ", "\n", ".", "!", "x",
                                          "zz", "-", "abc"};
  std::mt19937 rng(42);
  for (const std::string& p : patterns) {
    GapSplit split;
    REQUIRE(SplitAtGap(p, &split));
    RE2 re(p, MatchOptions(false));
    REQUIRE(re.ok());
    GapRegexps gap = Compile(split);
    REQUIRE(gap.head->ok());
    REQUIRE(gap.tail->ok());
    for (int trial = 0; trial < 4000; ++trial) {
      std::string text;
      int n = static_cast<int>(rng() % 24);
      for (int k = 0; k < n; ++k) text += words[rng() % words.size()] + (rng() % 3 ? " " : "");
      for (int group : {0, 1}) {
        INFO(p << " on [" << text << "] group " << group);
        CHECK(All(re, text, group, &gap) == All(re, text, group, nullptr));
      }
    }
  }
}
