// The rule pack (core/src/rules_pack.h) that RuleSet::Builtin() reads must give exactly what the
// JSON loader gives from rules/: the same rule set, field by field, and the same findings.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <re2/re2.h>

#include "classifier.h"
#include "lexicon_index.h"
#include "matching.h"
#include "rules_pack.h"
#include "secretum/secretum.h"

namespace {

using secretum::internal::DataOf;
using secretum::internal::DiffRuleSetData;
using secretum::internal::RuleSetData;

// rules/ read by the JSON loader, named as the pack tool names them, with the atoms table the
// pack tool computes: what Builtin() must equal.
const secretum::RuleSet& JsonRules() {
  static const secretum::RuleSet rules = [] {
    namespace fs = std::filesystem;
    const fs::path dir = SECRETUM_SOURCE_DIR "/rules";
    std::vector<std::string> paths;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file() && (e.path().extension() == ".json" || e.path().extension() == ".tsv"))
        paths.push_back(fs::relative(e.path(), dir).generic_string());
    std::sort(paths.begin(), paths.end());
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& p : paths) {
      std::ifstream in(dir / p, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      files.emplace_back("rules/" + p, content.str());
    }
    secretum::Analyzer eager(secretum::RuleSet::FromFiles(files));
    files.emplace_back("rules/atoms.json", secretum::internal::AtomsJsonOf(eager));
    return secretum::RuleSet::FromFiles(files);
  }();
  return rules;
}

std::vector<std::string> CorpusPosts() {
  std::vector<std::string> posts;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SECRETUM_SOURCE_DIR "/tests/corpus")) {
    if (e.path().extension() != ".jsonl") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) posts.push_back(line);  // a JSON line is a fine post too
  }
  return posts;
}

}  // namespace

TEST_CASE("the built-in rule pack equals rules/ read by the JSON loader, field by field") {
  REQUIRE_MESSAGE(JsonRules().ok(), JsonRules().error());
  secretum::RuleSet builtin = secretum::RuleSet::Builtin();
  REQUIRE_MESSAGE(builtin.ok(), builtin.error());
  CHECK(DiffRuleSetData(*DataOf(JsonRules()), *DataOf(builtin)) == "");
  CHECK(DataOf(builtin)->has_atoms);
  CHECK(DataOf(builtin)->lexicons.at("first-names").entries.find("anna") != nullptr);
}

TEST_CASE("built-in and JSON-loaded rules give identical reports on every corpus line") {
  secretum::Analyzer from_json(JsonRules());
  secretum::Analyzer builtin(secretum::RuleSet::Builtin());
  REQUIRE(from_json.ok());
  REQUIRE(builtin.ok());
  std::vector<std::string> posts = CorpusPosts();
  REQUIRE(posts.size() > 1000);
  size_t differ = 0, findings = 0;
  for (const std::string& post : posts) {
    secretum::Report a = from_json.Analyze(post), b = builtin.Analyze(post);
    findings += a.findings.size();
    if (secretum::ReportToJson(a) != secretum::ReportToJson(b) && ++differ <= 3) CHECK_MESSAGE(false, post);
  }
  CHECK(differ == 0);
  CHECK(findings > 1000);
}

TEST_CASE("a pack reads back to the same rule set; without examples it differs only by them") {
  const RuleSetData& data = *DataOf(JsonRules());
  std::string pack = secretum::internal::PackRuleSet(data);
  RuleSetData back;
  std::string error;
  REQUIRE(secretum::internal::UnpackRuleSet(pack, false, &back, &error));
  CHECK(DiffRuleSetData(data, back) == "");
  CHECK(secretum::internal::PackRuleSet(back) == pack);  // deterministic

  secretum::internal::PackOptions lean;
  lean.examples = false;
  std::string lean_pack = secretum::internal::PackRuleSet(data, lean);
  CHECK(lean_pack.size() < pack.size());
  RuleSetData lean_back;
  REQUIRE(secretum::internal::UnpackRuleSet(lean_pack, false, &lean_back, &error));
  CHECK(DiffRuleSetData(data, lean_back, /*examples=*/false) == "");
  CHECK(DiffRuleSetData(data, lean_back).find(".fire.size") != std::string::npos);
}

