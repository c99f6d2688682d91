// secretum: command-line front end of the engine.
//
//   secretum check [FILE|-] [options]     check one post (text) or many (JSON Lines)
//   secretum rules [--rules DIR]          list the rules
//   secretum features [FILE|-] [--names]  the statistical layer's features (JSON Lines)
//
// Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 on a usage or
// input error (the message says which argument, file, line or byte).
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "classifier.h"
#include "examples.h"
#include "json_util.h"
#include "secretum/secretum.h"
#include "text.h"
#include "text_report.h"

namespace {

using secretum::internal::Json;
using OJson = nlohmann::ordered_json;

const char kUsage[] = R"(usage: secretum check [FILE|-] [options]
       secretum audit PATH --out DIR [options]   (past posts of an X, Facebook or
                                                   LinkedIn export; see audit --help)
       secretum rules [--rules DIR]
       secretum test-rules [--rules DIR]
       secretum atoms [--rules DIR]       (build step: literals each pattern needs)
       secretum features [FILE|-] [--names]
                                          (training: the statistical layer's feature
                                           ids of each JSON Lines post {"id", "text",
                                           "lang"?}; see scripts/train-classifier)
       secretum --version

Checks social-media posts for what a health professional must not publish
(patient identifiers, re-identification risk, and professional-ethics issues).

check options:
  --format text|json|jsonl   output: text for people (default), one JSON report,
                             or JSON Lines (one report per input line)
  --input text|jsonl         input: the whole file is one post (default), or one JSON
                             object per line {"id", "text", "lang"?, "site"?,
                             "jurisdiction"?}
                             (default: jsonl when --format jsonl)
  --lang auto|fr|en          language of the posts (default: auto-detect)
  --message-lang auto|fr|en  language of the messages (default: the post's)
  --site x|facebook|linkedin|generic
  --jurisdiction auto|fr|qc|ca|us|uk
                             whose professional rules are cited (default: fr for French
                             posts, us for English ones)
  --min-severity low|medium|high   hide findings below this level (default: low)
  --disable RULE_ID          never report this rule (repeatable)
  --fail-on low|medium|high  exit 1 when a finding reaches this level (default: medium)
  --rules DIR                read rules from DIR instead of the built-in ones
  --color auto|always|never  colours in the text report (default: auto)
)";

struct Args {
  std::string command;
  std::string file = "-";
  std::string format = "text";
  std::string input;
  std::string rules_dir;
  std::string color = "auto";
  bool names = false;  // features --names
  secretum::Severity fail_on = secretum::Severity::kMedium;
  secretum::Options options;
};

int UsageError(const std::string& message) {
  std::cerr << "secretum: " << message << "\n(see secretum --help)\n";
  return 2;
}

// Parses argv; returns -1 on success or an exit status.
int ParseArgs(int argc, char** argv, Args* args) {
  std::vector<std::string> a(argv + 1, argv + argc);
  if (a.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  if (a[0] == "--help" || a[0] == "-h" || a[0] == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (a[0] == "--version") {
    std::cout << "secretum 0.1.0\n";
    return 0;
  }
  args->command = a[0];
  if (args->command != "check" && args->command != "rules" && args->command != "test-rules" &&
      args->command != "atoms" && args->command != "features")
    return UsageError("unknown command \"" + a[0] + "\"");
  bool have_file = false;
  for (size_t i = 1; i < a.size(); ++i) {
    const std::string& arg = a[i];
    auto value = [&](std::string* out) -> bool {
      if (i + 1 >= a.size()) return false;
      *out = a[++i];
      return true;
    };
    std::string v;
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--format") {
      if (!value(&args->format) ||
          (args->format != "text" && args->format != "json" && args->format != "jsonl"))
        return UsageError("--format expects text, json or jsonl");
    } else if (arg == "--input") {
      if (!value(&args->input) || (args->input != "text" && args->input != "jsonl"))
        return UsageError("--input expects text or jsonl");
    } else if (arg == "--lang") {
      if (!value(&args->options.lang)) return UsageError("--lang expects auto, fr or en");
    } else if (arg == "--message-lang") {
      if (!value(&args->options.message_lang))
        return UsageError("--message-lang expects auto, fr or en");
    } else if (arg == "--site") {
      if (!value(&args->options.site)) return UsageError("--site expects a site");
    } else if (arg == "--jurisdiction") {
      if (!value(&args->options.jurisdiction))
        return UsageError("--jurisdiction expects auto, fr, qc, ca, us or uk");
    } else if (arg == "--min-severity") {
      if (!value(&v) || !secretum::ParseSeverity(v, &args->options.min_severity))
        return UsageError("--min-severity expects low, medium or high");
    } else if (arg == "--fail-on") {
      if (!value(&v) || !secretum::ParseSeverity(v, &args->fail_on))
        return UsageError("--fail-on expects low, medium or high");
    } else if (arg == "--disable") {
      if (!value(&v)) return UsageError("--disable expects a rule id");
      args->options.disabled_rules.push_back(v);
    } else if (arg == "--rules") {
      if (!value(&args->rules_dir)) return UsageError("--rules expects a directory");
    } else if (arg == "--names" && args->command == "features") {
      args->names = true;
    } else if (arg == "--color") {
      if (!value(&args->color) ||
          (args->color != "auto" && args->color != "always" && args->color != "never"))
        return UsageError("--color expects auto, always or never");
    } else if (arg.size() > 1 && arg[0] == '-' ) {
      return UsageError("unknown option \"" + arg + "\"");
    } else {
      if (have_file) return UsageError("more than one input file given");
      args->file = arg;
      have_file = true;
    }
  }
  std::string error;
  if (!secretum::ValidateOptions(args->options, &error)) return UsageError(error);
  if (args->input.empty()) args->input = args->format == "jsonl" ? "jsonl" : "text";
  return -1;
}

bool ReadInput(const std::string& file, std::string* out, std::string* error) {
  std::ostringstream buffer;
  if (file == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      *error = file + ": cannot open";
      return false;
    }
    buffer << in.rdbuf();
  }
  *out = buffer.str();
  return true;
}

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  bool valid = true;
  while (pos < text.size()) {
    size_t at = pos;
    secretum::internal::DecodeUtf8(text, &pos, &valid);
    if (!valid) return at;
  }
  return std::string::npos;
}

