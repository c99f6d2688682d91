// DiffRuleSetData (rules_pack.h): field-by-field comparison of two rule sets, for the pack tool's
// self-check at build time and for the tests that hold the pack and the JSON loader to the same
// result.
#include <sstream>

#include "classifier.h"
#include "rules_pack.h"

namespace secretum::internal {
namespace {

template <typename T>
std::string Show(const T& v) {
  std::ostringstream s;
  s.precision(17);
  s << v;
  return s.str();
}
std::string Show(const std::string& v) { return "\"" + v + "\""; }
std::string Show(std::string_view v) { return Show(std::string(v)); }
std::string Show(bool v) { return v ? "true" : "false"; }
template <typename T>
std::string Show(const std::vector<T>& v) {
  std::string s = "[";
  for (const T& x : v) s += Show(x) + (&x == &v.back() ? "" : ", ");
  return s + "]";
}

// Collects the first difference; every compare is a no-op once one is found.
class Differ {
 public:
  const std::string& diff() const { return diff_; }

  template <typename T>
  void Eq(const std::string& path, const T& a, const T& b) {
    if (diff_.empty() && !(a == b)) diff_ = path + ": " + Show(a) + " != " + Show(b);
  }
  template <typename T, typename Fn>
  void List(const std::string& path, const std::vector<T>& a, const std::vector<T>& b, Fn&& item) {
    Eq(path + ".size", a.size(), b.size());
    for (size_t i = 0; i < a.size() && diff_.empty(); ++i) item(path + "[" + std::to_string(i) + "]", a[i], b[i]);
  }
  void Strings(const std::string& path, const std::vector<std::string>& a, const std::vector<std::string>& b) {
    List(path, a, b, [&](const std::string& p, const std::string& x, const std::string& y) { Eq(p, x, y); });
  }
  template <typename M, typename Fn>
  void Map(const std::string& path, const M& a, const M& b, Fn&& item) {
    Eq(path + ".size", a.size(), b.size());
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && diff_.empty(); ++i, ++j) {
      Eq(path + " key", i->first, j->first);
      item(path + "." + i->first, i->second, j->second);
    }
  }
  void TextsOf(const std::string& path, const Texts& a, const Texts& b) {
    Eq(path + ".fr", a.fr, b.fr);
    Eq(path + ".en", a.en, b.en);
  }
  void Context(const std::string& path, const ContextSpec& a, const ContextSpec& b) {
    Strings(path + ".lists", a.lists, b.lists);
    Strings(path + ".terms", a.terms, b.terms);
    Strings(path + ".lexicons", a.lexicons, b.lexicons);
    Eq(path + ".window", a.window, b.window);
    Eq(path + ".side", static_cast<int>(a.side), static_cast<int>(b.side));
  }
  void Contexts(const std::string& path, const std::vector<ContextSpec>& a, const std::vector<ContextSpec>& b) {
    List(path, a, b, [&](const std::string& p, const ContextSpec& x, const ContextSpec& y) { Context(p, x, y); });
  }

