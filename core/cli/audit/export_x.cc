// X/Twitter archive: data/tweets.js ("window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]"),
// older archives' data/tweet.js, split archives' tweets-partN.js, note tweets (long posts) in
// data/note-tweet.js, and the @handle in data/account.js.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "exports.h"
#include "json_records.h"

namespace secretum::cli::audit {
namespace {

// Position of the '[' that opens the records: after "window.YTD.<name>.partN =" or, for a
// plain JSON array, the first non-space character. npos if neither.
size_t FindRecords(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' ||
                               text[pos] == '\t'))
    ++pos;
  if (pos < text.size() && text[pos] == '[') return pos;
  if (text.compare(pos, 11, "window.YTD.") != 0) return std::string_view::npos;
  size_t eq = text.find('=', pos);
  if (eq == std::string_view::npos) return eq;
  size_t open = eq + 1;
  while (open < text.size() && text[open] != '[') {
    if (text[open] != ' ' && text[open] != '\n' && text[open] != '\r' && text[open] != '\t')
      return std::string_view::npos;
    ++open;
  }
  return open < text.size() ? open : std::string_view::npos;
}

// X stores full_text with &amp; &lt; &gt; escaped.
std::string UnescapeEntities(std::string s) {
  if (s.find('&') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      if (s.compare(i, 5, "&amp;") == 0) { out += '&'; i += 4; continue; }
      if (s.compare(i, 4, "&lt;") == 0) { out += '<'; i += 3; continue; }
      if (s.compare(i, 4, "&gt;") == 0) { out += '>'; i += 3; continue; }
      if (s.compare(i, 6, "&quot;") == 0) { out += '"'; i += 5; continue; }
    }
    out += s[i];
  }
  return out;
}

// Reads the records of a window.YTD file; calls `each` with every parsed element. Records the
// damage in *log. Returns false when the file is not in the expected format at all.
template <typename Fn>
bool ForEachRecord(std::string_view data, FileLog* log, Fn each) {
  size_t open = FindRecords(data);
  if (open == std::string_view::npos) {
    log->failed = true;
    log->warnings.push_back(
        "not in the X archive format (expected \"window.YTD.…part0 = [\" or a JSON array)");
    return false;
  }
  ArrayScan scan = ScanJsonArray(data, open);
  size_t bad = 0;
  for (auto [start, end] : scan.elements) {
    ++log->records;
    Json record;
    std::string error;
    if (!secretum::internal::ParseJson(data.substr(start, end - start), &record, &error) ||
        !record.is_object()) {
      ++bad;
      continue;
    }
    each(record);
  }
  log->skipped[static_cast<int>(Skip::kDamaged)] += bad;
  if (bad)
    log->warnings.push_back(Thousands(bad) + " record(s) are not valid JSON and were skipped");
  if (!scan.closed) {
    ++log->records;
    ++log->skipped[static_cast<int>(Skip::kDamaged)];
    if (scan.cut_off)
      log->warnings.push_back("the file is cut off at " + ByteWhere(data.size()) +
                              " (incomplete download or copy?): " +
                              Thousands(scan.elements.size()) +
                              " record(s) read before the cut; the record at the cut, and any "
                              "after it, are lost");
    else
      log->warnings.push_back("invalid JSON at " + ByteWhere(scan.stopped_at) + ": " +
                              Thousands(scan.elements.size()) +
                              " record(s) read before it, the rest of the file is lost");
  }
  return true;
}

}  // namespace

