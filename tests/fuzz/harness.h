// The two fuzz harnesses, header-only so that the libFuzzer targets (tests/fuzz/*_fuzzer.cc)
// and the doctest replay of regression inputs (tests/unit/fuzz_regressions_test.cc) run exactly
// the same code. Run() returns "" when the input passes, else what went wrong.
#ifndef SECRETUM_TESTS_FUZZ_HARNESS_H_
#define SECRETUM_TESTS_FUZZ_HARNESS_H_

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "invariants.h"
#include "rules.h"
#include "secretum/secretum.h"

namespace secretum::fuzz {

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Every *.json and *.tsv file under `dir`, sorted, named "rules/<relative path>".
inline std::vector<std::pair<std::string, std::string>> RuleDirFiles(const std::string& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".json" || ext == ".tsv")) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& p : paths)
    files.emplace_back("rules/" + std::filesystem::relative(p, dir).generic_string(), ReadFile(p));
  return files;
}

// Analyze over arbitrary bytes: two option bytes (OptionsFromBytes), then the post. Runs the
// eager analyzer (built-in rules, as the CLI) or the lazy one (rules + atoms table, as the
// WebAssembly module), checks the report, and on posts up to 2 KB checks that the other mode
// finds the same.
class AnalyzeHarness {
 public:
  explicit AnalyzeHarness(const std::string& rules_dir)
      : eager_(std::make_unique<Analyzer>(RuleSet::Builtin())) {
    if (!eager_->ok()) {
      error_ = "built-in rules: " + eager_->error();
      return;
    }
    auto files = RuleDirFiles(rules_dir);
    files.emplace_back("rules/atoms.json", internal::AtomsJsonOf(*eager_));
    RuleSet lazy_rules = RuleSet::FromFiles(files);
    if (!lazy_rules.ok()) {
      error_ = "rules with atoms: " + lazy_rules.error();
      return;
    }
    lazy_ = std::make_unique<Analyzer>(lazy_rules);
    if (!lazy_->ok()) error_ = "lazy analyzer: " + lazy_->error();
  }

  const std::string& error() const { return error_; }

  std::string Run(std::string_view input) const {
    if (!error_.empty()) return error_;
    size_t skip = std::min<size_t>(input.size(), 2);
    FuzzOptions fo = OptionsFromBytes(input.size() > 0 ? static_cast<uint8_t>(input[0]) : 0,
                                      input.size() > 1 ? static_cast<uint8_t>(input[1]) : 0);
    std::string_view text = input.substr(skip);
    const Analyzer& first = fo.lazy ? *lazy_ : *eager_;
    const Analyzer& second = fo.lazy ? *eager_ : *lazy_;
    Report report = first.Analyze(text, fo.options);
    std::string e = CheckReport(text, fo.options, report);
    if (!e.empty()) return std::string(fo.lazy ? "lazy: " : "eager: ") + e;
    if (text.size() <= 2048) {
      e = SameFindings(report, second.Analyze(text, fo.options));
      if (!e.empty()) return "eager vs lazy " + e;
    }
    return "";
  }

 private:
  std::unique_ptr<Analyzer> eager_, lazy_;
  std::string error_;
};

// Rule loading over arbitrary JSON: the input is one rule file, loaded with RuleSet::FromFiles
// next to the real shared tables of `rules_dir` (categories, citations, the re-identification
// model, the small lexicons and a sample of the large ones, and the context lists), then an
// Analyzer is built and the rules' own examples (and one fixed post) are analyzed.
//
// Speed: an Analyzer compiles every context list it is given (~0.3 s under ASan), so the
// contexts.json passed holds only the real lists the input names (any "lists" value in it) and
// those the model needs.
//
// Must hold: a refused input gets an error that names it ("rules/fuzz/fuzz.json: ...", the
// shared tables being valid); an accepted one gives reports that satisfy CheckReport.
class RulesHarness {
 public:
  static constexpr const char* kName = "rules/fuzz/fuzz.json";

