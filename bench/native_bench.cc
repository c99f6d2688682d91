// Native benchmark harness: times the C++ engine in-process on the workload written by
// bench/workload.mjs and writes the raw per-call samples (microseconds) as JSON; bench/report.mjs
// turns them into the tables. Built by scripts/bench into build/bench/secretum_bench.
//
//   secretum_bench --create-only
//       one line of JSON: RuleSet::Builtin() and Analyzer construction times (ms), the first
//       Analyze() of a short post, max RSS. Run it in fresh processes (scripts/bench does, N times).
//   secretum_bench --workload build/bench/workload.json --runs 5 --out build/bench/native-raw.json
//       one discarded warm-up pass, then `runs` runs; in each run every corpus and synthetic post
//       is analyzed `iters` times (per group), each typing prefix once, the large text and its prefixes once.
//   --rules DIR: the rules of DIR instead of the built-in ones (with DIR/atoms.json from
//       `secretum atoms`, patterns compile lazily as in the WebAssembly module: profile that mode).
//   secretum_bench --workload W --profile
//       a warm-up pass over the corpus, then the corpus once inside ProfiledPass(), nothing timed:
//         valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*ProfiledPass*' \
//           build/bench/secretum_bench --workload build/bench/workload.json --profile
//       --profile-group G instead profiles the synthetic posts of groups starting with G
//       (e.g. synthetic-10000, synthetic-1000-fr), or "large" (the 1 MB text), after a warm-up.
//
// What one timed call is: Analyzer::Analyze() + ReportToJson(), what the CLI and the WebAssembly
// binding do per post; the Analyze() part alone is recorded too.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "secretum/secretum.h"

namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

double Micros(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::micro>(b - a).count();
}

long MaxRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // kilobytes on Linux
}

long CurrentRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

struct Post {
  std::string name;
  std::string group;
  std::string text;
  std::string site;
};

size_t g_sink = 0;  // keeps the optimizer from dropping the work

struct Timing {
  double total_us;
  double analyze_us;
};

Timing TimeOne(const secretum::Analyzer& analyzer, const std::string& text, const std::string& site) {
  secretum::Options options;
  options.lang = "auto";
  options.site = site;
  const auto t0 = Clock::now();
  secretum::Report report = analyzer.Analyze(text, options);
  const auto t1 = Clock::now();
  std::string json = secretum::ReportToJson(report);
  const auto t2 = Clock::now();
  g_sink += json.size() + report.findings.size();
  return {Micros(t0, t2), Micros(t0, t1)};
}

// The profiled pass, for valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*ProfiledPass*':
// only the steady state is counted (engine creation and the first, warm-up pass are not).
__attribute__((noinline)) void ProfiledPass(const secretum::Analyzer& analyzer, const std::vector<Post>& posts) {
  for (const Post& p : posts) TimeOne(analyzer, p.text, p.site);
}

