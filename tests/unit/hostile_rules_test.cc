// Malformed and hostile rule files (issue 7): each is refused at load with an error that names
// the file and the key, or loads and stays within RE2's limits (linear-time matching, 8 MB per
// pattern).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../fuzz/invariants.h"
#include "minimal_rules.h"
#include "secretum/secretum.h"

namespace {

const char kFile[] = "rules/identifier/hostile.json";

std::vector<std::pair<std::string, std::string>> Files(const std::string& rule_file) {
  return secretum::testing::MinimalRuleFiles(kFile, rule_file);
}

// The load or compile error for a rule file ("" when it loads and compiles).
std::string Error(const std::string& rule_file) {
  secretum::RuleSet set = secretum::RuleSet::FromFiles(Files(rule_file));
  if (!set.ok()) return set.error();
  secretum::Analyzer a(set);
  return a.error();
}

// One rule {"id": "t", "category": "identifier", "pattern": "abc", examples} with `extra` keys
// appended (a JSON fragment starting with a comma) or replacing the pattern.
std::string Rule(const std::string& extra, const std::string& pattern_json = "\"abc\"") {
  return R"({"rules": [{"id": "t", "category": "identifier", "pattern": )" + pattern_json +
         R"(, "examples": {"fire": ["abc"], "quiet": ["xyz"]})" + extra + "}]}";
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The error names the file and contains `key` (a key path such as "rules[0] (t).severity").
void ExpectRefused(const std::string& rule_file, const std::string& key) {
  std::string e = Error(rule_file);
  CAPTURE(e);
  CHECK_FALSE(e.empty());
  CHECK(e.rfind(std::string(kFile) + ": ", 0) == 0);
  CHECK(e.find(key) != std::string::npos);
}

}  // namespace

TEST_SUITE("hostile rules") {

TEST_CASE("a catastrophic-backtracking regex loads and matches in linear time (RE2)") {
  std::string file = Rule("", Quote("(a+)+$"));
  secretum::RuleSet set = secretum::RuleSet::FromFiles(Files(file));
  REQUIRE_MESSAGE(set.ok(), set.error());
  secretum::Analyzer a(set);
  REQUIRE_MESSAGE(a.ok(), a.error());
  // A backtracking engine would take ~2^30 steps here; RE2 answers at once.
  std::string post = std::string(30, 'a') + "!";
  secretum::Report r = a.Analyze(post);
  CHECK(secretum::fuzz::CheckReport(post, {}, r) == "");
  std::string big = std::string(200000, 'a') + "!";
  CHECK(secretum::fuzz::CheckReport(big, {}, a.Analyze(big)) == "");
  CHECK(Error(Rule("", Quote("((a*)*b?)*c"))) == "");
  CHECK(Error(Rule("", Quote("(x+x+)+y"))) == "");
}

TEST_CASE("constructs RE2 does not support are refused with the key") {
  ExpectRefused(Rule("", Quote("(a)\\1")), "rule t.patterns[0]: invalid escape sequence");
  ExpectRefused(Rule("", Quote("(?<=a)b")), "rule t.patterns[0]");
  ExpectRefused(Rule("", Quote("(?=a)")), "rule t.patterns[0]");
  ExpectRefused(Rule("", Quote("a{2,1}")), "rule t.patterns[0]");
  ExpectRefused(Rule("", "[\"abc\", \"(\"]"), "rule t.patterns[1]: missing )");
  ExpectRefused(Replace(Rule(R"(, "check": "terms", "terms": ["Kevin"], "then": "([A-Z]")", "null"),
                        "\"pattern\": null, ", ""),
                "rule t.then: missing )");
}

TEST_CASE("patterns beyond RE2's memory budget are refused with the key") {
  ExpectRefused(Rule("", Quote("((a{100}){100}){100}")), "rule t.patterns[0]");
  std::string long_program;  // ~1,000,000 instructions: above what 8 MB allows
  for (int i = 0; i < 1000; ++i) long_program += "[a-z]{1000}";
  ExpectRefused(Rule("", Quote(long_program)), "rule t.patterns[0]: pattern too large");
  ExpectRefused(Rule("", Quote("(?:\\pL{0,1000}\\pN){0,100}")), "rule t.patterns[0]");
}

TEST_CASE("a huge alternation is refused at load") {
  // KNOWN GAP: a pattern of N alternatives loads, but RE2's FilteredRE2::Compile (prefilter
  // tree) is quadratic in N: 5,000 alternatives take ~1 s, 20,000 ~36 s, 60,000 ~6 min, at
  // every start of the CLI (and of `secretum atoms` at build time). Fix: refuse a pattern (and
  // a terms list once written as a pattern) longer than 16 KB at load, pointing at lexicons.
  // Here 3,000 alternatives (33 KB), which still load in about a second.
  std::string alt;
  for (int i = 0; i < 3000; ++i) alt += (i ? "|" : "") + std::string("w") + std::to_string(100000 + i * 7) + "x";
  ExpectRefused(Rule("", Quote("(?:" + alt + ")")), "(t).patterns[0]");
}

TEST_CASE("a huge terms list is refused at load") {
  // KNOWN GAP: same as above for "terms" (one alternation): long lists belong in a lexicon.
  std::string terms;
  for (int i = 0; i < 2500; ++i) terms += (i ? ", " : "") + Quote("mot" + std::to_string(1000 + i));
  ExpectRefused(R"({"rules": [{"id": "t", "category": "identifier", "check": "terms", "terms": [)" + terms +
                    R"(], "examples": {"fire": ["mot1000"], "quiet": ["xyz"]}}]})",
                "(t).terms");
}

TEST_CASE("terms that normalize to nothing are refused with the key") {
  // KNOWN BUG (reproduced with rules_fuzzer; inputs in tests/fuzz/regressions/rules/): a term that
  // is empty once normalized ("", U+200B, a lone combining mark) reaches TermsPattern
  // (core/src/matching.cc), which calls front() and back() on the empty string: undefined
  // behaviour, an abort under _GLIBCXX_ASSERTIONS (so `scripts/fuzz --asan-unit` stops here
  // until the fix). Fix: refuse such terms at load, and skip empty terms in TermsPattern.
  ExpectRefused(Replace(Rule(R"(, "check": "terms", "terms": ["\u200b"])", "null"), "\"pattern\": null, ", ""),
                "(t).terms[0]");
  ExpectRefused(Rule(R"(, "context": {"terms": ["ok", " "]})"), "(t).context.terms[1]");
}

TEST_CASE("wrong types are refused with the file and the key") {
  ExpectRefused(Rule(R"(, "severity": 3)"), "rules[0] (t).severity: expected a string");
  ExpectRefused(Rule(R"(, "lang": "de")"), "rules[0] (t).lang: expected fr or en");
  ExpectRefused(Rule(R"(, "lang": [1])"), "rules[0] (t).lang[0]: expected a string");
  ExpectRefused(Rule(R"(, "group": "1")"), "rules[0] (t).group: expected an integer");
  ExpectRefused(Rule(R"(, "group": 1.5)"), "rules[0] (t).group: expected an integer");
  ExpectRefused(Rule(R"(, "group": 21)"), "rules[0] (t).group: expected an integer between 0 and 20");
  ExpectRefused(Rule(R"(, "group": 3)"), "rule t.group: the pattern has only 0 capture groups");
  ExpectRefused(Rule(R"(, "case_sensitive": "yes")"), "rules[0] (t).case_sensitive: expected true or false");
  ExpectRefused(Rule(R"(, "priority": 1e300)"), "rules[0] (t).priority: expected an integer");
  ExpectRefused(Rule(R"(, "needs": {"digits": -1})"), "rules[0] (t).needs.digits: expected an integer");
  ExpectRefused(Rule(R"(, "needs": [9])"), "rules[0] (t).needs: expected");
  ExpectRefused(Rule(R"(, "weight": "heavy")"), "rules[0] (t).weight: expected a number");
  ExpectRefused(Rule(R"(, "weight": 1e309)"), "hostile.json: number overflow");
  ExpectRefused(Rule(R"(, "context": {"terms": ["patient"], "window": -1})"),
                "rules[0] (t).context.window: expected an integer between 0 and 100000");
  ExpectRefused(Rule(R"(, "context": ["patient"])"), "rules[0] (t).context: expected an object");
  ExpectRefused(Rule(R"(, "context": {"lists": "patient", "side": "left"})"), "rules[0] (t).context.side");
  ExpectRefused(Rule(R"(, "unless": [{"lists": [null]}])"), "rules[0] (t).unless[0].lists[0]: expected a string");
  ExpectRefused(Rule(R"(, "message": "Nom")"), "rules[0] (t).message: expected {");
  ExpectRefused(Rule(R"(, "message": {"fr": "Nom"})"), "rules[0] (t).message.en: missing");
  ExpectRefused(Rule("", "42"), "rules[0] (t).pattern: expected a string or a list of strings");
  ExpectRefused(R"({"rules": {"id": "t"}})", "rules: missing or not a list");
  ExpectRefused(R"({"rules": ["t"]})", "rules[0]: expected an object");
  ExpectRefused(R"([1, 2, 3])", "expected an object with a \"rules\" list");
  ExpectRefused(R"({"rules": [{"id": 7, "category": "identifier", "pattern": "a",
    "examples": {"fire": ["a"], "quiet": ["b"]}}]})", "rules[0].id: expected a string");
  ExpectRefused(R"({"rules": [{"id": "T t", "category": "identifier", "pattern": "a",
    "examples": {"fire": ["a"], "quiet": ["b"]}}]})", ".id: use lowercase letters");
  ExpectRefused(Replace(Rule(""), R"("fire": ["abc"])", R"("fire": [{"text": "abc", "match": 1}])"),
                "examples.fire[0].match: expected a string");
}

