// The statistical layer: one small logistic-regression model per ethics category, over hashed
// word features the engine computes itself (so that scripts/train-classifier, which reads them
// from `secretum features`, trains on exactly what the analyzer scores).
//
// Model file: rules/model/classifier-model.json, written by scripts/train-classifier (the
// schema is documented there and in rules/model/README.md). Its findings carry the rule id
// "model-<category>"; the analyzer adds one only for a category no rule found.
//
// Costs: ClassifierFeatures is linear in the post (no ICU, no regular expression): ~150
// features for a 280-character post. Scoring is one hash lookup per feature.
// Determinism: scores are integer sums of int8 weights; thresholds are integers; the only
// floating-point step is the probability printed in the explanation.
#ifndef SECRETUM_CLASSIFIER_H_
#define SECRETUM_CLASSIFIER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "flat_map.h"
#include "json_util.h"
#include "matching.h"
#include "rules.h"

namespace secretum::internal {

class Reader;
struct NormalizedText;

// The version of ClassifierFeatures below; a model names the version it was trained on and
// the loader refuses any other. Change it whenever the features change.
inline constexpr const char* kClassifierFeatures = "words-2";
inline constexpr int kClassifierHashBits = 20;

struct ClassifierFeature {
  uint32_t id;     // FNV-1a of the feature's name, masked to kClassifierHashBits
  uint32_t begin;  // the words it comes from, byte offsets in the normalized view (first
  uint32_t end;    // occurrence); begin == end for post-level features ("caps", "lang:fr")
};

// The features of one post, each id once, sorted by id. `view` is Normalize(post).text, `lang`
// "fr" or "en". Names, for people and the trainer's report (*names, same order, when given):
//   w:WORD      a word, lowercased; digit runs read as 0, 00 or 000 ("5mg" -> "0mg")
//   b:W1 W2     two consecutive tokens of one sentence
//   p:PREFI     the first 5 letters of a word of 6 letters or more (FR/EN inflections)
//   w:@ w:# w:! w:? w:% w:$ w:<url>   a mention, hashtag, punctuation, a link
//   w:<c>       any other non-ASCII character (emoji, €), as itself
//   n:WORD      a word in a negation's scope (the 3 words after "pas", "jamais", "not", "n't"...)
//   q:WORD      a word or symbol between double quotes (« », “ ” and " are one quote mark)
//   e:REFS:<c>  a non-ASCII symbol with who its sentence names: REFS is P (a patient or people),
//               C (a colleague), Y (the reader: tu, vous, you, a mention), in that order, or "-"
//   caps, caps3 a word of 4+ capitals, three such words; lang:fr, lang:en
std::vector<ClassifierFeature> ClassifierFeatures(std::string_view view, std::string_view lang,
                                                  std::vector<std::string>* names = nullptr);

struct ClassifierCategory {
  std::string category;
  bool enabled = false;      // off: scored (tools, tests), never reported
  Severity severity = Severity::kMedium;
  double scale = 0;          // logit = scale * score
  int32_t bias = 0;
  int32_t threshold = 0;     // reported when score >= threshold
  // The gate of the category's rules marked "model_gate" (rules.h): their matches count when
  // score >= gate. Absent (has_gate false): those rules are not gated.
  bool has_gate = false;
  int32_t gate = 0;
  // Exceptions: when one matches the post (contexts.json lists or terms, as a rule's unless),
  // the category is not reported ("my own X-ray" for patient_image).
  std::vector<ContextSpec> unless;
};

// Feature id -> row (flat_map.h). The rule pack's ~12,000 rows were as many unordered_map nodes
// allocated at every engine start; here, two arrays (12-24 bytes a row).
struct FeatureIdHash {
  size_t operator()(uint32_t id) const { return static_cast<size_t>((id * 0x9E3779B1u) >> 7); }
};
using FeatureRows = FlatMap<uint32_t, uint32_t, FeatureIdHash>;

struct ClassifierModel {
  std::vector<ClassifierCategory> categories;
  // Feature id -> row in `weights` (one int8 per category, in `categories` order).
  FeatureRows rows;
  std::vector<int8_t> weights;
  Texts why;  // "{p}" (percent) and "{words}" are replaced
  bool any_enabled() const;
};

// Integer score of every category (bias + the weights of the features), in `categories` order.
std::vector<int32_t> ClassifierScores(const ClassifierModel& m,
                                      const std::vector<ClassifierFeature>& features);

// A category the model flags.
struct ClassifierHit {
  size_t category;          // index in ClassifierModel::categories
  int32_t score;
  Span span;                // the sentence with the largest positive contribution (view bytes)
  std::vector<Span> words;  // up to 3 heaviest positive features, heaviest first, not overlapping
};

// The enabled categories whose score reaches their threshold, in `categories` order, given the
// post's features and scores (ClassifierFeatures and ClassifierScores of `view`: the analyzer
// computes them once for the rules' gates and for this).
std::vector<ClassifierHit> Classify(const ClassifierModel& m, std::string_view view,
                                    const std::vector<ClassifierFeature>& features,
                                    const std::vector<int32_t>& scores);

// The explanation of a hit in `lang`: the model's "why" with the probability and the words that
// weighed most (quoted from the caller's text `utf8`), then `category_why`.
std::string DescribeHit(const ClassifierModel& m, const ClassifierHit& hit,
                        const NormalizedText& view, std::string_view utf8,
                        const std::string& lang, const std::string& category_why);

// Reads classifier-model.json; a failure names the key. The model's probe (a text and its
// feature ids at training time) must give the same ids today, else the model is stale.
void ReadClassifier(Reader& r, const Json& doc, ClassifierModel* out);
// ReadClassifier into data->classifier (the loader's entry point, rules_load.cc).
void ReadClassifierInto(Reader& r, const Json& doc, RuleSetData* data);

}  // namespace secretum::internal

#endif  // SECRETUM_CLASSIFIER_H_
