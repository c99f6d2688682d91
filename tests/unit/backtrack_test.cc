// The Backtracker (core/src/backtrack.h) must answer exactly as RE2 with the rules' options
// (MatchOptions): same match or none, same submatches, at every start and end, anchored or not.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "backtrack.h"
#include "pattern_store.h"

using secretum::internal::Backtracker;
using secretum::internal::MatchOptions;

namespace {

// Compares the Backtracker with RE2 on `text` for every (pos, end) with pos <= end (short texts)
// or every pos with end = size, unanchored and anchored. Returns the number of comparisons.
int Compare(const std::string& pattern, bool case_sensitive, const std::string& text) {
  RE2 re(pattern, MatchOptions(case_sensitive));
  REQUIRE_MESSAGE(re.ok(), pattern);
  auto bt = Backtracker::Compile(pattern, case_sensitive);
  REQUIRE_MESSAGE(bt != nullptr, pattern);
  REQUIRE(bt->NumberOfCapturingGroups() == re.NumberOfCapturingGroups());
  const int n = 1 + re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> want(static_cast<size_t>(n)), got(static_cast<size_t>(n));
  const re2::StringPiece t(text);
  int compared = 0;
  for (size_t pos = 0; pos <= text.size(); ++pos)
    for (size_t end = text.size() <= 24 ? pos : text.size(); end <= text.size(); ++end)
      for (RE2::Anchor anchor : {RE2::UNANCHORED, RE2::ANCHOR_START}) {
        const bool found = re.Match(t, pos, end, anchor, want.data(), n);
        const Backtracker::Result r =
            bt->Match(text, pos, end, anchor == RE2::ANCHOR_START, got.data(), n);
        REQUIRE(r != Backtracker::kGaveUp);
        INFO("pattern ", pattern, " text \"", text, "\" pos ", pos, " end ", end, " anchored ",
             anchor == RE2::ANCHOR_START);
        REQUIRE(found == (r == Backtracker::kMatch));
        if (found)
          for (int g = 0; g < n; ++g) {
            INFO("group ", g);
            CHECK(want[static_cast<size_t>(g)].data() == got[static_cast<size_t>(g)].data());
            CHECK(want[static_cast<size_t>(g)].size() == got[static_cast<size_t>(g)].size());
          }
        ++compared;
      }
  return compared;
}

// Compare for every pattern, case-insensitive and case-sensitive, on every text.
int CompareEach(const std::vector<std::string>& patterns, const std::vector<std::string>& texts) {
  int compared = 0;
  for (const std::string& p : patterns)
    for (bool cs : {false, true})
      for (const std::string& t : texts) compared += Compare(p, cs, t);
  return compared;
}

}  // namespace

TEST_CASE("backtrack: word alternations as the rules write them") {
  const std::vector<std::string> texts = {
      "Une photo de ma patiente, les PHOTOS du patient et une photographie.",
      "photos? photo_ photo2 xphoto Photographies",
      "the doc's doc, le medecin du medecin, LE MÉDECIN",
      "prise  en\tcharge\n  prise en   charge",
      "", "a", "é É e E",
  };
  const std::vector<std::string> patterns = {
      "\\b(?:photos?|photographies?|pics?|pix)\\b",
      "((?:\\bprise\\s+en\\s+charge\\b|\\bphotos?\\b|\\bpatient\\w*))",
      "\\b(?:le m[eé]decin du m[eé]decin|the doc's doc)\\b",
      "(?:ma|mon|my) (patiente?|patient)\\b",
      "\\b(?P<w>photo)(graph(?:ie|y)s?)?",
      "photo\\w*|\\bpatient",
      "(?i:PHOTO)|(?-i:MÉDECIN)",
      "(?-i:photo)s?",
      "\\Bhoto|^Une|charge$|\\A(?:a|é)\\z",
      "[^a-z ]+\\b|[\\w'-]{2,4}?e",
      "(?:du |de |d')?(?:photo|m[eé]decin)(?:\\s+(?:du|de)\\s+\\w+){0,2}",
      "(?:\\w+ ){0,3}?patiente?",
      "(?:ph|p)(?:o|oto)(?:s|)",
      "\\x50hoto|\\.|\\n|[\\t\\x20]{2,}",
      "é|x|É+",
      "e[^\\n]{0,12}?e",
      "(a|ab)(c|bcd)(d*)",
      "(?:photo|médecin)\\b(?:\\s*,\\s*\\w+)*",
      "x{2}|n{1,}t|o{,2}",
  };
  const int compared = CompareEach(patterns, texts);
  CHECK(compared > 10000);
}

