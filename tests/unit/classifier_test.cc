// The statistical layer (core/src/classifier.h): features, the committed model, its findings.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "classifier.h"
#include "json_util.h"
#include "rules.h"
#include "secretum/secretum.h"
#include "text.h"

namespace {

using secretum::internal::ClassifierFeatures;

std::vector<std::string> Names(const std::string& text, const std::string& lang = "fr") {
  std::vector<std::string> names;
  ClassifierFeatures(secretum::internal::Normalize(text).text, lang, &names);
  return names;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

uint32_t IdOf(const std::string& text, const std::string& name) {
  std::vector<std::string> names;
  auto f = ClassifierFeatures(secretum::internal::Normalize(text).text, "fr", &names);
  for (size_t k = 0; k < f.size(); ++k)
    if (names[k] == name) return f[k].id;
  FAIL("no feature " << name);
  return 0;
}

// A model file with one category and the given (id, weight) pairs; the probe is computed here.
std::string ModelFile(const std::string& category, std::vector<std::pair<uint32_t, int>> weights,
                      int bias, int threshold,
                      const std::string& features = secretum::internal::kClassifierFeatures,
                      const std::string& extra = "") {
  std::sort(weights.begin(), weights.end());
  std::string ids, ws, probe;
  uint32_t prev = 0;
  for (size_t k = 0; k < weights.size(); ++k) {
    ids += (k ? "," : "") + std::to_string(weights[k].first - prev);
    ws += (k ? "," : "") + std::to_string(weights[k].second);
    prev = weights[k].first;
  }
  for (const auto& f : ClassifierFeatures("probe text", "en"))
    probe += (probe.empty() ? "" : ",") + std::to_string(f.id);
  return R"({"features": ")" + features + R"(", "hash_bits": 20,
    "probe": {"text": "probe text", "lang": "en", "ids": [)" + probe + R"(]},
    "why": {"fr": "Modèle ({p} %) : {words}.", "en": "Model ({p}%): {words}."},
    "categories": {")" + category + R"(": {"enabled": true, "scale": 0.05, "bias": )" +
         std::to_string(bias) + R"(, "threshold": )" + std::to_string(threshold) +
         extra + R"(, "ids": [)" + ids + R"(], "weights": [)" + ws + "]}}}";
}

secretum::RuleSet WithModel(const std::string& model, const std::string& rule_file = "") {
  std::vector<std::pair<std::string, std::string>> files = {
      {"rules/categories.json",
       R"({"categories": {"defamation": {"severity": "high", "sources": "ethics",
            "message": {"fr": "Diffamation", "en": "Defamation"},
            "why": {"fr": "Pourquoi FR.", "en": "Why EN."}}}})"},
      {"rules/contexts.json", R"({"lists": {}})"},
      {"rules/citations.json",
       R"({"citations": {"c1": {"title": {"fr": "Code", "en": "Code"}, "url": "https://example.org"}},
           "groups": {"ethics": {"fr": ["c1"], "us": ["c1"]}}})"},
      {"rules/model/classifier-model.json", model}};
  if (!rule_file.empty()) files.push_back({"rules/defamation/test.json", rule_file});
  return secretum::RuleSet::FromFiles(files);
}

}  // namespace

