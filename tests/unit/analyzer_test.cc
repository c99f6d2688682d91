// End-to-end behaviour of Analyzer over the built-in rules: findings, offsets, options,
// languages and the hard negatives the identifier rules must stay quiet on.
#include <doctest/doctest.h>

#include <thread>

#include "secretum/secretum.h"

namespace {

const secretum::Analyzer& Engine() {
  static const secretum::Analyzer analyzer(secretum::RuleSet::Builtin());
  return analyzer;
}

bool Has(const secretum::Report& r, const std::string& rule) {
  for (const auto& f : r.findings)
    if (f.rule == rule) return true;
  return false;
}

// Options::max_findings over `text`: exactly `cap` findings kept, the report marked truncated.
void CheckCapped(const std::string& text, size_t cap) {
  secretum::Options options;
  options.max_findings = cap;
  secretum::Report r = Engine().Analyze(text, options);
  CHECK(r.findings.size() == cap);
  CHECK(r.truncated);
}

}  // namespace

TEST_CASE("finds a French patient's name and NIR with offsets into the original bytes") {
  std::string post = "Un avis svp 🙏 dossier de M. Gaston Lefranc, NIR 2 63 04 69 123 456 83, vu hier";
  secretum::Report r = Engine().Analyze(post);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.lang == "fr");
  CHECK(r.findings[0].text == "M. Gaston Lefranc");
  CHECK(post.substr(r.findings[0].start, r.findings[0].end - r.findings[0].start) ==
        "M. Gaston Lefranc");
  CHECK(r.findings[1].rule == "fr-nir");
  CHECK(r.findings[1].severity == secretum::Severity::kHigh);
  CHECK_FALSE(r.findings[1].why.empty());
  CHECK_FALSE(r.findings[1].sources.empty());
  CHECK(r.findings[0].replacement == "un patient");
}

TEST_CASE("JSON offsets are UTF-16 code units (emoji count two, accents one)") {
  std::string post = "🙏é Mme Lemaire, chambre 212";
  secretum::Report r = Engine().Analyze(post);
  REQUIRE(!r.findings.empty());
  std::string json = secretum::ReportToJson(r);
  // "🙏" is 2 UTF-16 units, "é" 1, then a space: "Mme" starts at 4.
  CHECK(json.find("\"start\":4") != std::string::npos);
  CHECK(secretum::Utf16Offset(post, 4) == 2);
  CHECK(secretum::Utf16Offset(post, 6) == 3);
}

TEST_CASE("obfuscated identifiers are found and offsets cover the original text") {
  std::string post = "NIR de la patiente : 2\u200B95 10 99 126 111 93";
  secretum::Report r = Engine().Analyze(post);
  REQUIRE(Has(r, "fr-nir"));
  CHECK(r.findings.back().text == "2\u200B95 10 99 126 111 93");
  secretum::Report cyr = Engine().Analyze("\u041Cme Lemaire, chambre 212");
  CHECK(Has(cyr, "title-name-fr-f"));
}

TEST_CASE("messages follow the post's language unless told otherwise") {
  secretum::Report fr = Engine().Analyze("Mme Lemaire est enfin rentrée chez elle");
  REQUIRE_FALSE(fr.findings.empty());
  CHECK(fr.findings[0].message == "Nom d'une patiente");
  secretum::Options en;
  en.message_lang = "en";
  secretum::Report r = Engine().Analyze("Mme Lemaire est enfin rentrée chez elle", en);
  CHECK(r.findings[0].message == "Patient's name");
  CHECK(r.findings[0].replacement == "une patiente");  // the fix is written in the post's language
}

TEST_CASE("jurisdiction chooses the cited rules") {
  secretum::Options qc;
  qc.jurisdiction = "qc";
  secretum::Report r = Engine().Analyze("dame de 68 ans, carte RAMQ PELM 5861 1214", qc);
  REQUIRE(Has(r, "qc-ramq"));
  std::string titles;
  for (const auto& s : r.findings[0].sources) titles += s.title;
  CHECK(titles.find("20") != std::string::npos);
  secretum::Report fr = Engine().Analyze("dame de 68 ans, carte RAMQ PELM 5861 1214");
  CHECK(fr.jurisdiction == "fr");
  CHECK(fr.findings[0].sources[0].title.find("R.4127-4") != std::string::npos);
}