TEST_CASE("backtrack: random patterns of the subset against RE2") {
  std::mt19937 rng(20261124);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  const std::vector<std::string> atoms = {"a", "b", "A", "é", "É", " ", "ab", "ba", "[ab]", "[^a]",
                                          "\\w", "\\s", "\\W", "\\d", ".", "\\b", "\\B", "-", "'"};
  const std::vector<std::string> quants = {"", "", "", "?", "*", "+", "??", "*?", "+?", "{2}",
                                           "{0,2}", "{1,3}?", "{2,}"};
  // A pattern: an alternation of sequences, with groups one level deep.
  auto sequence = [&](int depth, auto&& self) -> std::string {
    std::string s;
    const int items = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < items; ++i) {
      std::string atom;
      if (depth < 2 && rng() % 4 == 0) {
        atom = std::string(rng() % 2 ? "(" : "(?:") + self(depth + 1, self) + "|" + self(depth + 1, self) + ")";
      } else {
        atom = pick(atoms);
        if (atom.size() == 2 && atom[0] != '\\' && atom != "é" && atom != "É") atom = "(?:" + atom + ")";
      }
      if (atom != "\\b" && atom != "\\B") atom += pick(quants);
      s += atom;
    }
    return s;
  };
  const std::string alphabet[] = {"a", "b", "A", "B", "é", "É", " ", "\n", "_", "1", "-", "'", "\xC9", "\xE9"};
  int taken = 0, compared = 0;
  for (int k = 0; k < 400; ++k) {
    std::string p = sequence(0, sequence);
    if (rng() % 3 == 0) p += "|" + sequence(0, sequence);
    const bool cs = rng() % 2;
    RE2 re(p, MatchOptions(cs));
    if (!re.ok()) continue;
    if (!Backtracker::Compile(p, cs)) continue;  // refused (empty matches, empty repetitions)
    ++taken;
    for (int t = 0; t < 4; ++t) {
      std::string text;
      const int len = static_cast<int>(rng() % 12);
      for (int i = 0; i < len; ++i) text += alphabet[rng() % (sizeof(alphabet) / sizeof(alphabet[0]))];
      compared += Compare(p, cs, text);
    }
  }
  CHECK(taken > 150);
  CHECK(compared > 40000);
}

TEST_CASE("backtrack: refuses what it cannot answer as RE2") {
  for (const char* p : {"", "a?", "(?:a?)*b", "(?:a|)+b", "[[:alpha:]]+", "\\pL", "\\Qa\\E", "(?s:.)",
                        "(?U)a+", "\\1", "\\0", "a\\C", "(?<n>a)", "\\x{41}", "(?m)^a"})
    CHECK_MESSAGE(Backtracker::Compile(p, false) == nullptr, p);
  // RE2 2022-06-01 in Latin-1 mode does not match these (a literal above 0x7F, not folded with
  // another Latin-1 byte, factored out of every branch): left to RE2, whose answer counts.
  for (const char* p : {"\\xD7a|\\xD7b", "\\xDFa|\\xDFb", "\\x89a|\\x89b", "n\\xC2\\xB0a|n\\xC2\\xB0b"})
    for (bool cs : {false, true}) CHECK_MESSAGE(Backtracker::Compile(p, cs) == nullptr, std::string(p));
  for (const char* p : {"\\xE9a|\\xE9b", "[\\xE9]a|[\\xE9]b", "(\\xE9t\\xE9|\\xE9tz)"})
    CHECK_MESSAGE(Backtracker::Compile(p, true) == nullptr, std::string(p));
  // Taken: the byte has a Latin-1 case partner (RE2 makes it a class), or matches can start
  // with different characters (no prefix to factor out of every branch).
  for (const char* p : {"\\xE9a|\\xE9b", "[\\xE9]a|[\\xE9]b", "(\\xE9t\\xE9|\\xE9tz)"})
    CHECK_MESSAGE(Backtracker::Compile(p, false) != nullptr, std::string(p));
  CHECK(Backtracker::Compile("\\bn\\xC2\\xB0a|x", false) != nullptr);
  CHECK(Backtracker::Compile("m[e\\xE9]decin", true) != nullptr);
  CHECK(Backtracker::Compile("a{2}", false) != nullptr);
  CHECK(Backtracker::Compile("(?i)a|(?-i:B)", true) != nullptr);
}

