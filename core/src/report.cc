// Reports as JSON, offset conversion to UTF-16, and the small API helpers.
#include <algorithm>

#include "json_util.h"
#include "rules.h"
#include "secretum/secretum.h"
#include "text.h"

namespace secretum {

bool IsCategory(std::string_view id) {
  for (const char* c : kCategories)
    if (id == c) return true;
  return false;
}

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kLow: return "low";
    case Severity::kMedium: return "medium";
    case Severity::kHigh: return "high";
  }
  return "medium";
}

bool ParseSeverity(std::string_view name, Severity* out) {
  if (name == "low") *out = Severity::kLow;
  else if (name == "medium") *out = Severity::kMedium;
  else if (name == "high") *out = Severity::kHigh;
  else return false;
  return true;
}

bool ValidateOptions(const Options& options, std::string* error) {
  struct Field {
    const char* name;
    const std::string* value;
    std::vector<const char*> allowed;
  };
  const Field fields[] = {
      {"lang", &options.lang, {"auto", "fr", "en"}},
      {"message_lang", &options.message_lang, {"auto", "fr", "en"}},
      {"site", &options.site, {"x", "facebook", "linkedin", "generic"}},
      {"jurisdiction", &options.jurisdiction, {"auto", "fr", "qc", "ca", "us", "uk"}}};
  for (const Field& f : fields) {
    if (std::any_of(f.allowed.begin(), f.allowed.end(),
                    [&](const char* a) { return *f.value == a; }))
      continue;
    std::string list;
    for (const char* a : f.allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    *error = std::string(f.name) + ": expected one of " + list + "; got \"" + *f.value + "\"";
    return false;
  }
  return true;
}

size_t Report::Count(Severity s) const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(),
                                           [&](const Finding& f) { return f.severity == s; }));
}

namespace internal {
const std::string& Texts::Get(const std::string& lang) const {
  if (lang == "fr") return fr.empty() ? en : fr;
  return en.empty() ? fr : en;
}
}  // namespace internal

size_t Utf16Offset(std::string_view utf8, size_t byte_offset) {
  size_t units = 0, pos = 0;
  bool valid = true;
  byte_offset = std::min(byte_offset, utf8.size());
  while (pos < byte_offset) {
    char32_t c = internal::DecodeUtf8(utf8, &pos, &valid);
    units += c >= 0x10000 ? 2 : 1;
  }
  return units;
}

std::string ReportToJson(const Report& report, int indent) {
  using Json = nlohmann::ordered_json;
  // One pass over the text converts every finding boundary (sorted) to UTF-16 units.
  std::vector<size_t> bounds;
  for (const Finding& f : report.findings) {
    bounds.push_back(f.start);
    bounds.push_back(f.end);
    for (const Signal& s : f.signals) {  // not always in report.signals, which is capped
      bounds.push_back(s.start);
      bounds.push_back(s.end);
    }
  }
  for (const Signal& s : report.signals) {
    bounds.push_back(s.start);
    bounds.push_back(s.end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  std::vector<size_t> units(bounds.size());
  {
    size_t pos = 0, u = 0, k = 0;
    bool valid = true;
    std::string_view text = report.text;
    while (k < bounds.size()) {
      if (pos >= bounds[k] || pos >= text.size()) {
        units[k++] = u;
        continue;
      }
      char32_t c = internal::DecodeUtf8(text, &pos, &valid);
      u += c >= 0x10000 ? 2 : 1;
    }
  }
  auto to16 = [&](size_t b) {
    return units[std::lower_bound(bounds.begin(), bounds.end(), b) - bounds.begin()];
  };
  auto signal_json = [&](const Signal& s) {
    return Json{{"kind", s.kind},    {"label", s.label},   {"start", to16(s.start)},
                {"end", to16(s.end)}, {"text", s.text},     {"weight", s.weight},
                {"rule", s.rule}};
  };
  Json findings = Json::array();
  for (const Finding& f : report.findings) {
    Json sources = Json::array();
    for (const Source& s : f.sources) sources.push_back({{"title", s.title}, {"url", s.url}});
    Json j = {{"rule", f.rule},
              {"category", f.category},
              {"severity", SeverityName(f.severity)},
              {"start", to16(f.start)},
              {"end", to16(f.end)},
              {"text", f.text},
              {"message", f.message},
              {"why", f.why},
              {"sources", sources},
              {"suggestion", f.suggestion}};
    if (!f.replacement.empty()) j["replacement"] = f.replacement;
    if (!f.signals.empty()) {
      Json sigs = Json::array();
      for (const Signal& sig : f.signals) sigs.push_back(signal_json(sig));
      j["signals"] = std::move(sigs);
    }
    findings.push_back(std::move(j));
  }
  Json out = {{"lang", report.lang},
              {"message_lang", report.message_lang},
              {"jurisdiction", report.jurisdiction},
              {"truncated", report.truncated},
              {"invalid_utf8", report.invalid_utf8},
              {"counts",
               {{"high", report.Count(Severity::kHigh)},
                {"medium", report.Count(Severity::kMedium)},
                {"low", report.Count(Severity::kLow)}}},
              {"findings", findings},
              {"signals", [&] {
                 Json all = Json::array();
                 for (const Signal& sig : report.signals) all.push_back(signal_json(sig));
                 return all;
               }()}};
  return out.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace secretum