TEST_CASE("disabled rules and minimum severity filter findings") {
  secretum::Options o;
  o.disabled_rules = {"qc-ramq"};
  CHECK_FALSE(Has(Engine().Analyze("RAMQ PELM 5861 1214", o), "qc-ramq"));
  secretum::Options high;
  high.min_severity = secretum::Severity::kHigh;
  // A medium re-identification finding: an age, a town and a day.
  const char* post = "Ma patiente de 104 ans, entrée en gériatrie samedi à Lisieux";
  CHECK_FALSE(Has(Engine().Analyze(post, high), "reidentification-risk"));
  CHECK(Has(Engine().Analyze(post), "reidentification-risk"));
}

TEST_CASE("hard negatives: the author's own numbers, rooms at congresses, DOIs, trials") {
  const char* quiet[] = {
      "Mes ordonnances sont refusées parce que mon n° RPPS 10003456789 n'existe pas",
      "The insurer bounced my claim because my NPI 1386620417 was mistyped",
      "Jeudi au congrès : session pompes à insuline salle 418C à 9h30",
      "Notre article est sorti (doi:10.1016/j.jemermed.2025.03.114), merci aux co-auteurs",
      "Essai HEART-FLOW ouvert aux inclusions (NCT06623871), écrivez à l'attachée de recherche.",
      "Vol AF1234 annulé, je rate le congrès 😩",
      "Vaccination antigrippale : renseignements au 05 49 62 18 73 (secrétariat du centre).",
      "Journées de pédiatrie à Lille du 9 au 11 mars : je présente en salle 118 vendredi à 10h",
      "Bravo à Dre Josée Pelletier, nouvelle cheffe du service de néonatologie!",
      "With respect, I don't agree with @DrPNair about imaging every ankle sprain."};
  for (const char* post : quiet) {
    secretum::Report r = Engine().Analyze(post);
    std::string got;
    for (const auto& f : r.findings) got += f.rule + ":" + f.text + " ";
    CHECK_MESSAGE(r.findings.empty(), post << " -> " << got);
  }
}

TEST_CASE("too many findings are capped and reported as truncated") {
  std::string post;
  for (int i = 0; i < 50; ++i) post += "Mme Lemaire, chambre 212. ";
  CheckCapped(post, 10);
}

TEST_CASE("empty text, invalid UTF-8 and NUL bytes never crash") {
  CHECK(Engine().Analyze("").findings.empty());
  secretum::Report r = Engine().Analyze(std::string("Mme Lemaire\xFF\0 chambre 212", 25));
  CHECK(r.invalid_utf8);
  CHECK(Has(r, "title-name-fr-f"));
  CHECK_FALSE(secretum::ReportToJson(r).empty());
}

TEST_CASE("Analyze is safe to call from several threads at once") {
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i)
        counts[t] += Engine().Analyze("Mme Lemaire, chambre 212, NIR 2 95 10 99 126 111 93").findings.size();
    });
  for (auto& th : threads) th.join();
  for (size_t c : counts) CHECK(c == 150);
}

TEST_CASE("language detection for short posts") {
  CHECK(secretum::DetectLanguage("Nuit de garde finie : 29 passages, pas dormi") == "fr");
  CHECK(secretum::DetectLanguage("First night as charge nurse done, nobody died") == "en");
  CHECK(secretum::DetectLanguage("Vous avez des idées pour faire bouger la direction du CIUSSS?") == "fr");
  CHECK(secretum::DetectLanguage("Pt's wife keeps calling the unit") == "en");
}

TEST_CASE("options are validated") {
  secretum::Options o;
  std::string error;
  CHECK(secretum::ValidateOptions(o, &error));
  o.jurisdiction = "be";
  CHECK_FALSE(secretum::ValidateOptions(o, &error));
  CHECK(error.find("jurisdiction") != std::string::npos);
}