TEST_CASE("backtrack: the RE2 Latin-1 prefix bug it steps around is there") {
  // If this fails, RE2 was fixed: the refusal in Compile can go (and findings may change).
  RE2 re("\xE9t\xE9|\xE9tz", MatchOptions(true));
  CHECK_FALSE(RE2::PartialMatch("x \xE9t\xE9", re));
  RE2 one("\xE9t\xE9", MatchOptions(true));
  CHECK(RE2::PartialMatch("x \xE9t\xE9", one));
}

TEST_CASE("backtrack: gives up within its budget, never answers wrong") {
  auto bt = Backtracker::Compile("(?:a|aa)+b", false);
  REQUIRE(bt != nullptr);
  const std::string text(60, 'a');
  re2::StringPiece sub[1];
  const Backtracker::Result r = bt->Match(text, 0, text.size(), false, sub, 1);
  CHECK(r != Backtracker::kMatch);  // no match; exponential paths: gives up (or proves none)
  // Deep recursion (one frame per iteration of a complex loop) gives up too.
  auto deep = Backtracker::Compile("(?:ab)+c", false);
  std::string abs;
  for (int i = 0; i < 5000; ++i) abs += "ab";
  CHECK(deep->Match(abs, 0, abs.size(), true, sub, 1) == Backtracker::kGaveUp);
  abs += "c";
  CHECK(deep->Match(abs, 0, abs.size(), true, sub, 1) == Backtracker::kGaveUp);
}

TEST_CASE("backtrack: start filters skip runs of bytes no match starts with, up to the end") {
  // Match skips, in a tight loop, bytes outside the first-byte table, then applies the word
  // boundary and two-byte filters: matches in the last bytes, a first byte alone at the end,
  // and texts without any start byte must all answer as RE2.
  const std::vector<std::string> texts = {
      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzp",
      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzph",
      "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz photo zzzphoto pi",
      "p", "ph", "pi", "",
  };
  const std::vector<std::string> patterns = {
      "\\b(?:photos?|pi)\\b", "photo|pi", "ph|p", "(?:zz)?photo", "\\bp",
  };
  const int compared = CompareEach(patterns, texts);
  CHECK(compared > 1000);
}

