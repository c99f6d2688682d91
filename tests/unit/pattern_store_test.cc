// Lazy pattern compilation (core/src/pattern_store.cc): an analyzer built with the atoms table
// that `secretum atoms` writes finds exactly what the eagerly compiled analyzer finds.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#if defined(__SANITIZE_ADDRESS__)
#define SECRETUM_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SECRETUM_TEST_ASAN 1
#endif
#endif
#if defined(__GLIBC__) && !defined(SECRETUM_TEST_ASAN)  // ASan's allocator is not glibc's
#define SECRETUM_TEST_MALLINFO 1
#include <malloc.h>  // mallinfo2
#endif

#include <nlohmann/json.hpp>

#include "minimal_rules.h"
#include "pattern_store.h"
#include "secretum/secretum.h"

namespace {

std::vector<std::pair<std::string, std::string>> SourceRules() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SECRETUM_SOURCE_DIR "/rules")) {
    std::string ext = e.path().extension().string();
    if (ext != ".json" && ext != ".tsv") continue;
    std::ifstream in(e.path());
    std::ostringstream content;
    content << in.rdbuf();
    files.emplace_back(e.path().string(), content.str());
  }
  return files;
}

}  // namespace

TEST_CASE("lazy and eager analyzers give identical reports") {
  auto files = SourceRules();
  secretum::RuleSet eager_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(eager_rules.ok(), eager_rules.error());
  secretum::Analyzer eager(eager_rules);
  REQUIRE(eager.ok());
  std::string atoms = secretum::internal::AtomsJsonOf(eager);
  CHECK(atoms.find("\"atoms\"") != std::string::npos);
  files.emplace_back("rules/atoms.json", atoms);
  secretum::RuleSet lazy_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(lazy_rules.ok(), lazy_rules.error());
  secretum::Analyzer lazy(lazy_rules);
  REQUIRE(lazy.ok());
  const char* posts[] = {
      "Mme Lemaire, chambre 212, NIR 2 95 10 99 126 111 93",
      "Cette nuit aux urgences de Figeac : le garagiste de la place, 47 ans. Tout le canton sera au courant",
      "🎉 PROMO au cabinet : -20 % sur les injections, places limitées !",
      "@mike_r_k just halve your metformin, you'll be fine",
      "With respect, I don't agree with @DrPNair about imaging every ankle sprain.",
      ""};
  for (const char* post : posts)
    CHECK_MESSAGE(secretum::ReportToJson(lazy.Analyze(post)) ==
                      secretum::ReportToJson(eager.Analyze(post)),
                  post);
  int slices = 0;
  while (!lazy.CompileSome(100)) ++slices;
  CHECK(slices > 0);
  CHECK(lazy.CompileSome(1));
  CHECK(secretum::ReportToJson(lazy.Analyze(posts[0])) == secretum::ReportToJson(eager.Analyze(posts[0])));
}

TEST_CASE("a pattern without a 3-byte literal gets clauses of shorter literals") {
  // "rx" and "@" are shorter than FilteredRE2's 3 bytes: without the fallback both patterns
  // would run on every post.
  auto files = secretum::testing::MinimalRuleFiles("rules/identifier/t.json", R"({"rules": [
    {"id": "a", "category": "identifier", "pattern": "\\b(?:photos?|pix|rx)\\b",
     "examples": {"fire": ["rx"], "quiet": ["x"]}},
    {"id": "b", "category": "identifier", "pattern": "@[a-z]{2,}",
     "examples": {"fire": ["@bob"], "quiet": ["bob"]}},
    {"id": "c", "category": "identifier", "pattern": "[a-z]+",
     "examples": {"fire": ["bob"], "quiet": ["1"]}}]})");
  secretum::RuleSet eager_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(eager_rules.ok(), eager_rules.error());
  secretum::Analyzer eager(eager_rules);
  REQUIRE(eager.ok());
  const std::string atoms = secretum::internal::AtomsJsonOf(eager);
  const nlohmann::json doc = nlohmann::json::parse(atoms).at("atoms");
  auto clauses = [&](const std::string& pattern) {
    return doc.at(secretum::internal::PatternKey(pattern, false));
  };
  // Clauses holding the short words (RE2 may trim the longer ones: "photo" -> "hoto"; the
  // pattern's text gives "photo").
  const nlohmann::json a = clauses("\\b(?:photos?|pix|rx)\\b");
  REQUIRE(a.size() >= 1);
  for (const nlohmann::json& clause : a) CHECK(std::find(clause.begin(), clause.end(), "rx") != clause.end());
  CHECK(clauses("@[a-z]{2,}") == nlohmann::json::parse(R"([["@"]])"));
  CHECK(clauses("[a-z]+") == nlohmann::json::array());  // no literal at all: always runs
  files.emplace_back("rules/atoms.json", atoms);
  secretum::RuleSet lazy_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(lazy_rules.ok(), lazy_rules.error());
  secretum::Analyzer lazy(lazy_rules);
  REQUIRE(lazy.ok());
  for (const char* post : {"Rx done, @bob", "pix of x", "RX", "nothing here", "photo @b @xy", ""})
    CHECK_MESSAGE(secretum::ReportToJson(lazy.Analyze(post)) == secretum::ReportToJson(eager.Analyze(post)),
                  post);
}

