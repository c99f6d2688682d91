// Thin embind shim: the engine with the built-in rules, called with a JSON options string and
// answering with the report's JSON (offsets already in UTF-16 code units). No logic lives here.
#include <emscripten/bind.h>

#include <string>

#include "json_util.h"
#include "secretum/secretum.h"

namespace {

using secretum::internal::Json;

std::string ErrorJson(const std::string& message) {
  return secretum::internal::DumpJson(Json{{"error", message}});
}

class Engine {
 public:
  Engine() : rules_(secretum::RuleSet::Builtin()), analyzer_(rules_) {}

  bool ok() const { return rules_.ok() && analyzer_.ok(); }
  std::string error() const { return rules_.ok() ? analyzer_.error() : rules_.error(); }
  std::string ruleIds() const { return secretum::internal::DumpJson(Json(rules_.rule_ids())); }
  bool compileSome(int n) const { return analyzer_.CompileSome(n > 0 ? static_cast<size_t>(n) : 0); }

  // options_json: {"lang","messageLang","site","jurisdiction","minSeverity","disabledRules",
  // "maxFindings"}, all optional. A host passes the same options post after post (the
  // extension's settings rarely change): the last valid options are kept with their JSON, which
  // is parsed again only when it differs.
  std::string analyze(const std::string& text, const std::string& options_json) const {
    if (!has_options_ || options_json != options_json_) {
      secretum::Options options;
      std::string error = ParseOptions(options_json, &options);
      if (!error.empty()) return ErrorJson(error);
      options_ = std::move(options);
      options_json_ = options_json;
      has_options_ = true;
    }
    return secretum::ReportToJson(analyzer_.Analyze(text, options_));
  }

 private:
  // Reads options_json into *options; returns the error message, or "" when they are valid.
  static std::string ParseOptions(const std::string& options_json, secretum::Options* options) {
    Json o;
    std::string error;
    if (!options_json.empty() && !secretum::internal::ParseJson(options_json, &o, &error))
      return "options: " + error;
    if (!o.is_null() && !o.is_object()) return "options: expected an object";
    auto str = [&](const char* key, std::string* out) -> bool {
      if (!o.contains(key) || o[key].is_null()) return true;
      if (!o[key].is_string()) return false;
      *out = o[key].get<std::string>();
      return true;
    };
    if (!str("lang", &options->lang) || !str("messageLang", &options->message_lang) ||
        !str("site", &options->site) || !str("jurisdiction", &options->jurisdiction))
      return "options: lang, messageLang, site and jurisdiction must be strings";
    std::string severity;
    if (!str("minSeverity", &severity) ||
        (!severity.empty() && !secretum::ParseSeverity(severity, &options->min_severity)))
      return "options.minSeverity: expected low, medium or high";
    if (o.contains("disabledRules")) {
      if (!o["disabledRules"].is_array()) return "options.disabledRules: expected a list";
      for (const Json& id : o["disabledRules"])
        if (id.is_string()) options->disabled_rules.push_back(id.get<std::string>());
    }
    if (o.contains("maxFindings")) {
      if (!o["maxFindings"].is_number_unsigned())
        return "options.maxFindings: expected a non-negative integer";
      options->max_findings = o["maxFindings"].get<size_t>();
    }
    if (!secretum::ValidateOptions(*options, &error)) return "options." + error;
    return "";
  }

  secretum::RuleSet rules_;
  secretum::Analyzer analyzer_;
  // The options of the last call that had valid ones, and their JSON (analyze).
  mutable bool has_options_ = false;
  mutable std::string options_json_;
  mutable secretum::Options options_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(secretum) {
  emscripten::class_<Engine>("Engine")
      .constructor<>()
      .function("ok", &Engine::ok)
      .function("error", &Engine::error)
      .function("ruleIds", &Engine::ruleIds)
      .function("compileSome", &Engine::compileSome)
      .function("analyze", &Engine::analyze);
}
