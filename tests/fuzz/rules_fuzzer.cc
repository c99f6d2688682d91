// libFuzzer target: rule loading over arbitrary JSON.
//
// Input: the content of one rule file (or, after a 0x01 byte, the fields of one valid rule:
// RulesHarness::FromFields), loaded with RuleSet::FromFiles next to the real shared
// tables of rules/ (categories, citations, the re-identification model, lexicons, the context
// lists it names), then an Analyzer is built and the rules' own examples analyzed. What must
// hold: no crash, no exception, no sanitizer report; a refused file gets an error naming it
// ("rules/fuzz/fuzz.json: ..."); accepted rules give reports that satisfy CheckReport. See
// harness.h (RulesHarness).
//
// Built and run by scripts/fuzz; replay one input: build/fuzz/bin/rules_fuzzer FILE.
#include <cstdio>
#include <cstdlib>

#include "harness.h"

#ifndef SECRETUM_SOURCE_DIR
#error "SECRETUM_SOURCE_DIR must be defined (scripts/fuzz does it)"
#endif

namespace {
const secretum::fuzz::RulesHarness* g_harness = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_harness = new secretum::fuzz::RulesHarness(SECRETUM_SOURCE_DIR "/rules");
  if (!g_harness->error().empty()) {
    std::fprintf(stderr, "rules_fuzzer: %s\n", g_harness->error().c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string e = g_harness->Run(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!e.empty()) {
    std::fprintf(stderr, "rules_fuzzer: %s\n", e.c_str());
    std::abort();
  }
  return 0;
}
