// libFuzzer target: Analyzer::Analyze over arbitrary bytes.
//
// Input: two option bytes (OptionsFromBytes in invariants.h: language, jurisdiction, site,
// minimum severity, max_findings, disabled rules, eager or lazy analyzer), then the post, any
// bytes (invalid UTF-8, NUL, controls...). The eager analyzer is the native CLI's
// (RuleSet::Builtin); the lazy one is the WebAssembly module's (rules/ plus the atoms table).
// Every report must satisfy CheckReport, and both analyzers must find the same things; any
// violation aborts, which libFuzzer records as a crash. See harness.h.
//
// Built and run by scripts/fuzz; replay one input: build/fuzz/bin/analyze_fuzzer FILE.
#include <cstdio>
#include <cstdlib>

#include "harness.h"

#ifndef SECRETUM_SOURCE_DIR
#error "SECRETUM_SOURCE_DIR must be defined (scripts/fuzz does it)"
#endif

namespace {
const secretum::fuzz::AnalyzeHarness* g_harness = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_harness = new secretum::fuzz::AnalyzeHarness(SECRETUM_SOURCE_DIR "/rules");
  if (!g_harness->error().empty()) {
    std::fprintf(stderr, "analyze_fuzzer: %s\n", g_harness->error().c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string e = g_harness->Run(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!e.empty()) {
    std::fprintf(stderr, "analyze_fuzzer: %s\n", e.c_str());
    std::abort();
  }
  return 0;
}