TEST_CASE("a description that is not a string is refused") {
  // KNOWN GAP: "description" is allowed as a key (rule and file) but its type is never checked:
  // 5, [], {"deeply": {"nested": ...}} all load.
  ExpectRefused(Rule(R"(, "description": 5)"), "rules[0] (t).description: expected a string");
}

TEST_CASE("an integer beyond 64-bit signed range is not read as a negative number") {
  // KNOWN BUG: Reader::Int reads is_number_integer() values with get<long long>(): an unsigned
  // 18446744073709551615 wraps to -1 and passes the range check of "priority" (-10..10), and
  // 9223372036854775808 wraps to LLONG_MIN... Fix in core/src/rules_reader.h, Reader::Int:
  // refuse is_number_unsigned() values above max before converting.
  ExpectRefused(Rule(R"(, "priority": 18446744073709551615)"), "rules[0] (t).priority: expected an integer");
}

TEST_CASE("deeply nested JSON is refused (or ignored) without a stack overflow") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  ExpectRefused("{\"rules\": [" + deep + "]}", "rules[0]: expected an object");
  ExpectRefused(Rule(", \"context\": " + deep), "rules[0] (t).context: expected an object");
  std::string objects;
  for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(50000, '}');
  ExpectRefused(Rule(", \"needs\": " + objects), "rules[0] (t).needs");
  ExpectRefused("{\"rules\": [" + std::string(100000, '[') + "]}", "hostile.json: ");  // unbalanced
}