TEST_CASE("the statistical layer's weights are packed sparse and read back exactly") {
  // Rows of every kind: one category, several, none (all weights zero), the first and the last
  // category, negative weights and the int8 extremes, ids far apart.
  auto model = std::make_shared<secretum::internal::ClassifierModel>();
  model->categories.resize(3);
  const char* names[] = {"derogatory", "hostile", "advertising"};
  for (size_t c = 0; c < 3; ++c) model->categories[c].category = names[c];
  const std::vector<std::pair<uint32_t, std::vector<int8_t>>> rows = {
      {7, {5, 0, 0}}, {8, {0, 0, -127}}, {1000, {0, 0, 0}}, {1001, {127, -3, 9}},
      {(1u << 20) - 1, {0, 42, 0}}};
  for (const auto& [id, w] : rows) {
    model->rows.Insert(id, static_cast<uint32_t>(model->weights.size() / 3));
    model->weights.insert(model->weights.end(), w.begin(), w.end());
  }
  RuleSetData data;
  data.classifier = model;
  RuleSetData back;
  std::string error;
  REQUIRE(secretum::internal::UnpackRuleSet(secretum::internal::PackRuleSet(data), false, &back, &error));
  REQUIRE(back.classifier != nullptr);
  const secretum::internal::ClassifierModel& m = *back.classifier;
  REQUIRE(m.rows.size() == rows.size());
  for (const auto& [id, w] : rows) {
    auto it = m.rows.find(id);
    REQUIRE(it != m.rows.end());
    for (size_t c = 0; c < 3; ++c) CHECK(m.weights[it->second * 3 + c] == w[c]);
  }
  CHECK(DiffRuleSetData(data, back) == "");
}

TEST_CASE("the rule diff names the first field that differs") {
  RuleSetData a = RuleSetData();
  a.rules.emplace_back();
  a.rules.back().id = "fr-nir";
  a.rules.back().context.window = 40;
  RuleSetData b = RuleSetData();
  b.rules.push_back(a.rules.back());
  CHECK(DiffRuleSetData(a, b) == "");
  b.rules.back().context.window = 60;
  CHECK(DiffRuleSetData(a, b) == "rules[0] (fr-nir).context.window: 40 != 60");
}

TEST_CASE("a truncated, altered or foreign pack is refused with a message, never read half") {
  std::string pack = secretum::internal::PackRuleSet(*DataOf(JsonRules()));
  std::string error;
  for (size_t cut : {size_t{0}, size_t{3}, size_t{8}, pack.size() / 2, pack.size() - 1}) {
    RuleSetData out;
    CHECK_FALSE(secretum::internal::UnpackRuleSet(std::string_view(pack).substr(0, cut), false, &out, &error));
    CHECK(error.rfind("rule pack: ", 0) == 0);
  }
  RuleSetData out;
  CHECK_FALSE(secretum::internal::UnpackRuleSet(pack + "x", false, &out, &error));
  CHECK(error == "rule pack: 1 unexpected bytes at the end");
  std::string old = pack;
  old[4] = 0;  // the format version
  CHECK_FALSE(secretum::internal::UnpackRuleSet(old, false, &out, &error));
  CHECK(error.find("format version 0") != std::string::npos);
  CHECK_FALSE(secretum::internal::UnpackRuleSet("{\"rules\": []}", false, &out, &error));
  CHECK(error == "rule pack: not a rule pack (bad magic)");
}

TEST_CASE("lexicon index: first entry of a key wins; runs of words know their longest entry") {
  std::string keys = "saint aubin\nnantes\nsaint jean de luz\nnantes\n";
  secretum::internal::LexiconIndex lex;
  secretum::internal::BuildLexiconIndex(keys, {1, 2, 0.5f, 3}, &lex);
  CHECK(lex.entries.size() == 3);
  REQUIRE(lex.entries.find("nantes") != lex.entries.end());
  CHECK(lex.entries.find("nantes")->second == 2);
  CHECK(lex.entries.find("saint") == lex.entries.end());
  CHECK(lex.max_tokens == 4);
  REQUIRE(lex.longest_from.find("saint") != nullptr);
  CHECK(lex.longest_from.find("saint")->second == 4);
  CHECK(lex.longest_from.find("nantes") == nullptr);
}

