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
  // Exceptions: when one matches the post (contexts.json lists or terms, as a rule's unless),
  // the category is not reported ("my own X-ray" for patient_image).
  std::vector<ContextSpec> unless;
};

// Feature id -> row: open addressing over a flat array, with the part of std::unordered_map's
// interface the model uses (find() gives a pointer, end() is null; the first insertion of an id
// wins). The rule pack's ~12,000 rows were as many unordered_map nodes allocated at every engine
// start; here, two arrays. Cost: an insertion or a lookup hashes the id once and probes about
// once (load factor <= 1/2); memory 12-24 bytes a row.
class FeatureRows {
 public:
  using value_type = std::pair<uint32_t, uint32_t>;  // (feature id, row)
  void reserve(size_t n) {
    entries_.reserve(n);
    size_t want = 16;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }
  // Inserts id -> row unless id is present; returns the entry and whether it was inserted.
  std::pair<const value_type*, bool> try_emplace(uint32_t id, uint32_t row) {
    if (2 * (entries_.size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        entries_.emplace_back(id, row);
        slots_[i] = static_cast<uint32_t>(entries_.size());
        return {&entries_.back(), true};
      }
      if (entries_[slots_[i] - 1].first == id) return {&entries_[slots_[i] - 1], false};
    }
  }
  void emplace(uint32_t id, uint32_t row) { try_emplace(id, row); }
  const value_type* find(uint32_t id) const {
    if (entries_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) return nullptr;
      if (entries_[slots_[i] - 1].first == id) return &entries_[slots_[i] - 1];
    }
  }
  const value_type* end() const { return nullptr; }
  size_t size() const { return entries_.size(); }
  // Every (id, row), in insertion order.
  const std::vector<value_type>& entries() const { return entries_; }

 private:
  static size_t Hash(uint32_t id) { return static_cast<size_t>((id * 0x9E3779B1u) >> 7); }
  void Rehash(size_t n) {
    slots_.assign(n, 0);
    const size_t mask = n - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = Hash(entries_[e].first) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<uint32_t>(e + 1);
    }
  }
  std::vector<value_type> entries_;
  std::vector<uint32_t> slots_;  // entry index + 1; 0: empty. Size: a power of two, or 0.
};

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

// The enabled categories whose score reaches their threshold, in `categories` order.
std::vector<ClassifierHit> Classify(const ClassifierModel& m, std::string_view view,
                                    std::string_view lang);

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
