// Every rule's own examples: each "fire" example must produce a finding of that rule (with
// the expected matched text when given), and each "quiet" example must not.
#include <doctest/doctest.h>

#include "rules.h"
#include "secretum/secretum.h"

namespace {

const secretum::Analyzer& BuiltinAnalyzer() {
  static const secretum::RuleSet rules = secretum::RuleSet::Builtin();
  static const secretum::Analyzer analyzer(rules);
  return analyzer;
}

// The rule data, read again to reach the examples.
const secretum::internal::RuleSetData& Data() {
  static const secretum::RuleSet rules = secretum::RuleSet::Builtin();
  return *secretum::internal::DataOf(rules);
}

}  // namespace

TEST_CASE("builtin rules load and compile") {
  secretum::RuleSet rules = secretum::RuleSet::Builtin();
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  CHECK(rules.size() > 10);
  REQUIRE_MESSAGE(BuiltinAnalyzer().ok(), BuiltinAnalyzer().error());
}

TEST_CASE("every rule fires on its fire examples and stays quiet on its quiet examples") {
  const secretum::Analyzer& analyzer = BuiltinAnalyzer();
  REQUIRE(analyzer.ok());
  size_t checked = 0;
  for (const secretum::internal::Rule& rule : Data().rules) {
    for (const secretum::internal::Example& ex : rule.fire) {
      secretum::Report report = analyzer.Analyze(ex.text);
      bool fired = false;
      for (const secretum::Finding& f : report.findings)
        if (f.rule == rule.id && (ex.match.empty() || f.text == ex.match)) fired = true;
      std::string got;
      for (const secretum::Finding& f : report.findings) got += " [" + f.rule + ": " + f.text + "]";
      CHECK_MESSAGE(fired, rule.id << " should fire on: " << ex.text
                                   << (ex.match.empty() ? "" : " (match: " + ex.match + ")")
                                   << "; got:" << got);
      ++checked;
    }
    for (const std::string& text : rule.quiet) {
      secretum::Report report = analyzer.Analyze(text);
      for (const secretum::Finding& f : report.findings)
        CHECK_MESSAGE(f.rule != rule.id, rule.id << " should stay quiet on: " << text
                                                 << " (matched: " << f.text << ")");
      ++checked;
    }
  }
  CHECK(checked > 50);
}
