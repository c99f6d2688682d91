// The Analyzer: compiles rules once, then runs them over the normalized view of each post.
//
// For every applicable rule: each match of its patterns (or terms) gives a candidate span;
// the rule's validator grades it (reject / weak / strong); a weak candidate, or any candidate
// of a rule whose context is required, is kept only if a context word is near; a candidate
// with an "unless" word near is dropped. Surviving candidates of one category that overlap
// are merged into the strongest one. Spans are mapped back to the caller's bytes last.
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>
#include <memory>
#include <optional>
#include <string_view>

#include "classifier.h"
#include "matching.h"
#include "pattern_store.h"
#include "reidentification.h"
#include "rules.h"
#include "secretum/secretum.h"
#include "text.h"
#include "validators.h"

namespace secretum {
namespace internal {

struct CompiledContext {
  std::vector<int> matchers;  // ids in AnalyzerData::patterns
  std::vector<const LexiconIndex*> lexicons;  // ContextSpec::lexicons
  int window = 0;
  ContextSpec::Side side = ContextSpec::kBoth;
};

struct CompiledRule {
  const Rule* rule;
  // Bit 0: the rule applies to French posts, bit 1: to English ones (rule.langs, read once).
  unsigned langs = 3;
  const LexiconIndex* lexicon = nullptr;
  const LexiconIndex* next_lexicon = nullptr;  // kTerms "next_lexicon"
  LazyRE2 before;  // kTerms "before": case-sensitive, must end where the term starts
  std::vector<int> patterns;  // ids in AnalyzerData::patterns
  LazyRE2 then;  // kTerms "then": case-sensitive, anchored after the term
  Validator validator = nullptr;
  std::optional<CompiledContext> context;
  std::vector<CompiledContext> unless;
  // "model_gate": the index of the rule's category in the statistical layer, when that
  // category has a gate; -1: not gated.
  int gate = -1;
};

// A pattern split at its gap (matching.h, GapSplit), compiled on first use like the pattern.
class LazyGap {
 public:
  LazyGap(GapSplit split, bool case_sensitive)
      : split_(std::move(split)), case_sensitive_(case_sensitive) {}
  // Null when HEAD or TAIL does not compile on its own (the whole pattern is searched then).
  const GapRegexps* Get() const {
    std::call_once(*once_, [&] {
      const RE2::Options options = MatchOptions(case_sensitive_);
      auto head = std::make_unique<RE2>(split_.head, options);
      auto tail = std::make_unique<RE2>(split_.tail, options);
      RE2::Options longest_options = options;
      longest_options.set_longest_match(true);
      auto head_longest = std::make_unique<RE2>(split_.head, longest_options);
      if (!head->ok() || !tail->ok()) return;
      compiled_.head = std::move(head);
      compiled_.tail = std::move(tail);
      if (head_longest->ok()) compiled_.head_longest = std::move(head_longest);
      compiled_.gap_max = split_.gap_max;
      compiled_.head_one_line = split_.head_one_line;
      ok_ = true;
    });
    return ok_ ? &compiled_ : nullptr;
  }
  // Frees HEAD and TAIL (compiled again at the next Get). Not thread-safe.
  void Drop() {
    compiled_ = GapRegexps();
    ok_ = false;
    once_ = std::make_unique<std::once_flag>();
  }