bool Reaches(const secretum::Report& r, secretum::Severity level) {
  for (const auto& f : r.findings)
    if (f.severity >= level) return true;
  return false;
}

int RunRules(const secretum::RuleSet& rules) {
  for (const std::string& id : rules.rule_ids()) std::cout << id << "\n";
  return 0;
}

// Runs every rule's own examples; prints each failure; 1 if any.
int RunTestRules(const secretum::RuleSet& rules, const secretum::Analyzer& analyzer) {
  secretum::internal::ExampleResults r = secretum::internal::CheckExamples(rules, analyzer);
  for (const std::string& failure : r.failures) std::cout << failure << "\n";
  std::cout << r.checked << " examples, " << r.failures.size() << " failed\n";
  return r.failures.empty() ? 0 : 1;
}

// `features`: one {"id", "lang", "features": [ids], "names"?: [...]} line per input post. The
// language is the post's "lang" when it is fr or en, else detected as `check` does.
int RunFeatures(const Args& args) {
  std::string input, error;
  if (!ReadInput(args.file, &input, &error)) return UsageError(error);
  std::string name = args.file == "-" ? "stdin" : args.file;
  std::istringstream lines(input);
  std::string line;
  size_t number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json post;
    std::string err;
    if (!secretum::internal::ParseJson(line, &post, &err) || !post.is_object() ||
        !post.contains("text") || !post["text"].is_string()) {
      std::cerr << "secretum: " << name << ":" << number
                << ": expected a JSON object with a string \"text\"\n";
      return 2;
    }
    std::string text = post["text"].get<std::string>();
    std::string lang = post.contains("lang") && post["lang"].is_string() ? post["lang"].get<std::string>() : "";
    if (lang != "fr" && lang != "en") lang = secretum::DetectLanguage(text);
    std::vector<std::string> names;
    auto features = secretum::internal::ClassifierFeatures(secretum::internal::Normalize(text).text,
                                                           lang, args.names ? &names : nullptr);
    OJson out = {{"id", post.contains("id") ? OJson::parse(post["id"].dump()) : OJson(number)},
                 {"lang", lang}};
    OJson ids = OJson::array();
    for (const auto& f : features) ids.push_back(f.id);
    out["features"] = std::move(ids);
    if (args.names) out["names"] = names;
    std::cout << out.dump(-1, ' ', false, OJson::error_handler_t::replace) << "\n";
  }
  return 0;
}

