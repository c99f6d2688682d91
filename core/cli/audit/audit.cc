#include "audit.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "archive.h"
#include "exports.h"
#include "model.h"
#include "progress.h"
#include "writers.h"
#include "secretum/secretum.h"

namespace secretum::cli::audit {
namespace {

const char kUsage[] = R"(usage: secretum audit PATH --out DIR [options]

Audits what an account has already published and writes DIR/report.html (open it in a
browser: every flagged post with what to do — delete, edit or keep) and DIR/report.json.
PATH is the export as downloaded (.zip) or unpacked (a folder); the format is detected:
  X/Twitter   "Download an archive of your data": data/tweets.js (posts, replies, long
              posts; retweets are someone else's text and are skipped)
  Facebook    "Download your information", format JSON: posts, comments, group posts
  LinkedIn    "Get a copy of your data": Shares.csv, Comments.csv

options:
  --out DIR                  where to write the reports (created if missing; required)
  --lang auto|fr|en          language of the report (default: the language of most posts)
  --jurisdiction auto|fr|qc|ca|us|uk
                             whose professional rules are cited (default: fr when most
                             posts are in French, us otherwise)
  --min-severity low|medium|high   ignore findings below this level (default: low)
  --fail-on low|medium|high  exit 1 when a finding reaches this level (default: medium)
  --disable RULE_ID          never report this rule (repeatable)
  --rules DIR                read rules from DIR instead of the built-in ones
  --jobs N                   analysis threads (default: one per core)
  --progress auto|always|never   progress bar on stderr (default: when it is a terminal)

Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 on an error: an
unreadable export, or damaged records that had to be skipped (the report is still written
and says how many).
)";

struct Args {
  std::string path;
  std::string out;
  std::string lang = "auto";
  std::string rules_dir;
  std::string progress = "auto";
  int jobs = 0;
  Severity fail_on = Severity::kMedium;
  Options options;
};

int UsageError(const std::string& message) {
  std::cerr << "secretum: audit: " << message << "\n(see secretum audit --help)\n";
  return 2;
}

int Fail(const std::string& message) {
  std::cerr << "secretum: audit: " << message << "\n";
  return 2;
}

int ParseArgs(int argc, char** argv, Args* args) {
  std::vector<std::string> a(argv + 2, argv + argc);
  for (size_t i = 0; i < a.size(); ++i) {
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
    } else if (arg == "--out" || arg == "-o") {
      if (!value(&args->out) || args->out.empty()) return UsageError("--out expects a folder");
    } else if (arg == "--lang") {
      if (!value(&args->lang) ||
          (args->lang != "auto" && args->lang != "fr" && args->lang != "en"))
        return UsageError("--lang expects auto, fr or en");
    } else if (arg == "--jurisdiction") {
      if (!value(&args->options.jurisdiction))
        return UsageError("--jurisdiction expects auto, fr, qc, ca, us or uk");
    } else if (arg == "--min-severity") {
      if (!value(&v) || !ParseSeverity(v, &args->options.min_severity))
        return UsageError("--min-severity expects low, medium or high");
    } else if (arg == "--fail-on") {
      if (!value(&v) || !ParseSeverity(v, &args->fail_on))
        return UsageError("--fail-on expects low, medium or high");
    } else if (arg == "--disable") {
      if (!value(&v)) return UsageError("--disable expects a rule id");
      args->options.disabled_rules.push_back(v);
    } else if (arg == "--rules") {
      if (!value(&args->rules_dir)) return UsageError("--rules expects a folder");
    } else if (arg == "--jobs" || arg == "-j") {
      char* end = nullptr;
      if (!value(&v) || (args->jobs = static_cast<int>(std::strtol(v.c_str(), &end, 10))) < 1 ||
          *end || args->jobs > 256)
        return UsageError("--jobs expects a number of threads (1 to 256)");
    } else if (arg == "--progress") {
      if (!value(&args->progress) || (args->progress != "auto" && args->progress != "always" &&
                                      args->progress != "never"))
        return UsageError("--progress expects auto, always or never");
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("unknown option \"" + arg + "\"");
    } else {
      if (!args->path.empty()) return UsageError("more than one export given");
      args->path = arg;
    }
  }
  if (args->path.empty()) return UsageError("which export? (secretum audit PATH --out DIR)");
  if (args->out.empty()) return UsageError("--out DIR is required (where to write the reports)");
  std::string error;
  if (!ValidateOptions(args->options, &error)) return UsageError(error);
  return -1;
}

// ---- what was found, on stderr --------------------------------------------------------------

const char* SiteLabel(const std::string& site) {
  if (site == "x") return "X/Twitter archive";
  if (site == "facebook") return "Facebook export (JSON)";
  return "LinkedIn export";
}

std::string KindCount(const std::string& kind, size_t n) {
  const char* one = "post";
  const char* many = "posts";
  if (kind == "reply") one = "reply", many = "replies";
  else if (kind == "note") one = "long post (note tweet)", many = "long posts (note tweets)";
  else if (kind == "comment") one = "comment", many = "comments";
  else if (kind == "group_post") one = "group post", many = "group posts";
  else if (kind == "group_comment") one = "group comment", many = "group comments";
  return Thousands(n) + " " + (n == 1 ? one : many);
}

void DescribeExport(const Export& e, const std::string& path) {
  std::string sites;
  for (const std::string& s : e.sites) sites += (sites.empty() ? "" : " + ") + std::string(SiteLabel(s));
  std::cerr << "secretum: audit: " << path << ": " << sites
            << (e.account.empty() ? "" : " of " + e.account) << " (" << e.archive_kind << ", "
            << Thousands(e.archive_files) << " file" << (e.archive_files == 1 ? "" : "s") << ")\n";
  size_t width = 0;
  for (const FileLog& f : e.files) width = std::max(width, f.path.size());
  width = std::min<size_t>(width, 48);
  for (const FileLog& f : e.files) {
    std::string line = "  " + f.path;
    if (f.path.size() < width) line += std::string(width - f.path.size(), ' ');
    line += "  ";
    if (f.failed && f.posts == 0) {
      line += "NOT READ";
    } else {
      std::map<std::string, size_t> kinds;
      for (const Post& p : e.posts)
        if (p.file == f.path) ++kinds[p.kind];
      line += Thousands(f.records) + " record" + (f.records == 1 ? "" : "s") + " → " +
              Thousands(f.posts) + " to audit";
      if (kinds.size() > 1 || (kinds.size() == 1 && kinds.begin()->first == "reply")) {
        std::string parts;
        for (const auto& [k, n] : kinds)
          parts += (parts.empty() ? "" : ", ") + KindCount(k, n);
        line += " (" + parts + ")";
      }
      if (f.merged)
        line += "; " + Thousands(f.merged) + " merged into their shortened tweet";
      std::string skipped;
      auto add = [&](Skip s, const char* one, const char* many) {
        size_t n = f.skipped[static_cast<int>(s)];
        if (n) skipped += (skipped.empty() ? "" : ", ") + Thousands(n) + " " + (n == 1 ? one : many);
      };
      add(Skip::kRetweet, "retweet (someone else's text)", "retweets (someone else's text)");
      add(Skip::kNoText, "without text (photo, repost, check-in)",
          "without text (photos, reposts, check-ins)");
      add(Skip::kDuplicate, "duplicate", "duplicates");
      add(Skip::kDamaged, "DAMAGED", "DAMAGED");
      if (!skipped.empty()) line += "; skipped: " + skipped;
      if (f.repaired && f.repaired_how == "mojibake")
        line += "; " + Thousands(f.repaired) + " with Facebook's broken accents fixed";
      if (f.no_date) line += "; " + Thousands(f.no_date) + " without a readable date";
    }
    std::cerr << line << "\n";
  }
  if (e.ignored_files)
    std::cerr << "  not read: " << Thousands(e.ignored_files) << " other file"
              << (e.ignored_files == 1 ? "" : "s")
              << " (media, profile, messages, settings...: not publications)\n";
  for (const std::string& n : e.notes) std::cerr << "  note: " << n << "\n";
  for (const FileLog& f : e.files)
    for (const std::string& w : f.warnings)
      std::cerr << "secretum: audit: warning: " << f.path << ": " << w << "\n";
}

// ---- analysis --------------------------------------------------------------------------------

// Analyzes posts[which[i]] into (*out)[which[i]] on `jobs` threads; returns when all are done.
template <typename OptionsFor>
void AnalyzeAll(const Analyzer& analyzer, const std::vector<size_t>& which, OptionsFor options_for,
                int jobs, std::vector<Audited>* out, Progress* progress) {
  std::atomic<size_t> next{0}, done{0}, flagged{0};
  const size_t kChunk = 32;
  // Takes the next chunk and analyzes it; false when none is left.
  auto chunk = [&]() -> bool {
    size_t begin = next.fetch_add(kChunk);
    if (begin >= which.size()) return false;
    size_t end = std::min(which.size(), begin + kChunk);
    size_t f = 0;
    for (size_t k = begin; k < end; ++k) {
      Audited& a = (*out)[which[k]];
      a.report = analyzer.Analyze(a.post->text, options_for(*a.post));
      if (!a.report.findings.empty()) ++f;
    }
    flagged += f;
    done += end - begin;
    return true;
  };
  std::vector<std::thread> threads;
  int n = std::max(1, std::min<int>(jobs, static_cast<int>((which.size() + kChunk - 1) / kChunk)));
  for (int t = 1; t < n; ++t) threads.emplace_back([&] { while (chunk()) {} });
  // The calling thread works too, and draws the bar between chunks.
  while (chunk())
    if (progress) progress->Update(done.load(), flagged.load());
  for (std::thread& t : threads) t.join();
  if (progress) progress->Update(which.size(), flagged.load());
}

std::string EnvLanguage() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string(v).rfind("fr", 0) == 0 ? "fr" : "en";
  }
  return "en";
}

