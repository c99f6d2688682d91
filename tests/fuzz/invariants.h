// What must hold for every report, whatever the input: shared by the libFuzzer targets
// (tests/fuzz/*_fuzzer.cc, which abort on a violation) and the doctest replay of the
// regression inputs (tests/unit/fuzz_regressions_test.cc).
//
//  - the report keeps the caller's bytes, and invalid_utf8 says whether they were valid UTF-8;
//  - every finding and signal span is non-empty (findings), inside the text, starts and ends
//    on a code point boundary (as DecodeUtf8 reads the text, invalid bytes included), and its
//    `text` is exactly those bytes;
//  - findings are sorted by start, never below min_severity, never a disabled rule, never
//    more than max_findings (and `truncated` only when the cap was reached, by the findings or
//    by the signals), and findings of one category do not overlap;
//  - lang / message_lang / jurisdiction are resolved values;
//  - ReportToJson gives valid JSON whose offsets are the UTF-16 offsets of the byte offsets.
// Header-only on purpose: it is compiled into the fuzzers and the unit tests alike.
#ifndef SECRETUM_TESTS_FUZZ_INVARIANTS_H_
#define SECRETUM_TESTS_FUZZ_INVARIANTS_H_

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "secretum/secretum.h"
#include "text.h"

namespace secretum::fuzz {

// Options from the first two bytes of a fuzz input (the rest is the post). Every field is
// reachable; byte 0 bit 7 asks for the lazily compiled analyzer (the WebAssembly mode).
//   byte 0: bits 0-1 lang (auto, fr, en, "xx" invalid), bits 2-3 message_lang (same),
//           bits 4-6 jurisdiction (auto, fr, qc, ca, us, uk, "be" invalid, auto), bit 7 lazy
//   byte 1: bits 0-1 site (generic, x, facebook, linkedin), bits 2-3 min_severity
//           (low, medium, high, low), bits 4-5 max_findings (500, 0, 1, 3),
//           bit 6 disable fr-nir and room-bed, bit 7 disable reidentification-risk
struct FuzzOptions {
  Options options;
  bool lazy = false;
};

inline FuzzOptions OptionsFromBytes(uint8_t b0, uint8_t b1) {
  static const char* kLang[] = {"auto", "fr", "en", "xx"};
  static const char* kJur[] = {"auto", "fr", "qc", "ca", "us", "uk", "be", "auto"};
  static const char* kSite[] = {"generic", "x", "facebook", "linkedin"};
  static const size_t kMax[] = {500, 0, 1, 3};
  FuzzOptions f;
  f.options.lang = kLang[b0 & 3];
  f.options.message_lang = kLang[(b0 >> 2) & 3];
  f.options.jurisdiction = kJur[(b0 >> 4) & 7];
  f.lazy = (b0 & 0x80) != 0;
  f.options.site = kSite[b1 & 3];
  int sev = (b1 >> 2) & 3;
  f.options.min_severity = sev == 1 ? Severity::kMedium : sev == 2 ? Severity::kHigh : Severity::kLow;
  f.options.max_findings = kMax[(b1 >> 4) & 3];
  if (b1 & 0x40) f.options.disabled_rules = {"fr-nir", "room-bed"};
  if (b1 & 0x80) f.options.disabled_rules.push_back("reidentification-risk");
  return f;
}

// The two option bytes that give `lazy` and defaults otherwise (for seed files).
inline std::string DefaultPrefix(bool lazy) {
  return std::string(1, static_cast<char>(lazy ? 0x80 : 0x00)) + std::string(1, '\0');
}

// Code point boundaries of `text` as the engine decodes it (an invalid byte is one code point).
inline std::vector<char> Boundaries(std::string_view text) {
  std::vector<char> b(text.size() + 1, 0);
  size_t pos = 0;
  bool valid = true;
  b[0] = 1;
  while (pos < text.size()) {
    internal::DecodeUtf8(text, &pos, &valid);
    b[pos] = 1;
  }
  return b;
}

// "" when every invariant holds, else what broke.
inline std::string CheckReport(std::string_view text, const Options& options, const Report& r) {
  auto fail = [](const std::string& what) { return "invariant: " + what; };
  if (r.text != text) return fail("report.text differs from the input");
  if (r.invalid_utf8 != !internal::IsValidUtf8(text))
    return fail(std::string("invalid_utf8 is ") + (r.invalid_utf8 ? "true" : "false"));
  if (r.lang != "fr" && r.lang != "en") return fail("lang \"" + r.lang + "\"");
  if (r.message_lang != "fr" && r.message_lang != "en")
    return fail("message_lang \"" + r.message_lang + "\"");
  static const char* kJur[] = {"fr", "qc", "ca", "us", "uk"};
  if (std::none_of(std::begin(kJur), std::end(kJur), [&](const char* j) { return r.jurisdiction == j; }))
    return fail("jurisdiction \"" + r.jurisdiction + "\"");
  if (r.findings.size() > options.max_findings) return fail("more findings than max_findings");
  if (r.truncated && r.findings.size() != options.max_findings &&
      r.signals.size() != options.max_findings)
    return fail("truncated but fewer findings (and signals) than max_findings");
  const std::vector<char> boundary = Boundaries(text);
  auto span_ok = [&](size_t start, size_t end, const std::string& span_text, const std::string& what,
                     bool allow_empty) -> std::string {
    if (start > end || end > text.size())
      return fail(what + ": span [" + std::to_string(start) + ", " + std::to_string(end) +
                  ") outside a text of " + std::to_string(text.size()) + " bytes");
    if (start == end && !allow_empty) return fail(what + ": empty span at " + std::to_string(start));
    if (!boundary[start] || !boundary[end])
      return fail(what + ": span [" + std::to_string(start) + ", " + std::to_string(end) +
                  ") cuts a code point");
    if (text.substr(start, end - start) != span_text) return fail(what + ": text differs from the span's bytes");
    return "";
  };
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    std::string what = "finding " + std::to_string(i) + " (" + f.rule + ")";
    std::string e = span_ok(f.start, f.end, f.text, what, false);
    if (!e.empty()) return e;
    if (i > 0 && r.findings[i - 1].start > f.start) return fail(what + ": findings not sorted by start");
    if (f.severity < options.min_severity) return fail(what + ": below min_severity");
    if (std::find(options.disabled_rules.begin(), options.disabled_rules.end(), f.rule) !=
        options.disabled_rules.end())
      return fail(what + ": disabled rule reported");
    if (!IsCategory(f.category)) return fail(what + ": category \"" + f.category + "\"");
    if (f.message.empty()) return fail(what + ": empty message");
    for (size_t j = 0; j < i; ++j) {
      const Finding& g = r.findings[j];
      if (g.category == f.category && f.start < g.end && g.start < f.end)
        return fail(what + ": overlaps finding " + std::to_string(j) + " of the same category");
    }
    for (size_t k = 0; k < f.signals.size(); ++k) {
      const Signal& s = f.signals[k];
      e = span_ok(s.start, s.end, s.text, what + " signal " + std::to_string(k), true);
      if (!e.empty()) return e;
    }
  }
  for (size_t i = 0; i < r.signals.size(); ++i) {
    const Signal& s = r.signals[i];
    std::string e = span_ok(s.start, s.end, s.text, "signal " + std::to_string(i) + " (" + s.rule + ")", true);
    if (!e.empty()) return e;
  }
  // The JSON report parses and carries UTF-16 offsets.
  std::string json = ReportToJson(r);
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return fail("ReportToJson is not valid JSON");
  if (!doc.contains("findings") || doc["findings"].size() != r.findings.size())
    return fail("JSON findings count differs");
  if (doc["truncated"] != r.truncated) return fail("JSON truncated differs");
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const nlohmann::json& jf = doc["findings"][i];
    if (jf["start"] != Utf16Offset(text, r.findings[i].start) ||
        jf["end"] != Utf16Offset(text, r.findings[i].end))
      return fail("JSON offsets of finding " + std::to_string(i) + " are not its UTF-16 offsets");
  }
  if (!doc.contains("signals") || doc["signals"].size() != r.signals.size())
    return fail("JSON signals count differs");
  auto same16 = [&](const nlohmann::json& j, const Signal& s) {
    return j["start"] == Utf16Offset(text, s.start) && j["end"] == Utf16Offset(text, s.end);
  };
  for (size_t i = 0; i < r.signals.size(); ++i)
    if (!same16(doc["signals"][i], r.signals[i]))
      return fail("JSON offsets of signal " + std::to_string(i) + " are not its UTF-16 offsets");
  for (size_t i = 0; i < r.findings.size(); ++i)
    for (size_t k = 0; k < r.findings[i].signals.size(); ++k)
      if (!same16(doc["findings"][i]["signals"][k], r.findings[i].signals[k]))
        return fail("JSON offsets of finding " + std::to_string(i) + " signal " + std::to_string(k) +
                    " are not its UTF-16 offsets");
  return "";
}

// Same findings (rule and span) and signals in both reports.
inline std::string SameFindings(const Report& a, const Report& b) {
  if (a.findings.size() != b.findings.size())
    return "parity: " + std::to_string(a.findings.size()) + " vs " +
           std::to_string(b.findings.size()) + " findings";
  for (size_t i = 0; i < a.findings.size(); ++i)
    if (a.findings[i].rule != b.findings[i].rule || a.findings[i].start != b.findings[i].start ||
        a.findings[i].end != b.findings[i].end)
      return "parity: finding " + std::to_string(i) + " " + a.findings[i].rule + " vs " +
             b.findings[i].rule;
  if (a.signals.size() != b.signals.size()) return "parity: signal counts differ";
  return "";
}

}  // namespace secretum::fuzz

#endif  // SECRETUM_TESTS_FUZZ_INVARIANTS_H_