int64_t ParseXDate(std::string_view s) {
  // "Wed Oct 10 20:19:24 +0000 2018"
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (s.size() < 30) return ParseIsoDate(s);
  std::string str(s);
  char mon[4] = {0};
  int day, hh, mm, ss, year;
  char sign;
  int tz;
  if (std::sscanf(str.c_str(), "%*3s %3s %d %d:%d:%d %c%4d %d", mon, &day, &hh, &mm, &ss, &sign,
                  &tz, &year) != 8)
    return kNoTime;
  int m = -1;
  for (int i = 0; i < 12; ++i)
    if (std::string_view(mon) == kMonths[i]) m = i + 1;
  if (m < 0 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return kNoTime;
  int64_t t = DaysFromCivil(year, static_cast<unsigned>(m), static_cast<unsigned>(day)) * 86400 +
              hh * 3600 + mm * 60 + ss;
  int offset = (tz / 100) * 3600 + (tz % 100) * 60;
  return sign == '-' ? t + offset : t - offset;
}

std::string ReadXAccount(std::string_view data) {
  FileLog scratch;
  std::string handle;
  ForEachRecord(data, &scratch, [&](const Json& r) {
    const Json* account = Member(r, "account");
    if (account && handle.empty()) {
      std::string u = StringMember(*account, "username");
      if (!u.empty()) handle = "@" + u;
    }
  });
  return handle;
}

void ReadXTweets(std::string_view data, const std::string& handle, FileLog* log,
                 std::vector<Post>* posts) {
  log->site = "x";
  log->what = "tweets";
  ForEachRecord(data, log, [&](const Json& r) {
    const Json* tweet = Member(r, "tweet");
    const Json& t = tweet && tweet->is_object() ? *tweet : r;
    std::string text = StringMember(t, "full_text");
    if (text.empty()) text = StringMember(t, "text");
    std::string id = StringMember(t, "id_str");
    if (id.empty()) {
      int64_t n = IntMember(t, "id", -1);
      if (n >= 0) id = std::to_string(n);
    }
    if (text.empty() && id.empty()) {
      ++log->skipped[static_cast<int>(Skip::kDamaged)];
      return;
    }
    if (text.rfind("RT @", 0) == 0) {
      ++log->skipped[static_cast<int>(Skip::kRetweet)];
      return;
    }
    text = UnescapeEntities(std::move(text));
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ++log->skipped[static_cast<int>(Skip::kNoText)];
      return;
    }
    Post p;
    p.site = "x";
    p.id = id.empty() ? log->path + "#" + std::to_string(log->records) : id;
    p.time = ParseXDate(StringMember(t, "created_at"));
    if (p.time == kNoTime) ++log->no_date;
    std::string reply_to = StringMember(t, "in_reply_to_status_id_str");
    if (reply_to.empty()) {
      int64_t n = IntMember(t, "in_reply_to_status_id", -1);
      if (n >= 0) reply_to = std::to_string(n);
    }
    p.kind = reply_to.empty() ? "tweet" : "reply";
    std::string to = StringMember(t, "in_reply_to_screen_name");
    if (!reply_to.empty() && !to.empty()) p.context = "@" + to;
    bool numeric = !id.empty() && id.size() <= 24 &&
                   std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string user = handle.size() > 1 ? handle.substr(1) : "";
    bool good_user = !user.empty() && std::all_of(user.begin(), user.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    });
    if (numeric)
      p.url = good_user ? "https://x.com/" + user + "/status/" + id
                        : "https://x.com/i/web/status/" + id;
    p.text = std::move(text);
    p.file = log->path;
    posts->push_back(std::move(p));
    ++log->posts;
  });
}

void ReadXNotes(std::string_view data, FileLog* log, std::vector<Post>* notes) {
  log->site = "x";
  log->what = "note tweets";
  ForEachRecord(data, log, [&](const Json& r) {
    const Json* note = Member(r, "noteTweet");
    const Json& n = note && note->is_object() ? *note : r;
    const Json* core = Member(n, "core");
    std::string text = core ? StringMember(*core, "text") : StringMember(n, "text");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ++log->skipped[static_cast<int>(Skip::kNoText)];
      return;
    }
    Post p;
    p.site = "x";
    p.kind = "note";
    p.id = StringMember(n, "noteTweetId");
    if (p.id.empty()) p.id = log->path + "#" + std::to_string(log->records);
    p.time = ParseIsoDate(StringMember(n, "createdAt"));
    if (p.time == kNoTime) ++log->no_date;
    p.text = UnescapeEntities(std::move(text));
    p.file = log->path;
    notes->push_back(std::move(p));
  });
}

void MergeXNotes(std::vector<Post>* notes, std::vector<Post>* posts, FileLog* log) {
  // Tweets by time, to find the tweet a note belongs to: X shows a note tweet as a tweet whose
  // full_text is the beginning of the note (cut, often with a t.co link to the rest).
  std::multimap<int64_t, size_t> by_time;
  for (size_t i = 0; i < posts->size(); ++i)
    if ((*posts)[i].site == "x" && (*posts)[i].time != kNoTime)
      by_time.emplace((*posts)[i].time, i);
  auto prefix_of = [](const std::string& tweet) {
    std::string s = tweet;
    size_t link = s.rfind("https://t.co/");
    if (link != std::string::npos && s.find(' ', link) == std::string::npos) s.resize(link);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    const std::string ellipsis = "…";
    if (s.size() >= ellipsis.size() && s.compare(s.size() - ellipsis.size(), ellipsis.size(),
                                                 ellipsis) == 0)
      s.resize(s.size() - ellipsis.size());
    // Compare on a beginning short enough to survive X's cut.
    if (s.size() > 60) {
      size_t cut = 60;
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      s.resize(cut);
    }
    return s;
  };
  for (Post& note : *notes) {
    bool merged = false;
    if (note.time != kNoTime) {
      for (auto it = by_time.lower_bound(note.time - 5);
           it != by_time.end() && it->first <= note.time + 5; ++it) {
        Post& tweet = (*posts)[it->second];
        std::string prefix = prefix_of(tweet.text);
        if (!prefix.empty() && note.text.compare(0, prefix.size(), prefix) == 0 &&
            tweet.text.size() < note.text.size()) {
          tweet.text = note.text;
          merged = true;
          ++log->merged;
          break;
        }
      }
    }
    if (!merged) {
      posts->push_back(std::move(note));
      ++log->posts;
    }
  }
  notes->clear();
}

}  // namespace secretum::cli::audit
