// The smallest set of shared tables a rule file loads against, for tests that feed the loader one
// rule file of their own (tests/unit/rules_load_test.cc, hostile_rules_test.cc).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace secretum::testing {

inline std::vector<std::pair<std::string, std::string>> MinimalRuleFiles(const std::string& path,
                                                                        const std::string& rule_file) {
  return {{"rules/categories.json",
           R"({"categories": {"identifier": {"severity": "high", "message": {"fr": "x", "en": "x"}},
                              "reidentification": {"message": {"fr": "x", "en": "x"}}}})"},
          {"rules/contexts.json", R"({"lists": {"patient": {"terms": ["patient"]}}})"},
          {"rules/citations.json", R"({"citations": {}, "groups": {}})"},
          {path, rule_file}};
}

}  // namespace secretum::testing
