// Facebook "Download your information" in JSON: posts (your_posts_1.json, or
// your_posts__check_ins__photos_and_videos_1.json in newer exports), comments (comments.json:
// {"comments_v2": [...]}), group posts and comments. Every record looks like
//   {"timestamp": 1609459200, "title": "...", "data": [{"post": "..."}, {"update_timestamp": ...}],
//    "attachments": [{"data": [{"media": {"description": "..."}}]}]}
//   {"timestamp": ..., "data": [{"comment": {"timestamp": ..., "comment": "...", "author": "...",
//    "group": "..."}}], "title": "..."}
// and every string is UTF-8 whose bytes were written as \u00XX escapes ("Ã©" for "é"), which
// FixMojibake undoes.
#include "exports.h"
#include "json_records.h"

namespace secretum::cli::audit {
namespace {

// The array of records: the document itself, or the first array member of an object
// ({"comments_v2": [...]}, {"group_posts_v2": [...]}, {"status_updates_v2": [...]}).
const Json* RecordsOf(const Json& doc) {
  if (doc.is_array()) return &doc;
  if (!doc.is_object()) return nullptr;
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (it->is_array()) return &*it;
  return nullptr;
}

void Fix(std::string* s, bool* fixed) {
  if (FixMojibake(s)) *fixed = true;
}

void ReadRecord(const Json& r, FileRole role, FileLog* log, std::vector<Post>* posts) {
  ++log->records;
  if (!r.is_object()) {
    ++log->skipped[static_cast<int>(Skip::kDamaged)];
    return;
  }
  bool fixed = false;
  std::string text, context, group;
  int64_t time = IntMember(r, "timestamp", kNoTime);
  const Json* data = Member(r, "data");
  if (data && data->is_array()) {
    for (const Json& d : *data) {
      std::string post = StringMember(d, "post");
      if (!post.empty() && text.empty()) text = post;
      const Json* comment = Member(d, "comment");
      if (comment && comment->is_object() && text.empty()) {
        text = StringMember(*comment, "comment");
        group = StringMember(*comment, "group");
        if (time == kNoTime) time = IntMember(*comment, "timestamp", kNoTime);
      }
    }
  }
  // A photo or video posted with a caption and no status text: the caption is what was published.
  const Json* attachments = Member(r, "attachments");
  if (text.empty() && attachments && attachments->is_array()) {
    for (const Json& a : *attachments) {
      const Json* ad = Member(a, "data");
      if (!ad || !ad->is_array()) continue;
      for (const Json& item : *ad) {
        const Json* media = Member(item, "media");
        if (media && text.empty()) text = StringMember(*media, "description");
      }
    }
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    ++log->skipped[static_cast<int>(Skip::kNoText)];
    return;
  }
  context = StringMember(r, "title");
  Fix(&text, &fixed);
  Fix(&context, &fixed);
  Fix(&group, &fixed);
  if (!group.empty() && context.find(group) == std::string::npos)
    context += (context.empty() ? "" : " · ") + group;
  if (fixed) {
    ++log->repaired;
    log->repaired_how = "mojibake";
  }
  Post p;
  p.site = "facebook";
  switch (role) {
    case FileRole::kFbComments: p.kind = "comment"; break;
    case FileRole::kFbGroupPosts: p.kind = "group_post"; break;
    case FileRole::kFbGroupComments: p.kind = "group_comment"; break;
    default: p.kind = "post"; break;
  }
  // group_posts_and_comments.json mixes both: a record with a comment is a comment.
  if (role == FileRole::kFbGroupPosts && data && data->is_array())
    for (const Json& d : *data)
      if (Member(d, "comment")) p.kind = "group_comment";
  p.id = log->path + "#" + std::to_string(log->records);
  p.time = time;
  if (time == kNoTime) ++log->no_date;
  p.text = std::move(text);
  p.context = std::move(context);
  p.file = log->path;
  posts->push_back(std::move(p));
  ++log->posts;
}

}  // namespace

void ReadFacebook(std::string_view data, FileRole role, FileLog* log, std::vector<Post>* posts) {
  log->site = "facebook";
  switch (role) {
    case FileRole::kFbComments: log->what = "comments"; break;
    case FileRole::kFbGroupPosts: log->what = "group posts"; break;
    case FileRole::kFbGroupComments: log->what = "group comments"; break;
    default: log->what = "posts"; break;
  }
  Json doc;
  std::string error;
  if (secretum::internal::ParseJson(data, &doc, &error)) {
    const Json* records = RecordsOf(doc);
    if (!records) {
      if (doc.is_object() && doc.empty()) return;  // an empty export file
      log->failed = true;
      log->warnings.push_back("no list of records in this file (unexpected layout)");
      return;
    }
    for (const Json& r : *records) ReadRecord(r, role, log, posts);
    return;
  }
  // Damaged: read the records of the first array one by one, up to the damage.
  size_t open = data.find('[');
  if (open == std::string_view::npos) {
    log->failed = true;
    log->warnings.push_back("not valid JSON (" + error + ")");
    return;
  }
  ArrayScan scan = ScanJsonArray(data, open);
  size_t bad = 0;
  for (auto [start, end] : scan.elements) {
    Json r;
    if (!secretum::internal::ParseJson(data.substr(start, end - start), &r, &error)) {
      ++log->records;
      ++bad;
      continue;
    }
    ReadRecord(r, role, log, posts);
  }
  log->skipped[static_cast<int>(Skip::kDamaged)] += bad;
  if (!scan.closed) {
    ++log->records;
    ++log->skipped[static_cast<int>(Skip::kDamaged)];
  }
  log->warnings.push_back(
      std::string(scan.cut_off ? "the file is cut off (incomplete download or copy?)"
                               : "invalid JSON at " + ByteWhere(scan.stopped_at)) +
      ": " + Thousands(scan.elements.size() - bad) + " record(s) read before the damage" +
      (bad ? ", " + Thousands(bad) + " unreadable" : "") +
      "; the record at the damage, and any after it, are lost");
}

std::string ReadFacebookProfile(std::string_view data) {
  Json doc;
  std::string error;
  if (!secretum::internal::ParseJson(data, &doc, &error)) return "";
  const Json* profile = Member(doc, "profile_v2");
  if (!profile) profile = Member(doc, "profile");
  if (!profile) return "";
  const Json* name = Member(*profile, "name");
  std::string full = name ? StringMember(*name, "full_name") : "";
  FixMojibake(&full);
  return full;
}

}  // namespace secretum::cli::audit
