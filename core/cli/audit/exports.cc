#include "exports.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "text.h"

namespace secretum::cli::audit {
namespace {

std::string Basename(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsXPart(const std::string& base, const char* stem) {
  // stem.js or stem-partN.js
  std::string s = stem;
  if (base == s + ".js") return true;
  if (base.rfind(s + "-part", 0) != 0) return false;
  size_t i = s.size() + 5;
  size_t digits = 0;
  while (i < base.size() && std::isdigit(static_cast<unsigned char>(base[i]))) ++i, ++digits;
  return digits > 0 && base.compare(i, std::string::npos, ".js") == 0;
}

const char* SiteName(const std::string& site) {
  if (site == "x") return "X/Twitter archive";
  if (site == "facebook") return "Facebook export";
  return "LinkedIn export";
}

// Ignore macOS resource forks and hidden files that unzip tools leave behind.
bool Hidden(const std::string& path) {
  return path.rfind("__MACOSX/", 0) == 0 || path.find("/__MACOSX/") != std::string::npos ||
         Basename(path).rfind("._", 0) == 0;
}

}  // namespace

FileRole RoleOf(const std::string& path) {
  if (Hidden(path)) return FileRole::kNone;
  std::string base = Lower(Basename(path));
  if (IsXPart(base, "tweets") || IsXPart(base, "tweet")) return FileRole::kXTweets;
  if (IsXPart(base, "note-tweet")) return FileRole::kXNotes;
  if (base == "account.js") return FileRole::kXAccount;
  size_t n = base.size();
  bool json = n > 5 && base.compare(n - 5, 5, ".json") == 0;
  bool html = n > 5 && base.compare(n - 5, 5, ".html") == 0;
  if (json) {
    if (base.rfind("your_posts_in_groups", 0) == 0 || base == "group_posts_and_comments.json" ||
        base.rfind("your_group_posts", 0) == 0)
      return FileRole::kFbGroupPosts;
    if (base.rfind("your_posts", 0) == 0) return FileRole::kFbPosts;
    if (base == "your_comments_in_groups.json") return FileRole::kFbGroupComments;
    if (base == "comments.json" || base.rfind("comments_", 0) == 0 ||
        base.rfind("your_comments", 0) == 0)
      return FileRole::kFbComments;
    if (base == "profile_information.json") return FileRole::kFbProfile;
  }
  if (html && (base.rfind("your_posts", 0) == 0 || base == "comments.html")) return FileRole::kFbHtml;
  if (base == "shares.csv") return FileRole::kLiShares;
  if (base == "comments.csv") return FileRole::kLiComments;
  return FileRole::kNone;
}

bool ReadExport(const Archive& archive, Export* out, std::string* error) {
  out->archive_kind = archive.kind();
  out->archive_files = archive.files().size();
  struct Item {
    std::string path;
    FileRole role;
  };
  std::vector<Item> items;
  size_t html = 0, zips = 0;
  std::string account_file, profile_file;
  for (const std::string& path : archive.files()) {
    FileRole role = RoleOf(path);
    std::string lower = Lower(path);
    if (lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".zip") == 0) ++zips;
    switch (role) {
      case FileRole::kNone: ++out->ignored_files; break;
      case FileRole::kFbHtml: ++html; ++out->ignored_files; break;
      case FileRole::kXAccount: if (account_file.empty()) account_file = path; break;
      case FileRole::kFbProfile: if (profile_file.empty()) profile_file = path; break;
      default: items.push_back({path, role});
    }
  }
  if (items.empty()) {
    if (html)
      *error = "this is a Facebook export in HTML format, which cannot be audited: in Facebook's "
               "\"Download your information\", choose the JSON format, then run the audit on "
               "the new file";
    else if (zips)
      *error = "no export files here, but " + std::to_string(zips) +
               " zip file(s): give the zip file itself (secretum audit FILE.zip --out DIR)";
    else
      *error = "no X, Facebook or LinkedIn export found (looked for data/tweets.js, "
               "data/tweet.js, your_posts*.json, comments.json, Shares.csv, Comments.csv among " +
               std::to_string(archive.files().size()) + " file(s))";
    return false;
  }
  // Mixed HTML + JSON Facebook exports: say that the HTML part is not read.
  if (html)
    out->notes.push_back(std::to_string(html) +
                         " Facebook file(s) in HTML format were not read (only JSON can be)");

