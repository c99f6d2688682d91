// Runs every rule's own examples (the "examples" key of rules/README.md).
#ifndef SECRETUM_EXAMPLES_H_
#define SECRETUM_EXAMPLES_H_

#include <string>
#include <vector>

#include "secretum/secretum.h"

namespace secretum::internal {

struct ExampleResults {
  size_t checked = 0;
  std::vector<std::string> failures;  // one readable line (or two) per failed example
};

// A "fire" example passes when the rule reports on it (a finding, or a signal for signal
// rules), with the expected matched text when the example gives one; a "quiet" example passes
// when the rule reports nothing on it. `analyzer` must be built from `rules`.
ExampleResults CheckExamples(const RuleSet& rules, const Analyzer& analyzer);

}  // namespace secretum::internal

#endif  // SECRETUM_EXAMPLES_H_