 private:
  GapSplit split_;
  bool case_sensitive_;
  std::unique_ptr<std::once_flag> once_ = std::make_unique<std::once_flag>();
  mutable GapRegexps compiled_;
  mutable bool ok_ = false;
};

struct AnalyzerData {
  RuleSet rules;  // keeps the rule data alive
  std::map<std::string, int> matcher_ids;  // context matchers (ids in `patterns`), shared
  std::vector<CompiledRule> compiled;
  // Every rule pattern and context matcher; which of them can match a post (pattern_store.h).
  std::unique_ptr<PatternStore> patterns;
  // Per pattern id: whether its gap split is wanted (rule patterns and context matchers; a rule's
  // `terms` alternation is never split), set at construction.
  std::vector<char> gap_wanted;
  void NoteGap(int id) {
    if (id < 0) return;
    if (gap_wanted.size() <= static_cast<size_t>(id)) gap_wanted.resize(static_cast<size_t>(id) + 1, 0);
    gap_wanted[static_cast<size_t>(id)] = 1;
  }
  // The split itself is made at the pattern's first RE2 search (SplitAtGap reads the whole
  // pattern: ~4.5 M instructions over every pattern at start-up, and the Backtracker answers
  // most patterns without it). One slot per pattern id, made by Finalize below.
  struct GapSlot {
    std::once_flag once;
    std::unique_ptr<LazyGap> gap;  // null: no gap (most patterns)
  };
  std::unique_ptr<GapSlot[]> gaps;
  size_t num_gaps = 0;
  void FinalizeGaps() {
    num_gaps = gap_wanted.size();
    gaps = std::make_unique<GapSlot[]>(num_gaps);
  }
  const GapRegexps* Gap(int id) const {
    const size_t i = static_cast<size_t>(id);
    if (i >= num_gaps || !gap_wanted[i]) return nullptr;
    GapSlot& slot = gaps[i];
    std::call_once(slot.once, [&] {
      GapSplit split;
      if (SplitAtGap(patterns->Pattern(id), &split))
        slot.gap = std::make_unique<LazyGap>(std::move(split), patterns->CaseSensitive(id));
    });
    return slot.gap ? slot.gap->Get() : nullptr;
  }
  // ForEachMatch (matching.h) of pattern `id`: its Backtracker when it takes the pattern, else
  // RE2 (split at its gap when it has one).
  template <typename Fn>
  void ForEachMatch(int id, std::string_view text, int group, Fn&& fn,
                    const std::vector<Span>* windows, int wanted) const {
    const bool bt = patterns->Backtrack(id) != nullptr;
    const GapRegexps* gap = bt ? nullptr : Gap(id);
    ForEachMatchOf(
        patterns->NumberOfCapturingGroups(id),
        [&](re2::StringPiece whole, size_t pos, size_t end, re2::StringPiece* sub, int n,
            size_t* tail_from, size_t* tail_at) {
          if (!bt && !gap) return patterns->Get(id).Match(whole, pos, end, RE2::UNANCHORED, sub, n);
          return patterns->Match(id, whole, pos, end, RE2::UNANCHORED, sub, n, gap, tail_from, tail_at);
        },
        text, group, std::forward<Fn>(fn), windows, wanted);
  }
  // The re-identification model as two synthetic rules (medium and high severity), so that
  // its findings take part in overlap resolution like any other.
  Rule reid_medium, reid_high;
  CompiledRule reid_medium_compiled{&reid_medium}, reid_high_compiled{&reid_high};
  std::optional<CompiledContext> reid_context;
  std::vector<CompiledContext> reid_unless;
  std::vector<std::vector<CompiledContext>> model_unless;  // per classifier category
  // The statistical layer (classifier.h): one synthetic rule "model-<category>" per category
  // of the model, in the model's order.
  std::vector<Rule> model_rules;
  std::vector<CompiledRule> model_compiled;
};

}  // namespace internal

namespace {

// Matches `re` in text[begin, end); *took is the part a lexicon rule's span takes of the match:
// the first capture group that matched, else the whole match ("then"/"before" in rules/README.md).
bool MatchTaking(const RE2& re, std::string_view text, size_t begin, size_t end,
                 RE2::Anchor anchor, re2::StringPiece* took) {
  int n = 1 + re.NumberOfCapturingGroups();
  re2::StringPiece fixed[8];  // no allocation for the usual few groups
  std::vector<re2::StringPiece> more(n > 8 ? static_cast<size_t>(n) : 0);
  re2::StringPiece* sub = n > 8 ? more.data() : fixed;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), begin, end, anchor, sub, n))
    return false;
  *took = sub[0];
  for (int i = 1; i < n; ++i)
    if (sub[static_cast<size_t>(i)].data()) {
      *took = sub[static_cast<size_t>(i)];
      break;
    }
  return true;
}

}  // namespace

using internal::AnalyzerData;
using internal::CompiledContext;
using internal::CompiledRule;
using internal::RawSignal;
using internal::Span;

