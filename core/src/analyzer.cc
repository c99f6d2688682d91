// The Analyzer: compiles rules once, then runs them over the normalized view of each post.
//
// For every applicable rule: each match of its patterns (or terms) gives a candidate span;
// the rule's validator grades it (reject / weak / strong); a weak candidate, or any candidate
// of a rule whose context is required, is kept only if a context word is near; a candidate
// with an "unless" word near is dropped. Surviving candidates of one category that overlap
// are merged into the strongest one. Spans are mapped back to the caller's bytes last.
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "rules.h"
#include "secretum/secretum.h"
#include "text.h"
#include "validators.h"

namespace secretum {
namespace internal {

struct Span {
  size_t begin;
  size_t end;
};

// A context spec resolved to compiled matchers.
struct CompiledContext {
  std::vector<int> matchers;  // indices into AnalyzerData::matchers
  int window = 0;
  ContextSpec::Side side = ContextSpec::kBoth;
};

struct CompiledRule {
  const Rule* rule;
  std::vector<std::unique_ptr<RE2>> patterns;
  Validator validator = nullptr;
  std::optional<CompiledContext> context;
  std::vector<CompiledContext> unless;
};

struct AnalyzerData {
  RuleSet rules;  // keeps the rule data alive
  std::vector<std::unique_ptr<RE2>> matchers;  // context matchers, shared by rules
  std::map<std::string, int> matcher_ids;
  std::vector<CompiledRule> compiled;
};

namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (c & 0x80);
}

// An RE2 alternation matching any of `terms` as whole words (word boundaries are only
// required where a term starts or ends with a word character: "n°", "m." work).
std::string TermsPattern(const std::vector<std::string>& terms) {
  std::vector<std::string> sorted = terms;
  // Longest first so that "numero de dossier" wins over "numero".
  std::sort(sorted.begin(), sorted.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string& t = sorted[i];
    if (i) out += "|";
    if (IsWordChar(t.front())) out += "\\b";
    std::string quoted = RE2::QuoteMeta(t);
    // Any run of spaces in a term matches any run of spaces in the text.
    std::string spaced;
    for (size_t k = 0; k < quoted.size(); ++k) {
      if (quoted[k] == '\\' && k + 1 < quoted.size() && quoted[k + 1] == ' ') {
        spaced += "\\s+";
        ++k;
      } else {
        spaced += quoted[k];
      }
    }
    out += spaced;
    if (IsWordChar(t.back())) out += "\\b";
  }
  return out + ")";
}

RE2::Options MatchOptions(bool case_sensitive) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(case_sensitive);
  o.set_max_mem(8 << 20);  // a rule cannot exhaust memory
  return o;
}

// All non-overlapping matches of `re` in `text`; the span is capture group `group`. The scan
// resumes at the end of the group (not of the whole match) so that boundary characters a
// pattern consumes after its group can start the next match.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, int group, Fn&& fn) {
  int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(ngroups);
  size_t pos = 0;
  while (pos <= text.size()) {
    if (!re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                  sub.data(), ngroups))
      break;
    const re2::StringPiece& g = sub[group < ngroups ? group : 0];
    size_t whole_end = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    if (g.data() == nullptr || g.empty()) {
      pos = std::max(whole_end, pos + 1);
      continue;
    }
    size_t begin = static_cast<size_t>(g.data() - text.data());
    size_t end = begin + g.size();
    std::vector<std::string_view> groups(ngroups);
    for (int i = 0; i < ngroups; ++i)
      if (sub[i].data()) groups[i] = std::string_view(sub[i].data(), sub[i].size());
    fn(Span{begin, end}, groups);
    pos = std::max(end, pos + 1);
  }
}

}  // namespace
}  // namespace internal

using internal::AnalyzerData;
using internal::CompiledContext;
using internal::CompiledRule;
using internal::Span;

