// `secretum audit`: the data that flows from the export readers to the report writers.
//
//   archive (zip | folder | one file) --readers--> Export {posts, per-file logs}
//   posts --Analyzer (threads)--> Audited {report, action} --> report.html, report.json
#ifndef SECRETUM_CLI_AUDIT_MODEL_H_
#define SECRETUM_CLI_AUDIT_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "secretum/secretum.h"

namespace secretum::cli::audit {

inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();

// One published text of the account owner.
struct Post {
  std::string site;     // "x" | "facebook" | "linkedin" (also the engine's Options::site)
  std::string kind;     // "tweet" | "reply" | "note" | "post" | "comment" | "group_post" |
                        // "group_comment" | "share"
  std::string id;       // the platform's id when there is one, else "FILE#N"
  int64_t time = kNoTime;  // seconds since the epoch (UTC), or kNoTime
  std::string url;      // link to the original, or empty
  std::string text;     // valid UTF-8 (readers replace invalid bytes)
  std::string context;  // e.g. "@bob" (reply to), a Facebook title, a LinkedIn link target
  std::string file;     // the export file it came from
};

// Why a record of an export was not audited. Informational reasons (a retweet is someone
// else's text) are not errors; kDamaged is (it makes the run end with status 2).
enum class Skip {
  kRetweet,     // "RT @..." — someone else's text
  kNoText,      // photo, check-in, reaction without text
  kDuplicate,   // the same text at the same time in another file
  kDamaged,     // could not be read (broken JSON, CSV row without its text column, ...)
  kCount
};

// What happened to one export file.
struct FileLog {
  std::string path;          // inside the archive
  std::string site;          // "x" | "facebook" | "linkedin"
  std::string what;          // "tweets", "note tweets", "posts", "comments", "group posts", ...
  size_t records = 0;        // records found in the file
  size_t posts = 0;          // posts kept for the audit
  size_t skipped[static_cast<int>(Skip::kCount)] = {};
  size_t repaired = 0;       // texts whose encoding was fixed (Facebook mojibake, Windows-1252)
  std::string repaired_how;  // "mojibake" | "cp1252" | "utf16"
  size_t merged = 0;         // note tweets merged into their (truncated) tweet
  size_t no_date = 0;        // posts kept without a readable date
  std::vector<std::string> warnings;  // full sentences, e.g. "cut off at byte 1234 ..."
  bool failed = false;       // the whole file could not be read (warnings say why)
};

struct Export {
  std::string archive_kind;           // "zip" | "folder" | "file"
  size_t archive_files = 0;           // files in the archive (all of them)
  std::vector<std::string> sites;     // formats found, in order: "x", "facebook", "linkedin"
  std::string account;                // "@handle" or a name, when the export tells
  std::vector<FileLog> files;
  std::vector<Post> posts;
  size_t ignored_files = 0;           // other files (media, profile, messages...)
  std::vector<std::string> notes;     // things not audited, as sentences (HTML export, articles...)

  size_t Skipped(Skip reason) const {
    size_t n = 0;
    for (const FileLog& f : files) n += f.skipped[static_cast<int>(reason)];
    return n;
  }
};

enum class Action { kNone = 0, kKeep = 1, kEdit = 2, kDelete = 3 };
const char* ActionName(Action a);  // "none" | "keep" | "edit" | "delete"

struct Audited {
  const Post* post = nullptr;
  Report report;
  Action action = Action::kNone;
  std::string action_reason;  // key: "high_confidential" | "high" | "confidential_history" |
                              //      "confidential_no_edit" | "medium" | "low"
};

// Everything the writers need.
struct AuditResult {
  std::string path;             // what the user gave
  std::string ui_lang;          // "fr" | "en"
  std::string jurisdiction;     // resolved ("fr", "qc", ...)
  bool jurisdiction_given = false;
  Severity min_severity = Severity::kLow;
  const Export* data = nullptr;
  std::vector<Audited> posts;   // same order as data->posts
  double seconds = 0;           // analysis time
  std::string generated_at;     // ISO 8601 UTC
};

// The action for one analyzed post (see README: delete / edit / keep).
void ChooseAction(Audited* a);

// Helpers shared by readers and writers.
std::string IsoTime(int64_t t);             // "2021-03-04T10:22:00Z", or "" for kNoTime
std::string MonthKey(int64_t t);            // "2021-03", or ""
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);
// Replaces invalid UTF-8 by U+FFFD; returns the number of replacements.
size_t SanitizeUtf8(std::string* s);
// "12,345"
std::string Thousands(size_t n, const char* separator = ",");

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_MODEL_H_
