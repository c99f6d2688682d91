// Secretum: finds what a health professional must not publish in a social-media post.
//
// This header is the whole public API of the engine. It is used by the native CLI
// (core/cli), by the WebAssembly binding (wasm/) and by the tests.
//
// OVERVIEW
//
//   secretum::RuleSet rules = secretum::RuleSet::FromDirectory("rules");
//   if (!rules.ok()) { fprintf(stderr, "%s\n", rules.error().c_str()); ... }
//   secretum::Analyzer analyzer(rules);           // expensive: compiles every pattern once
//   if (!analyzer.ok()) { ... analyzer.error() ... }
//
//   secretum::Options options;                    // see the table of defaults below
//   options.jurisdiction = "qc";
//   secretum::Report report = analyzer.Analyze("Mme Perrault, chambre 12, ...", options);
//   for (const secretum::Finding& f : report.findings) { ... f.start, f.end (UTF-8 bytes) ... }
//   std::string json = secretum::ReportToJson(report);   // offsets in UTF-16 code units
//
// COSTS
//
//   Builtin() reads a rule pack made at build time (no parsing). An Analyzer of rules that
//   carry an atoms table (Builtin()) compiles each regular expression the first time a post may
//   match it; of other rules (FromDirectory, FromFiles), it compiles them all at once: hundreds
//   of milliseconds. Analyze() is linear in the length of the post (RE2 guarantees
//   linear-time matching) and takes microseconds for a 280-character post.
//
// THREAD SAFETY
//
//   A RuleSet and an Analyzer are immutable once built. Analyze() is const and may be
//   called concurrently from several threads on the same Analyzer.
//
// ERRORS
//
//   No exception crosses this API. RuleSet and Analyzer report a failure through ok() and
//   error(); an error names the rule file and the key at fault
//   ("rules/identifier/phones.json: rules[2].pattern: missing ): ..."). Analyze() never
//   fails: invalid UTF-8 is read as U+FFFD replacement characters (offsets stay valid
//   and point into the caller's bytes) and Report::invalid_utf8 is set.

#ifndef SECRETUM_SECRETUM_H_
#define SECRETUM_SECRETUM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace secretum {

// The ten categories of ../shared/TAXONOMY.md, by their stable ids.
inline constexpr const char* kCategories[] = {
    "identifier",  "reidentification", "patient_image",        "derogatory",  "hostile",
    "defamation",  "advertising",      "medical_advice",       "conflict_of_interest",
    "health_claim"};

bool IsCategory(std::string_view id);

enum class Severity { kLow = 0, kMedium = 1, kHigh = 2 };

// "low" | "medium" | "high"; ParseSeverity returns false on anything else.
const char* SeverityName(Severity s);
bool ParseSeverity(std::string_view name, Severity* out);

// Options of one Analyze() call.
//
//   field          default     values
//   lang           "auto"      "auto" | "fr" | "en"        language of the post; auto-detected if "auto"
//   message_lang   "auto"      "auto" | "fr" | "en"        language of messages; "auto" follows the post
//   site           "generic"   "x" | "facebook" | "linkedin" | "generic"
//   jurisdiction   "auto"      "auto" | "fr" | "qc" | "ca" | "us" | "uk"
//                                                            chooses the cited professional rules;
//                                                            "auto" is "fr" for French posts, "us" otherwise
//   min_severity   kLow        findings below it are dropped
//   disabled_rules {}          rule ids never reported
//   max_findings   500         findings beyond it are dropped and Report::truncated is set
struct Options {
  std::string lang = "auto";
  std::string message_lang = "auto";
  std::string site = "generic";
  std::string jurisdiction = "auto";
  Severity min_severity = Severity::kLow;
  std::vector<std::string> disabled_rules;
  size_t max_findings = 500;
};

// Validates the string-valued fields of `options`; on failure returns false and sets *error
// (e.g. "jurisdiction: expected one of auto, fr, qc, ca, us, uk; got \"be\"").
bool ValidateOptions(const Options& options, std::string* error);

// A professional rule a finding cites.
struct Source {
  std::string title;
  std::string url;
};

// A quasi-identifier found in a post (age, place, time, occupation, rare condition...). Several
// of them together make a patient recognizable: see the `reidentification` findings.
struct Signal {
  std::string rule;   // the signal rule that found it
  std::string kind;   // "age", "place", "time", "occupation", "condition", "event", ...
  std::string label;  // the kind in the message language ("âge", "lieu", ...)
  size_t start = 0;   // UTF-8 byte offsets, end-exclusive
  size_t end = 0;
  std::string text;
  double weight = 0;  // how much it narrows down who the person is
};

// One problem found in a post.
struct Finding {
  std::string rule;        // id of the rule that fired, e.g. "fr-nir"
  std::string category;    // one of kCategories
  Severity severity = Severity::kMedium;
  size_t start = 0;        // UTF-8 byte offsets into the analyzed text, end-exclusive
  size_t end = 0;
  std::string text;        // the matched text, copied from the post
  std::string message;     // short: what was found
  std::string why;         // the explanation shown by "why is this flagged"
  std::vector<Source> sources;  // rules breached, chosen by jurisdiction
  std::string suggestion;  // how to fix it
  std::string replacement; // a safe one-click replacement for [start, end), or empty
  std::vector<Signal> signals;  // for re-identification: the details that combine
};