TEST_CASE("classifier features are folded words, pairs, prefixes and marks, each once") {
  std::vector<std::string> n = Names("Ce traitement GUÉRIT tout !!! @marie_b https://t.co/x #pub 2024");
  CHECK(Has(n, "w:guerit"));             // case and accents folded
  CHECK(Has(n, "p:trait"));              // prefix of a long word
  CHECK(Has(n, "b:ce traitement"));
  CHECK(Has(n, "w:@"));                  // a mention, not the handle
  CHECK_FALSE(Has(n, "w:marie"));
  CHECK(Has(n, "w:<url>"));
  CHECK(Has(n, "w:!"));
  CHECK(Has(n, "w:000"));                // digit runs read as zeros
  CHECK(Has(n, "caps"));
  CHECK(Has(n, "lang:fr"));
  CHECK_FALSE(Has(n, "b:! @"));          // "!" ends the sentence: no pair across it
  auto a = ClassifierFeatures(secretum::internal::Normalize("Même texte, même résultat.").text, "fr");
  auto b = ClassifierFeatures(secretum::internal::Normalize("Même texte, même résultat.").text, "fr");
  REQUIRE(a.size() == b.size());
  for (size_t k = 0; k < a.size(); ++k) CHECK(a[k].id == b[k].id);
  CHECK(std::is_sorted(a.begin(), a.end(), [](const auto& x, const auto& y) { return x.id < y.id; }));
  CHECK(std::adjacent_find(a.begin(), a.end(), [](const auto& x, const auto& y) { return x.id == y.id; }) ==
        a.end());
}

TEST_CASE("classifier features mark negated and quoted words, and who a symbol's sentence names") {
  // Negation: the few words after a cue, until a comma or the sentence's end.
  std::vector<std::string> n = Names("Ce produit ne guérit pas le cancer, il soulage. Il guérit.");
  CHECK(Has(n, "n:guerit"));
  CHECK(Has(n, "n:cancer"));
  CHECK_FALSE(Has(n, "n:soulage"));  // after the comma
  CHECK_FALSE(Has(n, "n:il"));
  std::vector<std::string> en = Names("It doesn't cure anything. Vitamin C cures colds.", "en");
  CHECK(Has(en, "n:cure"));          // "n't"
  CHECK_FALSE(Has(en, "n:cures"));   // next sentence
  CHECK(Has(Names("Never stop your meds without asking", "en"), "n:stop"));
  // Every cue opens a scope; words that only look like one (same first letter or length) do not.
  for (const char* cue : {"ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "sans", "rien", "non",
                          "not", "no", "never", "nor", "without", "cannot", "nothing", "none", "neither"})
    CHECK_MESSAGE(Has(Names(std::string("lui ") + cue + " guerit"), "n:guerit"), cue);
  for (const char* word : {"nez", "pa", "sang", "jamaiss", "withouts", "neithers", "a", "tout", "d"})
    CHECK_MESSAGE(!Has(Names(std::string("lui ") + word + " guerit"), "n:guerit"), word);
  // Quotes: « », “ ” and " open and close; a line break closes.
  std::vector<std::string> q = Names("« Guérit le cancer » : non. Et \"zéro risque\" non plus\nguérit");
  CHECK(Has(q, "q:guerit"));
  CHECK(Has(q, "q:cancer"));
  CHECK(Has(q, "q:zero"));
  CHECK_FALSE(Has(q, "q:non"));
  CHECK_FALSE(Has(q, "q:plus"));
  // Symbols with the people their sentence names: P patient, C colleague, Y the reader.
  CHECK(Has(Names("Encore une patiente qui arrive à 23 h 🙄"), "e:P:🙄"));
  CHECK(Has(Names("Mon collègue a encore oublié 🙄"), "e:C:🙄"));
  CHECK(Has(Names("@marc toi aussi 🙄"), "e:Y:🙄"));
  CHECK(Has(Names("Le lundi matin 🙄"), "e:-:🙄"));
  CHECK(Has(Names("Le lundi matin 🙄"), "w:🙄"));  // the plain symbol stays
}

