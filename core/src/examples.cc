#include "examples.h"

#include "rules.h"

namespace secretum::internal {
namespace {

// What the rule reported on `text`: the matched texts of its findings or signals.
std::vector<std::string> Reported(const Analyzer& analyzer, const Rule& rule,
                                  const std::string& text, std::string* everything) {
  Options options;
  options.lang = rule.langs.size() == 1 ? rule.langs[0] : "auto";
  Report report = analyzer.Analyze(text, options);
  std::vector<std::string> hits;
  for (const Finding& f : report.findings) {
    *everything += " [" + f.rule + ": " + f.text + "]";
    if (f.rule == rule.id) hits.push_back(f.text);
  }
  for (const Signal& s : report.signals) {
    *everything += " [" + s.rule + " (" + s.kind + "): " + s.text + "]";
    if (s.rule == rule.id) hits.push_back(s.text);
  }
  return hits;
}

}  // namespace

ExampleResults CheckExamples(const RuleSet& rules, const Analyzer& analyzer) {
  ExampleResults results;
  const RuleSetData* data = DataOf(rules);
  if (!data) return results;
  for (const Rule& rule : data->rules) {
    for (const Example& ex : rule.fire) {
      ++results.checked;
      std::string everything;
      bool ok = false;
      for (const std::string& hit : Reported(analyzer, rule, ex.text, &everything))
        ok = ok || ex.match.empty() || hit == ex.match;
      if (!ok)
        results.failures.push_back(rule.file + ": " + rule.id + " should fire" +
                                   (ex.match.empty() ? "" : " on \"" + ex.match + "\"") +
                                   " in: " + ex.text + "\n    got:" +
                                   (everything.empty() ? " nothing" : everything));
    }
    for (const std::string& text : rule.quiet) {
      ++results.checked;
      std::string everything;
      for (const std::string& hit : Reported(analyzer, rule, text, &everything))
        results.failures.push_back(rule.file + ": " + rule.id + " should stay quiet on: " + text +
                                   "\n    matched: " + hit);
    }
  }
  return results;
}

}  // namespace secretum::internal
