// The rule model: what a rule file says once read and checked (rules/README.md is the
// schema for authors). Loading validates every key; nothing here is compiled yet: RE2 objects
// are built by the Analyzer.
#ifndef SECRETUM_RULES_H_
#define SECRETUM_RULES_H_

#include <map>
#include <string>
#include <vector>

#include "secretum/secretum.h"

namespace secretum::internal {

// A text in both interface languages.
struct Texts {
  std::string fr;
  std::string en;
  bool empty() const { return fr.empty() && en.empty(); }
  // The text in `lang`, falling back to the other language.
  const std::string& Get(const std::string& lang) const;
};

// Words or patterns looked for around a candidate match.
struct ContextSpec {
  std::vector<std::string> lists;  // names of lists in contexts.json
  std::vector<std::string> terms;  // inline terms (normalized, lowercase)
  int window = 0;                  // bytes of the normalized view on each side; 0 = whole post
  enum Side { kBoth, kBefore, kAfter } side = kBoth;
};

enum class NeedContext { kAlways, kWhenWeak, kNever };

struct Example {
  std::string text;
  std::string match;  // expected matched text, or empty when any match will do
};

// The closed set of check types, chosen by the rule's "check" key.
enum class CheckType {
  kPattern,  // RE2 patterns over the normalized view
  kTerms,    // a word list, matched on word boundaries, accent- and case-insensitively
};

struct Rule {
  std::string file;  // file the rule came from, for messages
  std::string id;
  std::string category;
  Severity severity = Severity::kMedium;  // the category's default unless the rule sets it
  bool severity_set = false;
  std::vector<std::string> langs;  // empty: every language
  CheckType check = CheckType::kPattern;
  std::vector<std::string> patterns;  // kPattern
  std::vector<std::string> terms;     // kTerms (normalized, lowercase)
  bool case_sensitive = false;
  int group = 0;           // capture group giving the span (kPattern)
  std::string validator;   // name in validators.h, or empty
  bool has_context = false;
  ContextSpec context;
  NeedContext need = NeedContext::kNever;
  std::vector<ContextSpec> unless;
  int unless_group = -1;   // drop the match if this capture group matched text
  int priority = 0;        // among overlapping findings of one category, higher wins
  Texts message, why, suggestion, replacement;
  std::string sources;     // citation group id
  std::vector<Example> fire;
  std::vector<std::string> quiet;
};

struct CategoryDefaults {
  Severity severity = Severity::kMedium;
  std::string sources;
  Texts message, why, suggestion;
};

struct Citation {
  Texts title;
  std::string url;
};

struct ContextList {
  std::vector<std::string> terms;     // normalized, lowercase
  std::vector<std::string> patterns;  // RE2 syntax, case-insensitive
};

}  // namespace secretum::internal

namespace secretum::internal {

struct RuleSetData {
  std::vector<Rule> rules;
  std::map<std::string, CategoryDefaults> categories;
  std::map<std::string, Citation> citations;
  // group id -> jurisdiction -> citation ids
  std::map<std::string, std::map<std::string, std::vector<std::string>>> citation_groups;
  std::map<std::string, ContextList> contexts;
};

}  // namespace secretum::internal

#endif  // SECRETUM_RULES_H_