TEST_CASE("a long post gives the same features as when they are gathered without compaction") {
  // Long posts keep only the first occurrence of each feature as they go (memory follows the
  // distinct features); with names asked for, every occurrence is kept to the end. Same ids,
  // same first spans either way, on a text with far more occurrences than the compaction step.
  auto letters = [](int k) {  // digits would all read as "0": distinct words need letters
    std::string w;
    for (int i = 0; i < 3; ++i, k /= 26) w += static_cast<char>('a' + k % 26);
    return w;
  };
  std::string text;
  for (int k = 0; text.size() < 600000; ++k)
    text += "Patient " + letters(k % 977) + " vu au cabinet, mot" + letters(k % 3001) +
            " guérit TOUT !!! Suivi le " + std::to_string(k % 31) + " mars. ";
  std::string view = secretum::internal::Normalize(text).text;
  std::vector<std::string> names;
  auto with_names = ClassifierFeatures(view, "fr", &names);
  auto plain = ClassifierFeatures(view, "fr");
  REQUIRE(with_names.size() > 3000);
  REQUIRE(plain.size() == with_names.size());
  for (size_t k = 0; k < plain.size(); ++k) {
    CHECK(plain[k].id == with_names[k].id);
    CHECK(plain[k].begin == with_names[k].begin);
    CHECK(plain[k].end == with_names[k].end);
  }
}

TEST_CASE("the committed model loads and scores the trainer's cases exactly") {
  secretum::RuleSet rules = secretum::RuleSet::Builtin();
  REQUIRE(rules.ok());
  const auto* model = secretum::internal::DataOf(rules)->classifier.get();
  REQUIRE(model != nullptr);
  // The eight ethics categories, reidentification, and identifier (a gate, never reported).
  REQUIRE(model->categories.size() == 10);
  auto identifier = std::find_if(model->categories.begin(), model->categories.end(),
                                 [](const auto& c) { return c.category == "identifier"; });
  REQUIRE(identifier != model->categories.end());
  CHECK(!identifier->enabled);
  CHECK(identifier->has_gate);
  for (const auto& c : model->categories)
    if (c.category != "identifier") CHECK(!c.has_gate);
  std::ifstream in(std::string(SECRETUM_SOURCE_DIR) + "/tests/unit/classifier_cases.json");
  std::stringstream text;
  text << in.rdbuf();
  secretum::internal::Json doc;
  std::string err;
  REQUIRE(secretum::internal::ParseJson(text.str(), &doc, &err));
  REQUIRE(doc["cases"].size() >= 3);
  for (const auto& c : doc["cases"]) {
    std::string post = c["text"].get<std::string>();
    CAPTURE(post);
    auto features = ClassifierFeatures(secretum::internal::Normalize(post).text,
                                       c["lang"].get<std::string>());
    std::vector<int32_t> scores = secretum::internal::ClassifierScores(*model, features);
    for (size_t k = 0; k < model->categories.size(); ++k) {
      const auto& cat = model->categories[k];
      CAPTURE(cat.category);
      CHECK(scores[k] == c["scores"][cat.category].get<int32_t>());
      // Each weight is off by at most half a step, the bias too.
      double bound = (features.size() + 1) * cat.scale / 2;
      CHECK(std::fabs(cat.scale * scores[k] - c["logits"][cat.category].get<double>()) <= bound);
    }
  }
}

TEST_CASE("a model finding: rule id, span on the sentence, words that weigh, sources") {
  uint32_t charlatan = IdOf("charlatan", "w:charlatan");
  secretum::RuleSet rules = WithModel(ModelFile("defamation", {{charlatan, 100}}, -50, 10));
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  secretum::Analyzer analyzer(rules);
  REQUIRE(analyzer.ok());
  std::string post = "Bonne journée à tous. Le Dr Martin est un charlatan. À demain.";
  secretum::Report r = analyzer.Analyze(post);
  REQUIRE(r.findings.size() == 1);
  const secretum::Finding& f = r.findings[0];
  CHECK(f.rule == "model-defamation");
  CHECK(f.category == "defamation");
  CHECK(f.severity == secretum::Severity::kMedium);
  CHECK(f.text == "Le Dr Martin est un charlatan.");
  CHECK(f.message == "Diffamation");
  CHECK(f.why == "Modèle (92 %) : « charlatan ». Pourquoi FR.");
  REQUIRE(f.sources.size() == 1);
  CHECK(f.sources[0].url == "https://example.org");

  secretum::Options off;
  off.disabled_rules = {"model-defamation"};
  CHECK(analyzer.Analyze(post, off).findings.empty());
  CHECK(analyzer.Analyze("Bonne journée à tous.").findings.empty());
}

