// The multi-string matcher behind the pattern prefilter (core/src/aho_corasick.cc).
#include <doctest/doctest.h>

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
