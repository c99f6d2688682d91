#include "reidentification.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace secretum::internal {
namespace {

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  size_t at = text.find(key);
  if (at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

}  // namespace

std::vector<RawSignal> Combine(const internal::ReidModel& m, std::vector<RawSignal> signals) {
  std::sort(signals.begin(), signals.end(), [](const RawSignal& a, const RawSignal& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.span.begin < b.span.begin;
  });
  // The heaviest (then earliest) signal of each kind. (The overlap test this replaces could
  // only drop a signal of a kind already represented: it never changed the result.)
  std::vector<RawSignal> per_kind;
  std::set<std::string_view> seen;
  for (const RawSignal& s : signals)
    if (seen.insert(s.rule->signal).second) per_kind.push_back(s);
  double score = 0;
  bool strong = false, person = m.person_kinds.empty();
  for (const RawSignal& s : per_kind) {
    score += s.weight;
    strong = strong || s.weight >= m.strong_weight;
    person = person || std::find(m.person_kinds.begin(), m.person_kinds.end(), s.rule->signal) !=
                           m.person_kinds.end();
  }
  int kinds = static_cast<int>(per_kind.size());
  bool fires = person && ((kinds >= m.min_kinds && score >= m.threshold) ||
                          (strong && kinds >= m.strong_min_kinds && score >= m.strong_threshold));
  return fires ? per_kind : std::vector<RawSignal>();
}

void DescribeRisk(const ReidModel& m, std::vector<Signal> sigs, const std::string& lang,
                  Finding* f) {
  // Which details to drop (the strongest first) to bring the post under the model's threshold.
  std::string drop;
  double left = 0;
  for (const Signal& sig : sigs) left += sig.weight;
  for (size_t k = 0; k < sigs.size() && left >= m.strong_threshold; ++k) {
    drop += (drop.empty() ? "" : ", ") + sigs[k].label + " (« " + sigs[k].text + " »)";
    left -= sigs[k].weight;
  }
  // "âge : « 41 ans » · lieu : « Saint-Aubin » · ..." in the text order.
  std::sort(sigs.begin(), sigs.end(), [](const Signal& a, const Signal& b) { return a.start < b.start; });
  const char* colon = lang == "fr" ? " : " : ": ";
  std::string list;
  for (const Signal& sig : sigs)
    list += (list.empty() ? "" : " · ") + sig.label + colon + "« " + sig.text + " »";
  f->message = Replace(m.message.Get(lang), "{n}", std::to_string(sigs.size()));
  f->why = Replace(m.why.Get(lang), "{signals}", list);
  f->suggestion = Replace(m.suggestion.Get(lang), "{drop}", drop);
  f->signals = std::move(sigs);
}

}  // namespace secretum::internal