TEST_CASE("lexicon shards: unsorted keys, duplicates and front-coded runs answer as the whole tables") {
  using secretum::internal::LexiconTables;
  // Plain keys, out of order: 'b' keys in two runs, a duplicate in each shard (the first wins).
  const std::string plain = "b x\nab\nb\na\nab\nb\nb x y\n";
  const std::vector<float> weights = {1, 2, 3, 4, 5, 6, 7};
  // The same keys front-coded per run of one first byte (a run restarts at shared = 0).
  std::string coded;
  for (const char* k : {"\0b x", "\0ab", "\0b", "\0a", "\1b", "\0b", "\1 x y"}) {
    coded.push_back(k[0]);
    coded += std::string(k + 1) + "\n";
  }
  for (bool front : {false, true}) {
    auto whole = std::make_shared<LexiconTables>();
    auto sharded = std::make_shared<LexiconTables>();
    for (const auto& t : {whole, sharded}) {
      if (front) t->front_coded = coded;
      else t->keys = plain;
      t->count = weights.size();
      t->weights = weights;
    }
    whole->Ensure();
    for (const char* key : {"b x", "ab", "b", "a", "b x y", "c", ""}) {
      const auto* w = whole->entries.find(key);
      const auto* map = sharded->EntriesFor(key);
      const auto* s = map ? map->find(key) : nullptr;
      CHECK((w == nullptr) == (s == nullptr));
      if (w && s) CHECK(w->second == s->second);
      const auto* wl = whole->longest_from.find(key);
      const auto* lmap = sharded->LongestFromFor(key);
      const auto* sl = lmap ? lmap->find(key) : nullptr;
      CHECK((wl == nullptr) == (sl == nullptr));
      if (wl && sl) CHECK(wl->second == sl->second);
    }
    CHECK(sharded->EntriesFor("b")->find("b")->second == 3);  // not 6
    CHECK(sharded->EntriesFor("ab")->find("ab")->second == 2);  // not 5
    CHECK(sharded->LongestFromFor("b")->find("b")->second == 3);
    CHECK_FALSE(sharded->built());
  }
}

TEST_CASE("a lexicon from the pack is built at its first lookup, copies included, and equals the eager one") {
  const RuleSetData& json = *DataOf(JsonRules());
  std::string pack = secretum::internal::PackRuleSet(json);
  for (bool bytes_are_static : {true, false}) {
    RuleSetData back;
    std::string error;
    REQUIRE(secretum::internal::UnpackRuleSet(pack, bytes_are_static, &back, &error));
    const secretum::internal::LexiconIndex& lazy = back.lexicons.at("fr-communes");
    CHECK_FALSE(lazy.built());
    CHECK(lazy.max_tokens == json.lexicons.at("fr-communes").max_tokens);  // known before the build
    secretum::internal::LexiconIndex copy = lazy;  // shares the tables still to build
    CHECK_FALSE(copy.built());
    const auto* nantes = copy.entries.find("nantes");
    CHECK_FALSE(lazy.built());  // only the shard of 'n' is
    REQUIRE(nantes != nullptr);
    CHECK(lazy.entries.find("nantes") == nantes);
    // Every key and every first word, looked up shard by shard before any whole table is built,
    // answers as the JSON loader's whole tables do. The keys that differ are collected and
    // checked once per lexicon (one assertion per key made this case take 3.5 minutes under
    // ASan: 650,000 assertions).
    for (const auto& [name, eager] : json.lexicons) {
      const secretum::internal::LexiconIndex& sharded = back.lexicons.at(name);
      std::vector<std::string> differ;
      for (const auto& e : eager.entries.entries()) {
        const auto* hit = sharded.entries.find(e.first);
        const auto* longest = sharded.longest_from.find(e.first);
        const auto* expected = eager.longest_from.find(e.first);
        if (!hit || hit->second != e.second || (longest == nullptr) != (expected == nullptr) ||
            (longest && longest->second != expected->second))
          differ.emplace_back(e.first);
      }
      for (const auto& e : eager.longest_from.entries()) {
        const auto* hit = sharded.longest_from.find(e.first);
        if (!hit || hit->second != e.second) differ.push_back("longest_from: " + std::string(e.first));
      }
      const std::string lexicon = name;  // structured bindings cannot be captured (C++17)
      INFO("lexicon ", lexicon, ": ", differ.size(), " keys differ, first: ",
           differ.empty() ? std::string() : differ.front());
      CHECK(differ.empty());
      for (const char* absent : {"", "zzzzqx", "saint", "\xff"}) {
        CHECK((sharded.entries.find(absent) == nullptr) == (eager.entries.find(absent) == nullptr));
      }
      CHECK_FALSE(sharded.built());
    }
    CHECK(DiffRuleSetData(json, back) == "");  // every entry, weight and longest_from, every lexicon
    CHECK(lazy.built());  // the diff read every entry: the whole tables
  }
  CHECK(json.lexicons.at("fr-communes").built());  // the JSON loader builds at once
}

