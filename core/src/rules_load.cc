// Reads rule files into RuleSetData, checking every key. An error names the file and the
// key path ("rules/identifier/phones.json: rules[2] (fr-phone).context.window: ...").
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <set>
#include <sstream>

#include "classifier.h"
#include "json_util.h"
#include "rules.h"
#include "rules_pack.h"
#include "rules_reader.h"
#include "text.h"
#include "validators.h"

namespace secretum {
namespace internal {
namespace {

// Longest pattern (or terms list written as one) a rule may have: RE2's FilteredRE2 prefilter
// is quadratic in a pattern's alternatives (20,000 take ~36 s to load). The longest rule
// pattern today is ~4.4 KB.
constexpr size_t kMaxPatternBytes = 16384;

void ReadRule(Reader& r, const Json& obj, const std::string& path, const std::string& file,
              Rule* rule) {
  if (!obj.is_object()) return r.Fail(path, "expected an object");
  rule->file = file;
  r.String(obj, path, "id", &rule->id, true);
  std::string p = path + (rule->id.empty() ? "" : " (" + rule->id + ")");
  r.OnlyKeys(obj, p,
             {"id", "description", "category", "severity", "lang", "check", "pattern",
              "patterns", "terms", "lexicon", "capitalized", "then", "before", "next_lexicon", "min_weight", "next_min_weight", "isolated", "signal", "weight", "case_sensitive", "group", "validate", "context",
              "require_context", "unless", "unless_group", "priority", "model_gate", "needs", "message", "why", "suggestion",
              "replacement", "sources", "examples"});
  if (obj.contains("description") && !obj["description"].is_string())
    r.Fail(p + ".description", "expected a string");
  if (!rule->id.empty() && rule->id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") !=
                               std::string::npos)
    r.Fail(p + ".id", "use lowercase letters, digits and '-' only");
  if (r.String(obj, p, "category", &rule->category, true) && !IsCategory(rule->category))
    r.Fail(p + ".category", "not one of the ten categories of TAXONOMY.md: \"" +
                                rule->category + "\"");
  r.StringList(obj, p, "lang", &rule->langs);
  for (const std::string& l : rule->langs)
    if (l != "fr" && l != "en") r.Fail(p + ".lang", "expected fr or en; got \"" + l + "\"");
  std::string check = "pattern";
  r.String(obj, p, "check", &check, false);
  if (check == "pattern") {
    rule->check = CheckType::kPattern;
    r.StringList(obj, p, "pattern", &rule->patterns);
    r.StringList(obj, p, "patterns", &rule->patterns);
    if (rule->patterns.empty()) r.Fail(p, "a \"pattern\" check needs \"pattern\" or \"patterns\"");
    for (size_t i = 0; i < rule->patterns.size(); ++i)
      if (rule->patterns[i].size() > kMaxPatternBytes)
        r.Fail(p + ".patterns[" + std::to_string(i) + "]",
               std::to_string(rule->patterns[i].size()) + " bytes, more than " +
                   std::to_string(kMaxPatternBytes) + " (RE2's prefilter is quadratic in the number "
                   "of alternatives): split it, or put long word lists in a lexicon");
    if (obj.contains("terms") || obj.contains("lexicon"))
      r.Fail(p + ".terms", "terms and lexicon are only for \"check\": \"terms\"");
  } else if (check == "terms") {
    rule->check = CheckType::kTerms;
    std::vector<std::string> terms;
    r.StringList(obj, p, "terms", &terms);
    NormalizeTerms(r, p + ".terms", terms, &rule->terms);
    r.String(obj, p, "lexicon", &rule->lexicon, false);
    r.Bool(obj, p, "capitalized", &rule->capitalized);
    r.String(obj, p, "then", &rule->then, false);
    r.Bool(obj, p, "isolated", &rule->isolated);
    r.String(obj, p, "before", &rule->before, false);
    r.String(obj, p, "next_lexicon", &rule->next_lexicon, false);
    for (auto [key, field] : {std::pair{"min_weight", &rule->min_weight},
                              std::pair{"next_min_weight", &rule->next_min_weight}}) {
      if (!obj.contains(key)) continue;
      if (!obj[key].is_number() || obj[key].get<double>() < 0)
        r.Fail(p + "." + key, "expected a number >= 0");
      else
        *field = obj[key].get<float>();
    }
    size_t terms_bytes = 0;
    for (const std::string& t : rule->terms) terms_bytes += t.size() + 8;  // "\\b" x2 and "|"
    if (terms_bytes > kMaxPatternBytes)
      r.Fail(p + ".terms", std::to_string(rule->terms.size()) + " terms make a pattern of more than " +
                               std::to_string(kMaxPatternBytes) + " bytes: put them in a lexicon "
                               "(rules/lexicons/NAME.tsv, \"lexicon\": NAME)");
    if (rule->terms.empty() == rule->lexicon.empty())
      r.Fail(p, "a \"terms\" check needs \"terms\" or \"lexicon\" (one of them)");
    if (obj.contains("pattern") || obj.contains("patterns"))
      r.Fail(p + ".patterns", "only for \"check\": \"pattern\"");
  } else {
    r.Fail(p + ".check", "expected pattern or terms; got \"" + check + "\"");
  }
  r.Bool(obj, p, "case_sensitive", &rule->case_sensitive);
  r.Int(obj, p, "group", &rule->group, 0, 20);
  if (r.String(obj, p, "validate", &rule->validator, false) && !FindValidator(rule->validator))
    r.Fail(p + ".validate", "unknown validator \"" + rule->validator + "\" (known: " +
                                ValidatorNames() + ")");
  if (obj.contains("context")) {
    rule->has_context = true;
    ReadContext(r, obj["context"], p + ".context", &rule->context);
  }
  rule->need = !rule->has_context       ? NeedContext::kNever
               : rule->validator.empty() ? NeedContext::kAlways
                                         : NeedContext::kWhenWeak;
  std::string need;
  if (r.String(obj, p, "require_context", &need, false)) {
    if (need == "always") rule->need = NeedContext::kAlways;
    else if (need == "weak") rule->need = NeedContext::kWhenWeak;
    else if (need == "never") rule->need = NeedContext::kNever;
    else r.Fail(p + ".require_context", "expected always, weak or never");
    if (!rule->has_context && rule->need != NeedContext::kNever)
      r.Fail(p + ".require_context", "set but the rule has no \"context\"");
  }
  if (obj.contains("unless")) {
    const Json& u = obj["unless"];
    if (u.is_array()) {
      for (size_t i = 0; i < u.size(); ++i) {
        rule->unless.emplace_back();
        ReadContext(r, u[i], p + ".unless[" + std::to_string(i) + "]", &rule->unless.back());
      }
    } else {
      rule->unless.emplace_back();
      ReadContext(r, u, p + ".unless", &rule->unless.back());
    }
  }
  r.Int(obj, p, "unless_group", &rule->unless_group, 1, 20);
  r.Int(obj, p, "priority", &rule->priority, -10, 10);
  r.Bool(obj, p, "model_gate", &rule->model_gate);
  if (obj.contains("needs")) {
    const Json& n = obj["needs"];
    if (!n.is_object()) {
      r.Fail(p + ".needs", "expected {\"digits\": n, \"capitals\": n}");
    } else {
      r.OnlyKeys(n, p + ".needs", {"digits", "capitals"});
      r.Int(n, p + ".needs", "digits", &rule->needs_digits, 0, 100);
      r.Int(n, p + ".needs", "capitals", &rule->needs_capitals, 0, 100);
    }
  }
  r.String(obj, p, "signal", &rule->signal, false);
  if (obj.contains("weight")) {
    if (!obj["weight"].is_number() || obj["weight"].get<double>() <= 0 ||
        obj["weight"].get<double>() > 10)
      r.Fail(p + ".weight", "expected a number in (0, 10]");
    else
      rule->weight = obj["weight"].get<double>();
  }
  r.LangTexts(obj, p, "message", &rule->message);
  r.LangTexts(obj, p, "why", &rule->why);
  r.LangTexts(obj, p, "suggestion", &rule->suggestion);
  r.LangTexts(obj, p, "replacement", &rule->replacement);
  r.String(obj, p, "sources", &rule->sources, false);
  r.SeverityKey(obj, p, "severity", &rule->severity);
  rule->severity_set = obj.contains("severity");
  if (!obj.contains("examples")) return r.Fail(p + ".examples", "missing: every rule needs "
                                                 "examples that must fire and must not fire");
  const Json& ex = obj["examples"];
  if (!ex.is_object()) return r.Fail(p + ".examples", "expected {\"fire\": [...], \"quiet\": [...]}");
  r.OnlyKeys(ex, p + ".examples", {"fire", "quiet"});
  if (!ex.contains("fire") || !ex["fire"].is_array() || ex["fire"].empty())
    return r.Fail(p + ".examples.fire", "expected a non-empty list");
  for (size_t i = 0; i < ex["fire"].size(); ++i) {
    const Json& e = ex["fire"][i];
    std::string ep = p + ".examples.fire[" + std::to_string(i) + "]";
    Example example;
    if (e.is_string()) {
      example.text = e.get<std::string>();
    } else if (e.is_object()) {
      r.OnlyKeys(e, ep, {"text", "match"});
      r.String(e, ep, "text", &example.text, true);
      r.String(e, ep, "match", &example.match, false);
      if (!example.match.empty() && example.text.find(example.match) == std::string::npos)
        r.Fail(ep + ".match", "not a substring of the example's text");
    } else {
      r.Fail(ep, "expected a string or {\"text\", \"match\"}");
    }
    rule->fire.push_back(example);
  }
  r.StringList(ex, p + ".examples", "quiet", &rule->quiet);
  if (rule->quiet.empty()) r.Fail(p + ".examples.quiet", "expected a non-empty list");
}

void ReadRuleFile(Reader& r, const Json& doc, const std::string& file, RuleSetData* data) {
  if (!doc.is_object()) return r.Fail("", "expected an object with a \"rules\" list");
  r.OnlyKeys(doc, "", {"rules", "description"});
  if (doc.contains("description") && !doc["description"].is_string())
    r.Fail("description", "expected a string");
  if (!doc.contains("rules") || !doc["rules"].is_array())
    return r.Fail("rules", "missing or not a list");
  for (size_t i = 0; i < doc["rules"].size() && !r.failed(); ++i) {
    Rule rule;
    ReadRule(r, doc["rules"][i], "rules[" + std::to_string(i) + "]", file, &rule);
    data->rules.push_back(std::move(rule));
  }
}

// The first lexicon `spec` names that the rule set lacks, as a message, or "".
std::string MissingLexicon(const RuleSetData& data, const ContextSpec& spec) {
  for (const std::string& l : spec.lexicons)
    if (!data.lexicons.count(l)) return "no lexicon \"" + l + "\" (rules/lexicons/" + l + ".tsv)";
  return "";
}

std::string CheckReferences(const RuleSetData& data) {
  std::set<std::string> ids;
  for (const Rule& rule : data.rules) {
    std::string where = rule.file + ": rule " + rule.id;
    if (!ids.insert(rule.id).second) return where + ": id: used by another rule";
    auto check_spec = [&](const ContextSpec& spec, const char* key) -> std::string {
      for (const std::string& l : spec.lists)
        if (!data.contexts.count(l))
          return where + ": " + key + ".lists: no list \"" + l + "\" in contexts.json";
      std::string lex = MissingLexicon(data, spec);
      if (!lex.empty()) return where + ": " + key + ".lexicons: " + lex;
      return "";
    };
    if (rule.has_context) {
      std::string e = check_spec(rule.context, "context");
      if (!e.empty()) return e;
    }
    for (const ContextSpec& u : rule.unless) {
      std::string e = check_spec(u, "unless");
      if (!e.empty()) return e;
    }
    auto cat = data.categories.find(rule.category);
    std::string group = !rule.sources.empty() ? rule.sources
                        : cat != data.categories.end() ? cat->second.sources
                                                       : "";
    if (!group.empty() && !data.citation_groups.count(group))
      return where + ": sources: no group \"" + group + "\" in citations.json";
    bool has_message = !rule.message.empty() ||
                       (cat != data.categories.end() && !cat->second.message.empty());
    if (!has_message) return where + ": message: missing (and no default for the category)";
    if (!rule.lexicon.empty() && !data.lexicons.count(rule.lexicon))
      return where + ": lexicon: no lexicon \"" + rule.lexicon + "\" (rules/lexicons/" +
             rule.lexicon + ".tsv)";
    if (!rule.next_lexicon.empty() && !data.lexicons.count(rule.next_lexicon))
      return where + ": next_lexicon: no lexicon \"" + rule.next_lexicon + "\" (rules/lexicons/" +
             rule.next_lexicon + ".tsv)";
    if (!rule.signal.empty()) {
      if (rule.category != "reidentification")
        return where + ": signal: only reidentification rules give signals";
      if (!data.reid.kind_weight.count(rule.signal))
        return where + ": signal: unknown kind \"" + rule.signal +
               "\" (see reidentification-model.json)";
    }
  }
  if (data.reid.present) {
    for (const std::string& l : data.reid.context.lists)
      if (!data.contexts.count(l)) return "reidentification-model.json: context: no list \"" + l + "\"";
    for (const ContextSpec& u : data.reid.unless) {
      for (const std::string& l : u.lists)
        if (!data.contexts.count(l)) return "reidentification-model.json: unless: no list \"" + l + "\"";
      std::string lex = MissingLexicon(data, u);
      if (!lex.empty()) return "reidentification-model.json: unless.lexicons: " + lex;
    }
  }
  if (data.classifier)
    for (const ClassifierCategory& c : data.classifier->categories)
      for (const ContextSpec& u : c.unless) {
        for (const std::string& l : u.lists)
          if (!data.contexts.count(l))
            return "model/classifier-model.json: categories." + c.category + ".unless: no list \"" + l + "\"";
        std::string lex = MissingLexicon(data, u);
        if (!lex.empty()) return "model/classifier-model.json: categories." + c.category + ".unless.lexicons: " + lex;
      }
  for (const auto& [group, by_jurisdiction] : data.citation_groups)
    for (const auto& [jurisdiction, citation_ids] : by_jurisdiction)
      for (const std::string& id : citation_ids)
        if (!data.citations.count(id))
          return "citations.json: groups." + group + "." + jurisdiction + ": unknown citation \"" +
                 id + "\"";
  return "";
}

}  // namespace
}  // namespace internal

RuleSet RuleSet::FromFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  RuleSet set;
  auto data = std::make_shared<internal::RuleSetData>();
  // Shared tables (any depth) first, then rule files, each group in the given order.
  std::vector<std::pair<std::string, std::string>> ordered;
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& file : files) {
      std::string base = internal::BaseName(file.first);
      bool shared = base == "categories.json" || base == "citations.json" ||
                    base == "contexts.json" || base == "reidentification-model.json" ||
                    base == "atoms.json" || base == "classifier-model.json" ||
                    (base.size() > 4 && base.compare(base.size() - 4, 4, ".tsv") == 0);
      if (shared == (pass == 0)) ordered.push_back(file);
    }
  // Lexicons by name: keys ('\n'-terminated) and weights, indexed once every file is read (two
  // files of one name are one lexicon).
  std::map<std::string, std::pair<std::string, std::vector<float>>> lexicon_sources;
  for (const auto& [name, content] : ordered) {
    std::string base = internal::BaseName(name);
    if (base.size() > 4 && base.compare(base.size() - 4, 4, ".tsv") == 0) {
      internal::Reader reader(name);
      auto& [keys, weights] = lexicon_sources[base.substr(0, base.size() - 4)];
      internal::ReadLexicon(reader, content, &keys, &weights);
      if (reader.failed()) {
        set.error_ = reader.error();
        return set;
      }
      continue;
    }
    internal::Json doc;
    std::string parse_error;
    if (!internal::ParseJson(content, &doc, &parse_error)) {
      set.error_ = name + ": " + parse_error;
      return set;
    }
    internal::Reader reader(name);
    if (base == "atoms.json") internal::ReadAtoms(reader, doc, data.get());
    else if (base == "classifier-model.json") internal::ReadClassifierInto(reader, doc, data.get());
    else if (base == "reidentification-model.json") internal::ReadModel(reader, doc, &data->reid);
    else if (base == "categories.json") internal::ReadCategories(reader, doc, data.get());
    else if (base == "citations.json") internal::ReadCitations(reader, doc, data.get());
    else if (base == "contexts.json") internal::ReadContexts(reader, doc, data.get());
    else internal::ReadRuleFile(reader, doc, name, data.get());
    if (reader.failed()) {
      set.error_ = reader.error();
      return set;
    }
  }
  for (auto& [name, source] : lexicon_sources) {
    internal::LexiconIndex& index = data->lexicons[name];
    index.storage = std::make_shared<const std::string>(std::move(source.first));
    internal::BuildLexiconIndex(*index.storage, source.second, &index);
  }
  set.error_ = internal::CheckReferences(*data);
  for (internal::Rule& rule : data->rules) {
    auto cat = data->categories.find(rule.category);
    if (!rule.severity_set && cat != data->categories.end()) rule.severity = cat->second.severity;
  }
  if (set.error_.empty()) set.data_ = std::move(data);
  return set;
}