Analyzer::Analyzer(const RuleSet& rules) : data_(std::make_unique<AnalyzerData>()) {
  if (!rules.ok() || !rules.data_) {
    error_ = rules.ok() ? "empty rule set" : rules.error();
    return;
  }
  data_->rules = rules;
  const internal::RuleSetData& rs = *rules.data_;

  auto matcher = [&](const std::string& key, const std::string& pattern,
                     const std::string& where) -> int {
    auto it = data_->matcher_ids.find(key);
    if (it != data_->matcher_ids.end()) return it->second;
    auto re = std::make_unique<RE2>(pattern, internal::MatchOptions(false));
    if (!re->ok()) {
      if (error_.empty()) error_ = where + ": " + re->error();
      return -1;
    }
    data_->matchers.push_back(std::move(re));
    int id = static_cast<int>(data_->matchers.size() - 1);
    data_->matcher_ids[key] = id;
    return id;
  };
  // Context lists: terms and patterns of one list become one alternation.
  std::map<std::string, int> list_ids;
  for (const auto& [name, list] : rs.contexts) {
    // One alternation, all of it inside capture group 1 (the span ContextIndex reads).
    std::string inner;
    if (!list.terms.empty()) inner = internal::TermsPattern(list.terms);
    for (const std::string& p : list.patterns) inner += (inner.empty() ? "" : "|") + ("(?:" + p + ")");
    list_ids[name] = inner.empty() ? -1
                                   : matcher("list:" + name, "(" + inner + ")",
                                             "contexts.json: lists." + name);
  }
  auto compile_context = [&](const internal::ContextSpec& spec, const std::string& where) {
    CompiledContext c;
    c.window = spec.window;
    c.side = spec.side;
    for (const std::string& l : spec.lists)
      if (list_ids[l] >= 0) c.matchers.push_back(list_ids[l]);
    if (!spec.terms.empty()) {
      std::string pattern = internal::TermsPattern(spec.terms);
      int id = matcher("terms:" + pattern, pattern, where);
      if (id >= 0) c.matchers.push_back(id);
    }
    return c;
  };

  for (const internal::Rule& rule : rs.rules) {
    CompiledRule cr;
    cr.rule = &rule;
    std::string where = rule.file + ": rule " + rule.id;
    if (rule.check == internal::CheckType::kTerms) {
      auto re = std::make_unique<RE2>(internal::TermsPattern(rule.terms),
                                      internal::MatchOptions(false));
      if (!re->ok() && error_.empty()) error_ = where + ".terms: " + re->error();
      cr.patterns.push_back(std::move(re));
    }
    for (size_t i = 0; i < rule.patterns.size(); ++i) {
      auto re = std::make_unique<RE2>(rule.patterns[i], internal::MatchOptions(rule.case_sensitive));
      if (!re->ok()) {
        if (error_.empty())
          error_ = where + ".patterns[" + std::to_string(i) + "]: " + re->error();
        continue;
      }
      if (rule.group > re->NumberOfCapturingGroups() && error_.empty())
        error_ = where + ".group: the pattern has only " +
                 std::to_string(re->NumberOfCapturingGroups()) + " capture groups";
      cr.patterns.push_back(std::move(re));
    }
    if (!rule.validator.empty()) cr.validator = internal::FindValidator(rule.validator);
    if (rule.has_context) cr.context = compile_context(rule.context, where + ".context");
    for (const internal::ContextSpec& u : rule.unless)
      cr.unless.push_back(compile_context(u, where + ".unless"));
    data_->compiled.push_back(std::move(cr));
  }
  if (!error_.empty()) data_->compiled.clear();
}

Analyzer::~Analyzer() = default;

namespace {

// Context word positions of one post, computed on first use.
class ContextIndex {
 public:
  ContextIndex(const AnalyzerData& data, std::string_view view)
      : data_(data), view_(view), spans_(data.matchers.size()) {}

  // True if a match of any of `c`'s matchers lies within the window around `span` (and is
  // not inside the span itself).
  bool Near(const CompiledContext& c, Span span) {
    size_t lo = 0, hi = view_.size();
    if (c.window > 0) {
      lo = span.begin > static_cast<size_t>(c.window) ? span.begin - c.window : 0;
      hi = std::min(view_.size(), span.end + c.window);
    }
    if (c.side == internal::ContextSpec::kAfter) lo = span.begin;
    if (c.side == internal::ContextSpec::kBefore) hi = span.end;
    for (int m : c.matchers) {
      for (const Span& s : Spans(m)) {
        if (s.end <= lo || s.begin >= hi) continue;
        if (s.begin >= span.begin && s.end <= span.end) continue;  // inside the candidate
        if (c.side == internal::ContextSpec::kBefore && s.begin >= span.begin) continue;
        if (c.side == internal::ContextSpec::kAfter && s.end <= span.end) continue;
        return true;
      }
    }
    return false;
  }

 private:
  const std::vector<Span>& Spans(int m) {
    if (!spans_[m]) {
      spans_[m].emplace();
      internal::ForEachMatch(*data_.matchers[m], view_, 1,
                             [&](Span s, const std::vector<std::string_view>&) {
                               spans_[m]->push_back(s);
                             });
    }
    return *spans_[m];
  }

  const AnalyzerData& data_;
  std::string_view view_;
  std::vector<std::optional<std::vector<Span>>> spans_;
};

struct Candidate {
  const CompiledRule* rule;
  Span span;
  size_t order;  // rule order, for stable tie-breaking
};

bool Applies(const internal::Rule& rule, const std::string& lang, const Options& options) {
  if (!rule.langs.empty() &&
      std::find(rule.langs.begin(), rule.langs.end(), lang) == rule.langs.end())
    return false;
  if (rule.severity < options.min_severity) return false;
  return std::find(options.disabled_rules.begin(), options.disabled_rules.end(), rule.id) ==
         options.disabled_rules.end();
}

bool OneOf(const std::string& v, std::initializer_list<const char*> allowed) {
  for (const char* a : allowed)
    if (v == a) return true;
  return false;
}

// Overlapping candidates of one category: keep the higher severity, then the higher rule
// priority, then the longer span, then the earlier rule.
std::vector<Candidate> Resolve(std::vector<Candidate> cands) {
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.rule->rule->severity != b.rule->rule->severity)
      return a.rule->rule->severity > b.rule->rule->severity;
    if (a.rule->rule->priority != b.rule->rule->priority)
      return a.rule->rule->priority > b.rule->rule->priority;
    size_t la = a.span.end - a.span.begin, lb = b.span.end - b.span.begin;
    if (la != lb) return la > lb;
    return a.order < b.order;
  });
  std::vector<Candidate> kept;
  for (const Candidate& c : cands) {
    bool overlaps = false;
    for (const Candidate& k : kept)
      if (k.rule->rule->category == c.rule->rule->category && c.span.begin < k.span.end &&
          k.span.begin < c.span.end) {
        overlaps = true;
        break;
      }
    if (!overlaps) kept.push_back(c);
  }
  return kept;
}

}  // namespace