TEST_CASE("backtrack: the prefix filter keeps every start a match can have") {
  // Starts are filtered on their first one to four bytes, case-folded, against the prefixes
  // enumerated from the pattern: literals in any case (Latin-1 too), small classes, runs, a
  // one-byte alternative, a prefix cut by the end of the text or by `end`.
  const std::vector<std::string> patterns = {
      "(\\bcharte\\s+de\\s+soins\\b|\\bchu\\b|\\$|\\bpr[eé]s\\s+de\\b)",
      "(?:pics?|p[eè]re|ct(?: ?scans?)?)\\s+(?:de|of)",
      "\\b(?:Dr|Pr)\\.?\\s+[A-Z]",
      "a\\s*,\\s*b",
      "(?:ab){2,}c|xy",
  };
  const std::vector<std::string> texts = {
      "la CHARTE   de soins du CHU, près de 5 $", "Charte\tde\nsoins", "PRÈS DE", "prÈs de",
      "pics of x, PÈRE de, doctor, ct scans of", "ct  of", "Dr. Martin, PR X, dr  y", "a , b",
      "a,b", "ababc abc xy", "ch", "c", "", "pr\xE8s de", "PR\xC8S DE",
  };
  int compared = 0;
  for (const std::string& p : patterns) {
    for (bool cs : {false, true}) {
      auto bt = Backtracker::Compile(p, cs);
      REQUIRE_MESSAGE(bt != nullptr, p);
      CHECK_MESSAGE(bt->FiltersPrefixes(), p);
      for (const std::string& t : texts) compared += Compare(p, cs, t);
    }
  }
  CHECK(compared > 2000);
  // No filter when a match can start with any of many bytes, or when the prefixes would be too
  // many to enumerate even at two bytes.
  CHECK_FALSE(Backtracker::Compile("(?:^|[^0-9])x", false)->FiltersPrefixes());
  CHECK_FALSE(Backtracker::Compile("[a-z]+er\\b", false)->FiltersPrefixes());
  CHECK(Backtracker::Compile("\\d\\d\\d\\d", false)->FiltersPrefixes());  // 10,000 quads: two-byte prefixes
}

TEST_CASE("backtrack: the filter after the first byte keeps every start a match can have") {
  // A pattern whose matches begin with a byte of a large class or with ^ (no byte), as the
  // rules' (?:^|[^0-9])..., filters its starts > 0 on the bytes after the first; at 0, the ^
  // branch matches with no byte before the prefix. Matches at 0 through ^ and through the class,
  // at pos > 0, cut by `end`, one-byte and longer prefixes, literals and classes first.
  const std::vector<std::string> patterns = {
      "(?:^|[^0-9])(12|345)x?",
      "(?:^|[^0-9A-Za-z])((?:the )?(?:best|#\\s?1|no\\.?\\s?1) (?:docs?|clinic))",
      "(?:^|[^0-9A-Za-z .-]|[^0-9][ .-])([0-9](?:[ .-][0-9]){3})",
      "(?:^|[^a-z])(a|ab)(c?)",
      "(?:^|x)abc|[^a]yz",
      "(?:^|[^A-Za-z\\xC0-\\xFF])(caf[e\\xE9]|TH\\xC9)s?",
  };
  const std::vector<std::string> texts = {
      "12x", "345", "a12x", "912x 12", "x12", "1234 5", "12", "2", "",
      "the best docs", "best clinic", "a best docs, #1 clinic, #  1 docs", "No. 1 clinic", "xbest docs",
      "1 2 3 4", "tel 1-2-3-4 or 91 2 3 4", ".1.2.3.4", "a 1 2 3", "0 1 2 3 4",
      "ab", "abc", "xab", " a", "ba ac", "a", "abcd yz", "xabc", "zxabc", "a xabc", "ayz byz", "yz",
      "caf\xE9", "CAF\xC9s", "un caf\xC9", "\xC9" "caf\xE9", "th\xE9 TH\xC9", "acafe", "caf",
  };
  int compared = 0;
  for (const std::string& p : patterns) {
    for (bool cs : {false, true}) {
      auto bt = Backtracker::Compile(p, cs);
      REQUIRE_MESSAGE(bt != nullptr, p);
      CHECK_MESSAGE(!bt->FiltersPrefixes(), p);
      CHECK_MESSAGE(bt->FiltersAfterFirstByte(), p);
      for (const std::string& t : texts) compared += Compare(p, cs, t);
    }
  }
  CHECK(compared > 10000);
  // No such filter when what follows the first byte is of a large class too.
  CHECK_FALSE(Backtracker::Compile("(?:^|[^A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@x)", false)->FiltersAfterFirstByte());
}