Analyzer::Analyzer(const RuleSet& rules) : data_(std::make_unique<AnalyzerData>()) {
  if (!rules.ok() || !rules.data_) {
    error_ = rules.ok() ? "empty rule set" : rules.error();
    return;
  }
  data_->rules = rules;
  const internal::RuleSetData& rs = *rules.data_;
  data_->patterns = std::make_unique<internal::PatternStore>(rs.has_atoms ? &rs.atoms : nullptr);

  auto matcher = [&](const std::string& key, const std::string& pattern,
                     const std::string& where) -> int {
    auto it = data_->matcher_ids.find(key);
    if (it != data_->matcher_ids.end()) return it->second;
    std::string err;
    int id = data_->patterns->Add(pattern, false, &err);
    if (id < 0) {
      if (error_.empty()) error_ = where + ": " + err;
      return -1;
    }
    data_->matcher_ids[key] = id;
    data_->NoteGap(id);
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
    for (const std::string& l : spec.lexicons) {
      auto lex = rs.lexicons.find(l);  // CheckReferences made sure it is there
      if (lex != rs.lexicons.end()) c.lexicons.push_back(&lex->second);
    }
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
    if (!rule.langs.empty()) {
      cr.langs = 0;
      for (const std::string& l : rule.langs) cr.langs |= l == "fr" ? 1u : l == "en" ? 2u : 0u;
    }
    std::string where = rule.file + ": rule " + rule.id;
    // Lexicon indexes are built when the rules are loaded (lexicon_index.h), shared.
    auto index = [&](const std::string& name) { return &rs.lexicons.at(name); };
    if (!rule.lexicon.empty()) cr.lexicon = index(rule.lexicon);
    if (!rule.next_lexicon.empty()) cr.next_lexicon = index(rule.next_lexicon);
    // Compiled at first use when the rules come with an atoms table (made by a build that
    // compiled them all), else now, to report errors.
    const bool now = !rs.has_atoms;
    if (!rule.before.empty()) {
      cr.before = internal::LazyRE2("(?:" + rule.before + ")$", internal::MatchOptions(true), now);
      if (now && !cr.before->ok() && error_.empty()) error_ = where + ".before: " + cr.before->error();
    }
    if (!rule.then.empty()) {
      cr.then = internal::LazyRE2(rule.then, internal::MatchOptions(true), now);
      if (now && !cr.then->ok() && error_.empty()) error_ = where + ".then: " + cr.then->error();
    }
    if (!rule.lexicon.empty()) {
    } else if (rule.check == internal::CheckType::kTerms) {
      std::string err;
      int id = data_->patterns->Add(internal::TermsPattern(rule.terms), false, &err);
      if (id < 0) {
        if (error_.empty()) error_ = where + ".terms: " + err;
      } else {
        cr.patterns.push_back(id);
      }
    }
    for (size_t i = 0; i < rule.patterns.size(); ++i) {
      std::string err;
      int id = data_->patterns->Add(rule.patterns[i], rule.case_sensitive, &err);
      if (id < 0) {
        if (error_.empty()) error_ = where + ".patterns[" + std::to_string(i) + "]: " + err;
        continue;
      }
      if (!rs.has_atoms) {  // eager mode: the pattern is compiled, check its groups now
        const RE2& re = data_->patterns->Get(id);
        if (rule.group > re.NumberOfCapturingGroups() && error_.empty())
          error_ = where + ".group: the pattern has only " +
                   std::to_string(re.NumberOfCapturingGroups()) + " capture groups";
      }
      data_->NoteGap(id);
      cr.patterns.push_back(id);
    }
    if (!rule.validator.empty()) cr.validator = internal::FindValidator(rule.validator);
    if (rule.model_gate && rs.classifier)
      for (size_t c = 0; c < rs.classifier->categories.size(); ++c)
        if (rs.classifier->categories[c].category == rule.category &&
            rs.classifier->categories[c].has_gate)
          cr.gate = static_cast<int>(c);
    if (rule.has_context) cr.context = compile_context(rule.context, where + ".context");
    for (const internal::ContextSpec& u : rule.unless)
      cr.unless.push_back(compile_context(u, where + ".unless"));
    data_->compiled.push_back(std::move(cr));
  }
  if (rs.reid.present) {
    for (internal::Rule* r : {&data_->reid_medium, &data_->reid_high}) {
      r->id = rs.reid.rule_id;
      r->category = "reidentification";
      r->file = "reidentification-model.json";
    }
    data_->reid_medium.severity = Severity::kMedium;
    data_->reid_high.severity = Severity::kHigh;
    if (!rs.reid.context.lists.empty() || !rs.reid.context.terms.empty())
      data_->reid_context = compile_context(rs.reid.context, "reidentification-model.json: context");
    for (const internal::ContextSpec& u : rs.reid.unless)
      data_->reid_unless.push_back(compile_context(u, "reidentification-model.json: unless"));
  }
  if (rs.classifier) {  // statistical layer (classifier.h)
    for (const internal::ClassifierCategory& c : rs.classifier->categories) {
      internal::Rule r;
      r.id = "model-" + c.category;
      r.category = c.category;
      r.severity = c.severity;
      r.file = "model/classifier-model.json";
      data_->model_rules.push_back(std::move(r));
    }
    for (const internal::ClassifierCategory& c : rs.classifier->categories) {
      data_->model_unless.emplace_back();
      for (const internal::ContextSpec& u : c.unless)
        data_->model_unless.back().push_back(
            compile_context(u, "model/classifier-model.json: " + c.category + ".unless"));
    }
    data_->model_compiled.reserve(data_->model_rules.size());
    for (const internal::Rule& r : data_->model_rules) data_->model_compiled.push_back(CompiledRule{&r});
  }
  if (error_.empty()) data_->patterns->Finalize();
  data_->FinalizeGaps();
  if (!error_.empty()) data_->compiled.clear();
}