TEST_CASE("bytes that are not JSON, or not UTF-8, name the file") {
  ExpectRefused(std::string("{\"rules\": [{\"id\": \"t\", \"pattern\": \"ab\xff\"}]}"), "hostile.json: ");
  ExpectRefused(std::string("\xef\xbb\xbf{\"rules\": []}").substr(0, 2), "hostile.json: ");
  ExpectRefused(std::string("{\"rules\": [\0]}", 14), "hostile.json: ");
  ExpectRefused(Rule("", "\"\\ud800\""), "hostile.json: ");
  ExpectRefused("", "hostile.json: ");
}

TEST_CASE("odd but valid patterns load and keep every report valid") {
  for (const char* pattern : {"", "(?:)", "\\b", "x*", "(x?)a", "a\\x00b", "[\\x{80}-\\x{ff}]+",
                              "\\pL+\\pN", "(?i)ǅ", "^", "$", "(?s).{0,50}"}) {
    CAPTURE(pattern);
    std::string file = Rule(R"(, "group": 0)", Quote(pattern));
    secretum::RuleSet set = secretum::RuleSet::FromFiles(Files(file));
    REQUIRE_MESSAGE(set.ok(), set.error());
    secretum::Analyzer a(set);
    REQUIRE_MESSAGE(a.ok(), a.error());
    for (std::string post : {std::string("abc xyz"), std::string("\xff\xfe a\0b", 7), std::string(5000, 'x'),
                             std::string("Mme Lemaire 🙏 chambre 212")}) {
      secretum::Report r = a.Analyze(post);
      CHECK(secretum::fuzz::CheckReport(post, {}, r) == "");
    }
  }
}

}  // TEST_SUITE