std::string NowIso() {
  return IsoTime(static_cast<int64_t>(std::time(nullptr)));
}

bool MakeOutputDir(const std::string& dir, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      *error = dir + ": exists and is not a folder";
      return false;
    }
    return true;
  }
  if (!fs::create_directories(dir, ec)) {
    *error = dir + ": cannot create the folder: " + ec.message();
    return false;
  }
  ::chmod(dir.c_str(), 0700);  // the reports quote patients' details
  return true;
}

int Run(const Args& args) {
  auto t0 = std::chrono::steady_clock::now();
  // The rules compile on another thread while the export is read.
  std::string rules_dir = args.rules_dir;
  std::future<std::pair<RuleSet, std::unique_ptr<Analyzer>>> engine =
      std::async(std::launch::async, [rules_dir] {
        RuleSet rules = rules_dir.empty() ? RuleSet::Builtin() : RuleSet::FromDirectory(rules_dir);
        std::unique_ptr<Analyzer> analyzer;
        if (rules.ok()) analyzer = std::make_unique<Analyzer>(rules);
        return std::make_pair(std::move(rules), std::move(analyzer));
      });

  std::string error;
  std::unique_ptr<Archive> archive = OpenArchive(args.path, &error);
  if (!archive) return Fail(args.path + ": " + error);
  Export data;
  if (!ReadExport(*archive, &data, &error)) return Fail(args.path + ": " + error);
  archive.reset();
  // Oldest first, so that report.json reads as a timeline (posts without a date at the end).
  std::stable_sort(data.posts.begin(), data.posts.end(), [](const Post& a, const Post& b) {
    if ((a.time == kNoTime) != (b.time == kNoTime)) return b.time == kNoTime;
    return a.time < b.time;
  });
  double read_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  DescribeExport(data, args.path);

  auto [rules, analyzer] = engine.get();
  if (!rules.ok()) return Fail("rules: " + rules.error());
  if (!analyzer->ok()) return Fail("rules: " + analyzer->error());

  AuditResult result;
  result.path = args.path;
  result.data = &data;
  result.min_severity = args.options.min_severity;
  result.posts.resize(data.posts.size());
  for (size_t i = 0; i < data.posts.size(); ++i) result.posts[i].post = &data.posts[i];

  int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool show = args.progress == "always" || (args.progress == "auto" && StderrIsTerminal());
  auto t1 = std::chrono::steady_clock::now();
  {
    Progress progress(show, "analyzing", data.posts.size());
    std::vector<size_t> all(data.posts.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    Options base = args.options;
    if (args.lang != "auto") base.message_lang = args.lang;
    AnalyzeAll(*analyzer, all,
               [&base](const Post& p) {
                 Options o = base;
                 o.site = p.site;
                 return o;
               },
               jobs, &result.posts, show ? &progress : nullptr);
    progress.Finish();
  }

  // The report's language and, unless given, the jurisdiction: from the posts' languages.
  size_t fr = 0, en = 0;
  for (const Audited& a : result.posts) (a.report.lang == "fr" ? fr : en)++;
  std::string majority = fr + en == 0 ? EnvLanguage() : fr > en ? "fr" : "en";
  result.ui_lang = args.lang != "auto" ? args.lang : majority;
  result.jurisdiction_given = args.options.jurisdiction != "auto";
  result.jurisdiction = result.jurisdiction_given ? args.options.jurisdiction
                                                  : (majority == "fr" ? "fr" : "us");
  // Flagged posts in the other language got messages and cited rules of their own language:
  // analyze them again so that the whole report speaks one language and cites one set of rules.
  std::vector<size_t> again;
  for (size_t i = 0; i < result.posts.size(); ++i) {
    const Report& r = result.posts[i].report;
    if (!r.findings.empty() &&
        (r.message_lang != result.ui_lang || r.jurisdiction != result.jurisdiction))
      again.push_back(i);
  }
  if (!again.empty()) {
    Options o2 = args.options;
    o2.message_lang = result.ui_lang;
    o2.jurisdiction = result.jurisdiction;
    AnalyzeAll(*analyzer, again,
               [&o2](const Post& p) {
                 Options o = o2;
                 o.site = p.site;
                 return o;
               },
               jobs, &result.posts, nullptr);
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();

  size_t actions[4] = {0, 0, 0, 0};
  bool reached = false;
  for (Audited& a : result.posts) {
    ChooseAction(&a);
    ++actions[static_cast<int>(a.action)];
    for (const Finding& f : a.report.findings)
      if (f.severity >= args.fail_on) reached = true;
  }
  result.generated_at = NowIso();

  auto t2 = std::chrono::steady_clock::now();
  if (!MakeOutputDir(args.out, &error)) return Fail(error);
  namespace fs = std::filesystem;
  std::string json_path = (fs::path(args.out) / "report.json").string();
  std::string html_path = (fs::path(args.out) / "report.html").string();
  if (!WriteFileAtomically(json_path, RenderJsonReport(result), &error) ||
      !WriteFileAtomically(html_path, RenderHtmlReport(result), &error))
    return Fail(error);

  size_t flagged = actions[1] + actions[2] + actions[3];
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double write_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count();
  char timing[160];
  std::snprintf(timing, sizeof timing,
                "%.1f s (reading %.1f s, analysis %.1f s on %d thread%s, reports %.1f s)", total,
                read_seconds, result.seconds, jobs, jobs == 1 ? "" : "s", write_seconds);
  std::cerr << "secretum: audit: " << Thousands(data.posts.size()) << " post"
            << (data.posts.size() == 1 ? "" : "s") << " audited in " << timing << ": "
            << Thousands(flagged) << " flagged";
  if (flagged)
    std::cerr << " — " << Thousands(actions[3]) << " to delete, " << Thousands(actions[2])
              << " to edit, " << Thousands(actions[1]) << " to keep (low risk)";
  std::cerr << "\nsecretum: audit: report: " << html_path << " (open it in a browser), "
            << json_path << "\n";

  size_t damaged = data.Skipped(Skip::kDamaged);
  std::string unreadable;
  for (const FileLog& f : data.files)
    if (f.failed) unreadable += (unreadable.empty() ? "" : ", ") + f.path;
  if (data.posts.empty())
    std::cerr << "secretum: audit: warning: the export holds no post with text: the report is "
                 "empty\n";
  if (!unreadable.empty())
    std::cerr << "secretum: audit: the report is incomplete: could not read " << unreadable
              << " (see the warnings above); the posts in it are missing\n";
  if (damaged)
    std::cerr << "secretum: audit: " << Thousands(damaged) << " damaged record"
              << (damaged == 1 ? "" : "s")
              << " could not be audited (see the warnings above and the report)\n";
  if (damaged || !unreadable.empty()) return 2;
  return reached ? 1 : 0;
}

}  // namespace

int Main(int argc, char** argv) {
  Args args;
  int status = ParseArgs(argc, argv, &args);
  if (status >= 0) return status;
  try {
    return Run(args);
  } catch (const std::bad_alloc&) {
    return Fail("out of memory");
  } catch (const std::exception& e) {
    return Fail(std::string("internal error: ") + e.what());
  }
}

}  // namespace secretum::cli::audit