  if (!account_file.empty()) {
    std::string data, err;
    if (archive.Read(account_file, &data, &err)) out->account = ReadXAccount(data);
  }
  if (!profile_file.empty() && out->account.empty()) {
    std::string data, err;
    if (archive.Read(profile_file, &data, &err)) out->account = ReadFacebookProfile(data);
  }

  // X first (tweets before notes, so that notes can find their tweet), then Facebook, LinkedIn.
  auto order = [](FileRole r) {
    switch (r) {
      case FileRole::kXTweets: return 0;
      case FileRole::kXNotes: return 1;
      case FileRole::kLiShares: case FileRole::kLiComments: return 3;
      default: return 2;
    }
  };
  std::stable_sort(items.begin(), items.end(),
                   [&](const Item& a, const Item& b) { return order(a.role) < order(b.role); });
  std::vector<Post> notes;
  int notes_log = -1;
  size_t readable = 0;
  for (const Item& item : items) {
    FileLog log;
    log.path = item.path;
    std::string data, err;
    if (!archive.Read(item.path, &data, &err)) {
      log.failed = true;
      log.site = item.role == FileRole::kXTweets || item.role == FileRole::kXNotes ? "x"
                 : item.role == FileRole::kLiShares || item.role == FileRole::kLiComments
                     ? "linkedin"
                     : "facebook";
      log.warnings.push_back("could not be read: " + err);
      out->files.push_back(std::move(log));
      continue;
    }
    size_t bad_bytes = 0;
    bool csv = item.role == FileRole::kLiShares || item.role == FileRole::kLiComments;
    if (!csv) bad_bytes = SanitizeUtf8(&data);  // CSV readers decode other encodings themselves
    switch (item.role) {
      case FileRole::kXTweets: ReadXTweets(data, out->account, &log, &out->posts); break;
      case FileRole::kXNotes: ReadXNotes(data, &log, &notes); notes_log = static_cast<int>(out->files.size()); break;
      case FileRole::kLiShares:
      case FileRole::kLiComments: ReadLinkedIn(data, item.role, &log, &out->posts); break;
      default: ReadFacebook(data, item.role, &log, &out->posts); break;
    }
    if (bad_bytes)
      log.warnings.push_back(Thousands(bad_bytes) +
                             " invalid UTF-8 byte(s) were read as \"\xEF\xBF\xBD\"");
    if (!log.failed) ++readable;
    out->files.push_back(std::move(log));
  }
  if (notes_log >= 0) MergeXNotes(&notes, &out->posts, &out->files[notes_log]);

  // The same text at the same time twice (a post listed in two files): audit it once.
  std::unordered_set<std::string> seen;
  std::vector<Post> unique;
  unique.reserve(out->posts.size());
  for (Post& p : out->posts) {
    std::string key = p.site + '\x1f' + std::to_string(p.time) + '\x1f' + p.text;
    if (!seen.insert(std::move(key)).second) {
      for (FileLog& f : out->files)
        if (f.path == p.file) {
          ++f.skipped[static_cast<int>(Skip::kDuplicate)];
          --f.posts;
        }
      continue;
    }
    unique.push_back(std::move(p));
  }
  out->posts = std::move(unique);
  // Every post's text must be valid UTF-8 for the engine and the writers.
  for (Post& p : out->posts) SanitizeUtf8(&p.text);

  for (const FileLog& f : out->files)
    if (std::find(out->sites.begin(), out->sites.end(), f.site) == out->sites.end())
      out->sites.push_back(f.site);
  std::sort(out->sites.begin(), out->sites.end(), [](const std::string& a, const std::string& b) {
    auto rank = [](const std::string& s) { return s == "x" ? 0 : s == "facebook" ? 1 : 2; };
    return rank(a) < rank(b);
  });
  if (!readable) {
    std::string what;
    for (const FileLog& f : out->files) {
      what += "\n  " + f.path + ": ";
      for (size_t i = 0; i < f.warnings.size(); ++i) what += (i ? "; " : "") + f.warnings[i];
    }
    *error = std::string(SiteName(out->sites.empty() ? "" : out->sites[0])) +
             " found, but none of its files could be read:" + what;
    return false;
  }
  return true;
}

}  // namespace secretum::cli::audit