namespace {

// A rule set of one lexicon rule over two small lexicons, to test the lexicon keys alone.
secretum::Analyzer LexiconEngine(const std::string& rule_keys) {
  std::vector<std::pair<std::string, std::string>> files = {
      {"rules/categories.json",
       R"({"categories": {"identifier": {"severity": "high", "message": {"fr": "x", "en": "x"}}}})"},
      {"rules/contexts.json", R"({"lists": {"patient": {"terms": ["patient"]}}})"},
      {"rules/citations.json", R"({"citations": {}, "groups": {}})"},
      {"rules/lexicons/given.tsv", "anna\t1\nbrandon\t0.5\n"},
      {"rules/lexicons/family.tsv", "keller\t1\nhills\t0.5\nperrin\t2\n"},
      {"rules/identifier/t.json",
       R"({"rules": [{"id": "t", "category": "identifier", "check": "terms", )" + rule_keys +
           R"(, "examples": {"fire": ["unused"], "quiet": ["unused"]}}]})"}};
  secretum::RuleSet set = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(set.ok(), set.error());
  return secretum::Analyzer(set);
}

std::vector<std::string> Spans(const secretum::Analyzer& a, const std::string& post) {
  std::vector<std::string> out;
  for (const auto& f : a.Analyze(post).findings) out.push_back(f.text);
  return out;
}

}  // namespace

TEST_CASE("lexicon rules: next_lexicon and next_min_weight check the following word") {
  secretum::Analyzer a = LexiconEngine(
      R"J("lexicon": "given", "capitalized": true, "next_lexicon": "family", "next_min_weight": 1)J");
  REQUIRE(a.ok());
  CHECK(Spans(a, "told Brandon Keller's mom") == std::vector<std::string>{"Brandon Keller"});
  CHECK(Spans(a, "saw Anna Keller-Roy today") == std::vector<std::string>{"Anna Keller-Roy"});
  CHECK(Spans(a, "Brandon Hills is a place").empty());  // surname too light
  CHECK(Spans(a, "Anna keller").empty());                // not Titlecase
  CHECK(Spans(a, "Anna Smith").empty());                 // not in the lexicon
}

TEST_CASE("unless with side inside looks only at the match itself") {
  // "Brandon Hills" is a place here: an unless inside the match drops it; the same words
  // next to the match (before or after) do not, and a window-less unless never looks inside.
  secretum::Analyzer inside = LexiconEngine(
      R"J("lexicon": "given", "capitalized": true, "next_lexicon": "family",
          "unless": [{"terms": ["brandon hills"], "side": "inside"}])J");
  REQUIRE(inside.ok());
  CHECK(Spans(inside, "saw Brandon Hills today").empty());
  CHECK(Spans(inside, "saw Brandon Keller near brandon hills") ==
        std::vector<std::string>{"Brandon Keller"});
  secretum::Analyzer around = LexiconEngine(
      R"J("lexicon": "given", "capitalized": true, "next_lexicon": "family",
          "unless": [{"terms": ["brandon hills"]}])J");
  REQUIRE(around.ok());
  CHECK(Spans(around, "saw Brandon Hills today") == std::vector<std::string>{"Brandon Hills"});
  CHECK(Spans(around, "saw Brandon Keller near brandon hills").empty());
}

TEST_CASE("a context may be a lexicon: its entries count as matches, word by word") {
  // "family" doubles as a list of names that are not patients' here ("keller", "hills", found
  // over the word runs like a lexicon rule's entries, whatever their case); "smith" is not in it.
  secretum::Analyzer famous = LexiconEngine(
      R"J("lexicon": "given", "capitalized": true, "then": " [A-Z][a-z]+",
          "unless": [{"lexicons": ["family"], "side": "inside"}])J");
  REQUIRE(famous.ok());
  CHECK(Spans(famous, "saw Anna Smith today") == std::vector<std::string>{"Anna Smith"});
  CHECK(Spans(famous, "saw Anna Keller today").empty());  // an entry, inside the match
  CHECK(Spans(famous, "saw Anna Hills today").empty());
  // Next to the match but not inside it: an inside context does not look there.
  CHECK(Spans(famous, "saw Anna Smith, keller") == std::vector<std::string>{"Anna Smith"});
  secretum::Analyzer around = LexiconEngine(
      R"J("lexicon": "given", "capitalized": true, "then": " [A-Z][a-z]+",
          "unless": [{"lexicons": ["family"], "window": 10, "side": "after"}])J");
  REQUIRE(around.ok());
  CHECK(Spans(around, "saw Anna Smith, keller").empty());
  CHECK(Spans(around, "saw Anna Smith, then a long way on, keller") == std::vector<std::string>{"Anna Smith"});
}