Report Analyzer::Analyze(std::string_view utf8, const Options& options) const {
  Report report;
  report.text = std::string(utf8);
  if (!ok()) return report;
  internal::NormalizedText view = internal::Normalize(utf8);
  report.invalid_utf8 = view.invalid_utf8;
  report.lang = OneOf(options.lang, {"fr", "en"}) ? options.lang : DetectLanguage(utf8);
  report.message_lang =
      OneOf(options.message_lang, {"fr", "en"}) ? options.message_lang : report.lang;
  report.jurisdiction = OneOf(options.jurisdiction, {"fr", "qc", "ca", "us", "uk"})
                            ? options.jurisdiction
                            : (report.lang == "fr" ? "fr" : "us");

  ContextIndex contexts(*data_, view.text);
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < data_->compiled.size(); ++i) {
    const CompiledRule& cr = data_->compiled[i];
    const internal::Rule& rule = *cr.rule;
    if (!Applies(rule, report.lang, options)) continue;
    int group = rule.check == internal::CheckType::kTerms ? 1 : rule.group;
    for (const auto& re : cr.patterns) {
      internal::ForEachMatch(*re, view.text, group,
                             [&](Span span, const std::vector<std::string_view>& groups) {
        // Trim spaces a pattern may have taken at either end.
        while (span.begin < span.end && view.text[span.begin] == ' ') ++span.begin;
        while (span.end > span.begin && view.text[span.end - 1] == ' ') --span.end;
        if (span.begin == span.end) return;
        if (rule.unless_group > 0 && rule.unless_group < static_cast<int>(groups.size()) &&
            !groups[rule.unless_group].empty())
          return;
        internal::Strength strength = internal::Strength::kStrong;
        if (cr.validator) {
          strength = cr.validator(
              std::string_view(view.text.data() + span.begin, span.end - span.begin), groups);
          if (strength == internal::Strength::kReject) return;
        }
        bool need = rule.need == internal::NeedContext::kAlways ||
                    (rule.need == internal::NeedContext::kWhenWeak &&
                     strength == internal::Strength::kWeak);
        if (need && !(cr.context && contexts.Near(*cr.context, span))) return;
        if (!need && strength == internal::Strength::kWeak && !cr.context) return;
        for (const CompiledContext& u : cr.unless)
          if (contexts.Near(u, span)) return;
        candidates.push_back({&cr, span, i});
      });
    }
  }

  std::vector<Candidate> kept = Resolve(std::move(candidates));
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule->rule->severity > b.rule->rule->severity;
  });
  if (kept.size() > options.max_findings) {
    kept.resize(options.max_findings);
    report.truncated = true;
  }

  const internal::RuleSetData& rs = *data_->rules.data_;
  const std::string& ml = report.message_lang;
  for (const Candidate& c : kept) {
    const internal::Rule& rule = *c.rule->rule;
    auto cat = rs.categories.find(rule.category);
    const internal::CategoryDefaults* defaults =
        cat == rs.categories.end() ? nullptr : &cat->second;
    Finding f;
    f.rule = rule.id;
    f.category = rule.category;
    f.severity = rule.severity;
    view.MapSpan(c.span.begin, c.span.end, &f.start, &f.end);
    f.text = std::string(utf8.substr(f.start, f.end - f.start));
    auto pick = [&](const internal::Texts& own, const internal::Texts* fallback) {
      if (!own.empty()) return own.Get(ml);
      return fallback ? fallback->Get(ml) : std::string();
    };
    f.message = pick(rule.message, defaults ? &defaults->message : nullptr);
    f.why = pick(rule.why, defaults ? &defaults->why : nullptr);
    f.suggestion = pick(rule.suggestion, defaults ? &defaults->suggestion : nullptr);
    // A replacement goes into the post: it follows the post's language.
    f.replacement = rule.replacement.empty() ? "" : rule.replacement.Get(report.lang);
    std::string group = !rule.sources.empty() ? rule.sources : defaults ? defaults->sources : "";
    auto g = rs.citation_groups.find(group);
    if (g != rs.citation_groups.end()) {
      auto j = g->second.find(report.jurisdiction);
      if (j != g->second.end())
        for (const std::string& id : j->second) {
          const internal::Citation& cit = rs.citations.at(id);
          f.sources.push_back({cit.title.Get(ml), cit.url});
        }
    }
    report.findings.push_back(std::move(f));
  }
  return report;
}

}  // namespace secretum