  void RuleOf(const std::string& path, const Rule& a, const Rule& b, bool examples) {
    const std::string p = path + " (" + a.id + ")";
    Eq(p + ".file", a.file, b.file);
    Eq(p + ".id", a.id, b.id);
    Eq(p + ".category", a.category, b.category);
    Eq(p + ".severity", static_cast<int>(a.severity), static_cast<int>(b.severity));
    Eq(p + ".severity_set", a.severity_set, b.severity_set);
    Strings(p + ".langs", a.langs, b.langs);
    Eq(p + ".check", static_cast<int>(a.check), static_cast<int>(b.check));
    Strings(p + ".patterns", a.patterns, b.patterns);
    Strings(p + ".terms", a.terms, b.terms);
    Eq(p + ".lexicon", a.lexicon, b.lexicon);
    Eq(p + ".capitalized", a.capitalized, b.capitalized);
    Eq(p + ".then", a.then, b.then);
    Eq(p + ".isolated", a.isolated, b.isolated);
    Eq(p + ".before", a.before, b.before);
    Eq(p + ".next_lexicon", a.next_lexicon, b.next_lexicon);
    Eq(p + ".min_weight", a.min_weight, b.min_weight);
    Eq(p + ".next_min_weight", a.next_min_weight, b.next_min_weight);
    Eq(p + ".case_sensitive", a.case_sensitive, b.case_sensitive);
    Eq(p + ".group", a.group, b.group);
    Eq(p + ".validator", a.validator, b.validator);
    Eq(p + ".has_context", a.has_context, b.has_context);
    Context(p + ".context", a.context, b.context);
    Eq(p + ".need", static_cast<int>(a.need), static_cast<int>(b.need));
    Contexts(p + ".unless", a.unless, b.unless);
    Eq(p + ".unless_group", a.unless_group, b.unless_group);
    Eq(p + ".model_gate", a.model_gate, b.model_gate);
    Eq(p + ".priority", a.priority, b.priority);
    Eq(p + ".needs_digits", a.needs_digits, b.needs_digits);
    Eq(p + ".needs_capitals", a.needs_capitals, b.needs_capitals);
    Eq(p + ".signal", a.signal, b.signal);
    Eq(p + ".weight", a.weight, b.weight);
    TextsOf(p + ".message", a.message, b.message);
    TextsOf(p + ".why", a.why, b.why);
    TextsOf(p + ".suggestion", a.suggestion, b.suggestion);
    TextsOf(p + ".replacement", a.replacement, b.replacement);
    Eq(p + ".sources", a.sources, b.sources);
    if (!examples) return;
    List(p + ".fire", a.fire, b.fire, [&](const std::string& q, const Example& x, const Example& y) {
      Eq(q + ".text", x.text, y.text);
      Eq(q + ".match", x.match, y.match);
    });
    Strings(p + ".quiet", a.quiet, b.quiet);
  }

  void Lexicon(const std::string& path, const LexiconIndex& a, const LexiconIndex& b) {
    Eq(path + ".max_tokens", a.max_tokens, b.max_tokens);
    const auto& x = a.entries.entries();
    const auto& y = b.entries.entries();
    Eq(path + ".size", x.size(), y.size());
    for (size_t i = 0; i < x.size() && diff_.empty(); ++i) {
      Eq(path + "[" + std::to_string(i) + "]", x[i].first, y[i].first);
      Eq(path + "[" + std::to_string(i) + "].weight", x[i].second, y[i].second);
      const auto* found = b.entries.find(x[i].first);  // the table answers, not only the list
      Eq(path + "[" + std::to_string(i) + "] found", found != nullptr, true);
    }
    const auto& u = a.longest_from.entries();
    Eq(path + ".longest_from.size", u.size(), b.longest_from.size());
    for (size_t i = 0; i < u.size() && diff_.empty(); ++i) {
      const auto* hit = b.longest_from.find(u[i].first);
      Eq(path + ".longest_from." + std::string(u[i].first), u[i].second, hit ? hit->second : -1);
    }
  }

 private:
  std::string diff_;
};

}  // namespace