TEST_CASE("lexicon rules: min_weight skips ambiguous entries") {
  secretum::Analyzer a = LexiconEngine(R"J("lexicon": "given", "capitalized": true, "min_weight": 1)J");
  REQUIRE(a.ok());
  CHECK(Spans(a, "Anna et Brandon") == std::vector<std::string>{"Anna"});
}

TEST_CASE("lexicon rules: before must end where the entry starts; the first matched group is kept") {
  secretum::Analyzer title = LexiconEngine(R"J("lexicon": "family", "before": "(?i:\\bmme\\s+)")J");
  REQUIRE(title.ok());
  CHECK(Spans(title, "la mme perrin du 3e") == std::vector<std::string>{"mme perrin"});
  CHECK(Spans(title, "perrin du 3e").empty());
  CHECK(Spans(title, "mme la perrin").empty());  // something between: not right before
  secretum::Analyzer start = LexiconEngine(
      R"J("lexicon": "family", "capitalized": true, "before": "(?:^|[.!?] +)()", "then": "() a\\b")J");
  REQUIRE(start.ok());
  CHECK(Spans(start, "Nuit en réa. Perrin a encore tiré sa sonde") == std::vector<std::string>{"Perrin"});
  CHECK(Spans(start, "Perrin a fugué") == std::vector<std::string>{"Perrin"});
  CHECK(Spans(start, "avec Perrin a midi").empty());  // not at a sentence start
  // 64 bytes of look-back at most, and "^" is the start of the post, not of the window.
  std::string far(80, 'x');
  CHECK(Spans(start, far + " Perrin a fugué").empty());
}

TEST_CASE("surname lexicon: a name alone needs a care event, eponyms stay quiet") {
  CHECK(Has(Engine().Analyze("Nuit agitée en réa. Vasseur a encore arraché sa sonde gastrique."),
            "surname-care-subject"));
  CHECK_FALSE(Has(Engine().Analyze("Parkinson a décrit la maladie en 1817, à relire en neurologie."),
                  "surname-care-subject"));
  CHECK(Has(Engine().Analyze("mme girard chambre 4 a encore refusé son traitement"),
            "title-surname-lowercase"));
  CHECK(Has(Engine().Analyze("Had to call Austin Keller's parents: his tox screen showed fentanyl."),
            "first-name-known-surname"));
  CHECK_FALSE(Has(Engine().Analyze("Book a consult: my patients say I'm the best in Beverly Hills"),
                  "first-name-known-surname"));
}

TEST_CASE("plates, nicknames and hashtags name a patient; the author's own bed and dummy numbers do not") {
  CHECK(Has(Engine().Analyze("Au propriétaire de la Clio grise GH-347-PL garée devant le déchoc : votre père est "
                             "bien arrivé."),
            "licence-plate"));
  CHECK(Has(Engine().Analyze("Tonton Jojo, notre habitué du mardi au cabinet, est décédé ce week-end."),
            "nickname-family"));
  CHECK(Has(Engine().Analyze("#JusticePourKevin — je l'ai accueilli en réa ce soir-là."), "patient-hashtag"));
  CHECK_FALSE(Has(Engine().Analyze("Opérée de la vésicule hier à Angers, chambre 312, et je m'ennuie. Une "
                                   "sage-femme côté patiente !"),
                  "room-bed"));
  CHECK_FALSE(Has(Engine().Analyze("PSA: never post a screenshot with 'SSN 123-45-6789' on it, not even as a joke."),
                  "us-ssn"));
  CHECK_FALSE(Has(Engine().Analyze("QT @BBCBreaking: \"Prime Minister admitted to hospital\" — get well soon."),
                  "patient-handle"));
}

