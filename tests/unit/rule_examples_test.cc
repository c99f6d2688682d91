// Every rule's own examples (core/src/examples.cc): "fire" examples must be reported by the
// rule (a finding, or a signal for signal rules), "quiet" examples must not.
#include <doctest/doctest.h>

#include "examples.h"
#include "secretum/secretum.h"

TEST_CASE("builtin rules load and compile") {
  secretum::RuleSet rules = secretum::RuleSet::Builtin();
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  CHECK(rules.size() > 10);
  secretum::Analyzer analyzer(rules);
  REQUIRE_MESSAGE(analyzer.ok(), analyzer.error());
}

TEST_CASE("every rule fires on its fire examples and stays quiet on its quiet examples") {
  secretum::RuleSet rules = secretum::RuleSet::Builtin();
  secretum::Analyzer analyzer(rules);
  REQUIRE(analyzer.ok());
  secretum::internal::ExampleResults r = secretum::internal::CheckExamples(rules, analyzer);
  for (const std::string& failure : r.failures) FAIL_CHECK(failure);
  CHECK(r.checked > 100);
}
