// Reports as JSON, offset conversion to UTF-16, and the small API helpers.
#include <algorithm>
#include <cstdint>
#include <cstring>

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

namespace {

// The length of the well-formed UTF-8 sequence starting with the non-ASCII byte s[i], or 0
// (well-formed: no overlong forms, surrogates or code points past U+10FFFF, exactly what
// nlohmann's serializer accepts without replacing anything).
size_t WellFormedSequence(std::string_view s, size_t i) {
  const size_t n = s.size();
  const unsigned char c = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    if (i + k >= n) return false;
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    return b >= lo && b <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// True if none of the 8 bytes at p needs a look: printable ASCII other than '"' and '\\'.
bool PlainBlock(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80;
  auto has_zero = [&](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  const bool below_space = ((x - kOnes * 0x20) & ~x & kHigh) != 0;  // some byte < 0x20
  return !(x & kHigh) && !below_space && !has_zero(x ^ (kOnes * '"')) &&
         !has_zero(x ^ (kOnes * '\\'));
}

// Appends `s` as a JSON string, byte for byte what nlohmann's dump(-1, ' ', false, replace)
// writes (ill-formed UTF-8, rare, is left to nlohmann itself). One pass: runs of plain ASCII
// are skipped 8 bytes at a time and copied at once; multi-byte sequences are checked as met.
void AppendString(std::string& out, std::string_view s) {
  const size_t start = out.size();
  out.push_back('"');
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && PlainBlock(s.data() + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t len = WellFormedSequence(s, i);
      if (len == 0) {
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                   nlohmann::json::error_handler_t::replace);
        return;
      }
      i += len;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static const char hex[] = "0123456789abcdef";
        char buf[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(buf, 6);
      }
    }
  }
  out.append(s.data() + run, n - run);
  out.push_back('"');
}

void AppendUnsigned(std::string& out, size_t v) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  out.append(p, static_cast<size_t>(buf + sizeof buf - p));
}

// A double as nlohmann writes it (shortest round-trip form): rare (signal weights), so
// delegated.
void AppendDouble(std::string& out, double v) { out += nlohmann::json(v).dump(); }

}  // namespace

// indent < 0 (the per-post hot path of the CLI and the WebAssembly binding) writes the JSON
// directly; indent >= 0 builds an nlohmann DOM. Both give the same document; the compact form
// is byte for byte what the DOM's dump(-1) gives (tests/unit/report_json_test.cc).
namespace {

std::string ReportToJsonImpl(const Report& report, int indent, bool direct) {
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
  if (direct && indent < 0) {
    // Hot path: written directly, in the key order of the DOM below.
    std::string out;
    out.reserve(256 + report.text.size() / 2);
    auto key = [&](const char* k) {
      out.push_back('"');
      out += k;
      out += "\":";
    };
    auto str = [&](const char* k, std::string_view v) {
      key(k);
      AppendString(out, v);
      out.push_back(',');
    };
    auto num = [&](const char* k, size_t v) {
      key(k);
      AppendUnsigned(out, v);
      out.push_back(',');
    };
    auto signal = [&](const Signal& s) {
      out.push_back('{');
      str("kind", s.kind);
      str("label", s.label);
      num("start", to16(s.start));
      num("end", to16(s.end));
      str("text", s.text);
      key("weight");
      AppendDouble(out, s.weight);
      out.push_back(',');
      key("rule");
      AppendString(out, s.rule);
      out.push_back('}');
    };
    auto signals = [&](const std::vector<Signal>& list) {
      out.push_back('[');
      for (size_t i = 0; i < list.size(); ++i) {
        if (i) out.push_back(',');
        signal(list[i]);
      }
      out.push_back(']');
    };
    out.push_back('{');
    str("lang", report.lang);
    str("message_lang", report.message_lang);
    str("jurisdiction", report.jurisdiction);
    key("truncated");
    out += report.truncated ? "true," : "false,";
    key("invalid_utf8");
    out += report.invalid_utf8 ? "true," : "false,";
    key("counts");
    out.push_back('{');
    num("high", report.Count(Severity::kHigh));
    num("medium", report.Count(Severity::kMedium));
    key("low");
    AppendUnsigned(out, report.Count(Severity::kLow));
    out += "},";
    key("findings");
    out.push_back('[');
    for (size_t i = 0; i < report.findings.size(); ++i) {
      const Finding& f = report.findings[i];
      if (i) out.push_back(',');
      out.push_back('{');
      str("rule", f.rule);
      str("category", f.category);
      str("severity", SeverityName(f.severity));
      num("start", to16(f.start));
      num("end", to16(f.end));
      str("text", f.text);
      str("message", f.message);
      str("why", f.why);
      key("sources");
      out.push_back('[');
      for (size_t k = 0; k < f.sources.size(); ++k) {
        if (k) out.push_back(',');
        out.push_back('{');
        str("title", f.sources[k].title);
        key("url");
        AppendString(out, f.sources[k].url);
        out.push_back('}');
      }
      out += "],";
      key("suggestion");
      AppendString(out, f.suggestion);
      if (!f.replacement.empty()) {
        out.push_back(',');
        key("replacement");
        AppendString(out, f.replacement);
      }
      if (!f.signals.empty()) {
        out.push_back(',');
        key("signals");
        signals(f.signals);
      }
      out.push_back('}');
    }
    out += "],";
    key("signals");
    signals(report.signals);
    out.push_back('}');
    return out;
  }
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

}  // namespace

std::string ReportToJson(const Report& report, int indent) {
  return ReportToJsonImpl(report, indent, true);
}

std::string internal::ReportToJsonDom(const Report& report, int indent) {
  return ReportToJsonImpl(report, indent, false);
}

}  // namespace secretum