// Long texts are analyzed in pieces of at most Analyzer::kChunkBytes (see secretum.h).
namespace {

// Paragraphs, each with a room number of its own (chambre 100, 101, ...), until `bytes` long.
std::string RoomParagraphs(size_t bytes, const std::string& sep, int* count) {
  std::string text;
  *count = 0;
  while (text.size() < bytes) {
    text += "Courage à Mme Lemaire, chambre " + std::to_string(100 + *count) +
            ", toute l'équipe de cardiologie pense à vous et attend de bonnes nouvelles dès "
            "demain matin." + sep;
    ++*count;
  }
  return text;
}

void CheckRoomsFoundOnce(const secretum::Report& r, const std::string& text, int count) {
  CHECK(r.text == text);
  std::vector<int> seen(count, 0);
  size_t last = 0;
  for (const auto& f : r.findings) {
    REQUIRE(f.end <= text.size());
    CHECK(f.start >= last);  // sorted across pieces
    last = f.start;
    CHECK(text.substr(f.start, f.end - f.start) == f.text);
    if (f.rule == "room-bed") {
      int n = std::stoi(f.text.substr(f.text.find_last_of(' ') + 1));
      REQUIRE(n >= 100);
      REQUIRE(n < 100 + count);
      ++seen[n - 100];
    }
  }
  for (int i = 0; i < count; ++i) {
    INFO("chambre " << 100 + i);
    CHECK(seen[i] == 1);
  }
}

}  // namespace

TEST_CASE("a long text is analyzed in pieces cut at paragraph breaks: every finding once, offsets into the whole") {
  int count = 0;
  const std::string text = RoomParagraphs(4 * secretum::Analyzer::kChunkBytes, "\n\n", &count);
  secretum::Options options;
  options.max_findings = 100000;  // ~2 findings per paragraph, well over the default 500
  secretum::Report r = Engine().Analyze(text, options);
  CHECK(r.lang == "fr");
  CHECK_FALSE(r.truncated);
  CHECK_FALSE(r.invalid_utf8);
  CheckRoomsFoundOnce(r, text, count);
}

TEST_CASE("a long text without line breaks is cut after a sentence, and the findings stay whole") {
  int count = 0;
  const std::string text = RoomParagraphs(3 * secretum::Analyzer::kChunkBytes, " ", &count);
  CHECK(text.find('\n') == std::string::npos);
  secretum::Options options;
  options.max_findings = 100000;
  CheckRoomsFoundOnce(Engine().Analyze(text, options), text, count);
}

TEST_CASE("a long text with neither spaces nor ASCII is cut between code points, not inside one") {
  std::string text;
  while (text.size() < 2 * secretum::Analyzer::kChunkBytes + 7) text += "é";  // 2 bytes each
  text += "x";                                                                // odd length
  secretum::Report r = Engine().Analyze(text);
  CHECK_FALSE(r.invalid_utf8);  // a cut inside "é" would read as invalid UTF-8
  CHECK(r.text == text);
}

TEST_CASE("max_findings caps a long text's findings as a whole") {
  int count = 0;
  CheckCapped(RoomParagraphs(3 * secretum::Analyzer::kChunkBytes, "\n\n", &count), 5);
}

TEST_CASE("a long text's messages and cited rules follow its first piece") {
  int count = 0;
  std::string text = RoomParagraphs(secretum::Analyzer::kChunkBytes, "\n\n", &count);
  while (text.size() < 3 * secretum::Analyzer::kChunkBytes)
    text += "Thinking of Mrs Tolland in room 412 tonight, the whole ward is rooting for her.\n\n";
  secretum::Report r = Engine().Analyze(text);
  CHECK(r.message_lang == "fr");
  CHECK(r.jurisdiction == "fr");
  std::string french_room_message;
  for (const auto& f : r.findings)
    if (f.text == "chambre 100") french_room_message = f.message;
  REQUIRE_FALSE(french_room_message.empty());
  bool english_piece_found = false;
  for (const auto& f : r.findings)
    if (f.text == "room 412") {
      english_piece_found = true;
      CHECK(f.message == french_room_message);  // the same rule's message, in French
    }
  CHECK(english_piece_found);
}
