// The multi-string matcher behind the pattern prefilter (core/src/aho_corasick.cc).
#include <doctest/doctest.h>

#include <algorithm>

#include "aho_corasick.h"

using secretum::internal::AhoCorasick;

TEST_CASE("finds every string, including ones inside others and overlapping ones") {
  AhoCorasick ac({"he", "she", "his", "hers", "xyz"});
  CHECK(ac.Find("ushers") == std::vector<int>{0, 1, 3});
  CHECK(ac.Find("this") == std::vector<int>{2});
  CHECK(ac.Find("nothing here") == std::vector<int>{0});
  CHECK(ac.Find("").empty());
}

TEST_CASE("reports each string once however often it occurs") {
  AhoCorasick ac({"ab", "b"});
  CHECK(ac.Find("ababab") == std::vector<int>{0, 1});
}

TEST_CASE("an empty automaton finds nothing") {
  AhoCorasick ac(std::vector<std::string_view>{});
  CHECK(ac.Find("anything").empty());
  AhoCorasick none;
  CHECK(none.Find("anything").empty());
}

TEST_CASE("sorted input (an atoms table's literals) gives the same answers as unsorted input") {
  AhoCorasick sorted({"ab", "abc", "b", "bc", "c"});
  AhoCorasick shuffled({"bc", "ab", "c", "abc", "b"});
  CHECK(sorted.Find("xabcx") == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(shuffled.Find("xabcx") == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(sorted.Find("bcq") == std::vector<int>{2, 3, 4});
  CHECK(shuffled.Find("bcq") == std::vector<int>{0, 2, 4});
}

TEST_CASE("bytes above 127 (UTF-8 in the view) are ordinary symbols") {
  AhoCorasick ac({"n\xC2\xB0", "\xF0\x9F\x99\x8F"});
  CHECK(ac.Find("dossier n\xC2\xB0 12 \xF0\x9F\x99\x8F") == std::vector<int>{0, 1});
}

TEST_CASE("finds exactly the strings a naive search finds (random small alphabets, duplicates, prefixes)") {
  uint32_t seed = 12345;
  auto next = [&](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> owned;
    for (uint32_t i = 0, n = 1 + next(30); i < n; ++i) {
      std::string s;
      for (uint32_t k = 0, len = 1 + next(5); k < len; ++k) s.push_back("abc\xC3"[next(4)]);
      owned.push_back(s);
    }
    if (round % 2) std::sort(owned.begin(), owned.end());  // the atoms table's case: no sort
    std::vector<std::string_view> strings(owned.begin(), owned.end());
    AhoCorasick ac(strings);
    for (int t = 0; t < 5; ++t) {
      std::string text;
      for (uint32_t k = 0, len = next(40); k < len; ++k) text.push_back("abcd\xC3"[next(5)]);
      std::vector<int> expected;
      for (size_t i = 0; i < owned.size(); ++i)
        if (text.find(owned[i]) != std::string::npos) expected.push_back(static_cast<int>(i));
      CHECK_MESSAGE(ac.Find(text) == expected, text);
    }
  }
}