TEST_CASE("backtrack: with a ^ in the pattern, the start filters hold past the start 0") {
  // The first-byte, pair and prefix filters of a pattern with ^ (or \A) leave out what only ^
  // lets through (the bytes of x in (?:^|[^0-9])x): matches through ^ at 0, with pos 0 or not,
  // and through the other branches everywhere must all answer as RE2.
  const std::vector<std::string> patterns = {
      "(?:^|[^A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[a-z]+)",
      "(?:^|\\s)(?:dr|pr)\\b",
      "a|^b",
      "(?:x|^)yz",
      "^ab|cd",
      "\\Aab|b$",
      "(?:^|[^0-9])(12|345)x?",
  };
  const std::vector<std::string> texts = {
      "jo@x", "a jo@x", "jo.doe@mail x", "@x", "a@b@c", "dr x", " dr", "adr", "pr", "xdr pr",
      "b", "ab", "ba", "bab", "yz", "xyz", "ayz", "abcd", "cdab", "abb", "12x", "a12", "x345", "",
  };
  const int compared = CompareEach(patterns, texts);
  CHECK(compared > 10000);
}

TEST_CASE("backtrack: word bytes are ASCII letters, digits and _ for \\b and the start filter") {
  // \b, \B and the search loop's word skipping (starts_at_boundary_) read one table of word
  // bytes: '_' and digits are word bytes, Latin-1 letters, '@' and '-' are not.
  const std::vector<std::string> patterns = {"\\bab", "ab\\b", "\\Bab", "\\b(?:ab|\\xE9t)\\b", "\\b_?\\d"};
  const std::vector<std::string> texts = {
      "ab", "_ab", "9ab ab9", "\xE9" "ab", "ab\xE9", "a-ab@ab_", "\xE9t\xE9", "t\xE9t", "_1 a2 \xE9" "3", "ZAB",
  };
  const int compared = CompareEach(patterns, texts);
  CHECK(compared > 1000);
}

TEST_CASE("backtrack: a text's word boundaries are known by its bytes, not by its address") {
  // Patterns starting at \b search a short text at its word boundaries, computed once per text
  // and kept per thread for the last few texts. A buffer rewritten in place (same address, same
  // size, other boundaries) must be searched as the new text it is.
  auto bt = Backtracker::Compile("\\b(?:pied|photo)\\b", false);
  REQUIRE(bt != nullptr);
  CHECK(bt->TriesWordStartsOnly());
  re2::StringPiece sub[1];
  std::string buf = "pied xx";
  REQUIRE(bt->Match(buf, 0, buf.size(), false, sub, 1) == Backtracker::kMatch);
  CHECK(sub[0].data() - buf.data() == 0);
  const char* address = buf.data();
  buf.replace(0, buf.size(), "x pied ");
  REQUIRE(buf.data() == address);
  REQUIRE(bt->Match(buf, 0, buf.size(), false, sub, 1) == Backtracker::kMatch);
  CHECK(sub[0].data() - buf.data() == 2);
  buf.replace(0, buf.size(), "xpied x");
  CHECK(bt->Match(buf, 0, buf.size(), false, sub, 1) == Backtracker::kNoMatch);
  // More texts than the cache keeps, in turn, each answered as RE2 (all pos, end).
  const std::vector<std::string> texts = {"Photo, pied.", "a pied b photo", "photos pied", "pi ed photo",
                                          "PIED", "x.pied", "pied_ photo_"};
  int compared = 0;
  for (int round = 0; round < 2; ++round)
    for (const std::string& t : texts) compared += Compare("\\b(?:pied|photo)\\b", false, t);
  // A ^ before the boundary: the start 0 is tried unfiltered, the rest at words' starts.
  for (const std::string& t : texts) compared += Compare("^\\bphoto|\\bpied", false, t);
  for (const std::string& t : texts) compared += Compare("\\b(?:\\.pied|photo)", false, t);
  CHECK(compared > 1000);
}