RuleSet RuleSet::FromPack(std::string_view pack) {
  RuleSet set;
  auto data = std::make_shared<internal::RuleSetData>();
  if (internal::UnpackRuleSet(pack, /*bytes_are_static=*/true, data.get(), &set.error_))
    set.data_ = std::move(data);
  return set;
}

RuleSet RuleSet::FromDirectory(const std::string& dir) {
#ifdef __EMSCRIPTEN__
  (void)dir;
  RuleSet set;
  set.error_ = "RuleSet::FromDirectory is not available in WebAssembly; use FromFiles";
  return set;
#else
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    RuleSet set;
    set.error_ = dir + ": not a directory";
    return set;
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (it->is_regular_file() &&
        (it->path().extension() == ".json" || it->path().extension() == ".tsv"))
      paths.push_back(it->path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) {
      RuleSet set;
      set.error_ = path + ": cannot read";
      return set;
    }
    files.emplace_back(path, content.str());
  }
  return FromFiles(files);
#endif
}

const internal::RuleSetData* internal::DataOf(const RuleSet& rules) { return rules.data_.get(); }

size_t RuleSet::size() const { return data_ ? data_->rules.size() : 0; }

std::vector<std::string> RuleSet::rule_ids() const {
  std::vector<std::string> ids;
  if (data_)
    for (const auto& r : data_->rules) ids.push_back(r.id);
  return ids;
}

}  // namespace secretum