std::string DiffRuleSetData(const RuleSetData& a, const RuleSetData& b, bool examples) {
  Differ d;
  d.Map("categories", a.categories, b.categories,
        [&](const std::string& p, const CategoryDefaults& x, const CategoryDefaults& y) {
          d.Eq(p + ".severity", static_cast<int>(x.severity), static_cast<int>(y.severity));
          d.Eq(p + ".sources", x.sources, y.sources);
          d.TextsOf(p + ".message", x.message, y.message);
          d.TextsOf(p + ".why", x.why, y.why);
          d.TextsOf(p + ".suggestion", x.suggestion, y.suggestion);
        });
  d.Map("citations", a.citations, b.citations, [&](const std::string& p, const Citation& x, const Citation& y) {
    d.TextsOf(p + ".title", x.title, y.title);
    d.Eq(p + ".url", x.url, y.url);
  });
  d.Map("citation_groups", a.citation_groups, b.citation_groups, [&](const std::string& p, const auto& x, const auto& y) {
    d.Map(p, x, y, [&](const std::string& q, const std::vector<std::string>& u, const std::vector<std::string>& v) {
      d.Strings(q, u, v);
    });
  });
  d.Map("contexts", a.contexts, b.contexts, [&](const std::string& p, const ContextList& x, const ContextList& y) {
    d.Strings(p + ".terms", x.terms, y.terms);
    d.Strings(p + ".patterns", x.patterns, y.patterns);
  });
  const ReidModel& m = a.reid;
  const ReidModel& n = b.reid;
  d.Eq("reid.present", m.present, n.present);
  d.Eq("reid.rule_id", m.rule_id, n.rule_id);
  d.Map("reid.kind_weight", m.kind_weight, n.kind_weight,
        [&](const std::string& p, double x, double y) { d.Eq(p, x, y); });
  d.Map("reid.kind_label", m.kind_label, n.kind_label,
        [&](const std::string& p, const Texts& x, const Texts& y) { d.TextsOf(p, x, y); });
  d.Strings("reid.person_kinds", m.person_kinds, n.person_kinds);
  d.Strings("reid.high_kinds", m.high_kinds, n.high_kinds);
  d.Eq("reid.strong_weight", m.strong_weight, n.strong_weight);
  d.Eq("reid.min_kinds", m.min_kinds, n.min_kinds);
  d.Eq("reid.threshold", m.threshold, n.threshold);
  d.Eq("reid.strong_min_kinds", m.strong_min_kinds, n.strong_min_kinds);
  d.Eq("reid.strong_threshold", m.strong_threshold, n.strong_threshold);
  d.Context("reid.context", m.context, n.context);
  d.Contexts("reid.unless", m.unless, n.unless);
  d.TextsOf("reid.message", m.message, n.message);
  d.TextsOf("reid.why", m.why, n.why);
  d.TextsOf("reid.suggestion", m.suggestion, n.suggestion);
  d.Eq("classifier present", a.classifier != nullptr, b.classifier != nullptr);
  if (a.classifier && b.classifier) {
    const ClassifierModel& x = *a.classifier;
    const ClassifierModel& y = *b.classifier;
    d.Eq("classifier.categories.size", x.categories.size(), y.categories.size());
    for (size_t k = 0; k < x.categories.size() && k < y.categories.size(); ++k) {
      const ClassifierCategory& c = x.categories[k];
      const ClassifierCategory& e = y.categories[k];
      std::string p = "classifier." + c.category;
      d.Eq(p + ".category", c.category, e.category);
      d.Eq(p + ".enabled", c.enabled, e.enabled);
      d.Eq(p + ".severity", static_cast<int>(c.severity), static_cast<int>(e.severity));
      d.Eq(p + ".scale", c.scale, e.scale);
      d.Eq(p + ".bias", c.bias, e.bias);
      d.Eq(p + ".threshold", c.threshold, e.threshold);
      d.Eq(p + ".has_gate", c.has_gate, e.has_gate);
      d.Eq(p + ".gate", c.gate, e.gate);
      d.Contexts(p + ".unless", c.unless, e.unless);
    }
    d.Eq("classifier.rows.size", x.rows.size(), y.rows.size());
    size_t n = x.categories.size();
    for (const auto& [id, row] : x.rows.entries()) {
      if (!d.diff().empty()) break;
      auto it = y.rows.find(id);
      d.Eq("classifier.rows." + std::to_string(id) + " present", it != y.rows.end(), true);
      if (it == y.rows.end() || n != y.categories.size()) continue;
      for (size_t c = 0; c < n; ++c)
        d.Eq("classifier.rows." + std::to_string(id), static_cast<int>(x.weights[row * n + c]),
             static_cast<int>(y.weights[it->second * n + c]));
    }
    d.TextsOf("classifier.why", x.why, y.why);
  }
  d.Map("lexicons", a.lexicons, b.lexicons,
        [&](const std::string& p, const LexiconIndex& x, const LexiconIndex& y) { d.Lexicon(p, x, y); });
  d.Eq("has_atoms", a.has_atoms, b.has_atoms);
  d.Eq("atoms.size", a.atoms.size(), b.atoms.size());
  for (uint64_t key : a.atoms.keys()) {
    if (!d.diff().empty()) break;
    bool in_a = false, in_b = false;
    const auto clauses = a.atoms.ClausesOf(key, &in_a);
    const auto other = b.atoms.ClausesOf(key, &in_b);
    const std::string name = "atoms." + std::to_string(key);
    d.Eq(name + " present", in_b, true);
    if (in_b) d.Eq(name, clauses, other);
  }
  d.List("rules", a.rules, b.rules,
         [&](const std::string& p, const Rule& x, const Rule& y) { d.RuleOf(p, x, y, examples); });
  return d.diff();
}

}  // namespace secretum::internal
