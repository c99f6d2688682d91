// Replays the fuzzers' regression inputs (tests/fuzz/regressions/<target>/) and hand-written
// hostile seeds (tests/fuzz/seeds/<target>/) through the same harnesses as the libFuzzer
// targets (tests/fuzz/harness.h), so that every build, with or without clang, checks them.
// `scripts/fuzz --replay` does the same under ASan/UBSan.
#include <doctest/doctest.h>

#include <filesystem>

#include "../fuzz/harness.h"

namespace {

std::vector<std::filesystem::path> Inputs(const std::string& target) {
  std::vector<std::filesystem::path> out;
  for (const char* kind : {"regressions", "seeds"}) {
    std::filesystem::path dir = std::filesystem::path(SECRETUM_SOURCE_DIR) / "tests/fuzz" / kind / target;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      std::string name = e.path().filename().string();
      if (e.is_regular_file() && name[0] != '.' && e.path().extension() != ".md") out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("fuzz regressions and hostile seeds: Analyze") {
  secretum::fuzz::AnalyzeHarness harness(SECRETUM_SOURCE_DIR "/rules");
  REQUIRE_MESSAGE(harness.error().empty(), harness.error());
  auto inputs = Inputs("analyze");
  CHECK(!inputs.empty());
  for (const auto& p : inputs) {
    std::string problem = harness.Run(secretum::fuzz::ReadFile(p));
    CHECK_MESSAGE(problem.empty(), p.string() << ": " << problem);
  }
}

TEST_CASE("fuzz regressions and hostile seeds: rule loading") {
  secretum::fuzz::RulesHarness harness(SECRETUM_SOURCE_DIR "/rules");
  REQUIRE_MESSAGE(harness.error().empty(), harness.error());
  auto inputs = Inputs("rules");
  CHECK(!inputs.empty());
  for (const auto& p : inputs) {
    std::string problem = harness.Run(secretum::fuzz::ReadFile(p));
    CHECK_MESSAGE(problem.empty(), p.string() << ": " << problem);
  }
}