TEST_CASE("the model adds nothing to a category a rule already found") {
  uint32_t charlatan = IdOf("charlatan", "w:charlatan");
  secretum::RuleSet rules = WithModel(
      ModelFile("defamation", {{charlatan, 100}}, -50, 10),
      R"({"rules": [{"id": "charlatan-rule", "category": "defamation", "check": "terms",
                     "terms": ["escroc"], "message": {"fr": "x", "en": "x"},
                     "examples": {"fire": ["un escroc"], "quiet": ["un pharmacien"]}}]})");
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  secretum::Analyzer analyzer(rules);
  secretum::Report r = analyzer.Analyze("Ce charlatan est un escroc.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "charlatan-rule");
}

TEST_CASE("a rule marked model_gate counts only where the model's score reaches the gate") {
  const std::string post_open = "Le Dr Martin, ce charlatan, a encore vendu ses cures.";
  const std::string post_shut = "Ce charlatan de vendeur est encore passé.";
  uint32_t martin = IdOf(post_open, "w:martin");
  // A gate-only category: never reported alone (threshold out of reach), gate at 10.
  auto model = [&](const std::string& extra) {
    return ModelFile("defamation", {{martin, 60}}, -20, 1000000,
                     secretum::internal::kClassifierFeatures, extra);
  };
  const std::string rule_file =
      R"({"rules": [{"id": "gated", "category": "defamation", "check": "terms",
                     "terms": ["charlatan"], "model_gate": true, "message": {"fr": "x", "en": "x"},
                     "examples": {"fire": ["un charlatan"], "quiet": ["un pharmacien"]}},
                    {"id": "not-gated", "category": "defamation", "check": "terms",
                     "terms": ["vendu", "vendeur"], "message": {"fr": "x", "en": "x"},
                     "examples": {"fire": ["un vendeur"], "quiet": ["un pharmacien"]}}]})";
  auto rules_of = [](const secretum::Report& r) {
    std::vector<std::string> ids;
    for (const auto& f : r.findings) ids.push_back(f.rule);
    return ids;
  };
  secretum::RuleSet gated = WithModel(model(R"(, "gate": 10)"), rule_file);
  REQUIRE_MESSAGE(gated.ok(), gated.error());
  secretum::Analyzer a(gated);
  // Score -20 + 60 = 40 >= 10: open. Score -20 < 10: shut, the other rule still fires.
  CHECK(rules_of(a.Analyze(post_open)) == std::vector<std::string>{"gated", "not-gated"});
  CHECK(rules_of(a.Analyze(post_shut)) == std::vector<std::string>{"not-gated"});
  // A gate above the open post's score shuts it too.
  secretum::RuleSet high = WithModel(model(R"(, "gate": 41)"), rule_file);
  REQUIRE_MESSAGE(high.ok(), high.error());
  CHECK(rules_of(secretum::Analyzer(high).Analyze(post_open)) ==
        std::vector<std::string>{"not-gated"});
  // A category without a gate does not gate its rules.
  secretum::RuleSet none = WithModel(model(""), rule_file);
  REQUIRE_MESSAGE(none.ok(), none.error());
  CHECK(rules_of(secretum::Analyzer(none).Analyze(post_shut)) ==
        std::vector<std::string>{"gated", "not-gated"});
  // A gate that is not a number is refused, with its key.
  CHECK(WithModel(model(R"(, "gate": "x")"), rule_file).error().find(
            "rules/model/classifier-model.json: categories.defamation.gate: expected an integer") == 0);
}

