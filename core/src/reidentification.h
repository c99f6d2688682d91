// The re-identification model: how quasi-identifier signals combine into one finding
// (rules/reidentification/reidentification-model.json).
#ifndef SECRETUM_REIDENTIFICATION_H_
#define SECRETUM_REIDENTIFICATION_H_

#include <string>
#include <vector>

#include "matching.h"
#include "rules.h"

namespace secretum::internal {

// A signal found by a signal rule, in the normalized view.
struct RawSignal {
  const Rule* rule;
  Span span;
  double weight;
};

// Keeps, per kind, the strongest signal (overlapping signals of one kind count once), and
// decides whether they make a patient recognizable. The post must describe a person (a signal
// of a person kind), then:
//   (kinds >= min_kinds and score >= threshold) or
//   (a signal weighs >= strong_weight, kinds >= strong_min_kinds and score >= strong_threshold),
// where score is the sum over kinds of the kind's strongest weight. Returns the signals that
// combined, strongest first (empty when the post stays quiet).
std::vector<RawSignal> Combine(const ReidModel& m, std::vector<RawSignal> signals);

// The finding's message, why and suggestion: `signals` are the combined ones mapped to the
// post (strongest first), `lang` the message language.
void DescribeRisk(const ReidModel& m, std::vector<Signal> signals, const std::string& lang,
                  Finding* finding);

}  // namespace secretum::internal

#endif  // SECRETUM_REIDENTIFICATION_H_