void Analyzer::CompileAll() const {
  if (ok()) data_->patterns->CompileAll();
}

bool Analyzer::CompileSome(size_t n) const { return !ok() || data_->patterns->CompileSome(n); }

void Analyzer::DropCompiled() {
  if (!ok() || !internal::DataOf(data_->rules)->has_atoms) return;
  data_->patterns->DropCompiled();
  for (size_t i = 0; i < data_->num_gaps; ++i)
    if (data_->gaps[i].gap) data_->gaps[i].gap->Drop();
  for (CompiledRule& cr : data_->compiled) {
    cr.before.Drop();
    cr.then.Drop();
  }
}

std::string internal::AtomsJsonOf(const Analyzer& analyzer) {
  return analyzer.ok() ? analyzer.data_->patterns->AtomsJson() : "";
}

Analyzer::~Analyzer() = default;

namespace {

// Context word positions of one post, computed on first use.
class ContextIndex {
 public:
  ContextIndex(const AnalyzerData& data, std::string_view view, std::string_view lower,
               internal::PostScreen* screen)
      : data_(data), view_(view), lower_(lower), screen_(screen),
        slot_(static_cast<size_t>(data.patterns->size()), -1) {}

  // The lookups of `lex` over the post's word runs, shared by every rule and context that reads
  // that lexicon (few lexicons: a linear search).
  internal::LexiconWords& Words(const internal::LexiconIndex& lex) {
    if (!runs_) runs_ = internal::WordRuns(view_);
    for (internal::LexiconWords& w : lexicon_words_)
      if (&w.lex() == &lex) return w;
    return lexicon_words_.emplace_back(lex, lower_, *runs_);
  }

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
    const bool inside = c.side == internal::ContextSpec::kInside;
    if (inside) lo = span.begin, hi = span.end;
    auto counts = [&](const Span& s) {
      const bool within = s.begin >= span.begin && s.end <= span.end;
      if (inside != within) return false;  // only "inside" looks at the candidate itself
      if (c.side == internal::ContextSpec::kBefore && s.begin >= span.begin) return false;
      if (c.side == internal::ContextSpec::kAfter && s.end <= span.end) return false;
      return true;
    };
    for (int m : c.matchers) {
      // A matcher's spans do not overlap and come in text order (ends increase too): start at
      // the first one ending after `lo`, stop at the first one starting at or after `hi`.
      const std::vector<Span>& spans = Spans(m);
      auto first = std::lower_bound(spans.begin(), spans.end(), lo,
                                    [](const Span& s, size_t at) { return s.end <= at; });
      for (auto it = first; it != spans.end() && it->begin < hi; ++it)
        if (counts(*it)) return true;
    }
    for (const internal::LexiconIndex* lex : c.lexicons)
      for (const internal::LexiconMatch& m : Words(*lex).Matches(view_, false))
        if (m.span.end > lo && m.span.begin < hi && counts(m.span)) return true;
    return false;
  }

