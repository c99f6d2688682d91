#include "text_report.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace secretum::cli {
namespace {

struct Words {
  const char* none;
  const char* warning;
  const char* warnings;
  const char* why;
  const char* fix;
  const char* replace_with;
  const char* rule;
  const char* language;
  const char* rules_of;
  const char* truncated;
  const char* invalid_utf8;
  const char* severity[3];
  const char* lang_name[2];
  const char* jurisdiction_name[5];
  const char* colon;
  const char* same_rules;
};

const Words kFrench = {
    "Rien à signaler.",
    "alerte",
    "alertes",
    "Pourquoi",
    "Que faire",
    "Remplacer par",
    "Règle",
    "langue",
    "règles",
    "Trop d'alertes : seules les premières sont affichées.",
    "Le texte contenait des octets UTF-8 invalides (lus comme « � »).",
    {"FAIBLE", "MOYENNE", "HAUTE"},
    {"français", "anglais"},
    {"France", "Québec", "Canada", "États-Unis", "Royaume-Uni"},
    " : ",
    "mêmes règles que ci-dessus"};

const Words kEnglish = {
    "Nothing to flag.",
    "warning",
    "warnings",
    "Why",
    "What to do",
    "Replace with",
    "Rule",
    "language",
    "rules",
    "Too many warnings: only the first ones are shown.",
    "The text held invalid UTF-8 bytes (read as \"�\").",
    {"LOW", "MEDIUM", "HIGH"},
    {"French", "English"},
    {"France", "Québec", "Canada", "United States", "United Kingdom"},
    ": ",
    "same rules as above"};

const char* JurisdictionName(const Words& w, const std::string& j) {
  static const char* kIds[] = {"fr", "qc", "ca", "us", "uk"};
  for (int i = 0; i < 5; ++i)
    if (j == kIds[i]) return w.jurisdiction_name[i];
  return j.c_str();
}

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kHigh: return "\033[1;31m";
    case Severity::kMedium: return "\033[1;33m";
    case Severity::kLow: return "\033[1;36m";
  }
  return "";
}

// Wraps `text` at `width` columns (counting code points), indenting continuation lines.
std::string Wrap(const std::string& text, size_t width, const std::string& indent) {
  std::string out, line;
  size_t line_len = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t space = text.find(' ', pos);
    std::string word = text.substr(pos, space == std::string::npos ? std::string::npos : space - pos);
    pos = space == std::string::npos ? text.size() : space + 1;
    size_t len = 0;
    for (unsigned char c : word) len += (c & 0xC0) != 0x80;
    if (line_len > 0 && line_len + 1 + len > width) {
      out += line + "\n" + indent;
      line.clear();
      line_len = 0;
    }
    if (line_len > 0) {
      line += " ";
      ++line_len;
    }
    line += word;
    line_len += len;
  }
  return out + line;
}

