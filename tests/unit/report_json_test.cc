// ReportToJson's direct writer (indent < 0) must give the very bytes of the nlohmann DOM it
// replaced: corpus posts, escapes, control characters, ill-formed UTF-8, signals.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "json_util.h"
#include "secretum/secretum.h"

namespace {

const secretum::Analyzer& Engine() {
  static const secretum::Analyzer analyzer(secretum::RuleSet::Builtin());
  return analyzer;
}

void CheckSame(const secretum::Report& r) {
  CHECK(secretum::ReportToJson(r) == secretum::internal::ReportToJsonDom(r));
}

}  // namespace

TEST_CASE("direct report JSON equals the DOM's on every corpus post") {
  int posts = 0;
  for (const char* file : {"/tests/corpus/general.jsonl", "/tests/corpus/identifiers.jsonl",
                           "/tests/corpus/ethics-a.jsonl"}) {
    std::ifstream in(std::string(SECRETUM_SOURCE_DIR) + file);
    std::string line;
    while (std::getline(in, line)) {
      secretum::internal::Json doc;
      std::string error;
      if (!secretum::internal::ParseJson(line, &doc, &error) || !doc.contains("text")) continue;
      CheckSame(Engine().Analyze(doc["text"].get<std::string>()));
      ++posts;
    }
  }
  CHECK(posts > 100);
}

TEST_CASE("direct report JSON escapes like the DOM: quotes, controls, ill-formed UTF-8") {
  secretum::Report r;
  r.text = "x";
  r.lang = "fr\"\\\b\f\n\r\t\x01\x1f\x7f";
  r.message_lang = "caf\xc3\xa9 \xf0\x9f\x99\x8f";
  r.jurisdiction = "bad \xff\xfe and \xc3 and \xed\xa0\x80 and \xe0\x80\xaf end";
  r.truncated = true;
  secretum::Finding f;
  f.rule = "r";
  f.text = "\xf4\x90\x80\x80";
  f.sources.push_back({"t\"", "u"});
  f.replacement = "rep";
  secretum::Signal s;
  s.weight = 0.1;
  s.text = "\xc0\xaf";
  f.signals.push_back(s);
  s.weight = 3;
  f.signals.push_back(s);
  r.findings.push_back(f);
  r.findings.push_back(secretum::Finding{});
  s.weight = 1e-7;
  r.signals.push_back(s);
  CheckSame(r);
  CheckSame(secretum::Report{});
  CheckSame(Engine().Analyze("Mme Lemaire\x01, chambre 212 \xff \"cité\" \\ 🙏"));
}