 private:
  const std::vector<Span>& Spans(int m) {
    int32_t& slot = slot_[static_cast<size_t>(m)];
    if (slot < 0) {
      slot = static_cast<int32_t>(lists_.size());
      std::vector<Span>& spans = lists_.emplace_back();
      // The screen (pattern_store.h) already knows when the post lacks the matcher's literals.
      if (!screen_->may[static_cast<size_t>(m)]) return spans;
      const bool windowed = data_.patterns->Windows(m, screen_, view_, &windows_);
      // A context matcher is "(" alternation ")": group 1 is the whole match, which RE2 finds
      // without running a capture engine (group 0, one submatch).
      data_.ForEachMatch(m, view_, 0,
                         [&](Span s, const std::vector<std::string_view>&) { spans.push_back(s); },
                         windowed ? &windows_ : nullptr, 1);
    }
    return lists_[static_cast<size_t>(slot)];
  }

  const AnalyzerData& data_;
  std::string_view view_;
  std::string_view lower_;
  internal::PostScreen* screen_;
  std::optional<std::vector<Span>> runs_;  // WordRuns of the view, on first lexicon lookup
  std::deque<internal::LexiconWords> lexicon_words_;  // per lexicon, on first use (stable addresses)
  std::vector<Span> windows_;
  // Per matcher id, where its spans are in lists_ (-1: not searched yet): a post reads a few
  // dozen of the ~1,000 patterns' spans, so only those get a list (a table of one optional list
  // per pattern cost ~10 k instructions per post to clear and destroy).
  // A list's address changes when lists_ grows: callers read a list before asking for another.
  std::vector<int32_t> slot_;
  std::vector<std::vector<Span>> lists_;
};

struct Candidate {
  const CompiledRule* rule;
  Span span;
  size_t order;  // rule order, for stable tie-breaking
};

bool Applies(const internal::Rule& rule, const std::string& lang, const Options& options,
             bool any_severity = false) {
  if (!rule.langs.empty() &&
      std::find(rule.langs.begin(), rule.langs.end(), lang) == rule.langs.end())
    return false;
  if (!any_severity && rule.severity < options.min_severity) return false;
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
  // Kept spans per category (begin -> end). They never overlap, so sorted by begin they are
  // sorted by end too: only the last one starting before c's end can overlap c.
  std::map<std::string_view, std::map<size_t, size_t>> taken;
  for (const Candidate& c : cands) {
    std::map<size_t, size_t>& spans = taken[c.rule->rule->category];
    auto next = spans.lower_bound(c.span.end);
    if (next != spans.begin() && std::prev(next)->second > c.span.begin) continue;
    spans.emplace(c.span.begin, c.span.end);
    kept.push_back(c);
  }
  return kept;
}

}  // namespace