TEST_CASE("a bad model file is refused with the file and the key") {
  uint32_t id = IdOf("charlatan", "w:charlatan");
  auto error = [](const std::string& model) { return WithModel(model).error(); };
  CHECK(error(ModelFile("defamation", {{id, 5}}, 0, 0, "words-0")).find(
            "rules/model/classifier-model.json: features: the model was trained on features "
            "\"words-0\"") == 0);
  CHECK(error(ModelFile("defamation", {{id, 300}}, 0, 0)) ==
        "rules/model/classifier-model.json: categories.defamation.weights[0]: expected an integer "
        "between -127 and 127");
  CHECK(error(ModelFile("slander", {{id, 5}}, 0, 0)) ==
        "rules/model/classifier-model.json: categories.slander: not one of the ten categories");
  std::string stale = ModelFile("defamation", {{id, 5}}, 0, 0);
  stale.replace(stale.find("\"ids\": [") + 8, 0, "1,");  // the probe's ids no longer match
  CHECK(error(stale).find("rules/model/classifier-model.json: probe: the engine's features") == 0);
  CHECK(error("[1, 2]") == "rules/model/classifier-model.json: expected an object");
  CHECK(error("{\"features\": ").find("rules/model/classifier-model.json: ") == 0);
}

TEST_CASE("the words shown are content words: a heavier '!' or 'leur' is not listed") {
  std::string post = "Le Dr Martin est un charlatan ! Il vole leur argent.";
  uint32_t charlatan = IdOf(post, "w:charlatan");
  uint32_t bang = IdOf(post, "w:!");
  uint32_t leur = IdOf(post, "w:leur");
  secretum::RuleSet rules =
      WithModel(ModelFile("defamation", {{charlatan, 40}, {bang, 100}, {leur, 90}}, -50, 10));
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  secretum::Analyzer analyzer(rules);
  secretum::Report r = analyzer.Analyze(post);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].why.find("« charlatan »") != std::string::npos);
  CHECK(r.findings[0].why.find("« ! »") == std::string::npos);
  CHECK(r.findings[0].why.find("« leur »") == std::string::npos);
  // With nothing else that weighs, the function word is shown rather than nothing.
  secretum::RuleSet only_leur = WithModel(ModelFile("defamation", {{leur, 90}}, -50, 10));
  secretum::Analyzer a2(only_leur);
  secretum::Report r2 = a2.Analyze(post);
  REQUIRE(r2.findings.size() == 1);
  CHECK(r2.findings[0].why.find("« leur »") != std::string::npos);
}

TEST_CASE("a model guess of re-identification obeys the re-identification model's exceptions") {
  uint32_t village = IdOf("village", "w:village");
  std::vector<std::pair<std::string, std::string>> files = {
      {"rules/categories.json",
       R"({"categories": {"reidentification": {"severity": "medium", "sources": "ethics",
            "message": {"fr": "Reconnaissable", "en": "Recognizable"},
            "why": {"fr": "Pourquoi.", "en": "Why."}}}})"},
      {"rules/contexts.json", R"({"lists": {"news_read": {"terms": ["lu dans"]}}})"},
      {"rules/citations.json",
       R"({"citations": {"c1": {"title": {"fr": "Code", "en": "Code"}, "url": "https://example.org"}},
           "groups": {"ethics": {"fr": ["c1"], "us": ["c1"]}}})"},
      {"rules/reidentification/reidentification-model.json",
       R"({"rule": "reidentification-risk", "min_kinds": 3, "threshold": 3, "strong_min_kinds": 2,
           "strong_threshold": 3, "strong_weight": 2, "high_kinds": ["media"], "person_kinds": ["age"],
           "kinds": {"age": {"weight": 1, "label": {"fr": "âge", "en": "age"}},
                     "media": {"weight": 2, "label": {"fr": "presse", "en": "press"}}},
           "unless": [{"lists": ["news_read"], "window": 0}],
           "message": {"fr": "Reconnaissable", "en": "Recognizable"},
           "why": {"fr": "{signals}", "en": "{signals}"},
           "suggestion": {"fr": "Retirez des détails.", "en": "Drop details."}})"},
      {"rules/model/classifier-model.json", ModelFile("reidentification", {{village, 100}}, -50, 10)}};
  secretum::RuleSet rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  secretum::Analyzer analyzer(rules);
  REQUIRE(analyzer.ok());
  secretum::Report r = analyzer.Analyze("Le doyen du village est arrivé cette nuit.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "model-reidentification");
  // The same words in a story the author read in the paper: the exception holds for the model.
  CHECK(analyzer.Analyze("Lu dans le journal : le doyen du village est arrivé cette nuit.").findings.empty());
}