// The result of Analyze(). Findings are sorted by start offset, then by severity (high first).
struct Report {
  std::string lang;          // language of the post ("fr" | "en"), detected or given
  std::string message_lang;  // language of messages
  std::string jurisdiction;  // jurisdiction used for sources
  std::string text;          // the analyzed text (kept so that offsets can be converted)
  std::vector<Finding> findings;
  std::vector<Signal> signals;  // every quasi-identifier found, combined into a finding or not
  bool truncated = false;    // more than Options::max_findings findings (or signals) were found
  bool invalid_utf8 = false; // the input held invalid UTF-8 (read as U+FFFD)

  size_t Count(Severity s) const;
};

class RuleSet;
class Analyzer;
namespace internal {
struct RuleSetData;
struct AnalyzerData;
// The rules' data, for tests and tools inside the project (not part of the public API).
const RuleSetData* DataOf(const RuleSet& rules);
// The atoms table of an analyzer's patterns (see core/src/pattern_store.h), as JSON.
std::string AtomsJsonOf(const Analyzer& analyzer);
}  // namespace internal

// A set of rules read from JSON files (see rules/README.md for the schema). Cheap to copy
// (shared, immutable).
class RuleSet {
 public:
  // Reads every *.json file under `dir` (recursively, in sorted order). Not available in
  // the WebAssembly build, which has no file system: use FromFiles there.
  static RuleSet FromDirectory(const std::string& dir);

  // Reads rule files given as (name, content) pairs; `name` is used in error messages and
  // decides the file's role: "citations.json", "categories.json", "contexts.json",
  // "reidentification-model.json" and "atoms.json" (at any depth) are shared tables, "NAME.tsv" files are
  // lexicons (one "term<TAB>weight" per line, "#" comments), every other file holds rules.
  static RuleSet FromFiles(const std::vector<std::pair<std::string, std::string>>& files);

  // The rules compiled into this binary: the rules/ directory at build time, read and checked
  // by the JSON loader then, with the atoms table of its patterns (patterns compile lazily, see
  // Analyzer::CompileAll), embedded as a binary rule pack. Cheap: no parsing at run time.
  static RuleSet Builtin();

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Number of rules, and their ids in file order.
  size_t size() const;
  std::vector<std::string> rule_ids() const;

 private:
  friend class Analyzer;
  friend const internal::RuleSetData* internal::DataOf(const RuleSet& rules);
  // Reads a rule pack (core/src/rules_pack.h) that lives as long as the program: Builtin().
  static RuleSet FromPack(std::string_view pack);
  std::shared_ptr<const internal::RuleSetData> data_;
  std::string error_;
};

// Compiled rules. Expensive to build, cheap to use; immutable and thread-safe.
class Analyzer {
 public:
  explicit Analyzer(const RuleSet& rules);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Analyzes one post given in UTF-8. Options must be valid (see ValidateOptions); invalid
  // string options are treated as their defaults. Returns an empty report if !ok().
  // A text longer than kChunkBytes (a long article, a pasted document) is analyzed in pieces
  // of at most that size, cut at paragraph breaks where possible (else a line break, a sentence
  // end, a space): memory then stays bounded by the piece, not the text, and time linear.
  // Messages and cited rules follow the first piece's language; each piece is otherwise
  // analyzed as a post of its own (a finding across a cut, rare at a paragraph break, is lost).
  Report Analyze(std::string_view utf8, const Options& options = Options()) const;
  static constexpr size_t kChunkBytes = 16 * 1024;

  // When the rules carry an atoms table (the WebAssembly build), patterns are compiled the
  // first time a post may match them, so that the analyzer is ready fast; CompileAll compiles
  // the rest now (call it when the host is idle). Otherwise it does nothing.
  void CompileAll() const;

  // Compiles up to `n` more patterns; true once nothing is left to compile. For hosts that warm
  // the analyzer up in small slices (a browser extension between two keystrokes).
  bool CompileSome(size_t n) const;

  // With an atoms table (as CompileAll): frees every compiled pattern, and with them the DFA
  // state caches RE2 grows while searching (up to a few MB per pattern; they never shrink), so
  // that a long-running host can bound its memory. Patterns compile again at their next use;
  // findings are unchanged. Not thread-safe, unlike every other method: call it only while no
  // Analyze() (or CompileSome) runs on another thread. Without an atoms table it does nothing.
  void DropCompiled();

 private:
  friend std::string internal::AtomsJsonOf(const Analyzer& analyzer);
  Report AnalyzeOne(std::string_view utf8, const Options& options) const;
  std::unique_ptr<internal::AnalyzerData> data_;
  std::string error_;
};

// JSON for one report. Offsets are UTF-16 code units (what JavaScript and the DOM count):
//   {"lang","message_lang","jurisdiction","truncated","counts":{"high","medium","low"},
//    "findings":[{"rule","category","severity","start","end","text","message","why",
//                 "sources":[{"title","url"}],"suggestion","replacement"?,"signals"?}],
//    "signals":[{"kind","label","start","end","text","weight","rule"}]}
// `indent` < 0 gives one line.
std::string ReportToJson(const Report& report, int indent = -1);

// Offset helpers, exposed for tests and bindings: converts a UTF-8 byte offset of `utf8`
// to UTF-16 code units (an offset inside a code point counts up to that code point).
size_t Utf16Offset(std::string_view utf8, size_t byte_offset);

// Detects "fr" or "en" from a short text (stop words, diacritics); "en" when nothing tells.
std::string DetectLanguage(std::string_view utf8);

}  // namespace secretum

#endif  // SECRETUM_SECRETUM_H_