  explicit RulesHarness(const std::string& rules_dir) {
    for (auto& [name, content] : RuleDirFiles(rules_dir)) {
      std::string base = std::filesystem::path(name).filename().string();
      if (base == "contexts.json") {
        nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
        if (doc.is_object() && doc.contains("lists") && doc["lists"].is_object())
          for (auto it = doc["lists"].begin(); it != doc["lists"].end(); ++it) lists_[it.key()] = *it;
      } else if (base == "categories.json" || base == "citations.json" ||
                 base == "reidentification-model.json") {
        if (base == "reidentification-model.json")
          ListNames(nlohmann::json::parse(content, nullptr, false), &model_lists_);
        shared_.emplace_back(name, content);
      } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0) {
        shared_.emplace_back(name, content.size() > 50000 ? Sample(content) : content);
      }
    }
    // The shared tables alone, with every list, must load and compile.
    std::vector<std::string> all;
    for (auto it = lists_.begin(); it != lists_.end(); ++it) all.push_back(it.key());
    auto files = shared_;
    files.emplace_back("rules/contexts.json", Contexts(all));
    RuleSet alone = RuleSet::FromFiles(files);
    if (!alone.ok()) {
      error_ = "shared tables: " + alone.error();
      return;
    }
    Analyzer analyzer(alone);
    if (!analyzer.ok()) error_ = "shared tables: " + analyzer.error();
  }

  const std::string& error() const { return error_; }

  // Inputs starting with byte 0x01 are "structured": they fill the fields of one valid rule
  // (see FromFields), so that mutations reach pattern compilation, terms, contexts and
  // matching instead of dying in the JSON parser. Any other input is the rule file itself.
  std::string Run(std::string_view input) const {
    if (!input.empty() && input[0] == '\x01') return RunFile(FromFields(input.substr(1)));
    return RunFile(input);
  }

  // Structured input: one flags byte, then fields separated by NUL:
  //   pattern (or terms separated by '\n' when flags bit 0 is set) \0 context terms ('\n')
  //   \0 a post that must fire \0 a post that must stay quiet
  // flags: bit 0 terms check, bit 1 case_sensitive, bit 2 context required, bit 3 an "unless"
  // with the context terms, bits 4-5 group (0-3), bits 6-7 validator (none, phone, nir,
  // person-name). Missing fields are empty; invalid UTF-8 is replaced (the JSON must parse).
  static std::string FromFields(std::string_view in) {
    uint8_t flags = in.empty() ? 0 : static_cast<uint8_t>(in[0]);
    if (!in.empty()) in.remove_prefix(1);
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t i = 0; i <= in.size(); ++i)
      if (i == in.size() || in[i] == '\0') {
        fields.emplace_back(in.substr(start, i - start));
        start = i + 1;
      }
    fields.resize(std::max<size_t>(fields.size(), 4));
    auto lines = [](const std::string& s) {
      std::vector<std::string> out;
      size_t b = 0;
      for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == '\n') {
          out.push_back(s.substr(b, i - b));
          b = i + 1;
        }
      return out;
    };
    nlohmann::json rule = {{"id", "f"}, {"category", "identifier"}};
    if (flags & 1) {
      rule["check"] = "terms";
      rule["terms"] = lines(fields[0]);
    } else {
      rule["pattern"] = fields[0];
      rule["group"] = (flags >> 4) & 3;
    }
    if (flags & 2) rule["case_sensitive"] = true;
    std::vector<std::string> context = lines(fields[1]);
    if (flags & 4) rule["context"] = {{"terms", context}, {"window", 40}};
    if (flags & 8) rule["unless"] = {{{"terms", context}, {"side", "before"}}};
    static const char* kValidators[] = {nullptr, "phone", "nir", "person-name"};
    if (kValidators[flags >> 6]) rule["validate"] = kValidators[flags >> 6];
    rule["examples"] = {{"fire", {fields[2]}}, {"quiet", {fields[3]}}};
    nlohmann::json doc = {{"rules", {rule}}};
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

 private:
  std::string RunFile(std::string_view input) const {
    if (!error_.empty()) return error_;
    std::vector<std::pair<std::string, std::string>> files = shared_;
    std::vector<std::string> names = model_lists_;
    nlohmann::json doc = nlohmann::json::parse(input.begin(), input.end(), nullptr, false);
    if (!doc.is_discarded()) ListNames(doc, &names);
    files.emplace_back("rules/contexts.json", Contexts(names));
    files.emplace_back(kName, std::string(input));
    RuleSet rules = RuleSet::FromFiles(files);
    const std::string prefix = std::string(kName) + ": ";
    if (!rules.ok()) {
      if (rules.error().compare(0, prefix.size(), prefix) != 0)
        return "error does not name the rule file: " + rules.error();
      return "";
    }
    Analyzer analyzer(rules);
    if (!analyzer.ok()) {
      if (analyzer.error().compare(0, prefix.size(), prefix) != 0)
        return "analyzer error does not name the rule file: " + analyzer.error();
      return "";
    }
    std::vector<std::string> posts;
    for (const internal::Rule& rule : internal::DataOf(rules)->rules) {
      if (posts.size() >= 8) break;
      if (!rule.fire.empty()) posts.push_back(rule.fire.front().text);
      if (!rule.quiet.empty()) posts.push_back(rule.quiet.front());
    }
    posts.push_back("Mme Lemaire, 41 ans, chambre 212, NIR 2 95 10 99 126 111 93, boulangère à Millau");
    Options options;
    for (const std::string& post : posts) {
      std::string e = CheckReport(post, options, analyzer.Analyze(post, options));
      if (!e.empty()) return e;
    }
    return "";
  }

  // Names under any "lists" key of `doc` (iterative: the input may nest deeply).
  static void ListNames(const nlohmann::json& doc, std::vector<std::string>* out) {
    std::vector<const nlohmann::json*> stack = {&doc};
    while (!stack.empty()) {
      const nlohmann::json* j = stack.back();
      stack.pop_back();
      if (j->is_object()) {
        for (auto it = j->begin(); it != j->end(); ++it) {
          if (it.key() == "lists") {
            if (it->is_string()) out->push_back(it->get<std::string>());
            if (it->is_array())
              for (const auto& v : *it)
                if (v.is_string()) out->push_back(v.get<std::string>());
          }
          stack.push_back(&*it);
        }
      } else if (j->is_array()) {
        for (const auto& v : *j) stack.push_back(&v);
      }
    }
  }

  // Every 40th entry of a large lexicon (comments kept).
  static std::string Sample(const std::string& tsv) {
    std::istringstream in(tsv);
    std::string line, out;
    size_t n = 0;
    while (std::getline(in, line))
      if (line.empty() || line[0] == '#' || n++ % 40 == 0) out += line + "\n";
    return out;
  }

  // contexts.json with the real lists in `names` (unknown names left out: the loader reports them).
  std::string Contexts(const std::vector<std::string>& names) const {
    nlohmann::json lists = nlohmann::json::object();
    for (const std::string& n : names)
      if (lists_.contains(n)) lists[n] = lists_[n];
    return nlohmann::json{{"lists", lists}}.dump();
  }

  std::vector<std::pair<std::string, std::string>> shared_;
  nlohmann::json lists_ = nlohmann::json::object();
  std::vector<std::string> model_lists_;
  std::string error_;
};

}  // namespace secretum::fuzz

#endif  // SECRETUM_TESTS_FUZZ_HARNESS_H_