TEST_CASE("terms patterns keep the order of equal-length terms (same text with every C++ library)") {
  // Atoms are keyed by the pattern text and computed natively for the WebAssembly build too: an
  // unstable sort gave other texts under libc++, whose patterns then all compiled at start-up.
  std::vector<std::string> terms;
  for (int i = 0; i < 40; ++i) terms.push_back(std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i % 10));
  terms.push_back("longest");
  std::string pattern = secretum::internal::TermsPattern(terms);
  CHECK(pattern.find("longest") < pattern.find("a0"));
  size_t last = 0;
  for (int i = 0; i < 40; ++i) {
    size_t at = pattern.find("\\b" + terms[static_cast<size_t>(i)] + "\\b", last);
    REQUIRE_MESSAGE(at != std::string::npos, terms[static_cast<size_t>(i)]);
    last = at;
  }
}

namespace {

// TermsPattern as it was first written, with RE2::QuoteMeta: the reference for the quick one.
std::string ReferenceTermsPattern(const std::vector<std::string>& terms) {
  auto word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80);
  };
  std::vector<std::string> sorted = terms;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(";
  bool first = true;
  for (const std::string& t : sorted) {
    if (t.empty()) continue;
    if (!first) out += "|";
    first = false;
    if (word(t.front())) out += "\\b";
    std::string quoted = RE2::QuoteMeta(t), spaced;
    for (size_t k = 0; k < quoted.size(); ++k) {
      if (quoted[k] == '\\' && k + 1 < quoted.size() && quoted[k + 1] == ' ') {
        spaced += "\\s+";
        ++k;
      } else {
        spaced += quoted[k];
      }
    }
    out += spaced;
    if (word(t.back())) out += "\\b";
  }
  return out + ")";
}

}  // namespace

TEST_CASE("terms patterns are the same text as RE2::QuoteMeta gives, for every term list of rules/") {
  const RuleSetData& data = *DataOf(JsonRules());
  std::vector<const std::vector<std::string>*> lists;
  for (const auto& rule : data.rules) {
    lists.push_back(&rule.terms);
    lists.push_back(&rule.context.terms);
    for (const auto& u : rule.unless) lists.push_back(&u.terms);
  }
  for (const auto& [name, list] : data.contexts) lists.push_back(&list.terms);
  size_t checked = 0;
  for (const auto* terms : lists) {
    if (terms->empty()) continue;
    ++checked;
    CHECK(secretum::internal::TermsPattern(*terms) == ReferenceTermsPattern(*terms));
  }
  CHECK(checked > 50);
  const std::vector<std::string> odd = {"a b", "a  b", "x\\ y", "c++", "n\xC2\xB0", std::string("nul\0x", 5), "-", "_id", "", "(?i)"};
  CHECK(secretum::internal::TermsPattern(odd) == ReferenceTermsPattern(odd));
}

TEST_CASE("lexicon keys are front-coded in the pack and decoded exactly; bad codings are refused") {
  using secretum::internal::DecodeFrontCodedKeys;
  auto code = [](std::initializer_list<std::pair<int, const char*>> parts) {
    std::string s;
    for (const auto& [shared, rest] : parts) {
      s.push_back(static_cast<char>(shared));
      s += rest;
      s.push_back('\n');
    }
    return s;
  };
  std::string out;
  // "saint-jean", "saint-jean-de-luz", "saint-malo", "sainte" ; a shared count of 10 is '\n'.
  CHECK(DecodeFrontCodedKeys(code({{0, "saint-jean"}, {10, "-de-luz"}, {6, "malo"}, {5, "e"}}), 4, &out));
  CHECK(out == "saint-jean\nsaint-jean-de-luz\nsaint-malo\nsainte\n");
  out.clear();
  CHECK(DecodeFrontCodedKeys("", 0, &out));
  CHECK(out.empty());
  CHECK_FALSE(DecodeFrontCodedKeys(code({{0, "abc"}}), 2, &out));          // fewer keys than said
  out.clear();
  CHECK_FALSE(DecodeFrontCodedKeys(code({{0, "abc"}, {4, "d"}}), 2, &out));  // shares more than it has
  out.clear();
  CHECK_FALSE(DecodeFrontCodedKeys(std::string("\0abc", 4), 1, &out));      // no end of key
  out.clear();
  CHECK_FALSE(DecodeFrontCodedKeys(code({{1, "abc"}}), 1, &out));           // first key shares nothing
}