TEST_CASE("atoms: every OR of an AND gets its clause, whatever the order of its literals") {
  // AND(OR(de, du, en), OR(cp, ce1, ...)): the old greedy search found only the first OR. "xyz"
  // (3 bytes) and the 2-byte class names give clauses at different literal lengths: both kept.
  auto files = secretum::testing::MinimalRuleFiles("rules/identifier/t.json", R"({"rules": [
    {"id": "a", "category": "identifier", "pattern": "\\b(?:en|de|du)\\s+(?:CP|CE1|CE2|CM1|CM2)\\b",
     "examples": {"fire": ["en CP"], "quiet": ["en CE3"]}},
    {"id": "b", "category": "identifier", "pattern": "\\bxyzzy\\s+(?:ab|cd)\\b",
     "examples": {"fire": ["xyzzy ab"], "quiet": ["xyzzy"]}}]})");
  secretum::RuleSet eager_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(eager_rules.ok(), eager_rules.error());
  secretum::Analyzer eager(eager_rules);
  REQUIRE(eager.ok());
  const std::string atoms = secretum::internal::AtomsJsonOf(eager);
  const nlohmann::json doc = nlohmann::json::parse(atoms).at("atoms");
  auto has = [&](const std::string& pattern, const nlohmann::json& clause) {
    const nlohmann::json& all = doc.at(secretum::internal::PatternKey(pattern, false));
    return std::find(all.begin(), all.end(), clause) != all.end();
  };
  CHECK(has("\\b(?:en|de|du)\\s+(?:CP|CE1|CE2|CM1|CM2)\\b", nlohmann::json::parse(R"(["ce1","ce2","cm1","cm2","cp"])")));
  CHECK(has("\\b(?:en|de|du)\\s+(?:CP|CE1|CE2|CM1|CM2)\\b", nlohmann::json::parse(R"(["de","du","en"])")));
  CHECK(has("\\bxyzzy\\s+(?:ab|cd)\\b", nlohmann::json::parse(R"(["xyzzy"])")));
  CHECK(has("\\bxyzzy\\s+(?:ab|cd)\\b", nlohmann::json::parse(R"(["ab","cd"])")));
  files.emplace_back("rules/atoms.json", atoms);
  secretum::RuleSet lazy_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(lazy_rules.ok(), lazy_rules.error());
  secretum::Analyzer lazy(lazy_rules);
  REQUIRE(lazy.ok());
  for (const char* post : {"en CP", "de cm2 et xyzzy cd", "xyzzy ab", "du ce3", "ab cd xyzzy", "CM1", ""})
    CHECK_MESSAGE(secretum::ReportToJson(lazy.Analyze(post)) == secretum::ReportToJson(eager.Analyze(post)),
                  post);
}

TEST_CASE("context matchers are screened too: lazy == eager with emoji and accented contexts") {
  auto files = secretum::testing::MinimalRuleFiles("rules/identifier/t.json", R"({"rules": [
    {"id": "a", "category": "identifier", "pattern": "\\bhysteriques?\\b", "require_context": "always",
     "context": {"lists": ["irony"], "terms": ["d\u00e9c\u00e8s"]},
     "examples": {"fire": ["les hysteriques \ud83d\ude44"], "quiet": ["les hysteriques"]}}]})");
  files[1].second = R"J({"lists": {"patient": {"terms": ["patient"]},
    "irony": {"patterns": ["(?:\ud83d\ude44|\ud83c\udf7f|\ud83d\udecf\ufe0f|clich[e\u00e9]s?)"]}}})J";
  secretum::RuleSet eager_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(eager_rules.ok(), eager_rules.error());
  secretum::Analyzer eager(eager_rules);
  REQUIRE(eager.ok());
  files.emplace_back("rules/atoms.json", secretum::internal::AtomsJsonOf(eager));
  secretum::RuleSet lazy_rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(lazy_rules.ok(), lazy_rules.error());
  secretum::Analyzer lazy(lazy_rules);
  REQUIRE(lazy.ok());
  int flagged = 0;
  for (const char* post : {"Les hystériques du vendredi soir 🙄", "hysteriques 🍿", "hysterique, décès",
                           "hysteriques, cliché", "hysteriques 🛏️", "hysteriques", "🙄", ""}) {
    const secretum::Report r = lazy.Analyze(post);
    flagged += !r.findings.empty();
    CHECK_MESSAGE(secretum::ReportToJson(r) == secretum::ReportToJson(eager.Analyze(post)), post);
  }
  CHECK(flagged == 4);  // not the bed: the view drops its variation selector, the pattern has it
}