TEST_CASE("backtrack: the filter on the bytes at each offset keeps every start a match can have") {
  // Starts are filtered on the bytes a match can have at offsets 1 to 7 (each offset's set,
  // stepped through literals, classes, bounded and unbounded runs, alternations, loops and
  // optional parts), for the offsets no match is shorter than; ^ lets nothing through past the
  // start 0, \b and $ let everything through.
  const std::vector<std::string> patterns = {
      "(?:^|[^0-9A-Za-z])([A-HJ-NP-Z]{3}[0-9]{4}|[A-HJ-NP-Z]{3}[0-9]{2}[A-HJ-NP-Z]{2})(?:[^0-9A-Za-z]|$)",
      "(?:^|[^0-9A-Za-z-])([A-Z]{2}-[0-9]{3}-[A-Z]{2})(?:$|[^0-9A-Za-z-])",
      "(?:[A-Za-z]{3,}|[A-Z]\\.)\\s*,\\s*(9[0-9]|1[01][0-9])\\s*[,)]",
      "a(?:bc)*d[0-9]", "x[ab]{2,3}y", "(?:ab|abcd|a)z", "\\bab\\s+cd", "ab$", "(?:a|b)+c{0,2}d",
      "[a-z]é1", "(?:ab)?c9", "^ab|cd",
  };
  const std::vector<std::string> texts = {
      "ABC1234 x", " ABC1234", "xABC1234 ", "AB12CD ABC12DE", "AB-123-CD", "a AB-123-CDx",
      "Smith, 95)", "A., 101,", "abcbcd1 ad9 abd1", "xaby xabay xaaay", "abz abcdz az abcz",
      "ab  cd ab\ncd", "xab", "ab", "aabbcdd c bcd", "zé1 Zé1 zÉ1", "abc9 c9 ac9", "cd ab",
  };
  int filtered = 0, compared = 0;
  for (const std::string& p : patterns)
    for (bool cs : {false, true}) {
      auto bt = Backtracker::Compile(p, cs);
      REQUIRE_MESSAGE(bt != nullptr, p);
      if (bt->FiltersPositions()) ++filtered;
      for (const std::string& t : texts) compared += Compare(p, cs, t);
    }
  CHECK(filtered >= 16);
  CHECK(compared > 10000);
}

TEST_CASE("backtrack: a run backs off only to lengths its continuation can start after") {
  // [a-z]+(?:er|ist) tries the run's lengths followed by e or i only; a continuation that can
  // match without consuming (\b, $, an optional part, the end of the pattern) leaves every
  // length. Greedy and lazy runs, bounded and unbounded, at the search's end.
  const std::vector<std::string> patterns = {
      "\\b[a-z]+(?:er|ist|ian)\\b", "(?:[A-Za-z]{3,}|[A-Z]\\.)\\s*,\\s*(9[0-9]|1[01][0-9])\\s*[,)]",
      "a+?b", "[a-z]{2,4}c", "x\\s*,", "[a-z]+\\b", "[a-z]+$", "[a-z]+(?:c)?d", "(\\w+)@(\\w+)\\.fr",
      "[a-z]*?z+y", "(?:ab)+[a-z]*b",
  };
  const std::vector<std::string> texts = {
      "teacher pianist librarian", "Smith, 95) Doe ,101,", "aaab ab b", "abcc abcdec xyzc",
      "x , x,x  ,", "word", "abc", "abcd abd ad", "jean@mail.fr a@b.frx", "abzzy zy azy",
      "ababb abab abxb", "",
  };
  int followed = 0, compared = 0;
  for (const std::string& p : patterns)
    for (bool cs : {false, true}) {
      auto bt = Backtracker::Compile(p, cs);
      REQUIRE_MESSAGE(bt != nullptr, p);
      followed += static_cast<int>(bt->RunsWithFollow());
      for (const std::string& t : texts) compared += Compare(p, cs, t);
    }
  CHECK(followed >= 14);
  CHECK(compared > 10000);
}