namespace {

// Where the piece of `text` starting at `from` ends: at most `limit` bytes on, preferably just
// after a paragraph break in the piece's second half, else after a line break, a sentence end or
// a space there, else at the last code point boundary.
size_t PieceEnd(std::string_view text, size_t from, size_t limit) {
  const size_t hard = from + limit;
  if (hard >= text.size()) return text.size();
  const size_t soft = from + limit / 2;
  auto last_after = [&](auto is_cut) -> size_t {
    for (size_t i = hard; i > soft; --i)
      if (is_cut(i)) return i;
    return 0;
  };
  auto at = [&](size_t i) { return text[i - 1]; };
  if (size_t i = last_after([&](size_t i) { return at(i) == '\n' && i >= 2 && text[i - 2] == '\n'; })) return i;
  if (size_t i = last_after([&](size_t i) { return at(i) == '\n'; })) return i;
  if (size_t i = last_after([&](size_t i) {
        return at(i) == ' ' && i >= 2 && (text[i - 2] == '.' || text[i - 2] == '!' || text[i - 2] == '?');
      }))
    return i;
  if (size_t i = last_after([&](size_t i) { return at(i) == ' '; })) return i;
  size_t i = hard;
  while (i > from + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

void ShiftSignal(size_t by, Signal* s) {
  s->start += by;
  s->end += by;
}

}  // namespace

Report Analyzer::Analyze(std::string_view utf8, const Options& options) const {
  if (utf8.size() <= kChunkBytes || !ok()) return AnalyzeOne(utf8, options);
  Report report;
  Options piece_options = options;
  for (size_t from = 0; from < utf8.size();) {
    const size_t to = PieceEnd(utf8, from, kChunkBytes);
    Report piece = AnalyzeOne(utf8.substr(from, to - from), piece_options);
    if (from == 0) {
      report.lang = piece.lang;
      report.message_lang = piece.message_lang;
      report.jurisdiction = piece.jurisdiction;
      piece_options.message_lang = piece.message_lang;
      piece_options.jurisdiction = piece.jurisdiction;
    }
    report.truncated = report.truncated || piece.truncated;
    report.invalid_utf8 = report.invalid_utf8 || piece.invalid_utf8;
    for (Finding& f : piece.findings) {
      f.start += from;
      f.end += from;
      for (Signal& s : f.signals) ShiftSignal(from, &s);
      report.findings.push_back(std::move(f));
    }
    for (Signal& s : piece.signals) {
      ShiftSignal(from, &s);
      report.signals.push_back(std::move(s));
    }
    from = to;
  }
  // Pieces follow each other, each sorted: the whole is sorted. Cap as one post would be.
  if (report.findings.size() > options.max_findings) {
    report.findings.resize(options.max_findings);
    report.truncated = true;
  }
  if (report.signals.size() > options.max_findings) {
    report.signals.resize(options.max_findings);
    report.truncated = true;
  }
  report.text = std::string(utf8);
  return report;
}

Report Analyzer::AnalyzeOne(std::string_view utf8, const Options& options) const {
  Report report;
  report.text = std::string(utf8);
  if (!ok()) return report;
  internal::NormalizedText view = internal::Normalize(utf8);
  report.invalid_utf8 = view.invalid_utf8;
  const std::string lower = internal::AsciiLower(view.text);
  report.lang = OneOf(options.lang, {"fr", "en"}) ? options.lang
                                                   : internal::DetectLanguageOfView(lower, utf8);
  // Cheap per-post counts for rules' "needs".
  int digits = 0, capitals = 0;
  for (char ch : view.text) {
    digits += ch >= '0' && ch <= '9';
    capitals += ch >= 'A' && ch <= 'Z';
  }
  // Which patterns can match at all (see pattern_store.h).
  internal::PostScreen screen;
  data_->patterns->Screen(lower, &screen);
  const std::vector<char>& may_match = screen.may;
  report.message_lang =
      OneOf(options.message_lang, {"fr", "en"}) ? options.message_lang : report.lang;
  report.jurisdiction = OneOf(options.jurisdiction, {"fr", "qc", "ca", "us", "uk"})
                            ? options.jurisdiction
                            : (report.lang == "fr" ? "fr" : "us");

  ContextIndex contexts(*data_, view.text, lower, &screen);
  std::vector<Span> windows;
  std::vector<Candidate> candidates;
  std::vector<RawSignal> signals;
  const unsigned lang_bit = report.lang == "fr" ? 1u : report.lang == "en" ? 2u : 0u;
  // The statistical layer's features and scores of the post, computed once, when a gated rule
  // first matches or for the layer's own findings below.
  const internal::ClassifierModel* classifier = internal::DataOf(data_->rules)->classifier.get();
  std::vector<internal::ClassifierFeature> model_features;
  std::optional<std::vector<int32_t>> model_scores;
  auto scores = [&]() -> const std::vector<int32_t>& {
    if (!model_scores) {
      model_features = internal::ClassifierFeatures(view.text, report.lang);
      model_scores = internal::ClassifierScores(*classifier, model_features);
    }
    return *model_scores;
  };
  for (size_t i = 0; i < data_->compiled.size(); ++i) {
    const CompiledRule& cr = data_->compiled[i];
    const internal::Rule& rule = *cr.rule;
    // Applies(), with the language looked up once per rule (a bit) for French and English posts.
    // Rules under the minimum severity run too (their findings are dropped after the
    // statistical layer): a category a low rule found must not come back as the model's medium
    // guess when the user asks for medium and up.
    if (lang_bit ? !(cr.langs & lang_bit) ||
                       (!options.disabled_rules.empty() &&
                        std::find(options.disabled_rules.begin(), options.disabled_rules.end(),
                                  rule.id) != options.disabled_rules.end())
                 : !Applies(rule, report.lang, options, /*any_severity=*/true))
      continue;
    if (digits < rule.needs_digits || capitals < rule.needs_capitals) continue;
    int group = rule.check == internal::CheckType::kTerms ? 1 : rule.group;
    double match_weight = 0;  // a lexicon entry's weight, for signals
    auto consider = [&](Span span, const std::vector<std::string_view>& groups) {
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
        if (cr.gate >= 0 && scores()[static_cast<size_t>(cr.gate)] <
                                classifier->categories[static_cast<size_t>(cr.gate)].gate)
          return;
        if (!rule.signal.empty()) {
          double w = rule.weight > 0 ? rule.weight : match_weight;
          if (w <= 0) {
            auto kind = internal::DataOf(data_->rules)->reid.kind_weight.find(rule.signal);
            w = kind == internal::DataOf(data_->rules)->reid.kind_weight.end() ? 1 : kind->second;
          }
          signals.push_back({&rule, span, w});
          return;
        }
        candidates.push_back({&cr, span, i});
    };
    if (cr.lexicon) {
      internal::LexiconWords* words = &contexts.Words(*cr.lexicon);
      auto on_match = [&](Span span, float weight) {
        if (weight < rule.min_weight) return;
        match_weight = weight;
        if (cr.before) {  // extend the span back with what must precede ("Mme " + "nguyen")
          size_t lo = span.begin > 64 ? span.begin - 64 : 0;
          while (lo < span.begin && (static_cast<unsigned char>(view.text[lo]) & 0xC0) == 0x80) ++lo;
          // The text ends at the term ("$" matches there); the search looks back 64 bytes. A
          // capture group 1, when the pattern has one, is what the span takes of the match.
          re2::StringPiece took;
          if (!MatchTaking(*cr.before, std::string_view(view.text.data(), span.begin), lo,
                           span.begin, RE2::UNANCHORED, &took))
            return;
          span.begin = std::min(span.begin, static_cast<size_t>(took.data() - view.text.data()));
        }
        if (cr.then) {  // extend the span with what must follow ("Kevin" + " Marchal")
          re2::StringPiece took;
          if (!MatchTaking(*cr.then, view.text, span.end, view.text.size(), RE2::ANCHOR_START, &took))
            return;
          span.end = static_cast<size_t>(took.data() - view.text.data()) + took.size();
        }
        if (cr.next_lexicon && !internal::NextWordIn(*cr.next_lexicon, view.text, rule.capitalized,
                                                      rule.next_min_weight, &span.end))
          return;
        if (rule.isolated && !internal::Isolated(view.text, span.begin, span.end)) return;
        std::string_view text(view.text.data() + span.begin, span.end - span.begin);
        consider(span, {text, text});
      };
      for (const internal::LexiconMatch& m : words->Matches(view.text, rule.capitalized))
        on_match(m.span, m.weight);
      continue;
    }
    // The submatches `consider` reads: all of them for a validator, else up to the span's
    // group and unless_group.
    const int wanted = cr.validator ? -1 : std::max(group, rule.unless_group) + 1;
    for (int id : cr.patterns)
      if (may_match[static_cast<size_t>(id)]) {
        const bool windowed = data_->patterns->Windows(id, &screen, view.text, &windows);
        data_->ForEachMatch(id, view.text, group, consider, windowed ? &windows : nullptr, wanted);
      }
  }
  // Re-identification: signals combine into one finding, inside a care context only.
  const internal::RuleSetData& rs = *internal::DataOf(data_->rules);
  const internal::ReidModel& model = rs.reid;
  std::vector<RawSignal> combined;
  const Span whole{0, 0};
  if (model.present && !signals.empty() &&
      (!data_->reid_context || contexts.Near(*data_->reid_context, whole)) &&
      std::none_of(data_->reid_unless.begin(), data_->reid_unless.end(),
                   [&](const CompiledContext& u) { return contexts.Near(u, whole); })) {
    combined = Combine(model, signals);
    bool disabled = std::find(options.disabled_rules.begin(), options.disabled_rules.end(),
                              model.rule_id) != options.disabled_rules.end();
    if (!combined.empty() && !disabled) {
      bool high = std::any_of(combined.begin(), combined.end(), [&](const RawSignal& s) {
        return std::find(model.high_kinds.begin(), model.high_kinds.end(), s.rule->signal) !=
               model.high_kinds.end();
      });
      // Below the minimum severity it is erased with the others, after the statistical layer
      // below has seen that re-identification was found (so it does not guess it instead).
      const CompiledRule* r = high ? &data_->reid_high_compiled : &data_->reid_medium_compiled;
      candidates.push_back({r, combined.front().span, data_->compiled.size()});
    }
  }

  // Statistical layer (classifier.h): a category the model flags and no rule found.
  std::vector<internal::ClassifierHit> model_hits;
  if (classifier && classifier->any_enabled())
    for (internal::ClassifierHit& hit :
         internal::Classify(*classifier, view.text, model_features, scores())) {
      const CompiledRule& cr = data_->model_compiled[hit.category];
      if (!Applies(*cr.rule, report.lang, options) ||
          std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
            return c.rule->rule->category == cr.rule->category;
          }))
        continue;
      if (std::any_of(data_->model_unless[hit.category].begin(), data_->model_unless[hit.category].end(),
                      [&](const CompiledContext& u) { return contexts.Near(u, whole); }))
        continue;
      // The re-identification model's exceptions (fiction, statistics, the author's family,
      // history, news the author read) hold for the statistical layer's guess too.
      if (cr.rule->category == "reidentification" &&
          std::any_of(data_->reid_unless.begin(), data_->reid_unless.end(),
                      [&](const CompiledContext& u) { return contexts.Near(u, whole); }))
        continue;
      candidates.push_back({&cr, hit.span, data_->compiled.size() + 1 + hit.category});
      model_hits.push_back(std::move(hit));
    }

  candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                  [&](const Candidate& c) {
                                    return c.rule->rule->severity < options.min_severity;
                                  }),
                   candidates.end());
  std::vector<Candidate> kept = Resolve(std::move(candidates));
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule->rule->severity > b.rule->rule->severity;
  });
  if (kept.size() > options.max_findings) {
    kept.resize(options.max_findings);
    report.truncated = true;
  }

  const std::string& ml = report.message_lang;
  auto to_signal = [&](const RawSignal& raw) {
    Signal sig;
    sig.rule = raw.rule->id;
    sig.kind = raw.rule->signal;
    auto label = model.kind_label.find(sig.kind);
    sig.label = label == model.kind_label.end() ? sig.kind : label->second.Get(ml);
    view.MapSpan(raw.span.begin, raw.span.end, &sig.start, &sig.end);
    sig.text = std::string(utf8.substr(sig.start, sig.end - sig.start));
    sig.weight = raw.weight;
    return sig;
  };
  for (const RawSignal& raw : signals) report.signals.push_back(to_signal(raw));
  std::sort(report.signals.begin(), report.signals.end(),
            [](const Signal& a, const Signal& b) { return a.start < b.start; });
  if (report.signals.size() > options.max_findings) {  // capped like findings
    report.signals.resize(options.max_findings);
    report.truncated = true;
  }
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
    if (c.rule == &data_->reid_medium_compiled || c.rule == &data_->reid_high_compiled) {
      std::vector<Signal> sigs;
      for (const internal::RawSignal& raw : combined) sigs.push_back(to_signal(raw));
      internal::DescribeRisk(model, std::move(sigs), ml, &f);
    }
    for (const internal::ClassifierHit& hit : model_hits)  // statistical layer: its own why
      if (c.rule == &data_->model_compiled[hit.category])
        f.why = internal::DescribeHit(*rs.classifier, hit, view, utf8, ml, f.why);
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