int RunCheck(const Args& args, const secretum::Analyzer& analyzer) {
  std::string input, error;
  if (!ReadInput(args.file, &input, &error)) return UsageError(error);
  std::string name = args.file == "-" ? "stdin" : args.file;
  bool color = args.color == "always" || (args.color == "auto" && isatty(STDOUT_FILENO));
  bool reached = false;

  if (args.input == "text") {
    size_t bad = FirstInvalidUtf8(input);
    if (bad != std::string::npos)
      return UsageError(name + ": invalid UTF-8 at byte " + std::to_string(bad));
    secretum::Report report = analyzer.Analyze(input, args.options);
    reached = Reaches(report, args.fail_on);
    if (args.format == "text") {
      std::cout << secretum::cli::RenderText(report, args.file == "-" ? "" : args.file, color);
    } else if (args.format == "json") {
      std::cout << secretum::ReportToJson(report, 2) << "\n";
    } else {
      OJson line = {{"id", name}};
      line.update(OJson::parse(secretum::ReportToJson(report)));
      std::cout << line.dump(-1, ' ', false, OJson::error_handler_t::replace) << "\n";
    }
    return reached ? 1 : 0;
  }

  // JSON Lines: every good line is checked; bad lines are reported on stderr with their
  // number and the run ends with status 2.
  std::istringstream lines(input);
  std::string line;
  size_t number = 0, errors = 0, posts = 0;
  OJson all = OJson::array();
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(number);
    Json post;
    std::string err;
    if (!secretum::internal::ParseJson(line, &post, &err)) {
      std::cerr << "secretum: " << where << ": invalid JSON: " << err << "\n";
      ++errors;
      continue;
    }
    if (!post.is_object() || !post.contains("text") || !post["text"].is_string()) {
      std::cerr << "secretum: " << where << ": expected an object with a string \"text\"\n";
      ++errors;
      continue;
    }
    secretum::Options options = args.options;
    for (const char* key : {"lang", "site", "jurisdiction"}) {
      if (!post.contains(key)) continue;
      if (!post[key].is_string()) {
        std::cerr << "secretum: " << where << ": \"" << key << "\" must be a string\n";
        ++errors;
        continue;
      }
      // A post's own lang/site is used when the command line left it to auto/generic.
      std::string v = post[key].get<std::string>();
      if (std::string(key) == "lang" && options.lang == "auto") options.lang = v;
      if (std::string(key) == "site" && options.site == "generic") options.site = v;
      if (std::string(key) == "jurisdiction" && options.jurisdiction == "auto")
        options.jurisdiction = v;
    }
    if (!secretum::ValidateOptions(options, &err)) {
      std::cerr << "secretum: " << where << ": " << err << "\n";
      ++errors;
      continue;
    }
    Json id = post.contains("id") ? post["id"] : Json(std::to_string(number));
    secretum::Report report = analyzer.Analyze(post["text"].get<std::string>(), options);
    reached = reached || Reaches(report, args.fail_on);
    ++posts;
    if (args.format == "text") {
      std::string title = id.is_string() ? id.get<std::string>() : id.dump();
      std::cout << (posts > 1 ? "\n" : "") << secretum::cli::RenderText(report, title, color);
      continue;
    }
    OJson ordered = {{"id", OJson::parse(id.dump())}};
    ordered.update(OJson::parse(secretum::ReportToJson(report)));
    if (args.format == "jsonl")
      std::cout << ordered.dump(-1, ' ', false, OJson::error_handler_t::replace) << "\n";
    else all.push_back(std::move(ordered));
  }
  if (args.format == "json")
    std::cout << all.dump(2, ' ', false, OJson::error_handler_t::replace) << "\n";
  if (errors) {
    std::cerr << "secretum: " << errors << " line(s) of " << name
              << " could not be checked (see above); " << posts << " post(s) checked\n";
    return 2;
  }
  return reached ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc > 1 && std::string(argv[1]) == "audit") return secretum::cli::audit::Main(argc, argv);
  Args args;
  int status = ParseArgs(argc, argv, &args);
  if (status >= 0) return status;
  if (args.command == "features") return RunFeatures(args);
  secretum::RuleSet rules = args.rules_dir.empty() ? secretum::RuleSet::Builtin()
                                                   : secretum::RuleSet::FromDirectory(args.rules_dir);
  if (!rules.ok()) {
    std::cerr << "secretum: rules: " << rules.error() << "\n";
    return 2;
  }
  if (args.command == "rules") return RunRules(rules);
  secretum::Analyzer analyzer(rules);
  if (!analyzer.ok()) {
    std::cerr << "secretum: rules: " << analyzer.error() << "\n";
    return 2;
  }
  if (args.command == "test-rules") return RunTestRules(rules, analyzer);
  if (args.command == "atoms") {
    std::cout << secretum::internal::AtomsJsonOf(analyzer) << "\n";
    return 0;
  }
  return RunCheck(args, analyzer);
}
