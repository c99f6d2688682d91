#include "pattern_literals.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "pattern_store.h"

namespace {

using Clauses = std::vector<std::vector<std::string>>;
using secretum::internal::PatternLiterals;

// Every clause has a literal in the ASCII-lowercased text (what the screen checks).
bool Screened(const std::string& pattern, const std::string& text) {
  std::string lower = text;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (const auto& clause : PatternLiterals(pattern)) {
    bool any = false;
    for (const std::string& l : clause) any = any || lower.find(l) != std::string::npos;
    if (!any) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("pattern literals: optional parts, alternations and concatenations") {
  CHECK(PatternLiterals("\\bphotos?\\b") == Clauses{{"photo"}});
  CHECK(PatternLiterals("(?:photos?|pix|ct)") == Clauses{{"ct", "photo", "pix"}});
  // AND of ORs; literals cut to their first 8 bytes, those holding another dropped.
  CHECK(PatternLiterals("\\b(?:en|de|du)\\s+(?:CP|CE1|CM2)\\b") == Clauses{{"de", "du", "en"}, {"ce1", "cm2", "cp"}});
  CHECK(PatternLiterals("photographies?|photo") == Clauses{{"photo"}});
  CHECK(PatternLiterals("radiographies") == Clauses{{"radiogra"}});
  // A branch without a literal: nothing is known.
  CHECK(PatternLiterals("photo|\\w+").empty());
  CHECK(PatternLiterals("[a-z]{2,}").empty());
  // Classes of up to 4 bytes are enumerated, case folded into the lowercased post.
  CHECK(PatternLiterals("clich[eE]") == Clauses{{"cliche"}});
  CHECK(PatternLiterals("(?-i:[A-Z])\\.x") == Clauses{{".x"}});  // a class of 26: no literal
  // Latin-1 letters stay in both cases (the post is lowercased in ASCII only).
  CHECK(PatternLiterals("\xc3\xa9t\xc3\xa9").size() == 1);
  // Unknown or unsupported syntax: no clause.
  CHECK(PatternLiterals("\\Qabc\\E").empty());
  CHECK(PatternLiterals("(abc").empty());
  CHECK(PatternLiterals("abc\\1").empty());
}

TEST_CASE("pattern literals never screen out a match") {
  const char* patterns[] = {
      "\\b(?:photos?|pics?|x-?rays?|ct(?: ?scans?)?|clich[eé]s?)\\b[^\\n]{0,30}?(?:dm|inbox)",
      "(?i:\\b(?:mon|ma|my)\\s+(?:petite?\\s+)?patiente?s?)\\b",
      "\\b((?:[1-9]|[1-9][0-9])\\s?(?:ans|yo|years? old))\\b",
      "(?:^|[^0-9])(\\d{2,3}\\s?kg)\\b",
      "\\b(?P<n>Mme|M\\.|Mr\\.?)\\s+[A-Z]\\w+",
      "[\\x{40}]\\w+|\\x23tag",
      "(?:foo){2,3}bar|baz{1,}",
      "a[^b]c|d.e|[[:alpha:]]q",
  };
  const char* texts[] = {"Photo du patient, DM moi", "MA PETITE PATIENTE", "My patients", "47 ans",
                         "12 YO", "x 120 kg", "Mme Dupont", "M. Durand", "@bob", "#tag",
                         "foofoobar", "bazzz", "axc", "d-e", "zq", "CT scan then inbox", "Clichés!"};
  for (const char* p : patterns) {
    RE2::Options o = secretum::internal::MatchOptions(false);
    RE2 re(p, o);
    REQUIRE_MESSAGE(re.ok(), p);
    for (const char* t : texts)
      if (RE2::PartialMatch(t, re)) CHECK_MESSAGE(Screened(p, t), p, " | ", t);
  }
}

TEST_CASE("clause odds: short and common literals rank as likely") {
  using secretum::internal::ClauseOdds;
  CHECK(ClauseOdds({"@"}) < ClauseOdds({"."}));
  CHECK(ClauseOdds({"photo", "pix"}) < ClauseOdds({"de", "du"}));
  CHECK(ClauseOdds({"radiogra"}) < ClauseOdds({"the"}));
  CHECK(ClauseOdds({"e"}) > 0.85);
}

TEST_CASE("clause literals are well-formed UTF-8 that a post's view can hold") {
  using secretum::internal::CanOccurInUtf8;
  using secretum::internal::ClauseOf;
  CHECK(CanOccurInUtf8("caf\xc3\xa9"));
  CHECK(CanOccurInUtf8("\xa9t"));         // the end of a character
  CHECK(CanOccurInUtf8("t\xe3\xa9"));     // a character cut at the end
  CHECK_FALSE(CanOccurInUtf8("\xe3\xa9t"));  // a 3-byte lead followed by 'a' ASCII byte
  CHECK_FALSE(CanOccurInUtf8("\xd0"
                             "a"));
  // "Ã©" case folded into "ã©" (Latin-1): that variant cannot occur and is dropped; the end of a
  // character is cut away; a clause with no string left says nothing.
  CHECK(ClauseOf({"clich\xc3\xa9s", "clich\xe3\xa9s"}) == std::vector<std::string>{"clich\xc3\xa9s"});
  CHECK(ClauseOf({"\xa9tude"}) == std::vector<std::string>{"tude"});
  CHECK(ClauseOf({"\xe3\xa9t"}).empty());
  CHECK(ClauseOf({"radiographies", "rx", "x-ray"}) == std::vector<std::string>{"radiogra", "rx", "x-ray"});
  CHECK(ClauseOf({"photo", "photos", ""}).empty());
}