// The post as it may be shown on a terminal: C0/C1 controls (but newline and tab) become their
// control pictures (ESC → ␛) and bidirectional overrides/isolates become <U+202E>, so that a post
// can neither drive the terminal of whoever reads the report nor reorder what it shows.
std::string Printable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      char32_t picture = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (picture >> 12));
      out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (picture & 0x3F));
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      char buf[12];
      snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned char>(text[i + 1]));
      out += buf;
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size()) {  // U+200E-200F, U+202A-202E, U+2066-2069
      unsigned char b1 = text[i + 1], b2 = text[i + 2];
      char32_t cp = 0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        char buf[12];
        snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(cp));
        out += buf;
        i += 2;
        continue;
      }
    }
    if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C) {  // U+061C
      out += "<U+061C>";
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

const char* kSuperscripts[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

std::string Superscript(size_t n) {
  std::string digits = std::to_string(n), out;
  for (char c : digits) out += kSuperscripts[c - '0'];
  return out;
}

}  // namespace

std::string RenderText(const Report& report, const std::string& title, bool color) {
  const Words& w = report.message_lang == "fr" ? kFrench : kEnglish;
  const char* reset = color ? "\033[0m" : "";
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  std::string out;
  size_t n = report.findings.size();
  std::string head = title.empty() ? "" : Printable(title) + " — ";
  if (n == 0) {
    head += std::string(color ? "\033[1;32m" : "") + "✓ " + w.none + reset;
  } else {
    head += std::to_string(n) + " " + (n == 1 ? w.warning : w.warnings) + " (";
    bool first = true;
    for (int s = 2; s >= 0; --s) {
      size_t count = report.Count(static_cast<Severity>(s));
      if (!count) continue;
      head += std::string(first ? "" : ", ") + std::to_string(count) + " " + w.severity[s];
      first = false;
    }
    head += ")";
  }
  out += std::string(bold) + head + reset + dim + "  [" + w.language + w.colon +
         w.lang_name[report.lang == "fr" ? 0 : 1] + " · " + w.rules_of + w.colon +
         JurisdictionName(w, report.jurisdiction) + "]" + reset + "\n";

  // The post with markers: ⟦text⟧¹ around each finding (nested or overlapping findings of
  // different categories are marked at their first start).
  std::string marked;
  size_t pos = 0;
  for (size_t i = 0; i < n; ++i) {
    const Finding& f = report.findings[i];
    if (f.start < pos) continue;
    marked += Printable(report.text.substr(pos, f.start - pos));
    const char* c = color ? SeverityColor(f.severity) : "";
    marked += std::string(c) + "⟦" + Printable(report.text.substr(f.start, f.end - f.start)) + "⟧" +
              Superscript(i + 1) + reset;
    pos = f.end;
  }
  marked += Printable(report.text.substr(std::min(pos, report.text.size())));
  std::string indented = "  ";
  for (char ch : marked) {
    indented += ch;
    if (ch == '\n') indented += "  ";
  }
  if (!report.text.empty()) out += "\n" + indented + "\n";

  // One line per finding with its fix...
  for (size_t i = 0; i < n; ++i) {
    const Finding& f = report.findings[i];
    int s = static_cast<int>(f.severity);
    out += "\n  " + Superscript(i + 1) + " " + (color ? SeverityColor(f.severity) : "") +
           w.severity[s] + reset + "  " + bold + f.message + reset + w.colon + "«" + Printable(f.text) +
           "»" + dim + "  (" + f.rule + ")" + reset + "\n";
    std::string fix = f.suggestion;
    if (!f.replacement.empty() && fix.find(f.replacement) == std::string::npos)
      fix += " " + std::string(w.replace_with) + w.colon + "« " + f.replacement + " »";
    if (!fix.empty()) out += "     → " + Wrap(fix, 88, "       ") + "\n";
  }
  // ...then each distinct explanation once, with the findings it covers and its rules.
  std::vector<std::string> whys;
  for (const Finding& f : report.findings)
    if (!f.why.empty() && std::find(whys.begin(), whys.end(), f.why) == whys.end())
      whys.push_back(f.why);
  std::vector<std::string> printed_sources;  // each set of cited rules is listed once
  for (const std::string& why : whys) {
    std::string refs;
    std::vector<Source> sources;
    for (size_t i = 0; i < n; ++i) {
      if (report.findings[i].why != why) continue;
      refs += Superscript(i + 1);
      for (const Source& src : report.findings[i].sources)
        if (std::none_of(sources.begin(), sources.end(),
                         [&](const Source& x) { return x.url == src.url && x.title == src.title; }))
          sources.push_back(src);
    }
    out += "\n  " + std::string(bold) + w.why + " " + refs + reset + w.colon +
           Wrap(why, 88, "    ") + "\n";
    std::string key;
    for (const Source& src : sources) key += src.url + "\n";
    if (std::find(printed_sources.begin(), printed_sources.end(), key) != printed_sources.end()) {
      if (!sources.empty()) out += std::string("    • ") + dim + w.same_rules + reset + "\n";
      continue;
    }
    printed_sources.push_back(key);
    for (const Source& src : sources)
      out += "    • " + src.title + dim + "\n      " + src.url + reset + "\n";
  }
  if (report.truncated) out += std::string("\n  ") + w.truncated + "\n";
  if (report.invalid_utf8) out += std::string("\n  ") + w.invalid_utf8 + "\n";
  return out;
}

}  // namespace secretum::cli
