// The rule model: what a rule file says once read and checked (rules/README.md is the
// schema for authors). Loading validates every key; nothing here is compiled yet: RE2 objects
// are built by the Analyzer.
#ifndef SECRETUM_RULES_H_
#define SECRETUM_RULES_H_

#include <map>
#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

#include "atoms_table.h"
#include "lexicon_index.h"
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
  // Lexicons (rules/lexicons/NAME.tsv) whose entries count as matches of the context, found
  // word by word like a lexicon rule's terms (for long lists of names: no regular expression).
  std::vector<std::string> lexicons;
  int window = 0;                  // bytes of the normalized view on each side; 0 = whole post
  // kInside: only inside the match itself (the others never look there).
  enum Side { kBoth, kBefore, kAfter, kInside } side = kBoth;
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
  std::string lexicon;                // kTerms: a lexicon file instead of "terms"
  bool capitalized = false;           // kTerms: the match must start with a capital letter
  std::string then;                   // kTerms: RE2 that must match right after, extends the span
  bool isolated = false;              // kTerms: not part of a longer run of capitalized words
  std::string before;                 // kTerms: RE2 that must match right before, extends the span
  std::string next_lexicon;           // kTerms: the next word must be an entry of this lexicon
  float min_weight = 0;               // kTerms: lexicon entries lighter than this are skipped
  float next_min_weight = 0;          // kTerms: ... and next_lexicon entries lighter than this
  bool case_sensitive = false;
  int group = 0;           // capture group giving the span (kPattern)
  std::string validator;   // name in validators.h, or empty
  bool has_context = false;
  ContextSpec context;
  NeedContext need = NeedContext::kNever;
  std::vector<ContextSpec> unless;
  int unless_group = -1;   // drop the match if this capture group matched text
  int priority = 0;        // among overlapping findings of one category, higher wins
  // A match counts only when the statistical layer's score of the post for the rule's category
  // reaches that category's gate (classifier.h ClassifierCategory::gate): a weak cue (a first
  // name and a surname in a post about care) is kept when the post reads as one about a patient.
  bool model_gate = false;
  int needs_digits = 0;    // skip the rule on posts with fewer digits (a cheap prefilter)
  int needs_capitals = 0;  // ... or fewer capital letters
  std::string signal;      // a re-identification signal kind: the rule feeds the model, no finding
  double weight = 0;       // the signal's weight (0: the lexicon entry's, else the kind's)
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

struct ClassifierModel;  // classifier.h

// How re-identification signals combine (reidentification-model.json).
struct ReidModel {
  bool present = false;
  std::string rule_id;
  std::map<std::string, double> kind_weight;
  std::map<std::string, Texts> kind_label;
  std::vector<std::string> person_kinds, high_kinds;
  double strong_weight = 2;  // a signal at least this heavy is strong
  int min_kinds = 3;
  double threshold = 3;
  int strong_min_kinds = 2;
  double strong_threshold = 2.5;
  ContextSpec context;
  std::vector<ContextSpec> unless;
  Texts message, why, suggestion;
};

struct RuleSetData {
  std::vector<Rule> rules;
  std::map<std::string, CategoryDefaults> categories;
  std::map<std::string, Citation> citations;
  // group id -> jurisdiction -> citation ids
  std::map<std::string, std::map<std::string, std::vector<std::string>>> citation_groups;
  std::map<std::string, ContextList> contexts;
  std::map<std::string, LexiconIndex> lexicons;  // by name (NAME.tsv)
  ReidModel reid;
  std::shared_ptr<const ClassifierModel> classifier;  // classifier-model.json, when present
  // Literals each pattern needs, computed at build time (atoms.json; see pattern_store.h).
  bool has_atoms = false;
  // Pattern hash -> clauses: the pattern can match only if every clause has one of its literals
  // in the post; no clause: always run (atoms_table.h).
  AtomsTable atoms;
};

}  // namespace secretum::internal

#endif  // SECRETUM_RULES_H_
