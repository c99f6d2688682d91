// Re-identification: signals from rules and lexicons, and how the model combines them
// (rules/reidentification/, core/src/analyzer.cc).
#include <doctest/doctest.h>

#include "secretum/secretum.h"

namespace {

const secretum::Analyzer& Engine() {
  static const secretum::Analyzer analyzer(secretum::RuleSet::Builtin());
  return analyzer;
}

const secretum::Finding* Risk(const secretum::Report& r) {
  for (const auto& f : r.findings)
    if (f.rule == "reidentification-risk") return &f;
  return nullptr;
}

bool HasSignal(const secretum::Report& r, const std::string& kind, const std::string& text) {
  for (const auto& s : r.signals)
    if (s.kind == kind && s.text == text) return true;
  return false;
}

}  // namespace

TEST_CASE("a recognizable patient without a name: age, town, time, occupation, rare disease") {
  std::string post = "Mon patient de 41 ans, le seul boulanger de Saint-Aubin, hospitalisé depuis mardi "
                     "pour une maladie de Wilson";
  secretum::Report r = Engine().Analyze(post);
  const secretum::Finding* f = Risk(r);
  REQUIRE(f != nullptr);
  CHECK(f->category == "reidentification");
  CHECK(f->signals.size() >= 4);
  CHECK(f->why.find("maladie rare : « maladie de Wilson »") != std::string::npos);
  CHECK(f->why.find("âge : « 41 ans »") != std::string::npos);
  CHECK(f->suggestion.find("maladie de Wilson") != std::string::npos);
  for (const auto& s : f->signals) CHECK(post.substr(s.start, s.end - s.start) == s.text);
}

TEST_CASE("a village weighs more than a city") {
  secretum::Report village = Engine().Analyze("une dame de 80 ans à Aast");
  secretum::Report city = Engine().Analyze("une dame de 80 ans à Lyon");
  double v = 0, c = 0;
  for (const auto& s : village.signals) if (s.kind == "place") v = s.weight;
  for (const auto& s : city.signals) if (s.kind == "place") c = s.weight;
  CHECK(v > c);
  CHECK(c > 0);
}

TEST_CASE("generic teaching cases, statistics and fiction stay quiet") {
  const char* quiet[] = {
      "Une femme de 45 ans se présente pour des palpitations. Bilan normal. Votre conduite ?",
      "L'an dernier, nos urgences ont vu 48 000 patients, dont 31 % avaient plus de 80 ans.",
      "Cas fictif : la boulangère de 45 ans de Saint-Flour, hospitalisée lundi pour une maladie de Fabry.",
      "Mon père, 78 ans, ancien menuisier à Dole, vient d'entrer en EHPAD. Je suis démuni.",
      "Le nouveau scanner de l'hôpital de Lannion est opérationnel depuis lundi."};
  for (const char* post : quiet) CHECK_MESSAGE(Risk(Engine().Analyze(post)) == nullptr, post);
}

TEST_CASE("a notable event or media coverage makes the finding high severity") {
  secretum::Report r = Engine().Analyze(
      "The truck driver from last night's I-81 pileup near Roanoke is in our resus bay, 47M.");
  const secretum::Finding* f = Risk(r);
  REQUIRE(f != nullptr);
  CHECK(f->severity == secretum::Severity::kHigh);
  CHECK(HasSignal(r, "occupation", "truck driver"));
  CHECK(HasSignal(r, "age", "47M"));
}

TEST_CASE("signals appear in the JSON report with UTF-16 offsets") {
  std::string post = "🙏 Ce matin aux urgences d'Aurillac : le boucher du marché, 52 ans. Toute la ville va en parler";
  std::string json = secretum::ReportToJson(Engine().Analyze(post));
  CHECK(json.find("\"signals\":[") != std::string::npos);
  CHECK(json.find("\"kind\":\"time\",\"label\":\"moment\",\"start\":3,\"end\":11") != std::string::npos);
}

TEST_CASE("disabling the model's rule id silences re-identification findings") {
  secretum::Options o;
  o.disabled_rules = {"reidentification-risk"};
  std::string post = "Cette nuit aux urgences de Figeac : le garagiste de la place, 47 ans. Tout le canton sera au courant";
  CHECK(Risk(Engine().Analyze(post)) != nullptr);
  CHECK(Risk(Engine().Analyze(post, o)) == nullptr);
}

TEST_CASE("a unique local role, an island or a press-covered event make a patient recognizable") {
  // A role one person holds in a named place, in a post about care.
  secretum::Report r = Engine().Analyze(
      "Le curé de Saint-Flour que je suis depuis dix ans vient d'avoir son diagnostic de Parkinson.");
  CHECK(Risk(r) != nullptr);
  CHECK(HasSignal(r, "occupation", "curé de S"));
  // The same role outside any care context is not a patient.
  CHECK(Risk(Engine().Analyze("Le curé de Saint-Flour a béni la nouvelle cloche hier soir, 300 fidèles.")) ==
        nullptr);
  // An island is a small place; a lottery winner is in the local paper.
  r = Engine().Analyze("Flew out to Lord Howe Island at dawn for the 78 y/o who runs the bowls club, stroke overnight.");
  CHECK(Risk(r) != nullptr);
  CHECK(HasSignal(r, "place", "Island"));
  r = Engine().Analyze("Le gagnant de l'Euromillions de Pornic est venu pour une entorse ce matin.");
  CHECK(HasSignal(r, "media", "gagnant de l'Euromillions"));
  // A colleague's obituary and the author's own pet stay quiet.
  CHECK(Risk(Engine().Analyze("Nous apprenons le décès du Dr Anne Perrot, pédiatre à Vannes pendant 35 ans, "
                              "partie le 4 mars à 79 ans.")) == nullptr);
  CHECK(Risk(Engine().Analyze("My old border collie Jess, 13 y/o, had her lump removed today. Vet says benign.")) ==
        nullptr);
}

TEST_CASE("a rare condition or media coverage is a topic until a person is described") {
  // A rare condition or a press article with a time and a town (a course, an awareness walk, a
  // study in the news) describes no one; the same with an age or an occupation describes a patient.
  const char* topic[] = {
      "Cours de neuro ce matin sur la maladie de Wilson, à Rennes, avec les externes.",
      "Grand rounds today in Leeds on Guillain-Barré syndrome, great slides on IVIG.",
      "L'étude publiée hier sur le CHU de Brest fait le buzz dans la presse : 18 patients seulement."};
  for (const char* post : topic) CHECK_MESSAGE(Risk(Engine().Analyze(post)) == nullptr, post);
  const char* person[] = {
      "Ce matin à Rennes, une jeune femme de 24 ans avec une maladie de Wilson découverte aux urgences.",
      "Admitted a retired fisherman last night with Guillain-Barré syndrome, poor guy.",
      "Ce matin aux urgences de Brest, le boulanger de 52 ans vu au JT hier soir après l'incendie."};
  for (const char* post : person) CHECK_MESSAGE(Risk(Engine().Analyze(post)) != nullptr, post);
}
