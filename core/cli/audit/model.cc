#include "model.h"

#include <cstdio>
#include <ctime>

#include "text.h"

namespace secretum::cli::audit {

const char* ActionName(Action a) {
  switch (a) {
    case Action::kNone: return "none";
    case Action::kKeep: return "keep";
    case Action::kEdit: return "edit";
    case Action::kDelete: return "delete";
  }
  return "none";
}

namespace {
bool Confidential(const std::string& category) {
  return category == "identifier" || category == "reidentification" ||
         category == "patient_image";
}
}  // namespace

// Delete when the post is serious (a high finding), or when a patient can be recognized and an
// edit would not remove it: Facebook shows a post's edit history to everyone who sees the post,
// and X posts cannot be edited. Edit when a medium finding can be rephrased. Keep (after a
// reread) when only low findings remain.
void ChooseAction(Audited* a) {
  const auto& findings = a->report.findings;
  if (findings.empty()) {
    a->action = Action::kNone;
    a->action_reason.clear();
    return;
  }
  bool high = false, medium = false, confidential = false;
  for (const Finding& f : findings) {
    if (f.severity == Severity::kHigh) high = true;
    if (f.severity >= Severity::kMedium) {
      medium = true;
      if (Confidential(f.category)) confidential = true;
    }
  }
  const std::string& site = a->post->site;
  bool high_confidential = false;
  for (const Finding& f : findings)
    if (f.severity == Severity::kHigh && Confidential(f.category)) high_confidential = true;
  if (high) {
    a->action = Action::kDelete;
    a->action_reason = high_confidential ? "high_confidential" : "high";
  } else if (confidential && site == "facebook") {
    a->action = Action::kDelete;
    a->action_reason = "confidential_history";
  } else if (confidential && site == "x") {
    a->action = Action::kDelete;
    a->action_reason = "confidential_no_edit";
  } else if (medium) {
    a->action = Action::kEdit;
    a->action_reason = "medium";
  } else {
    a->action = Action::kKeep;
    a->action_reason = "low";
  }
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string IsoTime(int64_t t) {
  if (t == kNoTime) return "";
  time_t tt = static_cast<time_t>(t);
  struct tm tm;
  if (!gmtime_r(&tt, &tm) || tm.tm_year < -1900 || tm.tm_year > 8099) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string MonthKey(int64_t t) {
  std::string iso = IsoTime(t);
  return iso.empty() ? iso : iso.substr(0, 7);
}

size_t SanitizeUtf8(std::string* s) {
  if (secretum::internal::IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  size_t pos = 0, replaced = 0;
  while (pos < s->size()) {
    bool valid = true;
    size_t at = pos;
    char32_t c = secretum::internal::DecodeUtf8(*s, &pos, &valid);
    if (!valid) {
      ++replaced;
      secretum::internal::AppendUtf8(0xFFFD, &out);
    } else {
      out.append(*s, at, pos - at);
    }
    (void)c;
  }
  *s = std::move(out);
  return replaced;
}

std::string Thousands(size_t n, const char* separator) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace secretum::cli::audit