TEST_CASE("a category's exceptions in the model file silence its finding; a missing list is refused") {
  uint32_t xray = IdOf("radio", "w:radio");
  std::string model = ModelFile("patient_image", {{xray, 100}}, -50, 10);
  // The same file with an exception: the author's own image.
  std::string with_unless = model;
  with_unless.insert(with_unless.rfind("}}}"), R"(, "unless": [{"lists": ["own"], "window": 0}])");
  auto rules_with = [](const std::string& m, const std::string& lists) {
    return secretum::RuleSet::FromFiles({
        {"rules/categories.json",
         R"({"categories": {"patient_image": {"severity": "high", "sources": "ethics",
              "message": {"fr": "Image", "en": "Image"}, "why": {"fr": "P.", "en": "W."}}}})"},
        {"rules/contexts.json", lists},
        {"rules/citations.json",
         R"({"citations": {"c1": {"title": {"fr": "Code", "en": "Code"}, "url": "https://example.org"}},
             "groups": {"ethics": {"fr": ["c1"], "us": ["c1"]}}})"},
        {"rules/model/classifier-model.json", m}});
  };
  const std::string lists = R"({"lists": {"own": {"terms": ["ma propre"]}}})";
  secretum::RuleSet plain = rules_with(model, lists);
  secretum::RuleSet excepted = rules_with(with_unless, lists);
  REQUIRE_MESSAGE(plain.ok(), plain.error());
  REQUIRE_MESSAGE(excepted.ok(), excepted.error());
  const std::string own = "Voici ma propre radio de cheville après ma chute au ski.";
  const std::string theirs = "Voici la radio du poignet de la dame de ce matin.";
  CHECK(secretum::Analyzer(plain).Analyze(own).findings.size() == 1);
  CHECK(secretum::Analyzer(excepted).Analyze(own).findings.empty());
  REQUIRE(secretum::Analyzer(excepted).Analyze(theirs).findings.size() == 1);
  CHECK(secretum::Analyzer(excepted).Analyze(theirs).findings[0].rule == "model-patient_image");
  secretum::RuleSet missing = rules_with(with_unless, R"({"lists": {}})");
  CHECK_FALSE(missing.ok());
  CHECK(missing.error().find("unless: no list \"own\"") != std::string::npos);
}

TEST_CASE("feature rows: the first insertion of an id wins, lookups across growth, insertion order kept") {
  secretum::internal::FeatureRows rows;
  CHECK(rows.find(7) == rows.end());
  for (uint32_t k = 0; k < 5000; ++k) {
    const uint32_t id = (k * 2654435761u) & ((1u << 20) - 1);  // spread like hashed features
    auto [entry, fresh] = rows.Insert(id, k);
    if (!fresh) CHECK(entry->second < k);  // an earlier k had the same id
  }
  auto [again, fresh] = rows.Insert(0, 99999);  // k = 0 gave id 0
  CHECK_FALSE(fresh);
  CHECK(again->second == 0);
  uint32_t previous_row = 0;
  for (size_t i = 0; i < rows.entries().size(); ++i) {
    const auto& [id, row] = rows.entries()[i];
    if (i > 0) CHECK(row > previous_row);
    previous_row = row;
    REQUIRE(rows.find(id) != rows.end());
    CHECK(rows.find(id)->second == row);
  }
  CHECK(rows.find(1u << 21) == rows.end());  // outside the 20-bit ids
}
