// Export readers: find which files of an archive hold the account owner's posts, and read them.
//
//   X/Twitter archive   data/tweets.js, data/tweet.js, data/tweets-partN.js (window.YTD.* = [...]),
//                        data/note-tweet.js (long posts), data/account.js (the @handle)
//   Facebook (JSON)     your_posts*.json, comments.json, your_comments_in_groups.json,
//                        group_posts_and_comments.json / your_posts_in_groups.json,
//                        profile_information.json (the name); Latin-1 mojibake fixed
//   LinkedIn            Shares.csv, Comments.csv
#ifndef SECRETUM_CLI_AUDIT_EXPORTS_H_
#define SECRETUM_CLI_AUDIT_EXPORTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "archive.h"
#include "model.h"

namespace secretum::cli::audit {

// What a file of an export is, from its path.
enum class FileRole {
  kNone,
  kXTweets, kXNotes, kXAccount,
  kFbPosts, kFbComments, kFbGroupPosts, kFbGroupComments, kFbProfile, kFbHtml,
  kLiShares, kLiComments,
};
FileRole RoleOf(const std::string& path);

// Reads every export file of `archive` into *out. Returns false with *error when nothing could
// be read (no export found, or every export file unreadable); per-file problems that leave
// something to audit are recorded in the FileLogs.
bool ReadExport(const Archive& archive, Export* out, std::string* error);

// Per-format readers (one file each). `data` is the file's bytes.
void ReadXTweets(std::string_view data, const std::string& handle, FileLog* log,
                 std::vector<Post>* posts);
void ReadXNotes(std::string_view data, FileLog* log, std::vector<Post>* notes);
std::string ReadXAccount(std::string_view data);  // "@handle" or ""
// Note tweets replace the truncated text of their tweet when one matches (same time, same
// beginning); the others become posts of their own.
void MergeXNotes(std::vector<Post>* notes, std::vector<Post>* posts, FileLog* log);

void ReadFacebook(std::string_view data, FileRole role, FileLog* log, std::vector<Post>* posts);
std::string ReadFacebookProfile(std::string_view data);

void ReadLinkedIn(std::string_view data, FileRole role, FileLog* log, std::vector<Post>* posts);

// Dates.
int64_t ParseXDate(std::string_view s);     // "Wed Oct 10 20:19:24 +0000 2018"
int64_t ParseIsoDate(std::string_view s);   // "2023-05-01 14:22:10", "2023-05-01T14:22:10.000Z"
int64_t ParseSlashDate(std::string_view s, bool day_first);  // "01/05/2023 14:22"

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_EXPORTS_H_