int Usage() {
  std::fprintf(stderr,
               "usage: secretum_bench --create-only\n"
               "       secretum_bench --workload FILE [--runs N] [--out FILE] [--quick] [--profile | --profile-group G]\n"
               "       (both: [--rules DIR])\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string workload_path, out_path, rules_dir;
  int runs = 5;
  bool create_only = false, profile = false, quick = false;
  std::string profile_group;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--create-only") create_only = true;
    else if (a == "--profile") profile = true;
    else if (a == "--quick") quick = true;
    else if (a == "--workload" && i + 1 < argc) workload_path = argv[++i];
    else if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--rules" && i + 1 < argc) rules_dir = argv[++i];
    else if (a == "--profile-group" && i + 1 < argc) profile_group = argv[++i], profile = true;
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else return Usage();
  }
  if (!create_only && workload_path.empty()) return Usage();

  // ---- engine creation ----------------------------------------------------------------------
  const long rss_start_kb = CurrentRssKb();
  const auto c0 = Clock::now();
  secretum::RuleSet rules =
      rules_dir.empty() ? secretum::RuleSet::Builtin() : secretum::RuleSet::FromDirectory(rules_dir);
  const auto c1 = Clock::now();
  if (!rules.ok()) {
    std::fprintf(stderr, "secretum_bench: rules: %s\n", rules.error().c_str());
    return 1;
  }
  secretum::Analyzer analyzer(rules);
  const auto c2 = Clock::now();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "secretum_bench: analyzer: %s\n", analyzer.error().c_str());
    return 1;
  }
  // Ready: Builtin() + Analyzer, as the wasm figure (patterns compile lazily in both, on the first
  // posts that need them). The first Analyze() is timed before CompileAll, as in the wasm harness.
  const Timing first = TimeOne(analyzer, "Bonjour", "generic");
  const auto c3 = Clock::now();
  analyzer.CompileAll();  // compiles every pattern not compiled yet (the per-post runs start warm)
  const auto c4 = Clock::now();
  Json creation = {{"builtin_ms", Micros(c0, c1) / 1000},
                   {"analyzer_ms", Micros(c1, c2) / 1000},
                   {"compile_all_ms", Micros(c3, c4) / 1000},
                   {"create_ms", Micros(c0, c2) / 1000},
                   {"first_analyze_ms", first.total_us / 1000},
                   {"rss_before_kb", rss_start_kb},
                   {"rss_after_create_kb", CurrentRssKb()},
                   {"max_rss_kb", MaxRssKb()},
                   {"rules", rules.size()}};
  if (create_only) {
    std::cout << creation.dump() << "\n";
    return 0;
  }

  // ---- workload -----------------------------------------------------------------------------
  Json w;
  {
    std::ifstream in(workload_path);
    if (!in) {
      std::fprintf(stderr, "secretum_bench: cannot read %s\n", workload_path.c_str());
      return 1;
    }
    try {
      in >> w;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "secretum_bench: %s: %s\n", workload_path.c_str(), e.what());
      return 1;
    }
  }
  std::vector<Post> corpus, synthetic;
  for (const Json& p : w.at("corpus"))
    corpus.push_back({p.at("set").get<std::string>() + ":" + p.at("id").get<std::string>(), "corpus",
                      p.at("text").get<std::string>(), p.value("site", "generic")});
  for (const Json& p : w.at("synthetic"))
    synthetic.push_back({p.at("name").get<std::string>(),
                         "synthetic-" + std::to_string(p.at("size").get<int>()) + "-" +
                             p.at("lang").get<std::string>() + "-" +
                             (p.at("withFindings").get<bool>() ? "findings" : "clean"),
                         p.at("text").get<std::string>(), p.value("site", "generic")});
  const std::string large = w.at("large").at("text").get<std::string>();
  std::vector<std::string> large_prefixes;
  for (const Json& p : w.at("large").at("prefixes")) large_prefixes.push_back(p.at("text").get<std::string>());

  if (profile) {  // a warm-up pass, then the corpus once inside ProfiledPass (see the top)
    std::vector<Post> posts;
    if (profile_group.empty()) posts = corpus;
    else if (profile_group == "large") posts.push_back({"large", "large", large, "generic"});
    else
      for (const Post& p : synthetic)
        if (p.group.rfind(profile_group, 0) == 0) posts.push_back(p);
    for (const Post& p : corpus) TimeOne(analyzer, p.text, p.site);
    for (const Post& p : posts) TimeOne(analyzer, p.text, p.site);
    ProfiledPass(analyzer, posts);
    std::fprintf(stderr, "secretum_bench: profiled %zu posts (sink %zu)\n", posts.size(), g_sink);
    return 0;
  }

  // Iterations per run: each synthetic post several times (short ones more), the corpus once.
  auto iters_for = [&](const std::string& text) -> int {
    if (quick) return 1;
    if (text.size() <= 600) return 10;
    if (text.size() <= 2000) return 5;
    if (text.size() <= 6000) return 3;
    return 2;
  };

  // Warm-up pass (discarded): caches, page faults, lazily built tables.
  for (const Post& p : corpus) TimeOne(analyzer, p.text, p.site);
  for (const Post& p : synthetic) TimeOne(analyzer, p.text, p.site);

  Json out_runs = Json::array();
  for (int run = 0; run < runs; ++run) {
    Json groups = Json::object();
    auto record = [&](const std::string& group, const std::string& text, const Timing& t) {
      Json& g = groups[group];
      if (g.is_null()) g = {{"us", Json::array()}, {"analyze_us", Json::array()}, {"bytes", Json::array()}};
      g["us"].push_back(t.total_us);
      g["analyze_us"].push_back(t.analyze_us);
      g["bytes"].push_back(text.size());
    };
    for (const Post& p : corpus) record("corpus", p.text, TimeOne(analyzer, p.text, p.site));
    for (const Post& p : synthetic) {
      const int n = iters_for(p.text);
      for (int i = 0; i < n; ++i) record(p.group, p.text, TimeOne(analyzer, p.text, p.site));
    }
    for (const Json& t : w.at("typing")) {
      const std::string text = t.at("text").get<std::string>();
      const std::string site = t.value("site", "x");
      const int step = std::max(1, t.value("step", 1));
      // Prefixes by code point: one per keystroke.
      std::vector<size_t> ends;
      for (size_t i = 1; i <= text.size(); ++i)
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ends.push_back(i);
      for (size_t k = 0; k < ends.size(); ++k) {
        if ((k + 1) % step != 0 && k + 1 != ends.size()) continue;
        const std::string prefix = text.substr(0, ends[k]);
        record("typing", prefix, TimeOne(analyzer, prefix, site));
      }
    }
    for (size_t i = 0; i < large_prefixes.size(); ++i)
      record("large-prefix-" + std::to_string(i), large_prefixes[i], TimeOne(analyzer, large_prefixes[i], "generic"));
    record("large", large, TimeOne(analyzer, large, "generic"));
    out_runs.push_back(std::move(groups));
    std::fprintf(stderr, "secretum_bench: run %d/%d done\n", run + 1, runs);
  }

  Json result = {{"engine", "native"},
                 {"creation", creation},
                 {"runs", out_runs},
                 {"max_rss_kb", MaxRssKb()},
                 {"rss_end_kb", CurrentRssKb()},
                 {"sink", g_sink}};
  if (out_path.empty()) {
    std::cout << result.dump() << "\n";
  } else {
    std::ofstream out(out_path);
    out << result.dump() << "\n";
    if (!out) {
      std::fprintf(stderr, "secretum_bench: cannot write %s\n", out_path.c_str());
      return 1;
    }
  }
  return 0;
}
