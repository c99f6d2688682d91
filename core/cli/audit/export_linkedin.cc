// LinkedIn export: Shares.csv (Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl,
// Visibility) and Comments.csv (Date, Link, Message). Texts span lines inside quotes.
#include <cctype>
#include <cstdio>

#include "csv.h"
#include "exports.h"

namespace secretum::cli::audit {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Trim spaces and quotes left around header names.
  size_t a = s.find_first_not_of(" \t\"");
  size_t b = s.find_last_not_of(" \t\"");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

int Column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = Lower(header[i]);
    for (const char* n : names)
      if (h == n) return static_cast<int>(i);
  }
  return -1;
}

// A LinkedIn row starts with its date: 2023-01-03 10:00:00 (quoted or not), then a delimiter.
bool StartsWithDate(std::string_view line, char delimiter) {
  size_t i = 0;
  if (i < line.size() && line[i] == '"') ++i;
  auto digits = [&](size_t n) {
    for (size_t k = 0; k < n; ++k, ++i)
      if (i >= line.size() || !std::isdigit(static_cast<unsigned char>(line[i]))) return false;
    return true;
  };
  auto is = [&](char c) { return i < line.size() && line[i] == c ? (++i, true) : false; };
  if (!digits(4) || !is('-') || !digits(2) || !is('-') || !digits(2)) return false;
  if (is(' ') || is('T')) {
    if (!digits(2) || !is(':') || !digits(2)) return false;
    if (is(':') && !digits(2)) return false;
  }
  is('"');
  return i < line.size() && line[i] == delimiter;
}

}  // namespace

int64_t ParseIsoDate(std::string_view s) {
  // 2023-05-01[ T]14:22:10[.000][Z|+hh:mm]
  size_t a = s.find_first_not_of(" \t\"");
  if (a == std::string_view::npos) return kNoTime;
  std::string str(s.substr(a));
  int y, mo, d, hh = 0, mm = 0, ss = 0;
  int n = std::sscanf(str.c_str(), "%4d-%2d-%2d%*[ T]%2d:%2d:%2d", &y, &mo, &d, &hh, &mm, &ss);
  if (n < 3 || mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60)
    return kNoTime;
  int64_t t = DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
              hh * 3600 + mm * 60 + ss;
  // An explicit offset after the time.
  size_t tpos = str.find_first_of("T ", 8);
  if (tpos != std::string::npos) {
    size_t z = str.find_first_of("+-", tpos);
    if (z != std::string::npos && z + 5 < str.size() + 1) {
      int oh = 0, om = 0;
      if (std::sscanf(str.c_str() + z + 1, "%2d:%2d", &oh, &om) == 2 ||
          std::sscanf(str.c_str() + z + 1, "%2d%2d", &oh, &om) == 2) {
        int off = oh * 3600 + om * 60;
        t += str[z] == '-' ? off : -off;
      }
    }
  }
  return t;
}

int64_t ParseSlashDate(std::string_view s, bool day_first) {
  size_t a = s.find_first_not_of(" \t\"");
  if (a == std::string_view::npos) return kNoTime;
  std::string str(s.substr(a));
  int p, q, y, hh = 0, mm = 0, ss = 0;
  int n = std::sscanf(str.c_str(), "%d/%d/%d %d:%d:%d", &p, &q, &y, &hh, &mm, &ss);
  if (n < 3) return kNoTime;
  if (y < 100) y += 2000;
  int d = day_first ? p : q, mo = day_first ? q : p;
  if (mo > 12 && d <= 12) std::swap(d, mo);  // unambiguous the other way round
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60) return kNoTime;
  return DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
         hh * 3600 + mm * 60 + ss;
}