TEST_CASE("DropCompiled frees the compiled patterns; reports are unchanged and patterns recompile") {
  // Built-in rules (atoms table: lazy mode). Every 60th post of the corpus files: gap patterns,
  // lexicon rules with before/then, context matchers, long posts.
  std::vector<std::string> posts;
  size_t line_no = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SECRETUM_SOURCE_DIR "/tests/corpus")) {
    if (e.path().extension() != ".jsonl") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line_no++ % 60 == 0) posts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  }
  REQUIRE(posts.size() > 150);
  secretum::Analyzer analyzer(secretum::RuleSet::Builtin());
  REQUIRE(analyzer.ok());
  std::vector<std::string> before;
  for (const std::string& p : posts) before.push_back(secretum::ReportToJson(analyzer.Analyze(p)));
#ifdef SECRETUM_TEST_MALLINFO
  auto in_use = [] {
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
  };
  const size_t used = in_use();
  analyzer.DropCompiled();
  // The compiled patterns: Backtrackers (a few bytes per pattern byte) and the few RE2s.
  MESSAGE("DropCompiled freed ", (used - std::min(used, in_use())) >> 10, " KiB");
  CHECK(in_use() + (4u << 20) < used);
#else
  analyzer.DropCompiled();
#endif
  // Recompiled at their next use, dropped again every 9 posts: same reports.
  for (size_t i = 0; i < posts.size(); ++i) {
    if (i % 9 == 8) analyzer.DropCompiled();
    CHECK_MESSAGE(secretum::ReportToJson(analyzer.Analyze(posts[i])) == before[i], posts[i]);
  }
  // The warm-up starts over after a drop.
  analyzer.DropCompiled();
  CHECK_FALSE(analyzer.CompileSome(1));
  while (!analyzer.CompileSome(200)) {
  }
  CHECK(secretum::ReportToJson(analyzer.Analyze(posts[0])) == before[0]);
}

TEST_CASE("DropCompiled does nothing without an atoms table (eager mode)") {
  secretum::RuleSet rules = secretum::RuleSet::FromFiles(SourceRules());
  REQUIRE(rules.ok());
  secretum::Analyzer analyzer(rules);
  REQUIRE(analyzer.ok());
  const char* post = "Mme Lemaire, chambre 212, NIR 2 95 10 99 126 111 93";
  const std::string before = secretum::ReportToJson(analyzer.Analyze(post));
  analyzer.DropCompiled();
  CHECK(secretum::ReportToJson(analyzer.Analyze(post)) == before);
}

TEST_CASE("a pattern shared by several rules is compiled once, and each rule still finds its matches") {
  secretum::internal::PatternStore store(nullptr);
  std::string error;
  const int a = store.Add("\\bab(c)\\b", false, &error);
  CHECK(store.Add("\\bab(c)\\b", false, &error) == a);
  CHECK(store.Add("\\bab(c)\\b", true, &error) != a);  // the case flag is part of the pattern
  CHECK(store.Add("\\bab(c)", false, &error) != a);
  CHECK(store.size() == 3);
  store.Finalize();
  CHECK(store.MayMatch("x abc y")[static_cast<size_t>(a)]);
  // Two rules (two categories, two groups) with the same pattern: both report.
  auto files = secretum::testing::MinimalRuleFiles("rules/identifier/t.json", R"({"rules": [
    {"id": "one", "category": "identifier", "pattern": "\\bab(c)\\b",
     "examples": {"fire": ["abc"], "quiet": ["xyz"]}},
    {"id": "two", "category": "reidentification", "pattern": "\\bab(c)\\b", "group": 1,
     "examples": {"fire": ["abc"], "quiet": ["xyz"]}}]})");
  secretum::RuleSet rules = secretum::RuleSet::FromFiles(files);
  REQUIRE_MESSAGE(rules.ok(), rules.error());
  secretum::Analyzer analyzer(rules);
  REQUIRE_MESSAGE(analyzer.ok(), analyzer.error());
  secretum::Report r = analyzer.Analyze("patient abc here");
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].rule == "one");
  CHECK(r.findings[0].text == "abc");
  CHECK(r.findings[1].rule == "two");
  CHECK(r.findings[1].text == "c");
}

TEST_CASE("PatternHash: the case flag, the length and every byte count") {
  using secretum::internal::PatternHash;
  const std::string base = "\\b(?:photos?|pix|rx)\\s+(?:de|of)\\s+(?-i:[A-Z][a-z]+)";  // 8n + tail
  CHECK(PatternHash(base, false) == PatternHash(std::string(base), false));
  CHECK(PatternHash(base, false) != PatternHash(base, true));
  std::set<uint64_t> seen;
  for (size_t i = 0; i < base.size(); ++i) {
    std::string changed = base;
    changed[i] = static_cast<char>(changed[i] ^ 0x01);
    CHECK_MESSAGE(seen.insert(PatternHash(changed, false)).second, "byte " << i);
  }
  CHECK(seen.insert(PatternHash(base, false)).second);
  // Trailing zero bytes and lengths that end on a word boundary are not lost.
  for (size_t n = 0; n <= 17; ++n) CHECK(seen.insert(PatternHash(std::string(n, '\0'), false)).second);
  CHECK(PatternHash("abcdefgh", false) != PatternHash(std::string("abcdefgh\0", 9), false));
}
