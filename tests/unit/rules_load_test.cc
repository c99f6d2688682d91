// Rule loading: a broken or hostile rule file is rejected with the file and the key named.
#include <doctest/doctest.h>

#include "minimal_rules.h"
#include "secretum/secretum.h"

namespace {

std::string Error(const std::string& rule_json) {
  secretum::RuleSet set =
      secretum::RuleSet::FromFiles(secretum::testing::MinimalRuleFiles("rules/identifier/test.json", rule_json));
  if (!set.ok()) return set.error();
  secretum::Analyzer a(set);
  return a.error();
}

std::string Rule(const std::string& extra) {
  return R"({"rules": [{"id": "t", "category": "identifier", "pattern": "abc",
    "examples": {"fire": ["abc"], "quiet": ["xyz"]})" + extra + "}]}";
}

}  // namespace

TEST_CASE("a valid minimal rule loads") { CHECK(Error(Rule("")) == ""); }

TEST_CASE("invalid JSON names the file") {
  std::string e = Error("{\"rules\": [");
  CHECK(e.find("rules/identifier/test.json") == 0);
}

TEST_CASE("errors name the file, the rule and the key") {
  CHECK(Error(Rule(R"(, "paterns": "x")")).find("test.json: rules[0] (t).paterns: unknown key") !=
        std::string::npos);
  CHECK(Error(Rule(R"(, "severity": "urgent")")).find(".severity: expected low, medium or high") !=
        std::string::npos);
  CHECK(Error(Rule(R"(, "validate": "nope")")).find(".validate: unknown validator") !=
        std::string::npos);
  CHECK(Error(Rule(R"(, "context": {"lists": ["nowhere"]})")).find("no list \"nowhere\"") !=
        std::string::npos);
  CHECK(Error(Rule(R"(, "group": "one")")).find(".group: expected an integer") !=
        std::string::npos);
}

TEST_CASE("a rule without examples is refused") {
  std::string e = Error(R"({"rules": [{"id": "t", "category": "identifier", "pattern": "abc"}]})");
  CHECK(e.find("examples: missing") != std::string::npos);
}

TEST_CASE("an unknown category is refused") {
  std::string e = Error(R"({"rules": [{"id": "t", "category": "gossip", "pattern": "a",
    "examples": {"fire": ["a"], "quiet": ["b"]}}]})");
  CHECK(e.find("category: not one of the ten categories") != std::string::npos);
}

TEST_CASE("a bad regular expression is refused at compile time with its key") {
  std::string e = Error(R"({"rules": [{"id": "t", "category": "identifier", "pattern": "(abc",
    "examples": {"fire": ["a"], "quiet": ["b"]}}]})");
  CHECK(e.find("rule t.patterns[0]: missing )") != std::string::npos);
}

TEST_CASE("a pattern too big for the memory budget is refused") {
  std::string e = Error(R"({"rules": [{"id": "t", "category": "identifier", "pattern": "((a{100}){100}){100}",
    "examples": {"fire": ["a"], "quiet": ["b"]}}]})");
  CHECK_FALSE(e.empty());
}

TEST_CASE("duplicate rule ids are refused") {
  std::string one = R"({"id": "t", "category": "identifier", "pattern": "abc",
    "examples": {"fire": ["abc"], "quiet": ["xyz"]}})";
  CHECK(Error("{\"rules\": [" + one + "," + one + "]}").find("used by another rule") !=
        std::string::npos);
}

TEST_CASE("a missing directory is a clear error") {
  secretum::RuleSet set = secretum::RuleSet::FromDirectory("/nonexistent/rules");
  CHECK_FALSE(set.ok());
  CHECK(set.error().find("not a directory") != std::string::npos);
}

TEST_CASE("the source rules directory loads like the built-in rules") {
  secretum::RuleSet dir = secretum::RuleSet::FromDirectory(SECRETUM_SOURCE_DIR "/rules");
  REQUIRE_MESSAGE(dir.ok(), dir.error());
  CHECK(dir.rule_ids() == secretum::RuleSet::Builtin().rule_ids());
}

TEST_CASE("lexicons: a bad weight names the file and the line; a missing lexicon is named") {
  auto files = secretum::testing::MinimalRuleFiles("rules/lexicons/towns.tsv", "# comment\nAast\t2\nLyon\tbig\n");
  secretum::RuleSet bad = secretum::RuleSet::FromFiles(files);
  CHECK(bad.error().find("rules/lexicons/towns.tsv: line 3") != std::string::npos);
  files.back().second = "Aast\t2\n";
  files.emplace_back("rules/identifier/t.json", R"({"rules": [{"id": "t", "category": "identifier",
    "check": "terms", "lexicon": "villages", "examples": {"fire": ["Aast"], "quiet": ["x"]}}]})");
  CHECK(secretum::RuleSet::FromFiles(files).error().find("no lexicon \"villages\"") != std::string::npos);
}

TEST_CASE("lexicons in a context: a missing lexicon is named, an empty context is refused") {
  auto files = secretum::testing::MinimalRuleFiles("rules/lexicons/towns.tsv", "Aast\t2\n");
  files.emplace_back("rules/identifier/t.json", R"({"rules": [{"id": "t", "category": "identifier",
    "patterns": ["x"], "unless": [{"lexicons": ["famous"], "side": "inside"}],
    "examples": {"fire": ["x"], "quiet": ["y"]}}]})");
  std::string error = secretum::RuleSet::FromFiles(files).error();
  CHECK(error.find("rule t: unless.lexicons: no lexicon \"famous\"") != std::string::npos);
  files.back().second = R"({"rules": [{"id": "t", "category": "identifier", "patterns": ["x"],
    "unless": [{"lexicons": ["towns"], "side": "inside"}], "examples": {"fire": ["x"], "quiet": ["y"]}}]})";
  CHECK_MESSAGE(secretum::RuleSet::FromFiles(files).ok(), secretum::RuleSet::FromFiles(files).error());
  files.back().second = R"({"rules": [{"id": "t", "category": "identifier", "patterns": ["x"],
    "unless": [{"lexicons": [], "side": "inside"}], "examples": {"fire": ["x"], "quiet": ["y"]}}]})";
  CHECK(secretum::RuleSet::FromFiles(files).error().find("needs \"lists\", \"terms\" or \"lexicons\"") !=
        std::string::npos);
}

TEST_CASE("a signal rule must be a reidentification rule with a kind of the model") {
  auto files = secretum::testing::MinimalRuleFiles(
      "rules/reidentification/reidentification-model.json",
      R"({"rule": "risk", "kinds": {"age": {"weight": 1, "label": {"fr": "âge", "en": "age"}}}})");
  files.emplace_back("rules/reidentification/s.json", R"({"rules": [{"id": "s", "category": "reidentification",
    "signal": "shoe size", "pattern": "x", "examples": {"fire": ["x"], "quiet": ["y"]}}]})");
  CHECK(secretum::RuleSet::FromFiles(files).error().find("signal: unknown kind \"shoe size\"") !=
        std::string::npos);
}
