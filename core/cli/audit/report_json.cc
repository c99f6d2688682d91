// report.json: {"secretum", "command", "generated_at", "options", "source", "summary", "posts"}.
// Each post: {"id", "site", "kind", "date", "url", "context", "file", "action", "text", then the
// fields of ReportToJson: "lang", "message_lang", "jurisdiction", "truncated", "invalid_utf8",
// "counts", "findings", "signals"}. One post per line, so that the file greps well.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "writers.h"

namespace secretum::cli::audit {
namespace {

void Key(std::string* out, const char* key) {
  AppendJsonString(out, key);
  *out += ':';
}

void StringField(std::string* out, const char* key, std::string_view value, bool comma = true) {
  Key(out, key);
  AppendJsonString(out, value);
  if (comma) *out += ',';
}

void NumberField(std::string* out, const char* key, size_t value, bool comma = true) {
  Key(out, key);
  *out += std::to_string(value);
  if (comma) *out += ',';
}

const char* kSkipNames[] = {"retweet", "no_text", "duplicate", "damaged"};

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default:
        if (c < 0x20) {
          *out += "\\u00";
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

std::string RenderJsonReport(const AuditResult& r) {
  const Export& e = *r.data;
  std::string out;
  out.reserve(1024 + e.posts.size() * 700);
  out += "{\n";
  out += "\"secretum\":\"0.1.0\",\"command\":\"audit\",";
  StringField(&out, "generated_at", r.generated_at, false);
  out += ",\n\"options\":{";
  StringField(&out, "lang", r.ui_lang);
  StringField(&out, "jurisdiction", r.jurisdiction);
  StringField(&out, "min_severity", SeverityName(r.min_severity), false);
  out += "},\n\"source\":{";
  StringField(&out, "path", r.path);
  StringField(&out, "archive", e.archive_kind);
  NumberField(&out, "archive_files", e.archive_files);
  StringField(&out, "account", e.account);
  Key(&out, "sites");
  out += '[';
  for (size_t i = 0; i < e.sites.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(&out, e.sites[i]);
  }
  out += "],";
  NumberField(&out, "ignored_files", e.ignored_files);
  Key(&out, "notes");
  out += '[';
  for (size_t i = 0; i < e.notes.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(&out, e.notes[i]);
  }
  out += "],\n\"files\":[";
  for (size_t i = 0; i < e.files.size(); ++i) {
    const FileLog& f = e.files[i];
    out += i ? ",\n  {" : "\n  {";
    StringField(&out, "path", f.path);
    StringField(&out, "site", f.site);
    StringField(&out, "what", f.what);
    NumberField(&out, "records", f.records);
    NumberField(&out, "posts", f.posts);
    Key(&out, "skipped");
    out += '{';
    for (int s = 0; s < static_cast<int>(Skip::kCount); ++s)
      NumberField(&out, kSkipNames[s], f.skipped[s], s + 1 < static_cast<int>(Skip::kCount));
    out += "},";
    NumberField(&out, "repaired", f.repaired);
    if (f.repaired) StringField(&out, "repaired_how", f.repaired_how);
    NumberField(&out, "merged", f.merged);
    NumberField(&out, "no_date", f.no_date);
    Key(&out, "failed");
    out += f.failed ? "true," : "false,";
    Key(&out, "warnings");
    out += '[';
    for (size_t k = 0; k < f.warnings.size(); ++k) {
      if (k) out += ',';
      AppendJsonString(&out, f.warnings[k]);
    }
    out += "]}";
  }
  out += "]},\n";

  // Summary.
  size_t actions[4] = {0, 0, 0, 0}, severities[3] = {0, 0, 0}, findings = 0;
  std::map<std::string, size_t> categories;
  for (const char* c : kCategories) categories[c] = 0;
  for (const Audited& a : r.posts) {
    ++actions[static_cast<int>(a.action)];
    for (const Finding& f : a.report.findings) {
      ++findings;
      ++severities[static_cast<int>(f.severity)];
      ++categories[f.category];
    }
  }
  out += "\"summary\":{";
  NumberField(&out, "posts", r.posts.size());
  NumberField(&out, "flagged", actions[1] + actions[2] + actions[3]);
  NumberField(&out, "findings", findings);
  NumberField(&out, "damaged_records", e.Skipped(Skip::kDamaged));
  Key(&out, "unreadable_files");
  out += '[';
  bool any = false;
  for (const FileLog& f : e.files)
    if (f.failed) {
      if (any) out += ',';
      AppendJsonString(&out, f.path);
      any = true;
    }
  out += "],";
  out += "\"actions\":{";
  NumberField(&out, "delete", actions[3]);
  NumberField(&out, "edit", actions[2]);
  NumberField(&out, "keep", actions[1], false);
  out += "},\"severity\":{";
  NumberField(&out, "high", severities[2]);
  NumberField(&out, "medium", severities[1]);
  NumberField(&out, "low", severities[0], false);
  out += "},\"categories\":{";
  bool first = true;
  for (const char* c : kCategories) {
    if (!first) out += ',';
    first = false;
    NumberField(&out, c, categories[c], false);
  }
  out += "}},\n\"posts\":[";

  for (size_t i = 0; i < r.posts.size(); ++i) {
    const Audited& a = r.posts[i];
    const Post& p = *a.post;
    out += i ? ",\n{" : "\n{";
    StringField(&out, "id", p.id);
    StringField(&out, "site", p.site);
    StringField(&out, "kind", p.kind);
    StringField(&out, "date", IsoTime(p.time));
    StringField(&out, "url", p.url);
    StringField(&out, "context", p.context);
    StringField(&out, "file", p.file);
    StringField(&out, "action", ActionName(a.action));
    StringField(&out, "text", p.text);
    std::string report = ReportToJson(a.report);
    // ReportToJson gives one object: splice its members into this one.
    if (report.size() >= 2 && report.front() == '{') out.append(report, 1, std::string::npos);
    else out += "\"report\":" + report + "}";
  }
  out += "\n]}\n";
  return out;
}

bool WriteFileAtomically(const std::string& path, const std::string& content,
                         std::string* error) {
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = path + ": cannot write: " + std::strerror(errno);
    return false;
  }
  ::fchmod(fd, 0600);
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = path + ": cannot write: " + std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = path + ": cannot write: " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace secretum::cli::audit