void ReadLinkedIn(std::string_view data, FileRole role, FileLog* log, std::vector<Post>* posts) {
  log->site = "linkedin";
  bool shares = role == FileRole::kLiShares;
  log->what = shares ? "posts" : "comments";
  CsvTable table = ParseCsv(data, StartsWithDate);
  if (table.header.empty()) return;  // an empty file
  int date = Column(table.header, {"date", "created date", "createddate"});
  int link = Column(table.header, shares ? std::initializer_list<const char*>{"sharelink", "link"}
                                         : std::initializer_list<const char*>{"link"});
  int text = Column(table.header, shares ? std::initializer_list<const char*>{"sharecommentary",
                                                                               "commentary"}
                                         : std::initializer_list<const char*>{"message",
                                                                              "comment"});
  if (text < 0) {
    // Not the columns LinkedIn writes: use its positions, and say so.
    date = 0;
    link = 1;
    text = 2;
    if (!shares) text = table.header.size() >= 3 ? 2 : 1;
    log->warnings.push_back(std::string("unexpected columns (expected ") +
                            (shares ? "Date, ShareLink, ShareCommentary" : "Date, Link, Message") +
                            "): read by position");
  }
  size_t width = table.header.size();
  size_t rejoined = 0;
  for (CsvRow& row : table.rows) {
    ++log->records;
    if (row.unterminated || static_cast<int>(row.fields.size()) <= text) {
      ++log->skipped[static_cast<int>(Skip::kDamaged)];
      continue;
    }
    // More fields than columns: separators inside an unquoted or badly quoted text. The extra
    // fields belong to the text column.
    if (row.fields.size() > width && static_cast<size_t>(text) < width) {
      size_t extra = row.fields.size() - width;
      std::string joined = row.fields[text];
      for (size_t k = 1; k <= extra; ++k) joined += table.delimiter + row.fields[text + k];
      row.fields[text] = joined;
      row.fields.erase(row.fields.begin() + text + 1, row.fields.begin() + text + 1 + extra);
      ++rejoined;
    }
    std::string body = row.fields[text];
    if (body.find_first_not_of(" \t\r\n\"") == std::string::npos) {
      ++log->skipped[static_cast<int>(Skip::kNoText)];  // a repost without a comment
      continue;
    }
    Post p;
    p.site = "linkedin";
    p.kind = shares ? "share" : "comment";
    if (date >= 0 && date < static_cast<int>(row.fields.size())) {
      const std::string& d = row.fields[date];
      p.time = ParseIsoDate(d);
      if (p.time == kNoTime) p.time = ParseSlashDate(d, table.delimiter == ';');
    }
    if (p.time == kNoTime) ++log->no_date;
    if (link >= 0 && link < static_cast<int>(row.fields.size())) {
      std::string u = row.fields[link];
      size_t a = u.find_first_not_of(" \t");
      if (a != std::string::npos) u = u.substr(a);
      while (!u.empty() && (u.back() == ' ' || u.back() == '\t')) u.pop_back();
      if (u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0) p.url = u;
    }
    // A share's link is its own; a comment's link is the post it answers.
    p.id = shares && !p.url.empty() ? p.url : log->path + ":" + std::to_string(row.line);
    p.text = std::move(body);
    p.file = log->path;
    posts->push_back(std::move(p));
    ++log->posts;
  }
  if (table.encoding != "utf-8") {
    log->repaired_how = "utf16";
    log->warnings.push_back("encoded in " + table.encoding + " (a spreadsheet's \"Unicode text\"); "
                            "read as such");
  }
  if (table.cp1252_fields) {
    log->repaired += table.cp1252_fields;
    log->repaired_how = "cp1252";
    log->warnings.push_back(Thousands(table.cp1252_fields) +
                            " field(s) were not UTF-8 and were read as Windows-1252");
  }
  if (rejoined)
    log->warnings.push_back(Thousands(rejoined) +
                            " row(s) had more fields than columns (separators in an unquoted "
                            "text): the extra fields were kept as part of the text");
  size_t damaged = log->skipped[static_cast<int>(Skip::kDamaged)];
  if (damaged)
    log->warnings.push_back(Thousands(damaged) +
                            " row(s) could not be read (a quote left open, or the text column "
                            "missing) and were skipped");
}

}  // namespace secretum::cli::audit
